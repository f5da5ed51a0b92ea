// `npm run bench -- import` (issue: CSV import/export): how long do a dry run and the import
// of 10,000 key persons take over HTTP, and how much memory does the server use meanwhile?
//
// 10,000 fictional key persons (server/src/seed/demo-data.ts, as the demo and the matching
// benchmark spread them) are written as a CSV: Dutch headers, ";" separated, languages as
// names with their level in Dutch ("Tigrinya (moedertaal)"), half the rows with a
// municipality name (home = its inside point), half with coordinates (located against the
// boundaries). Timed, each over HTTP against a fresh scratch database:
//   1. the dry run (POST /api/import/key-persons?dryRun=true): the report per row;
//   2. the import (dryRun=false): all rows in one transaction, with accounts and invitations;
//   3. the export (GET /api/export/key-persons.csv);
//   4. importing that export again (dryRun=false): every row unchanged, nothing written.
// Memory: the server runs in this process. For the timed steps the heap is sampled every 20 ms
// and the peak over the heap before is reported (garbage included, so it depends on when V8
// collects). "Flat" is then shown apart: a dry run and an import of 10,000, 40,000 and about
// 90,000 rows (a file just under the 20 MB limit), each on new addresses, with a full garbage
// collection every 250 ms and the peak of what stays live: that grows with the report (one
// entry per row, returned to the client), no longer with the rows themselves. The answer
// is read as bytes (outside the heap) and parsed only after the measuring, so the client in
// this process adds nothing.
// Prints a table and writes bench/results/import.json (a run shortened with BENCH_IMPORT_ROWS:
// bench/scratch/import.json); asserts nothing.
//
// Database: DATABASE_URL's server when set (local only; a scratch database is created and
// dropped), else an embedded PostgreSQL in .data/bench-import-pg. BENCH_IMPORT_ROWS=2000
// runs less (while working on it).
import "reflect-metadata";
import { performance } from "node:perf_hooks";
import v8 from "node:v8";
import vm from "node:vm";
import { COLUMNS } from "../server/src/registry-import/columns";
import { MAX_UPLOAD_BYTES } from "../server/src/registry-import/csv-stream";
import { profileCells, type Profile } from "../server/src/registry-import/row-mapper";
import { ensureAdmin } from "../server/src/seed/admin";
import { generateDemoData, type DemoKeyPerson } from "../server/src/seed/demo-data";
import type { RunningServer } from "../server/src/server";
import { csvLine } from "../server/src/domain/csv";
import { createScratchDatabase, gql, loadAverage, loadHeading, machine, openDatabaseServer, startBenchServer, runMain, writeReport } from "./support";

const ROWS = Number(process.env.BENCH_IMPORT_ROWS || 10_000);
/** The generated file holds about 4,900 rows per MiB: about 90,000 rows stay just under the upload limit. */
const NEAR_LIMIT_ROWS = Math.floor((MAX_UPLOAD_BYTES / 2 ** 20) * 4500);
/** The sizes the memory runs import; a shorter run (BENCH_IMPORT_ROWS) leaves out the file near the limit. */
const MEMORY_ROWS = process.env.BENCH_IMPORT_ROWS ? [ROWS, ROWS * 4] : [ROWS, ROWS * 4, NEAR_LIMIT_ROWS];
const SEED = 20260412;
const COORDINATOR = { email: "bench-coordinator@example.org", password: "bench-coordinator-password" };
/** The issue's bound for 10,000 rows. */
const TARGET_SECONDS = 30;

const log = (line: string) => console.log(line);

const LEVEL_NL = { NATIVE: "moedertaal", FLUENT: "vloeiend", BASIC: "basis" } as const;

