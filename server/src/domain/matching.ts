// Which key persons may take a match request, and in which order. Pure: the service
// gathers the facts (distance, hours committed elsewhere, staleness, …) and passes them
// in, so every rule and every weight is tested without a database. See docs/domain.md,
// "Matching".

import { utilisation as shareInUse } from "./workload";
import { coded, type Coded } from "./reasons";
import { speaksDialect } from "./dialect";
import { missingQualifications, type QualificationFact } from "./qualifications";
import { collidingBooking, slotDates, withinWindows, type AvailabilityWindow, type Booking, type Slot } from "./timeslots";

export type Gender = "FEMALE" | "MALE" | "NON_BINARY";
export type LanguageLevel = "NATIVE" | "FLUENT" | "BASIC";
export type BackgroundPreference = "SAME" | "DIFFERENT" | "NO_PREFERENCE";
export type KeyPersonStatus = "ACTIVE" | "PAUSED" | "INACTIVE";
export type WellbeingStatus = "GREEN" | "AMBER" | "RED" | "UNKNOWN";
export type SupervisionStatus = "CURRENT" | "DUE_SOON" | "OVERDUE" | "NEVER";

export interface RequestFacts {
  /** One of them suffices. */
  languageCodes: string[];
  /** All of them are required. */
  expertiseCodes: string[];
  /** A preference: ranks higher, never excludes. */
  preferredGender: Gender | null;
  /** ISO 3166-1 alpha-2; only used to apply backgroundPreference. */
  newcomerOrigin: string | null;
  backgroundPreference: BackgroundPreference;
  hoursPerWeek: number;
  remoteAcceptable: boolean;
  /** YYYY-MM-DD */
  startsOn: string;
  /** Remote by nature (a PHONE or VIDEO appointment, a CONSULT): no distance limit, no distance in the score; the key person must support remotely. */
  remoteKind?: boolean;
  /** The booked slot of a dated kind (APPOINTMENT, INFORMATION_SESSION); absent otherwise. */
  slot?: Slot | null;
  /** Hard: one of the requested languages the key person speaks has a dialect note naming it (domain/dialect.ts). */
  requiredDialect?: string | null;
  /** A wish: the language part of the score counts fully only when met. */
  preferredDialect?: string | null;
  /** The requested expertise the list marks as needing a verified qualification (hard rule QUALIFICATION). Absent: none. */
  qualificationNeeded?: string[];
  /** YYYY-MM-DD: the day qualifications must be valid on (domain/qualifications.ts qualificationDay). Absent: startsOn. */
  qualificationOn?: string;
  /** The care rules in force (issue 17; config CARE_IN_RANKING). Absent: CARE_RULES. */
  care?: CareRules;
}

export interface CandidateFacts {
  id: number;
  status: KeyPersonStatus;
  stale: boolean;
  /** Inclusive periods, YYYY-MM-DD. */
  unavailablePeriods: { from: string; to: string }[];
  languages: { code: string; level: LanguageLevel; dialect?: string | null }[];
  expertiseCodes: string[];
  gender: Gender | null;
  origins: string[];
  /** Geodesic distance from home base to the newcomer. */
  distanceKm: number;
  maxTravelKm: number;
  remoteAvailable: boolean;
  weeklyCapacityHours: number;
  /** Hours of PROPOSED and ACTIVE assignments on OTHER requests. */
  committedHoursElsewhere: number;
  wellbeing: WellbeingStatus;
  supervision: SupervisionStatus;
  declinedThisRequest: boolean;
  /** Holds the ACTIVE assignment of this request: continuity. */
  supportsThisCase: boolean;
  /** Dated bookings (proposed-and-open or accepted) on OTHER requests: for the time-slot rule. */
  bookings?: Booking[];
  /** Weekly availability windows; none set means any time (for dated kinds only). */
  availabilityWindows?: AvailabilityWindow[];
  /**
   * Holds the PROPOSED assignment of this request, waiting for an answer. No bonus (a
   * proposal is not support yet): the candidate keeps the score of their own facts and
   * the explanation says "proposed". Absent: false.
   */
  proposedForThisCase?: boolean;
  /** The key person's qualifications (only VERIFIED ones count): for the QUALIFICATION rule. Absent: none. */
  qualifications?: QualificationFact[];
  /**
   * Care (issue 17): the hours of every kind declared on average a week over the last
   * RECENT_LOAD_WEEKS weeks (domain/workload.ts recentWeeklyHours). Absent: 0.
   */
  recentWeeklyHours?: number;
  /** Care (issue 17): proposals received on other requests in the last AMBER_LIMIT_DAYS days. Absent: 0. */
  recentProposals?: number;
  /**
   * Care (issue 17): on weekly case support over the last RECENT_LOAD_WEEKS weeks, the hours
   * declared and the hours agreed (each accepted assignment's hours a week for the days it
   * was active in those weeks), for declaringFactor. Absent: no history (factor 1).
   */
  recentCaseHours?: { declared: number; agreed: number };
}

/** The hard rules of docs/domain.md, in the order they are checked. */
export type HardRule =
  | "STATUS"
  | "STALE"
  | "UNAVAILABLE"
  | "LANGUAGE"
  | "DIALECT"
  | "EXPERTISE"
  | "QUALIFICATION"
  | "REACH"
  | "CAPACITY"
  // care (issue 17)
  | "EXPECTED_CAPACITY"
  | "OUTSIDE_WINDOWS"
  | "BOOKED"
  | "WELLBEING"
  | "SUPERVISION"
  // care (issue 17)
  | "AMBER_LIMIT"
  | "BACKGROUND"
  | "DECLINED";

