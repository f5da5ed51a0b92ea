import type { ReasonCode } from "../../../server/src/domain/reasons";

// Why the server refused something, explained a match or flagged a key person, in Dutch:
// one sentence per reason code of server/src/domain/reasons.ts. Parameters arrive
// formatted for the reader (amounts in euros, dates, names; see common/wordReason.ts).
// A unit test fails when a code has no text here or a text has no code.

const reasonsNl = {
  // --- sessions and roles
  NOT_SIGNED_IN: "Log eerst (opnieuw) in: een sessie duurt 12 uur.",
  LOGIN_FAILED: "Het e-mailadres of het wachtwoord klopt niet.",
  ROLE_NOT_ALLOWED: "Uw rol mag dit niet.",
  SELF_ONLY: "Alleen de persoon zelf kan dit doen.",
  OUTSIDE_REGION: "Deze plaats ligt buiten uw regio: vraag de landelijk coördinator.",
  OWN_ORGANISATION_ONLY: "Een organisatie regelt dit alleen voor zichzelf (of de landelijk coördinator).",
  // --- records
  RECORD_NOT_FOUND: "Dit bestaat niet (meer), of u mag het niet zien.",
  EMAIL_TAKEN: "Dit e-mailadres is al in gebruik: elk account heeft een eigen adres nodig.",
  // --- the service
  DATABASE_UNAVAILABLE: "De database is even niet bereikbaar: probeer het zo opnieuw.",
  INVALID_INPUT: "De invoer klopt niet: controleer de velden en probeer het opnieuw.",
  RATE_LIMITED: "Te veel verzoeken: wacht %{seconds} seconden en probeer het opnieuw.",
  INTERNAL_ERROR: "Er ging bij ons iets mis; het is vastgelegd. Probeer het opnieuw, of meld het als het blijft gebeuren.",
  // --- input values
  TEXT_CONTAINS_NUL: "De tekst bevat een onzichtbaar NUL-teken: haal het weg en probeer het opnieuw.",
  VALUE_REQUIRED: "Vul dit in.",
  TEXT_TOO_LONG: "Houd het korter dan %{max} tekens.",
  NUMBER_OUT_OF_RANGE: "Geef een getal van %{min} tot en met %{max}.",
  NUMBER_NOT_POSITIVE_OR_TOO_HIGH: "Geef een getal groter dan 0 en hoogstens %{max}.",
  NOT_A_DATE: "„%{value}” is geen datum.",
  NOT_A_DATE_TIME: "„%{value}” is geen datum met tijd.",
  NOT_AN_ID: "„%{value}” is geen nummer van een gebruiker.",
  DATE_IN_FUTURE: "%{date} ligt in de toekomst: vul in wat al gebeurd is.",
  PERIOD_INVALID: "Geef een periode met een begindatum vóór of op de einddatum.",
  UNKNOWN_CODE: "Onbekende %{kind}: „%{code}”.",
  LISTED_TWICE: "„%{code}” staat er twee keer in.",
  TOO_MANY: "Geef er hoogstens %{max}.",
  NOT_AN_EMAIL: "„%{value}” is geen e-mailadres.",
  NOT_A_PHONE: "„%{value}” is geen telefoonnummer (cijfers, spaties, +, - en haakjes).",
  NOT_A_WEB_ADDRESS: "„%{value}” is geen webadres: begin met https://.",
  NOT_A_COUNTRY_CODE: "„%{value}” is geen landcode van twee letters (zoals SY, ER, AF).",
  NOT_COORDINATES: "(%{lat}, %{lon}) is geen geldige breedte- en lengtegraad.",
  LOCATION_OUTSIDE_NETHERLANDS: "Het punt (%{lat}, %{lon}) ligt niet in Nederland.",
  // --- registry
  NAME_EMPTY: "De naam is leeg.",
  BIRTH_YEAR_OUT_OF_RANGE: "Het geboortejaar moet tussen %{min} en %{max} liggen.",
  LANGUAGE_REQUIRED: "Geef minstens één taal.",
  PASSWORD_TOO_SHORT: "Het wachtwoord moet minstens %{min} tekens hebben.",
  // --- organisations and invitations
  INVITATION_INVALID: "Deze uitnodigingslink werkt niet (meer): hij is al gebruikt, verlopen of onvolledig. Vraag uw coördinator om een nieuwe.",
  // --- privacy
  ALREADY_ERASED: "Deze sleutelpersoon is al gewist.",
  ERASURE_NOT_CONFIRMED: "Typ ter bevestiging precies de naam van de sleutelpersoon.",
  // --- public map
  NEAR_REQUIRED: "Een straal heeft een punt nodig: kies een plaats.",
  OFFERS_REQUIRED: "Zeg in een zin wat de organisatie biedt, zodat mensen weten waarom ze contact opnemen.",
  // --- notifications
  ALREADY_SENT: "Dit bericht is al verstuurd op %{sentAt}: het wordt nooit twee keer verstuurd.",
  // --- compensation
  NO_YEAR_FIGURES: "Er zijn nog geen bedragen voor de vrijwilligersvergoeding van %{year}: de landelijk coördinator moet ze eerst invoeren (Vergoedingsregels).",
  AMOUNT_OUT_OF_RANGE: "Geef een bedrag van %{minCents} tot en met %{maxCents}.",
  UNDER_21_RATE_ABOVE_ADULT: "Het uurtarief onder 21 mag niet hoger zijn dan het tarief voor volwassenen.",
  MONTH_CAP_ABOVE_YEAR_CAP: "Het maandmaximum mag niet hoger zijn dan het jaarmaximum.",
  RATE_ABOVE_LEGAL_MAX: "Het uurtarief mag niet hoger zijn dan het wettelijk maximum van %{maxCents} (%{year}).",
  IBAN_MALFORMED: "„%{value}” is geen IBAN (bijvoorbeeld NL91 ABNA 0417 1643 00).",
  IBAN_CHECK_FAILED: "„%{value}” is geen geldig IBAN: de controlecijfers kloppen niet.",
  ASSIGNMENT_CLOSED_FOR_HOURS: "Uren horen bij een lopende (of net afgeronde) inzet; deze is %{status}.",
  DATE_BEFORE_ASSIGNMENT: "%{date} ligt vóór het begin van de inzet (%{began}).",
  DAY_FULL: "Dan komt %{date} op %{totalHours} uur, over alle inzetten samen; een dag heeft er %{maxHours}.",
  ALREADY_REVIEWED: "Al %{status}.",
  REJECTION_REASON_REQUIRED: "Geef een reden voor de afwijzing, zodat de sleutelpersoon het kan verbeteren.",
  CAP_EXCEEDED:
    "Goedkeuren van %{hours} uur (%{amountCents}) gaat over %{cap} van %{capCents}; dan wordt de hele vergoeding belast. Nog ruimte: %{monthRoomCents} deze maand, %{yearRoomCents} dit jaar. Keur minder uren goed, of wijs deze af met een reden.",
  NOT_THE_FUNDER: "Alleen %{funder} beoordeelt dit.",
  IDEMPOTENCY_KEY_REUSED: "Dit formulier is al gebruikt voor een andere declaratie: herlaad de pagina en vul het opnieuw in.",
  KM_CLAIM_HAS_AMOUNT: "Bij een kilometerdeclaratie volgt het bedrag uit de kilometers en het tarief: laat het bedrag leeg.",
  KM_ONLY_FOR_KM_CLAIM: "Kilometers horen alleen bij een declaratie voor eigen vervoer.",
  NOTHING_TO_EXPORT: "Niets goedgekeurd en nog niet geëxporteerd tussen %{from} en %{to}.",
  // --- matching (refusals)
  CONSENT_REQUIRED: "De nieuwkomer heeft nog geen toestemming gegeven voor de doorverwijzing: vraag het eerst.",
  CASE_REFERENCE_IDENTIFIER: "Het casuskenmerk lijkt %{kind} te bevatten: gebruik nooit gegevens van de nieuwkomer, maar het eigen kenmerk van uw organisatie (bijvoorbeeld GGD-AMS-2025-0142).",
  BACKGROUND_NEEDS_ORIGIN: "Voor een andere achtergrond is het herkomstland van de nieuwkomer nodig.",
  START_DATE_IN_PAST: "De startdatum %{date} ligt in het verleden: kies vandaag of later.",
  REQUEST_NOT_OPEN: "Deze aanvraag is %{status}: dit kan niet meer.",
  PROPOSAL_PENDING: "Er wacht al een voorstel op antwoord: wacht daarop, of laat het verlopen.",
  ALREADY_SUPPORTS_CASE: "Deze sleutelpersoon begeleidt deze casus al.",
  PROPOSAL_ALREADY_ANSWERED: "Dit voorstel is al %{status}.",
  PROPOSAL_EXPIRED: "Dit voorstel is verlopen: de organisatie kan opnieuw voorstellen.",
  ASSIGNMENT_NOT_ACTIVE: "Alleen een lopende begeleiding kan worden afgerond; deze is %{status}.",
  LEAVE_ENDS_BEFORE_START: "Het verlof eindigt voordat het begint.",
  // --- matching (why a candidate ranks where it does)
  MATCH_REMOTE: "op afstand",
  MATCH_UNDER_1_KM: "minder dan 1 km",
  MATCH_DISTANCE: "%{km} km verderop",
  MATCH_SPEAKS: "spreekt %{language} (%{level})",
  MATCH_KNOWS: "kent %{expertiseCodes}",
  MATCH_LOAD: "belasting %{beforePercent}% → %{afterPercent}%",
  MATCH_PREFERRED_GENDER: "gewenst gender",
  MATCH_SAME_BACKGROUND: "zelfde achtergrond",
  MATCH_CONTINUITY: "begeleidt deze casus al",
  // --- oversight
  CONTACT_REQUESTED: "vraagt om contact",
  HIGH_STRAIN: "belasting of impact %{strain}/5 bij steun %{support}/5",
  LOW_SUPPORT: "voelt zich gesteund: %{support}/5",
  CHECK_IN_MISSING: "laatste check-in %{smart_count} dag geleden |||| laatste check-in %{smart_count} dagen geleden",
  OVER_CAPACITY: "%{smart_count} week meer uren gedeclareerd dan de capaciteit |||| %{smart_count} weken op rij meer uren gedeclareerd dan de capaciteit",
  MANY_SGBV_CASES: "%{smart_count} SGGG-zaak tegelijk |||| %{smart_count} SGGG-zaken tegelijk",
  SUPERVISION_OVERDUE: "meer dan 12 weken geen intervisie of supervisie",
  LAST_SUPERVISION: "laatste sessie: %{date}",
  PROFILE_CONFIRMED: "bevestigd op %{date}",
  PROFILE_NEVER_CONFIRMED: "nooit bevestigd",
  SCORE_OUT_OF_RANGE: "Beantwoord elke vraag met een heel getal van 1 tot en met 5.",
  // --- registry import
  IMPORT_FORMULA: "„%{text}” lijkt een spreadsheetformule en wordt geweigerd (begin de cel met een apostrof om het als tekst te houden).",
  IMPORT_MARKUP: "„%{text}” bevat HTML- of scriptcode: haal die weg.",
  IMPORT_NOT_ONE_OF: "„%{text}” is niet een van: %{options}.",
  IMPORT_NOT_A_NUMBER: "„%{text}” is geen getal.",
  IMPORT_EMAIL_EMPTY: "Het e-mailadres is leeg: elke sleutelpersoon heeft er een nodig (het is de login).",
  IMPORT_LAT_LON_PAIR: "Geef zowel breedte- als lengtegraad, of geen van beide (dan geldt het midden van de gemeente).",
  IMPORT_AMBIGUOUS_NAME: "De %{kind} „%{text}” kan meerdere dingen betekenen (%{options}): schrijf de code.",
  IMPORT_UNKNOWN_NAME: "Onbekende %{kind}: „%{text}”. Geef de code of de naam.",
  IMPORT_POINT_IN_OTHER_MUNICIPALITY: "Het punt (%{lat}, %{lon}) ligt in %{found}, niet in %{given}: verbeter een van beide, of laat er een weg.",
  IMPORT_HOME_REQUIRED: "Waar woont de sleutelpersoon? Geef de gemeente, of breedte- en lengtegraad.",
  IMPORT_EMAIL_TWICE: "Het e-mailadres %{email} staat ook op regel %{line}: elke sleutelpersoon één keer.",
  IMPORT_EMAIL_OTHER_ACCOUNT: "Het e-mailadres %{email} hoort bij een ander account: elk account heeft een eigen adres nodig.",
  IMPORT_OUTSIDE_REGION: "%{municipality} ligt buiten uw regio: vraag de landelijk coördinator.",
  IMPORT_FILE_TOO_LARGE: "Het bestand is groter dan %{megabytes} MB: splits het en importeer de delen na elkaar.",
  IMPORT_NOT_CSV: "%{kind}, geen CSV. Kies in Excel Bestand → Opslaan als → „CSV UTF-8 (door komma's gescheiden)”; in LibreOffice „Tekst CSV” met tekenset UTF-8.",
  IMPORT_EMPTY_FILE: "Het bestand is leeg: vul het sjabloon in (één sleutelpersoon per regel onder de kopregel) en probeer het opnieuw.",
  IMPORT_NO_HEADER: "Het bestand heeft geen kopregel: vul het sjabloon in (één sleutelpersoon per regel onder de kopregel).",
  IMPORT_NO_ROWS: "Het bestand heeft een kopregel, maar geen sleutelpersonen eronder.",
  IMPORT_BAD_CSV: "Het bestand is geen geldige CSV (regel %{line}): is er een aanhalingsteken niet gesloten?",
  IMPORT_MISSING_COLUMNS: "De kopregel mist de verplichte kolommen: %{columns}. Download het sjabloon om alle kolommen te zien.",
  IMPORT_DUPLICATE_COLUMN: "De kolommen „%{first}” en „%{second}” betekenen allebei %{column}: houd er één.",
  IMPORT_UPLOAD_BROKEN_OFF: "Het uploaden brak af voor het einde van het bestand: er is niets geïmporteerd.",
  IMPORT_EMAIL_TAKEN_MEANWHILE: "Iemand anders registreerde een van deze e-mailadressen tijdens de import: er is niets geïmporteerd. Doe de proefimport opnieuw om te zien welke.",
  IMPORT_BAD_DRY_RUN: "Ongeldig verzoek: de proefimport moet aan of uit staan.",
  IMPORT_WRONG_CONTENT_TYPE: "Stuur het CSV-bestand zelf.",
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
  COMPENSATION_TYPE_COORDINATOR_ONLY: "Alleen een coördinator wijzigt hoe u vergoed wordt: vraag het uw coördinator.",
} satisfies Record<ReasonCode, string>;

export default reasonsNl;

/** Words for the parameters that are codes (see common/wordReason.ts). */
export const reasonValuesNl = {
  kind: {
    language: "taal", expertise: "expertise", municipality: "gemeente", country: "land",
    XLSX: "Dit is een Excel-werkmap of een ander zipbestand", XLS: "Dit is een oud Excel-bestand (.xls)", PDF: "Dit is een PDF-bestand",
    UTF16: "Dit is UTF-16-tekst (de import leest UTF-8)", BINARY: "Dit is geen UTF-8-tekst",
    EMAIL: "een e-mailadres", PHONE: "een telefoonnummer", DATE: "een datum (misschien een geboortedatum)", V_NUMBER: "een V-nummer", BSN: "een BSN",
  },
  funder: { NATIONAL: "de landelijk coördinator (landelijke regeling)", ORGANISATION: "de organisatie die deze inzet betaalt" },
  cap: { MONTH: "het maandmaximum", YEAR: "het jaarmaximum %{year}" },
  none: "nog geen",
};
