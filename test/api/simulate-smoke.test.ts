// The simulation's core (bench/simulate.ts) on a tiny world, against the real server and
// a database of its own: the figures come out, they agree with the database, and
// Sleutelkaart's policy never proposes anyone RED or over capacity. `npm run simulate`
// runs the real thing (docs/simulation.md).
import { buildWorld, runPolicy, SIM_KINDS, timeOf, type PolicyName, type PolicyResult, type World } from "../../bench/simulate";
import { ManualClock } from "../../server/src/clock";
import { startTestServer, type TestServer } from "../support/server";

// A tiny world (a few dozen key persons, a few weeks) through the real API: slow on a loaded machine.
jest.setTimeout(300_000);

// 30 key persons, 3 weeks; many requests and moves for so few, so every path is taken.
const OPTIONS = { seed: 7, weeks: 3, keyPersons: 30, arrivalsPerKeyPersonYear: 25, oneOffScale: 15, moveMeanWeeks: 2 };

async function simulate(world: World, policy: PolicyName): Promise<{ result: PolicyResult; database: { status: string; n: number }[] }> {
  const clock = new ManualClock(timeOf(world, 0));
  let server: TestServer | undefined;
  try {
    server = await startTestServer({ clock });
    const running = server;
    const result = await runPolicy(world, policy, {
      url: running.url,
      dataSource: running.dataSource,
      clock,
      expireDue: () => running.services.matching.expireDue(),
    });
    const database = await running.dataSource.query(`SELECT status, count(*)::int AS n FROM assignment GROUP BY status`);
    return { result, database };
  } finally {
    await server?.stop();
  }
}

const count = (rows: { status: string; n: number }[], status: string) => rows.find((r) => r.status === status)?.n ?? 0;

test("the world is generated from the seed alone", () => {
  const a = buildWorld(OPTIONS);
  const b = buildWorld(OPTIONS);
  expect(JSON.stringify(b.arrivals)).toBe(JSON.stringify(a.arrivals));
  expect(b.keyPersons.map((k) => [k.data.email, k.declineChance, k.leave])).toEqual(a.keyPersons.map((k) => [k.data.email, k.declineChance, k.leave]));
  expect(a.arrivals.length).toBeGreaterThan(5);
  expect(a.arrivals.some((r) => r.moves.length > 0)).toBe(true);
  for (const kind of SIM_KINDS) expect(a.arrivals.some((r) => r.kind === kind)).toBe(true);
  // a dated request's slot lies after the request, in Dutch office hours, on a weekday
  for (const r of a.arrivals.filter((r) => r.slot)) {
    expect(r.slot!.startStep).toBeGreaterThan(r.step);
    expect(r.endStep).toBeGreaterThanOrEqual(r.slot!.startStep);
    expect(new Date(r.slot!.startsAt).getUTCDay()).not.toBe(0);
  }
  expect(buildWorld({ ...OPTIONS, seed: 8 }).arrivals).not.toEqual(a.arrivals);
});

test("both policies run through the API; the figures are computed; Sleutelkaart proposes no one RED or over capacity", async () => {
  const world = buildWorld(OPTIONS);
  for (const policy of ["sleutelkaart", "naive"] as const) {
    const { result, database } = await simulate(world, policy);
    if (process.env.SIM_SMOKE_LOG) console.log(JSON.stringify({ ...result, api: undefined }));
    expect(result.policy).toBe(policy);
    expect(result.arrivals).toBe(world.arrivals.filter((a) => a.kind === "CASE_SUPPORT").length);
    // Every kind is asked for, and no key person is booked twice at one time.
    for (const kind of SIM_KINDS) expect(result.kinds[kind].requests).toBe(world.arrivals.filter((a) => a.kind === kind).length);
    expect(result.kinds.APPOINTMENT.filled + result.kinds.CONSULT.filled + result.kinds.INFORMATION_SESSION.filled).toBeGreaterThan(0);
    expect(result.doubleBookings).toBe(0);
    expect(result.matched).toBeGreaterThan(0);
    expect(result.matchedShare).toBeGreaterThan(0);
    expect(result.matchedShare).toBeLessThanOrEqual(1);
    expect(result.daysToFirstAcceptance.n).toBe(result.matched);
    expect(result.daysToFirstAcceptance.median).toBeGreaterThanOrEqual(0);
    expect(result.daysToFirstAcceptance.p90).toBeGreaterThanOrEqual(result.daysToFirstAcceptance.median!);
    expect(result.supportedDayShare).toBeGreaterThan(0);
    const m = result.moves;
    expect(m.total).toBeGreaterThan(0);
    expect(m.kept + m.handedOver + m.stranded + m.lost).toBe(m.withKeyPerson);
    expect(result.load.giniHours).toBeGreaterThanOrEqual(0);
    expect(result.load.giniHours).toBeLessThanOrEqual(1);
    expect(result.load.totalHours).toBeGreaterThan(0);
    expect(result.wellbeing.checkIns).toBeGreaterThan(0);
    expect(result.unmet.total).toBe(result.arrivals - result.matched);
    expect(result.proposals.made).toBeGreaterThan(0);
    expect(result.proposals.made).toBe(result.proposals.byOrganisation + result.proposals.escalations + result.proposals.handovers);
    // What the simulation tracked is what the database holds.
    expect(result.final.activeAssignments).toBe(count(database, "ACTIVE"));
    expect(result.final.proposedAssignments).toBe(count(database, "PROPOSED"));
    expect(result.proposals.made).toBe(database.reduce((s, r) => s + r.n, 0));
    if (policy === "sleutelkaart") {
      expect(result.proposals.toRed).toBe(0);
      expect(result.proposals.toOverCapacity).toBe(0);
      // The organisation proposes the top of matchCandidates: the server never has a reason to refuse it.
      expect(result.proposals.refused).toBe(0);
    } else {
      expect(result.proposals.escalations + result.proposals.handovers).toBe(0);
    }
    // Every proposal that was made passed the hard rules, naive ones too: the server refused the rest.
    expect(result.proposals.toRed + result.proposals.toOverCapacity).toBe(0);
  }
});