export const HARD_RULES: readonly HardRule[] = [
  "STATUS",
  "STALE",
  "UNAVAILABLE",
  "LANGUAGE",
  "DIALECT",
  "EXPERTISE",
  "QUALIFICATION",
  "REACH",
  "CAPACITY",
  // care (issue 17)
  "EXPECTED_CAPACITY",
  "OUTSIDE_WINDOWS",
  "BOOKED",
  "WELLBEING",
  "SUPERVISION",
  // care (issue 17)
  "AMBER_LIMIT",
  "BACKGROUND",
  "DECLINED",
];

export interface Names {
  /** The display name of a language code, e.g. "tir" → "Tigrinya". */
  language(code: string): string;
}

/**
 * Why the server, not the organisation, proposed a key person (Assignment.proposedBecause;
 * null: proposed by hand): a request left unmet escalated, or a move took the newcomer
 * out of reach of the key person.
 */
export const PROPOSED_BECAUSE = ["ESCALATION", "HANDOVER"] as const;
export type ProposedBecause = (typeof PROPOSED_BECAUSE)[number];

/** The longest reason a key person gives when declining a proposal, in characters. */
export const DECLINE_REASON_MAX = 500;

/** How many ranked candidates `matchCandidates` answers when no limit is asked (the console shows as many). */
export const DEFAULT_CANDIDATES = 10;

// ---------------------------------------------------------------------------------
// Weights. The five parts below sum to 1, so a candidate who is perfect on every part
// scores 1 and one who is worst on every part scores 0.

/**
 * Nearness weighs most: support is mostly in person (accompanying to appointments,
 * home visits), and travel time is the main cost a key person pays for every case.
 */
export const DISTANCE_WEIGHT = 0.35;
/**
 * Spreading the load is the second concern: over-asking the same few people is what
 * burns key persons out (docs/domain.md, wellbeing), so a less-used candidate is preferred.
 */
export const LOAD_WEIGHT = 0.25;
/**
 * Hard rule 2 already guarantees a shared language; the level refines it: conversations
 * about health, trauma or procedures need more than basic command.
 */
export const LANGUAGE_WEIGHT = 0.2;
/**
 * A preference tips the balance between comparable candidates but never outweighs a much
 * nearer or much less loaded one (the contract: "ranks higher, never excludes").
 */
export const GENDER_WEIGHT = 0.1;
/** Same reasoning as the gender preference: it applies only to `SAME` with an origin. */
export const BACKGROUND_WEIGHT = 0.1;

/**
 * With a preferred dialect asked, a candidate whose notes do not name it keeps this share of
 * the language part: a wish, so it tips comparable candidates without excluding anyone.
 */
export const DIALECT_UNMET_SHARE = 0.5;

/** Value of each language level, before weighting: fluent is close to native, basic is far below. */
export const LANGUAGE_LEVEL_VALUE: Readonly<Record<LanguageLevel, number>> = { NATIVE: 1, FLUENT: 0.8, BASIC: 0.3 };

/**
 * The national scale for absolute nearness: about an hour of travel. 100 km and farther
 * gives nothing on this half of the distance part. Without it a key person who travels
 * far (maxTravelKm 300) would look "near" at 100 km, beating someone 5 km away whose own
 * reach is small.
 */
export const NATIONAL_SCALE_KM = 100;
/**
 * How the distance part mixes nearness relative to the key person's own maxTravelKm (how
 * much of their stated willingness a case uses) with nearness on the national scale.
 */
export const DISTANCE_RELATIVE_SHARE = 0.5;
/**
 * The distance part of a candidate who is in reach only by remote support: middling.
 * Remote support works, but trust is built in person; a nearby candidate is better, a
 * candidate at the edge of their reach is not better than a remote one.
 */
export const REMOTE_DISTANCE_VALUE = 0.5;
/**
 * Continuity: the key person who already supports this case gets a bonus that lifts the
 * score to this value, the maximum. No other candidate can score higher (every score is
 * at most 1), and a tie at 1 is broken in favour of continuity before the id, so the
 * current key person provably ranks first while eligible.
 */
export const CONTINUITY_SCORE = 1;

// Care (issue 17) ------------------------------------------------------------------

/**
 * A key person whose wellbeing is AMBER (something to watch: high strain, little support,
 * weeks above capacity, many SGBV cases, a high secondary-traumatic-stress score …) loses
 * this much of their score. Large enough to put an equally suited GREEN candidate ahead
 * of them (the gender and background preferences together weigh 0.2, the whole load part
 * 0.25), small enough that an AMBER key person who is much nearer or the only one who
 * speaks the language still ranks: AMBER is a warning, not a stop (RED is the stop).
 */
export const AMBER_PENALTY = 0.15;
/** The AMBER limit: an AMBER key person gets at most this many new proposals … */
export const AMBER_PROPOSALS_PER_WEEK = 1;
/** … in this many days (on other requests; every proposal counts, whatever became of it). */
export const AMBER_LIMIT_DAYS = 7;
/**
 * How much the hours declared recently (RECENT_LOAD_WEEKS, every kind) add to the load the
 * load part weighs: the part is 1 − (utilisation after this request + share × recent weekly
 * hours ÷ capacity), at least 0. Half: eight weeks at full capacity take away half of the
 * part, so an equally free key person who has not worked lately ranks first; without a
 * history the part is what it was before issue 17.
 */
export const RECENT_LOAD_SHARE = 0.5;

