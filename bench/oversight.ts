// `npm run bench -- oversight` (issue 5): how fast does the coordinators' dashboard answer
// with 10,000 key persons and 1,000,000 hour entries, over HTTP, for the national
// coordinator and for a regional coordinator? Target: every query p95 ≤ 300 ms.
//
// A scratch database is filled in SQL (not through the API: 1,000,000 rows would take
// hours): key persons spread like the demo (generateDemoData), two years of intervision
// and supervision sessions, monthly check-ins (a few worrying ones, a few asking for
// contact), clearances, match requests with their assignments (historical, active,
// proposed) and two hour entries a week for every assignment that ran, open requests
// that went unmet. Then every query the console's dashboard sends (admin/src/dashboard/,
// admin/src/dataProvider/) is timed over HTTP, round-robin (so other work on the machine
// hits every query alike), after a warm-up: the oversight dashboard as the console asks
// for it and each of its parts alone, the coverage map for several languages, the
// registry counts and the rest of the page. Prints a table (p50/p95/max, ratio to the
// target, CPU per request: this process and the PostgreSQL backends of the pool, from
// /proc, which hardly depends on other work on the machine) and writes
// bench/results/oversight.json. Asserts nothing.
//
// Database: DATABASE_URL's server when set (local only; a scratch database is created and
// dropped), else an embedded PostgreSQL in .data/bench-oversight-pg. BENCH_OVERSIGHT_RUNS=10,
// BENCH_OVERSIGHT_KEY_PERSONS and BENCH_OVERSIGHT_HOUR_ENTRIES run less while working on
// it; such a run writes bench/scratch/oversight.json (ignored by git). BENCH_OVERSIGHT_KEEP=1
// keeps the database and prints its URL, for EXPLAIN ANALYZE.
import "reflect-metadata";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import type { DataSource } from "typeorm";
import { unusableHash } from "../server/src/auth/password";
import { funderKeySql } from "../server/src/domain/funder";
import { ensureAdmin } from "../server/src/seed/admin";
import { insertKeyPersons } from "../server/src/seed/demo";
import { generateDemoData } from "../server/src/seed/demo-data";
import type { RunningServer } from "../server/src/server";
import { createScratchDatabase, gql, loadAverage, machine, openDatabaseServer, startBenchServer, runMain, writeReport } from "./support";

const KEY_PERSONS = Number(process.env.BENCH_OVERSIGHT_KEY_PERSONS || 10_000);
const HOUR_ENTRIES = Number(process.env.BENCH_OVERSIGHT_HOUR_ENTRIES || 1_000_000);
const RUNS = Number(process.env.BENCH_OVERSIGHT_RUNS || 50);
const WARM_UP = 5;
const TARGET_MS = 300;
const ORGANISATIONS = 40;
const SEED = 20261201;
/** The demo's regional coordinator's region (GGD Amsterdam): Amsterdam, Amstelveen, Aalsmeer, Diemen, Ouder-Amstel, Uithoorn. */
const REGION = ["GM0363", "GM0362", "GM0358", "GM0384", "GM0437", "GM0451"];
/** The coverage map opens on Tigrinya (CoverageMap.tsx); the others are picked from the data (see coverageLanguages). */
const CONSOLE_LANGUAGE = "tir";

const COORDINATOR = { email: "bench-coordinator@example.org", password: "bench-coordinator-password" };
const REGIONAL = { email: "bench-regio@example.org", password: "bench-regio-password" };

const log = (line: string) => console.log(line);
const round1 = (x: number) => Math.round(x * 10) / 10;

// ---- the data ---------------------------------------------------------------------------

interface LoadReport {
  counts: Record<string, number>;
  seconds: Record<string, number>;
}

/**
 * Fills the database. Randomness comes from PostgreSQL's random() after setseed(), on one
 * connection, so a run is reproducible for the same code and PostgreSQL version. Dates are
 * relative to today (the server's clock), so the statuses the rules derive are a
 * realistic mix: most supervision current, some due, some overdue, some never.
 */
