// Faults: PostgreSQL restarting under load, and the process being told to stop.
//
// 1. A server runs against a PostgreSQL of this test's own (the suite's PostgreSQL, in CI
//    a system server, cannot be restarted by a test), while workers keep writing and
//    reading. PostgreSQL is stopped and started again mid-run. Requests meanwhile fail
//    cleanly (SERVICE_UNAVAILABLE, no stack, no hang), the server recovers by itself, and
//    every write that was answered with success is in the database afterwards.
// 2. The real server process (`node dist/server/src/index.js`, its own embedded PostgreSQL)
//    gets SIGTERM while requests are in flight: they finish with their data, new
//    connections are refused, the process exits 0, and its PostgreSQL is stopped.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { Client } from "pg";
import { freePort } from "../../server/src/db/embedded";
import { ensureAdmin } from "../../server/src/seed/admin";
import { login } from "../support/graphql";
import { RestartablePostgres } from "../support/postgres-process";
import { startTestServer, type TestServer } from "../support/server";

jest.setTimeout(240_000);

const ROOT = path.resolve(__dirname, "../..");
const ADMIN_EMAIL = "faults@sleutelkaart.test";
const ADMIN_PASSWORD = "faults-test-password";
const CREATE = `mutation($name: String!) { createOrganisation(input: { name: $name }) { id name } }`;
const READ = `{ organisations(perPage: 5) { total items { id name } } }`;

type Outcome =
  | { kind: "ok"; status: number; data: any }
  | { kind: "error"; status: number; body: any }
  /** No answer at all: the connection failed or the request hung past its timeout. */
  | { kind: "no answer"; error: string };

/** One request; never throws, so a worker records every outcome. A hang counts as "no answer". */
async function attempt(url: string, query: string, variables: Record<string, unknown>, token: string): Promise<Outcome> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    let body: any;
    try {
      body = JSON.parse(text);
    } catch {
      return { kind: "error", status: response.status, body: text };
    }
    return body.errors?.length ? { kind: "error", status: response.status, body } : { kind: "ok", status: response.status, data: body.data };
  } catch (error) {
    return { kind: "no answer", error: String((error as Error)?.cause ?? error) };
  }
}

/** A clean refusal: HTTP 503, every error says SERVICE_UNAVAILABLE, with a message and nothing of the server's insides. */
function cleanRefusal(outcome: Outcome): boolean {
  if (outcome.kind !== "error" || outcome.status !== 503 || typeof outcome.body !== "object") return false;
  const text = JSON.stringify(outcome.body);
  return (
    outcome.body.errors.every((e: any) => e.extensions?.code === "SERVICE_UNAVAILABLE" && typeof e.message === "string" && !e.extensions?.stacktrace) &&
    !/\bat .+:\d+:\d+|node_modules|ECONNREFUSED|terminat/i.test(text)
  );
}