/**
 * The care rules together, so that they can be switched off as a whole: production ranks
 * with CARE_RULES; CARE_OFF is the ranking as it was before issue 17 (config
 * `CARE_IN_RANKING=false`, `npm run simulate -- --care off`: the "before" runs of
 * docs/simulation.md, "Care in ranking").
 */
export interface CareRules {
  amberPenalty: number;
  amberProposalsPerWeek: number;
  recentLoadShare: number;
  /** The most declaringFactor counts (1: the agreed hours are taken as they are). */
  declaringFactorMax: number;
  /** The share of capacity above which the expected hours cost the near-capacity penalty (1: never). */
  capacityMargin: number;
  nearCapacityPenalty: number;
  /** The hard rule EXPECTED_CAPACITY: the expected hours (× declaringFactor) may not pass capacity. */
  expectedCapacityRule: boolean;
}

/**
 * Who declares more hours than agreed works more than their agreed hours say: a key person
 * who declared 1.4 times their agreed hours over the last eight weeks will, with the same
 * habit, run over capacity once their agreed hours pass 70 % of it. The ranking multiplies
 * their agreed hours by this factor (declared ÷ agreed on weekly case support in the last
 * RECENT_LOAD_WEEKS weeks, at least 1, at most this) before it weighs them. Declaring less
 * than agreed earns no room: the agreement still holds.
 */
export const DECLARING_FACTOR_MAX = 2;
/** Below this many agreed hours in the eight weeks (one hour a week), the history is too short to say: factor 1. */
export const DECLARING_MIN_AGREED_HOURS = 8;
/**
 * The soft margin below capacity: the capacity rule (5) lets a request fill a key person's
 * week to exactly their capacity, but a week filled to the brim runs over with the first
 * extra hour (simulation, issue 17 point 7: most weeks above capacity were of key persons
 * whose agreed hours, times their declaring habit, passed 80 % of capacity). Above this share
 * of capacity the expected hours (agreed hours after this request × declaringFactor) lower
 * the score, rising linearly to NEAR_CAPACITY_PENALTY at full capacity and beyond. A ranking
 * term, not a rule: when nobody else can, the key person near capacity is still proposed.
 */
export const CAPACITY_MARGIN = 0.8;
/** The most the near-capacity part takes away (as the AMBER penalty: enough to put an equally suited key person with room ahead). */
export const NEAR_CAPACITY_PENALTY = 0.15;

export const CARE_RULES: Readonly<CareRules> = {
  amberPenalty: AMBER_PENALTY,
  amberProposalsPerWeek: AMBER_PROPOSALS_PER_WEEK,
  recentLoadShare: RECENT_LOAD_SHARE,
  declaringFactorMax: DECLARING_FACTOR_MAX,
  capacityMargin: CAPACITY_MARGIN,
  nearCapacityPenalty: NEAR_CAPACITY_PENALTY,
  expectedCapacityRule: true,
};
/** The ranking before issue 17: every care term off. */
export const CARE_OFF: Readonly<CareRules> = {
  amberPenalty: 0,
  amberProposalsPerWeek: Infinity,
  recentLoadShare: 0,
  declaringFactorMax: 1,
  capacityMargin: 1,
  nearCapacityPenalty: 0,
  expectedCapacityRule: false,
};

/** Hour arithmetic is in halves and quarters; this keeps 0.1 + 0.2 from failing a capacity check. */
const HOURS_EPSILON = 1e-9;

// ---------------------------------------------------------------------------------
// Hard rules

/** Whether the key person is on leave on the day: periods are inclusive at both ends. */
export function unavailableOn(day: string, periods: readonly { from: string; to: string }[]): boolean {
  // YYYY-MM-DD strings compare as dates.
  return periods.some((period) => period.from <= day && day <= period.to);
}

/** In reach by travel: the distance is at most the key person's own maximum. */
export function withinTravel(candidate: Pick<CandidateFacts, "distanceKm" | "maxTravelKm">): boolean {
  return candidate.distanceKm <= candidate.maxTravelKm;
}

/** Reached only by remote support: a remote kind, or too far to travel while both sides accept remote. */
export function isRemote(
  request: Pick<RequestFacts, "remoteAcceptable" | "remoteKind">,
  candidate: Pick<CandidateFacts, "distanceKm" | "maxTravelKm" | "remoteAvailable">,
): boolean {
  if (request.remoteKind) return true;
  return !withinTravel(candidate) && request.remoteAcceptable && candidate.remoteAvailable;
}

/** The dialect notes of the requested languages the candidate speaks. */
function dialectNotes(request: Pick<RequestFacts, "languageCodes">, candidate: Pick<CandidateFacts, "languages">): (string | null | undefined)[] {
  return candidate.languages.filter((l) => request.languageCodes.includes(l.code)).map((l) => l.dialect);
}

/** Whether an asked dialect (trimmed, non-empty) is met; true when none was asked. */
export function dialectMet(
  request: Pick<RequestFacts, "languageCodes">,
  candidate: Pick<CandidateFacts, "languages">,
  asked: string | null | undefined,
): boolean {
  if (!asked?.trim()) return true;
  return speaksDialect(dialectNotes(request, candidate), asked);
}

/** Weekly hours still free once the other requests are counted (this request's own assignment is not). */
export function freeHours(candidate: Pick<CandidateFacts, "weeklyCapacityHours" | "committedHoursElsewhere">): number {
  return candidate.weeklyCapacityHours - candidate.committedHoursElsewhere;
}

function sameCode(a: string, b: string): boolean {
  return a.trim().toUpperCase() === b.trim().toUpperCase();
}

