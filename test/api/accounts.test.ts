// Taking access away (issue 13 §3) and the password rule (§6): deactivation, password
// change and reset, sessions that end at once, tokens without `exp`, who may set a key
// person INACTIVE. Real GraphQL over HTTP against the real server and PostgreSQL.
import { SignJWT } from "jose";
import { ManualClock } from "../../server/src/clock";
import { CREATE_KEY_PERSON, DEMO, DEMO_PASSWORD, freshEmail, keyPersonInput } from "../support/fixtures";
import { gql, login, ok, rowCounts } from "../support/graphql";
import { startTestServer, type TestServer } from "../support/server";

jest.setTimeout(90_000);

const SERVER_SECRET = "test-secret-that-is-long-enough-for-hs256-0123456789";
const PUBLIC_URL = "https://sleutelkaart.example.nl";
const clock = new ManualClock(new Date());
let server: TestServer;
let coordinator: string;
let regional: string;

beforeAll(async () => {
  server = await startTestServer({ seedDemo: true, clock, env: { PUBLIC_URL } });
  coordinator = await login(server.url, DEMO.COORDINATOR, DEMO_PASSWORD);
  regional = await login(server.url, DEMO.REGIONAL_COORDINATOR, DEMO_PASSWORD);
});
afterAll(async () => {
  await server?.stop();
});

const ME = `{ me { id email } }`;
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
const DEACTIVATE = `mutation($id: ID!) { deactivateUser(id: $id) { id deactivatedAt } }`;
const REACTIVATE = `mutation($id: ID!) { reactivateUser(id: $id) { id deactivatedAt } }`;
const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
const REQUEST_RESET = `mutation($e: String!) { requestPasswordReset(email: $e) }`;
const RESET = `mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) { token user { email } } }`;
const PASSWORD = "organisation-test-password";

async function newOrganisationUser(): Promise<{ id: string; email: string; token: string }> {
  const [org] = await server.dataSource.query(`SELECT id FROM organisation ORDER BY id LIMIT 1`);
  const email = freshEmail("acct");
  const data = await ok(
    server.url,
    `mutation($o: ID!, $e: String!, $p: String!) { createOrganisationUser(organisationId: $o, email: $e, password: $p) { id } }`,
    { o: String(org.id), e: email, p: PASSWORD },
    coordinator,
  );
  return { id: data.createOrganisationUser.id, email, token: await login(server.url, email, PASSWORD) };
}

async function auditActions(entityId: string): Promise<string[]> {
  const rows = await server.dataSource.query(`SELECT action FROM audit_log WHERE entity_type = 'User' AND entity_id = $1 ORDER BY id`, [entityId]);
  return rows.map((r: { action: string }) => r.action);
}

