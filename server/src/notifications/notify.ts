// notify(tx, …): writes the e-mails an event causes into the outbox, inside the
// transaction of the change itself (like audit()): a change that is rolled back sends
// nothing, a change that commits cannot lose its message. The delivery worker
// (notifications.worker.ts) sends them afterwards; one row per user and dedupe key,
// so an event noticed twice (two replicas, a retried job) is written once.
import type { DataSource, EntityManager } from "typeorm";
import { systemClock, type Clock } from "../clock";
import { oversightStatuses } from "../oversight/oversight.facts";
import { DIGEST_KINDS, NotificationKind, NotificationStatus } from "./notification.entity";
import { render, type LanguageName, type NextStep, type TemplateParams, type Work } from "./templates";

export { NotificationKind };

/** What notify needs from the running server; registered per DataSource so several servers can share a process (tests). */
export interface NotifyRuntime {
  /** No SMTP_URL: messages are written HELD and a line is logged. */
  held: boolean;
  baseUrl: string;
  clock: Clock;
  log: (line: string) => void;
}

const runtimes = new WeakMap<DataSource, NotifyRuntime>();
const FALLBACK: NotifyRuntime = { held: true, baseUrl: "http://localhost:4000", clock: systemClock, log: () => {} };

export function configureNotify(dataSource: DataSource, runtime: NotifyRuntime): void {
  runtimes.set(dataSource, runtime);
}

export function runtimeOf(tx: EntityManager): NotifyRuntime {
  return runtimes.get(tx.dataSource) ?? FALLBACK;
}

/** Who gets the message: accounts, resolved inside the transaction. */
export type Recipients =
  | { users: number[] }
  /** the key person's own account */
  | { keyPerson: number }
  /** every account of the organisation */
  | { organisation: number }
  /** the national coordinators and the regional ones whose region holds the key person's home */
  | { coordinatorsOf: number };

/** What each event passes: ids to read the facts from, or (periodic jobs) the facts themselves. */
export interface EventParams {
  [NotificationKind.PROPOSAL]: { assignmentId: number };
  [NotificationKind.PROPOSAL_REMINDER]: { assignmentId: number };
  [NotificationKind.ASSIGNMENT_CANCELLED]: { assignmentId: number };
  [NotificationKind.HOURS_REJECTED]: { hourEntryId: number };
  [NotificationKind.CLAIM_REJECTED]: { claimId: number };
  [NotificationKind.CHECK_IN_DUE]: TemplateParams[NotificationKind.CHECK_IN_DUE];
  [NotificationKind.PROFILE_STALE]: TemplateParams[NotificationKind.PROFILE_STALE];
  [NotificationKind.INTERVISION_DUE]: TemplateParams[NotificationKind.INTERVISION_DUE];
  [NotificationKind.PROPOSAL_ACCEPTED]: { assignmentId: number };
  [NotificationKind.PROPOSAL_DECLINED]: { assignmentId: number };
  [NotificationKind.PROPOSAL_EXPIRED]: { assignmentId: number };
  [NotificationKind.HANDOVER]: { requestId: number };
  [NotificationKind.WELLBEING_ATTENTION]: { keyPersonId: number };
  [NotificationKind.UNMET_DIGEST]: TemplateParams[NotificationKind.UNMET_DIGEST];
  [NotificationKind.PASSWORD_RESET]: TemplateParams[NotificationKind.PASSWORD_RESET];
  [NotificationKind.INVITATION]: TemplateParams[NotificationKind.INVITATION];
  [NotificationKind.COMPLAINT_FILED]: TemplateParams[NotificationKind.COMPLAINT_FILED];
  [NotificationKind.COMPLAINT_DECIDED]: TemplateParams[NotificationKind.COMPLAINT_DECIDED];
  [NotificationKind.ORGANISATION_FLAGGED]: TemplateParams[NotificationKind.ORGANISATION_FLAGGED];
  [NotificationKind.PUBLIC_MESSAGE]: TemplateParams[NotificationKind.PUBLIC_MESSAGE];
  [NotificationKind.QUALIFICATION_EXPIRING]: TemplateParams[NotificationKind.QUALIFICATION_EXPIRING];
  [NotificationKind.GROUP_ACTIVITY_INVITATION]: { activityIds: number[] };
  [NotificationKind.REFERRAL_RECEIVED]: { referralId: number };
  [NotificationKind.REFERRAL_UPDATED]: { referralId: number };
  [NotificationKind.CARE_SERVICE_STALE]: TemplateParams[NotificationKind.CARE_SERVICE_STALE];
  // request transfers and handovers (issue 18, transfers)
  [NotificationKind.TRANSFER_PROPOSED]: { transferId: number };
  [NotificationKind.TRANSFER_ANSWERED]: { transferId: number };
  [NotificationKind.CASE_TRANSFERRED]: { transferId: number };
  [NotificationKind.HANDOVER_OVERLAP]: { handoverId: number; role: "OLD" | "NEW" };
}

