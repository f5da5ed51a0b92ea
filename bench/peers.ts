// `npm run bench -- peers` (issue 21, point 3): the console's page of 100 key persons, with
// their languages, expertise and home municipality, from this project's API and from
// PostGraphile 5 on the same database, over HTTP, alternating the two.
//
// A scratch database is filled with BENCH_PEERS_SIZE key persons (10,000 unless set),
// generated like the demo data. The real server (`startServer`) and PostGraphile 5 (the
// Amber preset over the same tables, its own pool) run in this process; the load comes from
// a child process (this file with `client`), so the client's work is not counted against
// either server. After a warm-up of each, rounds alternate the two (A B, then B A, …) at
// the same concurrency; each round sends the same page BENCH_PEERS_REQUESTS times.
// Statements per request are counted on each side's own pool (the server's TypeORM logger;
// a pg Client subclass for PostGraphile's pool). Prints the figures and writes
// bench/results/peers.json; a shortened run (any other BENCH_PEERS_* set) writes
// bench/scratch/peers.json. Asserts nothing.
//
// BENCH_PEERS_SIZE, BENCH_PEERS_ROUNDS (6), BENCH_PEERS_REQUESTS (per side and round, 300),
// BENCH_PEERS_CONCURRENCY (4), BENCH_PEERS_PAGE (1). Profile the project's side with
// `BENCH_PEERS_ONLY=project node --cpu-prof dist/bench/peers.js`.
import "./peers/production";
import "reflect-metadata";
import { fork, type ChildProcess } from "node:child_process";
import http from "node:http";
import os from "node:os";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { ensureAdmin } from "../server/src/seed/admin";
import { insertKeyPersons } from "../server/src/seed/demo";
import { generateDemoData } from "../server/src/seed/demo-data";
import type { RunningServer } from "../server/src/server";
import { cpuDuring, createScratchDatabase, gql, loadAverage, machine, openDatabaseServer, runMain, startBenchServer, writeReport } from "./support";

const SIZE = Number(process.env.BENCH_PEERS_SIZE || 10_000);
const ROUNDS = Number(process.env.BENCH_PEERS_ROUNDS || 6);
const REQUESTS = Number(process.env.BENCH_PEERS_REQUESTS || 300);
/**
 * Four requests in flight: the Node thread of either server always has a request to work
 * on while PostgreSQL answers another's SQL (on two cores, one for each), and no more, so
 * the latencies are mostly work, not queueing. The same for both sides.
 */
const CONCURRENCY = Number(process.env.BENCH_PEERS_CONCURRENCY || 4);
const PAGE = Number(process.env.BENCH_PEERS_PAGE || 1);
const PER_PAGE = 100;
const WARM_UP = 200;
const SEED = 20261207;
/** Above this 1-minute load average before timing (per core), other work slows the figures: the run is not called quiet. */
const QUIET_LOAD_PER_CORE = 0.25;
const ONLY = process.env.BENCH_PEERS_ONLY as Side | undefined;
/** BENCH_PEERS_EXPLAIN=1: after the warm-up, EXPLAIN (ANALYZE, BUFFERS) each side's statements of its last request. */
const EXPLAIN = Boolean(process.env.BENCH_PEERS_EXPLAIN);

const COORDINATOR = { email: "bench-coordinator@example.org", password: "bench-coordinator-password" };

type Side = "project" | "postgraphile";
const log = (line: string) => console.log(line);

// ---- the two queries: the same page, the same fields ------------------------------------

/** The console's list (KeyPersonList) without status, capacity and workload, which PostGraphile has no way to compute. */
const PROJECT_QUERY = `query KeyPersonPage($page: Int, $perPage: Int) {
  keyPersons(page: $page, perPage: $perPage) {
    total
    items {
      id
      displayName
      homeMunicipality { code name }
      languages { language { code name nameNl } level }
      expertise { code name nameNl }
    }
  }
}`;