describe("PostgreSQL restarts while requests run", () => {
  let postgres: RestartablePostgres;
  let server: TestServer;
  let databaseUrl: string;
  let token: string;

  beforeAll(async () => {
    const started = await RestartablePostgres.start();
    postgres = started.postgres;
    server = await startTestServer({ adminUrl: started.adminUrl });
    const url = new URL(started.adminUrl);
    url.pathname = `/${server.databaseName}`;
    databaseUrl = url.toString();
    await ensureAdmin(server.dataSource, ADMIN_EMAIL, ADMIN_PASSWORD, () => {});
    token = await login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
  });
  afterAll(async () => {
    await server?.stop();
    await postgres?.close();
  });

  test("requests fail cleanly meanwhile, the server recovers by itself, and no answered write is lost", async () => {
    const outcomes: Outcome[] = [];
    const written: string[] = []; // names of organisations whose creation was answered with success
    let running = true;
    let writes = 0;
    const worker = async (n: number) => {
      while (running) {
        const write = n % 2 === 0 || writes % 3 !== 0;
        const name = `Fault test organisation ${n}-${++writes}`;
        const outcome = write ? await attempt(server.url, CREATE, { name }, token) : await attempt(server.url, READ, {}, token);
        outcomes.push(outcome);
        if (write && outcome.kind === "ok") written.push(outcome.data.createOrganisation.name);
        // While PostgreSQL is away refusals come back at once; do not spin on them.
        if (outcome.kind !== "ok") await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    const until = async (condition: () => boolean, what: string, ms = 60_000) => {
      const deadline = Date.now() + ms;
      while (!condition()) {
        if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    };
    const workers = [0, 1, 2, 3, 4, 5].map(worker);

    // Under way: the restart cuts sessions with queries and transactions in them.
    await until(() => written.length >= 30, "the first writes");
    await postgres.stop();
    const duringOutage = [
      await attempt(server.url, CREATE, { name: "Fault test organisation during the outage" }, token),
      await attempt(server.url, READ, {}, token),
    ];
    const health = await fetch(`${server.url}/healthz`);
    const healthDuringOutage = { status: health.status, body: await health.text() };
    await new Promise((resolve) => setTimeout(resolve, 500)); // the workers meet the outage too
    const writtenBeforeRestart = written.length;
    await postgres.restart();

    // The same server, not restarted, answers again on its own.
    await until(() => written.length >= writtenBeforeRestart + 30, "writes to succeed again after the restart");
    running = false;
    await Promise.all(workers);
    const afterwards = [await attempt(server.url, READ, {}, token), await attempt(server.url, CREATE, { name: "Fault test organisation afterwards" }, token)];

    expect(duringOutage.map(cleanRefusal)).toEqual([true, true]);
    expect(healthDuringOutage).toEqual({ status: 503, body: JSON.stringify({ ok: false, error: "database unavailable" }) });
    expect(afterwards.map((o) => o.kind)).toEqual(["ok", "ok"]);
    expect(outcomes.filter((o) => o.kind === "no answer")).toEqual([]);
    const unclean = outcomes.filter((o) => o.kind === "error" && !cleanRefusal(o));
    expect(unclean).toEqual([]);

    // Every write answered with success is committed: the restart lost none of them.
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string }>("SELECT name FROM organisation WHERE name = ANY($1)", [written]);
      expect(rows.length).toBe(written.length);
      expect(new Set(rows.map((r) => r.name))).toEqual(new Set(written));
    } finally {
      await client.end();
    }
  });
});

describe("SIGTERM", () => {
  const dataDir = path.join(ROOT, ".data", `faults-sigterm-${process.pid}`);
  let child: ChildProcess | null = null;
  let output = "";

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill("SIGKILL");
      await new Promise((resolve) => child!.once("exit", resolve));
    }
    // A PostgreSQL left behind by a failed run would keep the folder busy: stop it by its pid file.
    const pidFile = path.join(dataDir, "pg", "postmaster.pid");
    if (existsSync(pidFile)) {
      try {
        process.kill(Number(readFileSync(pidFile, "utf8").split("\n")[0]), "SIGINT");
      } catch {
        // already gone
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  test("finishes the requests in flight, refuses new connections, stops its PostgreSQL and exits 0", async () => {
    // The process under test is the built server, as `npm start` runs it.
    const build = spawnSync(process.execPath, ["--input-type=module", "-e", "(await import('./scripts/build-if-stale.mjs')).buildServerIfStale()"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    if (build.status !== 0) throw new Error(`Building the server failed:\n${build.stdout}\n${build.stderr}`);

    rmSync(dataDir, { recursive: true, force: true });
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      // As a user runs it: jest's NODE_ENV=test switches off Apollo's own signal handlers,
      // whose second stop() once made `npm start` hang on Ctrl-C.
      NODE_ENV: "development",
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: "127.0.0.1",
      SEED_DEMO: "false",
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
      ARGON2_MEMORY_KIB: "1024",
      PUBLIC_RATE_LIMIT: "1000000",
    };
    delete env.DATABASE_URL; // CI sets it: this process must start its own embedded PostgreSQL
    child = spawn(process.execPath, [path.join(ROOT, "dist/server/src/index.js")], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout!.on("data", (chunk) => (output += chunk));
    child.stderr!.on("data", (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child!.once("exit", (code) => resolve(code)));
    await waitFor(
      () => output.includes("Sleutelkaart is running"),
      () => `the server to start; it printed:\n${output}`,
      180_000,
    );

    // A second server on the same folder is refused with a message that says what to do.
    const second = spawnSync(process.execPath, [path.join(ROOT, "dist/server/src/index.js")], {
      cwd: ROOT,
      env: { ...env, PORT: String(await freePort()) },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/The embedded PostgreSQL in .* is already running \(process \d+\), probably for another Sleutelkaart: stop that one first/);
    expect(second.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    // And one with a folder of its own on the port in use is told to pick another port.
    const otherDir = `${dataDir}-second`;
    const samePort = spawnSync(process.execPath, [path.join(ROOT, "dist/server/src/index.js")], {
      cwd: ROOT,
      env: { ...env, DATA_DIR: otherDir },
      encoding: "utf8",
      timeout: 120_000,
    });
    rmSync(otherDir, { recursive: true, force: true });
    expect(samePort.status).toBe(1);
    expect(samePort.stderr).toMatch(
      new RegExp(`Port ${port} is already in use, perhaps by another Sleutelkaart: stop that one, or choose another port, e\\.g\\. PORT=${port + 1} npm start`),
    );

    const url = `http://127.0.0.1:${port}`;
    const token = await login(url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const postmaster = readFileSync(path.join(dataDir, "pg", "postmaster.pid"), "utf8").split("\n");
    const postgresPort = Number(postmaster[3]);

    // Requests the server has begun (it answered their headers with 100 Continue) but
    // whose bodies it has not yet received: surely in flight when SIGTERM arrives.
    const inFlight = [
      ...[1, 2, 3, 4].map((i) => startRequest(port, token, { query: CREATE, variables: { name: `Written during shutdown ${i}` } })),
      ...[1, 2, 3, 4].map(() => startRequest(port, token, { query: READ })),
    ];
    await Promise.all(inFlight.map((r) => r.begun));
    child.kill("SIGTERM");
    await waitFor(
      () => output.includes("SIGTERM: finishing requests in flight"),
      () => `the shutdown to begin; it printed:\n${output}`,
    );
    const answers = await Promise.all(inFlight.map((r) => r.finish()));

    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    for (const answer of answers) {
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data).toBeTruthy();
    }
    expect(answers.slice(0, 4).map((a) => a.body.data.createOrganisation.name)).toEqual([1, 2, 3, 4].map((i) => `Written during shutdown ${i}`));
    expect(await connectionRefused(port)).toBe(true);

    expect(await exited).toBe(0);
    expect(existsSync(path.join(dataDir, "pg", "postmaster.pid"))).toBe(false);
    expect(await connectionRefused(postgresPort)).toBe(true);
  });
});

async function waitFor(condition: () => boolean, what: () => string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * A POST to /graphql sent in two steps: headers with `Expect: 100-continue` now (`begun`
 * resolves when the server has read them and asks for the body), the body on `finish()`.
 */
function startRequest(port: number, token: string, payload: unknown) {
  const body = JSON.stringify(payload);
  const request = http.request({
    host: "127.0.0.1",
    port,
    path: "/graphql",
    method: "POST",
    agent: false, // a connection of its own, as separate clients would have
    headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), authorization: `Bearer ${token}`, expect: "100-continue" },
  });
  const answer = new Promise<{ status: number; body: any }>((resolve, reject) => {
    request.once("response", (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk) => (text += chunk));
      response.on("end", () => {
        try {
          resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) });
        } catch {
          resolve({ status: response.statusCode ?? 0, body: text });
        }
      });
    });
    request.once("error", reject);
  });
  const begun = new Promise<void>((resolve, reject) => {
    request.once("continue", () => resolve());
    request.once("error", reject);
  });
  request.flushHeaders();
  return {
    begun,
    finish: () => {
      request.end(body);
      return answer;
    },
  };
}

/** Whether a new TCP connection to the port is refused (nothing listens there any more). */
function connectionRefused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED"));
  });
}
