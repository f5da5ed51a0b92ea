// The derived facts that are computed in SQL, each defined once: every query that needs
// one embeds the fragment from here. Their meaning lives in server/src/domain/ (the
// statuses and rules); this module only says how PostgreSQL computes them.

import { COMMITTING_STATUSES, OWN_ACTIVITY_LOAD_WEEKS, RECENT_LOAD_WEEKS } from "../domain/workload";

/**
 * The hours (not rejected) the key person in `keyPersonColumn` declared over the last
 * `weeks` weeks up to `todayParam` (a date parameter), as float8: a correlated subquery on
 * hour_entry_person_date_idx, embedded in the one SELECT that reads a batch of candidates.
 * `ownActivitiesOnly`: only own activities (issue 16); otherwise every kind of hours.
 */
export function recentDeclaredHours(keyPersonColumn: string, todayParam: string, weeks: number, ownActivitiesOnly: boolean): string {
  const days = Math.round(weeks * 7);
  return `(SELECT COALESCE(sum(h.hours::numeric), 0)::float8 FROM hour_entry h
    WHERE h.key_person_id = ${keyPersonColumn}${ownActivitiesOnly ? " AND h.own_activity IS NOT NULL" : ""} AND h.status <> 'REJECTED'
      AND h.date > ${todayParam}::date - ${days} AND h.date <= ${todayParam}::date)`;
}

/**
 * The own-activity hours of the last OWN_ACTIVITY_LOAD_WEEKS weeks; domain/workload.ts
 * ownActivityWeeklyHours turns them into weekly load (the capacity rule counts them).
 */
export function recentOwnActivityHours(keyPersonColumn: string, todayParam: string): string {
  return recentDeclaredHours(keyPersonColumn, todayParam, OWN_ACTIVITY_LOAD_WEEKS, true);
}

/** Every kind of hours of the last RECENT_LOAD_WEEKS weeks: the memory of the ranking's load term (domain/workload.ts recentWeeklyHours). */
export function recentAllHours(keyPersonColumn: string, todayParam: string): string {
  return recentDeclaredHours(keyPersonColumn, todayParam, RECENT_LOAD_WEEKS, false);
}

/**
 * Care (issue 17): `json_build_object('declared', …, 'agreed', …)` for the key person in
 * `keyPersonColumn` over the last RECENT_LOAD_WEEKS weeks up to `todayParam`, on weekly case
 * support only: the hours declared (not rejected) on those assignments, and the hours agreed
 * (hours a week × the days each accepted assignment was active in the window ÷ 7). For
 * domain/matching.ts declaringFactor.
 */
export function recentCaseHours(keyPersonColumn: string, todayParam: string): string {
  const days = Math.round(RECENT_LOAD_WEEKS * 7);
  const since = `${todayParam}::date - ${days}`;
  return `json_build_object(
    'declared', (SELECT COALESCE(sum(h.hours::numeric), 0)::float8 FROM hour_entry h
      JOIN assignment a ON a.id = h.assignment_id JOIN match_request r ON r.id = a.request_id
      WHERE h.key_person_id = ${keyPersonColumn} AND r.kind = 'CASE_SUPPORT' AND h.status <> 'REJECTED'
        AND h.date > ${since} AND h.date <= ${todayParam}::date),
    'agreed', (SELECT COALESCE(sum(a.hours_per_week::numeric
        * GREATEST(0, LEAST(COALESCE(a.ended_at::date, ${todayParam}::date), ${todayParam}::date) - GREATEST(a.responded_at::date, ${since})) / 7.0), 0)::float8
      FROM assignment a JOIN match_request r ON r.id = a.request_id
      WHERE a.key_person_id = ${keyPersonColumn} AND r.kind = 'CASE_SUPPORT' AND a.responded_at IS NOT NULL
        AND a.status IN ('ACTIVE', 'COMPLETED', 'CANCELLED') AND (a.ended_at IS NULL OR a.ended_at::date > ${since})))`;
}

/**
 * How many proposals the key person in `keyPersonColumn` received on other requests than
 * `requestParam` since `sinceParam` (a timestamptz parameter), whatever became of them:
 * the AMBER limit (domain/matching.ts AMBER_PROPOSALS_PER_WEEK).
 */
export function proposalsSince(keyPersonColumn: string, requestParam: string, sinceParam: string): string {
  return `(SELECT count(*)::int FROM assignment a WHERE a.key_person_id = ${keyPersonColumn} AND a.request_id <> ${requestParam} AND a.proposed_at > ${sinceParam}::timestamptz)`;
}

/** An assignment that holds its key person's hours: `status IN ('PROPOSED', 'ACTIVE')`. */
export const COMMITTING_ASSIGNMENT = `status IN (${COMMITTING_STATUSES.map((status) => `'${status}'`).join(", ")})`;

/**
 * A derived table `(key_person_id, hours)`: the hours per week each key person's
 * committing assignments hold, only for key persons that have any. `filter` narrows the
 * assignments (a condition on the `assignment` table, e.g. `key_person_id = ANY($1)`).
 * Hours are `real` columns, summed as numeric: 1.1 + 1.1 is 2.2 (a float4 sum gives
 * 2.2000000477, which would fail a capacity of 2.2).
 */
export function committedHoursTable(filter = "TRUE"): string {
  return `(SELECT key_person_id, sum(hours_per_week::numeric)::float8 AS hours FROM assignment
    WHERE ${COMMITTING_ASSIGNMENT} AND (${filter}) GROUP BY key_person_id)`;
}

/**
 * The hours of the coming week that a committing assignment `a` of request `r` holds, for
 * utilisation "including booked slots" (issue 16). Undated work (case support, consults)
 * holds its hours per week; a dated booking (an appointment or an information session: the
 * request has a slot) holds the hours of its slot that fall in the 7 days from `nowParam`
 * (a timestamptz parameter), and nothing outside them. As numeric.
 */
const weekLoadHours = (nowParam: string) => `CASE WHEN r.starts_at IS NULL THEN a.hours_per_week::numeric
      ELSE GREATEST(0, EXTRACT(EPOCH FROM (LEAST(r.ends_at, ${nowParam}::timestamptz + interval '7 days') - GREATEST(r.starts_at, ${nowParam}::timestamptz))) / 3600)
      END`;

/**
 * committedHoursTable and the coming week's load (weekLoadHours) of everyone in one pass over
 * the committing assignments: a derived table `(key_person_id, committed, booked)`, only for key persons
 * with committing assignments. For the dashboard, which needs both for every active key
 * person: one aggregation over tens of thousands of assignments instead of two.
 */
export function committedAndWeekLoadTable(nowParam: string): string {
  return `(SELECT a.key_person_id, sum(a.hours_per_week::numeric)::float8 AS committed, sum(${weekLoadHours(nowParam)})::float8 AS booked
    FROM assignment a JOIN match_request r ON r.id = a.request_id
    WHERE a.${COMMITTING_ASSIGNMENT} GROUP BY a.key_person_id)`;
}
