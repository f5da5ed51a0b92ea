// New accounts by invitation: a coordinator creates a user without typing their password;
// the user gets a one-time link through the outbox (as imported key persons get one) and
// chooses their own password. Checked against the rows, the outbox and the audit log.
import { ManualClock } from "../../server/src/clock";
import { DEMO, DEMO_PASSWORD, freshEmail, keyPersonInput, startDemoServer, type DemoRole } from "../support/fixtures";
import { gql, login, ok, rowCounts } from "../support/graphql";
import type { TestServer } from "../support/server";

jest.setTimeout(60_000);

const PUBLIC_URL = "https://sleutelkaart.example.nl";
const PASSWORD = "een-eigen-wachtwoord-voor-mij";

let server: TestServer;
let tokens: Record<DemoRole, string>;
const clock = new ManualClock(new Date());
beforeAll(async () => {
  ({ server, tokens } = await startDemoServer({ clock, env: { PUBLIC_URL } }));
});
afterAll(async () => {
  await server?.stop();
});

const sql = (text: string, params: unknown[] = []) => server.dataSource.query(text, params);
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email role invitationPending } }`;
const CREATE_ORGANISATION_USER = `mutation($o: ID!, $e: String!) { createOrganisationUser(organisationId: $o, email: $e) { id email role invitationPending organisation { id } } }`;
const CREATE_ORGANISATION_USER_WITH_PASSWORD = `mutation($o: ID!, $e: String!, $p: String!) { createOrganisationUser(organisationId: $o, email: $e, password: $p) { id invitationPending } }`;
const ACCEPT = `mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { token user { id email invitationPending } } }`;
const RESEND = `mutation($id: ID!) { resendInvitation(id: $id) { id invitationPending } }`;
const DEACTIVATE = `mutation($id: ID!) { deactivateUser(id: $id) { id } }`;

async function invitationMails(email: string): Promise<{ subject: string; body: string; status: string }[]> {
  return sql(
    `SELECT n.subject, n.body, n.status FROM notification n JOIN app_user u ON u.id = n.user_id WHERE u.email = $1 AND n.kind = 'INVITATION' ORDER BY n.id`,
    [email],
  );
}
const tokenIn = (body: string) => /#\/invitation\/([\w-]+)/.exec(body)![1];
const refusal = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.[0]?.extensions;

async function anOrganisation(): Promise<string> {
  return String((await sql(`SELECT id FROM organisation ORDER BY id LIMIT 1`))[0].id);
}

async function invitedRegionalCoordinator() {
  const email = freshEmail("rc");
  const { createUser } = await ok(
    server.url,
    CREATE_USER,
    { input: { email, role: "REGIONAL_COORDINATOR", municipalityCodes: ["GM0344"] } },
    tokens.COORDINATOR,
  );
  return { ...createUser, email };
}

describe("createUser without a password", () => {
  test("writes the account without a usable password, an invitation stored as a hash, a mail in the outbox and the audit", async () => {
    const before = await rowCounts(server.dataSource);
    const user = await invitedRegionalCoordinator();
    expect(user).toMatchObject({ role: "REGIONAL_COORDINATOR", invitationPending: true });
    const after = await rowCounts(server.dataSource);
    expect(after.app_user - before.app_user).toBe(1);
    expect(after.invitation - before.invitation).toBe(1);

    const mails = await invitationMails(user.email);
    expect(mails).toHaveLength(1);
    // No SMTP server in tests: held in the outbox, readable by the coordinator.
    expect(mails[0].status).toBe("HELD");
    expect(mails[0].subject).toContain("uitnodiging");
    expect(mails[0].body).toContain(`${PUBLIC_URL}/#/invitation/`);
    expect(mails[0].body).toContain("regionaal coördinator");
    const token = tokenIn(mails[0].body);
    const [stored] = await sql(`SELECT token_hash, expires_at, used_at FROM invitation WHERE user_id = $1`, [user.id]);
    expect(stored.token_hash).not.toContain(token);
    expect(stored.used_at).toBeNull();
    expect((new Date(stored.expires_at).getTime() - clock.now().getTime()) / 86_400_000).toBeCloseTo(14, 3);

    const [entry] = await sql(`SELECT detail FROM audit_log WHERE action = 'createUser' AND entity_id = $1`, [user.id]);
    expect(entry.detail).toEqual({ role: "REGIONAL_COORDINATOR", invited: true });
    // No password works before the invitation is accepted.
    const attempt = await gql(server.url, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: user.email, p: PASSWORD });
    expect(refusal(attempt)).toMatchObject({ code: "UNAUTHENTICATED" });
  });

  test("the link works once: it sets the password, logs in and is audited", async () => {
    const user = await invitedRegionalCoordinator();
    const token = tokenIn((await invitationMails(user.email))[0].body);
    const { acceptInvitation } = await ok(server.url, ACCEPT, { t: token, p: PASSWORD });
    expect(acceptInvitation.user).toEqual({ id: user.id, email: user.email, invitationPending: false });
    const me = await ok(server.url, `{ me { id role } }`, {}, acceptInvitation.token);
    expect(me.me).toEqual({ id: user.id, role: "REGIONAL_COORDINATOR" });
    expect(await login(server.url, user.email, PASSWORD)).toEqual(expect.any(String));
    expect(await sql(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'acceptInvitation' AND entity_id = $1`, [user.id])).toEqual([{ n: 1 }]);

    const again = await gql(server.url, ACCEPT, { t: token, p: "nog-een-ander-wachtwoord-dan" });
    expect(refusal(again)).toMatchObject({ code: "BAD_USER_INPUT", reason: "INVITATION_INVALID", field: "token" });
    expect(await login(server.url, user.email, PASSWORD)).toEqual(expect.any(String));
  });

  test("an expired link is refused; a new invitation works and spends the old link", async () => {
    const user = await invitedRegionalCoordinator();
    const first = tokenIn((await invitationMails(user.email))[0].body);
    const start = clock.now();
    try {
      clock.advanceHours(14 * 24 + 1);
      expect(refusal(await gql(server.url, ACCEPT, { t: first, p: PASSWORD }))).toMatchObject({ reason: "INVITATION_INVALID" });

      // Sessions end too in two weeks: the coordinator logs in again.
      const coordinator = await login(server.url, DEMO.COORDINATOR, DEMO_PASSWORD);
      const { resendInvitation } = await ok(server.url, RESEND, { id: user.id }, coordinator);
      expect(resendInvitation).toEqual({ id: user.id, invitationPending: true });
      const mails = await invitationMails(user.email);
      expect(mails).toHaveLength(2);
      const second = tokenIn(mails[1].body);
      expect(second).not.toBe(first);
      expect(await sql(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'resendInvitation' AND entity_id = $1`, [user.id])).toEqual([{ n: 1 }]);

      // Only the newest link works.
      clock.set(new Date(clock.now().getTime() - 3600_000));
      expect(refusal(await gql(server.url, ACCEPT, { t: first, p: PASSWORD }))).toMatchObject({ reason: "INVITATION_INVALID" });
      const { acceptInvitation } = await ok(server.url, ACCEPT, { t: second, p: PASSWORD });
      expect(acceptInvitation.user.invitationPending).toBe(false);
    } finally {
      clock.set(start);
    }
  });

  test("a resent invitation spends the earlier, still valid link", async () => {
    const user = await invitedRegionalCoordinator();
    const first = tokenIn((await invitationMails(user.email))[0].body);
    await ok(server.url, RESEND, { id: user.id }, tokens.COORDINATOR);
    expect(refusal(await gql(server.url, ACCEPT, { t: first, p: PASSWORD }))).toMatchObject({ reason: "INVITATION_INVALID" });
  });
});

