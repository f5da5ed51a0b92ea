import { In, type DataSource, type EntityManager } from "typeorm";
import { CareService } from "../care-services/care-service.entity";
import { audit } from "../audit/audit.service";
import type { Clock } from "../clock";
import type { Actor } from "../domain/access";
import type { Coded } from "../domain/reasons";
import {
  consentProblem,
  isOpenReferral,
  needsReroutingAfterMove,
  nextReferralState,
  OPEN_REFERRAL_STATES,
  referralNoteProblem,
  referralSides,
  referralTransitionRefusal,
  servesMunicipality,
  canSeeReferral,
  ReferralAction,
  ReferralState,
  type ReferralScopeFacts,
  type ReferralSide,
  type ServiceReach,
} from "../domain/referrals";
import { Assignment, MatchRequest } from "../matching/matching.entity";
import { notify, NotificationKind } from "../notifications/notify";
import type { ReferenceData } from "../reference/reference.service";
import { AssignmentStatus, Role } from "../shared/enums";
import { BadUserInput, Conflict, Forbidden, NotFound } from "../shared/errors";
import { parseId } from "../shared/ids";
import { pageWindow, type PageArgs } from "../shared/pagination";
import { Referral, ReferralEvent, type ReferralServiceOption } from "./referral.entity";
import {
  ReferralDirection,
  type ReferralActionInput,
  type ReferralFilter,
  type ReferralInput,
  type ReferralServiceFilter,
  type RerouteReferralInput,
} from "./referral.inputs";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The moment column of each state. */
const STATE_MOMENT: Record<ReferralState, keyof Referral> = {
  [ReferralState.SENT]: "sentAt",
  [ReferralState.ACCEPTED]: "acceptedAt",
  [ReferralState.DECLINED]: "declinedAt",
  [ReferralState.APPOINTMENT_MADE]: "appointmentMadeAt",
  [ReferralState.WAITING_LIST]: "waitingListAt",
  [ReferralState.COMPLETED]: "completedAt",
  [ReferralState.WITHDRAWN]: "withdrawnAt",
};

/** The joins every scoped read of referrals uses: r referral, a assignment, mr match_request, cs care_service. */
export const REFERRAL_JOINS = `referral r JOIN assignment a ON a.id = r.assignment_id JOIN match_request mr ON mr.id = a.request_id
  JOIN care_service cs ON cs.id = r.care_service_id`;

/** The SQL condition (on REFERRAL_JOINS) of the referrals the actor reaches, with its parameters from `$start`. */
export function referralScopeSql(actor: Actor, start: number): { sql: string; params: unknown[] } {
  switch (actor.role) {
    case Role.COORDINATOR:
      return { sql: "TRUE", params: [] };
    case Role.REGIONAL_COORDINATOR:
      return { sql: `(r.municipality_code = ANY($${start}) OR mr.municipality_code = ANY($${start}))`, params: [actor.municipalityCodes] };
    case Role.ORGANISATION:
      return { sql: `(mr.organisation_id = $${start} OR cs.organisation_id = $${start})`, params: [actor.organisationId] };
    default:
      return { sql: `a.key_person_id = $${start}`, params: [actor.keyPersonId] };
  }
}

/** The facts of a referral that decide access, read beside it. */
export interface ReferralContext extends ReferralScopeFacts {
  referralId: number;
  requestId: number;
  caseReference: string;
  requestMunicipalityCode: string;
  serviceName: string;
  reroutedToId: number | null;
}

