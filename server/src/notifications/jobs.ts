// The periodic messages, run from the sweep: each finds who is due and writes through
// notify(), whose dedupe key makes running them again (or on several replicas at once)
// harmless. Each job is one transaction of its own, so one failing leaves the others.
import type { DataSource, EntityManager } from "typeorm";
import { staleBefore } from "../domain/freshness";
import { oversightStatuses } from "../oversight/oversight.facts";
import { NotificationKind } from "./notification.entity";
import { attentionKey, notify } from "./notify";
import { TIME_ZONE, type LanguageName } from "./templates";

const HOUR_MS = 3600_000;
const DAY_MS = 24 * HOUR_MS;
/** A reminder goes this long before an unanswered proposal expires. */
export const REMINDER_HOURS = 24;
/** Check-in prompts: a key person without a check-in for this long. */
export const CHECK_IN_DAYS = 30;
/** The same prompt (check-in, stale profile) is repeated at most this often. */
export const PROMPT_AGAIN_DAYS = 30;
/** The unmet-requests digest goes out from this hour (Amsterdam time), once a day. */
export const DIGEST_HOUR = 7;
/** Sent and held messages are kept this long (they hold names and reasons), then deleted; failed ones stay until handled. */
export const KEEP_DAYS = 365;

/** The calendar date and hour in Amsterdam. */
export function amsterdam(moment: Date): { date: string; month: string; hour: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", hourCycle: "h23" })
      .formatToParts(moment)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, month: `${parts.year}-${parts.month}`, hour: Number(parts.hour) };
}

export interface JobCounts {
  reminders: number;
  checkIns: number;
  staleProfiles: number;
  intervision: number;
  attention: number;
  digests: number;
  purged: number;
  /** Care services (issue 18): reminders to confirm a stale service. */
  staleServices: number;
}

/** Reminders 24 hours before an unanswered proposal expires. */
export function sendReminders(dataSource: DataSource, now: Date): Promise<number> {
  return dataSource.transaction(async (tx) => {
    const due: { id: number; key_person_id: number }[] = await tx.query(
      `SELECT a.id, a.key_person_id FROM assignment a JOIN app_user u ON u.key_person_id = a.key_person_id
       WHERE a.status = 'PROPOSED' AND a.respond_by > $1 AND a.respond_by <= $2
         AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.user_id = u.id AND n.dedupe_key = 'reminder:' || a.id)
       ORDER BY a.id`,
      [now, new Date(now.getTime() + REMINDER_HOURS * HOUR_MS)],
    );
    let written = 0;
    for (const a of due) {
      written += await notify(tx, {
        to: { keyPerson: a.key_person_id },
        kind: NotificationKind.PROPOSAL_REMINDER,
        dedupeKey: `reminder:${a.id}`,
        params: { assignmentId: a.id },
      });
    }
    return written;
  });
}

/** Active key persons with an account who were not sent this prompt in the last 30 days. */
const PROMPTABLE = `FROM key_person kp JOIN app_user u ON u.key_person_id = kp.id
  WHERE kp.status = 'ACTIVE' AND kp.erased_at IS NULL
    AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.user_id = u.id AND n.kind = $1 AND n.created_at > $2)`;

/** The monthly wellbeing check-in: everyone active without one in the last 30 days. */
async function checkInPrompts(tx: EntityManager, now: Date): Promise<number> {
  const kind = NotificationKind.CHECK_IN_DUE;
  const rows: { id: number; last: Date | null }[] = await tx.query(
    `SELECT kp.id, (SELECT max(c.at) FROM wellbeing_check_in c WHERE c.key_person_id = kp.id) AS last ${PROMPTABLE}
       AND NOT EXISTS (SELECT 1 FROM wellbeing_check_in c WHERE c.key_person_id = kp.id AND c.at > $3)
     ORDER BY kp.id`,
    [kind, new Date(now.getTime() - PROMPT_AGAIN_DAYS * DAY_MS), new Date(now.getTime() - CHECK_IN_DAYS * DAY_MS)],
  );
  let written = 0;
  for (const row of rows) {
    const params = { lastCheckInAt: row.last ? new Date(row.last) : null };
    written += await notify(tx, { to: { keyPerson: row.id }, kind, dedupeKey: `checkin:${row.id}:${amsterdam(now).month}`, params });
  }
  return written;
}