async function loadCountry(dataSource: DataSource, coordinatorUserId: number, now: Date): Promise<LoadReport> {
  const seconds: Record<string, number> = {};
  const step = async (name: string, work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    seconds[name] = round1((performance.now() - started) / 1000);
    log(`  ${name}: ${seconds[name]} s`);
  };
  const today = now.toISOString().slice(0, 10);
  const data = generateDemoData({ seed: SEED, keyPersons: KEY_PERSONS, organisations: ORGANISATIONS, today: now });
  await step("key persons (generated, with languages and expertise)", () => dataSource.transaction((tx) => insertKeyPersons(tx, data.keyPersons)));

  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const q = (sql: string, params: unknown[] = []) => runner.query(sql, params);
    await q(`SELECT setseed(0.20261201)`);
    await step("organisations and accounts", async () => {
      await q(
        `INSERT INTO organisation (name, kind, municipality_code)
         SELECT n, k::organisation_kind, m FROM unnest($1::varchar[], $2::varchar[], $3::varchar[]) AS t(n, k, m)`,
        [data.organisations.map((o) => o.name), data.organisations.map((o) => o.kind), data.organisations.map((o) => o.municipalityCode)],
      );
      // Most key persons have an account (invited by CSV import or by a coordinator): the users count has rows to count.
      await q(
        `INSERT INTO app_user (email, password_hash, role, key_person_id)
         SELECT 'kp' || id || '@bench.example.org', $1, 'KEY_PERSON', id FROM key_person WHERE random() < 0.7`,
        [unusableHash()],
      );
    });
    await step("supervision sessions", () => insertSupervision(q, today));
    await step("wellbeing check-ins and clearances", () => insertWellbeing(q, now, coordinatorUserId));
    await step("match requests and assignments", () => insertAssignments(q, today, now));
    await step(`${HOUR_ENTRIES.toLocaleString("en")} hour entries`, () => insertHours(q, today, coordinatorUserId));
    await step("unmet and waiting requests", () => insertOpenRequests(q, now));
    // As autovacuum would have left settled tables: fresh statistics and visibility maps.
    await step("VACUUM ANALYZE", () => q(`VACUUM ANALYZE`));
  } finally {
    await runner.release();
  }
  const [counts] = await dataSource.query(
    `SELECT (SELECT count(*) FROM key_person)::int AS "keyPersons",
       (SELECT count(*) FROM key_person WHERE status = 'ACTIVE')::int AS "activeKeyPersons",
       (SELECT count(*) FROM key_person WHERE home_municipality_code = ANY($1))::int AS "keyPersonsInRegion",
       (SELECT count(*) FROM hour_entry)::int AS "hourEntries",
       (SELECT count(*) FROM hour_entry WHERE date > $2::date - 84)::int AS "hourEntriesLast12Weeks",
       (SELECT count(*) FROM supervision_session)::int AS "supervisionSessions",
       (SELECT count(*) FROM wellbeing_check_in)::int AS "checkIns",
       (SELECT count(*) FROM wellbeing_clearance)::int AS "clearances",
       (SELECT count(*) FROM match_request)::int AS "matchRequests",
       (SELECT count(*) FROM match_request WHERE status = 'OPEN' AND unmet_since IS NOT NULL)::int AS "unmetOpenRequests",
       (SELECT count(*) FROM assignment)::int AS "assignments",
       (SELECT count(*) FROM assignment WHERE status = 'ACTIVE')::int AS "activeAssignments",
       (SELECT count(*) FROM assignment WHERE status = 'PROPOSED')::int AS "proposedAssignments",
       (SELECT count(*) FROM organisation)::int AS "organisations",
       (SELECT count(*) FROM app_user)::int AS "users"`,
    [REGION, today],
  );
  return { counts, seconds };
}

type Sql = (sql: string, params?: unknown[]) => Promise<unknown>;