export interface NotifyInput<K extends NotificationKind> {
  to: Recipients;
  kind: K;
  /** The event, unique per recipient: e.g. proposal:<assignmentId>. */
  dedupeKey: string;
  params: EventParams[K];
}

type Loader<K extends NotificationKind> = (tx: EntityManager, params: EventParams[K]) => Promise<TemplateParams[K] | null>;

// ---- the facts each template needs, read in the transaction -----------------------------------

/** The request's columns a Work is built from (templates.ts). */
const WORK_COLUMNS = `r.kind, r.starts_on::text AS starts_on, r.starts_at, r.ends_at, r.appointment_mode,
  r.consult_topic, r.consult_hours, r.session_expected_participants`;

/** What the key person is asked to do, per request kind; never the appointment's setting or anything else about the newcomer. */
function workOf(row: Record<string, unknown>, hoursPerWeek: number): Work {
  switch (row.kind) {
    case "APPOINTMENT":
      return {
        kind: "APPOINTMENT",
        startsAt: new Date(row.starts_at as string),
        endsAt: new Date(row.ends_at as string),
        mode: (row.appointment_mode as "ON_SITE") ?? "ON_SITE",
      };
    case "CONSULT":
      return { kind: "CONSULT", topic: (row.consult_topic as string) ?? "", hours: Number(row.consult_hours ?? hoursPerWeek) };
    case "INFORMATION_SESSION":
      return {
        kind: "INFORMATION_SESSION",
        startsAt: new Date(row.starts_at as string),
        endsAt: new Date(row.ends_at as string),
        expectedParticipants: Number(row.session_expected_participants ?? 0),
      };
    default:
      return { kind: "CASE_SUPPORT", hoursPerWeek, startsOn: row.starts_on as string };
  }
}

async function proposalFacts(tx: EntityManager, { assignmentId }: { assignmentId: number }, onlyProposed: boolean) {
  const [row] = await tx.query(
    `SELECT a.status, a.hours_per_week, a.respond_by, ${WORK_COLUMNS}, m.name AS municipality,
       (SELECT json_agg(json_build_object('name', l.name, 'nameNl', l.name_nl) ORDER BY array_position(r.language_codes, l.code))
          FROM language l WHERE l.code = ANY(r.language_codes)) AS languages
     FROM assignment a JOIN match_request r ON r.id = a.request_id JOIN municipality m ON m.code = r.municipality_code
     WHERE a.id = $1`,
    [assignmentId],
  );
  if (!row || (onlyProposed && row.status !== "PROPOSED")) return null;
  return {
    municipality: row.municipality as string,
    languages: (row.languages ?? []) as LanguageName[],
    work: workOf(row, Number(row.hours_per_week)),
    respondBy: new Date(row.respond_by),
  };
}

/** What happened on the request after this proposal ended: the next proposal made in the same transaction, or unmet. */
async function nextStep(tx: EntityManager, requestId: number, after: number): Promise<NextStep> {
  const [row] = await tx.query(
    `SELECT r.unmet_since IS NOT NULL AS unmet,
       (SELECT n.respond_by FROM assignment n WHERE n.request_id = r.id AND n.status = 'PROPOSED' AND n.id > $2 ORDER BY n.id DESC LIMIT 1) AS next
     FROM match_request r WHERE r.id = $1`,
    [requestId, after],
  );
  return row?.next ? { proposed: true, respondBy: new Date(row.next) } : { proposed: false, unmet: !!row?.unmet };
}

async function endedProposal(tx: EntityManager, assignmentId: number) {
  const [row] = await tx.query(
    `SELECT a.request_id, r.case_reference, a.decline_reason FROM assignment a JOIN match_request r ON r.id = a.request_id WHERE a.id = $1`,
    [assignmentId],
  );
  if (!row) return null;
  return {
    requestId: row.request_id as number,
    caseReference: row.case_reference as string,
    reason: row.decline_reason as string | null,
    next: await nextStep(tx, row.request_id, assignmentId),
  };
}