/** The same through PostGraphile's generated schema: key_person ordered by name then id, its rows of key_person_language and key_person_expertise with their reference rows. */
const POSTGRAPHILE_QUERY = `query KeyPersonPage($first: Int, $offset: Int) {
  allKeyPeople(first: $first, offset: $offset, orderBy: [DISPLAY_NAME_ASC, ROW_ID_ASC]) {
    totalCount
    nodes {
      rowId
      displayName
      municipalityByHomeMunicipalityCode { code name }
      keyPersonLanguagesByKeyPersonId { nodes { languageByLanguageCode { code name nameNl } level } }
      keyPersonExpertisesByKeyPersonId { nodes { expertiseByExpertiseCode { code name nameNl } } }
    }
  }
}`;

interface Row {
  id: string;
  name: string;
  municipality: string;
  languages: string;
  expertise: string;
}

const sortedCodes = (codes: string[]) => [...codes].sort().join(",");

function projectRows(body: unknown): { total: number; rows: Row[] } {
  type Item = {
    id: string;
    displayName: string;
    homeMunicipality: { name: string };
    languages: { language: { code: string }; level: string }[];
    expertise: { code: string }[];
  };
  const { keyPersons } = (body as { data: { keyPersons: { total: number; items: Item[] } } }).data;
  return {
    total: keyPersons.total,
    rows: keyPersons.items.map((kp) => ({
      id: kp.id,
      name: kp.displayName,
      municipality: kp.homeMunicipality.name,
      languages: sortedCodes(kp.languages.map((l) => `${l.language.code}:${l.level}`)),
      expertise: sortedCodes(kp.expertise.map((e) => e.code)),
    })),
  };
}

function postgraphileRows(body: unknown): { total: number; rows: Row[] } {
  type Node = {
    rowId: number;
    displayName: string;
    municipalityByHomeMunicipalityCode: { name: string };
    keyPersonLanguagesByKeyPersonId: { nodes: { languageByLanguageCode: { code: string }; level: string }[] };
    keyPersonExpertisesByKeyPersonId: { nodes: { expertiseByExpertiseCode: { code: string } }[] };
  };
  const { allKeyPeople } = (body as { data: { allKeyPeople: { totalCount: number; nodes: Node[] } } }).data;
  return {
    total: allKeyPeople.totalCount,
    rows: allKeyPeople.nodes.map((kp) => ({
      id: String(kp.rowId),
      name: kp.displayName,
      municipality: kp.municipalityByHomeMunicipalityCode.name,
      languages: sortedCodes(kp.keyPersonLanguagesByKeyPersonId.nodes.map((l) => `${l.languageByLanguageCode.code}:${l.level}`)),
      expertise: sortedCodes(kp.keyPersonExpertisesByKeyPersonId.nodes.map((e) => e.expertiseByExpertiseCode.code)),
    })),
  };
}

// ---- the statements of a request, for EXPLAIN ------------------------------------------------

interface SqlStatement {
  text: string;
  values?: unknown[];
}
/** Keeps the last few statements sent (a request sends two). */
function remember(list: SqlStatement[], statement: SqlStatement): void {
  list.push({ text: statement.text, values: statement.values });
  if (list.length > 4) list.shift();
}

async function explain(server: RunningServer, side: Side, statements: SqlStatement[]): Promise<void> {
  for (const { text, values } of statements) {
    if (!/^\s*(select|with)\b/i.test(text)) continue;
    const plan = await server.dataSource.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values ?? []);
    log(`\n-- ${side}: ${text.replace(/\s+/g, " ").slice(0, 300)}…\n${plan.map((row: Record<string, string>) => row["QUERY PLAN"]).join("\n")}`);
  }
}

// ---- PostGraphile 5 --------------------------------------------------------------------