/** 92 % meet every 3–12 weeks (their own rhythm) for two years back; the latest session lies 0–140 days ago, mostly recent. */
async function insertSupervision(q: Sql, today: string): Promise<void> {
  await q(
    `INSERT INTO supervision_session (key_person_id, date, kind)
     SELECT p.id, $1::date - s.back,
       (CASE WHEN s.r < 0.7 THEN 'INTERVISION' WHEN s.r < 0.95 THEN 'SUPERVISION' ELSE 'TRAINING' END)::supervision_kind
     FROM (SELECT id, 21 + floor(random() * 64)::int AS gap, floor(140 * random() ^ 3)::int AS latest FROM key_person WHERE random() >= 0.08) p
     CROSS JOIN LATERAL (SELECT back, random() + 0 * p.id AS r FROM generate_series(p.latest, 730, p.gap) AS back) s`,
    [today],
  );
}

/**
 * 70 % answer the monthly prompt, every 4–6 weeks, the latest 0–90 days ago (mostly
 * recent). Strain and impact mostly low (1–4, half of them 1), 3 % at the top; 5 % with
 * little support; 1 %
 * ask to be contacted. 3 % talked with a coordinator once in the last year (a clearance).
 */
async function insertWellbeing(q: Sql, now: Date, coordinatorUserId: number): Promise<void> {
  await q(
    `INSERT INTO wellbeing_check_in (key_person_id, at, strain, emotional_impact, support, contact_requested)
     SELECT p.id, $1::timestamptz - make_interval(days => c.back, hours => 1 + floor(random() * 12)::int),
       CASE WHEN random() < 0.03 THEN 5 ELSE 1 + floor(random() ^ 2 * 4)::int END,
       CASE WHEN random() < 0.03 THEN 5 ELSE 1 + floor(random() ^ 2 * 4)::int END,
       CASE WHEN random() < 0.05 THEN 1 + floor(random() * 2)::int ELSE 2 + floor(random() * 4)::int END,
       random() < 0.01
     FROM (SELECT id, floor(90 * random() ^ 3)::int AS latest, 28 + floor(random() * 14)::int AS gap FROM key_person WHERE random() < 0.7) p
     CROSS JOIN LATERAL generate_series(p.latest, 730, p.gap) AS c(back)`,
    [now],
  );
  await q(
    `INSERT INTO wellbeing_clearance (key_person_id, at, cleared_by_user_id, note)
     SELECT id, $1::timestamptz - make_interval(days => 1 + floor(random() * 365)::int), $2, 'Spoke on the phone; agreed to take fewer cases for a month.'
     FROM key_person WHERE random() < 0.03`,
    [now, coordinatorUserId],
  );
}

/** Two sessions a week: the hour entries an assignment of `span` days produces. */
const ENTRIES_PER_DAY = 2 / 7;

/**
 * One match request per assignment, near the key person, in their native language,
 * sometimes with one of their areas of expertise (so some carry SGBV cases):
 * - active: 28 % of active key persons support someone, 7 % a second person too, for
 *   2–30 weeks now;
 * - proposed: 1.5 % of active key persons have a proposal waiting for their answer;
 * - completed: enough earlier assignments (6–36 weeks each, ended in the last two years,
 *   any key person) that with the active ones they declared HOUR_ENTRIES hour entries.
 * Requests and assignments share their ids (the plan's row number), which keeps the
 * statements set-based.
 */
