// Group activities (intervision, supervision, training, network meetings) and the
// affiliation of key persons with an organisation. Pure: the service passes the facts.
import type { Actor } from "./access";

export type GroupActivityKindName = "INTERVISION" | "SUPERVISION" | "TRAINING" | "NETWORK_MEETING";
export type SupervisionKindName = "INTERVISION" | "SUPERVISION" | "TRAINING";

/** The longest title, in characters. */
export const GROUP_TITLE_MAX = 200;
/** The most places an activity may offer. */
export const GROUP_CAPACITY_MAX = 500;
/** The longest activity, in hours (a long training day). */
export const GROUP_ACTIVITY_MAX_HOURS = 10;
/** A recurrence makes at most this many occurrences (the first included) … */
export const RECURRENCE_MAX_OCCURRENCES = 26;
/** … all within this many days of the first. */
export const RECURRENCE_MAX_DAYS = 366;
/** The longest online meeting address, in characters. */
export const ONLINE_URL_MAX = 500;
/** An invitation selects at most this many key persons at once. */
export const INVITE_MAX = 500;

/**
 * What attending writes in the supervision record: intervision and supervision count for
 * the supervision status, a training is recorded as a training (it does not count), and a
 * network meeting is no supervision at all: its attendance stays on the invitation.
 */
export function supervisionKindOf(kind: GroupActivityKindName): SupervisionKindName | null {
  return kind === "NETWORK_MEETING" ? null : kind;
}

/** The own activity its hours may be declared as (declareOwnActivity): supervision counts as intervision. */
export function ownActivityOf(kind: GroupActivityKindName): "INTERVISION" | "TRAINING" | "NETWORK_MEETING" {
  return kind === "SUPERVISION" ? "INTERVISION" : kind;
}

/** Hours of an activity rounded down to quarters (what an own-activity declaration takes), at most the day's maximum. */
export function declarableHours(startsAt: Date, endsAt: Date, max = GROUP_ACTIVITY_MAX_HOURS): number {
  const hours = (endsAt.getTime() - startsAt.getTime()) / 3_600_000;
  return Math.min(max, Math.floor(hours * 4) / 4);
}

export interface AffiliationPeriod {
  startsOn: string;
  endsOn: string | null;
}

/** Whether the affiliation holds on `day` (YYYY-MM-DD; both ends inclusive). */
export function affiliationHolds(period: AffiliationPeriod, day: string): boolean {
  return period.startsOn <= day && (period.endsOn === null || period.endsOn >= day);
}

/** Whether two periods share a day. */
export function periodsOverlap(a: AffiliationPeriod, b: AffiliationPeriod): boolean {
  return (a.endsOn === null || a.endsOn >= b.startsOn) && (b.endsOn === null || b.endsOn >= a.startsOn);
}

/** Who runs an activity: coordinators those of the coordinators (organisationId null), an organisation its own. */
export function canManageGroupActivity(actor: Actor, activity: { organisationId: number | null }): boolean {
  if (actor.role === "COORDINATOR" || actor.role === "REGIONAL_COORDINATOR") return activity.organisationId === null;
  if (actor.role === "ORGANISATION") return actor.organisationId !== null && actor.organisationId === activity.organisationId;
  return false;
}

/** Who reads an activity and its invitations: the national coordinator every one, the rest what they run. */
export function canReadGroupActivity(actor: Actor, activity: { organisationId: number | null }): boolean {
  return actor.role === "COORDINATOR" || canManageGroupActivity(actor, activity);
}

/** Whether one more key person can say ATTENDING. */
export function hasRoom(capacity: number, attending: number): boolean {
  return attending < capacity;
}
