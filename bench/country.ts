// The country the coordinators' benchmarks fill (bench/oversight.ts, and any other that needs
// the same data): key persons spread like the demo (generateDemoData), two years of
// intervision and supervision sessions, monthly check-ins (a few worrying ones, a few asking
// for contact), clearances, match requests with their assignments (historical, active,
// proposed) and two hour entries a week for every assignment that ran, open requests that
// went unmet. Filled in SQL, not through the API (1,000,000 rows would take hours).
//
// Not a benchmark of its own: scripts/bench.mjs skips this file.
import { performance } from "node:perf_hooks";
import type { DataSource } from "typeorm";
import { unusableHash } from "../server/src/auth/password";
import { ensureAdmin } from "../server/src/seed/admin";
import type { RunningServer } from "../server/src/server";
import { funderKeySql } from "../server/src/domain/funder";
import { insertKeyPersons } from "../server/src/seed/demo";
import { generateDemoData } from "../server/src/seed/demo-data";
import { gql } from "./support";

/** How big a country to fill. */
export interface CountrySize {
  keyPersons: number;
  /** Hour entries in all (active assignments' first, then completed ones until this many). */
  hourEntries: number;
  /** Organisations that ask for key persons (40 unless given). */
  organisations?: number;
  /** The demo data's seed and PostgreSQL's setseed (20261201 unless given): the same seed fills the same country. */
  seed?: number;
}

/** The demo's regional coordinator's region (GGD Amsterdam): Amsterdam, Amstelveen, Aalsmeer, Diemen, Ouder-Amstel, Uithoorn. */
export const DEMO_REGION = ["GM0363", "GM0362", "GM0358", "GM0384", "GM0437", "GM0451"];

/** The country's sizes the oversight benchmark records (issue 5 and issue 21). */
export const COUNTRY_SIZES: Record<"medium" | "large", CountrySize> = {
  medium: { keyPersons: 10_000, hourEntries: 1_000_000 },
  large: { keyPersons: 100_000, hourEntries: 2_000_000 },
};

const round1 = (x: number) => Math.round(x * 10) / 10;

export interface LoadReport {
  counts: Record<string, number>;
  seconds: Record<string, number>;
}

/**
 * Fills the database. Randomness comes from PostgreSQL's random() after setseed(), on one
 * connection, so a run is reproducible for the same code and PostgreSQL version. Dates are
 * relative to today (the server's clock), so the statuses the rules derive are a
 * realistic mix: most supervision current, some due, some overdue, some never.
 */
export async function loadCountry(
  dataSource: DataSource,
  size: CountrySize,
  options: { coordinatorUserId: number; now: Date; region?: string[]; log?: (line: string) => void },
): Promise<LoadReport> {
  const { coordinatorUserId, now, region = DEMO_REGION, log = (line: string) => console.log(line) } = options;
  const seed = size.seed ?? 20261201;
  const seconds: Record<string, number> = {};
  const step = async (name: string, work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    seconds[name] = round1((performance.now() - started) / 1000);
    log(`  ${name}: ${seconds[name]} s`);
  };
  const today = now.toISOString().slice(0, 10);
  const data = generateDemoData({ seed, keyPersons: size.keyPersons, organisations: size.organisations ?? 40, today: now });
  await step("key persons (generated, with languages and expertise)", () => dataSource.transaction((tx) => insertKeyPersons(tx, data.keyPersons)));

  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const q = (sql: string, params: unknown[] = []) => runner.query(sql, params);
    await q(`SELECT setseed($1)`, [(seed % 100_000_000) / 100_000_000]);
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
    await step("match requests and assignments", () => insertAssignments(q, today, now, size.hourEntries));
    await step(`${size.hourEntries.toLocaleString("en")} hour entries`, () => insertHours(q, today, coordinatorUserId, size.hourEntries));
    await step("unmet and waiting requests", () => insertOpenRequests(q, now));
    // As autovacuum would have left settled tables: fresh statistics and visibility maps.
    await step("VACUUM ANALYZE", () => q(`VACUUM ANALYZE`));
  } finally {
    await runner.release();
  }
  return { counts: await countCountry(dataSource, region, today), seconds };
}

/** What a filled database holds, for the report (also of a database filled by an earlier run). */
export async function countCountry(dataSource: DataSource, region: readonly string[], today: string): Promise<Record<string, number>> {
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
    [region, today],
  );
  return counts;
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
 *   any key person) that with the active ones they declared `hourEntries` hour entries.
 * Requests and assignments share their ids (the plan's row number), which keeps the
 * statements set-based.
 */
async function insertAssignments(q: Sql, today: string, now: Date, hourEntries: number): Promise<void> {
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
  // Earlier assignments last 6–36 weeks: 21 weeks, 43 entries on average; 10 % more than needed, the hour entries stop at hourEntries.
  const completed = Math.ceil((Math.max(0, hourEntries - entries) / (21 * 7 * ENTRIES_PER_DAY + 1)) * 1.1);
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
 * are in; the last completed ones stop where `hourEntries` is reached.
 */
async function insertHours(q: Sql, today: string, coordinatorUserId: number, hourEntries: number): Promise<void> {
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
    [today, coordinatorUserId, hourEntries],
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

const BENCH_COORDINATOR = { email: "bench-coordinator@example.org", password: "bench-coordinator-password" };
const BENCH_REGIONAL = { email: "bench-regio@example.org", password: "bench-regio-password" };
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
const login = async (url: string, who: { email: string; password: string }) =>
  (await gql<{ login: { token: string } }>(url, LOGIN, { e: who.email, p: who.password })).login.token;

/**
 * A national coordinator (made as the first admin) and a regional coordinator of `region`
 * (made by the first, through the API), signed in: their tokens, and the national
 * coordinator's user id, which loadCountry records as the author of what it writes.
 */
export async function signInCoordinators(server: RunningServer, region: readonly string[]) {
  await ensureAdmin(server.dataSource, BENCH_COORDINATOR.email, BENCH_COORDINATOR.password, () => {});
  const coordinator = await login(server.url, BENCH_COORDINATOR);
  // A database filled by an earlier run (BENCH_OVERSIGHT_REUSE) has them already.
  const [regionalExists] = await server.dataSource.query(`SELECT 1 FROM app_user WHERE email = $1`, [BENCH_REGIONAL.email]);
  if (!regionalExists)
    await gql(
      server.url,
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { email: BENCH_REGIONAL.email, password: BENCH_REGIONAL.password, role: "REGIONAL_COORDINATOR", municipalityCodes: region } },
      coordinator,
    );
  const regional = await login(server.url, BENCH_REGIONAL);
  const [{ id: coordinatorUserId }] = await server.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [BENCH_COORDINATOR.email]);
  return { coordinator, regional, coordinatorUserId: coordinatorUserId as number };
}
