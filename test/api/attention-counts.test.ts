import { errorCode, login, ok } from "../support/graphql";
import { startTestServer, type TestServer } from "../support/server";

const COUNTS = `{ attentionCounts { proposalsToAnswer hoursToReview claimsToReview lastCheckInAt } }`;

let server: TestServer;
let org: string;
let kp: string;
let coordinator: string;
beforeAll(async () => {
  server = await startTestServer({ seedDemo: true });
  org = await login(server.url, "organisatie@sleutelkaart.demo", "sleutelkaart-demo");
  kp = await login(server.url, "sleutelpersoon@sleutelkaart.demo", "sleutelkaart-demo");
  coordinator = await login(server.url, "coordinator@sleutelkaart.demo", "sleutelkaart-demo");
});
afterAll(async () => {
  await server?.stop();
});

const counts = async (token: string) => (await ok(server.url, COUNTS, {}, token)).attentionCounts;

test("each role gets its own counts, and they follow proposals, hours and check-ins", async () => {
  const me = await ok(server.url, `{ me { keyPerson { id languages { language { code } } } } }`, {}, kp);
  const keyPersonId = me.me.keyPerson.id;
  const orgMe = await ok(server.url, `{ me { organisation { id } } }`, {}, org);
  const orgFunder = `ORGANISATION:${orgMe.me.organisation.id}`;
  const sql = async (query: string, params: unknown[]) => Number((await server.dataSource.query(query, params))[0].n);

  // What each role sees matches the tables, and only its own kind of work.
  const kpBefore = await counts(kp);
  expect(kpBefore.proposalsToAnswer).toBe(await sql(`SELECT count(*) AS n FROM assignment WHERE key_person_id = $1 AND status = 'PROPOSED'`, [keyPersonId]));
  expect(kpBefore.hoursToReview).toBe(0);
  expect(kpBefore.claimsToReview).toBe(0);
  const orgBefore = await counts(org);
  expect(orgBefore.proposalsToAnswer).toBe(0);
  expect(orgBefore.hoursToReview).toBe(await sql(`SELECT count(*) AS n FROM hour_entry WHERE funder = $1 AND status = 'SUBMITTED'`, [orgFunder]));
  expect(orgBefore.claimsToReview).toBe(await sql(`SELECT count(*) AS n FROM expense_claim WHERE funder = $1 AND status = 'SUBMITTED'`, [orgFunder]));
  const nationalBefore = await counts(coordinator);
  expect(nationalBefore.hoursToReview).toBe(await sql(`SELECT count(*) AS n FROM hour_entry WHERE funder = $1 AND status = 'SUBMITTED'`, ["NATIONAL_SCHEME"]));
  expect(nationalBefore.claimsToReview).toBe(
    await sql(`SELECT count(*) AS n FROM expense_claim WHERE funder = $1 AND status = 'SUBMITTED'`, ["NATIONAL_SCHEME"]),
  );
  expect(nationalBefore.lastCheckInAt).toBeNull();

  // A proposal adds one to the key person's count; answering it takes it off again.
  await server.dataSource.query(
    `UPDATE key_person SET compensation_type = 'VOLUNTEER', birth_year = 1990, weekly_capacity_hours = 20, status = 'ACTIVE' WHERE id = $1`,
    [keyPersonId],
  );
  const { createMatchRequest: request } = await ok(
    server.url,
    `mutation($input: MatchRequestInput!) { createMatchRequest(input: $input) { id } }`,
    {
      input: {
        caseReference: "CASE-ATTN",
        location: { lat: 52.3731, lon: 4.8926 },
        languageCodes: [me.me.keyPerson.languages[0].language.code],
        hoursPerWeek: 2,
        funding: "ORGANISATION",
        newcomerConsent: true,
        remoteAcceptable: true,
      },
    },
    org,
  );
  const proposed = await ok(
    server.url,
    `mutation($r: ID!, $k: ID!) { proposeAssignment(requestId: $r, keyPersonId: $k) { id } }`,
    { r: request.id, k: keyPersonId },
    org,
  );
  expect((await counts(kp)).proposalsToAnswer).toBe(kpBefore.proposalsToAnswer + 1);
  const assignmentId = proposed.proposeAssignment.id;
  await ok(server.url, `mutation($a: ID!) { respondToAssignment(assignmentId: $a, accept: true) { status } }`, { a: assignmentId }, kp);
  expect((await counts(kp)).proposalsToAnswer).toBe(kpBefore.proposalsToAnswer);

  // Hours the organisation funds wait for the organisation, not for the national coordinator.
  await ok(
    server.url,
    `mutation($i: HourEntryInput!) { declareHours(input: $i) { id } }`,
    { i: { assignmentId, date: new Date().toISOString().slice(0, 10), hours: 2, activity: "SUPPORT" } },
    kp,
  );
  expect((await counts(org)).hoursToReview).toBe(orgBefore.hoursToReview + 1);
  expect((await counts(coordinator)).hoursToReview).toBe(nationalBefore.hoursToReview);

  // A check-in is remembered for the key person's home page.
  await ok(
    server.url,
    `mutation($i: WellbeingCheckInInput!) { submitWellbeingCheckIn(input: $i) { id } }`,
    { i: { strain: 2, emotionalImpact: 2, support: 4, contactRequested: false } },
    kp,
  );
  expect((await counts(kp)).lastCheckInAt).not.toBeNull();
});

test("signed out, there is nothing to count", async () => {
  expect(await errorCode(server.url, COUNTS)).toBe("UNAUTHENTICATED");
});
