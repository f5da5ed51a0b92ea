import type { DataSource, EntityManager } from "typeorm";
import { audit } from "../audit/audit.service";
import type { Clock } from "../clock";
import { inRegion, type Actor } from "../domain/access";
import { organisationFunder } from "../domain/funder";
import { geodesicKm } from "../domain/timeslots";
import {
  answerTransferRefusal,
  canProposeTransfer,
  MAX_TRANSFER_NOTE,
  nextTransferState,
  proposeTransferRefusal,
  TRANSFER_REACH_KM,
  type AnswerRefusal,
  type ProposeRefusal,
  type TransferAction,
} from "../domain/transfers";
import { MatchRequest } from "../matching/matching.entity";
import { notify, NotificationKind } from "../notifications/notify";
import { Organisation } from "../organisations/organisation.entity";
import type { ReferenceData } from "../reference/reference.service";
import { Funding, MatchRequestStatus, Role, TransferState } from "../shared/enums";
import { BadUserInput, Conflict, Forbidden, NotFound } from "../shared/errors";
import { parseId } from "../shared/ids";
import { pageWindow, type PageArgs } from "../shared/pagination";
import type { DeclineTransferInput, ProposeTransferInput, TransferFilter } from "./transfer.inputs";
import { RequestTransfer, TransferTarget } from "./transfer.entity";

const OPEN = [MatchRequestStatus.OPEN, MatchRequestStatus.MATCHED];

/**
 * Request transfers (issue 18): propose, accept, decline, withdraw. The rules are in
 * domain/transfers.ts; here the facts are gathered, the rows locked, and on acceptance
 * the request changes owner (hours and claims dated from that day go to the new funder).
 */
