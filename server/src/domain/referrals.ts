// A referral: a key person or the requesting organisation refers the newcomer of an
// assignment to a care service (issue 18). The states, who may move a referral from one
// to the next, what the short note may hold, and which referrals a move leaves behind.
// Pure: the service gathers the facts.

import { inRegion, type Actor } from "./access";
import { containsBsn, containsDate, containsPhoneNumber, containsVNumber } from "./case-reference";
import { coded, type Coded } from "./reasons";

export enum ReferralState {
  SENT = "SENT",
  ACCEPTED = "ACCEPTED",
  DECLINED = "DECLINED",
  APPOINTMENT_MADE = "APPOINTMENT_MADE",
  WAITING_LIST = "WAITING_LIST",
  COMPLETED = "COMPLETED",
  WITHDRAWN = "WITHDRAWN",
}

/** Why a service declines; the note may say more, briefly. */
export enum ReferralDeclineReason {
  OUTSIDE_AREA = "OUTSIDE_AREA",
  NOT_ELIGIBLE = "NOT_ELIGIBLE",
  NO_CAPACITY = "NO_CAPACITY",
  TOPIC_NOT_OFFERED = "TOPIC_NOT_OFFERED",
  LANGUAGE_NOT_OFFERED = "LANGUAGE_NOT_OFFERED",
  OTHER = "OTHER",
}

/** What one side does to a referral. */
export enum ReferralAction {
  ACCEPT = "ACCEPT",
  DECLINE = "DECLINE",
  MAKE_APPOINTMENT = "MAKE_APPOINTMENT",
  PLACE_ON_WAITING_LIST = "PLACE_ON_WAITING_LIST",
  COMPLETE = "COMPLETE",
  WITHDRAW = "WITHDRAW",
}

/** The referring side (the key person of the assignment, the requesting organisation) or the service's organisation. */
export type ReferralSide = "REFERRER" | "SERVICE";

/** Each action: the state it leads to, who takes it, and from which states. */
export const REFERRAL_TRANSITIONS: Record<ReferralAction, { to: ReferralState; by: ReferralSide; from: readonly ReferralState[] }> = {
  [ReferralAction.ACCEPT]: { to: ReferralState.ACCEPTED, by: "SERVICE", from: [ReferralState.SENT] },
  [ReferralAction.DECLINE]: { to: ReferralState.DECLINED, by: "SERVICE", from: [ReferralState.SENT] },
  [ReferralAction.MAKE_APPOINTMENT]: { to: ReferralState.APPOINTMENT_MADE, by: "SERVICE", from: [ReferralState.ACCEPTED, ReferralState.WAITING_LIST] },
  [ReferralAction.PLACE_ON_WAITING_LIST]: { to: ReferralState.WAITING_LIST, by: "SERVICE", from: [ReferralState.ACCEPTED] },
  [ReferralAction.COMPLETE]: { to: ReferralState.COMPLETED, by: "SERVICE", from: [ReferralState.APPOINTMENT_MADE] },
  [ReferralAction.WITHDRAW]: {
    to: ReferralState.WITHDRAWN,
    by: "REFERRER",
    from: [ReferralState.SENT, ReferralState.ACCEPTED, ReferralState.WAITING_LIST, ReferralState.APPOINTMENT_MADE],
  },
};

/** A referral still under way: a move flags these, the service still acts on them. */
export const OPEN_REFERRAL_STATES: readonly ReferralState[] = [
  ReferralState.SENT,
  ReferralState.ACCEPTED,
  ReferralState.WAITING_LIST,
  ReferralState.APPOINTMENT_MADE,
];

export function isOpenReferral(state: ReferralState): boolean {
  return OPEN_REFERRAL_STATES.includes(state);
}

/**
 * Whether `side` may take `action` on a referral in `state`: null when it may, otherwise
 * the refusal (the wrong side first, then a state the action does not start from).
 */
export function referralTransitionRefusal(state: ReferralState, action: ReferralAction, sides: readonly ReferralSide[]): Coded | null {
  const transition = REFERRAL_TRANSITIONS[action];
  if (!sides.includes(transition.by)) return coded(transition.by === "SERVICE" ? "REFERRAL_SERVICE_ONLY" : "REFERRAL_REFERRER_ONLY");
  if (!transition.from.includes(state)) return coded("REFERRAL_TRANSITION_NOT_ALLOWED", { state, next: transition.to });
  return null;
}

/** The next state of an allowed action. */
export function nextReferralState(action: ReferralAction): ReferralState {
  return REFERRAL_TRANSITIONS[action].to;
}

/** A short note: a sentence, never a story about the newcomer. */
export const REFERRAL_NOTE_MAX = 200;