/** One row as a coordinator's spreadsheet has it: language names, a municipality name or coordinates. */
function spreadsheetRow(p: DemoKeyPerson, i: number, languageNames: Map<string, string>, municipalityNames: Map<string, string>): string[] {
  const profile: Profile = {
    displayName: p.displayName,
    email: p.email,
    phone: p.phone,
    gender: p.gender,
    birthYear: p.birthYear,
    languages: p.languages,
    expertiseCodes: p.expertiseCodes,
    homeLat: p.home.lat,
    homeLon: p.home.lon,
    homeMunicipalityCode: p.municipalityCode,
    maxTravelKm: p.maxTravelKm,
    remoteAvailable: p.remoteAvailable,
    weeklyCapacityHours: p.weeklyCapacityHours,
    compensationType: p.compensationType,
    origins: p.origins,
    status: p.status,
  };
  const cells = profileCells(profile, "nl");
  cells.languages = p.languages.map((l) => `${languageNames.get(l.code) ?? l.code} (${LEVEL_NL[l.level]}${l.dialect ? `, ${l.dialect}` : ""})`).join("|");
  if (i % 2 === 0) {
    cells.municipality = municipalityNames.get(p.municipalityCode)!;
    cells.lat = "";
    cells.lon = "";
  } else cells.municipality = "";
  return COLUMNS.map((c) => cells[c.key]);
}

function csvOf(people: DemoKeyPerson[], languageNames: Map<string, string>, municipalityNames: Map<string, string>): Buffer {
  const lines = [`\uFEFF${csvLine(COLUMNS.map((c) => c.nl))}`, ...people.map((p, i) => csvLine(spreadsheetRow(p, i, languageNames, municipalityNames)))];
  return Buffer.from(lines.join(""));
}

// The bench runs without --expose-gc (scripts/bench.mjs): switch it on here, for clean baselines.
v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

interface Measured<T> {
  seconds: number;
  /** Peak heap growth over the heap before the request, in MiB. */
  heapGrowthMiB: number;
  /** With `live`: the peak growth of what survives a full garbage collection, in MiB. */
  liveGrowthMiB?: number;
  value: T;
}

const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

/**
 * Runs `work` while sampling the heap every 20 ms. First it lets the event loop turn: the
 * server runs in this process, and after a long synchronous step (generating rows) a
 * keep-alive connection the server just timed out would otherwise be reused and reset.
 */
async function measure<T>(work: () => Promise<T>, options: { live?: boolean } = {}): Promise<Measured<T>> {
  await new Promise((resolve) => setTimeout(resolve, 300));
  gc();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  let livePeak = base;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().heapUsed));
  // A full collection every 250 ms leaves only what the request really holds (it slows the run a little).
  const collect = () => {
    gc();
    livePeak = Math.max(livePeak, process.memoryUsage().heapUsed);
  };
  const timers = [setInterval(sample, 20), ...(options.live ? [setInterval(collect, 250)] : [])];
  const started = performance.now();
  try {
    const value = await work();
    sample();
    const seconds = Math.round((performance.now() - started) / 10) / 100;
    return { seconds, heapGrowthMiB: mib(peak - base), ...(options.live ? { liveGrowthMiB: mib(livePeak - base) } : {}), value };
  } finally {
    timers.forEach(clearInterval);
  }
}

interface ImportAnswer {
  status: number;
  summary: { rows: number; create: number; update: number; unchanged: number; refuse: number; invitations: number };
  firstRefused?: unknown;
}

