// Throttling behind a proxy (issue 13 §4): exactly the configured proxies are trusted,
// failed logins slow down per (account, client) with growing delays, a stranger cannot
// lock anyone out, counts live in PostgreSQL, and an invalid token is anonymous for the
// anonymous rate limit.
import { ManualClock } from "../../server/src/clock";
import { DEMO, DEMO_PASSWORD, freshEmail } from "../support/fixtures";
import { login, ok } from "../support/graphql";
import { startTestServer, type TestServer } from "../support/server";

jest.setTimeout(90_000);

const PASSWORD = "throttle-test-passphrase";
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
const clock = new ManualClock(new Date());
let server: TestServer;
let coordinator: string;

/** A login as sent through the proxy: the proxy appends the client's address to X-Forwarded-For. */
async function loginFrom(client: string, email: string, password: string, spoofed?: string) {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": spoofed ? `${spoofed}, ${client}` : client },
    body: JSON.stringify({ query: LOGIN, variables: { e: email, p: password } }),
  });
  const body = await response.json();
  return {
    code: body.errors?.[0]?.extensions?.code as string | undefined,
    extensions: body.errors?.[0]?.extensions,
    token: body.data?.login?.token as string | undefined,
  };
}

async function account(): Promise<string> {
  const [org] = await server.dataSource.query(`SELECT id FROM organisation ORDER BY id LIMIT 1`);
  const email = freshEmail("throttle");
  await ok(
    server.url,
    `mutation($o: ID!, $e: String!, $p: String!) { createOrganisationUser(organisationId: $o, email: $e, password: $p) { id } }`,
    { o: String(org.id), e: email, p: PASSWORD },
    coordinator,
  );
  return email;
}

beforeAll(async () => {
  server = await startTestServer({
    seedDemo: true,
    clock,
    env: { TRUST_PROXY: "1", LOGIN_MAX_FAILURES_PER_ACCOUNT_CLIENT: "3", LOGIN_MAX_FAILURES_PER_ACCOUNT: "6", LOGIN_MAX_FAILURES_PER_CLIENT: "1000" },
  });
  coordinator = await login(server.url, DEMO.COORDINATOR, DEMO_PASSWORD);
});
afterAll(async () => {
  await server?.stop();
});

describe("failed logins", () => {
  test("slow down one client for one account with a growing delay, whatever it writes in X-Forwarded-For", async () => {
    const email = await account();
    for (let i = 0; i < 3; i++) expect((await loginFrom("198.51.100.1", email, "wrong-guess-x", `10.0.0.${i}`)).code).toBe("UNAUTHENTICATED");
    // The fourth failure starts a delay for this client; a spoofed first hop changes nothing.
    expect((await loginFrom("198.51.100.1", email, "wrong-guess-x", "10.9.9.9")).code).toBe("UNAUTHENTICATED");
    const first = await loginFrom("198.51.100.1", email, PASSWORD, "10.9.9.8");
    expect(first.extensions).toMatchObject({ code: "RATE_LIMITED", reason: "LOGIN_THROTTLED" });
    const firstWait = first.extensions.retryAfterSeconds as number;
    expect(firstWait).toBeGreaterThan(0);
    // Wait it out, fail again: the next delay is longer.
    clock.set(new Date(clock.now().getTime() + firstWait * 1000 + 1000));
    expect((await loginFrom("198.51.100.1", email, "wrong-guess-x")).code).toBe("UNAUTHENTICATED");
    const second = await loginFrom("198.51.100.1", email, PASSWORD);
    expect(second.code).toBe("RATE_LIMITED");
    expect(second.extensions.retryAfterSeconds).toBeGreaterThan(firstWait);
    // Meanwhile the owner, from another client, logs in.
    expect((await loginFrom("203.0.113.7", email, PASSWORD)).token).toBeTruthy();
  });

  test("a stranger hammering from many addresses cannot lock the owner out of a client that logged in before", async () => {
    const email = await account();
    expect((await loginFrom("203.0.113.50", email, PASSWORD)).token).toBeTruthy();
    // Six failures are free per account; the seventh starts a delay for clients it does not know.
    for (let i = 0; i < 7; i++) expect((await loginFrom(`192.0.2.${i + 1}`, email, "wrong-guess-x")).code).toBe("UNAUTHENTICATED");
    // An unknown client waits (the account is under attack) ...
    const stranger = await loginFrom("192.0.2.200", email, PASSWORD);
    expect(stranger.code).toBe("RATE_LIMITED");
    // ... the owner's known client does not.
    expect((await loginFrom("203.0.113.50", email, PASSWORD)).token).toBeTruthy();
    // And the delay ends: it only slows, never locks.
    clock.set(new Date(clock.now().getTime() + (stranger.extensions.retryAfterSeconds as number) * 1000 + 1000));
    expect((await loginFrom("192.0.2.201", email, PASSWORD)).token).toBeTruthy();
  });

  test("a burst of simultaneous guesses gets no more tries than one after the other", async () => {
    const email = await account();
    const answers = await Promise.all(Array.from({ length: 12 }, () => loginFrom("198.51.100.77", email, "wrong-guess-x")));
    const codes = answers.map((a) => a.code);
    // Three free failures and the one that starts the delay; the rest wait.
    expect(codes.filter((c) => c === "UNAUTHENTICATED")).toHaveLength(4);
    expect(codes.filter((c) => c === "RATE_LIMITED")).toHaveLength(8);
  });

  test("the counts are kept in PostgreSQL (shared by every replica), never the address or e-mail in clear", async () => {
    const email = await account();
    await loginFrom("198.51.100.99", email, "wrong-guess-x");
    const rows = await server.dataSource.query(`SELECT * FROM login_throttle`);
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain(email);
    expect(JSON.stringify(rows)).not.toContain("198.51.100.99");
  });
});

describe("the anonymous rate limit", () => {
  test("a request with an invalid token counts as anonymous", async () => {
    const limited = await startTestServer({ env: { PUBLIC_RATE_LIMIT: "3" } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const response = await fetch(`${limited.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: "Bearer not-a-real-token" },
          body: JSON.stringify({ query: "{ languages { code } }" }),
        });
        statuses.push(response.status);
      }
      expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
      expect(statuses.slice(3)).toEqual([429, 429]);
    } finally {
      await limited.stop();
    }
  });
});
