// The stored supervision and wellbeing statuses (table oversight_status, issue 21): the
// dashboard, its action list and the reports' WELLBEING table count and page these in
// SQL, so no load holds tens of thousands of statuses in Node. The rules stay where they
// are: every stored status is derived by oversight.facts.ts with domain/oversight.ts.
//
// A row is due again when a trigger marked it dirty (a write to a table the rules read,
// migration 1764409200000) or when its validUntil has come (time alone changes statuses:
// statusValidUntil). Before a read, the due rows of the scope are recomputed in batches;
// a result is written only if the row's version is still the one read, so a write that
// lands while it is computed leaves the row dirty for the next read.
import type { EntityManager } from "typeorm";
import { oversightStatuses } from "./oversight.facts";
import { ACTION_KINDS, type ActionKind, type ActionRow } from "./oversight.actions";

/** Key persons recomputed per round: bounds the memory of a refresh (the first load of a day recomputes everyone). */
export const REFRESH_BATCH = 5000;

/** The active key persons of the region (`$1`; null: the whole country), as a condition on `kp`. */
const ACTIVE_IN_REGION = `kp.status = 'ACTIVE' AND ($1::varchar[] IS NULL OR kp.home_municipality_code = ANY($1))`;

type Due = { id: number; version: number };

/**
 * Who is on the action list under each kind, as a condition on `kp` and their stored status
 * `s`; `staleBefore`: the parameter holding the day before which a confirmed profile is
 * STALE. The counts and the pages both read it, so they never disagree.
 */
const actionCondition = (staleBefore: string): Record<ActionKind, string> => ({
  CONTACT_REQUESTED: "s.contact_requested",
  RED: "s.wellbeing = 'RED'",
  SUPERVISION_OVERDUE: "s.supervision = 'OVERDUE'",
  SUPERVISION_DUE: "s.supervision = 'DUE_SOON'",
  STALE: `(kp.profile_confirmed_at IS NULL OR kp.profile_confirmed_at < ${staleBefore})`,
});

/** Rows written by one refresh after which the table's statistics are renewed. */
const ANALYZE_AFTER = 1000;

/** Recomputes and stores the statuses of these key persons; returns how many rows were written. */
async function recompute(manager: EntityManager, due: readonly Due[], now: Date): Promise<number> {
  const statuses = await oversightStatuses(
    manager,
    due.map((d) => d.id),
    now,
  );
  const rows = due.flatMap(({ id, version }) => {
    const s = statuses.get(id);
    if (!s) return [];
    return [
      {
        id,
        version,
        supervision: s.supervision,
        wellbeing: s.wellbeing,
        reasons: s.reasons,
        contact: s.contactRequested,
        last: s.lastSupervisionOn,
        until: s.validUntil.toISOString(),
      },
    ];
  });
  if (rows.length === 0) return 0;
  // Version 0: the row did not exist when read; a trigger's row (version ≥ 1) made meanwhile wins.
  const written: unknown[] = await manager.query(
    `INSERT INTO oversight_status AS o (key_person_id, supervision, wellbeing, reasons, contact_requested, last_supervision_on, valid_until, dirty, version)
     SELECT x.id, x.supervision, x.wellbeing, x.reasons, x.contact, x.last::date, x.until::timestamptz, false, x.version
     FROM jsonb_to_recordset($1::jsonb) AS x(id int, version int, supervision varchar, wellbeing varchar, reasons jsonb, contact boolean, last text, until text)
     ON CONFLICT (key_person_id) DO UPDATE SET supervision = EXCLUDED.supervision, wellbeing = EXCLUDED.wellbeing, reasons = EXCLUDED.reasons,
       contact_requested = EXCLUDED.contact_requested, last_supervision_on = EXCLUDED.last_supervision_on, valid_until = EXCLUDED.valid_until, dirty = false
     WHERE o.version = EXCLUDED.version
     RETURNING 1`,
    [JSON.stringify(rows)],
  );
  return written.length;
}

/** Recomputes, batch by batch, the rows `select` finds (`$1` region, `$2` now, `$3` batch size). */
async function refreshWhere(manager: EntityManager, region: readonly string[] | null, now: Date, select: string): Promise<void> {
  let total = 0;
  for (;;) {
    const due: Due[] = await manager.query(select, [region, now, REFRESH_BATCH]);
    const written = due.length === 0 ? 0 : await recompute(manager, due, now);
    total += written;
    // Nothing written: writes keep landing on these very rows; the next read tries again.
    if (due.length < REFRESH_BATCH || written === 0) break;
  }
  // After a day's recomputation the planner's picture of the table (nearly all dirty, or
  // all due) is wrong, and the indexes on dirty and valid_until look useless to it; do not
  // wait for autovacuum (which may be off) to see that.
  if (total >= ANALYZE_AFTER) await manager.query(`ANALYZE oversight_status`);
}

/**
 * The due rows of key persons in scope: dirty, or past their validUntil, each found by its
 * own index (one OR over both made PostgreSQL walk the whole table). Inactive key persons
 * too: otherwise their dirty rows would be read again on every load.
 */
