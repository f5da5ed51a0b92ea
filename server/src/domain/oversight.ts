// Supervision and wellbeing status: the rules that protect key persons from burning
// out. Every threshold lives here, named and explained; docs/oversight.md repeats them
// for coordinators.
import type { Coded } from "./reasons";
import { PROQOL_HIGH_MIN, PROQOL_VALID_DAYS } from "./proqol";

export type SupervisionStatus = "CURRENT" | "DUE_SOON" | "OVERDUE" | "NEVER";
export type WellbeingStatus = "GREEN" | "AMBER" | "RED" | "UNKNOWN";

/** Intervision or supervision at most 8 weeks ago is CURRENT … */
export const SUPERVISION_CURRENT_DAYS = 8 * 7;
/** … up to 12 weeks DUE_SOON, after that OVERDUE (no new proposals). */
export const SUPERVISION_DUE_DAYS = 12 * 7;

/** A check-in is expected monthly; one older than this no longer says how someone is. */
export const CHECK_IN_VALID_DAYS = 45;
/** The three questions of a monthly check-in … */
export const CHECK_IN_SCALES = ["strain", "emotionalImpact", "support"] as const;
/** … each answered with a whole number on this scale. */
export const CHECK_IN_SCORE = { min: 1, max: 5 } as const;
/** The longest note on a supervision session, in characters. */
export const SESSION_NOTE_MAX = 200;
/** The longest note a coordinator gives when lifting a RED stop, in characters. */
export const CLEARANCE_NOTE_MAX = 1000;
/** Strain or emotional impact at this level (of 5) is a warning … */
export const STRAIN_AMBER = 4;
/** … and at the top of the scale, with little support, a stop. */
export const STRAIN_RED = 5;
/** Support at or below this (of 5) is too little. */
export const SUPPORT_LOW = 2;
/** Declared hours above capacity for this many of the last weeks in a row: a warning … */
export const OVER_CAPACITY_WEEKS_AMBER = 2;
/** … and for this many: a stop until a coordinator has talked with them. */
export const OVER_CAPACITY_WEEKS_RED = 3;
/** How many weeks back the load is read. */
export const LOAD_WEEKS = 4;
/** Active cases needing SGBV expertise at once: heavy stories add up. */
export const SGBV_CASES_AMBER = 3;
export const SGBV_CASES_RED = 5;
/** Expertise codes that mean the stories are about sexual and gender-based violence. */
export const SGBV_EXPERTISE = ["SGBV", "SEXUAL_VIOLENCE", "DOMESTIC_VIOLENCE", "HONOUR_VIOLENCE", "FGM", "HUMAN_TRAFFICKING"] as const;

const DAY_MS = 86_400_000;
const daysBetween = (earlier: Date, later: Date) => Math.floor((later.getTime() - earlier.getTime()) / DAY_MS);

export function supervisionStatus(lastSession: Date | null, now: Date): SupervisionStatus {
  if (lastSession === null) return "NEVER";
  const days = daysBetween(lastSession, now);
  if (days <= SUPERVISION_CURRENT_DAYS) return "CURRENT";
  if (days <= SUPERVISION_DUE_DAYS) return "DUE_SOON";
  return "OVERDUE";
}

export interface CheckIn {
  at: Date;
  strain: number;
  emotionalImpact: number;
  support: number;
  contactRequested: boolean;
}

export interface WellbeingFacts {
  lastCheckIn: CheckIn | null;
  /** When a coordinator last cleared a flag: RED reasons from before it no longer stop proposals. */
  clearedAt: Date | null;
  /** Declared hours of the last LOAD_WEEKS full weeks, most recent first. */
  weeklyHours: number[];
  weeklyCapacityHours: number;
  activeSgbvCases: number;
  /** When the latest of those cases began. */
  sgbvCasesSince: Date | null;
  supervision: SupervisionStatus;
  /** Care (issue 17): the latest ProQOL self-check's secondary-traumatic-stress sum (10–50); absent or null: none. */
  lastProqol?: { at: Date; secondaryTraumaticStress: number } | null;
}

export type WellbeingReasonCode =
  | "CONTACT_REQUESTED"
  | "HIGH_STRAIN"
  | "LOW_SUPPORT"
  | "OVER_CAPACITY"
  | "MANY_SGBV_CASES"
  | "SUPERVISION_OVERDUE"
  | "CHECK_IN_MISSING"
  // care (issue 17)
  | "HIGH_SECONDARY_TRAUMA";

/** A reason for concern: its code and parameters (domain/reasons.ts), and an English message for API users. */
export type Reason = {
  level: "AMBER" | "RED";
  message: string;
  /** From when the reason holds: a clearance after this moment lowers RED to AMBER. */
  since: Date;
} & Extract<Coded, { code: WellbeingReasonCode }>;

function overCapacityStreak(facts: WellbeingFacts): number {
  let streak = 0;
  for (const hours of facts.weeklyHours) {
    if (hours > facts.weeklyCapacityHours) streak++;
    else break;
  }
  return streak;
}