/** A referral as its messages tell it: only what the newcomer consented to share (issue 18). */
async function referralFacts(tx: EntityManager, { referralId }: { referralId: number }) {
  const [row] = await tx.query(
    `SELECT r.state, r.needs_rerouting, s.name AS service_name,
       CASE WHEN r.shares_municipality THEN m.name END AS municipality,
       CASE WHEN r.shares_topic THEN json_build_object('name', e.name, 'nameNl', e.name_nl) END AS topic
     FROM referral r JOIN care_service s ON s.id = r.care_service_id JOIN municipality m ON m.code = r.municipality_code
     LEFT JOIN expertise e ON e.code = r.topic
     WHERE r.id = $1`,
    [referralId],
  );
  if (!row) return null;
  return {
    referralId,
    serviceName: row.service_name as string,
    state: row.state as string,
    needsRerouting: row.needs_rerouting as boolean,
    municipality: (row.municipality ?? null) as string | null,
    topic: (row.topic ?? null) as LanguageName | null,
  };
}

const same = async <T>(_tx: EntityManager, params: T) => params;

const LOADERS: { [K in NotificationKind]: Loader<K> } = {
  [NotificationKind.PROPOSAL]: (tx, p) => proposalFacts(tx, p, false),
  [NotificationKind.PROPOSAL_REMINDER]: (tx, p) => proposalFacts(tx, p, true),
  [NotificationKind.ASSIGNMENT_CANCELLED]: async (tx, { assignmentId }) => {
    const [row] = await tx.query(
      `SELECT a.proposed_at, a.hours_per_week, ${WORK_COLUMNS} FROM assignment a JOIN match_request r ON r.id = a.request_id WHERE a.id = $1`,
      [assignmentId],
    );
    return row ? { proposedOn: new Date(row.proposed_at).toISOString().slice(0, 10), work: workOf(row, Number(row.hours_per_week)) } : null;
  },
  [NotificationKind.HOURS_REJECTED]: async (tx, { hourEntryId }) => {
    const [row] = await tx.query(`SELECT date::text AS date, hours, review_reason FROM hour_entry WHERE id = $1`, [hourEntryId]);
    return row ? { date: row.date, hours: Number(row.hours), reason: row.review_reason ?? "" } : null;
  },
  [NotificationKind.CLAIM_REJECTED]: async (tx, { claimId }) => {
    const [row] = await tx.query(`SELECT date::text AS date, amount_cents, review_reason FROM expense_claim WHERE id = $1`, [claimId]);
    return row ? { date: row.date, amountCents: Number(row.amount_cents), reason: row.review_reason ?? "" } : null;
  },
  [NotificationKind.CHECK_IN_DUE]: same,
  [NotificationKind.PROFILE_STALE]: same,
  [NotificationKind.INTERVISION_DUE]: same,
  [NotificationKind.PROPOSAL_ACCEPTED]: async (tx, { assignmentId }) => {
    const [row] = await tx.query(
      `SELECT a.request_id, r.case_reference, kp.display_name
       FROM assignment a JOIN key_person kp ON kp.id = a.key_person_id JOIN match_request r ON r.id = a.request_id WHERE a.id = $1`,
      [assignmentId],
    );
    return row ? { requestId: row.request_id, caseReference: row.case_reference, keyPersonName: row.display_name } : null;
  },
  [NotificationKind.PROPOSAL_DECLINED]: (tx, { assignmentId }) => endedProposal(tx, assignmentId),
  [NotificationKind.PROPOSAL_EXPIRED]: async (tx, { assignmentId }) => {
    const ended = await endedProposal(tx, assignmentId);
    return ended && { requestId: ended.requestId, caseReference: ended.caseReference, next: ended.next };
  },
  [NotificationKind.HANDOVER]: async (tx, { requestId }) => {
    // Released: no accepted assignment is left on the request (a dated booking ends at once on such a move).
    const [row] = await tx.query(
      `SELECT m.name, r.case_reference, r.kind, NOT EXISTS (SELECT 1 FROM assignment a WHERE a.request_id = r.id AND a.status = 'ACTIVE') AS released
       FROM match_request r JOIN municipality m ON m.code = r.municipality_code WHERE r.id = $1`,
      [requestId],
    );
    return row
      ? {
          requestId,
          caseReference: row.case_reference,
          municipality: row.name,
          kind: row.kind,
          released: row.released,
          next: await nextStep(tx, requestId, 0),
        }
      : null;
  },
  [NotificationKind.WELLBEING_ATTENTION]: async (tx, { keyPersonId }) => {
    const [row] = await tx.query(`SELECT display_name FROM key_person WHERE id = $1 AND erased_at IS NULL`, [keyPersonId]);
    return row ? { keyPersonId, keyPersonName: row.display_name } : null;
  },
  [NotificationKind.UNMET_DIGEST]: same,
  [NotificationKind.PASSWORD_RESET]: same,
  [NotificationKind.INVITATION]: same,
  [NotificationKind.COMPLAINT_FILED]: same,
  [NotificationKind.COMPLAINT_DECIDED]: same,
  [NotificationKind.ORGANISATION_FLAGGED]: same,
  [NotificationKind.PUBLIC_MESSAGE]: same,
  [NotificationKind.QUALIFICATION_EXPIRING]: same,
  [NotificationKind.GROUP_ACTIVITY_INVITATION]: async (tx, { activityIds }) => {
    const rows: Record<string, unknown>[] = await tx.query(
      `SELECT g.id, g.kind, g.title, g.starts_at, g.ends_at, g.online_url, o.name AS organiser,
         (SELECT m.name FROM municipality m WHERE g.location_lat IS NOT NULL
            ORDER BY (m.centroid_lat - g.location_lat) ^ 2 + ((m.centroid_lon - g.location_lon) * 0.6) ^ 2 LIMIT 1) AS place
       FROM group_activity g LEFT JOIN organisation o ON o.id = g.organisation_id
       WHERE g.id = ANY($1) ORDER BY g.starts_at`,
      [activityIds],
    );
    const first = rows[0];
    if (!first) return null;
    return {
      activityId: first.id as number,
      kind: first.kind as "TRAINING",
      title: first.title as string,
      organiser: (first.organiser as string | null) ?? null,
      slots: rows.map((row) => ({ startsAt: new Date(row.starts_at as string), endsAt: new Date(row.ends_at as string) })),
      place: (first.place as string | null) ?? null,
      online: first.online_url !== null,
    };
  },
  [NotificationKind.REFERRAL_RECEIVED]: referralFacts,
  [NotificationKind.REFERRAL_UPDATED]: referralFacts,
  [NotificationKind.CARE_SERVICE_STALE]: same,
  // request transfers and handovers (issue 18, transfers)
  [NotificationKind.TRANSFER_PROPOSED]: async (tx, { transferId }) => {
    const row = await transferFacts(tx, transferId);
    return row ? { caseReference: row.case_reference, fromOrganisation: row.from_name, municipality: row.municipality } : null;
  },
  [NotificationKind.TRANSFER_ANSWERED]: async (tx, { transferId }) => {
    const row = await transferFacts(tx, transferId);
    if (!row || row.state === "PENDING") return null;
    return {
      caseReference: row.case_reference,
      state: row.state,
      organisation: row.state === "WITHDRAWN" ? row.from_name : row.to_name,
      declineReason: row.decline_reason,
      declineNote: row.decline_note,
      effectiveOn: row.effective_on,
    };
  },
  [NotificationKind.CASE_TRANSFERRED]: async (tx, { transferId }) => {
    const row = await transferFacts(tx, transferId);
    return row?.effective_on ? { organisation: row.to_name, effectiveOn: row.effective_on } : null;
  },
  [NotificationKind.HANDOVER_OVERLAP]: async (tx, { handoverId, role }) => {
    const [row] = await tx.query(`SELECT handed_over_on::text AS handed_over_on, overlap_until::text AS overlap_until FROM assignment_handover WHERE id = $1`, [
      handoverId,
    ]);
    return row ? { role, handedOverOn: row.handed_over_on, overlapUntil: row.overlap_until } : null;
  },
};

