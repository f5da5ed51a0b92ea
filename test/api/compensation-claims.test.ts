// Expense claims: own transport by the km (amount = km × the year's rate), public
// transport and other costs at their amount; an idempotency key makes a repeated claim
// the same claim; the funder reviews; bad claims change no row; who sees which claims.
import { ManualClock } from "../../server/src/clock";
import { organisationFunder } from "../../server/src/domain/funder";
import { CompensationWorld, startCompensationSuite, refusedUnchanged, type KeyPerson, type Organisation } from "../support/compensation-fixtures";
import { rowCounts, type GraphQLResponse } from "../support/graphql";
import type { TestServer } from "../support/server";

jest.setTimeout(60_000);

// The assignments begin on 1 April 2025; "today" is 16 June 2025.
const clock = new ManualClock(new Date("2025-04-01T08:00:00Z"));
let server: TestServer, world: CompensationWorld, orgA: Organisation, orgB: Organisation;
let dina: KeyPerson;
let eli: KeyPerson;
/** Dina's assignments: funded by orgA, and by the national scheme (requested by orgA); Eli's by orgB. */
let dinaA: string;
let dinaScheme: string;
let eliB: string;

beforeAll(async () => {
  ({ server, world, orgA, orgB } = await startCompensationSuite(clock));
  [dina, eli] = await Promise.all([world.keyPerson({ name: "Dina" }), world.keyPerson({ name: "Eli" })]);
  dinaA = await world.assignment(orgA, dina);
  dinaScheme = await world.assignment(orgA, dina, "NATIONAL_SCHEME");
  eliB = await world.assignment(orgB, eli);
  await world.setClock("2025-06-16T10:00:00Z");
});
afterAll(async () => {
  await server?.stop();
});

/** Runs a refused mutation and proves it changed no row. */
const refused = (run: () => Promise<GraphQLResponse>) => refusedUnchanged(server, run);

const claimRows = async (keyPersonId: string, key: string) =>
  (await server.dataSource.query(`SELECT id FROM expense_claim WHERE key_person_id = $1 AND idempotency_key = $2`, [keyPersonId, key])).length as number;

describe("the amount of a claim", () => {
  test("own transport: km × the km rate of the claim's year, rounded to the cent", async () => {
    expect(
      await world.claim(dina, { assignmentId: dinaA, kind: "OWN_TRANSPORT_KM", km: 40, date: "2025-06-02", description: "Home to the AZC" }),
    ).toMatchObject({
      kind: "OWN_TRANSPORT_KM",
      km: 40,
      amountCents: 40 * 23,
      date: "2025-06-02",
      description: "Home to the AZC",
      status: "SUBMITTED",
      assignment: { id: dinaA },
    });
    expect((await world.claim(dina, { assignmentId: dinaA, kind: "OWN_TRANSPORT_KM", km: 12.5, date: "2025-06-03" })).amountCents).toBe(288); // 287.5
    expect((await world.claim(dina, { assignmentId: dinaA, kind: "OWN_TRANSPORT_KM", km: 2000, date: "2025-06-03" })).amountCents).toBe(46_000);
    // Without an assignment the national scheme pays; an earlier year has its own rate.
    expect(await world.claim(dina, { kind: "OWN_TRANSPORT_KM", km: 100, date: "2023-06-01", description: "Training day" })).toMatchObject({
      amountCents: 100 * 21,
      assignment: null,
    });
    expect((await world.claim(dina, { kind: "OWN_TRANSPORT_KM", km: 100, date: "2024-06-01" })).amountCents).toBe(100 * 23);
  });

  test("public transport and other costs: the amount given, in cents", async () => {
    expect(await world.claim(dina, { assignmentId: dinaA, kind: "PUBLIC_TRANSPORT", amountCents: 1275, date: "2025-06-04" })).toMatchObject({
      kind: "PUBLIC_TRANSPORT",
      km: null,
      amountCents: 1275,
    });
    expect(
      (await world.claim(dina, { assignmentId: dinaA, kind: "OTHER", amountCents: 500_000, date: "2025-06-04", description: "Interpreter course" }))
        .amountCents,
    ).toBe(500_000);
  });

  test("bad claims are refused with the field to fix, and change nothing", async () => {
    const km = (extra: Record<string, unknown>) => () =>
      world.claimRaw(dina, world.claimInput({ assignmentId: dinaA, kind: "OWN_TRANSPORT_KM", km: 10, date: "2025-06-05", ...extra }));
    const bus = (extra: Record<string, unknown>) => () =>
      world.claimRaw(dina, world.claimInput({ assignmentId: dinaA, kind: "PUBLIC_TRANSPORT", amountCents: 500, date: "2025-06-05", ...extra }));
    const cases: [string, () => Promise<GraphQLResponse>, { code: string; field?: string; mentions?: RegExp }][] = [
      ["a negative amount", bus({ amountCents: -500 }), { code: "BAD_USER_INPUT", field: "amountCents" }],
      ["a zero amount", bus({ amountCents: 0 }), { code: "BAD_USER_INPUT", field: "amountCents" }],
      ["an absurd amount", bus({ amountCents: 500_001 }), { code: "BAD_USER_INPUT", field: "amountCents", mentions: /€ 5000\.00/ }],
      ["a fraction of a cent", bus({ amountCents: 12.5 }), { code: "BAD_USER_INPUT" }],
      ["no amount", bus({ amountCents: null }), { code: "BAD_USER_INPUT", field: "amountCents" }],
      ["km on a public transport claim", bus({ km: 10 }), { code: "BAD_USER_INPUT", field: "km" }],
      ["negative km", km({ km: -5 }), { code: "BAD_USER_INPUT", field: "km" }],
      ["zero km", km({ km: 0 }), { code: "BAD_USER_INPUT", field: "km" }],
      ["absurd km", km({ km: 2000.5 }), { code: "BAD_USER_INPUT", field: "km" }],
      ["no km", km({ km: null }), { code: "BAD_USER_INPUT", field: "km" }],
      ["an amount on a km claim", km({ amountCents: 999 }), { code: "BAD_USER_INPUT", field: "amountCents" }],
      // 2022 has no figures, and lies before the window (1 January two years back) anyway.
      ["a date before the declaration window", km({ date: "2022-06-01" }), { code: "BAD_USER_INPUT", field: "date", mentions: /2023-01-01/ }],
      ["a date in 1900", bus({ date: "1900-01-01" }), { code: "BAD_USER_INPUT", field: "date", mentions: /2023-01-01/ }],
      ["a tiny km claim", km({ km: 0.001 }), { code: "BAD_USER_INPUT", field: "km" }],
      ["a future date", bus({ date: "2025-06-17" }), { code: "BAD_USER_INPUT", field: "date" }],
      ["no description", bus({ description: "   " }), { code: "BAD_USER_INPUT", field: "description" }],
      ["a description too long", bus({ description: "x".repeat(501) }), { code: "BAD_USER_INPUT", field: "description" }],
      ["no idempotency key", bus({ idempotencyKey: " " }), { code: "BAD_USER_INPUT", field: "idempotencyKey" }],
      ["an idempotency key too long", bus({ idempotencyKey: "k".repeat(101) }), { code: "BAD_USER_INPUT", field: "idempotencyKey" }],
      ["someone else's assignment", bus({ assignmentId: eliB }), { code: "NOT_FOUND" }],
      [
        "an organisation claiming",
        () => world.claimRaw(orgA as unknown as KeyPerson, world.claimInput({ kind: "OTHER", amountCents: 500, date: "2025-06-05" })),
        { code: "FORBIDDEN" },
      ],
    ];
    for (const [name, run, expected] of cases) {
      const result = await refused(run);
      expect({ name, code: result.code }).toEqual({ name, code: expected.code });
      if (expected.field) expect({ name, field: result.field }).toEqual({ name, field: expected.field });
      if (expected.mentions) expect(result.message).toMatch(expected.mentions);
    }
  });
});