/** A stale profile drops out of matching: ask its key person to confirm it. */
async function staleProfilePrompts(tx: EntityManager, now: Date): Promise<number> {
  const kind = NotificationKind.PROFILE_STALE;
  const rows: { id: number; last: Date | null }[] = await tx.query(
    `SELECT kp.id, kp.profile_confirmed_at AS last ${PROMPTABLE} AND (kp.profile_confirmed_at IS NULL OR kp.profile_confirmed_at < $3) ORDER BY kp.id`,
    [kind, new Date(now.getTime() - PROMPT_AGAIN_DAYS * DAY_MS), staleBefore(now)],
  );
  let written = 0;
  for (const row of rows) {
    const params = { confirmedAt: row.last ? new Date(row.last) : null };
    written += await notify(tx, { to: { keyPerson: row.id }, kind, dedupeKey: `stale:${row.id}:${amsterdam(now).month}`, params });
  }
  return written;
}

/** Intervision due soon (8–12 weeks) or overdue: once per last session. Coordinators: RED key persons, once per state. */
async function oversightPrompts(tx: EntityManager, now: Date): Promise<{ intervision: number; attention: number }> {
  const people: { id: number }[] = await tx.query(
    `SELECT kp.id FROM key_person kp WHERE kp.status = 'ACTIVE' AND kp.erased_at IS NULL AND EXISTS (SELECT 1 FROM app_user u WHERE u.key_person_id = kp.id) ORDER BY kp.id`,
  );
  const statuses = await oversightStatuses(
    tx,
    people.map((p) => p.id),
    now,
  );
  let intervision = 0;
  let attention = 0;
  const sent = new Set<string>(
    (
      await tx.query(`SELECT DISTINCT dedupe_key FROM notification WHERE kind = ANY($1) AND created_at > $2`, [
        [NotificationKind.INTERVISION_DUE, NotificationKind.WELLBEING_ATTENTION],
        new Date(now.getTime() - 200 * DAY_MS),
      ])
    ).map((r: { dedupe_key: string }) => r.dedupe_key),
  );
  for (const [id, status] of statuses) {
    if (status.supervision === "DUE_SOON" || status.supervision === "OVERDUE") {
      const key = `intervision:${id}:${status.lastSupervisionOn}`;
      if (!sent.has(key)) {
        intervision += await notify(tx, {
          to: { keyPerson: id },
          kind: NotificationKind.INTERVISION_DUE,
          dedupeKey: key,
          params: { lastSessionOn: status.lastSupervisionOn, overdue: status.supervision === "OVERDUE" },
        });
      }
    }
    if (status.wellbeing === "RED") {
      const key = await attentionKey(tx, id);
      if (!sent.has(key))
        attention += await notify(tx, { to: { coordinatorsOf: id }, kind: NotificationKind.WELLBEING_ATTENTION, dedupeKey: key, params: { keyPersonId: id } });
    }
  }
  return { intervision, attention };
}