/** A transfer with its request's case reference, both organisations' names and where the newcomer lived when it was proposed. */
async function transferFacts(tx: EntityManager, transferId: number) {
  const [row] = await tx.query(
    `SELECT t.state, t.decline_reason, t.decline_note, t.effective_on::text AS effective_on, r.case_reference,
            f.name AS from_name, o.name AS to_name, m.name AS municipality
     FROM request_transfer t JOIN match_request r ON r.id = t.match_request_id
       JOIN organisation f ON f.id = t.from_organisation_id JOIN organisation o ON o.id = t.to_organisation_id
       JOIN municipality m ON m.code = t.newcomer_municipality_code
     WHERE t.id = $1`,
    [transferId],
  );
  return row as
    | {
        state: "PENDING" | "ACCEPTED" | "DECLINED" | "WITHDRAWN";
        decline_reason: string | null;
        decline_note: string | null;
        effective_on: string | null;
        case_reference: string;
        from_name: string;
        to_name: string;
        municipality: string;
      }
    | undefined;
}

// ---- recipients and the insert -------------------------------------------------------------------

interface Recipient {
  id: number;
  locale: string;
  digests_enabled: boolean;
}

function recipients(tx: EntityManager, to: Recipients): Promise<Recipient[]> {
  const columns = `SELECT id, locale, digests_enabled FROM app_user`;
  if ("users" in to) return tx.query(`${columns} WHERE id = ANY($1) ORDER BY id`, [to.users]);
  if ("keyPerson" in to) return tx.query(`${columns} WHERE key_person_id = $1`, [to.keyPerson]);
  if ("organisation" in to) return tx.query(`${columns} WHERE organisation_id = $1 AND role = 'ORGANISATION' ORDER BY id`, [to.organisation]);
  return tx.query(
    `${columns} WHERE role = 'COORDINATOR'
       OR (role = 'REGIONAL_COORDINATOR' AND (SELECT home_municipality_code FROM key_person WHERE id = $1) = ANY(municipality_codes))
     ORDER BY id`,
    [to.coordinatorsOf],
  );
}

