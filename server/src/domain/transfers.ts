// Handing a request on after a move (issue 18): the owning organisation proposes a
// transfer to an organisation near the newcomer's new place, with the newcomer's consent
// recorded (who recorded it, when; never who the newcomer is); that organisation accepts
// or declines with a reason code; the proposer may withdraw while it waits. On acceptance
// the receiving organisation owns the request from that day: its funding and its reviews.
// Hours and claims dated before it stay with the old organisation. Pure: the service
// gathers the facts; every rule is table-tested in test/unit/transfers.test.ts.

import type { Actor } from "./access";
import { inRegion } from "./access";
import { TransferState } from "./enums";

/** How far the receiving organisation's municipality (its centre) may lie from the newcomer's new place. */
export const TRANSFER_REACH_KM = 30;
/** The optional note beside a decline reason. */
export const MAX_TRANSFER_NOTE = 500;
/** Old and new key person may both declare hours for this many days after the handover day (day 0). */
export const HANDOVER_OVERLAP_DAYS = 14;

export type TransferAction = "ACCEPT" | "DECLINE" | "WITHDRAW";

/** The state machine: PENDING is the only state with a way out. */
const NEXT: Record<TransferState, Partial<Record<TransferAction, TransferState>>> = {
  [TransferState.PENDING]: { ACCEPT: TransferState.ACCEPTED, DECLINE: TransferState.DECLINED, WITHDRAW: TransferState.WITHDRAWN },
  [TransferState.ACCEPTED]: {},
  [TransferState.DECLINED]: {},
  [TransferState.WITHDRAWN]: {},
};

/** The state after `action`, or null when the transfer has already been answered or withdrawn. */
export function nextTransferState(state: TransferState, action: TransferAction): TransferState | null {
  return NEXT[state][action] ?? null;
}

/** Who may propose (and withdraw) a transfer of a request: its organisation, and coordinators in scope. */
export function canProposeTransfer(actor: Actor, request: { organisationId: number; municipalityCode: string }): boolean {
  if (actor.role === "COORDINATOR") return true;
  if (actor.role === "REGIONAL_COORDINATOR") return inRegion(actor, request.municipalityCode);
  return actor.role === "ORGANISATION" && actor.organisationId === request.organisationId;
}

/** What decides whether a transfer may be proposed. */
export interface ProposeFacts {
  /** The request's owner now. */
  ownerOrganisationId: number;
  ownerMunicipalityCode: string | null;
  requestOpen: boolean;
  /** Where the newcomer is now. */
  newcomerMunicipalityCode: string;
  targetOrganisationId: number;
  /** From the target's municipality centre to the newcomer's location; null when the target has no municipality. */
  targetDistanceKm: number | null;
  /** A transfer of this request waits for an answer already. */
  pending: boolean;
  consent: boolean;
}

export type ProposeRefusal =
  "TRANSFER_TO_SELF" | "REQUEST_NOT_OPEN" | "TRANSFER_ALREADY_PENDING" | "NEWCOMER_NOT_MOVED" | "TRANSFER_TARGET_TOO_FAR" | "TRANSFER_CONSENT_REQUIRED";

/**
 * Why a transfer cannot be proposed (the proposer's right is checked first, with
 * canProposeTransfer), or null. The newcomer must have moved out of the owner's
 * municipality, and the target must lie near the new place.
 */
export function proposeTransferRefusal(f: ProposeFacts): ProposeRefusal | null {
  if (f.targetOrganisationId === f.ownerOrganisationId) return "TRANSFER_TO_SELF";
  if (!f.requestOpen) return "REQUEST_NOT_OPEN";
  if (f.pending) return "TRANSFER_ALREADY_PENDING";
  if (f.ownerMunicipalityCode !== null && f.ownerMunicipalityCode === f.newcomerMunicipalityCode) return "NEWCOMER_NOT_MOVED";
  if (f.targetDistanceKm === null || f.targetDistanceKm > TRANSFER_REACH_KM) return "TRANSFER_TARGET_TOO_FAR";
  if (!f.consent) return "TRANSFER_CONSENT_REQUIRED";
  return null;
}

