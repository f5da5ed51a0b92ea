// The reports (issue 20, point 4): the `report` query for a month, a quarter and a year,
// as the national coordinator and as the regional coordinator of the demo region, over
// HTTP against the real server, on the country of bench/country.ts (10,000 key persons and
// 1,000,000 hour entries unless BENCH_REPORTS_* say otherwise). Prints p50/p95 per report
// against the 500 ms target and writes bench/results/reports.json (a shortened run:
// bench/scratch/). Never asserts a time.
//
//   npm run bench -- reports
//   BENCH_REPORTS_KEY_PERSONS=1000 BENCH_REPORTS_HOUR_ENTRIES=50000 BENCH_REPORTS_RUNS=5 npm run bench -- reports
//   BENCH_REPORTS_KEEP=1 BENCH_REPORTS_RUNS=1 npm run bench -- reports   # keeps the database to EXPLAIN on
import "reflect-metadata";
import { performance } from "node:perf_hooks";
import { tablesFor } from "../server/src/domain/report-definitions";
import { REPORT_FIGURES } from "../server/src/reports/reports.service";
import type { ReportInput } from "../server/src/reports/reports.inputs";
import type { RunningServer } from "../server/src/server";
import { Role } from "../server/src/shared/enums";
import { DEMO_REGION, loadCountry, signInCoordinators } from "./country";
import { createScratchDatabase, gql, loadAverage, loadHeading, machine, openDatabaseServer, runMain, startBenchServer, writeReport } from "./support";

const KEY_PERSONS = Number(process.env.BENCH_REPORTS_KEY_PERSONS || 10_000);
const HOUR_ENTRIES = Number(process.env.BENCH_REPORTS_HOUR_ENTRIES || 1_000_000);
const RUNS = Number(process.env.BENCH_REPORTS_RUNS || 30);
const WARM_UP = 3;
const TARGET_MS = 500;

const REPORT = `query($input: ReportInput!) { report(input: $input) { scope tables { code columns { code unit } rows { keyKind key label values } } } }`;

const log = (line: string) => console.log(line);
const round1 = (x: number) => Math.round(x * 10) / 10;

/** The last whole month and quarter before today, and this year: the periods with data in the loaded country. */
function periods(now: Date): { period: string; start: string }[] {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  const iso = (y: number, m: number) => new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
  const quarter = Math.floor(month / 3) * 3;
  return [
    { period: "MONTH", start: iso(year, month - 1) },
    { period: "QUARTER", start: iso(year, quarter - 3) },
    { period: "YEAR", start: iso(year, 0) },
  ];
}

/** Nearest-rank percentiles, in ms, rounded to 0.1. */
function figures(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  return { n: sorted.length, p50: round1(at(0.5)), p95: round1(at(0.95)), max: round1(sorted[sorted.length - 1]) };
}

const TABLE_RUNS = 5;

/** Each table of a report on its own, serially: which of them makes the report slow (the service runs them side by side). */
async function timeTables(server: RunningServer, userId: number, input: { period: string; start: string }) {
  const actor = { userId, role: Role.COORDINATOR, keyPersonId: null, organisationId: null, municipalityCodes: [] };
  const { scope, kind } = await server.services.reports.scope(actor, input as ReportInput);
  const now = new Date();
  const timed = [];
  for (const code of tablesFor(kind)) {
    const samples: number[] = [];
    for (let run = 0; run < TABLE_RUNS; run++) {
      const started = performance.now();
      await REPORT_FIGURES[code](server.dataSource.manager, scope, now);
      samples.push(performance.now() - started);
    }
    const { p50, max } = figures(samples);
    timed.push({ code, p50, max });
  }
  return timed.sort((a, b) => b.p50 - a.p50);
}