/** Every reason for concern, before any clearance. */
export function wellbeingReasons(facts: WellbeingFacts, now: Date): Reason[] {
  const reasons: Reason[] = [];
  const check = facts.lastCheckIn;
  if (check) {
    if (check.contactRequested) reasons.push({ level: "RED", message: "asked to be contacted", since: check.at, code: "CONTACT_REQUESTED" });
    const heaviest = Math.max(check.strain, check.emotionalImpact);
    const strain = { code: "HIGH_STRAIN" as const, params: { strain: heaviest, support: check.support } };
    if (heaviest >= STRAIN_RED && check.support <= SUPPORT_LOW) {
      reasons.push({ level: "RED", message: `strain or impact ${heaviest}/5 with support ${check.support}/5`, since: check.at, ...strain });
    } else if (heaviest >= STRAIN_AMBER) {
      reasons.push({ level: "AMBER", message: `strain or impact ${heaviest}/5`, since: check.at, ...strain });
    }
    if (check.support <= SUPPORT_LOW && heaviest < STRAIN_RED) {
      reasons.push({ level: "AMBER", message: `feels supported ${check.support}/5`, since: check.at, code: "LOW_SUPPORT", params: { support: check.support } });
    }
    if (daysBetween(check.at, now) > CHECK_IN_VALID_DAYS) {
      const days = daysBetween(check.at, now);
      reasons.push({ level: "AMBER", message: `last check-in ${days} days ago`, since: check.at, code: "CHECK_IN_MISSING", params: { days } });
    }
  }
  const streak = overCapacityStreak(facts);
  const streakStart = new Date(now.getTime() - streak * 7 * DAY_MS);
  if (streak >= OVER_CAPACITY_WEEKS_RED) {
    reasons.push({
      level: "RED",
      message: `declared more than their capacity ${streak} weeks in a row`,
      since: streakStart,
      code: "OVER_CAPACITY",
      params: { weeks: streak },
    });
  } else if (streak >= OVER_CAPACITY_WEEKS_AMBER) {
    reasons.push({
      level: "AMBER",
      message: `declared more than their capacity ${streak} weeks in a row`,
      since: streakStart,
      code: "OVER_CAPACITY",
      params: { weeks: streak },
    });
  }
  if (facts.activeSgbvCases >= SGBV_CASES_RED) {
    reasons.push({
      level: "RED",
      message: `${facts.activeSgbvCases} SGBV cases at once`,
      since: facts.sgbvCasesSince ?? now,
      code: "MANY_SGBV_CASES",
      params: { cases: facts.activeSgbvCases },
    });
  } else if (facts.activeSgbvCases >= SGBV_CASES_AMBER) {
    reasons.push({
      level: "AMBER",
      message: `${facts.activeSgbvCases} SGBV cases at once`,
      since: now,
      code: "MANY_SGBV_CASES",
      params: { cases: facts.activeSgbvCases },
    });
  }
  // Care (issue 17): a high secondary-traumatic-stress score (the ProQOL's cut score) is a warning while the result is recent.
  const proqol = facts.lastProqol;
  if (proqol && proqol.secondaryTraumaticStress >= PROQOL_HIGH_MIN && daysBetween(proqol.at, now) <= PROQOL_VALID_DAYS) {
    reasons.push({
      level: "AMBER",
      message: `ProQOL secondary traumatic stress ${proqol.secondaryTraumaticStress}/50 (high)`,
      since: proqol.at,
      code: "HIGH_SECONDARY_TRAUMA",
      params: { score: proqol.secondaryTraumaticStress },
    });
  }
  if (facts.supervision === "OVERDUE") {
    reasons.push({ level: "AMBER", message: "no intervision or supervision for more than 12 weeks", since: now, code: "SUPERVISION_OVERDUE" });
  }
  return reasons;
}

/**
 * GREEN: a recent check-in and nothing of concern. AMBER: something to watch. RED: no
 * new proposals until a coordinator clears it — a RED reason older than the last
 * clearance counts as AMBER. UNKNOWN: never checked in and nothing else known.
 */
export function wellbeingStatus(facts: WellbeingFacts, now: Date): { status: WellbeingStatus; reasons: Reason[] } {
  const reasons = wellbeingReasons(facts, now).map((reason) =>
    reason.level === "RED" && facts.clearedAt !== null && facts.clearedAt >= reason.since ? { ...reason, level: "AMBER" as const } : reason,
  );
  if (reasons.some((r) => r.level === "RED")) return { status: "RED", reasons };
  if (reasons.length > 0) return { status: "AMBER", reasons };
  return { status: facts.lastCheckIn ? "GREEN" : "UNKNOWN", reasons };
}

/**
 * Until when statuses derived at `now` from these facts (and the last session) stay as
 * they are while the facts themselves do not change: the first moment after `now` at
 * which time alone can change a status, a reason or its wording. That is the next UTC
 * midnight (the date moves: supervision age in days, the weeks of declared hours), a
 * day more since the last check-in or ProQOL answer (CHECK_IN_MISSING and its days, the
 * ProQOL's validity), and the moment a clearance no longer covers an over-capacity streak
 * (its `since` moves with time). A stored status (oversight_status) is recomputed from then on.
 */
export function statusValidUntil(facts: WellbeingFacts, now: Date): Date {
  const t = now.getTime();
  const moments = [Math.floor(t / DAY_MS) * DAY_MS + DAY_MS];
  /** The next moment the whole days since `at` go up by one. */
  const nextDayAfter = (at: Date) => at.getTime() + (Math.floor((t - at.getTime()) / DAY_MS) + 1) * DAY_MS;
  if (facts.lastCheckIn) moments.push(nextDayAfter(facts.lastCheckIn.at));
  if (facts.lastProqol) moments.push(nextDayAfter(facts.lastProqol.at));
  const streak = overCapacityStreak(facts);
  if (streak >= OVER_CAPACITY_WEEKS_RED && facts.clearedAt !== null) {
    // RED is lowered while clearedAt >= now - streak weeks: until just after clearedAt + streak weeks.
    const lapses = facts.clearedAt.getTime() + streak * 7 * DAY_MS + 1;
    if (lapses > t) moments.push(lapses);
  }
  return new Date(Math.min(...moments.filter((m) => m > t)));
}
