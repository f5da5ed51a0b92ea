// The year's figures: 2023–2025 from the migration, exactly as the domain table; a
// coordinator adds or corrects a year (and no one else); without the figures of a year,
// approving a volunteer's hours of that year is refused with a message naming the year,
// and coordinators are warned. Demo data adds the current year as a provisional copy.
import { ManualClock } from "../../server/src/clock";
import { CompensationWorld, Y2025, failure, type KeyPerson, type Organisation } from "../support/compensation-fixtures";
import { DEMO, DEMO_PASSWORD } from "../support/fixtures";
import { gql, login, ok, rowCounts, type GraphQLResponse } from "../support/graphql";
import { startTestServer, type TestServer } from "../support/server";

jest.setTimeout(60_000);

const RULES = `{ compensationRules { year hourlyRateCents hourlyRateUnder21Cents monthCapCents yearCapCents kmRateCents provisional } }`;
const MISSING = `{ compensationRulesMissing }`;
const SET_RULES = `mutation($y: Int!, $i: CompensationRulesInput!) {
  setCompensationRules(year: $y, input: $i) { year hourlyRateCents hourlyRateUnder21Cents monthCapCents yearCapCents kmRateCents provisional }
}`;
const FIGURES_2026 = { hourlyRateCents: 580, hourlyRateUnder21Cents: 340, monthCapCents: 22_000, yearCapCents: 220_000, kmRateCents: 23 };

const MIGRATED = [
  { year: 2023, hourlyRateCents: 500, hourlyRateUnder21Cents: 275, monthCapCents: 19_000, yearCapCents: 190_000, kmRateCents: 21, provisional: false },
  { year: 2024, hourlyRateCents: 550, hourlyRateUnder21Cents: 325, monthCapCents: 21_000, yearCapCents: 210_000, kmRateCents: 23, provisional: false },
  { year: 2025, ...Y2025, provisional: false },
];

