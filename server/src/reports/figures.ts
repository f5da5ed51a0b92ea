// Every figure of the reports (issue 20), each defined once, in SQL. docs/reports.md says in
// words what each counts, which date decides its period and which scope applies. The live
// dashboard (server/src/oversight/) reads the figures it shows too (hours per kind of work,
// unmet requests per kind) through the functions here, so the two never disagree.
//
// Every statement takes the same five parameters:
//   $1 the period's first day, $2 the first day after it (exclusive; dates in Europe/Amsterdam),
//   $3 the municipalities (null: all), $4 the organisation (null: any), $5 the funder key (null: any).
import type { EntityManager } from "typeorm";
import { funderKeySql } from "../domain/funder";
import { percent, suppressBelow, type ReportTableCode } from "../domain/report-definitions";
import { FEEDBACK_MIN_ANSWERS } from "../domain/voice";
import { ReferralState } from "../domain/referrals";
import { LeavingReason, OwnActivity, ReportChart, ReportUnit, RequestKind, WellbeingStatus } from "../shared/enums";
import { TIME_ZONE } from "../domain/timeslots";
import type { ReportRow, ReportTable } from "./reports.entity";

export type Queryable = Pick<EntityManager, "query">;

export interface FigureScope {
  /** First day of the period and the first day after it, YYYY-MM-DD. */
  start: string;
  after: string;
  /** The months the period covers (feedback is kept per month). */
  months: string[];
  /** Municipalities (null: the whole country). */
  places: readonly string[] | null;
  /** An organisation's own requests only (null: every organisation's). */
  organisationId: number | null;
  funder: string | null;
  /** Words from data: municipality, language, province and funder names. */
  names: { languages: Map<string, string>; provinces: Map<string, string>; organisations: Map<number, string> };
}

const params = (s: FigureScope) => [s.start, s.after, s.places, s.organisationId, s.funder];

/** `column` (a timestamptz) falls in the period, by the calendar in the Netherlands. */
const inPeriod = (column: string) =>
  `${column} >= ($1::date::timestamp AT TIME ZONE '${TIME_ZONE}') AND ${column} < ($2::date::timestamp AT TIME ZONE '${TIME_ZONE}')`;
/** `column` (a date) falls in the period. */
const dateInPeriod = (column: string) => `${column} >= $1::date AND ${column} < $2::date`;

/**
 * A request's funder for the request figures: the funder on the day it was made, so a
 * transfer later on does not move it (domain/funder.ts funderOfRequestOn with the first
 * owner: the organisation the first accepted transfer took it from, else its owner).
 */
const REQUEST_FUNDER = funderKeySql(
  "r.funding::text",
  `COALESCE((SELECT t.from_organisation_id FROM request_transfer t WHERE t.match_request_id = r.id AND t.state = 'ACCEPTED' ORDER BY t.effective_on, t.id LIMIT 1), r.organisation_id)`,
);

/**
 * The requests in scope (place, organisation, funder), whatever their date. An organisation:
 * the requests it owns now (after a transfer the old owner no longer reaches the request,
 * docs/access-matrix.md; it keeps the hours it funded, see hoursByWorkAndFunder).
 */
const REQUEST_SCOPE = `($3::varchar[] IS NULL OR r.municipality_code = ANY($3))
  AND ($4::int IS NULL OR r.organisation_id = $4)
  AND ($5::text IS NULL OR ${REQUEST_FUNDER} = $5)`;

/** An open request no key person could be found for, now. The dashboard counts the same. */
export const UNMET_NOW = `r.unmet_since IS NOT NULL AND r.status = 'OPEN'`;

/**
 * When a request was first accepted: the earliest acceptance of a proposal on it (declines
 * also record a response), as `first.accepted_at`. A join, not a subquery in the select
 * list: PostgreSQL pushed a condition on the subquery below the period's filter and ran it
 * for every request ever made.
 */
const FIRST_ACCEPTED = `LEFT JOIN LATERAL (SELECT min(a.responded_at) AS accepted_at FROM assignment a
  WHERE a.request_id = r.id AND a.responded_at IS NOT NULL AND a.status <> 'DECLINED') first ON true`;

/** Key persons in scope: living in the municipalities. Key-person figures ignore the funder. */
const KEY_PERSON_SCOPE = `($3::varchar[] IS NULL OR kp.home_municipality_code = ANY($3)) AND kp.erased_at IS NULL`;

/** Registered at the end of the period: joined before its end and had not left by then. */
const REGISTERED_AT_END = `kp.created_at < ($2::date::timestamp AT TIME ZONE '${TIME_ZONE}')
  AND NOT (kp.status = 'INACTIVE' AND (kp.left_on IS NULL OR kp.left_on < $2::date))`;