export async function referralContexts(db: EntityManager | DataSource, ids: readonly number[]): Promise<ReferralContext[]> {
  const rows: Record<string, unknown>[] = await db.query(
    `SELECT r.id, a.key_person_id, mr.id AS request_id, mr.organisation_id AS referring_organisation_id, cs.organisation_id AS service_organisation_id,
       r.municipality_code, mr.municipality_code AS request_municipality_code, mr.case_reference, cs.name AS service_name,
       (SELECT n.id FROM referral n WHERE n.rerouted_from_id = r.id ORDER BY n.id DESC LIMIT 1) AS rerouted_to_id
     FROM ${REFERRAL_JOINS} WHERE r.id = ANY($1)`,
    [ids],
  );
  return rows.map((row) => ({
    referralId: row.id as number,
    keyPersonId: row.key_person_id as number,
    referringOrganisationId: row.referring_organisation_id as number,
    serviceOrganisationId: row.service_organisation_id as number,
    municipalityCodes: [row.municipality_code as string, row.request_municipality_code as string],
    requestId: row.request_id as number,
    caseReference: row.case_reference as string,
    requestMunicipalityCode: row.request_municipality_code as string,
    serviceName: row.service_name as string,
    reroutedToId: (row.rerouted_to_id as number | null) ?? null,
  }));
}

interface ServiceRow extends ServiceReach {
  id: string;
  organisationId: number;
  topics: string[];
}

async function serviceReach(tx: EntityManager, id: string): Promise<ServiceRow | null> {
  const [row] = await tx.query(
    `SELECT s.id, s.organisation_id, s.status, s.nationwide, s.topics,
       COALESCE((SELECT array_agg(ar.municipality_code) FROM care_service_area ar WHERE ar.service_id = s.id), '{}') AS areas
     FROM care_service s WHERE s.id = $1`,
    [id],
  );
  if (!row) return null;
  return {
    id: row.id,
    organisationId: row.organisation_id,
    status: row.status,
    nationwide: row.nationwide,
    topics: row.topics ?? [],
    municipalityCodes: row.areas,
  };
}

function refuse(coded: Coded | null, field?: string): void {
  if (!coded) return;
  throw new BadUserInput(`The input is refused: ${coded.code}`, { reason: coded.code, params: coded.params, ...(field ? { field } : {}) } as never);
}

function checkNote(note: string | null | undefined, field = "note"): string | null {
  if (note == null) return null;
  if (note.includes("\u0000")) throw new BadUserInput("The note holds a NUL character", { reason: "TEXT_CONTAINS_NUL", field });
  const problem = referralNoteProblem(note);
  if (problem)
    throw new BadUserInput("The note must be one short line without identifiers of the newcomer", { ...problem, reason: problem.code, field } as never);
  return note.trim() || null;
}

