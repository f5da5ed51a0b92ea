// `npm run bench -- load` (issue 7): 30 s of mixed reads and writes at 50 connections
// against the real server with the demo data, as the users of the four roles would send
// them. It must end with zero errors (a non-2xx answer, a socket error or timeout, or a
// GraphQL error all count), prints p50/p99 overall and per operation, and then
// reconciles the rows: every write answered with success is in the database, and the
// row counts grew by exactly the writes that committed.
//
// The server runs in this process (startServer, demo seed, rate limits set high as the
// tests do); the load comes from autocannon in a worker thread, so the load generator
// does not share the server's event loop. Each operation is its own autocannon instance
// with a fixed share of the 50 connections, which gives a latency figure per operation.
//
// Writes are made so that none is refused for a legitimate reason: every match request
// has its own case reference, and hours are declared in half-hour slots on days each key
// person still has room on (at most 24 hours a day over all assignments).
//
// At the 30 s mark autocannon closes its connections without waiting for the answers in
// flight; the server still finishes those requests. The reconciliation therefore counts,
// per table, the answered successes (all must be there, by id) plus those cut-off writes
// that committed (at most the number left unanswered).
//
// Database: DATABASE_URL's server when set (local only; a scratch database is created and
// dropped), else an embedded PostgreSQL in .data/bench-load-pg. BENCH_LOAD_SECONDS and
// BENCH_LOAD_CONNECTIONS shorten or change a run; such a run writes bench/scratch/load.json.
import "reflect-metadata";
import { performance } from "node:perf_hooks";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import type { RunningServer } from "../server/src/server";
import { DEMO_PASSWORD } from "../server/src/seed/demo";
import { createScratchDatabase, gql, loadAverage, loadHeading, machine, openDatabaseServer, startBenchServer, runMain, writeReport } from "./support";

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS || 30);
const CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS || 50);
const FULL_RUN = !process.env.BENCH_LOAD_SECONDS && !process.env.BENCH_LOAD_CONNECTIONS;
/** Half an hour per declaration: a key person's day holds 48 of them, minus what the demo already declared. */
const HOURS_PER_DECLARATION = 0.5;
/** Hours go on the last 60 days (never before the assignment began, never in the future). */
const DECLARE_DAYS = 60;
const ORGANISATION_USER_PASSWORD = "bench-organisation-password";

const log = (line: string) => console.log(line);

// ---- the operations ------------------------------------------------------------------

type OperationName = "keyPersons" | "publicKeyPersons" | "matchCandidates" | "hourEntries" | "createMatchRequest" | "declareHours";

/** Each operation's share of the connections; writes are 18 of 50. */
const SHARES: Record<OperationName, number> = {
  keyPersons: 10,
  publicKeyPersons: 8,
  matchCandidates: 10,
  hourEntries: 4,
  createMatchRequest: 8,
  declareHours: 10,
};
const WRITES: OperationName[] = ["createMatchRequest", "declareHours"];

const QUERIES: Record<OperationName, string> = {
  keyPersons: `query($page: Int!) { keyPersons(page: $page, perPage: 25) { total items { id displayName status homeMunicipality { name } languages { language { code } level } } } }`,
  publicKeyPersons: `query($languages: [String!]) { publicKeyPersons(languageCodes: $languages, perPage: 25) { total items { id displayName municipality { name } languages { language { code } level } } } }`,
  matchCandidates: `query($request: ID!) { matchCandidates(requestId: $request, limit: 10) { score distanceKm reasons keyPerson { id displayName } } }`,
  hourEntries: `{ hourEntries(perPage: 25) { total items { id date hours status } } }`,
  createMatchRequest: `mutation($input: MatchRequestInput!) { createMatchRequest(input: $input) { id } }`,
  declareHours: `mutation($input: HourEntryInput!) { declareHours(input: $input) { id } }`,
};

