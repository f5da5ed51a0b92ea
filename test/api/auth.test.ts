// Logging in, `me`, and what a missing, forged or expired token gets: real GraphQL over
// HTTP against the real server and its own PostgreSQL database.
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
} from "graphql";
import { SignJWT } from "jose";
import { ManualClock } from "../../server/src/clock";
import { DEMO, DEMO_PASSWORD, DEMO_REGION, DEMO_ROLES } from "../support/fixtures";
import { errorCode, gql, login, ok, rowCounts } from "../support/graphql";
import { startTestServer, type TestServer } from "../support/server";

// The secret test/support/server.ts gives the server, to sign a control token with.
const SERVER_SECRET = "test-secret-that-is-long-enough-for-hs256-0123456789";
const WRONG_PASSWORD_MESSAGE = "The e-mail address or password is wrong";

// A fresh server and database per file; argon2 logins are slow on a busy machine.
jest.setTimeout(60_000);

let server: TestServer;
const clock = new ManualClock(new Date());
beforeAll(async () => {
  server = await startTestServer({ seedDemo: true, clock });
});
afterAll(async () => {
  await server?.stop();
});

const ME = `{ me { id email role locale keyPerson { id email homeMunicipality { code } homeLocation { lat lon } } organisation { id name } municipalities { code } } }`;

async function userRow(email: string) {
  const [row] = await server.dataSource.query(
    `SELECT id, role, key_person_id, organisation_id, municipality_codes, last_login_at FROM app_user WHERE email = $1`,
    [email],
  );
  return row;
}

function signToken(secret: string, claims: { sub: string; iat: Date; ttlSeconds: number; issuer?: string }) {
  const iat = Math.floor(claims.iat.getTime() / 1000);
  return new SignJWT({ ver: 0 })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(claims.sub)
    .setIssuer(claims.issuer ?? "sleutelkaart")
    .setIssuedAt(iat)
    .setExpirationTime(iat + claims.ttlSeconds)
    .sign(new TextEncoder().encode(secret));
}

/** An unsigned token ("alg": "none") claiming to be the given user. */
function unsignedToken(sub: string, iat: Date) {
  const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const now = Math.floor(iat.getTime() / 1000);
  return `${b64({ alg: "none", typ: "JWT" })}.${b64({ sub, iss: "sleutelkaart", iat: now, exp: now + 3600 })}.`;
}