export class ReferralService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceData,
    private readonly clock: Clock,
  ) {}

  // ---- reading ------------------------------------------------------------------------------

  async list(actor: Actor, filter: ReferralFilter | null | undefined, page: PageArgs): Promise<{ items: Referral[]; total: number }> {
    const scope = referralScopeSql(actor, 1);
    const params: unknown[] = [...scope.params];
    const where = [scope.sql];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(sql(params.length));
    };
    if (filter?.direction && actor.role === Role.ORGANISATION) {
      add((n) => (filter.direction === ReferralDirection.INCOMING ? `cs.organisation_id = $${n}` : `mr.organisation_id = $${n}`), actor.organisationId);
    }
    if (filter?.state) add((n) => `r.state = $${n}`, filter.state);
    if (filter?.needsRerouting != null) add((n) => `r.needs_rerouting = $${n}`, filter.needsRerouting);
    if (filter?.assignmentId) add((n) => `r.assignment_id = $${n}`, parseId(filter.assignmentId, "Assignment"));
    if (filter?.requestId) add((n) => `a.request_id = $${n}`, parseId(filter.requestId, "MatchRequest"));
    const { skip, take } = pageWindow(page);
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM ${REFERRAL_JOINS} WHERE ${where.join(" AND ")}`, params);
    const ids: { id: number }[] = await this.dataSource.query(
      `SELECT r.id FROM ${REFERRAL_JOINS} WHERE ${where.join(" AND ")} ORDER BY r.needs_rerouting DESC, r.id DESC OFFSET ${skip} LIMIT ${take}`,
      params,
    );
    const rows = ids.length ? await this.dataSource.getRepository(Referral).findBy(ids.map(({ id }) => ({ id }))) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return { items: ids.map(({ id }) => byId.get(id)!), total };
  }

  async get(actor: Actor, rawId: string): Promise<Referral> {
    const id = parseId(rawId, "Referral");
    const referral = await this.dataSource.getRepository(Referral).findOneBy({ id });
    const [facts] = referral ? await referralContexts(this.dataSource, [id]) : [];
    if (!referral || !facts || !canSeeReferral(actor, facts)) throw new NotFound("Referral", rawId);
    return referral;
  }

  /**
   * The services the newcomer of an ACTIVE assignment can be referred to: active, and
   * nationwide or serving the newcomer's current municipality; optionally only those
   * offering a topic or a language (or interpreters); nearest first.
   */
  async serviceOptions(actor: Actor, rawAssignmentId: string, filter: ReferralServiceFilter | null | undefined): Promise<ReferralServiceOption[]> {
    const topic = filter?.topic ?? null;
    const languageCode = filter?.languageCode ?? null;
    if (topic !== null && !this.reference.expertise.has(topic))
      throw new BadUserInput(`Unknown expertise code ${topic}`, { reason: "UNKNOWN_CODE", field: "topic", params: { kind: "expertise", code: topic } });
    if (languageCode !== null && !this.reference.languages.has(languageCode))
      throw new BadUserInput(`Unknown language code ${languageCode}`, {
        reason: "UNKNOWN_CODE",
        field: "languageCode",
        params: { kind: "language", code: languageCode },
      });
    const { request } = await this.referringAssignment(actor, rawAssignmentId, this.dataSource.manager, false);
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT s.id,
         (SELECT min(6371 * 2 * asin(sqrt(power(sin(radians(l.lat - $2) / 2), 2) + cos(radians($2)) * cos(radians(l.lat)) * power(sin(radians(l.lon - $3) / 2), 2))))
            FROM care_service_location l WHERE l.service_id = s.id AND l.lat IS NOT NULL AND l.lon IS NOT NULL) AS km,
         ($4::varchar IS NULL OR $4 = ANY(s.topics)) AS offers_topic,
         ($5::varchar IS NULL OR s.interpreters_available OR EXISTS (SELECT 1 FROM care_service_language sl WHERE sl.service_id = s.id AND sl.language_code = $5)) AS speaks
       FROM care_service s
       WHERE s.status = 'ACTIVE'
         AND (s.nationwide OR EXISTS (SELECT 1 FROM care_service_area ar WHERE ar.service_id = s.id AND ar.municipality_code = $1))
       ORDER BY km ASC NULLS LAST, s.name, s.id
       LIMIT 200`,
      [request.municipalityCode, request.lat, request.lon, topic, languageCode],
    );
    const eligible = rows.filter((row) => row.offers_topic && row.speaks).slice(0, 50);
    const services = eligible.length ? await this.dataSource.getRepository(CareService).findBy({ id: In(eligible.map((row) => row.id as string)) }) : [];
    const byId = new Map(services.map((service) => [service.id, service]));
    return eligible.map((row) => ({
      service: byId.get(row.id as string)!,
      distanceKm: row.km === null ? null : Math.round(Number(row.km)),
      speaksLanguage: row.speaks as boolean,
      offersTopic: row.offers_topic as boolean,
    }));
  }

  /** Oversight: referrals in the actor's scope by state, topic and service, and the median waiting times in days. */
  async oversight(actor: Actor) {
    const scope = referralScopeSql(actor, 1);
    const where = `FROM ${REFERRAL_JOINS} WHERE ${scope.sql}`;
    const [byState, byTopic, byService, [totals]] = await Promise.all([
      this.dataSource.query(`SELECT r.state AS key, NULL AS label, count(*)::int AS count ${where} GROUP BY r.state ORDER BY r.state`, scope.params),
      this.dataSource.query(
        `SELECT r.topic AS key, NULL AS label, count(*)::int AS count ${where} GROUP BY r.topic ORDER BY count DESC, r.topic`,
        scope.params,
      ),
      this.dataSource.query(
        `SELECT cs.id::text AS key, cs.name AS label, count(*)::int AS count ${where} GROUP BY cs.id, cs.name ORDER BY count DESC, cs.name LIMIT 20`,
        scope.params,
      ),
      this.dataSource.query(
        `SELECT count(*)::int AS total,
           (count(*) FILTER (WHERE r.needs_rerouting AND r.state = ANY($${scope.params.length + 1})))::int AS needs_rerouting,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.accepted_at - r.sent_at) / 86400) FILTER (WHERE r.accepted_at IS NOT NULL) AS to_accept,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.appointment_made_at - r.sent_at) / 86400) FILTER (WHERE r.appointment_made_at IS NOT NULL) AS to_appointment
         ${where}`,
        [...scope.params, OPEN_REFERRAL_STATES],
      ),
    ]);
    const days = (value: unknown) => (value === null || value === undefined ? null : Math.round(Number(value) * 10) / 10);
    return {
      total: totals.total as number,
      needsRerouting: totals.needs_rerouting as number,
      byState,
      byTopic,
      byService,
      medianDaysToAccept: days(totals.to_accept),
      medianDaysToAppointment: days(totals.to_appointment),
    };
  }

  // ---- changing -----------------------------------------------------------------------------

  /** The assignment a referral is made from, when the actor refers for it (its key person, the requesting organisation). */
  private async referringAssignment(actor: Actor, rawId: string, tx: EntityManager, lock: boolean): Promise<{ assignment: Assignment; request: MatchRequest }> {
    const id = parseId(rawId, "Assignment");
    const assignment = await tx.getRepository(Assignment).findOne({ where: { id }, ...(lock ? { lock: { mode: "pessimistic_write" as const } } : {}) });
    if (!assignment) throw new NotFound("Assignment", rawId);
    const request = await tx.findOneByOrFail(MatchRequest, { id: assignment.requestId });
    const refers =
      (actor.role === Role.KEY_PERSON && actor.keyPersonId === assignment.keyPersonId) ||
      (actor.role === Role.ORGANISATION && actor.organisationId === request.organisationId);
    if (!refers) {
      const sees = actor.role === Role.COORDINATOR || (actor.role === Role.REGIONAL_COORDINATOR && actor.municipalityCodes.includes(request.municipalityCode));
      if (sees) throw new Forbidden("Only the key person of the assignment or the requesting organisation refers", { reason: "ROLE_NOT_ALLOWED" });
      throw new NotFound("Assignment", rawId);
    }
    if (assignment.status !== AssignmentStatus.ACTIVE)
      throw new Conflict(`Referrals are made from an active assignment; this one is ${assignment.status.toLowerCase()}`, {
        reason: "REFERRAL_ASSIGNMENT_NOT_ACTIVE",
        params: { status: assignment.status },
      });
    return { assignment, request };
  }

  private checkConsent(input: Pick<ReferralInput, "consentGiven" | "sharesMunicipality" | "sharesLanguage" | "sharesTopic">): void {
    if (input.consentGiven !== true)
      throw new BadUserInput("Record the newcomer's consent first", { reason: "REFERRAL_CONSENT_REQUIRED", field: "consentGiven" });
    refuse(consentProblem(input), "sharesMunicipality");
  }

  /** The service, checked to take this newcomer at their current place for this topic. */
  private async eligibleService(tx: EntityManager, rawId: string, municipalityCode: string, topic: string): Promise<ServiceRow> {
    if (!UUID.test(rawId)) throw new NotFound("CareService", rawId);
    const service = await serviceReach(tx, rawId);
    if (!service) throw new NotFound("CareService", rawId);
    if (!servesMunicipality(service, municipalityCode))
      throw new Conflict("This service is not active where the newcomer lives now", { reason: "REFERRAL_SERVICE_NOT_HERE", field: "careServiceId" });
    if (service.topics.length > 0 && !service.topics.includes(topic))
      throw new Conflict("This service does not offer the topic", { reason: "REFERRAL_TOPIC_NOT_OFFERED", field: "topic" });
    return service;
  }

  private async insertReferral(
    tx: EntityManager,
    actor: Actor,
    values: Pick<
      Referral,
      "assignmentId" | "careServiceId" | "topic" | "municipalityCode" | "languageCode" | "sharesMunicipality" | "sharesLanguage" | "sharesTopic" | "note"
    > & {
      reroutedFromId: number | null;
    },
    service: ServiceRow,
  ): Promise<Referral> {
    const open = await tx.query(`SELECT 1 FROM referral WHERE assignment_id = $1 AND care_service_id = $2 AND state = ANY($3) LIMIT 1`, [
      values.assignmentId,
      values.careServiceId,
      OPEN_REFERRAL_STATES,
    ]);
    if (open.length) throw new Conflict("A referral to this service is already under way for this assignment", { reason: "REFERRAL_ALREADY_OPEN" });
    const now = this.clock.now();
    const saved = await tx.save(
      tx.create(Referral, {
        ...values,
        state: ReferralState.SENT,
        consentRecordedByUserId: actor.userId,
        consentAt: now,
        sentAt: now,
        needsRerouting: false,
        createdByUserId: actor.userId,
      }),
    );
    await this.event(tx, saved.id, null, ReferralState.SENT, "SENT", actor, "REFERRER", values.note);
    await notify(tx, {
      to: { organisation: service.organisationId },
      kind: NotificationKind.REFERRAL_RECEIVED,
      dedupeKey: `referral:${saved.id}:SENT`,
      params: { referralId: saved.id },
    });
    return saved;
  }

  private async event(
    tx: EntityManager,
    referralId: number,
    fromState: ReferralState | null,
    state: ReferralState,
    action: string,
    actor: Actor | null,
    side: ReferralSide | "SYSTEM",
    note: string | null,
  ): Promise<void> {
    await tx.insert(ReferralEvent, { referralId, fromState, state, action, actorUserId: actor?.userId ?? null, side, note });
  }

  async create(actor: Actor, input: ReferralInput): Promise<Referral> {
    if (!this.reference.expertise.has(input.topic))
      throw new BadUserInput(`Unknown expertise code ${input.topic}`, {
        reason: "UNKNOWN_CODE",
        field: "topic",
        params: { kind: "expertise", code: input.topic },
      });
    const languageCode = input.languageCode?.trim() || null;
    if (languageCode !== null && !this.reference.languages.has(languageCode))
      throw new BadUserInput(`Unknown language code ${languageCode}`, {
        reason: "UNKNOWN_CODE",
        field: "languageCode",
        params: { kind: "language", code: languageCode },
      });
    this.checkConsent(input);
    const note = checkNote(input.note);
    return this.dataSource.transaction(async (tx) => {
      const { assignment, request } = await this.referringAssignment(actor, input.assignmentId, tx, true);
      const service = await this.eligibleService(tx, input.careServiceId, request.municipalityCode, input.topic);
      const saved = await this.insertReferral(
        tx,
        actor,
        {
          assignmentId: assignment.id,
          careServiceId: service.id,
          topic: input.topic,
          municipalityCode: request.municipalityCode,
          languageCode,
          sharesMunicipality: input.sharesMunicipality,
          sharesLanguage: input.sharesLanguage,
          sharesTopic: input.sharesTopic,
          note,
          reroutedFromId: null,
        },
        service,
      );
      await audit(tx, actor, {
        action: "createReferral",
        entityType: "Referral",
        entityId: saved.id,
        detail: { assignmentId: assignment.id, careServiceId: service.id, topic: input.topic },
      });
      return tx.findOneByOrFail(Referral, { id: saved.id });
    });
  }

  /** The referral, locked, with the sides the actor acts for; NotFound when the actor does not reach it. */
  private async lockedReferral(actor: Actor, rawId: string, tx: EntityManager): Promise<{ referral: Referral; facts: ReferralContext; sides: ReferralSide[] }> {
    const id = parseId(rawId, "Referral");
    const referral = await tx.getRepository(Referral).findOne({ where: { id }, lock: { mode: "pessimistic_write" } });
    const [facts] = referral ? await referralContexts(tx, [id]) : [];
    if (!referral || !facts || !canSeeReferral(actor, facts)) throw new NotFound("Referral", rawId);
    return { referral, facts, sides: referralSides(actor, facts) };
  }

  private throwTransition(refusal: Coded): never {
    if (refusal.code === "REFERRAL_TRANSITION_NOT_ALLOWED")
      throw new Conflict(`This referral cannot go from ${refusal.params.state} to ${refusal.params.next}`, {
        reason: "REFERRAL_TRANSITION_NOT_ALLOWED",
        params: refusal.params,
      });
    if (refusal.code === "REFERRAL_SERVICE_ONLY")
      throw new Forbidden("Only the service's organisation answers a referral", { reason: "REFERRAL_SERVICE_ONLY" });
    throw new Forbidden("Only the referring side withdraws or re-routes a referral", { reason: "REFERRAL_REFERRER_ONLY" });
  }

  /** The service's organisation answers (accept, decline, appointment, waiting list, complete); the referrer withdraws. */
  async act(actor: Actor, input: ReferralActionInput): Promise<Referral> {
    const note = checkNote(input.note);
    if (input.action === ReferralAction.DECLINE && !input.declineReason)
      throw new BadUserInput("Give the reason for declining", { reason: "VALUE_REQUIRED", field: "declineReason" });
    return this.dataSource.transaction(async (tx) => {
      const { referral, facts, sides } = await this.lockedReferral(actor, input.id, tx);
      const refusal = referralTransitionRefusal(referral.state, input.action, sides);
      if (refusal) this.throwTransition(refusal);
      const next = nextReferralState(input.action);
      const side: ReferralSide = input.action === ReferralAction.WITHDRAW ? "REFERRER" : "SERVICE";
      await tx.update(
        Referral,
        { id: referral.id },
        {
          state: next,
          [STATE_MOMENT[next]]: this.clock.now(),
          ...(input.action === ReferralAction.DECLINE ? { declineReason: input.declineReason!, declineNote: note } : {}),
          ...(isOpenReferral(next) ? {} : { needsRerouting: false }),
        },
      );
      await this.event(tx, referral.id, referral.state, next, input.action, actor, side, note);
      await this.notifyOtherSide(tx, referral.id, facts, side, next);
      await audit(tx, actor, { action: "actOnReferral", entityType: "Referral", entityId: referral.id, detail: { action: input.action, state: next } });
      return tx.findOneByOrFail(Referral, { id: referral.id });
    });
  }

  private async notifyOtherSide(tx: EntityManager, referralId: number, facts: ReferralScopeFacts, actedBy: ReferralSide, state: ReferralState): Promise<void> {
    const dedupeKey = `referral:${referralId}:${state}`;
    if (actedBy === "REFERRER") {
      await notify(tx, { to: { organisation: facts.serviceOrganisationId }, kind: NotificationKind.REFERRAL_UPDATED, dedupeKey, params: { referralId } });
      return;
    }
    await this.notifyReferrer(tx, referralId, facts, dedupeKey);
  }

  private async notifyReferrer(tx: EntityManager, referralId: number, facts: ReferralScopeFacts, dedupeKey: string): Promise<void> {
    await notify(tx, { to: { organisation: facts.referringOrganisationId }, kind: NotificationKind.REFERRAL_UPDATED, dedupeKey, params: { referralId } });
    await notify(tx, { to: { keyPerson: facts.keyPersonId }, kind: NotificationKind.REFERRAL_UPDATED, dedupeKey, params: { referralId } });
  }

  /**
   * After a move: refer again to a service at the newcomer's new place, closing the
   * flagged referral (WITHDRAWN, action REROUTED); the new one remembers the old.
   */
  async reroute(actor: Actor, rawId: string, input: RerouteReferralInput): Promise<Referral> {
    this.checkConsent(input);
    const note = checkNote(input.note);
    return this.dataSource.transaction(async (tx) => {
      const { referral, facts, sides } = await this.lockedReferral(actor, rawId, tx);
      const refusal = referralTransitionRefusal(referral.state, ReferralAction.WITHDRAW, sides);
      if (refusal) this.throwTransition(refusal);
      if (!referral.needsRerouting)
        throw new Conflict("Re-routing is for a referral flagged after a move; withdraw it or refer anew", { reason: "REFERRAL_NOT_FLAGGED" });
      const service = await this.eligibleService(tx, input.careServiceId, facts.requestMunicipalityCode, referral.topic);
      await tx.update(Referral, { id: referral.id }, { state: ReferralState.WITHDRAWN, withdrawnAt: this.clock.now(), needsRerouting: false });
      await this.event(tx, referral.id, referral.state, ReferralState.WITHDRAWN, "REROUTED", actor, "REFERRER", note);
      await notify(tx, {
        to: { organisation: facts.serviceOrganisationId },
        kind: NotificationKind.REFERRAL_UPDATED,
        dedupeKey: `referral:${referral.id}:${ReferralState.WITHDRAWN}`,
        params: { referralId: referral.id },
      });
      const saved = await this.insertReferral(
        tx,
        actor,
        {
          assignmentId: referral.assignmentId,
          careServiceId: service.id,
          topic: referral.topic,
          municipalityCode: facts.requestMunicipalityCode,
          languageCode: referral.languageCode,
          sharesMunicipality: input.sharesMunicipality,
          sharesLanguage: input.sharesLanguage,
          sharesTopic: input.sharesTopic,
          note,
          reroutedFromId: referral.id,
        },
        service,
      );
      await audit(tx, actor, {
        action: "rerouteReferral",
        entityType: "Referral",
        entityId: referral.id,
        detail: { newReferralId: saved.id, careServiceId: service.id },
      });
      return tx.findOneByOrFail(Referral, { id: saved.id });
    });
  }
}