/** Everything the load worker needs, prepared (not timed) by the main thread. */
interface Plan {
  url: string;
  seconds: number;
  connections: Record<OperationName, number>;
  /** Coordinator and regional coordinator: the registry list. */
  coordinatorTokens: string[];
  /** One login per demo organisation, with a request of its own to rank candidates for. */
  organisations: { token: string; requestId: string }[];
  /** Where newcomers are: key persons' home points, with the languages spoken there. */
  places: { lat: number; lon: number; languages: string[] }[];
  keyPersonTokens: Record<string, string>;
  /** Half-hour slots that fit: key person, assignment, day. Used in order, each once. */
  slots: { keyPersonId: string; assignmentId: string; date: string }[];
  languages: string[];
}

interface OperationResult {
  name: OperationName;
  connections: number;
  sent: number;
  answered: number;
  ok: number;
  non2xx: number;
  socketErrors: number;
  timeouts: number;
  graphqlErrors: number;
  errorSamples: string[];
  /** Ids returned by writes answered with success. */
  ids: string[];
  latenciesMs: number[];
}

// ---- the load worker -----------------------------------------------------------------

interface AutocannonRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: AutocannonRequest) => AutocannonRequest;
  onResponse?: (status: number, body: string) => void;
}
interface AutocannonInstance {
  on(event: "response", listener: (client: unknown, status: number, bytes: number, responseTimeMs: number) => void): void;
  on(event: "done", listener: (result: { errors: number; timeouts: number; non2xx: number }) => void): void;
}
type Autocannon = (options: { url: string; connections: number; duration: number; timeout: number; requests: AutocannonRequest[] }) => AutocannonInstance;

async function runLoad(plan: Plan): Promise<OperationResult[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- autocannon ships no types: the Autocannon type above describes what is used
  const autocannon = require("autocannon") as Autocannon;
  let n = 0;
  const pick = <T>(list: T[]) => list[n++ % list.length];
  let slot = 0;
  let caseNumber = 0;
  const variables: Record<OperationName, () => { token?: string; variables: Record<string, unknown> }> = {
    keyPersons: () => ({ token: pick(plan.coordinatorTokens), variables: { page: 1 + (n % 8) } }),
    publicKeyPersons: () => ({ variables: { languages: n % 3 === 0 ? null : [pick(plan.languages)] } }),
    matchCandidates: () => {
      const organisation = pick(plan.organisations);
      return { token: organisation.token, variables: { request: organisation.requestId } };
    },
    hourEntries: () => ({ token: pick(Object.values(plan.keyPersonTokens)), variables: {} }),
    createMatchRequest: () => {
      const place = pick(plan.places);
      return {
        token: pick(plan.organisations).token,
        variables: {
          input: {
            caseReference: `load-${process.pid}-${++caseNumber}`,
            location: { lat: place.lat, lon: place.lon },
            languageCodes: place.languages.slice(0, 1),
            hoursPerWeek: 2,
            funding: caseNumber % 2 === 0 ? "ORGANISATION" : "NATIONAL_SCHEME",
            newcomerConsent: true,
            remoteAcceptable: caseNumber % 3 === 0,
          },
        },
      };
    },
    declareHours: () => {
      // More slots are prepared than 30 s can use; running out would be a refusal, so it stops the run.
      if (slot >= plan.slots.length) throw new Error(`Out of hour slots after ${slot}: prepare more`);
      const { keyPersonId, assignmentId, date } = plan.slots[slot++];
      return { token: plan.keyPersonTokens[keyPersonId], variables: { input: { assignmentId, date, hours: HOURS_PER_DECLARATION, activity: "SUPPORT" } } };
    },
  };

  const run = (name: OperationName) =>
    new Promise<OperationResult>((resolve) => {
      const result: OperationResult = {
        name,
        connections: plan.connections[name],
        sent: 0,
        answered: 0,
        ok: 0,
        non2xx: 0,
        socketErrors: 0,
        timeouts: 0,
        graphqlErrors: 0,
        errorSamples: [],
        ids: [],
        latenciesMs: [],
      };
      const instance = autocannon({
        url: plan.url,
        connections: plan.connections[name],
        duration: plan.seconds,
        timeout: 30,
        requests: [
          {
            method: "POST",
            path: "/graphql",
            setupRequest: (request) => {
              const { token, variables: vars } = variables[name]();
              result.sent++;
              return {
                ...request,
                headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
                body: JSON.stringify({ query: QUERIES[name], variables: vars }),
              };
            },
            onResponse: (status, body) => {
              result.answered++;
              if (status < 200 || status > 299) {
                if (result.errorSamples.length < 5) result.errorSamples.push(`HTTP ${status}: ${body.slice(0, 300).trim()}`);
                return; // counted by autocannon as non2xx
              }
              const answer = JSON.parse(body) as { data?: Record<string, { id?: string } | null>; errors?: unknown[] };
              if (answer.errors?.length || !answer.data) {
                result.graphqlErrors++;
                if (result.errorSamples.length < 5) result.errorSamples.push(body.slice(0, 300).trim());
                return;
              }
              result.ok++;
              if (WRITES.includes(name)) result.ids.push(String(answer.data[name]!.id));
            },
          },
        ],
      });
      instance.on("response", (_client, _status, _bytes, ms) => result.latenciesMs.push(ms));
      instance.on("done", (done) => {
        result.non2xx = done.non2xx;
        result.timeouts = done.timeouts;
        result.socketErrors = done.errors - done.timeouts;
        resolve(result);
      });
    });
  return Promise.all((Object.keys(SHARES) as OperationName[]).map(run));
}

