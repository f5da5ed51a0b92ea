import type { EntityManager } from "typeorm";
import {
  LOAD_WEEKS,
  SGBV_EXPERTISE,
  statusValidUntil,
  supervisionStatus,
  wellbeingStatus,
  type Reason,
  type SupervisionStatus,
  type WellbeingFacts,
  type WellbeingStatus,
} from "../domain/oversight";

export interface OversightStatus {
  supervision: SupervisionStatus;
  lastSupervisionOn: string | null;
  wellbeing: WellbeingStatus;
  reasons: Reason[];
  contactRequested: boolean;
  /** From when time alone may change these (statusValidUntil): a stored copy is recomputed then. */
  validUntil: Date;
}

const DAY_MS = 86_400_000;

/**
 * Reads what the supervision and wellbeing rules need for many key persons in four
 * statements, whatever their number, and applies the rules of domain/oversight.ts. The
 * dashboard recomputes its stored statuses in batches of ids (oversight.store.ts).
 */
export async function oversightStatuses(manager: EntityManager, ids: readonly number[], now: Date): Promise<Map<number, OversightStatus>> {
  if (ids.length === 0) return new Map();
  const result = new Map<number, OversightStatus>();
  const today = now.toISOString().slice(0, 10);
  // The latest supervision and check-in are one index entry each (the partial and the
  // three-column indexes of migration 1764370800000-oversight-dashboard-indexes).
  const statements = [
    () =>
      manager.query(
        `SELECT kp.id, kp.weekly_capacity_hours AS capacity,
         (SELECT max(s.date)::text FROM supervision_session s WHERE s.key_person_id = kp.id AND s.kind <> 'TRAINING') AS last_supervision,
         (SELECT max(w.at) FROM wellbeing_clearance w WHERE w.key_person_id = kp.id) AS cleared_at,
         c.at, c.strain, c.emotional_impact, c.support, c.contact_requested,
         q.answered_at AS proqol_at, q.secondary_traumatic_stress AS proqol_sts
       FROM key_person kp
       LEFT JOIN LATERAL (SELECT * FROM wellbeing_check_in ci WHERE ci.key_person_id = kp.id ORDER BY ci.at DESC, ci.id DESC LIMIT 1) c ON true
       LEFT JOIN LATERAL (SELECT p.answered_at, p.secondary_traumatic_stress FROM proqol_response p WHERE p.key_person_id = kp.id ORDER BY p.answered_at DESC, p.id DESC LIMIT 1) q ON true
       WHERE kp.id = ANY($1)`,
        [ids],
      ),
    () =>
      manager.query(
        `SELECT key_person_id AS id, (($2::date - date) / 7) AS week, sum(hours::numeric)::float8 AS hours
       FROM hour_entry
       WHERE key_person_id = ANY($1) AND status <> 'REJECTED' AND date > $2::date - $3::int AND date <= $2::date
       GROUP BY 1, 2`,
        [ids, today, LOAD_WEEKS * 7],
      ),
    () =>
      manager.query(
        `SELECT a.key_person_id AS id, count(*)::int AS cases, max(a.responded_at) AS since
       FROM assignment a JOIN match_request r ON r.id = a.request_id
       WHERE a.key_person_id = ANY($1) AND a.status = 'ACTIVE' AND r.expertise_codes && $2::varchar[]
       GROUP BY 1`,
        [ids, SGBV_EXPERTISE],
      ),
  ];
  // A transaction's manager has a single connection: one statement after the other there.
  // Otherwise each takes a connection of the pool and PostgreSQL runs them side by side.
  let results: unknown[] = [];
  if (manager.queryRunner) for (const statement of statements) results.push(await statement());
  else results = await Promise.all(statements.map((statement) => statement()));
  const [base, weeks, sgbv] = results;
  const weekly = new Map<number, number[]>();
  for (const row of weeks as { id: number; week: number; hours: number }[]) {
    const hours = weekly.get(row.id) ?? new Array<number>(LOAD_WEEKS).fill(0);
    hours[row.week] = row.hours;
    weekly.set(row.id, hours);
  }
  const sgbvById = new Map((sgbv as { id: number; cases: number; since: Date | null }[]).map((row) => [row.id, row]));
  for (const row of base as {
    id: number;
    capacity: number;
    last_supervision: string | null;
    cleared_at: Date | null;
    at: Date | null;
    strain: number | null;
    emotional_impact: number | null;
    support: number | null;
    contact_requested: boolean | null;
    proqol_at: Date | null;
    proqol_sts: number | null;
  }[]) {
    const supervision = supervisionStatus(row.last_supervision ? new Date(`${row.last_supervision}T00:00:00Z`) : null, now);
    const facts: WellbeingFacts = {
      lastCheckIn: row.at
        ? { at: row.at, strain: row.strain!, emotionalImpact: row.emotional_impact!, support: row.support!, contactRequested: row.contact_requested! }
        : null,
      clearedAt: row.cleared_at,
      weeklyHours: weekly.get(row.id) ?? new Array<number>(LOAD_WEEKS).fill(0),
      weeklyCapacityHours: row.capacity,
      activeSgbvCases: sgbvById.get(row.id)?.cases ?? 0,
      sgbvCasesSince: sgbvById.get(row.id)?.since ?? null,
      supervision,
      lastProqol: row.proqol_at ? { at: row.proqol_at, secondaryTraumaticStress: row.proqol_sts! } : null,
    };
    const { status, reasons } = wellbeingStatus(facts, now);
    result.set(row.id, {
      supervision,
      lastSupervisionOn: row.last_supervision,
      wellbeing: status,
      reasons,
      contactRequested: reasons.some((r) => r.code === "CONTACT_REQUESTED" && r.level === "RED"),
      validUntil: statusValidUntil(facts, now),
    });
  }
  return result;
}

export const weeksAgo = (now: Date, weeks: number) => new Date(now.getTime() - weeks * 7 * DAY_MS);
