// What a key person may declare: on which dates, in which steps, on which assignment.
// Pure: the service passes the facts (today, the assignment's status and dates), so every
// rule is tested table-style without a database. See docs/security.md, "Money and dates".

/** Hours are declared in quarters of an hour. */
export const HOURS_STEP = 0.25;
/** Kilometres are claimed in tenths: what a car's trip meter shows. */
export const KM_STEP = 0.1;
/**
 * The earliest date one may declare: 1 January of the year two years back. Costs and hours
 * older than that belong to books that are closed (the yearly allowance caps are settled per
 * calendar year), and the window refuses absurd dates such as 1900. The latest is today:
 * one declares what has happened.
 */
export const DECLARE_YEARS_BACK = 2;
/** A match request starts within a year: further ahead nobody knows what a newcomer will need. */
export const REQUEST_START_MAX_DAYS_AHEAD = 365;

const DAY_MS = 86_400_000;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The dates one may declare hours and claims for, today included (YYYY-MM-DD, UTC). */
export function declarationWindow(now: Date): { earliest: string; latest: string } {
  return { earliest: `${now.getUTCFullYear() - DECLARE_YEARS_BACK}-01-01`, latest: isoDay(now) };
}

export function inDeclarationWindow(date: string, now: Date): boolean {
  const { earliest, latest } = declarationWindow(now);
  return earliest <= date && date <= latest;
}

/** The latest start date of a new match request. */
export function latestRequestStart(now: Date): string {
  return isoDay(new Date(now.getTime() + REQUEST_START_MAX_DAYS_AHEAD * DAY_MS));
}

/** A multiple of `step` (within floating-point error), e.g. 1.25 hours in quarters. */
export function inSteps(value: number, step: number): boolean {
  if (!Number.isFinite(value)) return false;
  const steps = value / step;
  return Math.abs(steps - Math.round(steps)) < 1e-9;
}

/**
 * Hours of one declaration: at least one quarter, at most `maxPerDay`, in quarters. "More
 * than 0" is not enough: 1e-79 is within the rounding tolerance of zero quarters.
 */
export function validHours(hours: number, maxPerDay: number): boolean {
  return Number.isFinite(hours) && hours >= HOURS_STEP - 1e-9 && hours <= maxPerDay && inSteps(hours, HOURS_STEP);
}

/** Kilometres of one claim: at least one step, at most `max`, in tenths. */
export function validKm(km: number, max: number): boolean {
  return Number.isFinite(km) && km >= KM_STEP - 1e-9 && km <= max && inSteps(km, KM_STEP);
}

/** An amount in cents: a whole number from 1 to `max`. */
export function validCents(cents: number, max: number): boolean {
  return Number.isInteger(cents) && cents >= 1 && cents <= max;
}

export type AssignmentState = "PROPOSED" | "ACTIVE" | "DECLINED" | "EXPIRED" | "COMPLETED" | "CANCELLED";

export interface AssignmentDates {
  status: AssignmentState;
  /** When the key person accepted (YYYY-MM-DD); null while proposed or after a decline. */
  acceptedOn: string | null;
  /** When it ended (completed, cancelled), YYYY-MM-DD; null while running. */
  endedOn: string | null;
  /**
   * Released by a handover (issue 18): the last day of the overlap in which the old key
   * person may still declare beside the new one (domain/transfers.ts, handoverOverlapUntil).
   */
  overlapUntil?: string | null;
}

/**
 * Whether the key person supported the newcomer under this assignment on `date`: it was
 * accepted on or before that day, and had not ended before it. A proposal, a declined or
 * expired one was never active; a cancelled one was active between acceptance and the end.
 * One released by a handover stays declarable through the overlap (`overlapUntil`).
 */
export function activeOn(date: string, assignment: AssignmentDates): boolean {
  if (assignment.status === "PROPOSED" || assignment.status === "DECLINED" || assignment.status === "EXPIRED") return false;
  if (assignment.acceptedOn === null || date < assignment.acceptedOn) return false;
  if (assignment.status === "ACTIVE") return true;
  if (assignment.overlapUntil && date <= assignment.overlapUntil) return true;
  return assignment.endedOn !== null && date <= assignment.endedOn;
}

/**
 * Own activities (intervision, training, network meetings, preparation; issue 16) are
 * declared without an assignment, in the same window and quarters as other hours. One entry
 * is at most a long training day: more than that on one day is a mistake, not a day's work.
 */
export const MAX_OWN_ACTIVITY_HOURS = 10;
/** The note on an own activity: what it was (the training's title, the meeting). */
export const MAX_OWN_ACTIVITY_NOTE = 500;
