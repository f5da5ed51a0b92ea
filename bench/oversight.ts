// `npm run bench -- oversight` (issues 5 and 21): how fast does the coordinators' dashboard
// answer, over HTTP, for the national coordinator and for a regional coordinator, and how
// much memory does the server hold meanwhile? Targets: every query p95 ≤ 300 ms; the
// server's RSS ≤ 250 MiB at 100,000 key persons and 2,000,000 hour entries.
//
// Sizes: without options both sizes of the record (bench/country.ts COUNTRY_SIZES: 10,000
// key persons with 1,000,000 hour entries, and 100,000 with 2,000,000), each in a process of
// its own, into bench/results/oversight.json (`sizes`). One size of one's own:
//   npm run bench -- oversight --key-persons 100000 --hour-entries 2000000
// (or BENCH_OVERSIGHT_KEY_PERSONS / BENCH_OVERSIGHT_HOUR_ENTRIES), into bench/scratch/oversight.json.
//
// A scratch database is filled in SQL (bench/country.ts; not through the API: 1,000,000
// rows would take hours). Then a server is started in a process of its own and every query
// the console's dashboard sends (admin/src/dashboard/, admin/src/dataProvider/) is timed
// over HTTP, round-robin (so other work on the machine hits every query alike), after a
// warm-up: the oversight dashboard as the console asks for it and each of its parts alone,
// the action list's pages, the coverage map for several languages, the registry counts and
// the rest of the page. The server's RSS is sampled every 100 ms meanwhile (highest and
// last). Prints a table (p50/p95/max, ratio to the target, CPU per request: the server
// process and the PostgreSQL backends of the pool, from /proc, which hardly depends on
// other work on the machine) with the load average and the quiet verdict (support.ts).
// Asserts nothing.
//
// Database: DATABASE_URL's server when set (local only; a scratch database is created and
// dropped), else an embedded PostgreSQL in .data/bench-oversight-pg. BENCH_OVERSIGHT_RUNS=10
// runs less while working on it (written to bench/scratch/). BENCH_OVERSIGHT_KEEP=1 keeps
// the database and prints its URL, for EXPLAIN ANALYZE; BENCH_OVERSIGHT_REUSE=<its name>
// times it again (with the code of now: the server migrates it) without loading it anew.
import "reflect-metadata";
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import type { DataSource } from "typeorm";
import type { RunningServer } from "../server/src/server";
import { projectRoot } from "../server/src/shared/paths";
import { COUNTRY_SIZES, countCountry, DEMO_REGION, loadCountry, signInCoordinators, type CountrySize } from "./country";
import {
  backendPids,
  createScratchDatabase,
  loadAverage,
  loadHeading,
  machine,
  openDatabaseServer,
  processTicks,
  runMain,
  startBenchServer,
  TICK_MS,
  writeReport,
} from "./support";

const RUNS = Number(process.env.BENCH_OVERSIGHT_RUNS || 50);
const WARM_UP = 5;
const TARGET_MS = 300;
/** Issue 21: the server's resident memory while the national dashboard is asked for, at 100,000 key persons. */
const RSS_TARGET_MIB = 250;
const REGION = DEMO_REGION;
/** The coverage map opens on Tigrinya (CoverageMap.tsx); the others are picked from the data (see coverageLanguages). */
const CONSOLE_LANGUAGE = "tir";

const log = (line: string) => console.log(line);
const round1 = (x: number) => Math.round(x * 10) / 10;

// ---- the console's queries --------------------------------------------------------------

// The operations as the console sends them: admin/src/dataProvider/oversight.ts (dashboard,
// coverage), buildQuery.ts (the StatCards' one-row pages of keyPersons, organisations,
// users), compensation.ts (compensationRulesMissing), referenceData.ts (languages, for
// the coverage map's language picker). Copied, because the console's modules are not
// part of the server build; keep them in step.
const DASHBOARD_FIELDS = `
  byStatus { status count } byWellbeing { status count } bySupervision { status count }
  staleCount unmetRequests
  utilisation { label count } bookedUtilisation { label count }
  referrals { total needsRerouting byState { key count } byTopic { key count } byService { key label count } medianDaysToAccept medianDaysToAppointment }
  unmetByKind { kind count } hoursByWork { kind ownActivity declaredHours approvedHours }
  weeklyHours { weekEnding declaredHours capacityHours }
  actionCounts { kind count }`;