describe("createOrganisationUser", () => {
  test("without a password: an invitation, as for createUser", async () => {
    const email = freshEmail("org");
    const organisationId = await anOrganisation();
    const { createOrganisationUser } = await ok(server.url, CREATE_ORGANISATION_USER, { o: organisationId, e: email }, tokens.COORDINATOR);
    expect(createOrganisationUser).toMatchObject({ role: "ORGANISATION", invitationPending: true, organisation: { id: organisationId } });
    const mails = await invitationMails(email);
    expect(mails).toHaveLength(1);
    expect(mails[0].body).toContain("medewerker van een organisatie");
  });

  test("the old way with a password still works: no invitation, the password logs in", async () => {
    const email = freshEmail("org");
    const { createOrganisationUser } = await ok(
      server.url,
      CREATE_ORGANISATION_USER_WITH_PASSWORD,
      { o: await anOrganisation(), e: email, p: PASSWORD },
      tokens.COORDINATOR,
    );
    expect(createOrganisationUser.invitationPending).toBe(false);
    expect(await invitationMails(email)).toEqual([]);
    expect(await login(server.url, email, PASSWORD)).toEqual(expect.any(String));
  });
});

describe("createKeyPerson", () => {
  const CREATE = `mutation($input: KeyPersonInput!, $password: String) { createKeyPerson(input: $input, password: $password) { id account { id invitationPending } } }`;
  const UTRECHT = { lat: 52.0907, lon: 5.1214 };

  test("without a password: one invitation to the key person's address, as imported key persons get; resend spends the old link", async () => {
    const input = keyPersonInput({ email: freshEmail("kp"), homeLocation: UTRECHT });
    const { createKeyPerson } = await ok(server.url, CREATE, { input }, tokens.COORDINATOR);
    expect(createKeyPerson.account).toMatchObject({ invitationPending: true });
    const mails = await invitationMails(input.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].body).toContain(`${PUBLIC_URL}/#/invitation/`);
    expect(mails[0].body).toContain("sleutelpersoon");
    const [entry] = await sql(`SELECT detail FROM audit_log WHERE action = 'createKeyPerson' AND entity_id = $1`, [createKeyPerson.id]);
    expect(entry.detail).toEqual({ invited: true });

    // The coordinator resends it from the key person's page: a new link, the first stops working.
    const first = tokenIn(mails[0].body);
    await ok(server.url, RESEND, { id: createKeyPerson.account.id }, tokens.COORDINATOR);
    const again = await invitationMails(input.email);
    expect(again).toHaveLength(2);
    expect(refusal(await gql(server.url, ACCEPT, { t: first, p: PASSWORD }))).toMatchObject({ reason: "INVITATION_INVALID" });
    const { acceptInvitation } = await ok(server.url, ACCEPT, { t: tokenIn(again[1].body), p: PASSWORD });
    expect(acceptInvitation.user).toMatchObject({ email: input.email, invitationPending: false });
    expect(await login(server.url, input.email, PASSWORD)).toEqual(expect.any(String));
  });

  test("with a password (deprecated, for old clients): no invitation, the password logs in", async () => {
    const input = keyPersonInput({ email: freshEmail("kp"), homeLocation: UTRECHT });
    const { createKeyPerson } = await ok(server.url, CREATE, { input, password: PASSWORD }, tokens.COORDINATOR);
    expect(createKeyPerson.account).toMatchObject({ invitationPending: false });
    expect(await invitationMails(input.email)).toEqual([]);
    expect(await login(server.url, input.email, PASSWORD)).toEqual(expect.any(String));
  });

  test("refused (a weak password): no key person, no account, no invitation", async () => {
    const before = await rowCounts(server.dataSource);
    const input = keyPersonInput({ email: freshEmail("kp"), homeLocation: UTRECHT });
    expect(refusal(await gql(server.url, CREATE, { input, password: "kort" }, tokens.COORDINATOR))).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(await rowCounts(server.dataSource)).toEqual(before);
    expect(await invitationMails(input.email)).toEqual([]);
  });
});