/** PostGraphile 5 uses Promise.withResolvers (Node 22); Node 20 lacks it. Installed before PostGraphile is imported. */
function polyfillPromiseWithResolvers(): void {
  const P = Promise as unknown as { withResolvers?: unknown };
  if (typeof P.withResolvers === "function") return;
  Object.defineProperty(Promise, "withResolvers", {
    configurable: true,
    writable: true,
    value: function withResolvers<T>(this: PromiseConstructor) {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new this<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}

/** Counts the statements PostGraphile's pool sends: every query() of its clients. */
const postgraphileStatements = { count: 0, last: [] as SqlStatement[] };
class CountingClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    postgraphileStatements.count++;
    if (EXPLAIN) remember(postgraphileStatements.last, typeof args[0] === "string" ? { text: args[0], values: args[1] } : args[0]);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return (super.query as (...a: any[]) => any)(...args);
  }
}

const projectStatements: SqlStatement[] = [];

interface RunningPeer {
  url: string;
  stop(): Promise<void>;
}

async function startPostGraphile(databaseUrl: string): Promise<RunningPeer> {
  polyfillPromiseWithResolvers();
  // Production mode, as a deployment runs it (also what Grafast picks when this is unset).
  process.env.GRAPHILE_ENV ??= "production";
  const { postgraphile } = await import("postgraphile");
  const { PostGraphileAmberPreset } = await import("postgraphile/presets/amber");
  const { makePgService } = await import("postgraphile/adaptors/pg");
  const { grafserv } = await import("postgraphile/grafserv/node");
  // The same pool size as the server's (data-source.ts), its own connections.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 20, Client: CountingClient, application_name: "postgraphile" });
  const pgl = postgraphile({
    extends: [PostGraphileAmberPreset],
    // Amber offers orderBy only on indexed columns; the console orders by name, which has no index (as V4 did: ignoreIndexes).
    disablePlugins: ["PgIndexBehaviorsPlugin"],
    pgServices: [makePgService({ pool, schemas: ["public"], pubsub: false })],
    grafserv: { graphqlPath: "/graphql", graphiql: false },
    grafast: { explain: false },
  });
  const serv = pgl.createServ(grafserv);
  const server = http.createServer();
  serv.addTo(server);
  await pgl.getSchema(); // builds the schema from the database now, not on the first request
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pgl.release(); // releases the grafserv instance too
      await pool.end();
    },
  };
}

// ---- the load, from a child process --------------------------------------------------------

interface Job {
  url: string;
  body: string;
  headers: Record<string, string>;
  count: number;
  concurrency: number;
}
interface JobResult {
  latencies: number[];
  wallMs: number;
  failures: number;
  firstBody: unknown;
}

/** In the child: sends each job's request `count` times, `concurrency` at a time, and answers with the latencies. */
function runClient(): void {
  process.on("message", async (job: Job) => {
    const latencies: number[] = [];
    let next = 0;
    let failures = 0;
    let firstBody: unknown = null;
    const started = performance.now();
    const worker = async () => {
      while (next < job.count) {
        const n = next++;
        const t0 = performance.now();
        const response = await fetch(job.url, { method: "POST", headers: job.headers, body: job.body });
        const text = await response.text();
        latencies.push(performance.now() - t0);
        const body = JSON.parse(text) as { errors?: unknown };
        if (response.status !== 200 || body.errors) failures++;
        if (n === 0) firstBody = body;
      }
    };
    await Promise.all(Array.from({ length: job.concurrency }, worker));
    process.send!({ latencies, wallMs: performance.now() - started, failures, firstBody } satisfies JobResult);
  });
}

function clientProcess(): { run(job: Job): Promise<JobResult>; stop(): void } {
  const child: ChildProcess = fork(__filename, ["client"], { stdio: "inherit" });
  return {
    run: (job) =>
      new Promise((resolve, reject) => {
        child.once("error", reject);
        child.once("message", (result) => {
          child.off("error", reject);
          resolve(result as JobResult);
        });
        child.send(job);
      }),
    stop: () => child.kill(),
  };
}

// ---- figures ----------------------------------------------------------------------------

/** Nearest rank, rounded to 0.1 ms. */
function percentile(sorted: number[], q: number): number {
  const at = sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  return Math.round(at * 10) / 10;
}
const round1 = (x: number) => Math.round(x * 10) / 10;

interface SideTotals {
  latencies: number[];
  wallMs: number;
  requests: number;
  failures: number;
  statements: number;
  nodeCpuMs: number;
  postgresCpuMs: number | null;
}

function summary(t: SideTotals) {
  const sorted = [...t.latencies].sort((a, b) => a - b);
  return {
    rps: round1((t.requests / t.wallMs) * 1000),
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    mean: round1(sorted.reduce((s, x) => s + x, 0) / sorted.length),
    requests: t.requests,
    failures: t.failures,
    statementsPerRequest: round1(t.statements / t.requests),
    cpuPerRequestMs: {
      node: round1(t.nodeCpuMs / t.requests),
      postgres: t.postgresCpuMs === null ? null : round1(t.postgresCpuMs / t.requests),
      total: t.postgresCpuMs === null ? null : round1((t.nodeCpuMs + t.postgresCpuMs) / t.requests),
    },
  };
}

