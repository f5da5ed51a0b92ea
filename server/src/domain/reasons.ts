// The machine names of why the server refused something, with the typed parameters each
// one carries (cents, ISO dates, codes, counts). The console words every reason in Dutch
// and English by its code (admin/src/i18n/reasons.{nl,en}.ts) and never reads the English
// message; a unit test fails when a code here has no text there, or the other way round.
//
// Add a reason: a line here (its parameters' types), a sentence in each reasons file.
// Parameters are values, not words: amounts in cents, dates as YYYY-MM-DD, codes as codes.

/** A reason that needs no values. */
type NoParams = Record<never, never>;

export interface ReasonParams {
  // --- sessions and roles
  NOT_SIGNED_IN: NoParams;
  ROLE_NOT_ALLOWED: NoParams;
  // --- records
  /** `entity` is the record's type name as in the schema (e.g. "KeyPerson"). */
  RECORD_NOT_FOUND: { entity: string; id: string };
  // --- the service
  DATABASE_UNAVAILABLE: NoParams;
  /** Input the schema itself refused (a malformed scalar, a missing argument). */
  INVALID_INPUT: NoParams;
  // --- matching security
  /** An organisation proposed someone who is not a candidate for the request now: the same answer whatever the reason. */
  NOT_A_CANDIDATE: NoParams;
  /** For coordinators: the hard rule (domain/matching.ts) the key person fails. */
  CANDIDATE_RULE_FAILED: { rule: string };
  /** The newcomer of one request was moved `perDay` times in the last 24 hours already. */
  RELOCATION_LIMIT: { perDay: number };
  /** A request's start date lies more than `maxDaysAhead` days ahead (after `latest`). */
  START_DATE_TOO_FAR: { latest: string; maxDaysAhead: number };
  // --- compensation rules
  /** The assignment was not active on that date (declined, cancelled, not yet accepted, or ended before). */
  ASSIGNMENT_NOT_ACTIVE_ON_DATE: { date: string };
  /** Hours and claims are dated from `earliest` to `latest` (today). */
  DATE_OUTSIDE_WINDOW: { date: string; earliest: string; latest: string };
  /** Hours in steps of `step` (a quarter), more than 0 and at most `max` a day. */
  HOURS_GRANULARITY: { step: number; max: number };
  /** Kilometres in steps of `step` (a tenth), at least `min`, at most `max`. */
  KM_GRANULARITY: { step: number; min: number; max: number };
  /** Whole cents from 1 to `maxCents`. */
  AMOUNT_OUT_OF_RANGE: { maxCents: number };
  /** Only coordinators set a key person's compensation type. */
  COMPENSATION_TYPE_COORDINATOR_ONLY: NoParams;
}

export type ReasonCode = keyof ReasonParams;

/** Every reason code, for the console's translation check. */
export const REASON_CODES = [
  "NOT_SIGNED_IN",
  "ROLE_NOT_ALLOWED",
  "RECORD_NOT_FOUND",
  "DATABASE_UNAVAILABLE",
  "INVALID_INPUT",
  // --- matching security
  "NOT_A_CANDIDATE",
  "CANDIDATE_RULE_FAILED",
  "RELOCATION_LIMIT",
  "START_DATE_TOO_FAR",
  // --- compensation rules
  "ASSIGNMENT_NOT_ACTIVE_ON_DATE",
  "DATE_OUTSIDE_WINDOW",
  "HOURS_GRANULARITY",
  "KM_GRANULARITY",
  "AMOUNT_OUT_OF_RANGE",
  "COMPENSATION_TYPE_COORDINATOR_ONLY",
] as const satisfies readonly ReasonCode[];

// A reason with no parameters may leave `params` out.
type ParamsOf<R extends ReasonCode> = [keyof ReasonParams[R]] extends [never]
  ? { params?: ReasonParams[R] }
  : { params: ReasonParams[R] };

/** What went wrong, as a code and its parameters; `field` names the input at fault. */
export type Refusal = { [R in ReasonCode]: { reason: R; field?: string } & ParamsOf<R> }[ReasonCode];