async function main() {
  const dbServer = await openDatabaseServer("bench-reports-pg", log);
  const database = await createScratchDatabase(dbServer, `sk_bench_reports_${process.pid}`);
  let server: RunningServer | null = null;
  try {
    server = await startBenchServer(database.url, {}, { log });
    const { coordinator, regional, coordinatorUserId } = await signInCoordinators(server, DEMO_REGION);
    log(`Loading ${KEY_PERSONS.toLocaleString("en")} key persons and ${HOUR_ENTRIES.toLocaleString("en")} hour entries (bench/country.ts) …`);
    const now = new Date();
    const loaded = await loadCountry(
      server.dataSource,
      { keyPersons: KEY_PERSONS, hourEntries: HOUR_ENTRIES },
      { coordinatorUserId, now, region: DEMO_REGION, log },
    );
    await server.dataSource.query(`ANALYZE`);

    const cases = periods(now).flatMap((input) => [
      { role: "national", token: coordinator, input },
      { role: "regional", token: regional, input },
    ]);
    const post = async (token: string, input: object) => {
      const started = performance.now();
      const answer = await gql<{ report: { tables: { rows: unknown[] }[] } }>(server!.url, REPORT, { input }, token);
      return { ms: performance.now() - started, rows: answer.report.tables.reduce((sum, t) => sum + t.rows.length, 0) };
    };
    for (let i = 0; i < WARM_UP; i++) for (const c of cases) await post(c.token, c.input);
    const loadBefore = loadAverage();
    const samples = cases.map(() => [] as number[]);
    const rows = cases.map(() => 0);
    for (let run = 0; run < RUNS; run++)
      for (const [i, c] of cases.entries()) {
        const { ms, rows: n } = await post(c.token, c.input);
        samples[i].push(ms);
        rows[i] = n;
      }
    const loadAfter = loadAverage();
    const results = cases.map((c, i) => ({
      role: c.role,
      period: c.input.period,
      start: c.input.start,
      ...figures(samples[i]),
      rows: rows[i],
      meetsTarget: figures(samples[i]).p95 <= TARGET_MS,
    }));

    log(
      `\nReports: ${loaded.counts.keyPersons?.toLocaleString("en")} key persons, ${loaded.counts.hourEntries?.toLocaleString("en")} hour entries; ${RUNS} runs each over HTTP`,
    );
    log(loadHeading());
    log(
      [
        "role      period   start        p50        p95        max        rows",
        ...results.map(
          (r) =>
            `${r.role.padEnd(9)} ${r.period.padEnd(8)} ${r.start}  ${`${r.p50} ms`.padEnd(10)} ${`${r.p95} ms`.padEnd(10)} ${`${r.max} ms`.padEnd(10)} ${r.rows}${r.meetsTarget ? "" : "  MISS"}`,
        ),
      ].join("\n"),
    );
    log(`Load average ${loadBefore} → ${loadAfter} on ${machine().cores} cores`);
    const tables = await timeTables(server, coordinatorUserId, cases.at(-2)!.input);
    log(`\nThe national year's tables one at a time (${TABLE_RUNS} runs each, in this process, without HTTP):`);
    log(tables.map((t) => `  ${t.code.padEnd(30)} p50 ${`${t.p50} ms`.padEnd(10)} max ${t.max} ms`).join("\n"));
    const shortened = Object.keys(process.env).some((name) => name.startsWith("BENCH_REPORTS_"));
    const file = writeReport(
      "reports",
      {
        machine: machine(),
        date: new Date().toISOString(),
        targetP95Ms: TARGET_MS,
        runs: RUNS,
        region: DEMO_REGION,
        data: loaded.counts,
        loadAverage: [loadBefore, loadAfter],
        reports: results,
        nationalYearTables: tables,
      },
      shortened,
    );
    log(`Wrote ${file}`);
  } finally {
    await server?.stop();
    // BENCH_REPORTS_KEEP=1 keeps the scratch database, to EXPLAIN the figures' statements on it.
    if (process.env.BENCH_REPORTS_KEEP === "1") log(`Kept the database ${database.url}`);
    else await database.drop();
    await dbServer.stop();
  }
}

runMain(main);