async function insertAssignments(q: Sql, today: string, now: Date): Promise<void> {
  await q(
    `CREATE TEMP TABLE plan (n serial PRIMARY KEY, key_person_id int, status text, starts_on date, ends_on date, hours_per_week real, organisation_id int, funding text)`,
  );
  // Ongoing: a share of the active key persons supports someone, a smaller share a second person too.
  const ongoing = (status: "ACTIVE" | "PROPOSED", first: number, second: number) =>
    q(
      `INSERT INTO plan (key_person_id, status, starts_on, hours_per_week)
       SELECT id, $2, $1::date - (14 + floor(random() * 196)::int), (2 + floor(random() * 7)) / 2.0
       FROM key_person kp, generate_series(1, 2) AS k
       -- kp.id in the condition keeps it at the join: a condition on k alone would be pushed down and drawn once per k
       WHERE status = 'ACTIVE' AND random() + 0 * kp.id < (CASE k WHEN 1 THEN $3::float8 ELSE $4::float8 END)`,
      [today, status, first, second],
    );
  await ongoing("ACTIVE", 0.28, 0.07);
  await ongoing("PROPOSED", 0.015, 0);
  const [{ entries }] = (await q(
    `SELECT coalesce(sum(floor(($1::date - starts_on) * ${ENTRIES_PER_DAY}) + 1), 0)::int AS entries FROM plan WHERE status = 'ACTIVE'`,
    [today],
  )) as { entries: number }[];
  // Earlier assignments last 6–36 weeks: 21 weeks, 43 entries on average; 10 % more than needed, the hour entries stop at HOUR_ENTRIES.
  const completed = Math.ceil((Math.max(0, HOUR_ENTRIES - entries) / (21 * 7 * ENTRIES_PER_DAY + 1)) * 1.1);
  await q(
    `INSERT INTO plan (key_person_id, status, ends_on, starts_on, hours_per_week)
     SELECT ids[1 + floor(random() * cardinality(ids))::int], 'COMPLETED', e.ends_on, e.ends_on - 7 * (6 + floor(random() * 31)::int), (2 + floor(random() * 7)) / 2.0
     FROM (SELECT array_agg(id) AS ids FROM key_person) k,
       LATERAL (SELECT $1::date - (7 + floor(random() * 720)::int) AS ends_on, g FROM generate_series(1, $2::int) AS g) e`,
    [today, completed],
  );
  await q(
    `UPDATE plan SET organisation_id = (SELECT min(id) FROM organisation) + floor(random() * (SELECT count(*) FROM organisation))::int, funding = CASE WHEN random() < 0.8 THEN 'ORGANISATION' ELSE 'NATIONAL_SCHEME' END`,
  );
  await q(
    `INSERT INTO match_request (id, organisation_id, case_reference, lat, lon, municipality_code, language_codes, expertise_codes,
       hours_per_week, starts_on, remote_acceptable, funding, status, created_at)
     SELECT p.n, p.organisation_id, 'BENCH-' || p.n, kp.home_lat + (random() - 0.5) * 0.05, kp.home_lon + (random() - 0.5) * 0.08, kp.home_municipality_code,
       ARRAY[(SELECT l.language_code FROM key_person_language l WHERE l.key_person_id = kp.id ORDER BY l.level, l.language_code LIMIT 1)],
       CASE WHEN random() < 0.3 THEN coalesce((SELECT array_agg(e.expertise_code) FROM (SELECT expertise_code FROM key_person_expertise e
         WHERE e.key_person_id = kp.id ORDER BY random() LIMIT 1) e), '{}') ELSE '{}' END,
       p.hours_per_week, p.starts_on, random() < 0.3, p.funding::funding,
       (CASE p.status WHEN 'ACTIVE' THEN 'MATCHED' WHEN 'COMPLETED' THEN 'CLOSED' ELSE 'OPEN' END)::match_request_status,
       p.starts_on - 3
     FROM plan p JOIN key_person kp ON kp.id = p.key_person_id`,
  );
  await q(
    `INSERT INTO assignment (id, request_id, key_person_id, status, hours_per_week, proposed_at, respond_by, responded_at, ended_at)
     SELECT n, n, key_person_id, status::assignment_status, hours_per_week, t.proposed_at, t.proposed_at + interval '72 hours',
       CASE WHEN status = 'PROPOSED' THEN NULL ELSE t.proposed_at + interval '20 hours' END,
       CASE WHEN status = 'COMPLETED' THEN ends_on::timestamptz END
     FROM plan, LATERAL (SELECT CASE WHEN status = 'PROPOSED' THEN $1::timestamptz - make_interval(hours => floor(random() * 60)::int + 0 * n)
       ELSE starts_on - interval '2 days' END AS proposed_at) t`,
    [now],
  );
  await q(`SELECT setval('match_request_id_seq', (SELECT max(id) FROM match_request)), setval('assignment_id_seq', (SELECT max(id) FROM assignment))`);
}