const DASHBOARD_PARTS: Record<string, string> = {
  "dashboard: status counts": `byStatus { status count } byWellbeing { status count } bySupervision { status count } staleCount unmetRequests`,
  "dashboard: action counts": `actionCounts { kind count }`,
  "dashboard: utilisation": `utilisation { label count }`,
  "dashboard: weekly hours": `weeklyHours { weekEnding declaredHours capacityHours }`,
};
/** The console's action list (ActionList.tsx): a page of ten of one kind, with the counts. */
const ACTIONS = `query Actions($kind: ActionKind, $page: Int, $perPage: Int) {
  result: oversightActions(kind: $kind, page: $page, perPage: $perPage) {
    items { kind reasons { code params } keyPerson { id displayName homeMunicipality { code name } } } total counts { kind count } } }`;
const KEY_PERSON_LIST_FIELDS = `
  id displayName status stale weeklyCapacityHours
  homeMunicipality { code name }
  languages { language { code name nameNl } level }
  expertise { code name nameNl }
  workload { weeklyCapacityHours committedHours utilisation }`;
const ORGANISATION_FIELDS = `id name kind municipality { code name } createdAt`;
const USER_FIELDS = `
  id email role locale createdAt lastLoginAt
  keyPerson { id displayName } organisation { id name } municipalities { code name }`;
const list = (field: string, filterType: string, fields: string) =>
  `query List($filter: ${filterType}, $page: Int, $perPage: Int) {
    result: ${field}(filter: $filter, page: $page, perPage: $perPage) { items { ${fields} } total } }`;
const COVERAGE = `query Coverage($languageCode: String!) {
  result: coverage(languageCode: $languageCode) { municipality { code name province } reachable unmetRequests } }`;

interface Operation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** What the answer holds, for the report: proof that the query had real work. */
  summarise: (result: unknown) => string;
}

const itemsOf = (result: unknown) => `total ${(result as { total: number }).total}`;

function operations(role: "COORDINATOR" | "REGIONAL_COORDINATOR", languages: string[]): Operation[] {
  const dashboard = (name: string, fields: string): Operation => ({
    name,
    query: `query Dashboard { result: oversightDashboard { ${fields} } }`,
    variables: {},
    summarise: (result) => {
      const d = result as {
        actionCounts?: { count: number }[];
        byStatus?: { count: number }[];
        weeklyHours?: { declaredHours: number }[];
        utilisation?: { count: number }[];
      };
      if (d.actionCounts && !d.byStatus) return `${d.actionCounts.reduce((s, x) => s + x.count, 0)} actions counted`;
      if (d.byStatus) return `${d.byStatus.reduce((s, x) => s + x.count, 0)} key persons counted`;
      if (d.weeklyHours) return `${Math.round(d.weeklyHours.reduce((s, w) => s + w.declaredHours, 0))} h over ${d.weeklyHours.length} weeks`;
      return `${d.utilisation?.reduce((s, x) => s + x.count, 0)} active key persons`;
    },
  });
  const page = (name: string, field: string, filterType: string, fields: string, filter: Record<string, unknown>): Operation => ({
    name,
    query: list(field, filterType, fields),
    variables: { filter, page: 1, perPage: 1 },
    summarise: itemsOf,
  });
  return [
    dashboard("dashboard (as the console asks)", DASHBOARD_FIELDS),
    ...Object.entries(DASHBOARD_PARTS).map(([name, fields]) => dashboard(name, fields)),
    // The list opens on the most urgent kind with items; a coordinator pages on through the supervision reminders.
    ...[
      { name: "action list: first page", variables: { kind: null, page: 1, perPage: 10 } },
      { name: "action list: overdue, page 20", variables: { kind: "SUPERVISION_OVERDUE", page: 20, perPage: 10 } },
    ].map(({ name, variables }): Operation => ({
      name,
      query: ACTIONS,
      variables,
      summarise: (result) => {
        const page = result as { items: unknown[]; total: number };
        return `${page.items.length} of ${page.total} actions`;
      },
    })),
    ...languages.map((code): Operation => ({
      name: `coverage map: ${code}`,
      query: COVERAGE,
      variables: { languageCode: code },
      summarise: (result) => {
        const rows = result as { reachable: number; unmetRequests: number }[];
        return `${rows.length} municipalities, ${rows.filter((r) => r.reachable === 0).length} unreached, ${rows.reduce((s, r) => s + r.unmetRequests, 0)} unmet`;
      },
    })),
    page("count: key persons", "keyPersons", "KeyPersonFilter", KEY_PERSON_LIST_FIELDS, {}),
    page("count: active", "keyPersons", "KeyPersonFilter", KEY_PERSON_LIST_FIELDS, { status: "ACTIVE" }),
    page("count: stale", "keyPersons", "KeyPersonFilter", KEY_PERSON_LIST_FIELDS, { stale: true }),
    page("count: organisations", "organisations", "OrganisationFilter", ORGANISATION_FIELDS, {}),
    ...(role === "COORDINATOR" ? [page("count: users", "users", "UserFilter", USER_FIELDS, {})] : []),
    {
      name: "compensation rules missing",
      query: `query Missing { result: compensationRulesMissing }`,
      variables: {},
      summarise: (r) => `${(r as unknown[]).length} years`,
    },
    {
      name: "languages (picker)",
      query: `query { result: languages { code name nameNl } }`,
      variables: {},
      summarise: (r) => `${(r as unknown[]).length} languages`,
    },
  ];
}

