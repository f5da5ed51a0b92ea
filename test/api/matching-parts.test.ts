// The parts of a candidate's score over real GraphQL and HTTP (issue 15, point 5): why a
// key person at 22 km ranks above one at 3 km, what an organisation may read of them
// (docs/security.md, "Scores to two decimals"), and a proposed candidate that reads
// "proposed" with its own score, not "already supports this case" with 1.
import { ok } from "../support/graphql";
import { AMSTERDAM, away, MatchingWorld, type Organisation } from "../support/matching-fixtures";
import { startTestServer, type TestServer } from "../support/server";

jest.setTimeout(30_000);

interface Parts {
  distance: number;
  load: number;
  language: number;
  preferences: number;
  continuity: number;
}
interface Candidate {
  id: string;
  score: number;
  distanceKm: number;
  parts: Parts;
  reasons: string[];
  codes: string[];
  committedHours: number;
}

const QUERY = `query($id: ID!) { matchCandidates(requestId: $id) {
  score distanceKm reasons explanation { code } parts { distance load language preferences continuity }
  keyPerson { id workload { committedHours } } } }`;

let server: TestServer;
let world: MatchingWorld;
let org: Organisation;
let otherOrg: Organisation;

beforeAll(async () => {
  server = await startTestServer({ seedDemo: false });
  world = await MatchingWorld.create(server);
  [org, otherOrg] = [await world.organisation("GGD Amsterdam"), await world.organisation("Kliniek Utrecht", "GM0344")];
});
afterAll(async () => {
  await server?.stop();
});

async function candidates(token: string, requestId: string): Promise<Candidate[]> {
  const { matchCandidates } = await ok(server.url, QUERY, { id: requestId }, token);
  return matchCandidates.map(
    (c: {
      keyPerson: { id: string; workload: { committedHours: number } };
      score: number;
      distanceKm: number;
      parts: Parts;
      reasons: string[];
      explanation: { code: string }[];
    }) => ({
      id: c.keyPerson.id,
      score: c.score,
      distanceKm: c.distanceKm,
      parts: c.parts,
      reasons: c.reasons,
      codes: c.explanation.map((e) => e.code),
      committedHours: c.keyPerson.workload.committedHours,
    }),
  );
}

const sum = (parts: Parts) => Object.values(parts).reduce((a, b) => a + b, 0);
const decimals = (value: number) => (String(value).split(".")[1] ?? "").length;

test("a key person at 22 km ranks above one at 3 km, and the parts say why: room in the week and language level", async () => {
  const lang = world.language();
  const near = await world.keyPerson({ languages: [{ code: lang, level: "BASIC" }], at: away(AMSTERDAM, 3), capacity: 6, login: true });
  const far = await world.keyPerson({ languages: [lang], at: away(AMSTERDAM, 22, 90), maxTravelKm: 40, capacity: 16 });
  // the near one already works 4 hours a week elsewhere
  const elsewhere = await world.request(otherOrg, { languageCodes: [lang], hoursPerWeek: 4, location: away(AMSTERDAM, 3) });
  await world.activeAssignment(otherOrg, elsewhere.id, near);

  const request = await world.request(org, { languageCodes: [lang], hoursPerWeek: 2 });
  const ranked = await candidates(org.token, request.id);
  expect(ranked.map((c) => c.id)).toEqual([far.id, near.id]);
  const [first, second] = ranked;
  expect(first.distanceKm).toBe(22);
  expect(second.distanceKm).toBe(3);
  expect(first.parts.distance).toBeLessThan(second.parts.distance);
  expect(first.parts.load).toBeGreaterThan(second.parts.load);
  expect(first.parts.language).toBeGreaterThan(second.parts.language);
  for (const c of ranked) {
    expect(c.parts.continuity).toBe(0);
    // the parts add up to the score, up to rounding
    expect(Math.abs(sum(c.parts) - c.score)).toBeLessThanOrEqual(0.03);
  }
});

test("an organisation reads the parts to two decimals, at the whole kilometres it is shown; a coordinator to three", async () => {
  const lang = world.language();
  // 7.4 km from the newcomer: an organisation sees 7 km, and parts as if the home were at 7 km
  await world.keyPerson({ languages: [lang], at: away(AMSTERDAM, 7.4, 45) });
  const request = await world.request(org, { languageCodes: [lang] });
  const [seen] = await candidates(org.token, request.id);
  const [coordinators] = await candidates(world.coordinator, request.id);
  for (const value of Object.values(seen.parts)) expect(decimals(value)).toBeLessThanOrEqual(2);
  expect(decimals(seen.score)).toBeLessThanOrEqual(2);
  expect(seen.distanceKm).toBe(7);
  // 0.35 × (½ × (1 − 7/25) + ½ × (1 − 7/100)) = 0.28875: the distance shown, not the exact 7.4 km (0.2843 → 0.28)
  expect(seen.parts.distance).toBe(0.29);
  expect(coordinators.parts.distance).toBeCloseTo(0.284, 2);
  expect(decimals(coordinators.parts.distance)).toBeLessThanOrEqual(3);
});

test("right after a proposal the candidate reads 'proposed' with its own score, and its hours count", async () => {
  const lang = world.language();
  const kp = await world.keyPerson({ languages: [lang], at: away(AMSTERDAM, 5), capacity: 8 });
  const request = await world.request(org, { languageCodes: [lang], hoursPerWeek: 2 });
  const [before] = await candidates(org.token, request.id);
  expect(before.committedHours).toBe(0);

  await world.propose(org, request.id, kp.id);
  const [after] = await candidates(org.token, request.id);
  expect(after.id).toBe(kp.id);
  expect(after.codes).toContain("MATCH_PROPOSED");
  expect(after.codes).not.toContain("MATCH_CONTINUITY");
  expect(after.reasons).toContain("proposed");
  expect(after.reasons).not.toContain("already supports this case");
  expect(after.score).toBe(before.score);
  expect(after.score).toBeLessThan(1);
  expect(after.parts.continuity).toBe(0);
  // the load figures follow the proposal: its hours are booked
  expect(after.committedHours).toBe(2);
});

test("once accepted, the key person supports the case: continuity lifts the score to 1", async () => {
  const lang = world.language();
  const kp = await world.keyPerson({ languages: [lang], at: away(AMSTERDAM, 5), capacity: 8, login: true });
  const request = await world.request(org, { languageCodes: [lang], hoursPerWeek: 2 });
  await world.activeAssignment(org, request.id, kp);
  const [after] = await candidates(org.token, request.id);
  expect(after.codes).toContain("MATCH_CONTINUITY");
  expect(after.codes).not.toContain("MATCH_PROPOSED");
  expect(after.score).toBe(1);
  expect(after.parts.continuity).toBeGreaterThan(0);
  expect(Math.abs(sum(after.parts) - 1)).toBeLessThanOrEqual(0.03);
});