if (!isMainThread) {
  runLoad(workerData as Plan).then(
    (results) => parentPort!.postMessage({ results }),
    (error) => parentPort!.postMessage({ error: String(error?.stack ?? error) }),
  );
}

// ---- preparing the run (main thread, not timed) ----------------------------------------

/** Splits `total` connections by the shares, each operation at least one. */
function connectionsFor(total: number): Record<OperationName, number> {
  const sum = Object.values(SHARES).reduce((a, b) => a + b, 0);
  const names = Object.keys(SHARES) as OperationName[];
  const split = Object.fromEntries(names.map((name) => [name, Math.max(1, Math.floor((SHARES[name] * total) / sum))])) as Record<OperationName, number>;
  let left = total - Object.values(split).reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i++, left--) split[names[i % names.length]]++;
  return split;
}

async function login(url: string, email: string, password: string): Promise<string> {
  const data = await gql<{ login: { token: string } }>(url, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, {
    e: email,
    p: password,
  });
  return data.login.token;
}

async function prepare(server: RunningServer): Promise<Omit<Plan, "seconds" | "connections">> {
  const db = server.dataSource;
  const coordinatorTokens = [
    await login(server.url, "coordinator@sleutelkaart.demo", DEMO_PASSWORD),
    await login(server.url, "regio@sleutelkaart.demo", DEMO_PASSWORD),
  ];

  // A login for every demo organisation, each with one request to rank candidates for.
  const places: Plan["places"] = (
    await db.query(
      `SELECT k.home_lat AS lat, k.home_lon AS lon, array_agg(l.language_code ORDER BY l.level) AS languages
       FROM key_person k JOIN key_person_language l ON l.key_person_id = k.id WHERE k.status = 'ACTIVE' GROUP BY k.id ORDER BY k.id`,
    )
  ).map((p: { lat: number; lon: number; languages: string[] }) => ({ lat: Number(p.lat), lon: Number(p.lon), languages: p.languages }));
  const organisationIds: string[] = (await db.query(`SELECT id FROM organisation ORDER BY id`)).map((o: { id: number }) => String(o.id));
  const organisations: Plan["organisations"] = [];
  for (const [i, organisationId] of organisationIds.entries()) {
    const email = `bench-organisation-${i}@example.org`;
    await gql(
      server.url,
      `mutation($e: String!, $o: ID!, $p: String!) { createOrganisationUser(email: $e, organisationId: $o, password: $p) { id } }`,
      { e: email, o: organisationId, p: ORGANISATION_USER_PASSWORD },
      coordinatorTokens[0],
    );
    const token = await login(server.url, email, ORGANISATION_USER_PASSWORD);
    const place = places[(i * 37) % places.length];
    const { createMatchRequest } = await gql<{ createMatchRequest: { id: string } }>(
      server.url,
      QUERIES.createMatchRequest,
      {
        input: {
          caseReference: `load-setup-${i}`,
          location: { lat: place.lat, lon: place.lon },
          languageCodes: place.languages.slice(0, 1),
          hoursPerWeek: 2,
          funding: "ORGANISATION",
          newcomerConsent: true,
        },
      },
      token,
    );
    organisations.push({ token, requestId: createMatchRequest.id });
  }

  // Key persons with an active assignment log in (the demo gives only one of them a
  // password; the others get the same one here) and declare hours on it.
  const assignments: { assignment_id: number; key_person_id: number; email: string; began: string }[] = await db.query(
    `SELECT a.id AS assignment_id, a.key_person_id, u.email, to_char(a.proposed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS began
     FROM assignment a JOIN app_user u ON u.key_person_id = a.key_person_id WHERE a.status = 'ACTIVE' ORDER BY a.id`,
  );
  if (assignments.length === 0) throw new Error("The demo data has no active assignments to declare hours on");
  await db.query(
    `UPDATE app_user SET password_hash = (SELECT password_hash FROM app_user WHERE email = 'coordinator@sleutelkaart.demo') WHERE key_person_id = ANY($1)`,
    [assignments.map((a) => a.key_person_id)],
  );
  const keyPersonTokens: Record<string, string> = {};
  for (const a of assignments) keyPersonTokens[a.key_person_id] ??= await login(server.url, a.email, DEMO_PASSWORD);

  // Room per key person per day, after what the demo already declared.
  const declared = new Map<string, number>(
    (
      await db.query(
        `SELECT key_person_id, to_char(date, 'YYYY-MM-DD') AS date, sum(hours::numeric)::float8 AS hours FROM hour_entry WHERE status <> 'REJECTED' GROUP BY 1, 2`,
      )
    ).map((r: { key_person_id: number; date: string; hours: number }) => [`${r.key_person_id} ${r.date}`, r.hours]),
  );
  const today = new Date();
  const days = Array.from({ length: DECLARE_DAYS }, (_, i) => new Date(today.getTime() - i * 86_400_000).toISOString().slice(0, 10));
  const byDay: Plan["slots"][] = [];
  const seen = new Set<string>();
  for (const a of assignments) {
    for (const date of days) {
      const key = `${a.key_person_id} ${date}`;
      if (date < a.began || seen.has(key)) continue; // one assignment per key person and day carries that day's room
      seen.add(key);
      const room = Math.floor((24 - (declared.get(key) ?? 0)) / HOURS_PER_DECLARATION);
      const slots: Plan["slots"] = [];
      for (let i = 0; i < room; i++) slots.push({ keyPersonId: String(a.key_person_id), assignmentId: String(a.assignment_id), date });
      byDay.push(slots);
    }
  }
  // Interleave the days so concurrent declarations mostly lock different key persons.
  const slots: Plan["slots"] = [];
  for (let i = 0; byDay.some((d) => i < d.length); i++) for (const d of byDay) if (i < d.length) slots.push(d[i]);

  const languages: string[] = [...new Set(places.flatMap((p) => p.languages))];
  // Each read once before the clock starts: a mistake in a query fails here, not as 30 s of errors.
  await gql(server.url, QUERIES.keyPersons, { page: 1 }, coordinatorTokens[1]);
  await gql(server.url, QUERIES.publicKeyPersons, { languages: languages.slice(0, 1) });
  await gql(server.url, QUERIES.matchCandidates, { request: organisations[0].requestId }, organisations[0].token);
  await gql(server.url, QUERIES.hourEntries, {}, Object.values(keyPersonTokens)[0]);
  return { url: server.url, coordinatorTokens, organisations, places, keyPersonTokens, slots, languages };
}