/** Once a day from 07:00 Amsterdam time: the unmet requests in each coordinator's scope, to those who did not turn digests off. */
async function unmetDigests(tx: EntityManager, now: Date): Promise<number> {
  const { date, hour } = amsterdam(now);
  if (hour < DIGEST_HOUR) return 0;
  const coordinators: { id: number; role: string; municipality_codes: string[] }[] = await tx.query(
    `SELECT u.id, u.role, u.municipality_codes FROM app_user u
     WHERE u.role IN ('COORDINATOR', 'REGIONAL_COORDINATOR') AND u.digests_enabled
       AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.user_id = u.id AND n.dedupe_key = $1)
     ORDER BY u.id`,
    [`unmet:${date}`],
  );
  if (coordinators.length === 0) return 0;
  const unmet: { code: string; municipality: string; language_codes: string[] }[] = await tx.query(
    `SELECT r.municipality_code AS code, m.name AS municipality, r.language_codes
     FROM match_request r JOIN municipality m ON m.code = r.municipality_code
     WHERE r.unmet_since IS NOT NULL AND r.status = 'OPEN'`,
  );
  if (unmet.length === 0) return 0;
  const names = new Map<string, LanguageName>(
    (await tx.query(`SELECT code, name, name_nl FROM language WHERE code = ANY($1)`, [[...new Set(unmet.flatMap((r) => r.language_codes))]])).map(
      (l: { code: string; name: string; name_nl: string }) => [l.code, { name: l.name, nameNl: l.name_nl }],
    ),
  );
  let written = 0;
  for (const user of coordinators) {
    const mine = user.role === "COORDINATOR" ? unmet : unmet.filter((r) => user.municipality_codes.includes(r.code));
    if (mine.length === 0) continue;
    const places = new Map<string, { municipality: string; count: number; codes: Set<string> }>();
    for (const r of mine) {
      const place = places.get(r.code) ?? { municipality: r.municipality, count: 0, codes: new Set<string>() };
      place.count++;
      for (const code of r.language_codes) place.codes.add(code);
      places.set(r.code, place);
    }
    const list = [...places.values()]
      .sort((a, b) => b.count - a.count || a.municipality.localeCompare(b.municipality))
      .map((p) => ({ municipality: p.municipality, count: p.count, languages: [...p.codes].sort().map((c) => names.get(c) ?? { name: c, nameNl: c }) }));
    written += await notify(tx, {
      to: { users: [user.id] },
      kind: NotificationKind.UNMET_DIGEST,
      dedupeKey: `unmet:${date}`,
      params: { date, total: mine.length, places: list },
    });
  }
  return written;
}

/**
 * Care services (issue 18): a service not confirmed for 180 days (domain/freshness.ts, as a
 * key person's profile): its organisation is asked to confirm it, once per assured date and
 * 30 days at most (the dedupe key holds the assured date and the month).
 */
async function staleServicePrompts(tx: EntityManager, now: Date): Promise<number> {
  const rows: { id: string; name: string; organisation_id: number; assured_on: string | null }[] = await tx.query(
    `SELECT s.id, s.name, s.organisation_id, s.assured_on::text AS assured_on FROM care_service s
     WHERE s.status <> 'DEFUNCT' AND (s.assured_on IS NULL OR s.assured_on < $1::date)
       AND (s.stale_reminded_at IS NULL OR s.stale_reminded_at < $2)
     ORDER BY s.id`,
    [staleBefore(now).toISOString().slice(0, 10), new Date(now.getTime() - PROMPT_AGAIN_DAYS * DAY_MS)],
  );
  let written = 0;
  for (const row of rows) {
    written += await notify(tx, {
      to: { organisation: row.organisation_id },
      kind: NotificationKind.CARE_SERVICE_STALE,
      dedupeKey: `service-stale:${row.id}:${row.assured_on ?? "never"}:${amsterdam(now).month}`,
      params: { serviceId: row.id, serviceName: row.name, assuredOn: row.assured_on },
    });
    await tx.query(`UPDATE care_service SET stale_reminded_at = $2 WHERE id = $1`, [row.id, now]);
  }
  return written;
}

/** Every periodic job once; returns how many messages each wrote. */
export async function runJobs(dataSource: DataSource, now: Date): Promise<JobCounts> {
  const reminders = await sendReminders(dataSource, now);
  const checkIns = await dataSource.transaction((tx) => checkInPrompts(tx, now));
  const staleProfiles = await dataSource.transaction((tx) => staleProfilePrompts(tx, now));
  const { intervision, attention } = await dataSource.transaction((tx) => oversightPrompts(tx, now));
  const digests = await dataSource.transaction((tx) => unmetDigests(tx, now));
  const staleServices = await dataSource.transaction((tx) => staleServicePrompts(tx, now));
  const purged: number = (
    await dataSource.query(
      `WITH gone AS (DELETE FROM notification WHERE status IN ('SENT', 'HELD') AND created_at < $1 RETURNING 1) SELECT count(*)::int AS n FROM gone`,
      [new Date(now.getTime() - KEEP_DAYS * DAY_MS)],
    )
  )[0].n;
  return { reminders, checkIns, staleProfiles, intervision, attention, digests, purged, staleServices };
}
