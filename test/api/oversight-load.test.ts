// Wellbeing from load, over HTTP: hours declared above capacity week after week (the
// server's manual clock moves a week at a time, the key person declares on an accepted
// assignment), and many SGBV cases at once. AMBER warns; RED stops new proposals until a
// coordinator clears it.
import { ManualClock } from "../../server/src/clock";
import { ok } from "../support/graphql";
import { OversightWorld, WELL, type KeyPerson, type Organisation } from "../support/oversight-fixtures";
import type { TestServer } from "../support/server";

jest.setTimeout(60_000);

const clock = new ManualClock(new Date("2025-03-03T10:00:00Z"));
let server: TestServer;
let world: OversightWorld;
let org: Organisation;

beforeAll(async () => {
  ({ server, world } = await OversightWorld.start(clock));
  org = await world.organisation();
});
afterAll(async () => {
  await server?.stop();
});

const reasonsOf = async (kp: KeyPerson) => (await world.status(kp.id)).wellbeing!;

describe("declared hours over capacity", () => {
  let ada: KeyPerson;
  let bo: KeyPerson;
  let adaWork: string;
  let boWork: string;

  beforeAll(async () => {
    [ada, bo] = await Promise.all([world.keyPerson({ name: "Ada", capacity: 2 }), world.keyPerson({ name: "Bo", capacity: 2.25 })]);
    adaWork = await world.assignment(org, ada);
    boWork = await world.assignment(org, bo);
    await world.checkIn(ada, WELL);
    await world.checkIn(bo, WELL);
  });

  /** One week on, the key persons declare today's hours; their statuses after. */
  async function week(adaHours: number[], boHours: number[]) {
    for (const hours of adaHours) await world.declare(ada, adaWork, world.day(0), hours);
    for (const hours of boHours) await world.declare(bo, boWork, world.day(0), hours);
    return { ada: await reasonsOf(ada), bo: await reasonsOf(bo) };
  }

  test("two weeks in a row over capacity is AMBER, three RED; hours equal to capacity are not over", async () => {
    // Week 1: exactly their capacity (Bo's 2.25 in two entries, 1.25 and 1: hours go in quarters).
    let seen = await week([2], [1.25, 1]);
    expect(seen).toEqual({ ada: { status: "GREEN", reasons: [] }, bo: { status: "GREEN", reasons: [] } });

    // Week 2: Ada over for one week — not yet a pattern.
    await world.advanceDays(7);
    seen = await week([3], [1.25, 1]);
    expect(seen).toEqual({ ada: { status: "GREEN", reasons: [] }, bo: { status: "GREEN", reasons: [] } });

    // Week 3: two weeks in a row.
    await world.advanceDays(7);
    seen = await week([2, 0.5], [1.25, 1]);
    expect(seen.ada).toEqual({
      status: "AMBER",
      reasons: [{ level: "AMBER", code: "OVER_CAPACITY", message: "declared more than their capacity 2 weeks in a row" }],
    });
    expect(seen.bo).toEqual({ status: "GREEN", reasons: [] });

    // Week 4: three weeks in a row — a stop.
    await world.advanceDays(7);
    seen = await week([2.5], [1.25, 1]);
    expect(seen.ada).toEqual({
      status: "RED",
      reasons: [{ level: "RED", code: "OVER_CAPACITY", message: "declared more than their capacity 3 weeks in a row" }],
    });
    expect(seen.bo).toEqual({ status: "GREEN", reasons: [] });
  });

  test("a RED key person is no candidate until cleared; rejected hours do not count", async () => {
    const request = await world.matching.request(org, { hoursPerWeek: 1 });
    expect(await world.matching.candidateIds(org.token, request.id)).toEqual([bo.id]);
    expect((await world.clear(ada.id)).wellbeingStatus).toBe("AMBER");
    expect(await reasonsOf(ada)).toEqual({
      status: "AMBER",
      reasons: [{ level: "AMBER", code: "OVER_CAPACITY", message: "declared more than their capacity 3 weeks in a row" }],
    });
    expect((await world.matching.candidateIds(org.token, request.id)).sort()).toEqual([ada.id, bo.id].sort());

    // The organisation rejects this week's entry: the run is broken, nothing of concern is left.
    const { hourEntries } = await ok(
      world.url,
      `query($k: ID!) { hourEntries(filter: { keyPersonId: $k }, perPage: 100) { items { id date } } }`,
      { k: ada.id },
      org.token,
    );
    const thisWeek = hourEntries.items.filter((e: { date: string }) => e.date === world.day(0));
    expect(thisWeek).toHaveLength(1);
    await ok(
      world.url,
      `mutation($id: ID!) { reviewHours(id: $id, approve: false, reason: "Dubbel gedeclareerd") { status } }`,
      { id: thisWeek[0].id },
      org.token,
    );
    expect(await reasonsOf(ada)).toEqual({ status: "GREEN", reasons: [] });
  });

  test("the dashboard shows the declared hours per week exactly, against the active capacity", async () => {
    const { oversightDashboard } = await ok(
      world.url,
      `{ oversightDashboard { weeklyHours { weekEnding declaredHours capacityHours } } }`,
      {},
      world.coordinator,
    );
    const weeks = oversightDashboard.weeklyHours;
    expect(weeks).toHaveLength(12);
    // Most recent last: this week Ada's 2.5 were rejected, Bo declared 2.25.
    expect(weeks.slice(-4)).toEqual([
      { weekEnding: world.day(-21), declaredHours: 4.25, capacityHours: 4.25 },
      { weekEnding: world.day(-14), declaredHours: 5.25, capacityHours: 4.25 },
      { weekEnding: world.day(-7), declaredHours: 4.75, capacityHours: 4.25 },
      { weekEnding: world.day(0), declaredHours: 2.25, capacityHours: 4.25 },
    ]);
  });
});

