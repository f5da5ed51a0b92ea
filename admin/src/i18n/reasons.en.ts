import type { ReasonCode } from "../../../server/src/domain/reasons";

// Why the server refused something, in English, by reason code (server/src/domain/reasons.ts).
export default {
  NOT_SIGNED_IN: "Please log in again: your session has ended.",
  ROLE_NOT_ALLOWED: "Your role may not do this.",
  RECORD_NOT_FOUND: "This record does not exist (any more), or you may not see it.",
  DATABASE_UNAVAILABLE: "The database cannot be reached for a moment. Nothing was saved; please try again shortly.",
  INVALID_INPUT: "The input is not valid.",
  // --- payment files
  PAYMENT_PERIOD_INVALID: "Choose a period whose start comes before its end.",
  NOTHING_TO_EXPORT: "Nothing in this period is approved and not yet exported.",
  EXPORT_ALL_WITHOUT_IBAN:
    "All %{lineCount} approved lines belong to key persons without an IBAN (%{keyPersonCount}). Ask them to fill in their IBAN first.",
  PAYMENT_FILE_LOCALE_INVALID: "The payment file can only be in Dutch or English.",
  PAYER_NAME_INVALID: "Fill in the account holder's name as the bank knows it (at most %{max} characters).",
  PAYER_IBAN_INVALID: "“%{iban}” is not a valid IBAN.",
  PAYER_BIC_INVALID: "“%{bic}” is not a BIC (8 or 11 characters, e.g. ABNANL2A). Within SEPA you may leave it empty.",
} satisfies Record<ReasonCode, string>;