/**
 * The first hard rule (docs/domain.md, rules 1–8 in order) the candidate fails, or null when
 * they are a candidate. With no requested language nobody qualifies: the request must
 * name at least one (the service refuses an empty list).
 */
export function firstFailedRule(request: RequestFacts, candidate: CandidateFacts): HardRule | null {
  // 1. active, confirmed, available on the start date
  if (candidate.status !== "ACTIVE") return "STATUS";
  if (candidate.stale) return "STALE";
  if (unavailableOn(request.startsOn, candidate.unavailablePeriods)) return "UNAVAILABLE";
  if (request.slot && slotDates(request.slot).some((day) => unavailableOn(day, candidate.unavailablePeriods))) return "UNAVAILABLE";
  // 2. one of the languages suffices; a required dialect must be in the notes of one of them
  if (!candidate.languages.some((l) => request.languageCodes.includes(l.code))) return "LANGUAGE";
  if (!dialectMet(request, candidate, request.requiredDialect)) return "DIALECT";
  // 3. every required expertise
  if (!request.expertiseCodes.every((code) => candidate.expertiseCodes.includes(code))) return "EXPERTISE";
  // 3a. expertise that needs a qualification: a VERIFIED one covering it, valid on the request's start (issue 17)
  if (missingQualifications(request.qualificationNeeded ?? [], candidate.qualifications ?? [], request.qualificationOn ?? request.startsOn).length > 0)
    return "QUALIFICATION";
  // 4. in reach: travel, or remote on both sides; a remote kind needs only the key person's remote support
  if (request.remoteKind) {
    if (!candidate.remoteAvailable) return "REACH";
  } else if (!withinTravel(candidate) && !(request.remoteAcceptable && candidate.remoteAvailable)) return "REACH";
  // 5. free capacity (hours on this same request do not count: "elsewhere")
  if (freeHours(candidate) + HOURS_EPSILON < request.hoursPerWeek) return "CAPACITY";
  // 5b. care (issue 17): nor by the hours they are expected to work (× their declaring factor); holders keep their case
  if (expectedOverCapacity(candidate, request.hoursPerWeek, request.care)) return "EXPECTED_CAPACITY";
  // 5a. a dated kind: inside the weekly windows, not booked at a colliding time (travel counted)
  if (request.slot) {
    if (!withinWindows(request.slot, candidate.availabilityWindows ?? [])) return "OUTSIDE_WINDOWS";
    if (collidingBooking(request.slot, candidate.bookings ?? []) !== null) return "BOOKED";
  }
  // 6. wellbeing and supervision; NEVER is fine (a new key person has had no session yet)
  if (candidate.wellbeing === "RED") return "WELLBEING";
  if (candidate.supervision === "OVERDUE") return "SUPERVISION";
  // 6a. care (issue 17): an AMBER key person gets at most AMBER_PROPOSALS_PER_WEEK new proposals a week;
  // the one who holds this request (supports it, or its proposal waits) gets nothing new from it
  if (amberLimitReached(candidate, request.care)) return "AMBER_LIMIT";
  // 7. some newcomers do not want someone from their own community
  const origin = request.newcomerOrigin?.trim() ?? "";
  if (request.backgroundPreference === "DIFFERENT" && origin !== "" && candidate.origins.some((o) => sameCode(o, origin))) return "BACKGROUND";
  // 8. never propose someone who declined this request
  if (candidate.declinedThisRequest) return "DECLINED";
  return null;
}

/**
 * Care (issue 17), hard rule EXPECTED_CAPACITY: with this request the key person's expected
 * hours (committed hours after it × declaringFactor) pass their capacity. Only evidence
 * counts: with factor 1 (declaring as agreed, or too little history) this is the capacity
 * rule itself, which comes first. Not for the key person who holds this request (supports
 * it, or its proposal waits): their hours on it are already counted in what they declare,
 * and taking the case from them would cost the newcomer continuity without lowering
 * anyone's load.
 */
export function expectedOverCapacity(
  candidate: Pick<CandidateFacts, "weeklyCapacityHours" | "committedHoursElsewhere" | "recentCaseHours" | "supportsThisCase" | "proposedForThisCase">,
  hoursPerWeek: number,
  care: Readonly<CareRules> = CARE_RULES,
): boolean {
  if (!care.expectedCapacityRule || candidate.supportsThisCase || candidate.proposedForThisCase) return false;
  const expected = (candidate.committedHoursElsewhere + Math.max(0, hoursPerWeek)) * declaringFactor(candidate, care);
  return expected > candidate.weeklyCapacityHours + HOURS_EPSILON;
}

/** Care (issue 17): AMBER, not holding this request, and already AMBER_PROPOSALS_PER_WEEK proposals in the last AMBER_LIMIT_DAYS days. */
export function amberLimitReached(
  candidate: Pick<CandidateFacts, "wellbeing" | "recentProposals" | "supportsThisCase" | "proposedForThisCase">,
  care: Readonly<CareRules> = CARE_RULES,
): boolean {
  if (candidate.wellbeing !== "AMBER" || candidate.supportsThisCase || candidate.proposedForThisCase) return false;
  return (candidate.recentProposals ?? 0) >= care.amberProposalsPerWeek;
}

// ---------------------------------------------------------------------------------
// Score

/**
 * The parts of a score as the console shows them (issue 15, point 5): the five questions a
 * person asks of a ranking. `preferences` is gender and background together. Each is a
 * weighted contribution; they add up to the score (up to rounding).
 */
export interface ScoreParts {
  distance: number;
  load: number;
  language: number;
  preferences: number;
  continuity: number;
  /** Care (issue 17): −AMBER_PENALTY for an AMBER key person, minus the near-capacity penalty (at most NEAR_CAPACITY_PENALTY), never below −(the other parts); 0 otherwise. */
  care: number;
}

