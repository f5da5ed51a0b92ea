// What the benchmarks and the simulation share: a scratch PostgreSQL database (on
// DATABASE_URL's server, local only, or on an embedded PostgreSQL of their own), a
// GraphQL client that keeps the error code, a description of the machine, and the server
// under test.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import type { DataSource } from "typeorm";
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
  ownDatabases.add(name);
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

// ---- CPU per request, from /proc ------------------------------------------------------
//
// Unlike wall time, the CPU a request costs barely changes when other work competes for the
// cores, so it shows what a request costs on an idle machine.

/** Milliseconds per clock tick (Linux USER_HZ is 100). */
export const TICK_MS = 10;

/** utime + stime of process `pid`, in ticks; NaN where /proc cannot be read. */
export function processTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return NaN;
  }
}

/** The PostgreSQL backends serving `dataSource`'s database (the server's pool). */
export async function backendPids(dataSource: DataSource): Promise<number[]> {
  return (await dataSource.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`)).map((r: { pid: number }) => r.pid);
}

/**
 * What `work` cost in CPU, in ms: this process (`node`) and the backends of `dataSource`'s
 * database (`postgres`; null without /proc). Parallel query workers, which live only as
 * long as one query, are not counted: the PostgreSQL part is a lower bound.
 */
export async function cpuDuring<T>(dataSource: DataSource, work: () => Promise<T>): Promise<{ result: T; node: number; postgres: number | null }> {
  const backends = async () => new Map((await backendPids(dataSource)).map((pid) => [pid, processTicks(pid)]));
  const before = await backends();
  const node = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(node);
  const after = await backends();
  let ticks = 0;
  for (const [pid, now] of after) ticks += now - (before.get(pid) ?? 0);
  return { result, node: (used.user + used.system) / 1000, postgres: Number.isFinite(ticks) ? ticks * TICK_MS : null };
}

// ---- is the machine quiet? ------------------------------------------------------------
//
// Other work on the machine slows every figure, so every report says how loaded the
// machine was and whether the run counts as "quiet". The rule (docs/benchmarks.md):
//
//   quiet ⇔ the 1-minute load average, less the benchmark's own share, stayed ≤ 0.5 per
//   core (1.0 on a 2-core machine) before the run, at every sample during it (every 5 s)
//   and at its end.
//
// The load average counts every runnable process, the benchmark's own too (its Node
// process, and the embedded PostgreSQL's backends it starts as children), so a benchmark
// that keeps both cores busy would never be quiet by the raw figure. Its own share is the
// CPU time of this process and its descendants (from /proc), averaged the way the kernel
// averages the load (every 5 s, decay e^(−5/60)); what is left is other work. With
// DATABASE_URL's PostgreSQL (not a child) the backends serving the benchmark's scratch
// database count as its own too: PostgreSQL titles each backend with its database
// ("postgres: 15/main: postgres sk_bench_123 127.0.0.1(5432) idle"). Time of a backend
// that has ended is lost, so such a run is judged a little more strictly, never more
// leniently. BENCH_QUIET_LOAD_PER_CORE sets the threshold. The raw load averages (1, 5, 15 min) are recorded beside the verdict.

const QUIET_PER_CORE = Number(process.env.BENCH_QUIET_LOAD_PER_CORE || 0.5);
const SAMPLE_MS = 5_000;
const TICKS_PER_SECOND = 100; // Linux USER_HZ

export interface LoadAverages {
  m1: number;
  m5: number;
  m15: number;
}

export interface LoadVerdict {
  cores: number;
  /** Other work's 1-minute load the run may see and still count as quiet: per core and for the machine. */
  threshold: { perCore: number; machine: number };
  /** The raw load averages (1, 5, 15 min) when this benchmark process started and when it wrote its report. */
  before: LoadAverages;
  after: LoadAverages;
  /** Sampled every 5 s in between: the highest raw 1-minute load, and the highest after taking off the benchmark's own share. */
  during: { samples: number; maxLoad1: number; maxOtherLoad1: number };
  /** The benchmark's own CPU (this process and its children, e.g. the embedded PostgreSQL) over the run, in cores; null where /proc cannot be read. */
  ownCpuCores: number | null;
  quiet: boolean;
  /** Why not quiet (empty when quiet). */
  reasons: string[];
}

const r2 = (x: number) => Math.round(x * 100) / 100;

function loadAverages(): LoadAverages {
  const [m1, m5, m15] = os.loadavg();
  return { m1: r2(m1), m5: r2(m5), m15: r2(m15) };
}

/** The scratch databases this benchmark made: their PostgreSQL backends work for it. */
const ownDatabases = new Set<string>();

/** Whether process `pid` is a PostgreSQL backend serving one of this benchmark's databases. */
function servesOwnDatabase(pid: string): boolean {
  if (ownDatabases.size === 0) return false;
  try {
    const title = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    return title.startsWith("postgres:") && title.split(/[\s\0]+/).some((word) => ownDatabases.has(word));
  } catch {
    return false;
  }
}

/** utime + stime + cutime + cstime of this process, every descendant and the backends of its databases, in ticks; null without /proc. */
function ownTreeTicks(): number | null {
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const parent = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const name of entries) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // fields[1] = ppid; [11..14] = utime, stime, cutime, cstime (reaped children's time counts with their parent)
      parent.set(Number(name), Number(fields[1]));
      ticks.set(Number(name), Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]));
    } catch {
      // the process ended while we looked
    }
  }
  if (!ticks.has(process.pid)) return null;
  const mine = new Set([process.pid, ...[...ticks.keys()].filter((pid) => servesOwnDatabase(String(pid)))]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parent) {
      if (!mine.has(pid) && mine.has(ppid)) {
        mine.add(pid);
        grew = true;
      }
    }
  }
  let sum = 0;
  for (const pid of mine) sum += ticks.get(pid) ?? 0;
  return sum;
}

/** Samples the load from the moment this module is loaded (the benchmark's start) until its report is written. */
class LoadWatch {
  private readonly startedAt = Date.now();
  private readonly before = loadAverages();
  private readonly startTicks = ownTreeTicks();
  private lastTicks = this.startTicks;
  private lastAt = Date.now();
  /** The benchmark's own runnable share, averaged like the kernel's load average. */
  private ownAverage = 0;
  private samples = 0;
  private maxLoad1 = this.before.m1;
  private maxOtherLoad1 = this.before.m1;
  private readonly timer: NodeJS.Timeout;

  constructor() {
    this.timer = setInterval(() => this.sample(), SAMPLE_MS);
    this.timer.unref();
  }

  private sample(): { load1: number; other1: number } {
    const load1 = os.loadavg()[0];
    const ticks = ownTreeTicks();
    const at = Date.now();
    if (ticks !== null && this.lastTicks !== null && at > this.lastAt) {
      const cores = Math.max(0, ticks - this.lastTicks) / TICKS_PER_SECOND / ((at - this.lastAt) / 1000); // a backend that ended takes its ticks along
      const decay = Math.exp(-(at - this.lastAt) / 60_000);
      this.ownAverage = this.ownAverage * decay + cores * (1 - decay);
    }
    this.lastTicks = ticks;
    this.lastAt = at;
    const other1 = Math.max(0, load1 - this.ownAverage);
    this.samples++;
    this.maxLoad1 = Math.max(this.maxLoad1, load1);
    this.maxOtherLoad1 = Math.max(this.maxOtherLoad1, other1);
    return { load1, other1 };
  }

  verdict(): LoadVerdict {
    const { other1 } = this.sample();
    const cores = os.cpus().length || 1;
    const limit = r2(QUIET_PER_CORE * cores);
    const endTicks = this.lastTicks;
    const seconds = (Date.now() - this.startedAt) / 1000;
    const reasons: string[] = [];
    if (this.before.m1 > limit) reasons.push(`1-min load ${this.before.m1} > ${limit} when the run started`);
    if (this.maxOtherLoad1 > limit) reasons.push(`other work's 1-min load rose to ${r2(this.maxOtherLoad1)} > ${limit} during the run`);
    if (other1 > limit) reasons.push(`other work's 1-min load ${r2(other1)} > ${limit} at the end`);
    return {
      cores,
      threshold: { perCore: QUIET_PER_CORE, machine: limit },
      before: this.before,
      after: loadAverages(),
      during: { samples: this.samples, maxLoad1: r2(this.maxLoad1), maxOtherLoad1: r2(this.maxOtherLoad1) },
      ownCpuCores: endTicks !== null && this.startTicks !== null && seconds > 0 ? r2((endTicks - this.startTicks) / TICKS_PER_SECOND / seconds) : null,
      quiet: reasons.length === 0,
      reasons,
    };
  }
}