/**
 * The console's language (Tigrinya) and three more from the data: the language most key
 * persons speak (every speaker is weighed against every municipality), one in the middle
 * and the most requested one among the unmet requests.
 */
async function coverageLanguages(dataSource: DataSource): Promise<string[]> {
  const spoken: { code: string }[] = await dataSource.query(`SELECT language_code AS code FROM key_person_language GROUP BY 1 ORDER BY count(*) DESC, 1`);
  const [unmet] = await dataSource.query(
    `SELECT l AS code FROM match_request, unnest(language_codes) AS l WHERE unmet_since IS NOT NULL AND status = 'OPEN' GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
  );
  const picked = [CONSOLE_LANGUAGE, spoken[0]?.code, unmet?.code, spoken[Math.floor(spoken.length / 2)]?.code];
  return [...new Set(picked.filter((code): code is string => Boolean(code)))];
}

// ---- measuring -------------------------------------------------------------------------

const ticksOf = (pids: number[]) => new Map(pids.map((pid) => [pid, processTicks(pid)]));

/** CPU ticks the backends used between two readings; a backend that closed in between (idle in the pool) is left out. */
function ticksBetween(before: Map<number, number>, after: Map<number, number>): number {
  let ticks = 0;
  for (const [pid, then] of before) {
    const now = after.get(pid);
    if (Number.isFinite(then) && now !== undefined && Number.isFinite(now)) ticks += now - then;
  }
  return ticks;
}

interface Figures {
  n: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentiles, in ms, rounded to 0.1. */
function figures(samples: number[]): Figures {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  return {
    n: sorted.length,
    p50: round1(at(0.5)),
    p95: round1(at(0.95)),
    max: round1(sorted[sorted.length - 1]),
    mean: round1(sorted.reduce((s, x) => s + x, 0) / sorted.length),
  };
}

interface QueryResult extends Figures {
  role: string;
  query: string;
  /** p95 ÷ the 300 ms target: ≤ 1 meets it. */
  ratioToTarget: number;
  meetsTarget: boolean;
  /** Mean CPU per request, ms: the server's Node process (not the HTTP client) and the pool's PostgreSQL backends (parallel query workers not counted: a lower bound); /proc counts in 10 ms ticks, so means over many requests. */
  cpu: { node: number; postgres: number | null };
  answerBytes: number;
  answer: string;
}

async function timeRole(
  server: ServedServer,
  dataSource: DataSource,
  role: "COORDINATOR" | "REGIONAL_COORDINATOR",
  token: string,
  languages: string[],
): Promise<QueryResult[]> {
  const ops = operations(role, languages);
  const post = async (op: Operation) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: op.query, variables: op.variables }),
    });
    const text = await response.text();
    const body = JSON.parse(text) as { data?: { result: unknown }; errors?: { message: string }[] };
    if (body.errors?.length || !body.data) throw new Error(`${role} ${op.name}: ${body.errors?.map((e) => e.message).join("; ") ?? response.status}`);
    return { bytes: Buffer.byteLength(text), result: body.data.result };
  };
  const answers = new Map<string, { bytes: number; result: unknown }>();
  for (let i = 0; i < WARM_UP; i++) for (const op of ops) answers.set(op.name, await post(op));
  const samples = new Map<string, number[]>(ops.map((op) => [op.name, []]));
  const cpu = new Map<string, { node: number; ticks: number }>(ops.map((op) => [op.name, { node: 0, ticks: 0 }]));
  const procReadable = Number.isFinite(processTicks(server.pid));
  // Round-robin: each round asks every query once, so load from other work falls on all alike.
  for (let round = 0; round < RUNS; round++) {
    for (const op of ops) {
      // The pool's backends, read before each request (outside the timing): the dashboard uses several at once.
      const before = ticksOf(await backendPids(dataSource));
      const node = processTicks(server.pid);
      const started = performance.now();
      await post(op);
      samples.get(op.name)!.push(performance.now() - started);
      const c = cpu.get(op.name)!;
      c.node += (processTicks(server.pid) - node) * TICK_MS;
      c.ticks += ticksBetween(before, ticksOf([...before.keys()]));
    }
  }
  return ops.map((op) => {
    const f = figures(samples.get(op.name)!);
    const c = cpu.get(op.name)!;
    const answer = answers.get(op.name)!;
    return {
      role,
      query: op.name,
      ...f,
      ratioToTarget: Math.round((f.p95 / TARGET_MS) * 100) / 100,
      meetsTarget: f.p95 <= TARGET_MS,
      cpu: { node: round1(c.node / RUNS), postgres: procReadable ? round1((c.ticks * TICK_MS) / RUNS) : null },
      answerBytes: answer.bytes,
      answer: op.summarise(answer.result),
    };
  });
}

function table(results: QueryResult[]): string {
  const head = ["role", "query", "p50", "p95", "max", "p95/300ms", "cpu node+pg", "answer"];
  const rows = results.map((r) => [
    r.role === "COORDINATOR" ? "national" : "regional",
    r.query,
    `${r.p50} ms`,
    `${r.p95} ms`,
    `${r.max} ms`,
    `${r.ratioToTarget.toFixed(2)}${r.meetsTarget ? "" : " MISS"}`,
    `${r.cpu.node}+${r.cpu.postgres ?? "?"} ms`,
    `${r.answer}, ${Math.round(r.answerBytes / 1024)} KiB`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  return [head, ...rows]
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i]))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

// ---- the server under test, in a process of its own ---------------------------------------

/** The server the queries are timed against: a child process, so its memory and CPU are its own (not the loader's, not the client's). */
interface ServedServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** `--serve <database url>`: start the bench server, say its URL on stdout, run until SIGTERM. */
async function serve(databaseUrl: string): Promise<void> {
  const server = await startBenchServer(databaseUrl, {}, { log });
  process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
  process.on("SIGTERM", () => {
    void server.stop().then(() => process.exit(0));
  });
}

function startServed(databaseUrl: string): Promise<ServedServer> {
  const child = spawn(process.execPath, [__filename, "--serve", databaseUrl], { stdio: ["ignore", "pipe", "inherit"], env: process.env });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    let buffered = "";
    child.once("exit", (code) => reject(new Error(`The server under test ended (exit ${code}) before it listened`)));
    child.stdout.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const line = buffered.split("\n").find((l) => l.startsWith("{"));
      if (!line) return;
      const { url } = JSON.parse(line) as { url: string };
      resolve({
        url,
        pid: child.pid!,
        stop: async () => {
          child.kill("SIGTERM");
          await exited;
        },
      });
    });
  });
}

/** The resident set of a process, in MiB (VmRSS), or NaN where /proc cannot be read. */
function rssMiB(pid: number): number {
  try {
    const kib = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kib === undefined ? NaN : Number(kib) / 1024;
  } catch {
    return NaN;
  }
}

/** Samples a process's RSS every 100 ms until stopped: the highest and the last. */
function watchRss(pid: number): { stop(): { maxMiB: number; endMiB: number; startMiB: number; samples: number } } {
  const startMiB = rssMiB(pid);
  let maxMiB = startMiB;
  let samples = 1;
  const timer = setInterval(() => {
    maxMiB = Math.max(maxMiB, rssMiB(pid));
    samples++;
  }, 100);
  return {
    stop: () => {
      clearInterval(timer);
      const endMiB = rssMiB(pid);
      return { startMiB: round1(startMiB), maxMiB: round1(Math.max(maxMiB, endMiB)), endMiB: round1(endMiB), samples: samples + 1 };
    },
  };
}

// ---- one size, or both --------------------------------------------------------------------

/**
 * The size to fill: `--key-persons N --hour-entries M` (or BENCH_OVERSIGHT_KEY_PERSONS and
 * BENCH_OVERSIGHT_HOUR_ENTRIES); null when none is given: then both sizes the report
 * records (COUNTRY_SIZES), each in a process of its own.
 */
function askedSize(): CountrySize | null {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { "key-persons": { type: "string" }, "hour-entries": { type: "string" }, part: { type: "boolean" }, serve: { type: "string" } },
    strict: true,
  });
  const keyPersons = values["key-persons"] ?? process.env.BENCH_OVERSIGHT_KEY_PERSONS;
  const hourEntries = values["hour-entries"] ?? process.env.BENCH_OVERSIGHT_HOUR_ENTRIES;
  if (keyPersons === undefined && hourEntries === undefined) return null;
  const size = { keyPersons: Number(keyPersons ?? COUNTRY_SIZES.medium.keyPersons), hourEntries: Number(hourEntries ?? COUNTRY_SIZES.medium.hourEntries) };
  if (!Number.isInteger(size.keyPersons) || size.keyPersons < 1 || !Number.isInteger(size.hourEntries) || size.hourEntries < 0)
    throw new Error(`Give whole numbers: --key-persons ${keyPersons} --hour-entries ${hourEntries}`);
  return size;
}

const isPart = () => process.argv.includes("--part");
const partName = (size: CountrySize) => `oversight-part-${size.keyPersons}-${size.hourEntries}`;

async function main() {
  const serveAt = process.argv.indexOf("--serve");
  if (serveAt !== -1) return serve(process.argv[serveAt + 1]);
  const size = askedSize();
  if (size !== null) {
    const report = await benchSize(size);
    // A part of the two-size run goes to its parent; a size of one's own (or a shortened run) never replaces the record.
    const file = writeReport(isPart() ? partName(size) : "oversight", report, true);
    log(`\nWrote ${file}`);
    return;
  }
  // Both sizes, each in a fresh process (its own server, so the larger size's memory is its own).
  const runStarted = performance.now();
  const parts: unknown[] = [];
  for (const part of [COUNTRY_SIZES.medium, COUNTRY_SIZES.large]) {
    log(`\n== ${part.keyPersons.toLocaleString("en")} key persons, ${part.hourEntries.toLocaleString("en")} hour entries ==`);
    const run = spawnSync(process.execPath, [__filename, "--key-persons", String(part.keyPersons), "--hour-entries", String(part.hourEntries), "--part"], {
      stdio: "inherit",
      env: process.env,
    });
    if (run.status !== 0) throw new Error(`The run at ${part.keyPersons} key persons failed (exit ${run.status ?? run.signal})`);
    parts.push(JSON.parse(readFileSync(path.join(projectRoot(), "bench", "scratch", `${partName(part)}.json`), "utf8")));
  }
  const shortened = process.env.BENCH_OVERSIGHT_RUNS !== undefined;
  const file = writeReport("oversight", { date: new Date().toISOString(), machine: machine(), sizes: parts }, shortened);
  log(`\nWrote ${file}; the whole run took ${round1((performance.now() - runStarted) / 1000)} s`);
}

/** A database kept by an earlier run, on the same server. */
function reusedDatabase(adminUrl: string, name: string) {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: async () => {} };
}

/** Fills a scratch database of `size`, then times the console's queries against a server of its own. */
async function benchSize(size: CountrySize) {
  const runStarted = performance.now();
  const dbServer = await openDatabaseServer("bench-oversight-pg", log);
  // BENCH_OVERSIGHT_REUSE=sk_bench_oversight_…: a database an earlier run kept (BENCH_OVERSIGHT_KEEP=1), of the same
  // size, timed again without loading it (its dates then lie that much further back); it is kept.
  const reuse = process.env.BENCH_OVERSIGHT_REUSE;
  if (reuse !== undefined && !/^sk_bench_oversight_\d+$/.test(reuse)) throw new Error(`BENCH_OVERSIGHT_REUSE names a kept database: ${reuse}`);
  const database = reuse ? reusedDatabase(dbServer.adminUrl, reuse) : await createScratchDatabase(dbServer, `sk_bench_oversight_${process.pid}`);
  const keep = process.env.BENCH_OVERSIGHT_KEEP === "1" || reuse !== undefined;
  let server: RunningServer | null = null;
  let served: ServedServer | null = null;
  try {
    log(`Database: ${dbServer.kind}`);
    server = await startBenchServer(database.url, {}, { log });
    const { coordinator, regional, coordinatorUserId } = await signInCoordinators(server, REGION);

    log(`Loading ${size.keyPersons.toLocaleString("en")} key persons and ${size.hourEntries.toLocaleString("en")} hour entries (SQL, not timed as queries):`);
    const loadStarted = performance.now();
    const loaded = reuse
      ? { counts: await countCountry(server.dataSource, REGION, new Date().toISOString().slice(0, 10)), seconds: {} }
      : await loadCountry(server.dataSource, size, { coordinatorUserId, now: new Date(), region: REGION, log });
    const loadSeconds = round1((performance.now() - loadStarted) / 1000);
    log(`  loaded in ${loadSeconds} s: ${JSON.stringify(loaded.counts)}`);
    const languages = await coverageLanguages(server.dataSource);
    const [{ version, jit }] = await server.dataSource.query(
      `SELECT current_setting('server_version') AS version, current_setting('jit') = 'on' AND pg_jit_available() AS jit`,
    );

    // The loader's server stays (its pool serves the CPU readings); the queries go to a server process of its own.
    served = await startServed(database.url);
    const loadBefore = loadAverage();
    log(`\nTiming ${RUNS} runs of each query per role, round-robin, after ${WARM_UP} warm-up rounds (load average ${loadBefore}) …`);
    const timingStarted = performance.now();
    const rss = watchRss(served.pid);
    const results = [
      ...(await timeRole(served, server.dataSource, "COORDINATOR", coordinator, languages)),
      ...(await timeRole(served, server.dataSource, "REGIONAL_COORDINATOR", regional, languages)),
    ];
    const serverRss = rss.stop();
    const loadAfter = loadAverage();
    const timingSeconds = round1((performance.now() - timingStarted) / 1000);

    log(
      `\nOversight dashboard: ${loaded.counts.keyPersons.toLocaleString("en")} key persons, ${loaded.counts.hourEntries.toLocaleString("en")} hour entries; ${RUNS} timed runs per query over HTTP;`,
    );
    log(
      `regional = a regional coordinator of ${REGION.length} municipalities (${loaded.counts.keyPersonsInRegion} key persons); cpu = mean per request, the server's Node process + PostgreSQL\n`,
    );
    log(loadHeading());
    log(table(results));
    const missed = results.filter((r) => !r.meetsTarget);
    log(
      `\n${missed.length === 0 ? `Every query: p95 ≤ ${TARGET_MS} ms.` : `Missed the ${TARGET_MS} ms target: ${missed.map((r) => `${r.role} ${r.query} (${r.p95} ms)`).join(", ")}`}`,
    );
    log(
      `Server RSS while timed: ${serverRss.startMiB} MiB at the start, at most ${serverRss.maxMiB} MiB, ${serverRss.endMiB} MiB at the end (target ≤ ${RSS_TARGET_MIB} MiB${serverRss.maxMiB > RSS_TARGET_MIB ? ": MISS" : ""}); timing took ${timingSeconds} s`,
    );

    const report = {
      machine: { ...machine(), postgres: version, jit, database: dbServer.kind },
      date: new Date().toISOString(),
      size,
      targetP95Ms: TARGET_MS,
      targetRssMiB: RSS_TARGET_MIB,
      runsPerQuery: RUNS,
      warmUpRounds: WARM_UP,
      region: REGION,
      coverageLanguages: languages,
      data: loaded.counts,
      loadSeconds: { total: loadSeconds, ...loaded.seconds },
      timingSeconds,
      /** The machine's 1-minute load average before and after timing (the full record, 1/5/15 min and the verdict: `load`). */
      loadAverage: [loadBefore, loadAfter],
      /** The server process's resident memory, sampled every 100 ms while the queries were timed. */
      serverRss,
      allMeetTarget: missed.length === 0,
      rssMeetsTarget: serverRss.maxMiB <= RSS_TARGET_MIB,
      queries: results,
      runSeconds: round1((performance.now() - runStarted) / 1000),
    };
    if (keep) {
      log(`Kept the database for EXPLAIN: ${database.url} (the embedded PostgreSQL stops when this process ends; drop it with DROP DATABASE ${database.name})`);
    }
    return report;
  } finally {
    await served?.stop();
    await server?.stop();
    if (!keep) await database.drop();
    await dbServer.stop();
  }
}

runMain(main);
