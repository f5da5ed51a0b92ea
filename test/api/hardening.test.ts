// The bounds on what one request may ask, and the HTTP hardening around /graphql:
// query depth, aliases, tokens and cost; batches; page sizes; introspection; helmet
// headers; CORS; the login throttle; token expiry. Real HTTP against the real server.
import { buildSchema, getNamedType, isObjectType } from "graphql";
import { readFileSync } from "node:fs";
import path from "node:path";
import { QUERY_LIMITS } from "../../server/src/app";
import { ManualClock } from "../../server/src/clock";
import { gql, login, ok, rowCounts } from "../support/graphql";
import { MatchingWorld, PASSWORD } from "../support/matching-fixtures";
import { startTestServer, type TestServer } from "../support/server";

jest.setTimeout(60_000);

const ALLOWED_ORIGIN = "https://console.sleutelkaart.example";
const clock = new ManualClock(new Date());
let server: TestServer;
let world: MatchingWorld;
beforeAll(async () => {
  server = await startTestServer({
    clock,
    env: { CORS_ORIGINS: `${ALLOWED_ORIGIN}, https://other.sleutelkaart.example` },
  });
  world = await MatchingWorld.create(server);
});
afterAll(async () => {
  await server?.stop();
});

const schema = buildSchema(readFileSync(path.join(__dirname, "../../schema/schema.graphql"), "utf8"));

/** Posts a raw body; returns status, headers and the parsed JSON (or text). */
async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: response.status, headers: response.headers, json, text };
}

/** A refusal before execution: one error with that code, and no data at all. */
async function refusedBeforeExecution(query: string, code = "GRAPHQL_VALIDATION_FAILED", token = world.coordinator) {
  const before = await rowCounts(server.dataSource);
  const response = await gql(server.url, query, {}, token);
  expect(response.errors?.[0].extensions?.code).toBe(code);
  // What the schema refuses (an unknown field, a bad enum) is invalid input, as a reason too.
  expect(response.errors?.[0].extensions).toMatchObject({ reason: "INVALID_INPUT", params: {} });
  expect(response.data).toBeUndefined();
  expect(response.status).toBe(400);
  expect(await rowCounts(server.dataSource)).toEqual(before);
  return response.errors![0].message;
}

/** assignments → items → request → assignments → request … → id: exactly `depth` fields deep. */
function nested(depth: number): string {
  const path = ["assignments", "items"];
  while (path.length < depth - 1) path.push(path.length % 2 === 0 ? "request" : "assignments");
  return `{ ${path.join(" { ")} { id ${"} ".repeat(path.length)}}`;
}