/**
 * Two entries a week for every active and completed assignment, each about half its
 * weekly hours (so some key persons with two cases run over their capacity). Reviewed
 * two weeks on: 97 % approved (with the volunteer allowance), 3 % rejected; the last two
 * weeks wait for review. Active assignments come first in the plan, so all of their hours
 * are in; the last completed ones stop where HOUR_ENTRIES is reached.
 */
async function insertHours(q: Sql, today: string, coordinatorUserId: number): Promise<void> {
  await q(
    `INSERT INTO hour_entry (assignment_id, key_person_id, funder, date, hours, activity, status, reviewed_by_user_id, reviewed_at, allowance_cents)
     SELECT h.n, h.key_person_id, h.funder, h.date, h.hours, h.activity::activity, h.status::review_status,
       CASE WHEN h.status <> 'SUBMITTED' THEN $2::int END, CASE WHEN h.status <> 'SUBMITTED' THEN h.date + 14 END,
       CASE WHEN h.status = 'APPROVED' AND h.volunteer THEN round(h.hours * 560)::int END
     FROM (
       SELECT p.n, p.key_person_id, ${funderKeySql("p.funding", "p.organisation_id")} AS funder,
         d.date, greatest(0.5, round(p.hours_per_week * (0.5 + random()))::real / 2) AS hours,
         CASE WHEN random() < 0.8 THEN 'SUPPORT' WHEN random() < 0.6 THEN 'ACCOMPANIMENT' ELSE 'TRAVEL' END AS activity,
         CASE WHEN d.date > $1::date - 14 THEN 'SUBMITTED' WHEN random() < 0.03 THEN 'REJECTED' ELSE 'APPROVED' END AS status,
         kp.compensation_type = 'VOLUNTEER' AS volunteer
       FROM plan p JOIN key_person kp ON kp.id = p.key_person_id
       CROSS JOIN LATERAL (SELECT p.starts_on + floor(j / ${ENTRIES_PER_DAY})::int AS date
         FROM generate_series(0, floor((coalesce(p.ends_on, $1::date) - p.starts_on) * ${ENTRIES_PER_DAY})::int) AS j) d
       WHERE p.status IN ('ACTIVE', 'COMPLETED')
       ORDER BY p.n, d.date
       LIMIT $3
     ) h`,
    [today, coordinatorUserId, HOUR_ENTRIES],
  );
}

/**
 * Requests still open: 600 that went unmet (recorded with the rules that excluded
 * everyone) and 300 still waiting, where key persons live (a random key person's home)
 * and in a language someone speaks (a random spoken language other than Dutch, so common
 * ones more often).
 */
async function insertOpenRequests(q: Sql, now: Date): Promise<void> {
  await q(
    `INSERT INTO match_request (organisation_id, case_reference, lat, lon, municipality_code, language_codes, hours_per_week, starts_on,
       funding, status, unmet_since, unmet_exclusions, created_at)
     SELECT (SELECT id FROM organisation ORDER BY random() + 0 * g LIMIT 1), 'BENCH-OPEN-' || g, kp.home_lat, kp.home_lon, kp.home_municipality_code,
       ARRAY[l.language_code], 2, ($1::timestamptz)::date, 'ORGANISATION', 'OPEN',
       CASE WHEN g <= 600 THEN $1::timestamptz - make_interval(days => floor(random() * 60)::int) END,
       CASE WHEN g <= 600 THEN '{"LANGUAGE": 1, "DISTANCE": 4, "CAPACITY": 2}'::jsonb END,
       $1::timestamptz - make_interval(days => 60)
     FROM generate_series(1, 900) AS g,
       LATERAL (SELECT key_person_id, language_code FROM key_person_language WHERE language_code <> 'nld'
         OFFSET floor(random() * (SELECT count(*) FROM key_person_language WHERE language_code <> 'nld'))::int + 0 * g LIMIT 1) l
       JOIN key_person kp ON kp.id = l.key_person_id`,
    [now],
  );
}

