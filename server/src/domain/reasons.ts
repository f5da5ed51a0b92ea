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
  // --- payment files
  PAYMENT_PERIOD_INVALID: { from: string; to: string };
  NOTHING_TO_EXPORT: { from: string; to: string };
  /** Every approved line of the period belongs to a key person without an IBAN. */
  EXPORT_ALL_WITHOUT_IBAN: { lineCount: number; keyPersonCount: number };
  PAYMENT_FILE_LOCALE_INVALID: { locale: string };
  PAYER_NAME_INVALID: { max: number };
  PAYER_IBAN_INVALID: { iban: string };
  PAYER_BIC_INVALID: { bic: string };
}

export type ReasonCode = keyof ReasonParams;

/** Every reason code, for the console's translation check. */
export const REASON_CODES = [
  "NOT_SIGNED_IN",
  "ROLE_NOT_ALLOWED",
  "RECORD_NOT_FOUND",
  "DATABASE_UNAVAILABLE",
  "INVALID_INPUT",
  // --- payment files
  "PAYMENT_PERIOD_INVALID",
  "NOTHING_TO_EXPORT",
  "EXPORT_ALL_WITHOUT_IBAN",
  "PAYMENT_FILE_LOCALE_INVALID",
  "PAYER_NAME_INVALID",
  "PAYER_IBAN_INVALID",
  "PAYER_BIC_INVALID",
] as const satisfies readonly ReasonCode[];

// A reason with no parameters may leave `params` out.
type ParamsOf<R extends ReasonCode> = [keyof ReasonParams[R]] extends [never]
  ? { params?: ReasonParams[R] }
  : { params: ReasonParams[R] };

/** What went wrong, as a code and its parameters; `field` names the input at fault. */
export type Refusal = { [R in ReasonCode]: { reason: R; field?: string } & ParamsOf<R> }[ReasonCode];