describe("query limits", () => {
  test(`a query ${QUERY_LIMITS.maxDepth.n} deep runs; one level deeper is refused`, async () => {
    const limit = QUERY_LIMITS.maxDepth.n;
    await ok(server.url, nested(limit), {}, world.coordinator);
    const message = await refusedBeforeExecution(nested(limit + 1));
    expect(message).toMatch(/depth limit of 8/);
  });

  test(`${QUERY_LIMITS.maxAliases.n} aliases run; ${QUERY_LIMITS.maxAliases.n + 1} are refused`, async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(" ")} }`;
    await ok(server.url, aliases(QUERY_LIMITS.maxAliases.n), {}, world.coordinator);
    expect(await refusedBeforeExecution(aliases(QUERY_LIMITS.maxAliases.n + 1))).toMatch(/[Aa]liases limit of 15/);
  });

  test("a document of 3000 tokens is refused", async () => {
    const query = `{ me { ${Array(2996).fill("id").join(" ")} } }`;
    expect(await refusedBeforeExecution(query, "GRAPHQL_PARSE_FAILED")).toMatch(/more th\w+ 2000 tokens/);
  });

  test("a query within depth, aliases and tokens but over the cost limit is refused", async () => {
    // Each field four levels down costs 1.5³; 1600 of them pass 5000.
    const costly = (n: number) => `{ me { keyPerson { workload { ${Array(n).fill("committedHours").join(" ")} } } } }`;
    await ok(server.url, costly(100), {}, world.coordinator);
    expect(await refusedBeforeExecution(costly(1600))).toMatch(/[Cc]ost limit of 5000/);
  });

  test("a batch of operations (a JSON array) is refused", async () => {
    const before = await rowCounts(server.dataSource);
    const response = await post([{ query: "{ me { id } }" }, { query: "{ languages { code } }" }], { authorization: `Bearer ${world.coordinator}` });
    expect(response.status).toBe(400);
    expect(response.text).toMatch(/batch/i);
    expect(await rowCounts(server.dataSource)).toEqual(before);
  });

  // Every query with a perPage argument, found in the schema: a new list is covered too.
  const paged = Object.values(schema.getQueryType()!.getFields()).filter((field) => field.args.some((arg) => arg.name === "perPage"));
  test("the schema has paged lists", () => expect(paged.length).toBeGreaterThanOrEqual(10));

  test.each(paged.map((field) => [field.name, field] as const))("%s refuses perPage 101 and accepts 100", async (name, field) => {
    const required = field.args.filter((arg) => arg.type.toString().endsWith("!"));
    if (required.length) throw new Error(`${name} has required arguments: extend this test`);
    const page = getNamedType(field.type);
    if (!isObjectType(page)) throw new Error(`${name} does not return a page`);
    const query = (perPage: number) => `{ ${name}(perPage: ${perPage}) { total } }`;
    const response = await gql(server.url, query(101), {}, world.coordinator);
    expect(response.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "perPage", reason: "NUMBER_OUT_OF_RANGE", params: { min: 1 } });
    expect(response.data).toBeNull();
    await ok(server.url, query(100), {}, world.coordinator);
  });

  test("matchCandidates refuses a limit of 101", async () => {
    const org = await world.organisation("GGD Limits");
    const request = await world.request(org);
    const response = await gql(server.url, `query($r: ID!) { matchCandidates(requestId: $r, limit: 101) { score } }`, { r: request.id }, org.token);
    expect(response.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "limit" });
  });
});

describe("text PostgreSQL cannot store", () => {
  test.each([
    ["in a variable", `mutation($e: String!) { login(email: $e, password: "x") { token } }`, { e: "a\u0000b@example.nl" }],
    ["in a literal", `mutation { createOrganisation(input: { name: "GGD \\u0000 Nul" }) { id } }`, {}],
  ])("a NUL character %s is BAD_USER_INPUT (400), not a server error", async (_where, query, variables) => {
    const before = await rowCounts(server.dataSource);
    const response = await gql(server.url, query, variables, world.coordinator);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0].message).toMatch(/NUL/);
    expect(await rowCounts(server.dataSource)).toEqual(before);
  });
});

describe("HTTP headers", () => {
  test.each(["/graphql", "/"])("helmet's headers are on %s, x-powered-by is not", async (where) => {
    const response =
      where === "/graphql"
        ? await fetch(`${server.url}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ query: "{ me { id } }" }),
          })
        : await fetch(`${server.url}/`);
    await response.arrayBuffer();
    expect(response.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
    expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(response.headers.get("x-powered-by")).toBeNull();
  });

  test("GraphQL answers (personal data) may not be stored by a browser or proxy, also errors and GET", async () => {
    const answers = [
      await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ languages { code } }" }),
      }),
      await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ nope }" }) }),
      await fetch(`${server.url}/graphql?query=${encodeURIComponent("{ languages { code } }")}`, { headers: { "apollo-require-preflight": "1" } }),
    ];
    for (const response of answers) {
      await response.arrayBuffer();
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
    expect(answers.map((r) => r.status)).toEqual([200, 400, 200]);
  });

  test("CORS: a configured origin is allowed, another is not", async () => {
    const from = (origin: string, method = "POST") =>
      fetch(`${server.url}/graphql`, {
        method,
        headers: { origin, "content-type": "application/json", ...(method === "OPTIONS" ? { "access-control-request-method": "POST" } : {}) },
        ...(method === "POST" ? { body: JSON.stringify({ query: "{ me { id } }" }) } : {}),
      });
    const allowed = await from(ALLOWED_ORIGIN);
    expect(allowed.headers.get("access-control-allow-origin")).toBe(ALLOWED_ORIGIN);
    const other = await from("https://evil.example");
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    const preflight = await from(ALLOWED_ORIGIN, "OPTIONS");
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe(ALLOWED_ORIGIN);
    expect(preflight.headers.get("access-control-allow-headers")).toMatch(/authorization/);
    const refused = await from("https://evil.example", "OPTIONS");
    expect(refused.status).toBe(403);
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("introspection", () => {
  const INTROSPECT = `{ __schema { queryType { name } } }`;

  test("works in development", async () => {
    expect(await ok(server.url, INTROSPECT)).toEqual({ __schema: { queryType: { name: "Query" } } });
  });

  test("is refused in production, without hints about field names; anonymous requests are rate limited there", async () => {
    const production = await startTestServer({
      // The test suite's cheap argon2 setting is refused in production: back to the default.
      env: { NODE_ENV: "production", JWT_SECRET: "x".repeat(40), SEED_DEMO: "false", HOST: "127.0.0.1", PUBLIC_RATE_LIMIT: "4", ARGON2_MEMORY_KIB: "" },
    });
    try {
      const response = await gql(production.url, INTROSPECT);
      expect(response.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(response.data).toBeUndefined();
      // A misspelt field gets no "did you mean": suggestions would map the schema.
      const typo = await gql(production.url, `{ keyPerson(id: 1) { displayNam } }`);
      expect(typo.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(typo.errors?.[0].message).not.toMatch(/did you mean/i);
      // Two anonymous requests so far; two more are allowed, the fifth waits.
      await ok(production.url, `{ languages { code } }`);
      await ok(production.url, `{ languages { code } }`);
      const limited = await fetch(`${production.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ languages { code } }" }),
      });
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
      expect((await limited.json()).errors[0].extensions).toMatchObject({
        code: "RATE_LIMITED",
        reason: "RATE_LIMITED",
        params: { seconds: expect.any(Number) },
      });
    } finally {
      await production.stop();
    }
  });
});

// The login throttle (per account and client, growing delays, no lock-out) is tested in throttle.test.ts.
describe("token lifetime", () => {
  let account: { email: string; token: string };
  beforeAll(async () => {
    account = await world.organisation("GGD Token");
  });

  test("a token expires after 12 hours: `me` is null and what needs a login is UNAUTHENTICATED", async () => {
    const token = await login(server.url, account.email, PASSWORD);
    expect((await ok(server.url, `{ me { email } }`, {}, token)).me.email).toBe(account.email);
    clock.set(new Date(clock.now().getTime() + 12 * 3600_000 - 60_000));
    expect((await ok(server.url, `{ me { email } }`, {}, token)).me).not.toBeNull();
    clock.set(new Date(clock.now().getTime() + 2 * 60_000));
    expect(await ok(server.url, `{ me { email } }`, {}, token)).toEqual({ me: null });
    const response = await gql(server.url, `{ matchRequests { total } }`, {}, token);
    expect(response.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});
