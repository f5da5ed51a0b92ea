// What the benchmarks and the simulation share: a scratch PostgreSQL database (on
// DATABASE_URL's server, local only, or on an embedded PostgreSQL of their own), a
// GraphQL client that keeps the error code, a description of the machine, and the server
// under test.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { loadConfig } from "../server/src/config";
import { startEmbeddedPostgres } from "../server/src/db/embedded";
import { startServer, type RunningServer } from "../server/src/server";
import { projectRoot } from "../server/src/shared/paths";

// ---- database ---------------------------------------------------------------------

/** A PostgreSQL server to create scratch databases on. */
export interface DatabaseServer {
  /** A connection to the server's maintenance database, for CREATE/DROP DATABASE. */
  adminUrl: string;
  kind: string;
  /** Stops the embedded PostgreSQL, if this process started one. */
  stop(): Promise<void>;
}

export interface ScratchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export function isLocal(url: URL): boolean {
  const host = decodeURIComponent(url.hostname).replace(/^\[|\]$/g, "");
  const socket = url.searchParams.get("host");
  return ["localhost", "127.0.0.1", "::1"].includes(host) || (host === "" && (socket === null || socket.startsWith("/")));
}

async function onServer(adminUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * DATABASE_URL's server when set (refused unless local: the caller creates and drops
 * databases and loads many rows), else an embedded PostgreSQL with its data in
 * .data/<embeddedDir> — its own folder, so it never shares a cluster with `npm start`,
 * the tests or another benchmark running at the same time.
 */
export async function openDatabaseServer(embeddedDir: string, log: (line: string) => void, purpose = "benchmark"): Promise<DatabaseServer> {
  const given = process.env.DATABASE_URL;
  if (given) {
    const url = new URL(given);
    if (!isLocal(url)) {
      throw new Error(`Refusing to ${purpose} on ${url.hostname}: it creates and drops databases and loads many rows; point DATABASE_URL at a local server`);
    }
    return { adminUrl: given, kind: `PostgreSQL at ${url.host || "a local socket"} (DATABASE_URL)`, stop: async () => {} };
  }
  const dataDir = path.join(projectRoot(), ".data", embeddedDir);
  const embedded = await startEmbeddedPostgres(dataDir, log);
  const adminUrl = new URL(embedded.url);
  adminUrl.pathname = "/postgres";
  return { adminUrl: adminUrl.toString(), kind: `embedded PostgreSQL (${path.relative(projectRoot(), dataDir)})`, stop: () => embedded.stop() };
}

/** A fresh, empty database `name` on the server (an old one of that name is dropped first). */
export async function createScratchDatabase(server: DatabaseServer, name: string, settings: Record<string, string> = {}): Promise<ScratchDatabase> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Not a plain database name: ${name}`);
  await onServer(server.adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await onServer(server.adminUrl, `CREATE DATABASE ${name}`);
  for (const [key, value] of Object.entries(settings)) {
    if (!/^[a-z_]+$/.test(key) || !/^[a-z0-9_]+$/.test(value)) throw new Error(`Not a plain setting: ${key}=${value}`);
    await onServer(server.adminUrl, `ALTER DATABASE ${name} SET ${key} = ${value}`);
  }
  const url = new URL(server.adminUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => onServer(server.adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

// ---- GraphQL ---------------------------------------------------------------------

/** A GraphQL error answer, with the `extensions.code` of its first error. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly errors: { message: string; extensions?: { code?: string } }[],
  ) {
    super(message);
  }
}

export interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

/** Posts one operation over HTTP, as any client would, and returns the answer as it came (data and errors side by side). */
export async function gqlRaw<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLAnswer<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLAnswer<T>;
}

/** Posts one operation over HTTP; throws GraphQLRequestError on an error answer. */
export async function gql<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const body = await gqlRaw<T>(url, query, variables, token);
  if (body.errors?.length) {
    throw new GraphQLRequestError(`GraphQL: ${body.errors.map((e) => e.message).join("; ")}`, body.errors[0].extensions?.code, body.errors);
  }
  return body.data as T;
}

// ---- the machine -------------------------------------------------------------------

export interface Machine {
  cpu: string;
  cores: number;
  speedMHz: number | null;
  memoryGiB: number;
  platform: string;
  node: string;
}

export function machine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? "unknown",
    cores: cpus.length,
    // Virtual machines often report 0: unknown.
    speedMHz: cpus[0]?.speed || null,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
  };
}

/** The 1-minute load average, rounded: other work on the machine slows every figure. */
export function loadAverage(): number {
  return Math.round(os.loadavg()[0] * 10) / 10;
}

// ---- the server under test ----------------------------------------------------------

/**
 * The real server in this process on `databaseUrl`: any free port, no demo seed, no
 * background sweep, a fixed secret; `settings` add to or override those (environment
 * names, as config.ts reads them). BENCH_LOG=1 shows its log.
 */
export function startBenchServer(
  databaseUrl: string,
  settings: Record<string, string> = {},
  options: { deliverEveryMs?: number; log?: (line: string) => void } = {},
): Promise<RunningServer> {
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    PORT: "0",
    SEED_DEMO: "false",
    JWT_SECRET: "bench-secret-that-is-long-enough-for-hs256-0123456789",
    NODE_ENV: "bench",
    ...settings,
  });
  const log = options.log ?? ((line: string) => console.log(line));
  return startServer(config, { sweepEveryMs: 0, deliverEveryMs: options.deliverEveryMs, log: process.env.BENCH_LOG ? log : () => {} });
}

// ---- running ----------------------------------------------------------------------

/**
 * Writes a run's report as bench/results/<name>.json, or as bench/scratch/<name>.json (ignored
 * by git) for a shortened run, which must not replace the figures of a full one. Returns the
 * file's path from the project root.
 */
export function writeReport(name: string, report: unknown, shortened = false): string {
  const file = path.join(projectRoot(), "bench", shortened ? "scratch" : "results", `${name}.json`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return path.relative(projectRoot(), file);
}

/** Runs a benchmark's main: an error is printed and the process exits with 1. */
export function runMain(main: () => Promise<void>): void {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