const REQUEST_KINDS = Object.values(RequestKind) as string[];
const OWN_ACTIVITIES = Object.values(OwnActivity) as string[];
/** The kinds of work hours are declared for: a request's kind, or an own activity without one. */
export const WORK_CODES = [...REQUEST_KINDS, ...OWN_ACTIVITIES];

const n = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
const orNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
const round1 = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
const row = (keyKind: string, key: string, values: (number | null)[], label: string | null = null): ReportRow => ({ keyKind, key, label, values });

function table(code: ReportTableCode, section: string, chart: ReportChart, columns: [string, ReportUnit][], rows: ReportRow[]): ReportTable {
  return { code, section, chart, columns: columns.map(([c, unit]) => ({ code: c, unit })), rows };
}

// ---- requests ----------------------------------------------------------------------------

/**
 * A row per code (0s included), then the total: the rows of `GROUPING SETS ((column), ())`,
 * whose total has the column null. `codeOf` reads the grouped column.
 */
function perCodeAndTotal<R>(
  keyKind: string,
  codes: readonly string[],
  rows: R[],
  codeOf: (row: R) => string | null,
  line: (keyKind: string, key: string, found: R | undefined) => ReportRow,
): ReportRow[] {
  return [
    ...codes.map((code) =>
      line(
        keyKind,
        code,
        rows.find((r) => codeOf(r) === code),
      ),
    ),
    line(
      "TOTAL",
      "TOTAL",
      rows.find((r) => codeOf(r) === null),
    ),
  ];
}

/** A row per request kind, then the total (perCodeAndTotal). */
const perKindAndTotal = <R extends { kind: string | null }>(rows: R[], line: (keyKind: string, key: string, found: R | undefined) => ReportRow) =>
  perCodeAndTotal("REQUEST_KIND", REQUEST_KINDS, rows, (r) => r.kind, line);

/** Requests made in the period, per kind: how many, how many were accepted by a key person, and how many are unmet now. */
export async function requestsByKind(db: Queryable, s: FigureScope): Promise<ReportTable> {
  const rows: { kind: string | null; requests: number; matched: number; unmet: number }[] = await db.query(
    `SELECT r.kind::text AS kind, count(*)::int AS requests,
       count(*) FILTER (WHERE first.accepted_at IS NOT NULL)::int AS matched,
       count(*) FILTER (WHERE ${UNMET_NOW})::int AS unmet
     FROM match_request r ${FIRST_ACCEPTED}
     WHERE ${inPeriod("r.created_at")} AND ${REQUEST_SCOPE}
     GROUP BY GROUPING SETS ((r.kind), ())`,
    params(s),
  );
  const line = (keyKind: string, key: string, found: (typeof rows)[number] | undefined) =>
    row(keyKind, key, [n(found?.requests), n(found?.matched), percent(n(found?.matched), n(found?.requests)), n(found?.unmet)]);
  return table(
    "REQUESTS_BY_KIND",
    "REQUESTS",
    ReportChart.BAR,
    [
      ["REQUESTS", ReportUnit.COUNT],
      ["MATCHED", ReportUnit.COUNT],
      ["MATCHED_SHARE", ReportUnit.PERCENT],
      ["UNMET_NOW", ReportUnit.COUNT],
    ],
    perKindAndTotal(rows, line),
  );
}

/** Requests made in the period per language asked for (a request asking two languages counts in both). */
async function requestsByCode(db: Queryable, s: FigureScope, column: "language_codes" | "expertise_codes"): Promise<ReportRow[]> {
  const rows: { code: string; requests: number; matched: number }[] = await db.query(
    `SELECT code, count(*)::int AS requests, count(*) FILTER (WHERE accepted IS NOT NULL)::int AS matched
     FROM (SELECT unnest(r.${column}) AS code, first.accepted_at AS accepted FROM match_request r ${FIRST_ACCEPTED}
           WHERE ${inPeriod("r.created_at")} AND ${REQUEST_SCOPE}) per_code
     GROUP BY code ORDER BY count(*) DESC, code`,
    params(s),
  );
  const keyKind = column === "language_codes" ? "LANGUAGE" : "EXPERTISE";
  return rows.map((r) =>
    row(keyKind, r.code, [r.requests, r.matched, percent(r.matched, r.requests)], keyKind === "LANGUAGE" ? (s.names.languages.get(r.code) ?? null) : null),
  );
}

const SHARE_COLUMNS: [string, ReportUnit][] = [
  ["REQUESTS", ReportUnit.COUNT],
  ["MATCHED", ReportUnit.COUNT],
  ["MATCHED_SHARE", ReportUnit.PERCENT],
];