describe("the idempotency key", () => {
  test("the same key with the same claim is the same claim, one row; with another claim it is a CONFLICT", async () => {
    const input = world.claimInput({ assignmentId: dinaA, kind: "PUBLIC_TRANSPORT", amountCents: 840, date: "2025-06-06", description: "Tram to the GP" });
    const first = await world.claim(dina, input);
    const before = await rowCounts(server.dataSource);
    expect(await world.claim(dina, input)).toEqual(first);
    // Spaces around the key and the description do not make it another claim.
    expect(await world.claim(dina, { ...input, idempotencyKey: ` ${input.idempotencyKey} `, description: " Tram to the GP  " })).toEqual(first);
    expect(await rowCounts(server.dataSource)).toEqual(before);
    expect(await claimRows(dina.id, input.idempotencyKey as string)).toBe(1);

    for (const other of [
      { amountCents: 850 },
      { date: "2025-06-07" },
      { description: "Tram to the hospital" },
      { kind: "OTHER" },
      { assignmentId: dinaScheme },
    ]) {
      const result = await refused(() => world.claimRaw(dina, { ...input, ...other }));
      expect(result.code).toBe("CONFLICT");
      expect(result.message).toMatch(/idempotency key/);
    }
    // The key is the key person's own: someone else's claim with the same key is theirs.
    const elis = await world.claim(eli, { ...input, assignmentId: eliB });
    expect(elis.id).not.toBe(first.id);
    expect(elis.keyPerson.id).toBe(eli.id);
  });

  test("the same claim sent several times at once is still one claim", async () => {
    const input = world.claimInput({ assignmentId: dinaA, kind: "OWN_TRANSPORT_KM", km: 18.4, date: "2025-06-09", description: "Retry storm" });
    const results = await Promise.all(Array.from({ length: 6 }, () => world.claimRaw(dina, input)));
    expect(results.map((r) => r.errors)).toEqual(Array(6).fill(undefined));
    expect(new Set(results.map((r) => r.data.submitExpenseClaim.id)).size).toBe(1);
    expect(await claimRows(dina.id, input.idempotencyKey as string)).toBe(1);
    expect(results[0].data.submitExpenseClaim.amountCents).toBe(423); // 18.4 × 23 = 423.2
  });
});

