import type { ReasonCode } from "../../../server/src/domain/reasons";

// Why the server refused something, worded by its reason code (extensions.reason) and
// parameters (extensions.params, polyglot %{param}).
export default {
  NOT_SIGNED_IN: "Log in first, or again: your session ended.",
  ROLE_NOT_ALLOWED: "Your role may not do this.",
  RECORD_NOT_FOUND: "This record does not exist or is not yours to see.",
  DATABASE_UNAVAILABLE: "The database cannot be reached right now; try again in a moment.",
  INVALID_INPUT: "Some input is not valid.",
  // --- accounts and sessions
  LOGIN_FAILED: "The e-mail address or password is wrong.",
  ACCOUNT_DEACTIVATED: "This account has been deactivated. Ask your coordinator if you need access again.",
  LOGIN_THROTTLED: "Too many failed logins: wait %{retryAfterSeconds} seconds and try again, or reset your password.",
  PASSWORD_TOO_SHORT: "The password must be at least %{minLength} characters.",
  PASSWORD_TOO_LONG: "The password may be at most %{maxLength} characters.",
  PASSWORD_TOO_WEAK: "This password is too common or too easy to guess: choose a longer one, e.g. a few unrelated words.",
  WRONG_CURRENT_PASSWORD: "Your current password is not right.",
  RESET_LINK_INVALID: "This link does not work (any more): it was used already, has expired, or is incomplete. Request a new one.",
  CANNOT_DEACTIVATE_SELF: "You cannot deactivate your own account.",
  KEY_PERSON_STATUS_COORDINATORS_ONLY: "Only a coordinator can set this status (%{status}). You can pause yourself and resume.",
  EMAIL_IN_USE: "This e-mail address is already in use: each account needs its own address.",
  EMAIL_NOT_AVAILABLE: "This e-mail address cannot be used here: ask the national coordinator.",
  EMAIL_CHANGE_BY_COORDINATOR: "Your e-mail address is your login: ask your coordinator to change it.",
  INVALID_EMAIL: "This is not an e-mail address.",
  ORGANISATION_REQUIRED: "An organisation account needs the organisation it works for.",
  REGION_REQUIRED: "A regional coordinator needs the municipalities of their region.",
  UNKNOWN_MUNICIPALITIES: "Unknown municipality codes: %{codes}.",
  KEY_PERSON_ACCOUNT_VIA_PROFILE: "Key persons get their account together with their profile.",
  UNKNOWN_LOCALE: "Choose one of: %{locales}.",
} satisfies Record<ReasonCode, string>;