export async function requestsByLanguage(db: Queryable, s: FigureScope): Promise<ReportTable> {
  return table("REQUESTS_BY_LANGUAGE", "REQUESTS", ReportChart.BAR, SHARE_COLUMNS, await requestsByCode(db, s, "language_codes"));
}

export async function requestsByExpertise(db: Queryable, s: FigureScope): Promise<ReportTable> {
  return table("REQUESTS_BY_EXPERTISE", "REQUESTS", ReportChart.BAR, SHARE_COLUMNS, await requestsByCode(db, s, "expertise_codes"));
}

/** Proposals made in the period (to a key person, on a request in scope), by how they ended: accepted, declined, expired, withdrawn, or still waiting. */
export async function requestOutcomes(db: Queryable, s: FigureScope): Promise<ReportTable> {
  const rows: { outcome: string; n: number }[] = await db.query(
    `SELECT CASE WHEN a.status = 'DECLINED' THEN 'DECLINED' WHEN a.status = 'EXPIRED' THEN 'EXPIRED'
                 WHEN a.responded_at IS NOT NULL THEN 'ACCEPTED' WHEN a.status = 'PROPOSED' THEN 'WAITING' ELSE 'WITHDRAWN' END AS outcome,
       count(*)::int AS n
     FROM assignment a JOIN match_request r ON r.id = a.request_id
     WHERE ${inPeriod("a.proposed_at")} AND ${REQUEST_SCOPE}
     GROUP BY 1`,
    params(s),
  );
  const total = rows.reduce((sum, r) => sum + r.n, 0);
  const outcomes = ["ACCEPTED", "DECLINED", "EXPIRED", "WITHDRAWN", "WAITING"];
  return table(
    "REQUEST_OUTCOMES",
    "REQUESTS",
    ReportChart.BAR,
    [
      ["PROPOSALS", ReportUnit.COUNT],
      ["SHARE", ReportUnit.PERCENT],
    ],
    [
      ...outcomes.map((outcome) => {
        const count = n(rows.find((r) => r.outcome === outcome)?.n);
        return row("OUTCOME", outcome, [count, percent(count, total)]);
      }),
      row("TOTAL", "TOTAL", [total, total ? 100 : null]),
    ],
  );
}

/** Requests made in the period that were accepted: days from the request to its first acceptance, median and 90th percentile. */
export async function timeToAcceptance(db: Queryable, s: FigureScope): Promise<ReportTable> {
  const rows: { kind: string | null; accepted: number; median: number | null; p90: number | null }[] = await db.query(
    `SELECT kind, count(*)::int AS accepted,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median,
       percentile_cont(0.9) WITHIN GROUP (ORDER BY days) AS p90
     FROM (SELECT r.kind::text AS kind, extract(epoch FROM (first.accepted_at - r.created_at)) / 86400 AS days
           FROM match_request r ${FIRST_ACCEPTED} WHERE ${inPeriod("r.created_at")} AND ${REQUEST_SCOPE}) waits
     WHERE days IS NOT NULL
     GROUP BY GROUPING SETS ((kind), ())`,
    params(s),
  );
  const line = (keyKind: string, key: string, found: (typeof rows)[number] | undefined) =>
    row(keyKind, key, [n(found?.accepted), round1(orNull(found?.median)), round1(orNull(found?.p90))]);
  return table(
    "TIME_TO_ACCEPTANCE",
    "REQUESTS",
    ReportChart.BAR,
    [
      ["ACCEPTED", ReportUnit.COUNT],
      ["MEDIAN_DAYS", ReportUnit.DAYS],
      ["P90_DAYS", ReportUnit.DAYS],
    ],
    perKindAndTotal(rows, line),
  );
}

/**
 * Requests that became unmet in the period and are still unmet (open, nobody found), per
 * rule of the matching that excluded candidates: how many requests it held back and how
 * many candidates it excluded in all. The matching keeps only the latest round.
 */