const DUE = `SELECT due.id, due.version FROM (
    SELECT key_person_id AS id, version FROM oversight_status WHERE dirty
    UNION SELECT key_person_id, version FROM oversight_status WHERE valid_until <= $2) due
  JOIN key_person kp ON kp.id = due.id
  WHERE ($1::varchar[] IS NULL OR kp.home_municipality_code = ANY($1)) ORDER BY due.id LIMIT $3`;
/** Active key persons in scope without a row (a write path that bypassed the triggers): rare, and found by the counts. */
const MISSING = `SELECT kp.id, 0 AS version FROM key_person kp
  WHERE ${ACTIVE_IN_REGION} AND $2::timestamptz IS NOT NULL AND NOT EXISTS (SELECT 1 FROM oversight_status s WHERE s.key_person_id = kp.id)
  ORDER BY kp.id LIMIT $3`;

/**
 * Derives every due row of the country now (the server's sweep, every minute): after
 * midnight everyone is due, and this way the first dashboard of the day finds them done.
 */
export function refreshDueStatuses(manager: EntityManager, now: Date): Promise<void> {
  return refreshWhere(manager, null, now, DUE);
}

export interface StoredCounts {
  bySupervision: Map<string, number>;
  byWellbeing: Map<string, number>;
  actions: Map<ActionKind, number>;
}

/**
 * Brings the stored statuses of the region's active key persons up to date, then counts
 * them and the action list's kinds in SQL. `staleBefore`: a profile confirmed before it
 * is STALE (domain/freshness.ts).
 */
export async function storedCounts(manager: EntityManager, region: readonly string[] | null, now: Date, staleBefore: Date): Promise<StoredCounts> {
  await refreshWhere(manager, region, now, DUE);
  // Grouped once by the statuses and by whether each kind of action applies (a few dozen
  // groups), then added up here: the same counts as GROUPING SETS over the statuses with a
  // FILTER per kind, at a fraction of the aggregation work per key person.
  const condition = actionCondition("$2");
  for (let attempt = 0; ; attempt++) {
    const groups: ({ supervision: string | null; wellbeing: string | null; n: number } & Record<ActionKind, boolean>)[] = await manager.query(
      `SELECT s.supervision, s.wellbeing, ${ACTION_KINDS.map((kind) => `coalesce(${condition[kind]}, false) AS "${kind}"`).join(", ")}, count(*)::int AS n
       FROM key_person kp LEFT JOIN oversight_status s ON s.key_person_id = kp.id
       WHERE ${ACTIVE_IN_REGION}
       GROUP BY ${ACTION_KINDS.map((_, i) => i + 3).join(", ")}, 1, 2`,
      [region, staleBefore],
    );
    // Someone without a stored status (no row, or a row a trigger just made): derive theirs once, then count again.
    if (groups.some((g) => g.supervision === null) && attempt === 0) {
      await refreshWhere(manager, region, now, MISSING);
      await refreshWhere(manager, region, now, DUE);
      continue;
    }
    const by = (value: (g: (typeof groups)[number]) => string | null) => {
      const counts = new Map<string, number>();
      for (const g of groups) {
        const key = value(g);
        if (key !== null) counts.set(key, (counts.get(key) ?? 0) + g.n);
      }
      return counts;
    };
    return {
      bySupervision: by((g) => g.supervision),
      byWellbeing: by((g) => g.wellbeing),
      actions: new Map(ACTION_KINDS.map((kind) => [kind, groups.reduce((sum, g) => sum + (g[kind] ? g.n : 0), 0)])),
    };
  }
}

/**
 * The rows `skip` to `skip + take` of the action list, in its order: kind by kind (most
 * urgent first, ACTION_KINDS), each in the order of the key persons' ids. Call after
 * storedCounts (which brings the statuses up to date).
 */
export async function storedActionRows(
  manager: EntityManager,
  region: readonly string[] | null,
  staleBefore: Date,
  kinds: readonly ActionKind[],
  skip: number,
  take: number,
): Promise<ActionRow[]> {
  const condition = actionCondition("$4");
  const branches = kinds.map(
    (kind) =>
      `SELECT ${ACTION_KINDS.indexOf(kind)} AS ord, '${kind}' AS kind, kp.id AS "keyPersonId",
         ${kind === "RED" ? "s.reasons" : "NULL::jsonb"} AS reasons,
         ${kind.startsWith("SUPERVISION") ? "s.last_supervision_on::text" : "NULL::text"} AS "lastSupervisionOn",
         ${kind === "STALE" ? `to_char(kp.profile_confirmed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')` : "NULL::text"} AS "confirmedOn"
       FROM key_person kp ${kind === "STALE" ? "" : "JOIN oversight_status s ON s.key_person_id = kp.id"}
       WHERE ${ACTIVE_IN_REGION} AND ${condition[kind]}`,
  );
  // `$4` only when STALE is asked for: PostgreSQL refuses a parameter it cannot type.
  return manager.query(`SELECT * FROM (${branches.join(" UNION ALL ")}) items ORDER BY ord, "keyPersonId" OFFSET $2 LIMIT $3`, [
    region,
    skip,
    take,
    ...(kinds.includes("STALE") ? [staleBefore] : []),
  ]);
}
