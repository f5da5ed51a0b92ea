// De woorden van de console voor elke reden van weigering (server/src/domain/reasons.ts), per code.
import type { ReasonCode } from "../../../server/src/domain/reasons";

export default {
  NOT_SIGNED_IN: "Log eerst (opnieuw) in.",
  ROLE_NOT_ALLOWED: "Uw rol mag dit niet.",
  RECORD_NOT_FOUND: "Dit gegeven bestaat niet, of u mag het niet zien.",
  DATABASE_UNAVAILABLE: "De database is nu niet bereikbaar; probeer het zo opnieuw.",
  INVALID_INPUT: "Een deel van de invoer is niet geldig.",
  // --- matching security
  NOT_A_CANDIDATE: "Deze sleutelpersoon is geen kandidaat voor deze aanvraag: kies iemand uit de kandidatenlijst.",
  CANDIDATE_RULE_FAILED: "Deze sleutelpersoon is geen kandidaat voor deze aanvraag (regel %{rule}).",
  RELOCATION_LIMIT: "Deze nieuwkomer is de afgelopen 24 uur al %{perDay} keer verhuisd: probeer het morgen opnieuw, of vraag de coördinator.",
  START_DATE_TOO_FAR: "De startdatum ligt te ver vooruit: kies een datum op of vóór %{latest}.",
  // --- compensation rules
  ASSIGNMENT_NOT_ACTIVE_ON_DATE: "De koppeling was op %{date} niet actief: kies een datum waarop u deze nieuwkomer ondersteunde.",
  DATE_OUTSIDE_WINDOW: "De datum %{date} valt buiten de periode die u kunt declareren (%{earliest} tot en met %{latest}).",
  HOURS_GRANULARITY: "Geef uren op in kwartieren (stappen van %{step}), meer dan 0 en hoogstens %{max} per dag.",
  KM_GRANULARITY: "Geef kilometers op in tienden (stappen van %{step}), minstens %{min} en hoogstens %{max}.",
  AMOUNT_OUT_OF_RANGE: "Geef het bedrag in hele centen, minstens 1 cent en hoogstens %{maxCents} cent.",
  COMPENSATION_TYPE_COORDINATOR_ONLY: "Alleen een coördinator wijzigt hoe u vergoed wordt: vraag het uw coördinator.",
} satisfies Record<ReasonCode, string>;
