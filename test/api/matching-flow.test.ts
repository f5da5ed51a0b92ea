import { login, ok, gql } from "../support/graphql";
import { startTestServer, type TestServer } from "../support/server";

let server: TestServer;
let org: string;
beforeAll(async () => {
  server = await startTestServer({ seedDemo: true });
  org = await login(server.url, "organisatie@sleutelkaart.demo", "sleutelkaart-demo");
});
afterAll(async () => {
  await server?.stop();
});

const CREATE = `mutation($input: MatchRequestInput!) { createMatchRequest(input: $input) { id status municipality { code } } }`;
const CANDIDATES = `query($id: ID!) { matchCandidates(requestId: $id, limit: 5) { score distanceKm reasons keyPerson { id displayName } } }`;

test("request → candidates → proposal → acceptance", async () => {
  const { createMatchRequest: request } = await ok(
    server.url,
    CREATE,
    {
      input: {
        caseReference: "GGD-AMS-0001",
        location: { lat: 52.3731, lon: 4.8926 },
        languageCodes: ["tir", "apc", "prs"],
        hoursPerWeek: 2,
        funding: "ORGANISATION",
        newcomerConsent: true,
      },
    },
    org,
  );
  expect(request.municipality.code).toBe("GM0363");
  const { matchCandidates } = await ok(server.url, CANDIDATES, { id: request.id }, org);
  expect(matchCandidates.length).toBeGreaterThan(0);
  const scores = matchCandidates.map((c: { score: number }) => c.score);
  expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  const best = matchCandidates[0].keyPerson.id;
  const proposed = await ok(
    server.url,
    `mutation($r: ID!, $k: ID!) { proposeAssignment(requestId: $r, keyPersonId: $k) { id status keyPerson { id } } }`,
    { r: request.id, k: best },
    org,
  );
  expect(proposed.proposeAssignment.status).toBe("PROPOSED");
  const again = await gql(
    server.url,
    `mutation($r: ID!, $k: ID!) { proposeAssignment(requestId: $r, keyPersonId: $k) { id } }`,
    { r: request.id, k: best },
    org,
  );
  expect(again.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", reason: "PROPOSAL_PENDING", params: {} });
});