describe("reviewing claims", () => {
  test("only the funder reviews: the organisation for its own funding, the coordinator for the national scheme", async () => {
    const byOrg = await world.claim(dina, { assignmentId: dinaA, kind: "PUBLIC_TRANSPORT", amountCents: 600, date: "2025-06-10" });
    for (const token of [orgB.token, world.coordinator, dina.token, eli.token]) {
      expect((await refused(() => world.reviewClaimRaw(token, byOrg.id, true))).code).toBe("FORBIDDEN");
    }
    expect(await world.reviewClaim(orgA.token, byOrg.id)).toMatchObject({ status: "APPROVED", amountCents: 600 });

    for (const assignmentId of [dinaScheme, null]) {
      const byScheme = await world.claim(dina, { assignmentId, kind: "PUBLIC_TRANSPORT", amountCents: 700, date: "2025-06-10" });
      for (const token of [orgA.token, orgB.token]) {
        expect((await refused(() => world.reviewClaimRaw(token, byScheme.id, true))).code).toBe("FORBIDDEN");
      }
      expect((await world.reviewClaim(world.coordinator, byScheme.id)).status).toBe("APPROVED");
    }
  });

  test("reviewing twice is a CONFLICT; rejecting needs a reason", async () => {
    const claim = await world.claim(eli, { assignmentId: eliB, kind: "OTHER", amountCents: 2500, date: "2025-06-11", description: "Phone credit" });
    for (const reason of [null, " "]) {
      expect(await refused(() => world.reviewClaimRaw(orgB.token, claim.id, false, reason))).toMatchObject({ code: "BAD_USER_INPUT", field: "reason" });
    }
    expect(await world.reviewClaim(orgB.token, claim.id, false, "No receipt")).toMatchObject({ status: "REJECTED", reviewReason: "No receipt" });
    expect((await refused(() => world.reviewClaimRaw(orgB.token, claim.id, true))).code).toBe("CONFLICT");
    const approved = await world.claim(eli, {
      assignmentId: eliB,
      kind: "OTHER",
      amountCents: 2500,
      date: "2025-06-11",
      description: "Phone credit, with receipt",
    });
    await world.reviewClaim(orgB.token, approved.id);
    expect((await refused(() => world.reviewClaimRaw(orgB.token, approved.id, true))).code).toBe("CONFLICT");
    expect((await refused(() => world.reviewClaimRaw(orgB.token, "999999", true))).code).toBe("NOT_FOUND");
  });

  test("reimbursed costs are outside the allowance caps", async () => {
    const big = await world.claim(eli, {
      assignmentId: eliB,
      kind: "OTHER",
      amountCents: 400_000,
      date: "2025-06-12",
      description: "Laptop, receipt attached",
    });
    await world.reviewClaim(orgB.token, big.id);
    const overview = await world.overview(eli.token, eli.id, 2025);
    expect(overview).toMatchObject({ allowanceCents: 0, roomCents: 210_000 });
    expect((await world.approved(eli, eliB, orgB.token, "2025-06-12", 2)).allowanceCents).toBe(1120);
  });
});

describe("who sees which claims", () => {
  test("a key person only their own; an organisation only what it funds; the coordinator all, and with toReview the national scheme's", async () => {
    const count = async (where: string, params: unknown[] = []) =>
      (await server.dataSource.query(`SELECT count(*)::int AS n FROM expense_claim WHERE ${where}`, params))[0].n as number;
    const own = await world.expenseClaims(eli.token);
    expect(own.total).toBe(await count("key_person_id = $1", [eli.id]));
    expect(own.items.every((c) => c.keyPerson.id === eli.id)).toBe(true);
    expect((await world.expenseClaims(eli.token, { keyPersonId: dina.id })).total).toBe(0);
    expect((await world.expenseClaims(dina.token, { toReview: true })).total).toBe(0);

    const fundedByA = await world.expenseClaims(orgA.token);
    expect(fundedByA.total).toBe(await count("funder = $1", [organisationFunder(Number(orgA.id))]));
    expect(fundedByA.items.every((c) => c.assignment?.id === dinaA)).toBe(true);
    const fundedByB = await world.expenseClaims(orgB.token);
    expect(fundedByB.total).toBe(await count("funder = $1", [organisationFunder(Number(orgB.id))]));
    expect(fundedByB.items.every((c) => c.keyPerson.id === eli.id)).toBe(true);
    const waiting = await world.expenseClaims(orgA.token, { toReview: true, status: "SUBMITTED" });
    expect(waiting.total).toBe(await count("funder = $1 AND status = 'SUBMITTED'", [organisationFunder(Number(orgA.id))]));

    expect((await world.expenseClaims(world.coordinator)).total).toBe(await count("TRUE"));
    const scheme = await world.expenseClaims(world.coordinator, { toReview: true });
    expect(scheme.total).toBe(await count("funder = 'NATIONAL_SCHEME'"));
    expect(scheme.items.every((c) => c.assignment === null || c.assignment.id === dinaScheme)).toBe(true);
  });
});