export class TransferService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceData,
    private readonly clock: Clock,
  ) {}

  /** From the organisation's municipality centre to the newcomer; null without a municipality. */
  private distanceKm(organisation: Organisation, request: MatchRequest): number | null {
    const municipality = organisation.municipalityCode ? this.reference.municipalities.get(organisation.municipalityCode) : undefined;
    if (!municipality) return null;
    return geodesicKm({ lat: municipality.centroidLat, lon: municipality.centroidLon }, { lat: request.lat, lon: request.lon });
  }

  /** The request as its owner (or a coordinator in scope) reaches it, locked; NotFound for anyone else, as a request they cannot see. */
  private async requestToHandOn(tx: EntityManager, actor: Actor, rawId: string): Promise<MatchRequest> {
    const request = await tx.findOne(MatchRequest, { where: { id: parseId(rawId, "MatchRequest") }, lock: { mode: "pessimistic_write" } });
    if (!request) throw new NotFound("MatchRequest", rawId);
    if (!canProposeTransfer(actor, request)) {
      // Another organisation that once owned it (or was offered it) knows it exists: say why.
      const involved =
        actor.role === Role.ORGANISATION &&
        (await tx.exists(RequestTransfer, {
          where: [
            { matchRequestId: request.id, fromOrganisationId: actor.organisationId! },
            { matchRequestId: request.id, toOrganisationId: actor.organisationId! },
          ],
        }));
      if (involved) throw new Forbidden("Only the organisation that owns this request (or a coordinator) hands it on", { reason: "NOT_THE_OWNER" });
      throw new NotFound("MatchRequest", rawId);
    }
    return request;
  }

  private proposeError(refusal: ProposeRefusal, request: MatchRequest): Error {
    switch (refusal) {
      case "TRANSFER_TO_SELF":
        return new BadUserInput("A request cannot be handed to its own organisation", { reason: refusal, field: "toOrganisationId" });
      case "REQUEST_NOT_OPEN":
        return new Conflict(`This request is ${request.status.toLowerCase()}: there is nothing to hand on`, {
          reason: refusal,
          params: { status: request.status },
        });
      case "TRANSFER_ALREADY_PENDING":
        return new Conflict("A transfer of this request is already waiting for an answer: withdraw it first", { reason: refusal });
      case "NEWCOMER_NOT_MOVED":
        return new Conflict("The newcomer still lives in your organisation's municipality: record the move first (relocateNewcomer)", { reason: refusal });
      case "TRANSFER_TARGET_TOO_FAR":
        return new BadUserInput(`That organisation lies more than ${TRANSFER_REACH_KM} km from the newcomer's new place`, {
          reason: refusal,
          field: "toOrganisationId",
          params: { maxKm: TRANSFER_REACH_KM },
        });
      case "TRANSFER_CONSENT_REQUIRED":
        return new BadUserInput("Record the newcomer's consent to the transfer first", { reason: refusal, field: "consent" });
    }
  }

  async propose(actor: Actor, input: ProposeTransferInput): Promise<RequestTransfer> {
    const targetId = parseId(input.toOrganisationId, "Organisation");
    return this.dataSource.transaction(async (tx) => {
      const request = await this.requestToHandOn(tx, actor, input.requestId);
      const target = await tx.findOneBy(Organisation, { id: targetId });
      if (!target) throw new NotFound("Organisation", input.toOrganisationId);
      const owner = await tx.findOneByOrFail(Organisation, { id: request.organisationId });
      const pending = await tx.existsBy(RequestTransfer, { matchRequestId: request.id, state: TransferState.PENDING });
      const refusal = proposeTransferRefusal({
        ownerOrganisationId: owner.id,
        ownerMunicipalityCode: owner.municipalityCode,
        requestOpen: OPEN.includes(request.status),
        newcomerMunicipalityCode: request.municipalityCode,
        targetOrganisationId: target.id,
        targetDistanceKm: this.distanceKm(target, request),
        pending,
        consent: input.consent === true,
      });
      if (refusal) throw this.proposeError(refusal, request);
      const now = this.clock.now();
      const transfer = await tx.save(
        tx.create(RequestTransfer, {
          matchRequestId: request.id,
          fromOrganisationId: owner.id,
          toOrganisationId: target.id,
          state: TransferState.PENDING,
          newcomerMunicipalityCode: request.municipalityCode,
          proposedByUserId: actor.userId,
          consentRecordedByUserId: actor.userId,
          consentAt: now,
          createdAt: now,
        }),
      );
      await notify(tx, {
        to: { organisation: target.id },
        kind: NotificationKind.TRANSFER_PROPOSED,
        dedupeKey: `transfer-proposed:${transfer.id}`,
        params: { transferId: transfer.id },
      });
      await audit(tx, actor, {
        action: "proposeTransfer",
        entityType: "RequestTransfer",
        entityId: transfer.id,
        detail: { requestId: request.id, toOrganisationId: target.id, consent: true },
      });
      return transfer;
    });
  }

  private answerError(refusal: AnswerRefusal, transfer: RequestTransfer, request: MatchRequest): Error {
    switch (refusal) {
      case "NOT_THE_RECEIVER":
        return new Forbidden("Only the receiving organisation accepts or declines this transfer", { reason: refusal });
      case "NOT_THE_PROPOSER":
        return new Forbidden("Only the handing-over side withdraws this transfer", { reason: refusal });
      case "TRANSFER_NOT_PENDING":
        return new Conflict(`This transfer is already ${transfer.state.toLowerCase()}`, { reason: refusal, params: { state: transfer.state } });
      case "REQUEST_NOT_OPEN":
        return new Conflict(`The request is ${request.status.toLowerCase()}: it can no longer be taken on`, {
          reason: refusal,
          params: { status: request.status },
        });
      case "TRANSFER_TARGET_TOO_FAR":
        return new Conflict(`The newcomer has moved again, more than ${TRANSFER_REACH_KM} km from your organisation: this transfer no longer fits`, {
          reason: refusal,
          params: { maxKm: TRANSFER_REACH_KM },
        });
    }
  }

  /** The transfer and its request, locked (request first, as propose locks it). NotFound for an actor who is on neither side nor a coordinator in scope. */
  private async lockedTransfer(tx: EntityManager, actor: Actor, rawId: string): Promise<{ transfer: RequestTransfer; request: MatchRequest }> {
    const id = parseId(rawId, "RequestTransfer");
    const found = await tx.findOneBy(RequestTransfer, { id });
    if (!found) throw new NotFound("RequestTransfer", rawId);
    const request = await tx.findOneOrFail(MatchRequest, { where: { id: found.matchRequestId }, lock: { mode: "pessimistic_write" } });
    const transfer = await tx.findOneOrFail(RequestTransfer, { where: { id }, lock: { mode: "pessimistic_write" } });
    if (!this.canSee(actor, transfer, request)) throw new NotFound("RequestTransfer", rawId);
    return { transfer, request };
  }

  private canSee(actor: Actor, transfer: RequestTransfer, request: { municipalityCode: string }): boolean {
    if (actor.role === Role.COORDINATOR) return true;
    if (actor.role === Role.REGIONAL_COORDINATOR) return inRegion(actor, request.municipalityCode) || inRegion(actor, transfer.newcomerMunicipalityCode);
    if (actor.role === Role.ORGANISATION) return actor.organisationId === transfer.fromOrganisationId || actor.organisationId === transfer.toOrganisationId;
    return false;
  }

  private async answer(
    actor: Actor,
    rawId: string,
    action: TransferAction,
    apply: (tx: EntityManager, transfer: RequestTransfer, request: MatchRequest, now: Date) => Promise<void>,
  ): Promise<RequestTransfer> {
    return this.dataSource.transaction(async (tx) => {
      const { transfer, request } = await this.lockedTransfer(tx, actor, rawId);
      const receiver = await tx.findOneByOrFail(Organisation, { id: transfer.toOrganisationId });
      const refusal = answerTransferRefusal(actor, transfer, action, {
        organisationId: request.organisationId,
        municipalityCode: request.municipalityCode,
        open: OPEN.includes(request.status),
        targetDistanceKm: this.distanceKm(receiver, request),
      });
      if (refusal) throw this.answerError(refusal, transfer, request);
      const now = this.clock.now();
      await tx.update(
        RequestTransfer,
        { id: transfer.id },
        { state: nextTransferState(transfer.state, action)!, answeredByUserId: actor.userId, answeredAt: now },
      );
      await apply(tx, transfer, request, now);
      await notify(tx, {
        to: { organisation: action === "WITHDRAW" ? transfer.toOrganisationId : transfer.fromOrganisationId },
        kind: NotificationKind.TRANSFER_ANSWERED,
        dedupeKey: `transfer-answered:${transfer.id}`,
        params: { transferId: transfer.id },
      });
      return tx.findOneByOrFail(RequestTransfer, { id: transfer.id });
    });
  }

  /**
   * The receiver takes the request on from today: it becomes the request's organisation;
   * hours and claims dated today or later that nobody reviewed yet go to the new funder
   * (organisation funding; the national scheme stays the funder of its requests). The key
   * persons who support the case hear who owns it now.
   */
  accept(actor: Actor, rawId: string): Promise<RequestTransfer> {
    return this.answer(actor, rawId, "ACCEPT", async (tx, transfer, request, now) => {
      const effectiveOn = now.toISOString().slice(0, 10);
      await tx.update(RequestTransfer, { id: transfer.id }, { effectiveOn });
      await tx.update(MatchRequest, { id: request.id }, { organisationId: transfer.toOrganisationId });
      let moved = 0;
      if (request.funding === Funding.ORGANISATION) {
        const [from, to] = [organisationFunder(transfer.fromOrganisationId), organisationFunder(transfer.toOrganisationId)];
        for (const table of ["hour_entry", "expense_claim"]) {
          const [, count] = await tx.query(
            `UPDATE ${table} SET funder = $1
             WHERE funder = $2 AND status = 'SUBMITTED' AND date >= $3 AND assignment_id IN (SELECT id FROM assignment WHERE request_id = $4)`,
            [to, from, effectiveOn, request.id],
          );
          moved += Number(count ?? 0);
        }
      }
      const supporters: { key_person_id: number }[] = await tx.query(
        `SELECT DISTINCT key_person_id FROM assignment WHERE request_id = $1 AND status = 'ACTIVE' ORDER BY key_person_id`,
        [request.id],
      );
      for (const { key_person_id } of supporters) {
        await notify(tx, {
          to: { keyPerson: key_person_id },
          kind: NotificationKind.CASE_TRANSFERRED,
          dedupeKey: `case-transferred:${transfer.id}`,
          params: { transferId: transfer.id },
        });
      }
      await audit(tx, actor, {
        action: "acceptTransfer",
        entityType: "RequestTransfer",
        entityId: transfer.id,
        detail: { requestId: request.id, fromOrganisationId: transfer.fromOrganisationId, effectiveOn, reattributed: moved },
      });
    });
  }

  decline(actor: Actor, rawId: string, input: DeclineTransferInput): Promise<RequestTransfer> {
    const note = input.note?.trim() || null;
    if (note && note.length > MAX_TRANSFER_NOTE)
      throw new BadUserInput(`Keep the note under ${MAX_TRANSFER_NOTE} characters`, {
        reason: "TEXT_TOO_LONG",
        field: "note",
        params: { max: MAX_TRANSFER_NOTE },
      });
    return this.answer(actor, rawId, "DECLINE", async (tx, transfer) => {
      await tx.update(RequestTransfer, { id: transfer.id }, { declineReason: input.reason, declineNote: note });
      await audit(tx, actor, { action: "declineTransfer", entityType: "RequestTransfer", entityId: transfer.id, detail: { reason: input.reason } });
    });
  }

  withdraw(actor: Actor, rawId: string): Promise<RequestTransfer> {
    return this.answer(actor, rawId, "WITHDRAW", async (tx, transfer) => {
      await audit(tx, actor, { action: "withdrawTransfer", entityType: "RequestTransfer", entityId: transfer.id });
    });
  }

  /** Transfers the actor is party to (organisations: either side), or in scope (coordinators), newest first. */
  async list(actor: Actor, filter: TransferFilter | null | undefined, page: PageArgs): Promise<{ items: RequestTransfer[]; total: number }> {
    const { skip, take } = pageWindow(page);
    const query = this.dataSource.getRepository(RequestTransfer).createQueryBuilder("t");
    if (actor.role === Role.ORGANISATION) {
      const own = actor.organisationId ?? -1;
      if (filter?.incoming && !filter?.outgoing) query.andWhere("t.to_organisation_id = :own", { own });
      else if (filter?.outgoing && !filter?.incoming) query.andWhere("t.from_organisation_id = :own", { own });
      else query.andWhere("(t.to_organisation_id = :own OR t.from_organisation_id = :own)", { own });
    } else if (actor.role === Role.REGIONAL_COORDINATOR) {
      query.andWhere(
        "(t.newcomer_municipality_code = ANY(:region) OR t.match_request_id IN (SELECT id FROM match_request WHERE municipality_code = ANY(:region)))",
        { region: actor.municipalityCodes },
      );
    } else if (actor.role !== Role.COORDINATOR) throw new Forbidden("Transfers are between organisations", { reason: "ROLE_NOT_ALLOWED" });
    if (filter?.state) query.andWhere("t.state = :state", { state: filter.state });
    if (filter?.requestId) {
      const requestId = /^\d{1,9}$/.test(filter.requestId) ? Number(filter.requestId) : -1;
      query.andWhere("t.match_request_id = :requestId", { requestId });
    }
    const [items, total] = await query.orderBy("t.id", "DESC").skip(skip).take(take).getManyAndCount();
    return { items, total };
  }

  async get(actor: Actor, rawId: string): Promise<RequestTransfer> {
    const transfer = await this.dataSource.getRepository(RequestTransfer).findOneBy({ id: parseId(rawId, "RequestTransfer") });
    const request = transfer && (await this.dataSource.getRepository(MatchRequest).findOneByOrFail({ id: transfer.matchRequestId }));
    if (!transfer || !request || !this.canSee(actor, transfer, request)) throw new NotFound("RequestTransfer", rawId);
    return transfer;
  }

  /** The organisations near the newcomer's new place a request may be handed to, nearest first. */
  async targets(actor: Actor, rawRequestId: string): Promise<TransferTarget[]> {
    return this.dataSource.transaction(async (tx) => {
      const request = await this.requestToHandOn(tx, actor, rawRequestId);
      const organisations = await tx.find(Organisation, { order: { id: "ASC" } });
      return organisations
        .filter((o) => o.id !== request.organisationId)
        .map((organisation) => ({ organisation, distanceKm: this.distanceKm(organisation, request) }))
        .filter((t): t is TransferTarget => t.distanceKm !== null && t.distanceKm <= TRANSFER_REACH_KM)
        .map((t) => ({ ...t, distanceKm: Math.round(t.distanceKm) }))
        .sort((a, b) => a.distanceKm - b.distanceKm || a.organisation.id - b.organisation.id);
    });
  }
}