// ---- the console's queries --------------------------------------------------------------

// The operations as the console sends them: admin/src/dataProvider/oversight.ts (dashboard,
// coverage), buildQuery.ts (the StatCards' one-row pages of keyPersons, organisations,
// users), compensation.ts (compensationRulesMissing), referenceData.ts (languages, for
// the coverage map's language picker). Copied, because the console's modules are not
// part of the server build; keep them in step.
const DASHBOARD_FIELDS = `
  byStatus { status count } byWellbeing { status count } bySupervision { status count }
  staleCount unmetRequests
  utilisation { label count }
  weeklyHours { weekEnding declaredHours capacityHours }
  actions { kind detail keyPerson { id displayName homeMunicipality { code name } } }`;
const DASHBOARD_PARTS: Record<string, string> = {
  "dashboard: status counts": `byStatus { status count } byWellbeing { status count } bySupervision { status count } staleCount unmetRequests`,
  "dashboard: action lists": `actions { kind detail keyPerson { id displayName homeMunicipality { code name } } }`,
  "dashboard: utilisation": `utilisation { label count }`,
  "dashboard: weekly hours": `weeklyHours { weekEnding declaredHours capacityHours }`,
};
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
      const d = result as { actions?: unknown[]; byStatus?: { count: number }[]; weeklyHours?: { declaredHours: number }[]; utilisation?: { count: number }[] };
      if (d.actions) return `${d.actions.length} actions`;
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

const TICK_MS = 10; // Linux USER_HZ is 100

/** utime + stime of a PostgreSQL backend, in ticks; NaN where /proc cannot be read. */
function backendTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return NaN;
  }
}

