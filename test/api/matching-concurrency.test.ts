// Capacity is never over-booked, also when organisations propose the same key person at
// the same moment (docs/domain.md, "Matching"): simultaneous proposals over real HTTP against
// a real PostgreSQL, exactly one wins; the others are no candidates any more and hear just
// that (NOT_A_CANDIDATE, docs/security.md), or CONFLICT where their own request already waits.
import { failure, MatchingWorld, type Organisation, NOT_A_CANDIDATE } from "../support/matching-fixtures";
import { startTestServer, type TestServer } from "../support/server";

jest.setTimeout(60_000);

let server: TestServer;
let world: MatchingWorld;
let orgs: Organisation[];

beforeAll(async () => {
  server = await startTestServer({ seedDemo: false });
  world = await MatchingWorld.create(server);
  orgs = await Promise.all(["GGD Amsterdam", "AZC Amsterdam", "Veilig Thuis"].map((name) => world.organisation(name)));
});
afterAll(async () => {
  await server?.stop();
});

const ROUNDS = 5;
const PROPOSALS = 20;

test.each(Array.from({ length: ROUNDS }, (_, i) => i + 1))(
  "round %i: 20 simultaneous proposals of one key person with room for one, from 20 requests of several organisations: 1 PROPOSED, 19 NOT_A_CANDIDATE",
  async () => {
    const lang = world.language();
    // Room for exactly one: 4 hours a week, each request asks 3.
    const kp = await world.keyPerson({ languages: [lang], capacity: 4 });
    const requests = await Promise.all(
      Array.from({ length: PROPOSALS }, async (_, i) => {
        const org = orgs[i % orgs.length];
        return { id: (await world.request(org, { languageCodes: [lang], hoursPerWeek: 3 })).id as string, org };
      }),
    );
    const responses = await Promise.all(requests.map(({ id, org }) => world.proposeRaw(org.token, id, kp.id)));

    const won = responses.filter((r) => !r.errors && r.data?.proposeAssignment?.status === "PROPOSED");
    const lost = responses.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(PROPOSALS - 1);
    for (const response of lost) {
      // No longer a candidate once another proposal took the hours: the same answer as any non-candidate.
      expect(failure(response)).toEqual(NOT_A_CANDIDATE);
    }
    const rows = await world.assignmentRows({ keyPersonId: kp.id });
    expect(rows).toEqual([{ id: Number(won[0].data.proposeAssignment.id), key_person_id: Number(kp.id), status: "PROPOSED", proposed_because: null }]);
    expect(await world.committedHours(kp.id)).toBe(3);
  },
);

test("20 simultaneous proposals for ONE request, of 20 different key persons: one proposal waits, 19 CONFLICT", async () => {
  const lang = world.language();
  const kps = await Promise.all(Array.from({ length: PROPOSALS }, () => world.keyPerson({ languages: [lang] })));
  const [org] = orgs;
  const request = await world.request(org, { languageCodes: [lang] });
  const responses = await Promise.all(kps.map((kp) => world.proposeRaw(org.token, request.id, kp.id)));
  expect(responses.filter((r) => !r.errors)).toHaveLength(1);
  const lost = responses.filter((r) => r.errors);
  expect(lost).toHaveLength(PROPOSALS - 1);
  for (const response of lost) expect(failure(response).code).toBe("CONFLICT");
  const rows = await world.assignmentRows({ requestId: request.id });
  expect(rows.map((r) => r.status)).toEqual(["PROPOSED"]);
});

test("simultaneous proposals that all fit are all booked, and the hours add up exactly", async () => {
  const lang = world.language();
  // 10 hours; ten requests of 1 hour each fit, the eleventh and twelfth do not.
  const kp = await world.keyPerson({ languages: [lang], capacity: 10 });
  const requests = await Promise.all(
    Array.from({ length: 12 }, async (_, i) => {
      const org = orgs[i % orgs.length];
      return { id: (await world.request(org, { languageCodes: [lang], hoursPerWeek: 1 })).id as string, org };
    }),
  );
  const responses = await Promise.all(requests.map(({ id, org }) => world.proposeRaw(org.token, id, kp.id)));
  expect(responses.filter((r) => !r.errors)).toHaveLength(10);
  for (const response of responses.filter((r) => r.errors)) expect(failure(response)).toEqual(NOT_A_CANDIDATE);
  expect((await world.assignmentRows({ keyPersonId: kp.id })).filter((r) => r.status === "PROPOSED")).toHaveLength(10);
  expect(await world.committedHours(kp.id)).toBe(10);
});
