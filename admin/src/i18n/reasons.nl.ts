import type { ReasonCode } from "../../../server/src/domain/reasons";

// Waarom de server iets weigerde, verwoord naar de redencode (extensions.reason) en de
// parameters (extensions.params, polyglot %{param}).
export default {
  NOT_SIGNED_IN: "Log eerst in, of opnieuw: je sessie is beëindigd.",
  ROLE_NOT_ALLOWED: "Dit mag je met jouw rol niet doen.",
  RECORD_NOT_FOUND: "Dit gegeven bestaat niet of je mag het niet zien.",
  DATABASE_UNAVAILABLE: "De database is nu niet bereikbaar; probeer het zo opnieuw.",
  INVALID_INPUT: "Een deel van de invoer is niet geldig.",
  // --- accounts and sessions
  LOGIN_FAILED: "Het e-mailadres of het wachtwoord klopt niet.",
  ACCOUNT_DEACTIVATED: "Dit account is gedeactiveerd. Vraag je coördinator als je weer toegang nodig hebt.",
  LOGIN_THROTTLED: "Te veel mislukte inlogpogingen: wacht %{retryAfterSeconds} seconden en probeer het opnieuw, of stel je wachtwoord opnieuw in.",
  PASSWORD_TOO_SHORT: "Het wachtwoord moet minstens %{minLength} tekens lang zijn.",
  PASSWORD_TOO_LONG: "Het wachtwoord mag hoogstens %{maxLength} tekens lang zijn.",
  PASSWORD_TOO_WEAK: "Dit wachtwoord is te gangbaar of te makkelijk te raden: kies een langer, bijvoorbeeld een paar losse woorden.",
  WRONG_CURRENT_PASSWORD: "Je huidige wachtwoord klopt niet.",
  RESET_LINK_INVALID: "Deze link werkt niet (meer): hij is al gebruikt, verlopen of onvolledig. Vraag een nieuwe aan.",
  CANNOT_DEACTIVATE_SELF: "Je kunt je eigen account niet deactiveren.",
  KEY_PERSON_STATUS_COORDINATORS_ONLY: "Alleen een coördinator kan deze status (%{status}) instellen. Zelf kun je pauzeren en weer hervatten.",
  EMAIL_IN_USE: "Dit e-mailadres is al in gebruik: elk account heeft een eigen adres nodig.",
  EMAIL_NOT_AVAILABLE: "Dit e-mailadres kan hier niet gebruikt worden: vraag het de landelijk coördinator.",
  EMAIL_CHANGE_BY_COORDINATOR: "Je e-mailadres is je inlognaam: vraag je coördinator om het te wijzigen.",
  INVALID_EMAIL: "Dit is geen e-mailadres.",
  ORGANISATION_REQUIRED: "Een organisatieaccount heeft de organisatie nodig waarvoor het werkt.",
  REGION_REQUIRED: "Een regiocoördinator heeft de gemeenten van de regio nodig.",
  UNKNOWN_MUNICIPALITIES: "Onbekende gemeentecodes: %{codes}.",
  KEY_PERSON_ACCOUNT_VIA_PROFILE: "Sleutelpersonen krijgen hun account samen met hun profiel.",
  UNKNOWN_LOCALE: "Kies een van: %{locales}.",
} satisfies Record<ReasonCode, string>;