export async function unmetByRule(db: Queryable, s: FigureScope): Promise<ReportTable> {
  const rows: { rule: string | null; total: boolean; requests: number; candidates: number }[] = await db.query(
    `SELECT e.key AS rule, GROUPING(e.key) = 1 AS total, count(DISTINCT r.id)::int AS requests, COALESCE(sum(e.value::int), 0)::int AS candidates
     FROM match_request r LEFT JOIN LATERAL jsonb_each_text(COALESCE(r.unmet_exclusions, '{}'::jsonb)) e ON e.value::int > 0
     WHERE ${UNMET_NOW} AND ${inPeriod("r.unmet_since")} AND ${REQUEST_SCOPE}
     GROUP BY GROUPING SETS ((e.key), ())`,
    params(s),
  );
  const total = rows.find((r) => r.total) ?? { requests: 0, candidates: 0 };
  const byRule = rows.filter((r) => !r.total && r.rule !== null).sort((a, b) => b.requests - a.requests || a.rule!.localeCompare(b.rule!));
  return table(
    "UNMET_BY_RULE",
    "REQUESTS",
    ReportChart.BAR,
    [
      ["REQUESTS", ReportUnit.COUNT],
      ["CANDIDATES_EXCLUDED", ReportUnit.COUNT],
    ],
    [...byRule.map((r) => row("RULE", r.rule!, [r.requests, r.candidates])), row("TOTAL", "TOTAL", [total.requests, total.candidates])],
  );
}

/** The dashboard's unmet requests per kind (now, no period): the same UNMET_NOW. */
export function unmetNowByKind(db: Queryable, region: readonly string[] | null): Promise<{ kind: RequestKind; n: number }[]> {
  return db.query(
    `SELECT r.kind::text AS kind, count(*)::int AS n FROM match_request r WHERE ${UNMET_NOW}
     AND ($1::varchar[] IS NULL OR r.municipality_code = ANY($1)) GROUP BY 1`,
    [region],
  );
}

// ---- continuity --------------------------------------------------------------------------

/**
 * Moves of a newcomer in the period (the request's place changed) while a key person
 * supported them: support continued with the same key person, was handed over to another
 * (a handover or a new acceptance after the move), or stopped.
 */
export async function continuity(db: Queryable, s: FigureScope): Promise<ReportTable> {
  const rows: { outcome: string; n: number }[] = await db.query(
    `SELECT outcome, count(*)::int AS n FROM (
       SELECT CASE
         WHEN EXISTS (SELECT 1 FROM assignment_handover h WHERE h.match_request_id = r.id AND h.created_at >= m.at)
           OR EXISTS (SELECT 1 FROM assignment b WHERE b.request_id = r.id AND b.responded_at > m.at AND b.status <> 'DECLINED') THEN 'HANDED_OVER'
         WHEN (m.detail->>'kept')::boolean THEN 'SAME_KEY_PERSON'
         ELSE 'WITHOUT_SUPPORT' END AS outcome
       FROM audit_log m JOIN match_request r ON m.entity_id = r.id::text
       WHERE m.action = 'relocateNewcomer' AND m.entity_type = 'MatchRequest' AND ${inPeriod("m.at")}
         AND ($3::varchar[] IS NULL OR m.detail->>'municipalityCode' = ANY($3))
         AND ($4::int IS NULL OR r.organisation_id = $4)
         AND ($5::text IS NULL OR ${REQUEST_FUNDER} = $5)
         AND EXISTS (SELECT 1 FROM assignment a WHERE a.request_id = r.id AND a.responded_at IS NOT NULL AND a.status <> 'DECLINED'
                     AND a.responded_at <= m.at AND (a.ended_at IS NULL OR a.ended_at >= m.at - interval '1 minute'))
     ) moves GROUP BY 1`,
    params(s),
  );
  const total = rows.reduce((sum, r) => sum + r.n, 0);
  return table(
    "CONTINUITY",
    "CONTINUITY",
    ReportChart.STACKED_BAR,
    [
      ["MOVES", ReportUnit.COUNT],
      ["SHARE", ReportUnit.PERCENT],
    ],
    [
      ...["SAME_KEY_PERSON", "HANDED_OVER", "WITHOUT_SUPPORT"].map((outcome) => {
        const count = n(rows.find((r) => r.outcome === outcome)?.n);
        return row("OUTCOME", outcome, [count, percent(count, total)]);
      }),
      row("TOTAL", "TOTAL", [total, total ? 100 : null]),
    ],
  );
}

// ---- referrals ---------------------------------------------------------------------------

