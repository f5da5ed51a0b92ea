// The console's words for each refusal reason (server/src/domain/reasons.ts), by code.
import type { ReasonCode } from "../../../server/src/domain/reasons";

export default {
  NOT_SIGNED_IN: "Log in first, or again.",
  ROLE_NOT_ALLOWED: "Your role may not do this.",
  RECORD_NOT_FOUND: "This record does not exist, or is not yours to see.",
  DATABASE_UNAVAILABLE: "The database cannot be reached right now; try again in a moment.",
  INVALID_INPUT: "Some input is not valid.",
  // --- matching security
  NOT_A_CANDIDATE: "This key person is not a candidate for this request: choose someone from the candidate list.",
  CANDIDATE_RULE_FAILED: "This key person is not a candidate for this request (rule %{rule}).",
  RELOCATION_LIMIT: "This newcomer has already moved %{perDay} times in the last 24 hours: try again tomorrow, or ask the coordinator.",
  START_DATE_TOO_FAR: "The start date lies too far ahead: give a date on or before %{latest}.",
  // --- compensation rules
  ASSIGNMENT_NOT_ACTIVE_ON_DATE: "The assignment was not active on %{date}: choose a date on which you supported this newcomer.",
  DATE_OUTSIDE_WINDOW: "The date %{date} lies outside the period that can be declared (%{earliest} to %{latest}).",
  HOURS_GRANULARITY: "Give hours in quarters of an hour (steps of %{step}), more than 0 and at most %{max} a day.",
  KM_GRANULARITY: "Give kilometres in tenths (steps of %{step}), at least %{min} and at most %{max}.",
  AMOUNT_OUT_OF_RANGE: "Give the amount in whole cents, at least 1 cent and at most %{maxCents} cents.",
  COMPENSATION_TYPE_COORDINATOR_ONLY: "Only a coordinator changes how you are compensated: ask your coordinator.",
} satisfies Record<ReasonCode, string>;
