// The allowance rate (the legal maximum, lower under 21, or a funder's lower rate), the
// allowance overview per month and year with the room left, and who sees which hours.
import { ManualClock } from "../../server/src/clock";
import { organisationFunder } from "../../server/src/domain/funder";
import { CompensationWorld, startCompensationSuite, failure, refusedUnchanged, type KeyPerson, type Organisation } from "../support/compensation-fixtures";
import { ok, type GraphQLResponse } from "../support/graphql";
import type { TestServer } from "../support/server";

jest.setTimeout(60_000);

// The assignments begin on 3 March 2025; "today" is 16 June 2025.
const clock = new ManualClock(new Date("2025-03-03T08:00:00Z"));
const TODAY = "2025-06-16";
let server: TestServer, world: CompensationWorld, orgA: Organisation, orgB: Organisation;
/** In the key persons' region (Amsterdam), and elsewhere (Utrecht). */
let regional: { token: string };
let elsewhere: { token: string };
let young: KeyPerson; // 20 in 2025
let adult: KeyPerson; // 21 in 2025
let youngA: string;
/** The adult's assignments: funded by orgA, by orgB, and by the national scheme (requested by orgA). */
let adultA: string;
let adultB: string;
let adultScheme: string;

beforeAll(async () => {
  ({ server, world, orgA, orgB } = await startCompensationSuite(clock));
  [young, adult] = await Promise.all([world.keyPerson({ name: "Young", birthYear: 2005 }), world.keyPerson({ name: "Adult", birthYear: 2004 })]);
  youngA = await world.assignment(orgA, young);
  adultA = await world.assignment(orgA, adult);
  adultB = await world.assignment(orgB, adult);
  adultScheme = await world.assignment(orgA, adult, "NATIONAL_SCHEME");
  await world.setClock(`${TODAY}T10:00:00Z`);
  [regional, elsewhere] = await Promise.all([world.regionalCoordinator(["GM0363"]), world.regionalCoordinator(["GM0344"])]);
});
afterAll(async () => {
  await server?.stop();
});

/** Runs a refused mutation and proves it changed no row. */
const refused = (run: () => Promise<GraphQLResponse>) => refusedUnchanged(server, run);

describe("the allowance overview", () => {
  test("per month and for the year: hours declared and approved, allowance, and the room left under the caps", async () => {
    await world.approved(young, youngA, orgA.token, "2025-04-07", 6);
    await world.approved(young, youngA, orgA.token, "2025-04-08", 3.75); // 3.75 × € 3.30 = € 12.375, rounded down: € 12.37 (hours go in quarters)
    await world.declare(young, youngA, "2025-04-09", 2);
    const wrong = await world.declare(young, youngA, "2025-04-10", 3);
    await world.review(orgA.token, wrong.id, false, "Double");
    await world.approved(young, youngA, orgA.token, "2025-05-05", 5);

    const overview = await world.overview(young.token, young.id, 2025);
    // 20 years old in 2025: € 3.30 an hour.
    expect(overview).toMatchObject({
      year: 2025,
      legalHourlyRateCents: 330,
      allowanceCents: 4867,
      roomCents: 210_000 - 4867,
      figures: { year: 2025, hourlyRateCents: 560, monthCapCents: 21_000, yearCapCents: 210_000, provisional: false },
    });
    expect(overview.months).toHaveLength(12);
    expect(overview.months[0]).toEqual({ month: 1, hoursDeclared: 0, hoursApproved: 0, allowanceCents: 0, roomCents: 21_000 });
    expect(overview.months[3]).toEqual({ month: 4, hoursDeclared: 11.75, hoursApproved: 9.75, allowanceCents: 3217, roomCents: 21_000 - 3217 });
    expect(overview.months[4]).toEqual({ month: 5, hoursDeclared: 5, hoursApproved: 5, allowanceCents: 1650, roomCents: 21_000 - 1650 });

    // The coordinator and the regional coordinator of the key person's region see the same.
    expect(await world.overview(world.coordinator, young.id, 2025)).toEqual(overview);
    expect(await world.overview(regional.token, young.id, 2025)).toEqual(overview);
    // Nobody else.
    expect(failure(await world.overviewRaw(adult.token, young.id, 2025)).code).toBe("NOT_FOUND");
    expect(failure(await world.overviewRaw(elsewhere.token, young.id, 2025)).code).toBe("NOT_FOUND");
    expect(failure(await world.overviewRaw(orgA.token, young.id, 2025)).code).toBe("FORBIDDEN");

    // Another year: its own figures (in 2024 the key person was 19); a year without figures has no room to tell.
    expect(await world.overview(young.token, young.id, 2024)).toMatchObject({ allowanceCents: 0, roomCents: 210_000, legalHourlyRateCents: 325 });
    const unknown = await world.overview(young.token, young.id, 2031);
    expect(unknown).toMatchObject({ figures: null, legalHourlyRateCents: null, roomCents: null, allowanceCents: 0 });
    expect(unknown.months.every((m: { roomCents: number | null }) => m.roomCents === null)).toBe(true);
  });
});