describe("many SGBV cases at once", () => {
  test("three active SGBV cases are AMBER, five RED; other expertise and unanswered proposals do not count", async () => {
    const sara = await world.keyPerson({ name: "Sara", capacity: 12, expertise: ["SGBV", "FGM", "DOMESTIC_VIOLENCE", "HOUSING"] });
    await world.checkIn(sara, WELL);
    const accepted = async (expertiseCodes: string[]) => world.assignment(org, sara, { expertiseCodes });
    const sgbv = (n: number) => ({
      status: n >= 5 ? "RED" : "AMBER",
      reasons: [{ level: n >= 5 ? "RED" : "AMBER", code: "MANY_SGBV_CASES", message: `${n} SGBV cases at once` }],
    });

    await accepted(["HOUSING"]);
    await accepted(["SGBV"]);
    await accepted(["SGBV", "HOUSING"]);
    expect(await reasonsOf(sara)).toEqual({ status: "GREEN", reasons: [] });

    // A third SGBV case only proposed: not hers yet.
    const third = await world.matching.request(org, { expertiseCodes: ["SGBV"], hoursPerWeek: 1 });
    const proposal = await world.matching.propose(org, third.id, sara.id);
    expect(await reasonsOf(sara)).toEqual({ status: "GREEN", reasons: [] });
    await world.matching.respond(sara, proposal.id, true);
    expect(await reasonsOf(sara)).toEqual(sgbv(3));

    // AMBER: at most one new proposal a week (the AMBER limit, issue 17): let a week pass before each next one.
    const weekPasses = () => server.dataSource.query(`UPDATE assignment SET proposed_at = proposed_at - interval '8 days' WHERE key_person_id = $1`, [sara.id]);
    await weekPasses();
    // Female genital mutilation and domestic violence are heavy stories of the same kind.
    await accepted(["FGM"]);
    expect(await reasonsOf(sara)).toEqual(sgbv(4));
    // Still AMBER: she can be proposed a fifth, a week later.
    await weekPasses();
    await accepted(["DOMESTIC_VIOLENCE"]);
    expect(await reasonsOf(sara)).toEqual(sgbv(5));

    // RED: no longer a candidate; the organisation hears only that, the audit log says why.
    const sixth = await world.matching.request(org, { expertiseCodes: ["SGBV"], hoursPerWeek: 1 });
    expect(await world.matching.candidateIds(org.token, sixth.id)).toEqual([]);
    const refused = await world.matching.proposeRaw(org.token, sixth.id, sara.id);
    expect(refused.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(refused.errors?.[0].extensions?.reason).toBe("NOT_A_CANDIDATE");
    const [{ rule }] = await server.dataSource.query(
      `SELECT detail->>'rule' AS rule FROM audit_log WHERE action = 'refusedProposeAssignment' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [sara.id],
    );
    expect(rule).toBe("WELLBEING");
  });
});
