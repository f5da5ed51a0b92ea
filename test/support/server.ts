import { createServer, type AddressInfo } from "node:net";
import { Client } from "pg";
import { ManualClock, systemClock, type Clock } from "../../server/src/clock";
import { loadConfig } from "../../server/src/config";
import { startServer, type RunningServer } from "../../server/src/server";

let databases = 0;

export interface TestServer extends RunningServer {
  databaseName: string;
  clock: Clock;
}

async function admin<T>(work: (client: Client) => Promise<T>, url = process.env.TEST_ADMIN_DATABASE_URL): Promise<T> {
  if (!url) throw new Error("TEST_ADMIN_DATABASE_URL is not set: run the tests through jest (its globalSetup starts PostgreSQL)");
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * The real server, in this process, on a free port, against a database of its own
 * (created, migrated and dropped again here). `clock` is injectable for time-based rules.
 */
export async function startTestServer(
  options: {
    seedDemo?: boolean;
    clock?: ManualClock;
    env?: Record<string, string>;
    /** another PostgreSQL than the suite's (the fault test's own) */ adminUrl?: string;
  } = {},
): Promise<TestServer> {
  const databaseName = `sk_test_${process.pid}_${++databases}_${Date.now().toString(36)}`;
  const adminUrl = options.adminUrl ?? process.env.TEST_ADMIN_DATABASE_URL;
  await admin((client) => client.query(`CREATE DATABASE ${databaseName}`), adminUrl);
  const url = new URL(adminUrl!);
  url.pathname = `/${databaseName}`;
  const config = loadConfig({
    DATABASE_URL: url.toString(),
    PORT: "0",
    SEED_DEMO: options.seedDemo ? "true" : "false",
    JWT_SECRET: "test-secret-that-is-long-enough-for-hs256-0123456789",
    NODE_ENV: "test",
    // Tests log in many times from one address; the limit itself is tested with a low value.
    PUBLIC_RATE_LIMIT: "1000000",
    LOGIN_MAX_FAILURES_PER_ACCOUNT: "1000000",
    LOGIN_MAX_FAILURES_PER_CLIENT: "1000000",
    LOGIN_MAX_FAILURES_PER_ACCOUNT_CLIENT: "1000000",
    // Cheap password hashes: the suite logs in hundreds of times on two cores.
    ARGON2_MEMORY_KIB: "1024",
    ...options.env,
  });
  const clock = options.clock ?? systemClock;
  const log = process.env.TEST_LOG ? (line: string) => console.log(line) : () => {};
  const server = await startServer(config, { clock, log, sweepEveryMs: 0, deliverEveryMs: 0 });
  return {
    ...server,
    databaseName,
    clock,
    stop: async () => {
      await server.stop();
      await admin((client) => client.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`), adminUrl);
    },
  };
}

/** A port free right now: give it to the server as PORT, so PUBLIC_URL (the links it builds) is the address a browser opens. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