// ---- figures ---------------------------------------------------------------------------

/** Nearest-rank percentile. */
function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function latency(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : null;
  const round = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
  return {
    p50: round(percentile(sorted, 50)),
    p90: round(percentile(sorted, 90)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? null),
    mean: round(mean),
  };
}

async function rowCount(server: RunningServer, table: string): Promise<number> {
  const [{ n }] = await server.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
  return n;
}

// ---- main ------------------------------------------------------------------------------

async function main() {
  const runStarted = performance.now();
  const dbServer = await openDatabaseServer("bench-load-pg", log);
  const database = await createScratchDatabase(dbServer, `sk_bench_load_${process.pid}`);
  let server: RunningServer | null = null;
  try {
    log(`Database: ${dbServer.kind}`);
    server = await startBenchServer(
      database.url,
      {
        SEED_DEMO: "true",
        // 50 connections from one address: the per-client limits are for the public, not for a load test.
        PUBLIC_RATE_LIMIT: "100000000",
        LOGIN_MAX_FAILURES_PER_ACCOUNT: "1000000",
        LOGIN_MAX_FAILURES_PER_CLIENT: "1000000",
      },
      { deliverEveryMs: 0, log },
    );
    const prepared = await prepare(server);
    const connections = connectionsFor(CONNECTIONS);
    log(
      `Demo data plus ${prepared.organisations.length} organisation logins and ${Object.keys(prepared.keyPersonTokens).length} key person logins; ${prepared.slots.length} half-hour slots to declare`,
    );
    log(
      `${SECONDS} s at ${CONNECTIONS} connections: ${Object.entries(connections)
        .map(([name, c]) => `${name} ${c}`)
        .join(", ")}`,
    );

    const tables = { match_request: "createMatchRequest", hour_entry: "declareHours" } as const;
    const before = {
      match_request: await rowCount(server, "match_request"),
      hour_entry: await rowCount(server, "hour_entry"),
      audit_log: await rowCount(server, "audit_log"),
      maxId: {
        match_request: (await server.dataSource.query(`SELECT coalesce(max(id), 0)::int AS id FROM match_request`))[0].id as number,
        hour_entry: (await server.dataSource.query(`SELECT coalesce(max(id), 0)::int AS id FROM hour_entry`))[0].id as number,
      },
    };
    const loadBefore = loadAverage();
    const started = performance.now();
    const worker = new Worker(__filename, { workerData: { ...prepared, seconds: SECONDS, connections } satisfies Plan });
    const message = await new Promise<{ results?: OperationResult[]; error?: string }>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
    });
    await worker.terminate();
    const elapsed = (performance.now() - started) / 1000;
    if (!message.results) throw new Error(`The load worker failed: ${message.error}`);
    const results = message.results;
    // Requests cut off at the end are still being finished by the server: wait until it is idle.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const loadAfter = loadAverage();

    // ---- reconciliation: by id for what was answered, by count for the rest
    const reconciliation = [];
    for (const [table, operation] of Object.entries(tables) as [keyof typeof tables, OperationName][]) {
      const result = results.find((r) => r.name === operation)!;
      const created: number[] = (await server.dataSource.query(`SELECT id FROM ${table} WHERE id > $1`, [before.maxId[table]])).map(
        (r: { id: number }) => r.id,
      );
      const createdIds = new Set(created.map(String));
      const missing = result.ids.filter((id) => !createdIds.has(id));
      const delta = (await rowCount(server, table)) - before[table];
      const unanswered = result.sent - result.answered;
      const committedUnanswered = delta - result.ids.length;
      const pass = missing.length === 0 && delta === created.length && committedUnanswered >= 0 && committedUnanswered <= unanswered;
      reconciliation.push({
        table,
        operation,
        answeredSuccesses: result.ids.length,
        rowDelta: delta,
        missingAnsweredIds: missing.length,
        cutOffAtEnd: unanswered,
        cutOffButCommitted: committedUnanswered,
        pass,
      });
    }
    // Every successful mutation writes one audit entry in its own transaction.
    const committedWrites = reconciliation.reduce((sum, r) => sum + r.rowDelta, 0);
    const auditDelta = (await rowCount(server, "audit_log")) - before.audit_log;
    const auditPass = auditDelta === committedWrites;

    const all = results.flatMap((r) => r.latenciesMs);
    const totals = {
      requests: results.reduce((s, r) => s + r.answered, 0),
      ok: results.reduce((s, r) => s + r.ok, 0),
      non2xx: results.reduce((s, r) => s + r.non2xx, 0),
      socketErrors: results.reduce((s, r) => s + r.socketErrors, 0),
      timeouts: results.reduce((s, r) => s + r.timeouts, 0),
      graphqlErrors: results.reduce((s, r) => s + r.graphqlErrors, 0),
    };
    const errors = totals.non2xx + totals.socketErrors + totals.timeouts + totals.graphqlErrors;
    const pass = errors === 0 && reconciliation.every((r) => r.pass) && auditPass;

    const [{ version }] = await server.dataSource.query(`SELECT current_setting('server_version') AS version`);
    const report = {
      machine: { ...machine(), postgres: version, database: dbServer.kind },
      date: new Date().toISOString(),
      seconds: SECONDS,
      elapsedSeconds: Math.round(elapsed * 10) / 10,
      connections: CONNECTIONS,
      requestsPerSecond: Math.round(totals.requests / SECONDS),
      totals: { ...totals, errors },
      latencyMs: latency(all),
      operations: results.map((r) => ({
        name: r.name,
        write: WRITES.includes(r.name),
        connections: r.connections,
        requests: r.answered,
        ok: r.ok,
        errors: r.non2xx + r.socketErrors + r.timeouts + r.graphqlErrors,
        requestsPerSecond: Math.round(r.answered / SECONDS),
        latencyMs: latency(r.latenciesMs),
        errorSamples: r.errorSamples,
      })),
      reconciliation: { tables: reconciliation, audit: { committedWrites, auditDelta, pass: auditPass } },
      pass,
      loadAverage: [loadBefore, loadAfter],
    };

    log(
      `\nLoad: ${SECONDS} s, ${CONNECTIONS} connections, ${totals.requests.toLocaleString("en")} requests (${report.requestsPerSecond}/s), ${errors} errors\n`,
    );
    const rows = [
      ["operation", "conns", "requests", "req/s", "errors", "p50 ms", "p90 ms", "p99 ms", "max ms"],
      ...report.operations.map((o) => [
        `${o.name}${o.write ? " (write)" : ""}`,
        String(o.connections),
        String(o.requests),
        String(o.requestsPerSecond),
        String(o.errors),
        String(o.latencyMs.p50),
        String(o.latencyMs.p90),
        String(o.latencyMs.p99),
        String(o.latencyMs.max),
      ]),
      [
        "all",
        String(CONNECTIONS),
        String(totals.requests),
        String(report.requestsPerSecond),
        String(errors),
        String(report.latencyMs.p50),
        String(report.latencyMs.p90),
        String(report.latencyMs.p99),
        String(report.latencyMs.max),
      ],
    ];
    const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
    log(loadHeading());
    log(rows.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ")).join("\n"));
    for (const o of report.operations) for (const sample of o.errorSamples) log(`  ${o.name} error: ${sample}`);
    log("\nRows after the run:");
    for (const r of reconciliation) {
      log(
        `  ${r.table}: +${r.rowDelta} = ${r.answeredSuccesses} answered successes (${r.missingAnsweredIds} missing)` +
          ` + ${r.cutOffButCommitted} cut off at the end but committed (of ${r.cutOffAtEnd} cut off) → ${r.pass ? "PASS" : "FAIL"}`,
      );
    }
    log(`  audit_log: +${auditDelta} for ${committedWrites} committed writes → ${auditPass ? "PASS" : "FAIL"}`);
    log(`\n${pass ? "PASS" : "FAIL"}: ${errors} errors; rows ${reconciliation.every((r) => r.pass) && auditPass ? "reconcile" : "do NOT reconcile"}`);
    log(`load average ${loadBefore} → ${loadAfter} on ${machine().cores} cores`);

    const out = writeReport("load", report, !FULL_RUN);
    log(`\nWrote ${out}; the whole run took ${((performance.now() - runStarted) / 1000).toFixed(1)} s`);
    if (!pass) process.exitCode = 1;
  } finally {
    await server?.stop();
    await database.drop();
    await dbServer.stop();
  }
}

if (isMainThread) {
  runMain(main);
}
