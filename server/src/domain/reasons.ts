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
  // --- accounts and sessions
  /** Wrong e-mail address or password: the same for both, so no one learns which accounts exist. */
  LOGIN_FAILED: NoParams;
  /** Told only to whoever gave the right password. */
  ACCOUNT_DEACTIVATED: NoParams;
  /** Too many failed logins from this client (for this account): wait, then try again. */
  LOGIN_THROTTLED: { retryAfterSeconds: number };
  PASSWORD_TOO_SHORT: { minLength: number };
  PASSWORD_TOO_LONG: { maxLength: number };
  /** Common, found in breaches, or easy to guess (zxcvbn score below 3). */
  PASSWORD_TOO_WEAK: NoParams;
  WRONG_CURRENT_PASSWORD: NoParams;
  /** A reset link that was used, expired or is incomplete. */
  RESET_LINK_INVALID: NoParams;
  CANNOT_DEACTIVATE_SELF: NoParams;
  /** Only coordinators set a key person INACTIVE or bring them back; `status` is the one asked for. */
  KEY_PERSON_STATUS_COORDINATORS_ONLY: { status: string };
  /** Told to the national coordinator only: another account has this address. */
  EMAIL_IN_USE: NoParams;
  /** For everyone else: this address cannot be used here (whether another account has it is not told). */
  EMAIL_NOT_AVAILABLE: NoParams;
  /** A key person's e-mail address is their login: a coordinator changes it. */
  EMAIL_CHANGE_BY_COORDINATOR: NoParams;
  INVALID_EMAIL: NoParams;
  /** An organisation account needs its organisation. */
  ORGANISATION_REQUIRED: NoParams;
  /** A regional coordinator needs the municipalities of their region. */
  REGION_REQUIRED: NoParams;
  UNKNOWN_MUNICIPALITIES: { codes: string[] };
  /** Key persons get their account with createKeyPerson. */
  KEY_PERSON_ACCOUNT_VIA_PROFILE: NoParams;
  UNKNOWN_LOCALE: { locales: string[] };
}

export type ReasonCode = keyof ReasonParams;

/** Every reason code, for the console's translation check. */
export const REASON_CODES = [
  "NOT_SIGNED_IN",
  "ROLE_NOT_ALLOWED",
  "RECORD_NOT_FOUND",
  "DATABASE_UNAVAILABLE",
  "INVALID_INPUT",
  // --- accounts and sessions
  "LOGIN_FAILED",
  "ACCOUNT_DEACTIVATED",
  "LOGIN_THROTTLED",
  "PASSWORD_TOO_SHORT",
  "PASSWORD_TOO_LONG",
  "PASSWORD_TOO_WEAK",
  "WRONG_CURRENT_PASSWORD",
  "RESET_LINK_INVALID",
  "CANNOT_DEACTIVATE_SELF",
  "KEY_PERSON_STATUS_COORDINATORS_ONLY",
  "EMAIL_IN_USE",
  "EMAIL_NOT_AVAILABLE",
  "EMAIL_CHANGE_BY_COORDINATOR",
  "INVALID_EMAIL",
  "ORGANISATION_REQUIRED",
  "REGION_REQUIRED",
  "UNKNOWN_MUNICIPALITIES",
  "KEY_PERSON_ACCOUNT_VIA_PROFILE",
  "UNKNOWN_LOCALE",
] as const satisfies readonly ReasonCode[];

// A reason with no parameters may leave `params` out.
type ParamsOf<R extends ReasonCode> = [keyof ReasonParams[R]] extends [never]
  ? { params?: ReasonParams[R] }
  : { params: ReasonParams[R] };

/** What went wrong, as a code and its parameters; `field` names the input at fault. */
export type Refusal = { [R in ReasonCode]: { reason: R; field?: string } & ParamsOf<R> }[ReasonCode];