export interface TransferParties {
  fromOrganisationId: number;
  toOrganisationId: number;
  state: TransferState;
}

export type AnswerRefusal = "NOT_THE_RECEIVER" | "NOT_THE_PROPOSER" | "TRANSFER_NOT_PENDING" | "REQUEST_NOT_OPEN" | "TRANSFER_TARGET_TOO_FAR";

/**
 * Why `actor` may not take `action` on the transfer, or null. Accept and decline belong to
 * the receiving organisation alone; withdrawing to whoever may propose for the owner (its
 * organisation, coordinators in scope). On acceptance the request must still be open and
 * the newcomer still near the receiver (they may have moved again meanwhile).
 */
export function answerTransferRefusal(
  actor: Actor,
  transfer: TransferParties,
  action: TransferAction,
  request: { organisationId: number; municipalityCode: string; open: boolean; targetDistanceKm: number | null },
): AnswerRefusal | null {
  if (action === "WITHDRAW") {
    if (!canProposeTransfer(actor, { organisationId: transfer.fromOrganisationId, municipalityCode: request.municipalityCode })) return "NOT_THE_PROPOSER";
  } else if (!(actor.role === "ORGANISATION" && actor.organisationId === transfer.toOrganisationId)) return "NOT_THE_RECEIVER";
  if (nextTransferState(transfer.state, action) === null) return "TRANSFER_NOT_PENDING";
  if (action === "ACCEPT") {
    if (!request.open) return "REQUEST_NOT_OPEN";
    if (request.targetDistanceKm === null || request.targetDistanceKm > TRANSFER_REACH_KM) return "TRANSFER_TARGET_TOO_FAR";
  }
  return null;
}

/** An accepted transfer as ownership history: from `effectiveOn` (YYYY-MM-DD) the request belongs to `toOrganisationId`. */
export interface OwnershipChange {
  fromOrganisationId: number;
  toOrganisationId: number;
  effectiveOn: string;
}

const byDayThenOrder = (changes: readonly OwnershipChange[]) =>
  [...changes].sort((a, b) => (a.effectiveOn < b.effectiveOn ? -1 : a.effectiveOn > b.effectiveOn ? 1 : 0));

/**
 * The organisation that owned the request on `date`: the one that handed it on at the
 * first accepted transfer effective after that day, or (no such transfer) the owner now.
 * The day of acceptance itself belongs to the new owner ("from that date").
 */
export function ownerOn(date: string, currentOwnerId: number, changes: readonly OwnershipChange[]): number {
  const later = byDayThenOrder(changes).find((c) => date < c.effectiveOn);
  return later ? later.fromOrganisationId : currentOwnerId;
}

export interface OwnershipPeriod {
  organisationId: number;
  /** null: since the request was made. */
  from: string | null;
  /** The last day owned; null: still owned. */
  until: string | null;
}

/** The ownership history, oldest first: one period per owner in turn. */
export function ownershipPeriods(currentOwnerId: number, changes: readonly OwnershipChange[]): OwnershipPeriod[] {
  const sorted = byDayThenOrder(changes);
  if (sorted.length === 0) return [{ organisationId: currentOwnerId, from: null, until: null }];
  const periods: OwnershipPeriod[] = [{ organisationId: sorted[0].fromOrganisationId, from: null, until: dayBefore(sorted[0].effectiveOn) }];
  sorted.forEach((change, i) => {
    const next = sorted[i + 1];
    periods.push({ organisationId: change.toOrganisationId, from: change.effectiveOn, until: next ? dayBefore(next.effectiveOn) : null });
  });
  return periods;
}

const DAY_MS = 86_400_000;
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const dayBefore = (day: string) => addDays(day, -1);

/**
 * A handover: the new key person accepted on `handedOverOn` (day 0) and the old one is
 * released; both may declare hours up to and including day HANDOVER_OVERLAP_DAYS.
 */
export function handoverOverlapUntil(handedOverOn: string): string {
  return addDays(handedOverOn, HANDOVER_OVERLAP_DAYS);
}