/** Referrals sent in the period, by the state they are in now, with the median days until the service answered and until an appointment. */
export async function referralsByState(db: Queryable, s: FigureScope): Promise<ReportTable> {
  const rows: { state: string | null; n: number; answer: number | null; appointment: number | null }[] = await db.query(
    `SELECT f.state::text AS state, count(*)::int AS n,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM (COALESCE(f.accepted_at, f.declined_at) - f.sent_at)) / 86400) AS answer,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM (f.appointment_made_at - f.sent_at)) / 86400) AS appointment
     FROM referral f JOIN assignment a ON a.id = f.assignment_id JOIN match_request r ON r.id = a.request_id
     WHERE ${inPeriod("f.sent_at")}
       AND ($3::varchar[] IS NULL OR f.municipality_code = ANY($3))
       AND ($4::int IS NULL OR r.organisation_id = $4)
       AND ($5::text IS NULL OR ${REQUEST_FUNDER} = $5)
     GROUP BY GROUPING SETS ((f.state), ())`,
    params(s),
  );
  const line = (keyKind: string, key: string, found: (typeof rows)[number] | undefined) =>
    row(keyKind, key, [n(found?.n), round1(orNull(found?.answer)), round1(orNull(found?.appointment))]);
  return table(
    "REFERRALS_BY_STATE",
    "REFERRALS",
    ReportChart.BAR,
    [
      ["REFERRALS", ReportUnit.COUNT],
      ["MEDIAN_DAYS_TO_ANSWER", ReportUnit.DAYS],
      ["MEDIAN_DAYS_TO_APPOINTMENT", ReportUnit.DAYS],
    ],
    perCodeAndTotal("REFERRAL_STATE", Object.values(ReferralState), rows, (r) => r.state, line),
  );
}

// ---- hours -------------------------------------------------------------------------------

export interface HoursLine {
  funder: string;
  kind: RequestKind | null;
  ownActivity: OwnActivity | null;
  declared: number;
  approved: number;
  allowanceCents: number;
}

/** A first day of a month, YYYY-MM-01. */
const MONTH_START = /^\d{4}-\d{2}-01$/;

/**
 * Hours declared (not rejected) dated from `from` up to but not including `after`, per
 * funder and kind of work (a request's kind, or the own activity), with the approved hours
 * and the allowances approved for them. Whose: key persons living in `homeIn` (null: all),
 * or, for an organisation, the hours it funds. The dashboard's hours per kind of work and
 * the report's HOURS_BY_ACTIVITY_AND_FUNDER are both this.
 *
 * Whole months (every report) are read from `hour_month`, the entries added up per month
 * by triggers (migration 1764411000000); other windows (the dashboard's last 12 weeks) from
 * the entries, grouped the same way first. Hours are quarters of an hour: float8 sums are exact.
 */
export function hoursByWorkAndFunder(
  db: Queryable,
  where: { from: string; after: string; homeIn: readonly string[] | null; organisationId: number | null; funder: string | null },
): Promise<HoursLine[]> {
  const scope = `h.status <> 'REJECTED'
    AND ($3::varchar[] IS NULL OR h.key_person_id IN (SELECT id FROM key_person WHERE home_municipality_code = ANY($3)))
    AND ($4::int IS NULL OR h.funder = 'ORGANISATION:' || $4)
    AND ($5::text IS NULL OR h.funder = $5)`;
  const groups =
    MONTH_START.test(where.from) && MONTH_START.test(where.after)
      ? `SELECT h.funder, h.assignment_id, h.own_activity, h.status, h.hours, h.allowance_cents AS allowance
         FROM hour_month h WHERE h.month >= $1::date AND h.month < $2::date AND ${scope}`
      : `SELECT h.funder, h.assignment_id, h.own_activity, h.status, sum(h.hours::float8) AS hours, sum(h.allowance_cents) AS allowance
         FROM hour_entry h WHERE h.date >= $1::date AND h.date < $2::date AND ${scope}
         GROUP BY 1, 2, 3, 4`;
  return db.query(
    // The groups (per case or own activity) are few beside the entries: the joins run over those.
    `SELECT e.funder, r.kind::text AS kind, e.own_activity::text AS "ownActivity",
       sum(e.hours) AS declared,
       COALESCE(sum(e.hours) FILTER (WHERE e.status = 'APPROVED'), 0) AS approved,
       COALESCE(sum(e.allowance) FILTER (WHERE e.status = 'APPROVED'), 0)::float8 AS "allowanceCents"
     FROM (${groups}) e
       LEFT JOIN assignment a ON a.id = e.assignment_id LEFT JOIN match_request r ON r.id = a.request_id
     GROUP BY 1, 2, 3`,
    [where.from, where.after, where.homeIn, where.organisationId, where.funder],
  );
}

/**
 * The dashboard's hours per kind of work: hoursByWorkAndFunder summed over the funders.
 * For the whole country from the days already added up per kind of work (hour_day, kept
 * by triggers on hour_entry): the same sums without reading every entry of the period.
 */
