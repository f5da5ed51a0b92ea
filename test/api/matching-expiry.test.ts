// Proposals not answered in 72 hours expire, and where the organisation chose so the
// next candidate is proposed automatically (docs/domain.md, "Matching"). The server runs on a
// ManualClock; the sweep is called by hand after moving it, as the timer is off in tests.
import { ManualClock } from "../../server/src/clock";
import {
  AMSTERDAM,
  away,
  failure,
  MatchingWorld,
  type KeyPerson,
  type Organisation,
  type RequestSpec,
  NOT_A_CANDIDATE,
  refusedRule,
} from "../support/matching-fixtures";
import { startTestServer, type TestServer } from "../support/server";

jest.setTimeout(30_000);

const HOUR = 3600_000;
const clock = new ManualClock(new Date("2031-03-03T09:00:00.000Z"));
let server: TestServer;
let world: MatchingWorld;
let org: Organisation;

beforeAll(async () => {
  server = await startTestServer({ seedDemo: false, clock });
  world = await MatchingWorld.create(server);
  org = await world.organisation("GGD Amsterdam");
});
afterAll(async () => {
  await server?.stop();
});
// The clock only moves forward, so a proposal one test leaves waiting would expire in the
// next test's sweep: withdraw them, so each sweep's count is about its own test.
afterEach(async () => {
  await server.dataSource.query(`UPDATE assignment SET status = 'CANCELLED' WHERE status = 'PROPOSED'`);
});

/** Moves the clock and logs everyone in again: sessions last 12 hours on the server's clock too. */
async function advance(hours: number, ...accounts: { email: string; token: string }[]) {
  clock.advanceHours(hours);
  await world.relogin(org, ...accounts);
}

/** Three key persons in order of rank (0, 3 and 6 km from the newcomer) and a request of their own language. */
async function scene(spec: RequestSpec = {}) {
  const lang = world.language();
  const kps: KeyPerson[] = [];
  for (const km of [0.5, 3, 6]) kps.push(await world.keyPerson({ languages: [lang], at: away(AMSTERDAM, km), login: true }));
  const request = await world.request(org, { languageCodes: [lang], ...spec });
  expect(await world.candidateIds(org.token, request.id)).toEqual(kps.map((kp) => kp.id));
  return { lang, kps, request };
}

const assignmentsOf = async (requestId: string) =>
  (await world.getRequest(org.token, requestId)).assignments.map((a: { keyPerson: { id: string }; status: string; proposedBecause: string | null }) => ({
    keyPerson: a.keyPerson.id,
    status: a.status,
    proposedBecause: a.proposedBecause,
  }));

test("a proposal expires 72 hours after it was made, not a minute earlier; then the key person cannot answer it", async () => {
  const {
    kps: [first],
    request,
  } = await scene();
  const proposed = await world.propose(org, request.id, first.id);
  expect(proposed.respondBy).toBe(new Date(clock.now().getTime() + 72 * HOUR).toISOString());

  await advance(72 - 1 / 60, first);
  expect(await server.services.matching.expireDue()).toBe(0);
  expect(await assignmentsOf(request.id)).toEqual([{ keyPerson: first.id, status: "PROPOSED", proposedBecause: null }]);

  await advance(2 / 60, first); // 72 h + 1 min
  expect(await server.services.matching.expireDue()).toBe(1);
  const [row] = await server.dataSource.query(`SELECT status, ended_at FROM assignment WHERE id = $1`, [proposed.id]);
  expect(row.status).toBe("EXPIRED");
  expect(row.ended_at.toISOString()).toBe(clock.now().toISOString());
  expect(await server.services.matching.expireDue()).toBe(0);

  for (const accept of [true, false]) {
    const error = failure(await world.respondRaw(first.token, proposed.id, accept));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/already expired/);
  }
  // Without autoEscalate nobody else is proposed; the request stays OPEN, and the hours are free again.
  expect(await assignmentsOf(request.id)).toEqual([{ keyPerson: first.id, status: "EXPIRED", proposedBecause: null }]);
  expect((await world.getRequest(org.token, request.id)).status).toBe("OPEN");
  expect(await world.committedHours(first.id)).toBe(0);
});

test("answering after the deadline, before the sweep ran, is CONFLICT and changes nothing", async () => {
  const {
    kps: [first],
    request,
  } = await scene();
  const proposed = await world.propose(org, request.id, first.id);
  await advance(72 + 1 / 60, first);
  for (const accept of [true, false]) {
    const error = failure(await world.respondRaw(first.token, proposed.id, accept));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/has expired/);
  }
  expect(await assignmentsOf(request.id)).toEqual([{ keyPerson: first.id, status: "PROPOSED", proposedBecause: null }]);
  expect(await server.services.matching.expireDue()).toBe(1);
});