describe("refusals change nothing", () => {
  test("a bad e-mail address or a weak password given: no account, no invitation, no mail", async () => {
    const before = await rowCounts(server.dataSource);
    const bad = await gql(server.url, CREATE_USER, { input: { email: "not-an-address", role: "COORDINATOR" } }, tokens.COORDINATOR);
    expect(refusal(bad)).toMatchObject({ code: "BAD_USER_INPUT", field: "email" });
    const weak = await gql(server.url, CREATE_USER, { input: { email: freshEmail("c"), role: "COORDINATOR", password: "password1234" } }, tokens.COORDINATOR);
    expect(refusal(weak)).toMatchObject({ code: "BAD_USER_INPUT", reason: "PASSWORD_TOO_WEAK" });
    const taken = await gql(server.url, CREATE_USER, { input: { email: DEMO.ORGANISATION, role: "COORDINATOR" } }, tokens.COORDINATOR);
    expect(refusal(taken)).toMatchObject({ code: "CONFLICT", reason: "EMAIL_IN_USE" });
    const after = await rowCounts(server.dataSource);
    for (const table of ["app_user", "invitation", "notification"]) expect([table, after[table]]).toEqual([table, before[table]]);
  });

  test("resendInvitation to someone who chose a password already: CONFLICT, nothing sent", async () => {
    const [{ id }] = await sql(`SELECT id FROM app_user WHERE email = $1`, [DEMO.ORGANISATION]);
    const before = await rowCounts(server.dataSource);
    const response = await gql(server.url, RESEND, { id: String(id) }, tokens.COORDINATOR);
    expect(refusal(response)).toMatchObject({ code: "CONFLICT", reason: "INVITATION_ALREADY_ACCEPTED" });
    const after = await rowCounts(server.dataSource);
    expect([after.invitation, after.notification]).toEqual([before.invitation, before.notification]);
  });

  test("resendInvitation to a deactivated account: CONFLICT; the deactivation spent the open link", async () => {
    const user = await invitedRegionalCoordinator();
    const token = tokenIn((await invitationMails(user.email))[0].body);
    await ok(server.url, DEACTIVATE, { id: user.id }, tokens.COORDINATOR);
    expect(refusal(await gql(server.url, RESEND, { id: user.id }, tokens.COORDINATOR))).toMatchObject({ code: "CONFLICT", reason: "INVITEE_DEACTIVATED" });
    expect(refusal(await gql(server.url, ACCEPT, { t: token, p: PASSWORD }))).toMatchObject({ reason: "INVITATION_INVALID" });
    expect(await invitationMails(user.email)).toHaveLength(1);
  });

  test("who may not resend: an organisation, a key person (FORBIDDEN); a regional coordinator outside their key persons (NOT_FOUND)", async () => {
    const user = await invitedRegionalCoordinator();
    expect(refusal(await gql(server.url, RESEND, { id: user.id }, tokens.ORGANISATION))).toMatchObject({ code: "FORBIDDEN" });
    expect(refusal(await gql(server.url, RESEND, { id: user.id }, tokens.KEY_PERSON))).toMatchObject({ code: "FORBIDDEN" });
    expect(refusal(await gql(server.url, RESEND, { id: user.id }, tokens.REGIONAL_COORDINATOR))).toMatchObject({ code: "NOT_FOUND" });
    expect(refusal(await gql(server.url, RESEND, { id: user.id }))).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(refusal(await gql(server.url, RESEND, { id: "999999" }, tokens.COORDINATOR))).toMatchObject({ code: "NOT_FOUND" });
    expect(await invitationMails(user.email)).toHaveLength(1);
  });

  test("only the coordinator creates accounts", async () => {
    const response = await gql(server.url, CREATE_USER, { input: { email: freshEmail("x"), role: "COORDINATOR" } }, tokens.REGIONAL_COORDINATOR);
    expect(refusal(response)).toMatchObject({ code: "FORBIDDEN" });
    expect(await login(server.url, DEMO.COORDINATOR, DEMO_PASSWORD)).toEqual(expect.any(String));
  });
});