/** The most each part can give (continuity: it lifts the score to CONTINUITY_SCORE). */
export const SCORE_PART_MAX: Readonly<ScoreParts> = {
  distance: DISTANCE_WEIGHT,
  load: LOAD_WEIGHT,
  language: LANGUAGE_WEIGHT,
  preferences: GENDER_WEIGHT + BACKGROUND_WEIGHT,
  continuity: CONTINUITY_SCORE,
  care: 0,
};

export interface Score {
  /** In [0, 1], rounded to 3 decimals. */
  score: number;
  /** The parts grouped as the console shows them, each rounded to 3 decimals. */
  breakdown: ScoreParts;
  /** Weighted contributions (distance, language, load, gender, background, continuity), each rounded to 3 decimals; they sum to the score up to that rounding. */
  parts: Record<string, number>;
  /** Short English reasons, in a fixed order. */
  reasons: string[];
  /** The same reasons as codes with parameters, in the same order: the console words these. */
  explanation: Coded[];
  /** In reach only by remote support. */
  remote: boolean;
}

function clamp01(value: number): number {
  if (Number.isNaN(value)) return 0;
  return Math.min(1, Math.max(0, value));
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Nearness in [0, 1]: half relative to the candidate's own reach, half on the national scale. */
export function distanceValue(candidate: Pick<CandidateFacts, "distanceKm" | "maxTravelKm">, remote: boolean, remoteKind = false): number {
  // A remote kind has no distance: the part is the same (full) for everyone, so it tells no one apart.
  if (remoteKind) return 1;
  if (remote) return REMOTE_DISTANCE_VALUE;
  const distance = Math.max(0, candidate.distanceKm);
  const relative = candidate.maxTravelKm > 0 ? 1 - distance / candidate.maxTravelKm : distance === 0 ? 1 : 0;
  const national = 1 - distance / NATIONAL_SCALE_KM;
  return clamp01(DISTANCE_RELATIVE_SHARE * clamp01(relative) + (1 - DISTANCE_RELATIVE_SHARE) * clamp01(national));
}

/** Share of the weekly capacity in use (workload.ts: capacity 0 is full once hours are booked), before and after booking these hours, capped at 1. */
export function utilisation(candidate: CandidateFacts, hoursPerWeek: number): { before: number; after: number } {
  const capacity = candidate.weeklyCapacityHours;
  return {
    before: clamp01(shareInUse(capacity, candidate.committedHoursElsewhere)),
    after: clamp01(shareInUse(capacity, candidate.committedHoursElsewhere + Math.max(0, hoursPerWeek))),
  };
}

/**
 * Care (issue 17): the load the load part weighs, in [0, 1]: the utilisation after this
 * request plus a share of the recent weekly hours over capacity (RECENT_LOAD_SHARE), so a key
 * person who worked many hours in the last weeks ranks below one who did not, even when
 * both are free now.
 */
export function loadForScore(candidate: CandidateFacts, hoursPerWeek: number, care: Readonly<CareRules> = CARE_RULES): number {
  const now = clamp01(expectedUtilisation(candidate, hoursPerWeek, care));
  const recent = clamp01(shareInUse(candidate.weeklyCapacityHours, candidate.recentWeeklyHours ?? 0));
  return clamp01(now + care.recentLoadShare * recent);
}

/** Care (issue 17): declared ÷ agreed hours on weekly case support in the last eight weeks, from 1 to care.declaringFactorMax; 1 without enough history. */
export function declaringFactor(candidate: Pick<CandidateFacts, "recentCaseHours">, care: Readonly<CareRules> = CARE_RULES): number {
  const recent = candidate.recentCaseHours;
  if (!recent || !(recent.agreed >= DECLARING_MIN_AGREED_HOURS)) return 1;
  return Math.min(Math.max(1, care.declaringFactorMax), Math.max(1, recent.declared / recent.agreed));
}

/**
 * Care (issue 17): the share of capacity the key person is expected to work with this
 * request: their committed hours after it × declaringFactor ÷ capacity (not capped: 1.2 is
 * a fifth over; capacity 0 with hours is 1, workload.ts).
 */
export function expectedUtilisation(candidate: CandidateFacts, hoursPerWeek: number, care: Readonly<CareRules> = CARE_RULES): number {
  const hours = (candidate.committedHoursElsewhere + Math.max(0, hoursPerWeek)) * declaringFactor(candidate, care);
  return shareInUse(candidate.weeklyCapacityHours, hours);
}

/** Care (issue 17): the near-capacity penalty, 0 up to care.capacityMargin of capacity, rising linearly to care.nearCapacityPenalty at capacity. */
export function nearCapacityPenalty(expected: number, care: Readonly<CareRules> = CARE_RULES): number {
  if (care.nearCapacityPenalty <= 0 || care.capacityMargin >= 1 || expected <= care.capacityMargin + HOURS_EPSILON) return 0;
  return care.nearCapacityPenalty * clamp01((expected - care.capacityMargin) / (1 - care.capacityMargin));
}

/** The requested language the candidate speaks best; ties go to the request's order. */
export function bestLanguage(request: RequestFacts, candidate: CandidateFacts): { code: string; level: LanguageLevel } | null {
  let best: { code: string; level: LanguageLevel } | null = null;
  for (const code of request.languageCodes) {
    for (const spoken of candidate.languages) {
      if (spoken.code !== code) continue;
      if (best === null || LANGUAGE_LEVEL_VALUE[spoken.level] > LANGUAGE_LEVEL_VALUE[best.level]) best = { code, level: spoken.level };
    }
  }
  return best;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function distanceText(km: number): string {
  return km < 1 ? "under 1 km away" : `${Math.round(km)} km away`;
}

/** The six weighted contributions grouped into the five parts of ScoreParts, rounded to 3 decimals. */
export function groupParts(parts: Readonly<Record<string, number>>): ScoreParts {
  const of = (key: string) => parts[key] ?? 0;
  return {
    distance: round3(of("distance")),
    load: round3(of("load")),
    language: round3(of("language")),
    preferences: round3(of("gender") + of("background")),
    continuity: round3(of("continuity")),
    care: round3(of("care")),
  };
}

/**
 * The parts an organisation may see: computed from the distance it is shown (whole
 * kilometres) instead of the exact one, so that they tell nothing finer about a key
 * person's home than the kilometres beside them (docs/security.md, "Scores to two
 * decimals"). Continuity is recomputed from that sum too. Rounded to 2 decimals.
 */
export function partsAtShownDistance(
  breakdown: ScoreParts,
  candidate: Pick<CandidateFacts, "maxTravelKm">,
  shownKm: number,
  remote: boolean,
  continuity: boolean,
): ScoreParts {
  const round2 = (value: number) => Math.round(value * 100) / 100;
  const distance = DISTANCE_WEIGHT * distanceValue({ distanceKm: shownKm, maxTravelKm: candidate.maxTravelKm }, remote);
  const base = clamp01(distance + breakdown.load + breakdown.language + breakdown.preferences + breakdown.care);
  return {
    distance: round2(distance),
    load: round2(breakdown.load),
    language: round2(breakdown.language),
    preferences: round2(breakdown.preferences),
    continuity: round2(continuity ? Math.max(0, CONTINUITY_SCORE - base) : 0),
    care: round2(breakdown.care),
  };
}

/**
 * The score of an eligible candidate (call firstFailedRule first) with its breakdown.
 * A preference that was not asked counts as met for everyone: it cannot tell candidates
 * apart, and the scores of requests with and without preferences stay comparable.
 */
export function scoreCandidate(request: RequestFacts, candidate: CandidateFacts, names: Names): Score {
  const care = request.care ?? CARE_RULES;
  const remote = isRemote(request, candidate);
  const language = bestLanguage(request, candidate);
  const load = utilisation(candidate, request.hoursPerWeek);

  const genderAsked = request.preferredGender !== null;
  const genderMet = genderAsked && candidate.gender === request.preferredGender;
  const origin = request.newcomerOrigin?.trim() ?? "";
  const backgroundAsked = request.backgroundPreference === "SAME" && origin !== "";
  const backgroundMet = backgroundAsked && candidate.origins.some((o) => sameCode(o, origin));

  const dialectAsked = !!request.preferredDialect?.trim();
  const dialectWish = dialectAsked && dialectMet(request, candidate, request.preferredDialect);
  const parts: Record<string, number> = {
    distance: DISTANCE_WEIGHT * distanceValue(candidate, remote, request.remoteKind ?? false),
    language: LANGUAGE_WEIGHT * (language ? LANGUAGE_LEVEL_VALUE[language.level] : 0) * (!dialectAsked || dialectWish ? 1 : DIALECT_UNMET_SHARE),
    load: LOAD_WEIGHT * clamp01(1 - loadForScore(candidate, request.hoursPerWeek, care)),
    gender: GENDER_WEIGHT * (!genderAsked || genderMet ? 1 : 0),
    background: BACKGROUND_WEIGHT * (!backgroundAsked || backgroundMet ? 1 : 0),
    continuity: 0,
    care: 0,
  };
  // Care (issue 17): AMBER and a week expected near capacity lower the score, never below 0 (the part is at most what the others gave).
  const expected = expectedUtilisation(candidate, request.hoursPerWeek, care);
  const amberPenalty = candidate.wellbeing === "AMBER" ? care.amberPenalty : 0;
  const nearPenalty = nearCapacityPenalty(expected, care);
  if (amberPenalty + nearPenalty > 0) {
    const others = Object.values(parts).reduce((sum, part) => sum + part, 0);
    parts.care = -Math.min(amberPenalty + nearPenalty, Math.max(0, others));
  }
  const base = clamp01(Object.values(parts).reduce((sum, part) => sum + part, 0));
  if (candidate.supportsThisCase) parts.continuity = Math.max(0, CONTINUITY_SCORE - base);
  const score = round3(clamp01(base + parts.continuity));
  for (const key of Object.keys(parts)) parts[key] = round3(parts[key]);

  const reasons: string[] = [remote ? "remote support" : distanceText(candidate.distanceKm)];
  const explanation: Coded[] = [
    remote ? coded("MATCH_REMOTE") : candidate.distanceKm < 1 ? coded("MATCH_UNDER_1_KM") : coded("MATCH_DISTANCE", { km: Math.round(candidate.distanceKm) }),
  ];
  if (language) {
    reasons.push(`speaks ${names.language(language.code)} (${language.level.toLowerCase()})`);
    explanation.push(coded("MATCH_SPEAKS", { language: language.code, level: language.level }));
  }
  const dialect = (request.requiredDialect?.trim() || (dialectWish ? request.preferredDialect?.trim() : "")) ?? "";
  if (dialect) {
    reasons.push(`speaks the ${dialect} dialect`);
    explanation.push(coded("MATCH_DIALECT", { dialect: dialect.slice(0, 80) }));
  }
  if (request.expertiseCodes.length > 0) {
    reasons.push(`knows ${request.expertiseCodes.join(", ")}`);
    explanation.push(coded("MATCH_KNOWS", { expertiseCodes: [...request.expertiseCodes] }));
  }
  reasons.push(`load ${percent(load.before)} → ${percent(load.after)} after this`);
  explanation.push(coded("MATCH_LOAD", { beforePercent: Math.round(load.before * 100), afterPercent: Math.round(load.after * 100) }));
  if (genderMet) {
    reasons.push("preferred gender");
    explanation.push(coded("MATCH_PREFERRED_GENDER"));
  }
  if (backgroundMet) {
    reasons.push("same background");
    explanation.push(coded("MATCH_SAME_BACKGROUND"));
  }
  if (parts.care < 0 && amberPenalty > 0) {
    reasons.push("held back a little for their wellbeing (AMBER)");
    explanation.push(coded("MATCH_CARE", { penalty: care.amberPenalty }));
  }
  if (parts.care < 0 && nearPenalty > 0) {
    reasons.push(`held back: expected to work ${percent(expected)} of capacity`);
    explanation.push(coded("MATCH_NEAR_CAPACITY", { expectedPercent: Math.round(expected * 100), penalty: round3(nearPenalty) }));
  }
  if (candidate.supportsThisCase) {
    reasons.push("already supports this case");
    explanation.push(coded("MATCH_CONTINUITY"));
  } else if (candidate.proposedForThisCase) {
    reasons.push("proposed");
    explanation.push(coded("MATCH_PROPOSED"));
  }

  return { score, breakdown: groupParts(parts), parts, reasons, explanation, remote };
}

// ---------------------------------------------------------------------------------
// Ranking

export interface RankedCandidate {
  id: number;
  score: number;
  distanceKm: number;
  maxTravelKm: number;
  /** Holds the ACTIVE assignment of this request. */
  continuity: boolean;
  breakdown: ScoreParts;
  reasons: string[];
  explanation: Coded[];
  remote: boolean;
}

export interface Ranking {
  /** Best first, at most `limit`. */
  ranked: RankedCandidate[];
  /** How many candidates each rule excluded (each by its first failed rule): where to recruit. */
  excludedBy: Record<HardRule, number>;
  /** How many candidates passed every rule (before the limit). */
  eligible: number;
}

/** Order: score descending, then the candidate who supports this case, then id ascending. */
function compare(a: { score: number; continuity: boolean; id: number }, b: { score: number; continuity: boolean; id: number }): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.continuity !== b.continuity) return a.continuity ? -1 : 1;
  return a.id - b.id;
}