export async function hoursByWork(
  db: Queryable,
  where: { from: string; after: string; homeIn: readonly string[] | null },
): Promise<{ kind: RequestKind | null; ownActivity: OwnActivity | null; declared: number; approved: number }[]> {
  if (where.homeIn === null)
    return db.query(
      `SELECT kind::text AS kind, own_activity::text AS "ownActivity",
         sum(hours)::float8 AS declared, COALESCE(sum(hours) FILTER (WHERE status = 'APPROVED'), 0)::float8 AS approved
       FROM hour_day WHERE date >= $1::date AND date < $2::date AND status <> 'REJECTED'
       GROUP BY 1, 2`,
      [where.from, where.after],
    );
  const sums = new Map<string, { kind: RequestKind | null; ownActivity: OwnActivity | null; declared: number; approved: number }>();
  for (const line of await hoursByWorkAndFunder(db, { ...where, organisationId: null, funder: null })) {
    const key = `${line.kind}/${line.ownActivity}`;
    const sum = sums.get(key) ?? { kind: line.kind, ownActivity: line.ownActivity, declared: 0, approved: 0 };
    sum.declared += line.declared;
    sum.approved += line.approved;
    sums.set(key, sum);
  }
  return [...sums.values()];
}

export async function hoursByActivityAndFunder(db: Queryable, s: FigureScope): Promise<ReportTable> {
  const lines = await hoursByWorkAndFunder(db, { from: s.start, after: s.after, homeIn: s.places, organisationId: s.organisationId, funder: s.funder });
  const funders = [...new Set(lines.map((l) => l.funder))].sort((a, b) => (a === "NATIONAL_SCHEME" ? -1 : b === "NATIONAL_SCHEME" ? 1 : a.localeCompare(b)));
  const values = (of: HoursLine[]) => [
    ...WORK_CODES.map((code) => round2(of.filter((l) => (l.kind ?? l.ownActivity) === code).reduce((sum, l) => sum + l.declared, 0))),
    round2(of.reduce((sum, l) => sum + l.declared, 0)),
    round2(of.reduce((sum, l) => sum + l.approved, 0)),
    round2(of.reduce((sum, l) => sum + l.allowanceCents, 0) / 100),
  ];
  const label = (funder: string) => (funder.startsWith("ORGANISATION:") ? (s.names.organisations.get(Number(funder.slice(13))) ?? null) : null);
  return table(
    "HOURS_BY_ACTIVITY_AND_FUNDER",
    "HOURS",
    ReportChart.STACKED_BAR,
    [
      ...WORK_CODES.map((code): [string, ReportUnit] => [code, ReportUnit.HOURS]),
      ["DECLARED_HOURS", ReportUnit.HOURS],
      ["APPROVED_HOURS", ReportUnit.HOURS],
      ["ALLOWANCES", ReportUnit.EUROS],
    ],
    [...funders.map((funder) => row("FUNDER", funder, values(lines.filter((l) => l.funder === funder)), label(funder))), row("TOTAL", "TOTAL", values(lines))],
  );
}

const round2 = (value: number) => Math.round(value * 100) / 100;

// ---- key persons -------------------------------------------------------------------------

/** Per province: key persons who joined in the period, who declared hours in it, who left in it, and who were registered at its end. */
export async function keyPersonsFlow(db: Queryable, s: FigureScope): Promise<ReportTable> {
  const rows: { province: string | null; joined: number; working: number; left: number; registered: number }[] = await db.query(
    `SELECT m.province_code AS province,
       count(*) FILTER (WHERE ${inPeriod("kp.created_at")})::int AS joined,
       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM hour_month h WHERE h.key_person_id = kp.id AND h.status <> 'REJECTED' AND ${dateInPeriod("h.month")}))::int AS working,
       count(*) FILTER (WHERE kp.status = 'INACTIVE' AND ${dateInPeriod("kp.left_on")})::int AS left,
       count(*) FILTER (WHERE ${REGISTERED_AT_END})::int AS registered
     FROM key_person kp JOIN municipality m ON m.code = kp.home_municipality_code
     WHERE ${KEY_PERSON_SCOPE} AND kp.created_at < ($2::date::timestamp AT TIME ZONE '${TIME_ZONE}')
     GROUP BY GROUPING SETS ((m.province_code), ())`,
    [s.start, s.after, s.places],
  );
  const values = (r: (typeof rows)[number] | undefined) => [n(r?.joined), n(r?.working), n(r?.left), n(r?.registered)];
  const provinces = rows.filter((r) => r.province !== null).sort((a, b) => a.province!.localeCompare(b.province!));
  return table(
    "KEY_PERSONS_FLOW",
    "KEY_PERSONS",
    ReportChart.BAR,
    [
      ["NEW", ReportUnit.COUNT],
      ["WORKING", ReportUnit.COUNT],
      ["LEFT", ReportUnit.COUNT],
      ["REGISTERED_AT_END", ReportUnit.COUNT],
    ],
    [
      ...provinces.map((r) => row("PROVINCE", r.province!, values(r), s.names.provinces.get(r.province!) ?? null)),
      row("TOTAL", "TOTAL", values(rows.find((r) => r.province === null))),
    ],
  );
}