describe("without demo data, in 2026 before anyone entered its figures", () => {
  // The assignments begin on 5 January 2026; "today" is 10 February 2026.
  const clock = new ManualClock(new Date("2026-01-05T08:00:00Z"));
  let server: TestServer;
  let world: CompensationWorld;
  let org: Organisation;
  let volunteer: KeyPerson;
  let freelancer: KeyPerson;
  let volunteerA: string;
  let freelancerA: string;
  let regional: { token: string };

  beforeAll(async () => {
    server = await startTestServer({ clock });
    world = await CompensationWorld.create(server, clock);
    org = await world.organisation("GGD 2026");
    [volunteer, freelancer] = await Promise.all([
      world.keyPerson({ name: "Volunteer 2026", birthYear: 1985 }),
      world.keyPerson({ name: "Freelancer 2026", compensationType: "FREELANCE" }),
    ]);
    volunteerA = await world.assignment(org, volunteer);
    freelancerA = await world.assignment(org, freelancer);
    await world.setClock("2026-02-10T10:00:00Z");
    regional = await world.regionalCoordinator(["GM0363"]);
  });
  afterAll(async () => {
    await server?.stop();
  });

  async function refused(run: () => Promise<GraphQLResponse>) {
    const before = await rowCounts(server.dataSource);
    const result = failure(await run());
    expect(await rowCounts(server.dataSource)).toEqual(before);
    return result;
  }

  test("compensationRules lists 2023 to 2025 with the legal figures, for anyone, without logging in", async () => {
    expect((await ok(server.url, RULES)).compensationRules).toEqual(MIGRATED);
  });

  test("coordinators are warned that 2026 has no figures; others may not ask", async () => {
    expect((await ok(server.url, MISSING, {}, world.coordinator)).compensationRulesMissing).toEqual([2026]);
    expect((await ok(server.url, MISSING, {}, regional.token)).compensationRulesMissing).toEqual([2026]);
    for (const token of [org.token, volunteer.token]) expect(failure(await gql(server.url, MISSING, {}, token)).code).toBe("FORBIDDEN");
    expect(failure(await gql(server.url, MISSING)).code).toBe("UNAUTHENTICATED");
  });

  test("a volunteer's 2026 hours cannot be approved: the message names the year to add", async () => {
    const entry = await world.declare(volunteer, volunteerA, "2026-02-02", 3);
    const result = await refused(() => world.reviewRaw(org.token, entry.id, true));
    expect(result).toMatchObject({ code: "BAD_USER_INPUT", field: "year" });
    expect(result.message).toMatch(/no volunteer allowance figures for 2026/);
    expect(result.message).toMatch(/setCompensationRules\(year: 2026\)/);
    expect((await world.hourEntries(org.token, { ids: [entry.id] })).items[0]).toMatchObject({ status: "SUBMITTED", allowanceCents: null });
    // Rejecting needs no figures; nor do hours that earn no allowance.
    const other = await world.declare(volunteer, volunteerA, "2026-02-03", 1);
    expect((await world.review(org.token, other.id, false, "Not on this case")).status).toBe("REJECTED");
    expect((await world.approved(freelancer, freelancerA, org.token, "2026-02-02", 3)).allowanceCents).toBeNull();
    // A km claim and a funder's rate need the year's figures too.
    const km = await refused(() =>
      world.claimRaw(volunteer, world.claimInput({ assignmentId: volunteerA, kind: "OWN_TRANSPORT_KM", km: 10, date: "2026-02-02" })),
    );
    expect(km).toMatchObject({ code: "BAD_USER_INPUT", field: "year" });
    expect(km.message).toMatch(/2026/);
    const rate = await refused(() => world.setRateRaw(org.token, org.id, 400));
    expect(rate).toMatchObject({ code: "BAD_USER_INPUT", field: "year" });
    expect(rate.message).toMatch(/2026/);
    // The overview has no room to tell yet.
    expect(await world.overview(volunteer.token, volunteer.id, 2026)).toMatchObject({ figures: null, legalHourlyRateCents: null, roomCents: null });
  });

  test("only a coordinator sets a year's figures, and only sensible ones", async () => {
    for (const token of [org.token, regional.token, volunteer.token]) {
      expect((await refused(() => gql(server.url, SET_RULES, { y: 2026, i: FIGURES_2026 }, token))).code).toBe("FORBIDDEN");
    }
    const bad: [string, number, Record<string, number>, RegExp][] = [
      ["a year long past", 1999, FIGURES_2026, /year must lie between 2000 and 2100/],
      ["a year far ahead", 2101, FIGURES_2026, /year must lie between 2000 and 2100/],
      ["a negative rate", 2026, { ...FIGURES_2026, hourlyRateCents: -1 }, /hourlyRateCents must be whole cents/],
      ["an absurd rate", 2026, { ...FIGURES_2026, hourlyRateCents: 10_001, hourlyRateUnder21Cents: 340 }, /hourlyRateCents must be whole cents/],
      ["a negative km rate", 2026, { ...FIGURES_2026, kmRateCents: -23 }, /kmRateCents/],
      ["under 21 above the adult rate", 2026, { ...FIGURES_2026, hourlyRateUnder21Cents: 581 }, /under-21 hourly rate cannot exceed/],
      ["a month cap above the year cap", 2026, { ...FIGURES_2026, monthCapCents: 220_001 }, /monthly cap cannot exceed/],
    ];
    for (const [name, year, input, message] of bad) {
      const result = await refused(() => gql(server.url, SET_RULES, { y: year, i: input }, world.coordinator));
      expect({ name, code: result.code }).toEqual({ name, code: "BAD_USER_INPUT" });
      expect(result.message).toMatch(message);
    }
    expect((await ok(server.url, RULES)).compensationRules).toEqual(MIGRATED);
  });

  test("once the coordinator adds 2026, the warning goes and approvals use the new figures; a correction replaces them", async () => {
    const set = (await ok(server.url, SET_RULES, { y: 2026, i: FIGURES_2026 }, world.coordinator)).setCompensationRules;
    expect(set).toEqual({ year: 2026, ...FIGURES_2026, provisional: false });
    expect((await ok(server.url, RULES)).compensationRules).toEqual([...MIGRATED, { year: 2026, ...FIGURES_2026, provisional: false }]);
    expect((await ok(server.url, MISSING, {}, world.coordinator)).compensationRulesMissing).toEqual([]);

    const [waiting] = (await world.hourEntries(org.token, { status: "SUBMITTED", keyPersonId: volunteer.id })).items;
    expect((await world.review(org.token, waiting.id)).allowanceCents).toBe(3 * 580);
    expect((await world.claim(volunteer, { assignmentId: volunteerA, kind: "OWN_TRANSPORT_KM", km: 10, date: "2026-02-02" })).amountCents).toBe(230);
    expect(await world.setRate(org.token, org.id, 580)).toBe(580);
    expect((await world.overview(volunteer.token, volunteer.id, 2026)).roomCents).toBe(220_000 - 1740);

    const corrected = { ...FIGURES_2026, hourlyRateCents: 590 };
    expect((await ok(server.url, SET_RULES, { y: 2026, i: corrected }, world.coordinator)).setCompensationRules).toMatchObject({
      year: 2026,
      hourlyRateCents: 590,
    });
    const rules = (await ok(server.url, RULES)).compensationRules;
    expect(rules.filter((r: { year: number }) => r.year === 2026)).toEqual([{ year: 2026, ...corrected, provisional: false }]);
  });

  test("in December, next year's missing figures are warned about too", async () => {
    clock.set(new Date("2026-12-01T10:00:00Z"));
    await world.matching.relogin();
    expect((await ok(server.url, MISSING, {}, world.coordinator)).compensationRulesMissing).toEqual([2027]);
  });
});

describe("with demo data", () => {
  const clock = new ManualClock(new Date("2026-03-02T09:00:00Z"));
  let server: TestServer;
  let coordinator: string;

  beforeAll(async () => {
    server = await startTestServer({ seedDemo: true, clock });
    coordinator = await login(server.url, DEMO.COORDINATOR, DEMO_PASSWORD);
  });
  afterAll(async () => {
    await server?.stop();
  });

  test("the current year is a provisional copy of the latest known year, and coordinators are still warned", async () => {
    const rules = (await ok(server.url, RULES)).compensationRules;
    expect(rules).toEqual([...MIGRATED, { year: 2026, ...Y2025, provisional: true }]);
    expect((await ok(server.url, MISSING, {}, coordinator)).compensationRulesMissing).toEqual([2026]);

    // Entering the real figures ends the provisional copy and the warning.
    expect((await ok(server.url, SET_RULES, { y: 2026, i: FIGURES_2026 }, coordinator)).setCompensationRules).toMatchObject({ provisional: false });
    expect((await ok(server.url, MISSING, {}, coordinator)).compensationRulesMissing).toEqual([]);
  });
});
