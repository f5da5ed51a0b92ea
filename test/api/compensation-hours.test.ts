// Hours: a key person declares them on their own active (or just completed) assignment;
// whoever funds it reviews them (the organisation, or the coordinator for the national
// scheme). Bad input is refused with the field to fix and changes no row; a day holds
// 24 hours over all assignments.
import { ManualClock } from "../../server/src/clock";
import { CompensationWorld, startCompensationSuite, failure, refusedUnchanged, type KeyPerson, type Organisation } from "../support/compensation-fixtures";
import { ok, type GraphQLResponse } from "../support/graphql";
import type { TestServer } from "../support/server";

jest.setTimeout(60_000);

// The assignments begin on 3 March 2025; "today" is 16 June 2025.
const clock = new ManualClock(new Date("2025-03-03T08:00:00Z"));
const TODAY = "2025-06-16";
let server: TestServer, world: CompensationWorld, orgA: Organisation, orgB: Organisation;
let anna: KeyPerson;
let bram: KeyPerson;
/** Anna's assignments: funded by orgA, by orgB, and by the national scheme (requested by orgA). */
let annaA: string;
let annaB: string;
let annaScheme: string;
let bramA: string;
/** Proposed to Bram by orgB, not yet accepted. */
let bramProposed: string;

beforeAll(async () => {
  ({ server, world, orgA, orgB } = await startCompensationSuite(clock));
  [anna, bram] = await Promise.all([world.keyPerson({ name: "Anna", birthYear: 1980 }), world.keyPerson({ name: "Bram", birthYear: 1975 })]);
  annaA = await world.assignment(orgA, anna);
  annaB = await world.assignment(orgB, anna);
  annaScheme = await world.assignment(orgA, anna, "NATIONAL_SCHEME");
  bramA = await world.assignment(orgA, bram);
  const request = await world.matching.request(orgB, { languageCodes: ["tir"] });
  bramProposed = (await world.matching.propose(orgB, request.id, bram.id)).id;
  await world.setClock(`${TODAY}T10:00:00Z`);
});
afterAll(async () => {
  await server?.stop();
});

/** Runs a refused mutation and proves it changed no row. */
const refused = (run: () => Promise<GraphQLResponse>) => refusedUnchanged(server, run);