/** Key persons who left (became INACTIVE) in the period, by the reason they gave. */
export async function leavingReasons(db: Queryable, s: FigureScope): Promise<ReportTable> {
  const rows: { reason: string | null; n: number }[] = await db.query(
    `SELECT kp.leaving_reason::text AS reason, count(*)::int AS n FROM key_person kp
     WHERE ${KEY_PERSON_SCOPE} AND kp.status = 'INACTIVE' AND ${dateInPeriod("kp.left_on")}
     GROUP BY 1`,
    [s.start, s.after, s.places],
  );
  const total = rows.reduce((sum, r) => sum + r.n, 0);
  return table(
    "LEAVING_REASONS",
    "KEY_PERSONS",
    ReportChart.BAR,
    [
      ["KEY_PERSONS", ReportUnit.COUNT],
      ["SHARE", ReportUnit.PERCENT],
    ],
    [
      ...Object.values(LeavingReason).map((reason) => {
        const count = n(rows.find((r) => r.reason === reason)?.n);
        return row("LEAVING_REASON", reason, [count, percent(count, total)]);
      }),
      row("TOTAL", "TOTAL", [total, total ? 100 : null]),
    ],
  );
}

// ---- care --------------------------------------------------------------------------------

/** Of the key persons registered at the end of the period: how many had an intervision, a supervision, either, in it. */
export async function supervisionCoverage(db: Queryable, s: FigureScope): Promise<ReportTable> {
  const [r]: { people: number; intervision: number; supervision: number; either: number }[] = await db.query(
    `SELECT count(*)::int AS people,
       count(*) FILTER (WHERE 'INTERVISION' = ANY(kinds))::int AS intervision,
       count(*) FILTER (WHERE 'SUPERVISION' = ANY(kinds))::int AS supervision,
       count(*) FILTER (WHERE kinds && ARRAY['INTERVISION', 'SUPERVISION'])::int AS either
     FROM key_person kp
       -- the period's sessions grouped once per key person (a lookup per key person cost 0.7 s for a year at 10,000)
       LEFT JOIN (SELECT ss.key_person_id, array_agg(DISTINCT ss.kind::text) AS kinds FROM supervision_session ss
                  WHERE ${dateInPeriod("ss.date")} GROUP BY 1) sessions ON sessions.key_person_id = kp.id
     WHERE ${KEY_PERSON_SCOPE} AND ${REGISTERED_AT_END}`,
    [s.start, s.after, s.places],
  );
  const line = (key: string, count: number) => row("SESSION_KIND", key, [count, r.people, percent(count, r.people)]);
  return table(
    "SUPERVISION_COVERAGE",
    "CARE",
    ReportChart.BAR,
    [
      ["WITH_SESSION", ReportUnit.COUNT],
      ["KEY_PERSONS", ReportUnit.COUNT],
      ["SHARE", ReportUnit.PERCENT],
    ],
    [line("INTERVISION", r.intervision), line("SUPERVISION", r.supervision), line("ANY", r.either)],
  );
}

/** Of the key persons registered at the end of the period: how many took a training in it, and how many held a verified qualification valid on its last day. */
export async function trainingCoverage(db: Queryable, s: FigureScope): Promise<ReportTable> {
  const [r]: { people: number; trained: number; qualified: number }[] = await db.query(
    `SELECT count(*)::int AS people, count(trained.key_person_id)::int AS trained, count(qualified.key_person_id)::int AS qualified
     FROM key_person kp
       -- who trained and who is qualified, each found once (as in supervisionCoverage)
       LEFT JOIN (SELECT DISTINCT ss.key_person_id FROM supervision_session ss WHERE ss.kind = 'TRAINING' AND ${dateInPeriod("ss.date")}) trained
         ON trained.key_person_id = kp.id
       LEFT JOIN (SELECT DISTINCT q.key_person_id FROM qualification q WHERE q.status = 'VERIFIED'
                    AND q.obtained_on < $2::date AND (q.valid_until IS NULL OR q.valid_until >= $2::date - 1)) qualified
         ON qualified.key_person_id = kp.id
     WHERE ${KEY_PERSON_SCOPE} AND ${REGISTERED_AT_END}`,
    [s.start, s.after, s.places],
  );
  const line = (key: string, count: number) => row("OUTCOME", key, [count, r.people, percent(count, r.people)]);
  return table(
    "TRAINING_COVERAGE",
    "CARE",
    ReportChart.BAR,
    [
      ["KEY_PERSONS_WITH", ReportUnit.COUNT],
      ["KEY_PERSONS", ReportUnit.COUNT],
      ["SHARE", ReportUnit.PERCENT],
    ],
    [line("TRAINING", r.trained), line("QUALIFICATION", r.qualified)],
  );
}