describe("login", () => {
  test.each(DEMO_ROLES)("%s logs in and gets a token and their user", async (role) => {
    const before = clock.now();
    const data = await ok(server.url, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id email role } } }`, {
      e: DEMO[role],
      p: DEMO_PASSWORD,
    });
    const row = await userRow(DEMO[role]);
    expect(data.login.user).toEqual({ id: String(row.id), email: DEMO[role], role });
    expect(data.login.token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(row.last_login_at.toISOString()).toBe(before.toISOString());
    // The token works: `me` is that user.
    const me = await ok(server.url, `{ me { id role } }`, {}, data.login.token);
    expect(me.me).toEqual({ id: String(row.id), role });
  });

  test("the e-mail address is compared without case and surrounding spaces", async () => {
    const token = await login(server.url, "  Coordinator@SLEUTELKAART.demo ", DEMO_PASSWORD);
    expect((await ok(server.url, `{ me { email } }`, {}, token)).me.email).toBe(DEMO.COORDINATOR);
  });

  test.each([
    ["a wrong password", DEMO.COORDINATOR, "not-the-password"],
    ["the password in another case", DEMO.COORDINATOR, DEMO_PASSWORD.toUpperCase()],
    ["an empty password", DEMO.COORDINATOR, ""],
    ["an unknown e-mail address", "nobody@sleutelkaart.demo", DEMO_PASSWORD],
    ["an empty e-mail address", "", DEMO_PASSWORD],
  ])("%s is UNAUTHENTICATED with the same message, which names no account", async (_case, email, password) => {
    // Nothing changes but the audit entry of the failure and the throttle's counts.
    const counted = async () => {
      const { audit_log: _audit, login_throttle: _throttle, ...rest } = await rowCounts(server.dataSource);
      return rest;
    };
    const before = await counted();
    const response = await gql(server.url, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: email, p: password });
    expect(response.data).toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(response.errors![0].message).toBe(WRONG_PASSWORD_MESSAGE);
    expect(response.errors![0].extensions?.reason).toBe("LOGIN_FAILED");
    expect(await counted()).toEqual(before);
  });
});

describe("me", () => {
  test("is null without a token, and not an error", async () => {
    const response = await gql(server.url, ME);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ me: null });
  });

  test("the coordinator: no key person, no organisation, no region", async () => {
    const token = await login(server.url, DEMO.COORDINATOR, DEMO_PASSWORD);
    const { me } = await ok(server.url, ME, {}, token);
    expect(me).toMatchObject({ email: DEMO.COORDINATOR, role: "COORDINATOR", keyPerson: null, organisation: null, municipalities: [] });
  });

  test("the regional coordinator: their municipalities", async () => {
    const token = await login(server.url, DEMO.REGIONAL_COORDINATOR, DEMO_PASSWORD);
    const { me } = await ok(server.url, ME, {}, token);
    expect(me).toMatchObject({ role: "REGIONAL_COORDINATOR", keyPerson: null, organisation: null });
    expect(me.municipalities.map((m: { code: string }) => m.code).sort()).toEqual([...DEMO_REGION].sort());
  });

  test("organisation staff: their organisation", async () => {
    const token = await login(server.url, DEMO.ORGANISATION, DEMO_PASSWORD);
    const { me } = await ok(server.url, ME, {}, token);
    const row = await userRow(DEMO.ORGANISATION);
    const [organisation] = await server.dataSource.query(`SELECT name FROM organisation WHERE id = $1`, [row.organisation_id]);
    expect(me).toMatchObject({ role: "ORGANISATION", keyPerson: null, municipalities: [] });
    expect(me.organisation).toEqual({ id: String(row.organisation_id), name: organisation.name });
    expect(organisation.name).toBe("GGD Amsterdam");
  });

  test("a key person: their own profile, private home location included", async () => {
    const token = await login(server.url, DEMO.KEY_PERSON, DEMO_PASSWORD);
    const { me } = await ok(server.url, ME, {}, token);
    const row = await userRow(DEMO.KEY_PERSON);
    const [kp] = await server.dataSource.query(`SELECT home_lat, home_lon, home_municipality_code FROM key_person WHERE id = $1`, [row.key_person_id]);
    expect(me).toMatchObject({ role: "KEY_PERSON", organisation: null, municipalities: [] });
    expect(me.keyPerson).toEqual({
      id: String(row.key_person_id),
      email: DEMO.KEY_PERSON,
      homeMunicipality: { code: kp.home_municipality_code },
      homeLocation: { lat: kp.home_lat, lon: kp.home_lon },
    });
    expect(DEMO_REGION).toContain(kp.home_municipality_code);
  });
});

describe("a token", () => {
  test("lasts 12 hours: valid at 11 h 59, anonymous at 12 h 01 and at 13 h", async () => {
    const token = await login(server.url, DEMO.COORDINATOR, DEMO_PASSWORD);
    clock.advanceHours(11 + 59 / 60);
    expect((await ok(server.url, `{ me { email } }`, {}, token)).me).toEqual({ email: DEMO.COORDINATOR });
    clock.advanceHours(2 / 60);
    expect((await ok(server.url, `{ me { email } }`, {}, token)).me).toBeNull();
    clock.advanceHours(1);
    expect(await ok(server.url, `{ me { email } }`, {}, token)).toEqual({ me: null });
    expect(await errorCode(server.url, `{ keyPersons { total } }`, {}, token)).toBe("UNAUTHENTICATED");
    // Logging in again gives a fresh one.
    const fresh = await login(server.url, DEMO.COORDINATOR, DEMO_PASSWORD);
    expect((await ok(server.url, `{ keyPersons { total } }`, {}, fresh)).keyPersons.total).toBe(300);
  });

  test("signed with the server's secret works (the control for the forged ones below)", async () => {
    const { id } = await userRow(DEMO.COORDINATOR);
    const token = await signToken(SERVER_SECRET, { sub: String(id), iat: clock.now(), ttlSeconds: 3600 });
    expect((await ok(server.url, `{ me { email role } }`, {}, token)).me).toEqual({ email: DEMO.COORDINATOR, role: "COORDINATOR" });
  });

  const forged: [string, (coordinatorId: string) => Promise<string> | string][] = [
    ["garbage", () => "not-a-token"],
    [
      "a JWT signed with another secret",
      (id) => signToken("another-secret-that-is-long-enough-for-hs256-xyz", { sub: id, iat: clock.now(), ttlSeconds: 3600 }),
    ],
    ["an unsigned JWT (alg none)", (id) => unsignedToken(id, clock.now())],
    ["a JWT of another issuer", (id) => signToken(SERVER_SECRET, { sub: id, iat: clock.now(), ttlSeconds: 3600, issuer: "someone-else" })],
    ["an expired JWT", (id) => signToken(SERVER_SECRET, { sub: id, iat: new Date(clock.now().getTime() - 13 * 3600_000), ttlSeconds: 12 * 3600 })],
    ["a JWT for a user that does not exist", () => signToken(SERVER_SECRET, { sub: "999999", iat: clock.now(), ttlSeconds: 3600 })],
    [
      "a valid JWT with one character changed",
      async (id) => {
        const token = await signToken(SERVER_SECRET, { sub: id, iat: clock.now(), ttlSeconds: 3600 });
        const last = token.at(-2) === "A" ? "B" : "A";
        return `${token.slice(0, -2)}${last}${token.at(-1)}`;
      },
    ],
  ];
  test.each(forged)("%s is anonymous: me is null, a protected query is UNAUTHENTICATED", async (_case, make) => {
    const { id } = await userRow(DEMO.COORDINATOR);
    const token = await make(String(id));
    const me = await gql(server.url, `{ me { email } }`, {}, token);
    expect(me.errors).toBeUndefined();
    expect(me.data).toEqual({ me: null });
    const list = await gql(server.url, `{ keyPersons { total } }`, {}, token);
    expect(list.data).toBeNull();
    expect(list.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(list.errors?.[0].message).toMatch(/log in/i);
  });
});

describe("the Authorization header", () => {
  let token: string;
  beforeAll(async () => {
    token = await login(server.url, DEMO.COORDINATOR, DEMO_PASSWORD);
  });

  test.each([
    ["a Basic header", (token: string) => `Basic ${token}`],
    ["a bare token without Bearer", (token: string) => token],
    ["two tokens", (token: string) => `Bearer ${token} ${token}`],
  ])("%s in the Authorization header is anonymous", async (_case, header) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: header(token) },
      body: JSON.stringify({ query: `{ me { email } }` }),
    });
    expect(await response.json()).toEqual({ data: { me: null } });
  });

  test('"bearer" in lower case is accepted (the scheme is case-insensitive)', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `bearer ${token}` },
      body: JSON.stringify({ query: `{ me { email } }` }),
    });
    expect(await response.json()).toEqual({ data: { me: { email: DEMO.COORDINATOR } } });
  });
});

// Every operation in the emitted schema needs a login except these and the public map's
// (named public…). Read from the schema, so an operation added later is covered without
// editing this file: a new one without @Authorized fails here unless it is listed.
// (compensationRules: the legal allowance figures, public like the rest of the reference data;
// acceptInvitation, resetPassword: the one-time token of the e-mailed link is the credential;
// requestPasswordReset: answers the same for every address, the link goes to the address;
// feedbackLinkStatus, submitFeedback: a newcomer's anonymous feedback, the signed link is the credential;
// sendPublicMessage: the public map's relay, behind a signed form token and rate limits.)
const PUBLIC_OPERATIONS = new Set([
  "me",
  "municipalities",
  "languages",
  "expertiseAreas",
  "login",
  "compensationRules",
  "acceptInvitation",
  "requestPasswordReset",
  "resetPassword",
  "feedbackLinkStatus",
  "submitFeedback",
  "sendPublicMessage",
]);
const isPublic = (name: string) => PUBLIC_OPERATIONS.has(name) || /^public[A-Z]/.test(name);

/** A syntactically valid literal for an input type: the test is about the login, not the values. */
function literal(type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(type.ofType);
  if (isListType(type)) return `[${literal(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return `{ ${required.map((f) => `${f.name}: ${literal(f.type)}`).join(", ")} }`;
  }
  const scalars: Record<string, string> = {
    Int: "1",
    Float: "1.5",
    Boolean: "true",
    ID: `"1"`,
    String: `"x"`,
    Date: `"2025-03-01"`,
    DateTime: `"2025-03-01T10:00:00Z"`,
  };
  return scalars[type.name] ?? `"x"`;
}

function operation(kind: "query" | "mutation", field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const argList = args.length ? `(${args.map((a) => `${a.name}: ${literal(a.type)}`).join(", ")})` : "";
  const selection = isObjectType(getNamedType(field.type)) ? " { __typename }" : "";
  return `${kind} { ${field.name}${argList}${selection} }`;
}

const schema = buildSchema(readFileSync(path.join(__dirname, "../../schema/schema.graphql"), "utf8"));
const protectedOperations: [string, string][] = [
  ...Object.values(schema.getQueryType()!.getFields()).map((f) => ["query", f] as const),
  ...Object.values(schema.getMutationType()!.getFields()).map((f) => ["mutation", f] as const),
]
  .filter(([, f]) => !isPublic(f.name))
  .map(([kind, f]) => [f.name, operation(kind, f)]);

describe("every protected operation", () => {
  test("the table covers the registry, organisations and users", () => {
    const names = protectedOperations.map(([name]) => name);
    for (const name of [
      "keyPerson",
      "keyPersons",
      "organisation",
      "organisations",
      "user",
      "users",
      "createKeyPerson",
      "updateKeyPerson",
      "setKeyPersonStatus",
      "confirmProfile",
      "setPublicConsent",
      "createOrganisation",
      "updateOrganisation",
      "createOrganisationUser",
      "createUser",
      "setMyLocale",
    ])
      expect(names).toContain(name);
  });

  test.each(protectedOperations)("%s without a token is UNAUTHENTICATED", async (name, query) => {
    const response = await gql(server.url, query);
    expect(response.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(response.data?.[name] ?? null).toBeNull();
  });

  test.each(protectedOperations)("%s with a garbage token is UNAUTHENTICATED", async (_name, query) => {
    expect(await errorCode(server.url, query, {}, "garbage.token.here")).toBe("UNAUTHENTICATED");
  });

  test("none of them wrote anything without a login", async () => {
    const before = await rowCounts(server.dataSource);
    for (const [, query] of protectedOperations) await gql(server.url, query);
    expect(await rowCounts(server.dataSource)).toEqual(before);
  });

  test("the public reference data needs no login (and works with one too)", async () => {
    const token = await login(server.url, DEMO.KEY_PERSON, DEMO_PASSWORD);
    for (const t of [undefined, token]) {
      const data = await ok(server.url, `{ municipalities { code } languages { code } expertiseAreas { code } }`, {}, t);
      expect(data.municipalities).toHaveLength(342);
      expect(data.languages).toHaveLength(125);
      expect(data.expertiseAreas.length).toBeGreaterThanOrEqual(11);
    }
  });
});