const loadWatch = new LoadWatch();

/** The run's load so far and the verdict: writeReport adds it to every report. */
export function loadVerdict(): LoadVerdict {
  return loadWatch.verdict();
}

/** One line for a table's heading: the load averages, the benchmark's own share, and whether the run counts as quiet. */
export function loadHeading(verdict: LoadVerdict = loadVerdict()): string {
  const avg = (l: LoadAverages) => `${l.m1}/${l.m5}/${l.m15}`;
  const own = verdict.ownCpuCores === null ? "" : `; this benchmark used ${verdict.ownCpuCores} cores`;
  return (
    `Load average (1/5/15 min) ${avg(verdict.before)} → ${avg(verdict.after)} on ${verdict.cores} cores, highest 1-min ${verdict.during.maxLoad1}, other work's ${verdict.during.maxOtherLoad1}${own}: ` +
    (verdict.quiet
      ? `QUIET (other work ≤ ${verdict.threshold.machine} = ${verdict.threshold.perCore} per core)`
      : `NOT QUIET (${verdict.reasons.join("; ")}): other work slowed these figures`)
  );
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
 * by git) for a shortened run, which must not replace the figures of a full one, with the
 * machine's load and the quiet verdict added as `load` (and printed). Returns the file's
 * path from the project root.
 */
export function writeReport(name: string, report: object, shortened = false): string {
  const file = path.join(projectRoot(), "bench", shortened ? "scratch" : "results", `${name}.json`);
  mkdirSync(path.dirname(file), { recursive: true });
  // Every report says how loaded the machine was and whether the run counts as quiet.
  const load = loadVerdict();
  console.log(loadHeading(load));
  writeFileSync(file, `${JSON.stringify({ ...report, load }, null, 2)}\n`);
  return path.relative(projectRoot(), file);
}

/** Runs a benchmark's main: an error is printed and the process exits with 1. */
export function runMain(main: () => Promise<void>): void {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
