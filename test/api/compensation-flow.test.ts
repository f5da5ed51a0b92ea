import { login, ok, gql } from "../support/graphql";
import { startTestServer, type TestServer } from "../support/server";

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

test("declare hours, approve them within the cap, export once", async () => {
  const me = await ok(server.url, `{ me { keyPerson { id languages { language { code } } } } }`, {}, kp);
  const keyPersonId = me.me.keyPerson.id;
  await server.dataSource.query(
    `UPDATE key_person SET compensation_type = 'VOLUNTEER', birth_year = 1990, weekly_capacity_hours = 20, status = 'ACTIVE' WHERE id = $1`,
    [keyPersonId],
  );
  const { createMatchRequest: request } = await ok(
    server.url,
    `mutation($input: MatchRequestInput!) { createMatchRequest(input: $input) { id } }`,
    {
      input: {
        caseReference: "CASE-77",
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
  const assignmentId = proposed.proposeAssignment.id;
  await ok(server.url, `mutation($a: ID!) { respondToAssignment(assignmentId: $a, accept: true) { status } }`, { a: assignmentId }, kp);
  const today = new Date().toISOString().slice(0, 10);
  const declared = await ok(
    server.url,
    `mutation($i: HourEntryInput!) { declareHours(input: $i) { id status } }`,
    { i: { assignmentId, date: today, hours: 3, activity: "SUPPORT" } },
    kp,
  );
  const approved = await ok(
    server.url,
    `mutation($id: ID!) { reviewHours(id: $id, approve: true) { status allowanceCents } }`,
    { id: declared.declareHours.id },
    org,
  );
  expect(approved.reviewHours).toEqual({ status: "APPROVED", allowanceCents: 3 * 560 });
  const byCoordinator = await gql(
    server.url,
    `mutation($id: ID!) { reviewHours(id: $id, approve: true) { status } }`,
    { id: declared.declareHours.id },
    coordinator,
  );
  expect(byCoordinator.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", reason: "NOT_THE_FUNDER", params: { funder: "ORGANISATION" } });
  const orgId = (await ok(server.url, `{ me { organisation { id } } }`, {}, org)).me.organisation.id;
  // a line is paid only to a key person with an IBAN
  await ok(server.url, `mutation($k: ID!) { setPaymentDetails(keyPersonId: $k, iban: "NL91ABNA0417164300") }`, { k: me.me.keyPerson.id }, kp);
  const exported = await ok(
    server.url,
    `mutation($o: ID, $f: Date!, $t: Date!) { exportPayments(organisationId: $o, from: $f, to: $t) { lineCount totalCents csv } }`,
    { o: orgId, f: "2020-01-01", t: today },
    org,
  );
  expect(exported.exportPayments.lineCount).toBe(1);
  expect(exported.exportPayments.totalCents).toBe(1680);
  expect(exported.exportPayments.csv).toContain("16,80");
  const again = await gql(
    server.url,
    `mutation($o: ID, $f: Date!, $t: Date!) { exportPayments(organisationId: $o, from: $f, to: $t) { lineCount } }`,
    { o: orgId, f: "2020-01-01", t: today },
    org,
  );
  expect(again.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "NOTHING_TO_EXPORT", params: { from: "2020-01-01", to: today } });
});