/**
 * Renders the message in each recipient's language and writes it to the outbox in the
 * caller's transaction; an event already written for a recipient is left as it was.
 * Returns how many messages were written.
 */
export async function notify<K extends NotificationKind>(tx: EntityManager, input: NotifyInput<K>): Promise<number> {
  const runtime = runtimeOf(tx);
  let users = await recipients(tx, input.to);
  if (DIGEST_KINDS.has(input.kind)) users = users.filter((u) => u.digests_enabled);
  if (users.length === 0) return 0;
  const facts = await (LOADERS[input.kind] as Loader<K>)(tx, input.params);
  if (facts === null) return 0;
  const messages = users.map((user) => ({ user, ...render(input.kind, user.locale, facts, { baseUrl: runtime.baseUrl }) }));
  const now = runtime.clock.now();
  const status = runtime.held ? NotificationStatus.HELD : NotificationStatus.PENDING;
  const written: { id: number; user_id: number }[] = await tx.query(
    `INSERT INTO notification (user_id, kind, dedupe_key, locale, subject, body, status, next_attempt_at, created_at)
     SELECT u, $2, $3, l, s, b, $4, $5, $5 FROM unnest($1::int[], $6::varchar[], $7::varchar[], $8::text[]) AS m(u, l, s, b)
     ON CONFLICT (user_id, dedupe_key) DO NOTHING
     RETURNING id, user_id`,
    [
      messages.map((m) => m.user.id),
      input.kind,
      input.dedupeKey,
      status,
      now,
      messages.map((m) => (m.user.locale === "en" ? "en" : "nl")),
      messages.map((m) => m.subject.slice(0, 300)),
      messages.map((m) => m.text),
    ],
  );
  if (runtime.held) {
    for (const row of written) runtime.log(`Mail kept in the outbox (no SMTP_URL configured): ${input.kind} #${row.id} to user ${row.user_id}`);
  }
  return written.length;
}

/**
 * After a check-in (and from the periodic jobs): a RED key person — strained, or asking
 * to be contacted — is announced to their coordinators, once per state (the latest
 * check-in and clearance), never with the answers.
 */
export async function notifyWellbeingAttention(tx: EntityManager, keyPersonId: number): Promise<number> {
  const status = (await oversightStatuses(tx, [keyPersonId], runtimeOf(tx).clock.now())).get(keyPersonId);
  if (status?.wellbeing !== "RED") return 0;
  return notify(tx, {
    to: { coordinatorsOf: keyPersonId },
    kind: NotificationKind.WELLBEING_ATTENTION,
    dedupeKey: await attentionKey(tx, keyPersonId),
    params: { keyPersonId },
  });
}

export async function attentionKey(tx: EntityManager, keyPersonId: number): Promise<string> {
  const [row] = await tx.query(
    `SELECT (SELECT max(id) FROM wellbeing_check_in WHERE key_person_id = $1) AS check_in,
            (SELECT max(id) FROM wellbeing_clearance WHERE key_person_id = $1) AS clearance`,
    [keyPersonId],
  );
  return `attention:${keyPersonId}:${row?.check_in ?? 0}:${row?.clearance ?? 0}`;
}