/** The answer as bytes: an ArrayBuffer lies outside the heap, so reading it does not count as the server's memory. */
async function postRaw(server: RunningServer, token: string, body: Buffer, dryRun: boolean): Promise<{ status: number; bytes: ArrayBuffer }> {
  const response = await fetch(`${server.url}/api/import/key-persons?dryRun=${dryRun}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "text/csv" },
    body,
  });
  return { status: response.status, bytes: await response.arrayBuffer() };
}

function answerOf({ status, bytes }: { status: number; bytes: ArrayBuffer }): ImportAnswer & { reportBytes: number } {
  const report = JSON.parse(Buffer.from(bytes).toString("utf8")) as { summary: ImportAnswer["summary"]; rows: { action: string }[]; error?: unknown };
  if (!report.summary) throw new Error(`Import answered ${status}: ${JSON.stringify(report).slice(0, 500)}`);
  return { status, summary: report.summary, firstRefused: report.rows.find((r) => r.action === "refuse"), reportBytes: bytes.byteLength };
}

async function post(server: RunningServer, token: string, body: Buffer, dryRun: boolean): Promise<ImportAnswer> {
  return answerOf(await postRaw(server, token, body, dryRun));
}

async function main() {
  const runStarted = performance.now();
  const dbServer = await openDatabaseServer("bench-import-pg", log);
  const database = await createScratchDatabase(dbServer, `sk_bench_import_${process.pid}`);
  let server: RunningServer | null = null;
  try {
    log(`Database: ${dbServer.kind}`);
    server = await startBenchServer(database.url, {}, { log });
    await ensureAdmin(server.dataSource, COORDINATOR.email, COORDINATOR.password, () => {});
    const token = (
      await gql<{ login: { token: string } }>(server.url, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, {
        e: COORDINATOR.email,
        p: COORDINATOR.password,
      })
    ).login.token;
    const languageNames = new Map<string, string>(
      (await server.dataSource.query(`SELECT code, name_nl FROM language`)).map((l: { code: string; name_nl: string }) => [l.code, l.name_nl]),
    );
    const municipalityNames = new Map<string, string>(
      (await server.dataSource.query(`SELECT code, name FROM municipality`)).map((m: { code: string; name: string }) => [m.code, m.name]),
    );
    // Dutch names shared by two codes ("Perzisch": fas, pes) are refused as ambiguous: write those as codes.
    const counts = new Map<string, number>();
    for (const name of languageNames.values()) counts.set(name, (counts.get(name) ?? 0) + 1);
    for (const [code, name] of languageNames) if (counts.get(name)! > 1) languageNames.set(code, code);

    const today = new Date();
    const people = generateDemoData({ seed: SEED, keyPersons: Math.max(...MEMORY_ROWS), organisations: 0, today }).keyPersons;
    const file = csvOf(people.slice(0, ROWS), languageNames, municipalityNames);
    log(`${ROWS.toLocaleString("en")} rows, ${(file.length / 2 ** 20).toFixed(1)} MiB of CSV`);
    const loadBefore = loadAverage();

    const dryRun = await measure(() => post(server!, token, file, true));
    log(`  dry run: ${dryRun.seconds} s (HTTP ${dryRun.value.status}; ${JSON.stringify(dryRun.value.summary)}); heap +${dryRun.heapGrowthMiB} MiB`);
    if (dryRun.value.summary.refuse > 0) throw new Error(`The generated file has refused rows, e.g. ${JSON.stringify(dryRun.value.firstRefused)}`);

    const imported = await measure(() => post(server!, token, file, false));
    const [{ n: stored }] = await server.dataSource.query(`SELECT count(*)::int AS n FROM key_person`);
    log(`  import: ${imported.seconds} s (HTTP ${imported.value.status}; ${stored} key persons stored); heap +${imported.heapGrowthMiB} MiB`);

    const exported = await measure(async () => {
      const response = await fetch(`${server!.url}/api/export/key-persons.csv`, { headers: { authorization: `Bearer ${token}` } });
      return Buffer.from(await response.arrayBuffer());
    });
    log(`  export: ${exported.seconds} s (${(exported.value.length / 2 ** 20).toFixed(1)} MiB)`);

    const again = await measure(() => post(server!, token, exported.value, false));
    log(`  importing the export again: ${again.seconds} s (${JSON.stringify(again.value.summary)})`);
    if (again.value.firstRefused) log(`  refused, e.g.: ${JSON.stringify(again.value.firstRefused)}`);

    type MemoryRun = {
      seconds: number;
      heapGrowthMiB: number;
      liveGrowthMiB: number;
      liveBytesPerRow: number;
      reportBytesPerRow: number;
      summary: ImportAnswer["summary"];
    };
    const memory: { rows: number; fileMiB: number; dryRun: MemoryRun; import: MemoryRun }[] = [];
    for (const rows of MEMORY_ROWS) {
      const body = csvOf(
        people.slice(0, rows).map((p) => ({ ...p, email: `m${rows}.${p.email}` })),
        languageNames,
        municipalityNames,
      );
      const runs = {} as Record<"dryRun" | "import", MemoryRun>;
      for (const step of ["dryRun", "import"] as const) {
        const run = await measure(() => postRaw(server!, token, body, step === "dryRun"), { live: true });
        const answer = answerOf(run.value);
        if (answer.status !== 200) throw new Error(`The ${step} of ${rows} rows answered ${answer.status}, e.g. ${JSON.stringify(answer.firstRefused)}`);
        const live = run.liveGrowthMiB!;
        runs[step] = {
          seconds: run.seconds,
          heapGrowthMiB: run.heapGrowthMiB,
          liveGrowthMiB: live,
          liveBytesPerRow: Math.round((live * 2 ** 20) / rows),
          reportBytesPerRow: Math.round(answer.reportBytes / rows),
          summary: answer.summary,
        };
        log(
          `  memory, ${step === "dryRun" ? "dry run" : "import"} of ${rows.toLocaleString("en")} rows (${(body.length / 2 ** 20).toFixed(1)} MiB): ` +
            `live heap +${live} MiB (${runs[step].liveBytesPerRow} B/row; the report is ${runs[step].reportBytesPerRow} B/row as JSON), heap sampled +${run.heapGrowthMiB} MiB, ${run.seconds} s`,
        );
      }
      memory.push({ rows, fileMiB: mib(body.length), ...runs });
    }
    const loadAfter = loadAverage();

    const [{ version }] = await server.dataSource.query(`SELECT current_setting('server_version') AS version`);
    const report = {
      machine: { ...machine(), postgres: version, database: dbServer.kind },
      date: new Date().toISOString(),
      rows: ROWS,
      fileMiB: Math.round((file.length / 2 ** 20) * 10) / 10,
      targetSeconds: TARGET_SECONDS,
      dryRun: { seconds: dryRun.seconds, heapGrowthMiB: dryRun.heapGrowthMiB, summary: dryRun.value.summary },
      import: { seconds: imported.seconds, heapGrowthMiB: imported.heapGrowthMiB, status: imported.value.status, stored, summary: imported.value.summary },
      export: { seconds: exported.seconds, MiB: Math.round((exported.value.length / 2 ** 20) * 10) / 10 },
      reimportOfExport: { seconds: again.seconds, summary: again.value.summary },
      memory,
      loadAverage: [loadBefore, loadAfter],
    };
    log(`\nImport of ${ROWS.toLocaleString("en")} key persons over HTTP (target: under ${TARGET_SECONDS} s)`);
    log(`${loadHeading()}\n`);
    const table = [
      ["step", "seconds", "heap growth"],
      ["dry run", String(dryRun.seconds), `${dryRun.heapGrowthMiB} MiB`],
      ["import (one transaction)", String(imported.seconds), `${imported.heapGrowthMiB} MiB`],
      ["export", String(exported.seconds), `${exported.heapGrowthMiB} MiB`],
      ["import of the export (unchanged)", String(again.seconds), `${again.heapGrowthMiB} MiB`],
    ];
    const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
    log(table.map((row) => row.map((cell, i) => cell.padEnd(widths[i])).join("  ")).join("\n"));
    log(`\nMemory: peak live heap growth (a full collection every 250 ms), per row, and the report's own size as JSON\n`);
    const memoryTable = [
      ["rows", "file", "dry run", "per row", "import", "per row", "report (JSON) per row"],
      ...memory.map((m) => [
        m.rows.toLocaleString("en"),
        `${m.fileMiB} MiB`,
        `${m.dryRun.liveGrowthMiB} MiB`,
        `${m.dryRun.liveBytesPerRow} B`,
        `${m.import.liveGrowthMiB} MiB`,
        `${m.import.liveBytesPerRow} B`,
        `${m.dryRun.reportBytesPerRow} / ${m.import.reportBytesPerRow} B`,
      ]),
    ];
    const memoryWidths = memoryTable[0].map((_, i) => Math.max(...memoryTable.map((row) => row[i].length)));
    log(memoryTable.map((row) => row.map((cell, i) => cell.padEnd(memoryWidths[i])).join("  ")).join("\n"));
    log(`load average ${loadBefore} → ${loadAfter} on ${machine().cores} cores`);
    // A shortened run (BENCH_IMPORT_ROWS) never replaces the figures of a full one.
    const out = writeReport("import", report, Boolean(process.env.BENCH_IMPORT_ROWS));
    log(`\nWrote ${out}; the whole run took ${((performance.now() - runStarted) / 1000).toFixed(1)} s`);
  } finally {
    await server?.stop();
    await database.drop();
    await dbServer.stop();
  }
}

runMain(main);