describe("declaring and reviewing hours", () => {
  test("a key person declares hours on their own active assignment; the funding organisation approves at the legal rate", async () => {
    const entry = await world.declare(anna, annaA, "2025-06-02", 3, "ACCOMPANIMENT");
    expect(entry).toMatchObject({ date: "2025-06-02", hours: 3, activity: "ACCOMPANIMENT", status: "SUBMITTED", allowanceCents: null, reviewedAt: null });
    expect(entry.assignment.id).toBe(annaA);
    expect(entry.keyPerson.id).toBe(anna.id);
    // The first day of the assignment and today are both fine.
    await world.declare(anna, annaA, "2025-03-03", 1);
    await world.declare(anna, annaA, TODAY, 1);
    const approved = await world.review(orgA.token, entry.id);
    expect(approved).toMatchObject({ status: "APPROVED", allowanceCents: 3 * 560, reviewReason: null, reviewedAt: `${TODAY}T10:00:00.000Z` });
  });

  test("only the funder reviews: the organisation for its own funding, the coordinator for the national scheme", async () => {
    const byOrg = await world.declare(anna, annaA, "2025-06-03", 2);
    for (const token of [orgB.token, world.coordinator, anna.token, bram.token]) {
      expect((await refused(() => world.reviewRaw(token, byOrg.id, true))).code).toBe("FORBIDDEN");
    }
    expect((await world.review(orgA.token, byOrg.id)).allowanceCents).toBe(1120);

    // Requested by orgA but paid by the national scheme: the coordinator reviews, orgA may not.
    const byScheme = await world.declare(anna, annaScheme, "2025-06-03", 2);
    for (const token of [orgA.token, orgB.token]) {
      expect((await refused(() => world.reviewRaw(token, byScheme.id, true))).code).toBe("FORBIDDEN");
    }
    expect(await world.review(world.coordinator, byScheme.id)).toMatchObject({ status: "APPROVED", allowanceCents: 1120 });
  });

  test("reviewing twice is a CONFLICT; rejecting needs a reason, and keeps it", async () => {
    const entry = await world.declare(bram, bramA, "2025-06-04", 4);
    for (const reason of [null, "", "   "]) {
      const result = await refused(() => world.reviewRaw(orgA.token, entry.id, false, reason));
      expect(result).toMatchObject({ code: "BAD_USER_INPUT", field: "reason" });
    }
    const rejected = await world.review(orgA.token, entry.id, false, "  Wrong assignment: this was the other family  ");
    expect(rejected).toMatchObject({ status: "REJECTED", reviewReason: "Wrong assignment: this was the other family", allowanceCents: null });
    expect((await refused(() => world.reviewRaw(orgA.token, entry.id, true))).code).toBe("CONFLICT");
    expect((await refused(() => world.reviewRaw(orgA.token, entry.id, false, "again"))).code).toBe("CONFLICT");

    const approved = await world.approved(bram, bramA, orgA.token, "2025-06-05", 1);
    const twice = await refused(() => world.reviewRaw(orgA.token, approved.id, true));
    expect(twice.code).toBe("CONFLICT");
    expect(twice.message).toMatch(/already approved/);
    expect(twice).toMatchObject({ reason: "ALREADY_REVIEWED", params: { status: "APPROVED" } });
    expect((await refused(() => world.reviewRaw(orgA.token, approved.id, false, "changed my mind"))).code).toBe("CONFLICT");
    expect(await refused(() => world.reviewRaw(orgA.token, "999999", true))).toMatchObject({
      code: "NOT_FOUND",
      reason: "RECORD_NOT_FOUND",
      params: { entity: "HourEntry", id: "999999" },
    });
  });

  test("bad hours are refused with the field to fix, and change nothing", async () => {
    const cases: [string, () => Promise<GraphQLResponse>, { code: string; field?: string; mentions?: RegExp }][] = [
      ["zero hours", () => world.declareRaw(anna, annaA, { date: "2025-06-06", hours: 0 }), { code: "BAD_USER_INPUT", field: "hours" }],
      ["negative hours", () => world.declareRaw(anna, annaA, { date: "2025-06-06", hours: -2 }), { code: "BAD_USER_INPUT", field: "hours" }],
      ["more than a day", () => world.declareRaw(anna, annaA, { date: "2025-06-06", hours: 24.5 }), { code: "BAD_USER_INPUT", field: "hours", mentions: /24/ }],
      ["tomorrow", () => world.declareRaw(anna, annaA, { date: "2025-06-17", hours: 2 }), { code: "BAD_USER_INPUT", field: "date", mentions: /future/ }],
      [
        "before the assignment began",
        () => world.declareRaw(anna, annaA, { date: "2025-03-02", hours: 2 }),
        { code: "BAD_USER_INPUT", field: "date", mentions: /2025-03-03/ },
      ],
      ["not a date", () => world.declareRaw(anna, annaA, { date: "2025-02-30", hours: 2 }), { code: "BAD_USER_INPUT" }],
      ["someone else's assignment", () => world.declareRaw(bram, annaA, { date: "2025-06-06", hours: 2 }), { code: "NOT_FOUND" }],
      ["an assignment that does not exist", () => world.declareRaw(anna, "999999", { date: "2025-06-06", hours: 2 }), { code: "NOT_FOUND" }],
      [
        "a proposal not yet accepted",
        () => world.declareRaw(bram, bramProposed, { date: TODAY, hours: 2 }),
        { code: "BAD_USER_INPUT", field: "assignmentId", mentions: /proposed/ },
      ],
      ["an organisation declaring", () => world.declareRaw(orgA as unknown as KeyPerson, annaA, { date: "2025-06-06", hours: 2 }), { code: "FORBIDDEN" }],
    ];
    for (const [name, run, expected] of cases) {
      const result = await refused(run);
      expect({ name, code: result.code }).toEqual({ name, code: expected.code });
      if (expected.field) expect({ name, field: result.field }).toEqual({ name, field: expected.field });
      if (expected.mentions) expect(result.message).toMatch(expected.mentions);
    }
  });

  test("a day holds 24 hours for one key person, over all assignments together; rejected hours free them again", async () => {
    const day = "2025-06-10";
    const first = await world.declare(anna, annaA, day, 16);
    const over = await refused(() => world.declareRaw(anna, annaB, { date: day, hours: 8.5 }));
    expect(over).toMatchObject({ code: "BAD_USER_INPUT", field: "hours", reason: "DAY_FULL", params: { date: day, totalHours: 24.5, maxHours: 24 } });
    expect(over.message).toMatch(/24\.5 hours on 2025-06-10/);
    // Exactly 24 passes; then not a quarter of an hour more, on any assignment.
    await world.declare(anna, annaB, day, 7.75);
    await world.declare(anna, annaScheme, day, 0.25);
    expect((await refused(() => world.declareRaw(anna, annaScheme, { date: day, hours: 0.25 }))).code).toBe("BAD_USER_INPUT");
    // Another key person's day is their own.
    await world.declare(bram, bramA, day, 24);
    await world.review(orgA.token, first.id, false, "Not 16 hours");
    await world.declare(anna, annaA, day, 16);
  });

  test("quarters of an hour add up exactly: 7.25 and 16.75 hours make a full day, not more", async () => {
    const day = "2025-06-12";
    await world.declare(anna, annaA, day, 7.25);
    expect(await world.declare(anna, annaB, day, 16.75)).toMatchObject({ hours: 16.75, status: "SUBMITTED" });
    const over = await refused(() => world.declareRaw(anna, annaScheme, { date: day, hours: 0.25 }));
    expect(over.message).toMatch(/24\.25 hours on 2025-06-12/);
  });

  test("two declarations for one day at once cannot pass 24 hours together", async () => {
    const day = "2025-06-11";
    const results = await Promise.all([world.declareRaw(anna, annaA, { date: day, hours: 13 }), world.declareRaw(anna, annaB, { date: day, hours: 13 })]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(failure(results.find((r) => r.errors)!).code).toBe("BAD_USER_INPUT");
  });
});

describe("a completed assignment", () => {
  test("takes hours for 60 days after it ended, then no more", async () => {
    const COMPLETE = `mutation($a: ID!) { completeAssignment(assignmentId: $a) { status endedAt } }`;
    expect((await ok(world.url, COMPLETE, { a: bramA }, orgA.token)).completeAssignment).toEqual({ status: "COMPLETED", endedAt: `${TODAY}T10:00:00.000Z` });
    const late = await world.declare(bram, bramA, "2025-06-13", 2);
    expect((await world.review(orgA.token, late.id)).allowanceCents).toBe(1120);

    await world.setClock("2025-08-15T10:00:00Z", [bram]); // exactly 60 days after it ended
    await world.declare(bram, bramA, "2025-06-14", 1);
    await world.setClock("2025-08-15T10:01:00Z", [bram]);
    const tooLate = await refused(() => world.declareRaw(bram, bramA, { date: "2025-06-15", hours: 1 }));
    expect(tooLate).toMatchObject({ code: "BAD_USER_INPUT", field: "assignmentId" });
    expect(tooLate.message).toMatch(/completed/);
  });
});