export function rankCandidates(request: RequestFacts, candidates: readonly CandidateFacts[], names: Names, limit: number): Ranking {
  const excludedBy = Object.fromEntries(HARD_RULES.map((rule) => [rule, 0])) as Record<HardRule, number>;
  const scored: RankedCandidate[] = [];
  for (const candidate of candidates) {
    const failed = firstFailedRule(request, candidate);
    if (failed !== null) {
      excludedBy[failed] += 1;
      continue;
    }
    const { score, breakdown, reasons, explanation, remote } = scoreCandidate(request, candidate, names);
    scored.push({
      id: candidate.id,
      score,
      distanceKm: candidate.distanceKm,
      maxTravelKm: candidate.maxTravelKm,
      continuity: candidate.supportsThisCase,
      breakdown,
      reasons,
      explanation,
      remote,
    });
  }
  scored.sort(compare);
  const max = Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : scored.length;
  const ranked = scored.slice(0, max);
  return { ranked, excludedBy, eligible: scored.length };
}

// ---------------------------------------------------------------------------------
// Ranking a large registry: the exact top without the facts of everyone in reach

/**
 * What is known of a key person before their facts are read: where they are and how far
 * they go, and (when the narrowing query gives them) their weekly capacity, gender and the
 * requested languages they speak. A missing fact counts as the best it could be.
 */