// ---- the run ------------------------------------------------------------------------------

async function fill(server: RunningServer): Promise<void> {
  const started = performance.now();
  const people = generateDemoData({ seed: SEED, keyPersons: SIZE, organisations: 0, today: new Date() }).keyPersons;
  await server.dataSource.transaction((tx) => insertKeyPersons(tx, people));
  await server.dataSource.query(`VACUUM ANALYZE key_person, key_person_language, key_person_expertise`);
  log(`${SIZE.toLocaleString("en")} key persons generated, inserted and analysed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function main() {
  const runStarted = performance.now();
  const dbServer = await openDatabaseServer("bench-pg", log);
  const database = await createScratchDatabase(dbServer, `sk_bench_${process.pid}`);
  let server: RunningServer | null = null;
  let peer: RunningPeer | null = null;
  const client = clientProcess();
  try {
    log(`Database: ${dbServer.kind}`);
    server = await startBenchServer(database.url);
    if (EXPLAIN) {
      const counter = server.queryCounter as { logQuery(query?: string, parameters?: unknown[]): void };
      const logQuery = counter.logQuery.bind(counter);
      counter.logQuery = (query?: string, parameters?: unknown[]) => {
        if (query === undefined) return logQuery();
        remember(projectStatements, { text: query, values: parameters });
        logQuery();
      };
    }
    await fill(server);
    await ensureAdmin(server.dataSource, COORDINATOR.email, COORDINATOR.password, () => {});
    const token = (
      await gql<{ login: { token: string } }>(server.url, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, {
        e: COORDINATOR.email,
        p: COORDINATOR.password,
      })
    ).login.token;
    peer = await startPostGraphile(database.url);
    log(`Project at ${server.url}, PostGraphile 5 at ${peer.url}`);

    const jobs: Record<Side, Job> = {
      project: {
        url: `${server.url}/graphql`,
        body: JSON.stringify({ query: PROJECT_QUERY, variables: { page: PAGE, perPage: PER_PAGE } }),
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        count: REQUESTS,
        concurrency: CONCURRENCY,
      },
      postgraphile: {
        url: `${peer.url}/graphql`,
        body: JSON.stringify({ query: POSTGRAPHILE_QUERY, variables: { first: PER_PAGE, offset: (PAGE - 1) * PER_PAGE } }),
        headers: { "content-type": "application/json" },
        count: REQUESTS,
        concurrency: CONCURRENCY,
      },
    };
    const statementsOf: Record<Side, () => number> = { project: () => server!.queryCounter.count, postgraphile: () => postgraphileStatements.count };
    const sides: Side[] = ONLY ? [ONLY] : ["project", "postgraphile"];

    // Warm-up, and the proof that both answer the same page.
    const pages: Partial<Record<Side, { total: number; rows: Row[] }>> = {};
    for (const side of sides) {
      const warm = await client.run({ ...jobs[side], count: WARM_UP });
      if (warm.failures > 0)
        throw new Error(`${side}: ${warm.failures} of ${WARM_UP} warm-up requests failed: ${JSON.stringify(warm.firstBody).slice(0, 500)}`);
      pages[side] = side === "project" ? projectRows(warm.firstBody) : postgraphileRows(warm.firstBody);
      log(`${side}: warmed up with ${WARM_UP} requests; the page holds ${pages[side]!.rows.length} of ${pages[side]!.total}`);
    }
    if (pages.project && pages.postgraphile && JSON.stringify(pages.project) !== JSON.stringify(pages.postgraphile)) {
      throw new Error("The project and PostGraphile answer different pages: the comparison would not be fair");
    }
    if (pages.project && pages.postgraphile) log(`Both answer the same ${PER_PAGE} key persons with the same languages, expertise and municipality`);
    if (EXPLAIN) {
      for (const side of sides) {
        await client.run({ ...jobs[side], count: 1, concurrency: 1 });
        await explain(server, side, side === "project" ? projectStatements.slice(-2) : postgraphileStatements.last.slice(-2));
      }
      return;
    }

    const totals: Record<Side, SideTotals> = {
      project: { latencies: [], wallMs: 0, requests: 0, failures: 0, statements: 0, nodeCpuMs: 0, postgresCpuMs: 0 },
      postgraphile: { latencies: [], wallMs: 0, requests: 0, failures: 0, statements: 0, nodeCpuMs: 0, postgresCpuMs: 0 },
    };
    const loadBefore = loadAverage();
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? sides : [...sides].reverse();
      for (const side of order) {
        const statementsBefore = statementsOf[side]();
        const { result, node, postgres } = await cpuDuring(server.dataSource, () => client.run(jobs[side]));
        const t = totals[side];
        t.latencies.push(...result.latencies);
        t.wallMs += result.wallMs;
        t.requests += result.latencies.length;
        t.failures += result.failures;
        t.statements += statementsOf[side]() - statementsBefore;
        t.nodeCpuMs += node;
        t.postgresCpuMs = t.postgresCpuMs === null || postgres === null ? null : t.postgresCpuMs + postgres;
        log(`  round ${round + 1} ${side}: ${REQUESTS} requests in ${(result.wallMs / 1000).toFixed(1)} s (${round1((REQUESTS / result.wallMs) * 1000)}/s)`);
      }
    }
    const loadAfter = loadAverage();

    const project = sides.includes("project") ? summary(totals.project) : null;
    const postgraphile = sides.includes("postgraphile") ? summary(totals.postgraphile) : null;
    const ratio = project && postgraphile ? Math.round((project.rps / postgraphile.rps) * 100) / 100 : null;
    const quiet = loadBefore <= QUIET_LOAD_PER_CORE * os.cpus().length;
    const [{ version }] = await server.dataSource.query(`SELECT current_setting('server_version') AS version`);
    for (const [name, s] of [
      ["project", project],
      ["PostGraphile 5", postgraphile],
    ] as const) {
      if (!s) continue;
      log(
        `${name}: ${s.rps} req/s, p50 ${s.p50} ms, p99 ${s.p99} ms, ${s.statementsPerRequest} SQL statements/request, CPU/request ${s.cpuPerRequestMs.total ?? "?"} ms (Node ${s.cpuPerRequestMs.node}, PostgreSQL ${s.cpuPerRequestMs.postgres ?? "?"})${s.failures ? `, ${s.failures} FAILED` : ""}`,
      );
    }
    if (ratio !== null) log(`ratio (project ÷ PostGraphile, requests per second): ${ratio}`);
    log(
      `load average ${loadBefore} before, ${loadAfter} after: ${quiet ? "quiet" : `NOT quiet (above ${QUIET_LOAD_PER_CORE} per core before the timed part)`}`,
    );

    const report = {
      project,
      postgraphile,
      ratio,
      machine: { ...machine(), postgres: version, database: dbServer.kind },
      date: new Date().toISOString(),
      loadAverage: { before: loadBefore, after: loadAfter, quiet, quietAtMost: QUIET_LOAD_PER_CORE * os.cpus().length },
      method: {
        keyPersons: SIZE,
        page: PAGE,
        perPage: PER_PAGE,
        concurrency: CONCURRENCY,
        rounds: ROUNDS,
        requestsPerSideAndRound: REQUESTS,
        warmUpPerSide: WARM_UP,
        postgraphile: "postgraphile@5.1.5, PostGraphileAmberPreset, own pg pool of 20, no pgSettings",
        project: "national coordinator's token; the server checks it (one SQL statement) and applies the access rules",
        statements: "per request, counted on each side's own pool",
        cpu: "per request: this process (the server under load; the client is a child process) + this database's PostgreSQL backends, from /proc",
      },
    };
    const shortened = Object.keys(process.env).some((name) => name.startsWith("BENCH_PEERS_"));
    const file = writeReport("peers", report, shortened);
    log(`Wrote ${file}; the whole run took ${((performance.now() - runStarted) / 1000).toFixed(0)} s`);
  } finally {
    client.stop();
    await peer?.stop();
    await server?.stop();
    await database.drop();
    await dbServer.stop();
  }
}

if (process.argv[2] === "client") runClient();
else runMain(main);