/**
 * What may go into a referral's note (a decline, an appointment, the referrer's): short,
 * one paragraph, and no identifier of the newcomer (e-mail, phone number, date, V-number,
 * BSN). Null when the note is fine.
 */
export function referralNoteProblem(note: string): Coded | null {
  const text = note.trim();
  if (text.length > REFERRAL_NOTE_MAX) return coded("TEXT_TOO_LONG", { max: REFERRAL_NOTE_MAX });
  if (/[\r\n]/.test(text)) return coded("REFERRAL_NOTE_NOT_SHORT");
  if (/[^\s@]+@[^\s@]+\.[^\s@]{2,}/.test(text)) return coded("REFERRAL_NOTE_IDENTIFIER", { kind: "EMAIL" });
  if (containsPhoneNumber(text)) return coded("REFERRAL_NOTE_IDENTIFIER", { kind: "PHONE" });
  if (containsDate(text)) return coded("REFERRAL_NOTE_IDENTIFIER", { kind: "DATE" });
  if (containsVNumber(text)) return coded("REFERRAL_NOTE_IDENTIFIER", { kind: "V_NUMBER" });
  if (containsBsn(text)) return coded("REFERRAL_NOTE_IDENTIFIER", { kind: "BSN" });
  return null;
}

/** What a referral may tell the service: at least one thing must be shared, or there is nothing to refer on. */
export interface ReferralConsent {
  sharesMunicipality: boolean;
  sharesLanguage: boolean;
  sharesTopic: boolean;
}

export function consentProblem(consent: ReferralConsent): Coded | null {
  if (!consent.sharesMunicipality && !consent.sharesLanguage && !consent.sharesTopic) return coded("REFERRAL_CONSENT_EMPTY");
  return null;
}

/** The facts of a service that decide whether it takes a newcomer in a place. */
export interface ServiceReach {
  status: string;
  nationwide: boolean;
  municipalityCodes: readonly string[];
}

/** A service serves a place when it is active and nationwide or lists the municipality among its areas. */
export function servesMunicipality(service: ServiceReach, municipalityCode: string): boolean {
  return service.status === "ACTIVE" && (service.nationwide || service.municipalityCodes.includes(municipalityCode));
}

/**
 * After a move: an open referral must be routed again when the service does not serve
 * the newcomer's new place (a nationwide line follows the newcomer).
 */
export function needsReroutingAfterMove(state: ReferralState, service: ServiceReach, newMunicipalityCode: string): boolean {
  return isOpenReferral(state) && !servesMunicipality(service, newMunicipalityCode);
}

/** What decides who reaches a referral. */
export interface ReferralScopeFacts {
  /** The key person of the assignment the referral was made from. */
  keyPersonId: number;
  /** The organisation of the request (the referring organisation). */
  referringOrganisationId: number;
  /** The organisation of the care service (the receiving organisation). */
  serviceOrganisationId: number;
  /** The newcomer's municipality when referred, and where they are now. */
  municipalityCodes: readonly string[];
}

/**
 * The sides the actor acts for: the key person of the assignment and the requesting
 * organisation refer (REFERRER); the service's organisation answers (SERVICE). The
 * coordinators oversee and act for neither.
 */
export function referralSides(actor: Actor, facts: ReferralScopeFacts): ReferralSide[] {
  const sides: ReferralSide[] = [];
  if (actor.role === "KEY_PERSON" && actor.keyPersonId === facts.keyPersonId) sides.push("REFERRER");
  if (actor.role === "ORGANISATION" && actor.organisationId === facts.referringOrganisationId) sides.push("REFERRER");
  if (actor.role === "ORGANISATION" && actor.organisationId === facts.serviceOrganisationId) sides.push("SERVICE");
  return sides;
}

/** Who reaches a referral: either side, the national coordinator, a regional one when the newcomer was or is in their region. */
export function canSeeReferral(actor: Actor, facts: ReferralScopeFacts): boolean {
  if (actor.role === "COORDINATOR") return true;
  if (actor.role === "REGIONAL_COORDINATOR") return facts.municipalityCodes.some((code) => inRegion(actor, code));
  return referralSides(actor, facts).length > 0;
}

/**
 * What the service's organisation reads of what was shared: the referring side and the
 * coordinators read all three; the service only what the newcomer consented to.
 */
export function referralSharedFor(sides: readonly ReferralSide[], actor: Actor, consent: ReferralConsent): ReferralConsent {
  if (sides.includes("REFERRER") || actor.role === "COORDINATOR" || actor.role === "REGIONAL_COORDINATOR")
    return { sharesMunicipality: true, sharesLanguage: true, sharesTopic: true };
  return consent;
}