export type Reach = Pick<CandidateFacts, "id" | "distanceKm" | "maxTravelKm" | "remoteAvailable" | "supportsThisCase"> &
  Partial<Pick<CandidateFacts, "weeklyCapacityHours" | "gender" | "languages">>;

/**
 * The highest score the candidate could reach, knowing only their reach: the distance
 * part as it will be, and every other part at the best the known facts allow — the
 * language part at the level of their best requested language, the load part as if
 * nothing else were booked (these hours on an empty week), the gender part as given,
 * the background part met, no care penalty. Null when they are in reach neither by
 * travel nor remotely: they cannot be eligible. The current key person of the case may
 * score CONTINUITY_SCORE.
 */
export function scoreBound(
  request: Pick<RequestFacts, "remoteAcceptable" | "remoteKind"> & Partial<Pick<RequestFacts, "languageCodes" | "hoursPerWeek" | "preferredGender">>,
  reach: Reach,
): number | null {
  if (reach.supportsThisCase) return CONTINUITY_SCORE;
  let distancePart: number;
  if (request.remoteKind) {
    if (!reach.remoteAvailable) return null;
    distancePart = DISTANCE_WEIGHT;
  } else {
    const travel = withinTravel(reach);
    const remote = !travel && request.remoteAcceptable && reach.remoteAvailable;
    if (!travel && !remote) return null;
    distancePart = DISTANCE_WEIGHT * distanceValue(reach, remote);
  }
  let level = 1;
  if (reach.languages && request.languageCodes) {
    level = 0;
    for (const spoken of reach.languages) if (request.languageCodes.includes(spoken.code)) level = Math.max(level, LANGUAGE_LEVEL_VALUE[spoken.level]);
  }
  // utilisation after booking is at least these hours alone (nothing booked elsewhere, no recent hours)
  const load =
    reach.weeklyCapacityHours !== undefined && request.hoursPerWeek !== undefined
      ? clamp01(1 - clamp01(shareInUse(reach.weeklyCapacityHours, Math.max(0, request.hoursPerWeek))))
      : 1;
  const genderMissed = request.preferredGender != null && reach.gender !== undefined && reach.gender !== request.preferredGender;
  const others = LANGUAGE_WEIGHT * level + LOAD_WEIGHT * load + GENDER_WEIGHT * (genderMissed ? 0 : 1) + BACKGROUND_WEIGHT;
  // The epsilon covers floating-point error in the sum of the parts; round3 keeps it an upper bound of the rounded score.
  return round3(Math.min(1, distancePart + others) + 1e-9);
}

