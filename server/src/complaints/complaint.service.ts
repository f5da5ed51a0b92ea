import type { DataSource, EntityManager } from "typeorm";
import { audit } from "../audit/audit.service";
import type { Clock } from "../clock";
import { inRegion, type Actor } from "../domain/access";
import {
  COMPLAINT_RESPONSE_DAYS,
  COMPLAINT_WINDOW_DAYS,
  SIGNALS_PER_MONTH,
  SIGNAL_MONTHS_BACK,
  decidedState,
  decisionRefusal,
  monthOf,
  responseRefusal,
  signalMonthRefusal,
  withinComplaintWindow,
} from "../domain/voice";
import type { FeedbackTokens } from "../feedback/feedback-token";
import { Assignment, MatchRequest } from "../matching/matching.entity";
import { lockOrganisationsAssignment } from "../matching/own-assignment";
import { notify, NotificationKind } from "../notifications/notify";
import type { ReferenceData } from "../reference/reference.service";
import { AssignmentStatus, ComplaintState, Role } from "../shared/enums";
import { BadUserInput, Conflict, Forbidden, NotFound } from "../shared/errors";
import { parseId } from "../shared/ids";
import { pageWindow, type PageArgs } from "../shared/pagination";
import { textInput } from "../shared/text-input";
import { Complaint, OrganisationFlag, type ComplaintPage, type CountByCode, type OrganisationFlagPage, type VoiceOverview } from "./complaint.entity";
import type { ComplaintFilter, DecideComplaintInput, FileComplaintInput, FlagOrganisationInput, LocationSignalInput } from "./complaint.inputs";

/** Assignments a complaint may be about: ones that were (or are) worked on. */
const COMPLAINABLE = [AssignmentStatus.ACTIVE, AssignmentStatus.COMPLETED, AssignmentStatus.CANCELLED];
const DAY_MS = 86_400_000;