/**
 * Called by the relocation of a request (matching.service.ts) in its transaction: the
 * open referrals of the request's assignments whose service does not serve the new place
 * are flagged to be routed again (and unflagged when the newcomer moves back); the
 * referring side is told. Returns how many were flagged.
 */
export async function flagReferralsAfterMove(tx: EntityManager, actor: Actor | null, requestId: number, municipalityCode: string): Promise<number> {
  const rows: Record<string, unknown>[] = await tx.query(
    `SELECT r.id, r.state, r.needs_rerouting, cs.status, cs.nationwide,
       COALESCE((SELECT array_agg(ar.municipality_code) FROM care_service_area ar WHERE ar.service_id = cs.id), '{}') AS areas
     FROM ${REFERRAL_JOINS} WHERE a.request_id = $1 AND r.state = ANY($2) ORDER BY r.id FOR UPDATE OF r`,
    [requestId, OPEN_REFERRAL_STATES],
  );
  let flagged = 0;
  for (const row of rows) {
    const state = row.state as ReferralState;
    const needs = needsReroutingAfterMove(
      state,
      { status: row.status as string, nationwide: row.nationwide as boolean, municipalityCodes: row.areas as string[] },
      municipalityCode,
    );
    if (needs === row.needs_rerouting) continue;
    const id = row.id as number;
    await tx.update(Referral, { id }, { needsRerouting: needs });
    const step = needs ? "FLAGGED_AFTER_MOVE" : "UNFLAGGED_AFTER_MOVE";
    const inserted = await tx.insert(ReferralEvent, {
      referralId: id,
      fromState: state,
      state,
      action: step,
      actorUserId: actor?.userId ?? null,
      side: "SYSTEM",
      note: null,
    });
    if (needs) {
      flagged++;
      const [facts] = await referralContexts(tx, [id]);
      const dedupeKey = `referral:${id}:flagged:${inserted.identifiers[0].id}`;
      await notify(tx, { to: { organisation: facts.referringOrganisationId }, kind: NotificationKind.REFERRAL_UPDATED, dedupeKey, params: { referralId: id } });
      await notify(tx, { to: { keyPerson: facts.keyPersonId }, kind: NotificationKind.REFERRAL_UPDATED, dedupeKey, params: { referralId: id } });
    }
  }
  return flagged;
}