/**
 * Key persons not read yet, none of whom can score above `ceiling`: read (`load`) only
 * when the ranking reaches that bound. Key persons already in the reach are skipped.
 * `load` may answer a page of them with the `rest` as a further group under its own
 * (lower or equal) ceiling: a stream read best-first (issue 21).
 */
export interface DeferredReach {
  ceiling: number;
  load(): Promise<readonly Reach[] | { reach: readonly Reach[]; rest?: DeferredReach | null }>;
}

/**
 * rankCandidates over the key persons in `reach` (and in `deferred`), reading the facts
 * of as few as it can: in order of their score bound, a batch at a time, until the next
 * bound is below the `limit`-th best score found (nobody further down the list can enter
 * the top). A deferred group is loaded only once the next bound is at or below its
 * ceiling, so the order stays by bound. The ranking is the one rankCandidates gives over
 * all of them; `eligible` and `excludedBy` count only the key persons whose facts were
 * read, so `eligible` is at least 1 exactly when someone is eligible. `examined` says how
 * many that was.
 */
export async function rankByBound(
  request: RequestFacts,
  reach: readonly Reach[],
  readFacts: (ids: number[]) => Promise<CandidateFacts[]>,
  names: Names,
  limit: number,
  firstBatch = Math.max(30, limit * 3),
  deferred: readonly DeferredReach[] = [],
): Promise<Ranking & { examined: number }> {
  const seen = new Set<number>();
  const bounded = (rows: readonly Reach[]) =>
    rows
      .filter((r) => !seen.has(r.id) && seen.add(r.id))
      .map((r) => ({ id: r.id, bound: scoreBound(request, r) }))
      .filter((r): r is { id: number; bound: number } => r.bound !== null);
  const byBound = (a: { id: number; bound: number }, b: { id: number; bound: number }) => b.bound - a.bound || a.id - b.id;
  let order = bounded(reach).sort(byBound);
  const waiting = [...deferred].sort((a, b) => b.ceiling - a.ceiling);
  const facts: CandidateFacts[] = [];
  let ranking = rankCandidates(request, facts, names, limit);
  let next = 0;
  for (let batch = Math.max(1, firstBatch); ; batch *= 2) {
    const full = limit > 0 && ranking.ranked.length >= limit;
    const worst = full ? ranking.ranked[limit - 1].score : -Infinity;
    // A deferred group whose ceiling reaches the next bound (or the end) joins the order first.
    while (waiting.length > 0 && (next >= order.length || waiting[0].ceiling >= order[next].bound) && !(waiting[0].ceiling < worst)) {
      const page = await waiting.shift()!.load();
      const rows = "reach" in page ? page.reach : page;
      const rest = "reach" in page ? page.rest : null;
      if (rest) {
        waiting.push(rest);
        waiting.sort((a, b) => b.ceiling - a.ceiling);
      }
      const group = bounded(rows);
      if (group.length > 0) order = [...order.slice(next), ...group].sort(byBound);
      else order = order.slice(next);
      next = 0;
    }
    if (next >= order.length) break;
    if (order[next].bound < worst) break;
    const ids = order.slice(next, next + batch).map((r) => r.id);
    next += ids.length;
    facts.push(...(await readFacts(ids)));
    ranking = rankCandidates(request, facts, names, limit);
  }
  return { ...ranking, examined: facts.length };
}

// ---------------------------------------------------------------------------------
// After a move

/**
 * The newcomer of a request moved: the place-bound hard rule a key person who holds the
 * request (an accepted assignment, or a proposal still waiting) now fails at the new place,
 * or null when they still qualify there. Only the rules a move can change are checked:
 * reach (rule 4), and for a dated on-site kind the travel to and from their other bookings
 * (rule 5a; the booking itself moved). An accepted holder is weighed against their other
 * ACCEPTED bookings only (a mere proposal elsewhere does not push out work already
 * accepted: accepting that proposal is refused instead); a waiting proposal against every
 * booking, as matching does.
 */
export function lostAfterMove(
  request: Pick<RequestFacts, "remoteAcceptable" | "remoteKind" | "slot">,
  holder: Pick<CandidateFacts, "distanceKm" | "maxTravelKm" | "remoteAvailable" | "bookings">,
  holds: "ACTIVE" | "PROPOSED",
): "REACH" | "BOOKED" | null {
  if (request.remoteKind) {
    if (!holder.remoteAvailable) return "REACH";
  } else if (!withinTravel(holder) && !(request.remoteAcceptable && holder.remoteAvailable)) return "REACH";
  if (request.slot) {
    const others = (holder.bookings ?? []).filter((b) => holds === "PROPOSED" || b.accepted !== false);
    if (collidingBooking(request.slot, others) !== null) return "BOOKED";
  }
  return null;
}
