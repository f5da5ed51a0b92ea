import type { ReasonCode } from "../../../server/src/domain/reasons";

// Why the server refused something, in Dutch, by reason code (server/src/domain/reasons.ts).
export default {
  NOT_SIGNED_IN: "Log opnieuw in: uw sessie is verlopen.",
  ROLE_NOT_ALLOWED: "Dit mag uw rol niet.",
  RECORD_NOT_FOUND: "Dit gegeven bestaat niet (meer), of u mag het niet zien.",
  DATABASE_UNAVAILABLE: "De database is even niet bereikbaar. Er is niets opgeslagen; probeer het zo opnieuw.",
  INVALID_INPUT: "De invoer klopt niet.",
  // --- payment files
  PAYMENT_PERIOD_INVALID: "Kies een periode waarvan de begindatum vóór de einddatum ligt.",
  NOTHING_TO_EXPORT: "Er is in deze periode niets goedgekeurd dat nog niet is geëxporteerd.",
  EXPORT_ALL_WITHOUT_IBAN:
    "Alle %{lineCount} goedgekeurde regels horen bij sleutelpersonen zonder IBAN (%{keyPersonCount}). Vraag hen eerst hun IBAN in te vullen.",
  PAYMENT_FILE_LOCALE_INVALID: "Het betaalbestand kan alleen in het Nederlands of Engels.",
  PAYER_NAME_INVALID: "Vul de naam van de rekeninghouder in zoals de bank die kent (hoogstens %{max} tekens).",
  PAYER_IBAN_INVALID: "“%{iban}” is geen geldig IBAN.",
  PAYER_BIC_INVALID: "“%{bic}” is geen BIC (8 of 11 tekens, bijvoorbeeld ABNANL2A). Binnen SEPA mag u hem leeg laten.",
} satisfies Record<ReasonCode, string>;