describe("deactivating an account", () => {
  test("the user can no longer log in, their token stops working at once; reactivating lets them log in again", async () => {
    const user = await newOrganisationUser();
    expect((await ok(server.url, ME, {}, user.token)).me.email).toBe(user.email);
    const { deactivateUser } = await ok(server.url, DEACTIVATE, { id: user.id }, coordinator);
    expect(deactivateUser.deactivatedAt).not.toBeNull();
    expect((await ok(server.url, ME, {}, user.token)).me).toBeNull();
    const refused = await gql(server.url, LOGIN, { e: user.email, p: PASSWORD });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "UNAUTHENTICATED", reason: "ACCOUNT_DEACTIVATED" });
    // The same answer as a wrong password for a wrong password: deactivation is only told to whoever knows it.
    const wrong = await gql(server.url, LOGIN, { e: user.email, p: "not-the-password-at-all" });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: "UNAUTHENTICATED", reason: "LOGIN_FAILED" });
    expect((await ok(server.url, REACTIVATE, { id: user.id }, coordinator)).reactivateUser.deactivatedAt).toBeNull();
    // The old token stays dead; a new login works.
    expect((await ok(server.url, ME, {}, user.token)).me).toBeNull();
    const again = await login(server.url, user.email, PASSWORD);
    expect((await ok(server.url, ME, {}, again)).me.email).toBe(user.email);
    expect(await auditActions(user.id)).toEqual(expect.arrayContaining(["deactivateUser", "reactivateUser"]));
  });

  test("a coordinator cannot deactivate their own account", async () => {
    const me = (await ok(server.url, ME, {}, coordinator)).me;
    const response = await gql(server.url, DEACTIVATE, { id: me.id }, coordinator);
    expect(response.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "CANNOT_DEACTIVATE_SELF" });
  });

  test("a regional coordinator: key persons of their region only; others are NOT_FOUND and nothing changes", async () => {
    const [inside] = await server.dataSource.query(`SELECT u.id FROM app_user u JOIN key_person kp ON kp.id = u.key_person_id WHERE u.email = $1`, [
      DEMO.KEY_PERSON,
    ]);
    const [outside] = await server.dataSource.query(
      `SELECT u.id FROM app_user u JOIN key_person kp ON kp.id = u.key_person_id WHERE kp.home_municipality_code = 'GM0344' LIMIT 1`,
    );
    const user = await newOrganisationUser();
    const before = await rowCounts(server.dataSource);
    for (const id of [String(outside.id), user.id]) {
      expect((await gql(server.url, DEACTIVATE, { id }, regional)).errors?.[0].extensions?.code).toBe("NOT_FOUND");
    }
    expect(await rowCounts(server.dataSource)).toEqual(before);
    const kpToken = await login(server.url, DEMO.KEY_PERSON, DEMO_PASSWORD);
    await ok(server.url, DEACTIVATE, { id: String(inside.id) }, regional);
    expect((await ok(server.url, ME, {}, kpToken)).me).toBeNull();
    await ok(server.url, REACTIVATE, { id: String(inside.id) }, regional);
  });

  test("a key person's account is visible on their profile to the coordinators who manage them only", async () => {
    const [kp] = await server.dataSource.query(`SELECT u.id AS user_id, u.key_person_id FROM app_user u WHERE u.email = $1`, [DEMO.KEY_PERSON]);
    const [outside] = await server.dataSource.query(`SELECT id FROM key_person WHERE home_municipality_code = 'GM0344' LIMIT 1`);
    const READ = `query($id: ID!) { keyPerson(id: $id) { account { id deactivatedAt } } }`;
    const own = await login(server.url, DEMO.KEY_PERSON, DEMO_PASSWORD);
    // Staff of an organisation with assignments (the demo activity's).
    const [funder] = await server.dataSource.query(`SELECT r.organisation_id FROM assignment a JOIN match_request r ON r.id = a.request_id LIMIT 1`);
    const staff = freshEmail("staff");
    await ok(
      server.url,
      `mutation($o: ID!, $e: String!) { createOrganisationUser(organisationId: $o, email: $e, password: "${PASSWORD}") { id } }`,
      { o: String(funder.organisation_id), e: staff },
      coordinator,
    );
    const organisation = await login(server.url, staff, PASSWORD);
    expect((await ok(server.url, READ, { id: String(kp.key_person_id) }, coordinator)).keyPerson.account).toEqual({
      id: String(kp.user_id),
      deactivatedAt: null,
    });
    expect((await ok(server.url, READ, { id: String(kp.key_person_id) }, regional)).keyPerson.account.id).toBe(String(kp.user_id));
    expect((await ok(server.url, READ, { id: String(kp.key_person_id) }, own)).keyPerson.account).toBeNull();
    // A regional coordinator reads no key person outside the region at all; an organisation never the account, on any path.
    expect((await gql(server.url, READ, { id: String(outside.id) }, regional)).data?.keyPerson ?? null).toBeNull();
    const { assignments } = await ok(server.url, `{ assignments(perPage: 50) { items { keyPerson { account { id } } } } }`, {}, organisation);
    expect(assignments.items.length).toBeGreaterThan(0);
    for (const item of assignments.items) expect(item.keyPerson.account).toBeNull();
  });

  test("organisations and key persons may not", async () => {
    const user = await newOrganisationUser();
    const kp = await login(server.url, DEMO.KEY_PERSON, DEMO_PASSWORD);
    expect((await gql(server.url, DEACTIVATE, { id: user.id }, kp)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await gql(server.url, DEACTIVATE, { id: user.id }, user.token)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

describe("changing one's password", () => {
  test("needs the current password; ends every session; the new password works, the old one not", async () => {
    const user = await newOrganisationUser();
    const second = await login(server.url, user.email, PASSWORD);
    const wrong = await gql(server.url, CHANGE, { c: "not-my-password", n: "a-brand-new-passphrase" }, user.token);
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "WRONG_CURRENT_PASSWORD" });
    expect((await ok(server.url, CHANGE, { c: PASSWORD, n: "a-brand-new-passphrase" }, user.token)).changePassword).toBe(true);
    for (const token of [user.token, second]) expect((await ok(server.url, ME, {}, token)).me).toBeNull();
    expect((await gql(server.url, LOGIN, { e: user.email, p: PASSWORD })).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    await login(server.url, user.email, "a-brand-new-passphrase");
    expect(await auditActions(user.id)).toContain("changePassword");
    const detail = JSON.stringify(await server.dataSource.query(`SELECT detail FROM audit_log`));
    expect(detail).not.toContain("a-brand-new-passphrase");
  });

  test("needs a login", async () => {
    expect((await gql(server.url, CHANGE, { c: PASSWORD, n: "a-brand-new-passphrase" })).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("the password rule", () => {
  const CREATE = `mutation($e: String!, $p: String!) { createUser(input: { email: $e, password: $p, role: COORDINATOR }) { id } }`;
  test.each([
    ["11 characters", "Xq7#mZp2!kL", "PASSWORD_TOO_SHORT"],
    ["a common password", "password1234", "PASSWORD_TOO_WEAK"],
    ["a Dutch common one", "wachtwoord123", "PASSWORD_TOO_WEAK"],
    ["a repeated character", "aaaaaaaaaaaaaaaa", "PASSWORD_TOO_WEAK"],
    ["1,105 characters", "x7Q-".repeat(276) + "a", "PASSWORD_TOO_LONG"],
  ])("%s is refused at creation", async (_case, password, reason) => {
    const response = await gql(server.url, CREATE, { e: freshEmail("weak"), p: password }, coordinator);
    expect(response.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason, field: "password" });
  });

  test("the same rule at a change", async () => {
    const user = await newOrganisationUser();
    const response = await gql(server.url, CHANGE, { c: PASSWORD, n: "password1234" }, user.token);
    expect(response.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "PASSWORD_TOO_WEAK" });
  });

  test("a password over the maximum is never accepted at login either (and costs no hash)", async () => {
    const response = await gql(server.url, LOGIN, { e: DEMO.COORDINATOR, p: "x".repeat(1105) });
    expect(response.errors?.[0].extensions).toMatchObject({ code: "UNAUTHENTICATED", reason: "LOGIN_FAILED" });
  });
});

describe("a forgotten password", () => {
  async function resetMails(email: string) {
    return server.dataSource.query(
      `SELECT n.body FROM notification n JOIN app_user u ON u.id = n.user_id WHERE u.email = $1 AND n.kind = 'PASSWORD_RESET' ORDER BY n.id`,
      [email],
    );
  }
  const tokenIn = (body: string) => /#\/reset-password\/([\w-]+)/.exec(body)![1];

  test("an unknown address gets the same answer and nothing is written", async () => {
    const before = await rowCounts(server.dataSource);
    const response = await gql(server.url, REQUEST_RESET, { e: "nobody-here@example.nl" });
    expect(response).toMatchObject({ status: 200, data: { requestPasswordReset: true } });
    expect(response.errors).toBeUndefined();
    const after = await rowCounts(server.dataSource);
    expect(after.notification).toBe(before.notification);
    expect(after.password_reset).toBe(before.password_reset);
  });

  test("a known address gets a one-time link built from PUBLIC_URL, never from the request's Host", async () => {
    const user = await newOrganisationUser();
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", host: "evil.example.com", origin: "https://evil.example.com", "x-forwarded-host": "evil.example.com" },
      body: JSON.stringify({ query: REQUEST_RESET, variables: { e: user.email.toUpperCase() } }),
    });
    expect((await response.json()).data).toEqual({ requestPasswordReset: true });
    const [mail] = await resetMails(user.email);
    expect(mail.body).toContain(`${PUBLIC_URL}/#/reset-password/`);
    expect(mail.body).not.toContain("evil");
    const token = tokenIn(mail.body);
    // Stored hashed only.
    const [row] = await server.dataSource.query(`SELECT token_hash FROM password_reset pr JOIN app_user u ON u.id = pr.user_id WHERE u.email = $1`, [
      user.email,
    ]);
    expect(row.token_hash).not.toContain(token);
    // Coordinators reading the outbox do not get the link.
    const outbox = await ok(server.url, `{ notifications(filter: { kind: PASSWORD_RESET }) { items { body } } }`, {}, coordinator);
    expect(JSON.stringify(outbox)).not.toContain(token);

    const reset = await ok(server.url, RESET, { t: token, p: "a-fresh-reset-passphrase" });
    expect(reset.resetPassword.user.email).toBe(user.email);
    expect((await ok(server.url, ME, {}, reset.resetPassword.token)).me.email).toBe(user.email);
    // The old session ended; the link works once.
    expect((await ok(server.url, ME, {}, user.token)).me).toBeNull();
    const again = await gql(server.url, RESET, { t: token, p: "another-fresh-passphrase" });
    expect(again.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "RESET_LINK_INVALID" });
    await login(server.url, user.email, "a-fresh-reset-passphrase");
    expect(await auditActions(user.id)).toEqual(expect.arrayContaining(["requestPasswordReset", "resetPassword"]));
  });

  test("the link expires after an hour; a weak new password is refused and leaves the link usable", async () => {
    const user = await newOrganisationUser();
    await ok(server.url, REQUEST_RESET, { e: user.email });
    const token = tokenIn((await resetMails(user.email)).at(-1).body);
    const weak = await gql(server.url, RESET, { t: token, p: "password1234" });
    expect(weak.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "PASSWORD_TOO_WEAK" });
    clock.advanceHours(1.01);
    const late = await gql(server.url, RESET, { t: token, p: "a-fresh-reset-passphrase" });
    expect(late.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "RESET_LINK_INVALID" });
    coordinator = await login(server.url, DEMO.COORDINATOR, DEMO_PASSWORD);
    regional = await login(server.url, DEMO.REGIONAL_COORDINATOR, DEMO_PASSWORD);
  });

  test("the personal data export (the national coordinator's, on request) does not hold the link either", async () => {
    const [{ key_person_id: id }] = await server.dataSource.query(`SELECT key_person_id FROM app_user WHERE email = $1`, [DEMO.KEY_PERSON]);
    await ok(server.url, REQUEST_RESET, { e: DEMO.KEY_PERSON });
    const token = tokenIn((await resetMails(DEMO.KEY_PERSON)).at(-1).body);
    const exported = await ok(server.url, `query($id: ID!) { personalDataExport(keyPersonId: $id) }`, { id: String(id) }, coordinator);
    expect(JSON.stringify(exported)).toContain("#/reset-password/…");
    expect(JSON.stringify(exported)).not.toContain(token);
  });

  test("a deactivated account gets no link", async () => {
    const user = await newOrganisationUser();
    await ok(server.url, DEACTIVATE, { id: user.id }, coordinator);
    await ok(server.url, REQUEST_RESET, { e: user.email });
    expect(await resetMails(user.email)).toHaveLength(0);
  });
});

describe("tokens", () => {
  test("a token without exp is refused", async () => {
    const [row] = await server.dataSource.query(`SELECT id, token_version FROM app_user WHERE email = $1`, [DEMO.COORDINATOR]);
    const token = await new SignJWT({ ver: row.token_version })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(String(row.id))
      .setIssuer("sleutelkaart")
      .setIssuedAt(Math.floor(clock.now().getTime() / 1000))
      .sign(new TextEncoder().encode(SERVER_SECRET));
    expect((await ok(server.url, ME, {}, token)).me).toBeNull();
  });
});

describe("erasure", () => {
  test("ends every session of the erased key person at once", async () => {
    const input = keyPersonInput({ displayName: "Erase Me Soon" });
    await ok(server.url, CREATE_KEY_PERSON, { input, password: "erase-me-passphrase" }, coordinator);
    const [first, second] = [await login(server.url, input.email, "erase-me-passphrase"), await login(server.url, input.email, "erase-me-passphrase")];
    const { me } = await ok(server.url, `{ me { keyPerson { id } } }`, {}, first);
    await ok(
      server.url,
      `mutation($id: ID!, $c: String!) { eraseKeyPerson(keyPersonId: $id, confirm: $c) }`,
      { id: me.keyPerson.id, c: "Erase Me Soon" },
      first,
    );
    for (const token of [first, second]) expect((await ok(server.url, ME, {}, token)).me).toBeNull();
  });
});

describe("key person status", () => {
  const SET = `mutation($id: ID!, $s: KeyPersonStatus!, $r: LeavingReason) { setKeyPersonStatus(id: $id, status: $s, leavingReason: $r) { status } }`;
  test("a key person may pause and resume; only coordinators set INACTIVE or bring them back", async () => {
    const kp = await login(server.url, DEMO.KEY_PERSON, DEMO_PASSWORD);
    const [{ key_person_id: id }] = await server.dataSource.query(`SELECT key_person_id FROM app_user WHERE email = $1`, [DEMO.KEY_PERSON]);
    expect((await ok(server.url, SET, { id: String(id), s: "PAUSED" }, kp)).setKeyPersonStatus.status).toBe("PAUSED");
    expect((await ok(server.url, SET, { id: String(id), s: "ACTIVE" }, kp)).setKeyPersonStatus.status).toBe("ACTIVE");
    const inactive = await gql(server.url, SET, { id: String(id), s: "INACTIVE" }, kp);
    expect(inactive.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", reason: "KEY_PERSON_STATUS_COORDINATORS_ONLY" });
    await ok(server.url, SET, { id: String(id), s: "INACTIVE", r: "PERSONAL" }, coordinator);
    for (const status of ["ACTIVE", "PAUSED"]) {
      const back = await gql(server.url, SET, { id: String(id), s: status }, kp);
      expect(back.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", reason: "KEY_PERSON_STATUS_COORDINATORS_ONLY" });
    }
    expect((await ok(server.url, SET, { id: String(id), s: "ACTIVE" }, regional)).setKeyPersonStatus.status).toBe("ACTIVE");
  });
});

describe("the audit", () => {
  test("logins, failed and successful, are audited without the password", async () => {
    const user = await newOrganisationUser();
    await gql(server.url, LOGIN, { e: user.email, p: "wrong-password-attempt" });
    await gql(server.url, LOGIN, { e: "no-account-at-all@example.nl", p: "wrong-password-attempt" });
    const rows = await server.dataSource.query(`SELECT action, entity_id, actor_user_id, detail FROM audit_log WHERE action LIKE 'login%' ORDER BY id`);
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: "login", entity_id: user.id, actor_user_id: Number(user.id) }),
        expect.objectContaining({ action: "loginFailed", entity_id: user.id }),
        expect.objectContaining({ action: "loginFailed", entity_id: null }),
      ]),
    );
    expect(JSON.stringify(rows)).not.toContain("wrong-password-attempt");
    expect(JSON.stringify(rows)).not.toContain(PASSWORD);
  });
});