/** Complaints about assignments, key persons' flags about organisations, anonymous signals about reception locations. */
export class ComplaintService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceData,
    private readonly clock: Clock,
    private readonly tokens: FeedbackTokens,
  ) {}

  // ---- complaints ---------------------------------------------------------------------------------

  async file(actor: Actor, input: FileComplaintInput): Promise<Complaint> {
    const description = textInput(input.description, "description", 2000, true)!;
    return this.dataSource.transaction(async (tx) => {
      const { assignment } = await lockOrganisationsAssignment(tx, actor, input.assignmentId);
      if (!COMPLAINABLE.includes(assignment.status)) {
        throw new Conflict("A complaint is about an assignment that was worked on", {
          reason: "ASSIGNMENT_NOT_RATEABLE",
          params: { status: assignment.status },
        });
      }
      if (!withinComplaintWindow(assignment.endedAt, this.clock.now())) {
        throw new Conflict(`This assignment ended more than ${COMPLAINT_WINDOW_DAYS} days ago`, {
          reason: "ASSIGNMENT_ENDED_TOO_LONG_AGO",
          params: { days: COMPLAINT_WINDOW_DAYS },
        });
      }
      const [open] = await tx.query(`SELECT id FROM complaint WHERE assignment_id = $1 AND kind = $2 AND state IN ('OPEN', 'RESPONDED')`, [
        assignment.id,
        input.kind,
      ]);
      if (open)
        throw new Conflict("A complaint of this kind about this assignment is still open", {
          reason: "COMPLAINT_ALREADY_OPEN",
          params: { id: String(open.id) },
        });
      const saved = await tx.save(
        tx.create(Complaint, { assignmentId: assignment.id, kind: input.kind, description, filedByUserId: actor.userId, filedAt: this.clock.now() }),
      );
      await audit(tx, actor, {
        action: "fileComplaint",
        entityType: "Complaint",
        entityId: saved.id,
        detail: { kind: input.kind, assignmentId: assignment.id },
      });
      const params = { complaintId: saved.id, kind: input.kind, respondWithinDays: COMPLAINT_RESPONSE_DAYS };
      await notify(tx, { to: { keyPerson: assignment.keyPersonId }, kind: NotificationKind.COMPLAINT_FILED, dedupeKey: `complaint:${saved.id}`, params });
      await notify(tx, { to: { coordinatorsOf: assignment.keyPersonId }, kind: NotificationKind.COMPLAINT_FILED, dedupeKey: `complaint:${saved.id}`, params });
      return saved;
    });
  }

  async respond(actor: Actor, rawId: string, rawResponse: string): Promise<Complaint> {
    const response = textInput(rawResponse, "response", 2000, true)!;
    return this.dataSource.transaction(async (tx) => {
      const { complaint, assignment } = await this.lockedComplaint(tx, rawId);
      if (actor.role !== Role.KEY_PERSON || actor.keyPersonId !== assignment.keyPersonId) throw new NotFound("Complaint", rawId);
      const refusal = responseRefusal(complaint.state);
      if (refusal) throw new Conflict("This complaint takes no response any more", { reason: refusal });
      await tx.update(Complaint, { id: complaint.id }, { state: ComplaintState.RESPONDED, response, respondedAt: this.clock.now() });
      await audit(tx, actor, { action: "respondToComplaint", entityType: "Complaint", entityId: complaint.id });
      return tx.findOneByOrFail(Complaint, { id: complaint.id });
    });
  }

  async decide(actor: Actor, rawId: string, input: DecideComplaintInput): Promise<Complaint> {
    const note = textInput(input.note, "note", 2000, true)!;
    return this.dataSource.transaction(async (tx) => {
      const { complaint, assignment, request } = await this.lockedComplaint(tx, rawId);
      if (!this.coordinatorSees(actor, request.municipalityCode)) throw new NotFound("Complaint", rawId);
      const now = this.clock.now();
      const refusal = decisionRefusal(complaint.state, complaint.filedAt, now);
      if (refusal === "COMPLAINT_AWAITS_RESPONSE") {
        const respondBy = new Date(complaint.filedAt.getTime() + COMPLAINT_RESPONSE_DAYS * DAY_MS).toISOString().slice(0, 10);
        throw new Conflict("The key person may still respond", { reason: refusal, params: { days: COMPLAINT_RESPONSE_DAYS, respondBy } });
      }
      if (refusal) throw new Conflict("This complaint has been decided already", { reason: refusal });
      const state = decidedState(input.decision);
      await tx.update(Complaint, { id: complaint.id }, { state, decisionNote: note, decidedByUserId: actor.userId, decidedAt: now });
      await audit(tx, actor, { action: "decideComplaint", entityType: "Complaint", entityId: complaint.id, detail: { decision: input.decision } });
      const params = { complaintId: complaint.id, kind: complaint.kind, decision: input.decision };
      await notify(tx, {
        to: { organisation: request.organisationId },
        kind: NotificationKind.COMPLAINT_DECIDED,
        dedupeKey: `complaint-decided:${complaint.id}`,
        params,
      });
      await notify(tx, {
        to: { keyPerson: assignment.keyPersonId },
        kind: NotificationKind.COMPLAINT_DECIDED,
        dedupeKey: `complaint-decided:${complaint.id}`,
        params,
      });
      return tx.findOneByOrFail(Complaint, { id: complaint.id });
    });
  }

  /** Its organisation, the key person it is about, the coordinators in scope (by where the newcomer was). */
  async list(actor: Actor, filter: ComplaintFilter | null, page: PageArgs): Promise<ComplaintPage> {
    const { skip, take } = pageWindow(page);
    const region = actor.role === Role.REGIONAL_COORDINATOR ? [...actor.municipalityCodes] : null;
    const where = `FROM complaint c JOIN assignment a ON a.id = c.assignment_id JOIN match_request r ON r.id = a.request_id
      WHERE ($1::complaint_state IS NULL OR c.state = $1)
        AND ($2::int IS NULL OR c.assignment_id = $2)
        AND ($3::int IS NULL OR r.organisation_id = $3)
        AND ($4::int IS NULL OR a.key_person_id = $4)
        AND ($5::varchar[] IS NULL OR r.municipality_code = ANY($5))`;
    const params = [
      filter?.state ?? null,
      filter?.assignmentId ? parseId(filter.assignmentId, "Assignment") : null,
      actor.role === Role.ORGANISATION ? actor.organisationId : null,
      actor.role === Role.KEY_PERSON ? actor.keyPersonId : null,
      region,
    ];
    const [ids, [{ total }]] = await Promise.all([
      this.dataSource.query(`SELECT c.id ${where} ORDER BY c.filed_at DESC, c.id DESC OFFSET ${skip} LIMIT ${take}`, params),
      this.dataSource.query(`SELECT count(*)::int AS total ${where}`, params),
    ]);
    const rows = await this.dataSource.getRepository(Complaint).findBy(ids.map((row: { id: number }) => ({ id: row.id })));
    const byId = new Map(rows.map((row) => [row.id, row]));
    return { items: ids.map((row: { id: number }) => byId.get(row.id)!), total };
  }

  async one(actor: Actor, rawId: string): Promise<Complaint> {
    const id = parseId(rawId, "Complaint");
    const [row] = await this.dataSource.query(
      `SELECT c.id, a.key_person_id, r.organisation_id, r.municipality_code FROM complaint c JOIN assignment a ON a.id = c.assignment_id
       JOIN match_request r ON r.id = a.request_id WHERE c.id = $1`,
      [id],
    );
    if (!row || !this.seesComplaint(actor, row)) throw new NotFound("Complaint", rawId);
    return this.dataSource.getRepository(Complaint).findOneByOrFail({ id });
  }

  private seesComplaint(actor: Actor, row: { key_person_id: number; organisation_id: number; municipality_code: string }): boolean {
    if (actor.role === Role.ORGANISATION) return actor.organisationId === row.organisation_id;
    if (actor.role === Role.KEY_PERSON) return actor.keyPersonId === row.key_person_id;
    return this.coordinatorSees(actor, row.municipality_code);
  }

  private coordinatorSees(actor: Actor, municipalityCode: string | null): boolean {
    return actor.role === Role.COORDINATOR || (actor.role === Role.REGIONAL_COORDINATOR && inRegion(actor, municipalityCode));
  }

  private async lockedComplaint(tx: EntityManager, rawId: string) {
    const id = parseId(rawId, "Complaint");
    const complaint = await tx.getRepository(Complaint).findOne({ where: { id }, lock: { mode: "pessimistic_write" } });
    if (!complaint) throw new NotFound("Complaint", rawId);
    const assignment = await tx.findOneByOrFail(Assignment, { id: complaint.assignmentId });
    const request = await tx.findOneByOrFail(MatchRequest, { id: assignment.requestId });
    return { complaint, assignment, request };
  }

  // ---- flags about organisations ------------------------------------------------------------------

  async flag(actor: Actor, input: FlagOrganisationInput): Promise<OrganisationFlag> {
    if (actor.role !== Role.KEY_PERSON || actor.keyPersonId === null) throw new Forbidden("Key persons flag organisations", { reason: "ROLE_NOT_ALLOWED" });
    const keyPersonId = actor.keyPersonId;
    const organisationId = parseId(input.organisationId, "Organisation");
    const note = textInput(input.note, "note", 1000, false);
    return this.dataSource.transaction(async (tx) => {
      const [worked] = await tx.query(
        `SELECT 1 FROM assignment a JOIN match_request r ON r.id = a.request_id
         WHERE a.key_person_id = $1 AND r.organisation_id = $2 AND a.status IN ('ACTIVE', 'COMPLETED', 'CANCELLED') LIMIT 1`,
        [keyPersonId, organisationId],
      );
      if (!worked) {
        throw new Forbidden("You can flag an organisation you had an assignment with", { reason: "NOT_YOUR_ORGANISATION_TO_FLAG", field: "organisationId" });
      }
      const saved = await tx.save(tx.create(OrganisationFlag, { organisationId, keyPersonId, kind: input.kind, note, flaggedAt: this.clock.now() }));
      await audit(tx, actor, { action: "flagOrganisation", entityType: "OrganisationFlag", entityId: saved.id, detail: { kind: input.kind, organisationId } });
      await notify(tx, {
        to: { coordinatorsOf: keyPersonId },
        kind: NotificationKind.ORGANISATION_FLAGGED,
        dedupeKey: `flag:${saved.id}`,
        params: { flagId: saved.id, kind: input.kind },
      });
      return saved;
    });
  }

  async closeFlag(actor: Actor, rawId: string, rawNote: string): Promise<OrganisationFlag> {
    const note = textInput(rawNote, "note", 1000, true)!;
    return this.dataSource.transaction(async (tx) => {
      const id = parseId(rawId, "OrganisationFlag");
      const flag = await tx.getRepository(OrganisationFlag).findOne({ where: { id }, lock: { mode: "pessimistic_write" } });
      if (!flag || !(await this.coordinatorSeesFlag(tx, actor, flag))) throw new NotFound("OrganisationFlag", rawId);
      if (flag.closedAt) throw new Conflict("This flag has been closed already", { reason: "FLAG_ALREADY_CLOSED" });
      await tx.update(OrganisationFlag, { id }, { closedAt: this.clock.now(), closedByUserId: actor.userId, closingNote: note });
      await audit(tx, actor, { action: "closeOrganisationFlag", entityType: "OrganisationFlag", entityId: id });
      return tx.findOneByOrFail(OrganisationFlag, { id });
    });
  }

  /** A regional coordinator: flags raised by key persons living in the region, or about organisations in it. */
  private async coordinatorSeesFlag(tx: EntityManager, actor: Actor, flag: OrganisationFlag): Promise<boolean> {
    if (actor.role === Role.COORDINATOR) return true;
    if (actor.role !== Role.REGIONAL_COORDINATOR) return false;
    const [row] = await tx.query(
      `SELECT o.municipality_code AS organisation_place, k.home_municipality_code AS home FROM organisation o LEFT JOIN key_person k ON k.id = $2 WHERE o.id = $1`,
      [flag.organisationId, flag.keyPersonId],
    );
    return Boolean(row) && (inRegion(actor, row.organisation_place) || inRegion(actor, row.home));
  }

  /** Coordinators (a regional one: their region's), and a key person their own flags. Organisations never. */
  async flags(actor: Actor, open: boolean | null, page: PageArgs): Promise<OrganisationFlagPage> {
    if (actor.role === Role.ORGANISATION) throw new Forbidden("Flags are read by the coordinators", { reason: "ROLE_NOT_ALLOWED" });
    const { skip, take } = pageWindow(page);
    const where = `FROM organisation_flag f JOIN organisation o ON o.id = f.organisation_id LEFT JOIN key_person k ON k.id = f.key_person_id
      WHERE ($1::boolean IS NULL OR (f.closed_at IS NULL) = $1)
        AND ($2::int IS NULL OR f.key_person_id = $2)
        AND ($3::varchar[] IS NULL OR o.municipality_code = ANY($3) OR k.home_municipality_code = ANY($3))`;
    const params = [
      open,
      actor.role === Role.KEY_PERSON ? actor.keyPersonId : null,
      actor.role === Role.REGIONAL_COORDINATOR ? [...actor.municipalityCodes] : null,
    ];
    const [ids, [{ total }]] = await Promise.all([
      this.dataSource.query(`SELECT f.id ${where} ORDER BY f.flagged_at DESC, f.id DESC OFFSET ${skip} LIMIT ${take}`, params),
      this.dataSource.query(`SELECT count(*)::int AS total ${where}`, params),
    ]);
    const rows = await this.dataSource.getRepository(OrganisationFlag).findBy(ids.map((row: { id: number }) => ({ id: row.id })));
    const byId = new Map(rows.map((row) => [row.id, row]));
    return { items: ids.map((row: { id: number }) => byId.get(row.id)!), total };
  }

  // ---- anonymous signals about reception locations ------------------------------------------------

  /**
   * Stored without the key person or the moment: only the category, the place, the month it
   * is about and the month it was filed. Not audited, for the same reason. A monthly quota
   * under a keyed hash stops a flood without naming anyone.
   */
  async fileSignal(actor: Actor, input: LocationSignalInput): Promise<boolean> {
    if (actor.role !== Role.KEY_PERSON || actor.keyPersonId === null) throw new Forbidden("Key persons give signals", { reason: "ROLE_NOT_ALLOWED" });
    if (!this.reference.municipalities.has(input.municipalityCode)) {
      throw new BadUserInput(`Unknown municipality ${input.municipalityCode}`, {
        reason: "UNKNOWN_CODE",
        field: "municipalityCode",
        params: { kind: "municipality", code: input.municipalityCode },
      });
    }
    const now = this.clock.now();
    const monthRefusal = signalMonthRefusal(input.month, now);
    if (monthRefusal === "NOT_A_MONTH")
      throw new BadUserInput("Choose a month as YYYY-MM", { reason: monthRefusal, field: "month", params: { value: input.month } });
    if (monthRefusal === "MONTH_IN_FUTURE")
      throw new BadUserInput("That month lies in the future", { reason: monthRefusal, field: "month", params: { month: input.month } });
    if (monthRefusal)
      throw new BadUserInput("A signal is about the last 12 months", { reason: monthRefusal, field: "month", params: { months: SIGNAL_MONTHS_BACK } });
    const current = monthOf(now);
    const quotaKey = this.tokens.signalQuotaKey(actor.keyPersonId, current);
    return this.dataSource.transaction(async (tx) => {
      await tx.query(`DELETE FROM location_signal_quota WHERE month <> $1`, [current]);
      const counted: unknown[] = await tx.query(
        `INSERT INTO location_signal_quota (submitter_hash, month, count) VALUES ($1, $2, 1)
         ON CONFLICT (submitter_hash) DO UPDATE SET count = location_signal_quota.count + 1 WHERE location_signal_quota.count < $3
         RETURNING count`,
        [quotaKey, current, SIGNALS_PER_MONTH],
      );
      if (counted.length === 0)
        throw new Conflict(`At most ${SIGNALS_PER_MONTH} signals a month`, { reason: "TOO_MANY_SIGNALS", params: { max: SIGNALS_PER_MONTH } });
      await tx.query(`INSERT INTO location_signal (category, municipality_code, month, filed_month) VALUES ($1, $2, $3, $4)`, [
        input.category,
        input.municipalityCode,
        input.month,
        current,
      ]);
      return true;
    });
  }

  // ---- the coordinators' overview -----------------------------------------------------------------

  async overview(actor: Actor): Promise<VoiceOverview> {
    if (actor.role !== Role.COORDINATOR && actor.role !== Role.REGIONAL_COORDINATOR) {
      throw new Forbidden("The overview of complaints and signals is for coordinators", { reason: "ROLE_NOT_ALLOWED" });
    }
    const region = actor.role === Role.REGIONAL_COORDINATOR ? [...actor.municipalityCodes] : null;
    const now = this.clock.now();
    const yearAgo = new Date(now.getTime() - 365 * DAY_MS);
    const firstMonth = monthOf(yearAgo);
    const complaintScope = `FROM complaint c JOIN assignment a ON a.id = c.assignment_id JOIN match_request r ON r.id = a.request_id
      WHERE ($1::varchar[] IS NULL OR r.municipality_code = ANY($1))`;
    const counts = (rows: { code: string; count: number }[]): CountByCode[] => rows.map((row) => ({ code: row.code, count: Number(row.count) }));
    const [openComplaints, byState, flags, byCategory, signals] = await Promise.all([
      this.dataSource.query(
        `SELECT c.kind AS code, count(*)::int AS count ${complaintScope} AND c.state IN ('OPEN', 'RESPONDED') GROUP BY c.kind ORDER BY c.kind`,
        [region],
      ),
      this.dataSource.query(`SELECT c.state AS code, count(*)::int AS count ${complaintScope} AND c.filed_at >= $2 GROUP BY c.state ORDER BY c.state`, [
        region,
        yearAgo,
      ]),
      this.dataSource.query(
        `SELECT f.kind AS code, count(*)::int AS count FROM organisation_flag f JOIN organisation o ON o.id = f.organisation_id LEFT JOIN key_person k ON k.id = f.key_person_id
         WHERE f.closed_at IS NULL AND ($1::varchar[] IS NULL OR o.municipality_code = ANY($1) OR k.home_municipality_code = ANY($1)) GROUP BY f.kind ORDER BY f.kind`,
        [region],
      ),
      this.dataSource.query(
        `SELECT category AS code, count(*)::int AS count FROM location_signal WHERE month >= $2 AND ($1::varchar[] IS NULL OR municipality_code = ANY($1))
         GROUP BY category ORDER BY category`,
        [region, firstMonth],
      ),
      this.dataSource.query(
        `SELECT municipality_code, month, category, count(*)::int AS count FROM location_signal WHERE month >= $2 AND ($1::varchar[] IS NULL OR municipality_code = ANY($1))
         GROUP BY municipality_code, month, category ORDER BY month DESC, municipality_code, category`,
        [region, firstMonth],
      ),
    ]);
    return {
      openComplaintsByKind: counts(openComplaints),
      complaintsByState: counts(byState),
      openFlagsByKind: counts(flags),
      signalsByCategory: counts(byCategory),
      signals: signals.map((row: { municipality_code: string; month: string; category: string; count: number }) => ({
        municipalityCode: row.municipality_code,
        month: row.month,
        category: row.category,
        count: Number(row.count),
      })),
    };
  }
}