describe("the rate", () => {
  test("under 21 in that year: the lower legal rate (€ 3.30 in 2025); 21 in that year: the adult rate", async () => {
    expect((await world.approved(young, youngA, orgA.token, "2025-06-02", 2)).allowanceCents).toBe(2 * 330);
    expect((await world.approved(adult, adultB, orgB.token, "2025-06-02", 2)).allowanceCents).toBe(2 * 560);
    expect((await world.overview(young.token, young.id, 2025)).legalHourlyRateCents).toBe(330);
    expect((await world.overview(adult.token, adult.id, 2025)).legalHourlyRateCents).toBe(560);
  });

  test("a funder may set a lower rate, which approvals then use; a higher one is refused", async () => {
    expect(await world.setRate(orgA.token, orgA.id, 400)).toBe(400);
    expect((await world.approved(adult, adultA, orgA.token, "2025-06-12", 2)).allowanceCents).toBe(800);
    // The lower of the two: a 20-year-old's legal € 3.30 is below orgA's € 4.00.
    expect((await world.approved(young, youngA, orgA.token, "2025-06-12", 2)).allowanceCents).toBe(660);
    // Another funder keeps the legal maximum.
    expect((await world.approved(adult, adultB, orgB.token, "2025-06-13", 1)).allowanceCents).toBe(560);
    expect((await world.approved(adult, adultScheme, world.coordinator, "2025-06-13", 1)).allowanceCents).toBe(560);

    for (const cents of [561, -1]) {
      const result = await refused(() => world.setRateRaw(orgA.token, orgA.id, cents));
      expect(result).toMatchObject({ code: "BAD_USER_INPUT", field: "hourlyRateCents" });
      expect(result.message).toMatch(/€ 5\.60 \(2025\)/);
    }
    for (const [token, organisationId] of [
      [orgA.token, orgB.id],
      [orgA.token, null],
      [young.token, orgA.id],
      [regional.token, orgA.id],
      [regional.token, null],
    ] as const) {
      expect((await refused(() => world.setRateRaw(token, organisationId, 300))).code).toBe("FORBIDDEN");
    }
    const rate = async (token: string, organisationId: string | null) =>
      (await ok(world.url, `query($o: ID) { allowanceRate(organisationId: $o) }`, { o: organisationId }, token)).allowanceRate;
    expect(await rate(orgA.token, orgA.id)).toBe(400);
    expect(await rate(orgB.token, orgB.id)).toBeNull();
    expect(await rate(world.coordinator, orgA.id)).toBe(400);
    expect(await rate(world.coordinator, null)).toBeNull();

    // The legal maximum itself is allowed; null restores the default (the legal maximum).
    expect(await world.setRate(orgA.token, orgA.id, 560)).toBe(560);
    expect(await world.setRate(world.coordinator, orgA.id, null)).toBeNull();
    expect(await rate(orgA.token, orgA.id)).toBeNull();
    expect((await world.approved(adult, adultA, orgA.token, "2025-06-14", 2)).allowanceCents).toBe(1120);
  });
});

describe("who sees which hours", () => {
  const ids = (items: { assignment: { id: string } }[]) => [...new Set(items.map((i) => i.assignment.id))].sort();
  const count = async (where: string, params: unknown[] = []) =>
    (await server.dataSource.query(`SELECT count(*)::int AS n FROM hour_entry WHERE ${where}`, params))[0].n as number;

  beforeAll(async () => {
    // Hours waiting for each funder, besides those reviewed above.
    await world.declare(young, youngA, "2025-05-20", 2);
    await world.declare(adult, adultA, "2025-05-20", 2);
    await world.declare(adult, adultB, "2025-05-21", 2);
    await world.declare(adult, adultScheme, "2025-05-22", 2);
  });

  test("a key person only their own; an organisation only what it funds; the coordinator all, and with toReview what the national scheme funds", async () => {
    const own = await world.hourEntries(adult.token);
    expect(own.total).toBe(await count("key_person_id = $1", [adult.id]));
    expect(own.items.every((i) => i.keyPerson.id === adult.id)).toBe(true);
    expect((await world.hourEntries(adult.token, { keyPersonId: young.id })).total).toBe(0);
    expect((await world.hourEntries(adult.token, { toReview: true })).total).toBe(0);

    const fundedByA = await world.hourEntries(orgA.token);
    expect(fundedByA.total).toBe(await count("funder = $1", [organisationFunder(Number(orgA.id))]));
    expect(ids(fundedByA.items)).toEqual([adultA, youngA].sort());
    expect(ids((await world.hourEntries(orgB.token)).items)).toEqual([adultB]);
    // The adult's national-scheme hours were requested by orgA, but orgA does not fund them.
    expect(fundedByA.items.some((i) => i.assignment.id === adultScheme)).toBe(false);
    const toReviewByA = await world.hourEntries(orgA.token, { toReview: true, status: "SUBMITTED" });
    expect(toReviewByA.total).toBe(await count("funder = $1 AND status = 'SUBMITTED'", [organisationFunder(Number(orgA.id))]));
    expect(toReviewByA.items.every((i) => i.status === "SUBMITTED")).toBe(true);
    const youngByA = await world.hourEntries(orgA.token, { keyPersonId: young.id });
    expect(youngByA.total).toBeGreaterThan(0);
    expect(youngByA.items.every((i) => i.keyPerson.id === young.id)).toBe(true);

    expect((await world.hourEntries(world.coordinator)).total).toBe(await count("TRUE"));
    const scheme = await world.hourEntries(world.coordinator, { toReview: true });
    expect(scheme.total).toBe(await count("funder = 'NATIONAL_SCHEME'"));
    expect(ids(scheme.items)).toEqual([adultScheme]);

    // Regional coordinators: the key persons living in their region (all live on the Dam), nothing to review.
    expect((await world.hourEntries(regional.token)).total).toBe(await count("TRUE"));
    expect((await world.hourEntries(regional.token, { toReview: true })).total).toBe(0);
    expect((await world.hourEntries(elsewhere.token)).total).toBe(0);
    expect(failure(await world.reviewRaw(regional.token, own.items[0].id, true)).code).toBe("FORBIDDEN");
  });
});