/** The backends serving the scratch database (the server's pool): their CPU is the query's PostgreSQL cost. */
async function backendPids(dataSource: DataSource): Promise<number[]> {
  return (await dataSource.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`)).map((r: { pid: number }) => r.pid);
}

const ticksOf = (pids: number[]) => new Map(pids.map((pid) => [pid, backendTicks(pid)]));

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
  /** Mean CPU per request, ms: this process (server and HTTP client) and the pool's PostgreSQL backends (parallel query workers not counted: a lower bound). */
  cpu: { node: number; postgres: number | null };
  answerBytes: number;
  answer: string;
}

async function timeRole(server: RunningServer, role: "COORDINATOR" | "REGIONAL_COORDINATOR", token: string, languages: string[]): Promise<QueryResult[]> {
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
  const procReadable = Number.isFinite(backendTicks(process.pid));
  // Round-robin: each round asks every query once, so load from other work falls on all alike.
  for (let round = 0; round < RUNS; round++) {
    for (const op of ops) {
      // The pool's backends, read before each request (outside the timing): the dashboard uses several at once.
      const before = ticksOf(await backendPids(server.dataSource));
      const node = process.cpuUsage();
      const started = performance.now();
      await post(op);
      samples.get(op.name)!.push(performance.now() - started);
      const used = process.cpuUsage(node);
      const c = cpu.get(op.name)!;
      c.node += (used.user + used.system) / 1000;
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

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
const login = async (url: string, who: { email: string; password: string }) =>
  (await gql<{ login: { token: string } }>(url, LOGIN, { e: who.email, p: who.password })).login.token;

async function main() {
  const runStarted = performance.now();
  const dbServer = await openDatabaseServer("bench-oversight-pg", log);
  const database = await createScratchDatabase(dbServer, `sk_bench_oversight_${process.pid}`);
  const keep = process.env.BENCH_OVERSIGHT_KEEP === "1";
  let server: RunningServer | null = null;
  try {
    log(`Database: ${dbServer.kind}`);
    server = await startBenchServer(database.url, {}, { log });
    await ensureAdmin(server.dataSource, COORDINATOR.email, COORDINATOR.password, () => {});
    const coordinator = await login(server.url, COORDINATOR);
    await gql(
      server.url,
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { email: REGIONAL.email, password: REGIONAL.password, role: "REGIONAL_COORDINATOR", municipalityCodes: REGION } },
      coordinator,
    );
    const regional = await login(server.url, REGIONAL);
    const [{ id: coordinatorUserId }] = await server.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [COORDINATOR.email]);

    log(`Loading ${KEY_PERSONS.toLocaleString("en")} key persons and ${HOUR_ENTRIES.toLocaleString("en")} hour entries (SQL, not timed as queries):`);
    const loadStarted = performance.now();
    const loaded = await loadCountry(server.dataSource, coordinatorUserId, new Date());
    const loadSeconds = round1((performance.now() - loadStarted) / 1000);
    log(`  loaded in ${loadSeconds} s: ${JSON.stringify(loaded.counts)}`);
    const languages = await coverageLanguages(server.dataSource);
    const [{ version, jit }] = await server.dataSource.query(
      `SELECT current_setting('server_version') AS version, current_setting('jit') = 'on' AND pg_jit_available() AS jit`,
    );

    const loadBefore = loadAverage();
    log(`\nTiming ${RUNS} runs of each query per role, round-robin, after ${WARM_UP} warm-up rounds (load average ${loadBefore}) …`);
    const timingStarted = performance.now();
    const results = [
      ...(await timeRole(server, "COORDINATOR", coordinator, languages)),
      ...(await timeRole(server, "REGIONAL_COORDINATOR", regional, languages)),
    ];
    const loadAfter = loadAverage();
    const timingSeconds = round1((performance.now() - timingStarted) / 1000);

    log(
      `\nOversight dashboard: ${loaded.counts.keyPersons.toLocaleString("en")} key persons, ${loaded.counts.hourEntries.toLocaleString("en")} hour entries; ${RUNS} timed runs per query over HTTP;`,
    );
    log(
      `regional = a regional coordinator of ${REGION.length} municipalities (${loaded.counts.keyPersonsInRegion} key persons); cpu = mean per request, Node (server + client) + PostgreSQL\n`,
    );
    log(table(results));
    const missed = results.filter((r) => !r.meetsTarget);
    log(
      `\n${missed.length === 0 ? `Every query: p95 ≤ ${TARGET_MS} ms.` : `Missed the ${TARGET_MS} ms target: ${missed.map((r) => `${r.role} ${r.query} (${r.p95} ms)`).join(", ")}`}`,
    );
    log(
      `Load average ${loadBefore} → ${loadAfter} on ${machine().cores} cores${Math.max(loadBefore, loadAfter) > machine().cores ? ": other work slowed these figures" : ""}; timing took ${timingSeconds} s`,
    );

    const report = {
      machine: { ...machine(), postgres: version, jit, database: dbServer.kind },
      date: new Date().toISOString(),
      targetP95Ms: TARGET_MS,
      runsPerQuery: RUNS,
      warmUpRounds: WARM_UP,
      region: REGION,
      coverageLanguages: languages,
      data: loaded.counts,
      loadSeconds: { total: loadSeconds, ...loaded.seconds },
      timingSeconds,
      /** The machine's 1-minute load average before and after timing: other work on the machine slows every figure. */
      loadAverage: [loadBefore, loadAfter],
      allMeetTarget: missed.length === 0,
      queries: results,
    };
    // A shortened run (BENCH_OVERSIGHT_* set) must not replace the figures of a full one.
    const shortened = Object.keys(process.env).some((name) => name.startsWith("BENCH_OVERSIGHT_") && name !== "BENCH_OVERSIGHT_KEEP");
    const file = writeReport("oversight", report, shortened);
    log(`\nWrote ${file}; the whole run took ${round1((performance.now() - runStarted) / 1000)} s`);
    if (keep) {
      log(`Kept the database for EXPLAIN: ${database.url} (the embedded PostgreSQL stops when this process ends; drop it with DROP DATABASE ${database.name})`);
    }
  } finally {
    await server?.stop();
    if (!keep) await database.drop();
    await dbServer.stop();
  }
}

runMain(main);