/**
 * Wellbeing as counts only, never answers: key persons who checked in during the period,
 * who asked to be contacted in it, and — now, whatever the period — the active key persons
 * per wellbeing status as the dashboard derives it (`statusesNow`).
 */
/** `statusesNow`: how many active key persons in scope have each wellbeing status now. */
export async function wellbeing(db: Queryable, s: FigureScope, statusesNow: ReadonlyMap<string, number>): Promise<ReportTable> {
  const [r]: { checked: number; contact: number }[] = await db.query(
    `SELECT count(DISTINCT c.key_person_id)::int AS checked,
       count(DISTINCT c.key_person_id) FILTER (WHERE c.contact_requested)::int AS contact
     FROM wellbeing_check_in c JOIN key_person kp ON kp.id = c.key_person_id
     WHERE ${KEY_PERSON_SCOPE} AND ${inPeriod("c.at")}`,
    [s.start, s.after, s.places],
  );
  return table(
    "WELLBEING",
    "CARE",
    ReportChart.BAR,
    [["KEY_PERSONS", ReportUnit.COUNT]],
    [
      row("OUTCOME", "CHECKED_IN", [r.checked]),
      row("OUTCOME", "CONTACT_REQUESTED", [r.contact]),
      ...Object.values(WellbeingStatus).map((status) => row("STATUS", status, [statusesNow.get(status) ?? 0])),
    ],
  );
}

// ---- feedback ----------------------------------------------------------------------------

/**
 * Newcomers' answers in the months of the period, per question, as shares of yes, partly
 * and no — every value null below FEEDBACK_MIN_ANSWERS answers, the count too — and the
 * organisations' ratings of assignments (1–5) given in the period, with the same rule.
 */
export async function feedback(db: Queryable, s: FigureScope): Promise<ReportTable> {
  const questions = [
    ["HELPFUL", "helpful"],
    ["FELT_SAFE", "felt_safe"],
    ["UNDERSTOOD", "understood"],
    ["WOULD_RECOMMEND", "would_recommend"],
  ] as const;
  const [answers]: Record<string, number>[] = await db.query(
    `SELECT count(*)::int AS total, ${questions
      .flatMap(([, c]) => ["YES", "PARTLY", "NO"].map((a) => `count(*) FILTER (WHERE f.${c} = '${a}')::int AS "${c}_${a}"`))
      .join(", ")}
     FROM newcomer_feedback f WHERE f.answered_month = ANY($1::text[]) AND ($2::varchar[] IS NULL OR f.municipality_code = ANY($2))`,
    [s.months, s.places],
  );
  const [ratings]: { n: number; average: number | null }[] = await db.query(
    `SELECT count(*)::int AS n, avg(g.score)::float8 AS average
     FROM assignment_rating g JOIN assignment a ON a.id = g.assignment_id JOIN match_request r ON r.id = a.request_id
     WHERE ${inPeriod("g.rated_at")} AND ${REQUEST_SCOPE}`,
    params(s),
  );
  const total = answers.total;
  const shown = (value: number | null) => suppressBelow(value, total, FEEDBACK_MIN_ANSWERS);
  return table(
    "FEEDBACK",
    "FEEDBACK",
    ReportChart.STACKED_BAR,
    [
      ["ANSWERS", ReportUnit.COUNT],
      ["YES", ReportUnit.PERCENT],
      ["PARTLY", ReportUnit.PERCENT],
      ["NO", ReportUnit.PERCENT],
      ["AVERAGE_SCORE", ReportUnit.SCORE],
    ],
    [
      ...questions.map(([code, c]) =>
        row("QUESTION", code, [
          shown(total),
          shown(percent(answers[`${c}_YES`], total)),
          shown(percent(answers[`${c}_PARTLY`], total)),
          shown(percent(answers[`${c}_NO`], total)),
          null,
        ]),
      ),
      row("OUTCOME", "ORGANISATION_RATING", [
        suppressBelow(ratings.n, ratings.n, FEEDBACK_MIN_ANSWERS),
        null,
        null,
        null,
        suppressBelow(round1(orNull(ratings.average)), ratings.n, FEEDBACK_MIN_ANSWERS),
      ]),
    ],
  );
}