test("an expired proposer is not proposed again for that request", async () => {
  const {
    kps: [first, second, third],
    request,
  } = await scene();
  await world.propose(org, request.id, first.id);
  await advance(72 + 1 / 60);
  await server.services.matching.expireDue();
  expect(await world.candidateIds(org.token, request.id)).toEqual([second.id, third.id]);
  expect(failure(await world.proposeRaw(org.token, request.id, first.id))).toEqual(NOT_A_CANDIDATE);
  expect(await refusedRule(server, request.id, first.id)).toBe("DECLINED");
  expect((await world.propose(org, request.id, second.id)).status).toBe("PROPOSED");
});

test("with autoEscalate the next candidate gets a proposal (ESCALATION), and the next, never one who let it expire", async () => {
  const {
    kps: [first, second, third],
    request,
  } = await scene({ autoEscalate: true });
  await world.propose(org, request.id, first.id);

  await advance(72 + 1 / 60, second);
  expect(await server.services.matching.expireDue()).toBe(1);
  expect(await assignmentsOf(request.id)).toEqual([
    { keyPerson: first.id, status: "EXPIRED", proposedBecause: null },
    { keyPerson: second.id, status: "PROPOSED", proposedBecause: "ESCALATION" },
  ]);
  const escalated = (await world.getRequest(org.token, request.id)).assignments[1];
  expect(escalated.proposedAt).toBe(clock.now().toISOString());
  expect(escalated.respondBy).toBe(new Date(clock.now().getTime() + 72 * HOUR).toISOString());
  expect(await world.committedHours(second.id)).toBe(2);

  await advance(72 + 1 / 60, third);
  expect(await server.services.matching.expireDue()).toBe(1);
  expect((await assignmentsOf(request.id)).map((a: { keyPerson: string; status: string }) => [a.keyPerson, a.status])).toEqual([
    [first.id, "EXPIRED"],
    [second.id, "EXPIRED"],
    [third.id, "PROPOSED"],
  ]);

  // The third accepts the escalated proposal: the case is matched.
  const proposal = (await world.getRequest(org.token, request.id)).assignments[2];
  expect(await world.respond(third, proposal.id, true)).toMatchObject({ status: "ACTIVE", proposedBecause: "ESCALATION", request: { status: "MATCHED" } });
});

test("with autoEscalate, when nobody is left after the last expiry, no proposal is made and the request is recorded as unmet", async () => {
  const lang = world.language();
  const only = await world.keyPerson({ languages: [lang] });
  const request = await world.request(org, { languageCodes: [lang], autoEscalate: true });
  await world.propose(org, request.id, only.id);
  await advance(72 + 1 / 60);
  expect(await server.services.matching.expireDue()).toBe(1);
  const after = await world.getRequest(org.token, request.id);
  expect(after.assignments.map((a: { status: string }) => a.status)).toEqual(["EXPIRED"]);
  expect(after.status).toBe("OPEN");
  expect(after.unmetSince).toBe(clock.now().toISOString());
  expect((await world.getRequest(world.coordinator, request.id)).unmetExclusions).toContainEqual({ rule: "DECLINED", count: 1 });
});

test("without autoEscalate nobody is proposed after an expiry", async () => {
  const {
    kps: [first],
    request,
  } = await scene({ autoEscalate: false });
  await world.propose(org, request.id, first.id);
  await advance(72 + 1 / 60);
  expect(await server.services.matching.expireDue()).toBe(1);
  expect(await world.assignmentRows({ requestId: request.id })).toEqual([expect.objectContaining({ status: "EXPIRED" })]);
});

test("with autoEscalate a decline also hands the request to the next candidate", async () => {
  const {
    kps: [first, second],
    request,
  } = await scene({ autoEscalate: true });
  const proposed = await world.propose(org, request.id, first.id);
  await world.respond(first, proposed.id, false, "Not this month");
  expect(await assignmentsOf(request.id)).toEqual([
    { keyPerson: first.id, status: "DECLINED", proposedBecause: null },
    { keyPerson: second.id, status: "PROPOSED", proposedBecause: "ESCALATION" },
  ]);
});

test("one sweep expires every overdue proposal of several requests and escalates each", async () => {
  const a = await scene({ autoEscalate: true });
  const b = await scene({ autoEscalate: true });
  await world.propose(org, a.request.id, a.kps[0].id);
  await world.propose(org, b.request.id, b.kps[0].id);
  await advance(72 + 1 / 60);
  expect(await server.services.matching.expireDue()).toBe(2);
  for (const { request, kps } of [a, b]) {
    expect((await assignmentsOf(request.id)).map((x: { keyPerson: string; status: string }) => [x.keyPerson, x.status])).toEqual([
      [kps[0].id, "EXPIRED"],
      [kps[1].id, "PROPOSED"],
    ]);
  }
});
