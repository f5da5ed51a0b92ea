import type { ReasonCode } from "../../../server/src/domain/reasons";

// Why the server refused something, explained a match or flagged a key person, in English:
// one sentence per reason code of server/src/domain/reasons.ts. Parameters arrive
// formatted for the reader (amounts in euros, dates, names; see common/wordReason.ts).
// A unit test fails when a code has no text here or a text has no code.

const reasonsEn = {
  // --- sessions and roles
  NOT_SIGNED_IN: "Log in first, or again: sessions last 12 hours.",
  LOGIN_FAILED: "The e-mail address or password is wrong.",
  ROLE_NOT_ALLOWED: "Your role may not do this.",
  SELF_ONLY: "Only the person themself can do this.",
  OUTSIDE_REGION: "This place lies outside your region: ask the national coordinator.",
  OWN_ORGANISATION_ONLY: "An organisation does this only for itself (or the national coordinator).",
  // --- records
  RECORD_NOT_FOUND: "This does not exist (any more), or is not yours to see.",
  EMAIL_TAKEN: "This e-mail address is already in use: each account needs its own address.",
  // --- the service
  DATABASE_UNAVAILABLE: "The database cannot be reached right now: try again in a moment.",
  INVALID_INPUT: "The input is not valid: check the fields and try again.",
  RATE_LIMITED: "Too many requests: wait %{seconds} seconds and try again.",
  INTERNAL_ERROR: "Something went wrong on our side; it has been logged. Try again, or report it if it persists.",
  // --- input values
  TEXT_CONTAINS_NUL: "The text holds an invisible NUL character: remove it and try again.",
  VALUE_REQUIRED: "Fill this in.",
  TEXT_TOO_LONG: "Keep it under %{max} characters.",
  NUMBER_OUT_OF_RANGE: "Give a number from %{min} to %{max}.",
  NUMBER_NOT_POSITIVE_OR_TOO_HIGH: "Give a number more than 0 and at most %{max}.",
  NOT_A_DATE: "“%{value}” is not a date.",
  NOT_A_DATE_TIME: "“%{value}” is not a date and time.",
  NOT_AN_ID: "“%{value}” is not the number of a user.",
  DATE_IN_FUTURE: "%{date} lies in the future: fill in what has happened.",
  PERIOD_INVALID: "Give a period whose start is on or before its end.",
  UNKNOWN_CODE: "Unknown %{kind}: “%{code}”.",
  LISTED_TWICE: "“%{code}” is listed twice.",
  TOO_MANY: "Give at most %{max}.",
  NOT_AN_EMAIL: "“%{value}” is not an e-mail address.",
  NOT_A_PHONE: "“%{value}” is not a phone number (digits, spaces, +, - and brackets).",
  NOT_A_WEB_ADDRESS: "“%{value}” is not a web address: start with https://.",
  NOT_A_COUNTRY_CODE: "“%{value}” is not a two-letter country code (such as SY, ER, AF).",
  NOT_COORDINATES: "(%{lat}, %{lon}) is not a valid latitude and longitude.",
  LOCATION_OUTSIDE_NETHERLANDS: "The point (%{lat}, %{lon}) is not in the Netherlands.",
  // --- registry
  NAME_EMPTY: "The name is empty.",
  BIRTH_YEAR_OUT_OF_RANGE: "The birth year must lie between %{min} and %{max}.",
  LANGUAGE_REQUIRED: "Give at least one language.",
  PASSWORD_TOO_SHORT: "The password must be at least %{min} characters.",
  // --- organisations and invitations
  INVITATION_INVALID: "This invitation link does not work (any more): it was used already, has expired, or is incomplete. Ask your coordinator for a new one.",
  // --- privacy
  ALREADY_ERASED: "This key person has already been erased.",
  ERASURE_NOT_CONFIRMED: "To confirm, type the key person's name exactly.",
  // --- public map
  NEAR_REQUIRED: "A radius needs a point: choose a place.",
  OFFERS_REQUIRED: "Say in a sentence what the organisation offers, so people know why to contact it.",
  // --- notifications
  ALREADY_SENT: "This message was sent on %{sentAt}: it is never sent twice.",
  // --- compensation
  NO_YEAR_FIGURES: "There are no volunteer allowance figures for %{year} yet: the national coordinator must add them first (Compensation rules).",
  AMOUNT_OUT_OF_RANGE: "Give an amount from %{minCents} to %{maxCents}.",
  UNDER_21_RATE_ABOVE_ADULT: "The under-21 hourly rate cannot exceed the adult rate.",
  MONTH_CAP_ABOVE_YEAR_CAP: "The monthly cap cannot exceed the yearly cap.",
  RATE_ABOVE_LEGAL_MAX: "The hourly rate cannot exceed the legal maximum of %{maxCents} (%{year}).",
  IBAN_MALFORMED: "“%{value}” is not an IBAN (e.g. NL91 ABNA 0417 1643 00).",
  IBAN_CHECK_FAILED: "“%{value}” is not a valid IBAN: its check digits do not match.",
  ASSIGNMENT_CLOSED_FOR_HOURS: "Hours go on an active (or just completed) assignment; this one is %{status}.",
  DATE_BEFORE_ASSIGNMENT: "%{date} lies before the assignment began (%{began}).",
  DAY_FULL: "That makes %{totalHours} hours on %{date}, over all assignments; a day has %{maxHours}.",
  ALREADY_REVIEWED: "Already %{status}.",
  REJECTION_REASON_REQUIRED: "Say why you reject it, so the key person can correct it.",
  CAP_EXCEEDED:
    "Approving %{hours} h (%{amountCents}) would pass %{cap} of %{capCents}, which would make the whole allowance taxable. Room left: %{monthRoomCents} this month, %{yearRoomCents} this year. Approve fewer hours, or reject these with a reason.",
  NOT_THE_FUNDER: "Only %{funder} reviews this.",
  IDEMPOTENCY_KEY_REUSED: "This form was already used for a different claim: reload the page and fill it in again.",
  KM_CLAIM_HAS_AMOUNT: "A kilometre claim's amount follows from the kilometres and the rate: leave the amount empty.",
  KM_ONLY_FOR_KM_CLAIM: "Kilometres go with an own-transport claim only.",
  NOTHING_TO_EXPORT: "Nothing approved and not yet exported between %{from} and %{to}.",
  // --- matching (refusals)
  CONSENT_REQUIRED: "The newcomer has not agreed to be referred yet: ask them first.",
  CASE_REFERENCE_IDENTIFIER: "The case reference seems to hold %{kind}: never use the newcomer's details, but your organisation's own reference (e.g. GGD-AMS-2025-0142).",
  BACKGROUND_NEEDS_ORIGIN: "A different background needs the newcomer's country of origin.",
  START_DATE_IN_PAST: "The start date %{date} lies in the past: choose today or later.",
  REQUEST_NOT_OPEN: "This request is %{status}: this is no longer possible.",
  PROPOSAL_PENDING: "A proposal is already waiting for an answer: wait for it, or let it expire.",
  ALREADY_SUPPORTS_CASE: "This key person already supports this case.",
  PROPOSAL_ALREADY_ANSWERED: "This proposal is already %{status}.",
  PROPOSAL_EXPIRED: "This proposal has expired: the organisation can propose again.",
  ASSIGNMENT_NOT_ACTIVE: "Only an active assignment can be completed; this one is %{status}.",
  LEAVE_ENDS_BEFORE_START: "The leave ends before it starts.",
  // --- matching (why a candidate ranks where it does)
  MATCH_REMOTE: "remote support",
  MATCH_UNDER_1_KM: "under 1 km away",
  MATCH_DISTANCE: "%{km} km away",
  MATCH_SPEAKS: "speaks %{language} (%{level})",
  MATCH_KNOWS: "knows %{expertiseCodes}",
  MATCH_LOAD: "load %{beforePercent}% → %{afterPercent}%",
  MATCH_PREFERRED_GENDER: "preferred gender",
  MATCH_SAME_BACKGROUND: "same background",
  MATCH_CONTINUITY: "already supports this case",
  // --- oversight
  CONTACT_REQUESTED: "asked to be contacted",
  HIGH_STRAIN: "strain or impact %{strain}/5 with support %{support}/5",
  LOW_SUPPORT: "feels supported %{support}/5",
  CHECK_IN_MISSING: "last check-in %{smart_count} day ago |||| last check-in %{smart_count} days ago",
  OVER_CAPACITY: "declared more than their capacity %{smart_count} week |||| declared more than their capacity %{smart_count} weeks in a row",
  MANY_SGBV_CASES: "%{smart_count} SGBV case at once |||| %{smart_count} SGBV cases at once",
  SUPERVISION_OVERDUE: "no intervision or supervision for more than 12 weeks",
  LAST_SUPERVISION: "last session: %{date}",
  PROFILE_CONFIRMED: "confirmed on %{date}",
  PROFILE_NEVER_CONFIRMED: "never confirmed",
  SCORE_OUT_OF_RANGE: "Answer each question with a whole number from 1 to 5.",
  // --- registry import
  IMPORT_FORMULA: "“%{text}” looks like a spreadsheet formula and is refused (start the cell with an apostrophe to keep it as text).",
  IMPORT_MARKUP: "“%{text}” contains HTML or script markup: remove it.",
  IMPORT_NOT_ONE_OF: "“%{text}” is not one of: %{options}.",
  IMPORT_NOT_A_NUMBER: "“%{text}” is not a number.",
  IMPORT_EMAIL_EMPTY: "The e-mail address is empty: every key person needs one (it is their login).",
  IMPORT_LAT_LON_PAIR: "Give both latitude and longitude, or neither (then the municipality's centre is used).",
  IMPORT_AMBIGUOUS_NAME: "The %{kind} “%{text}” can mean several things (%{options}): write the code.",
  IMPORT_UNKNOWN_NAME: "Unknown %{kind}: “%{text}”. Give its code or name.",
  IMPORT_POINT_IN_OTHER_MUNICIPALITY: "The point (%{lat}, %{lon}) lies in %{found}, not in %{given}: correct one of them, or leave one out.",
  IMPORT_HOME_REQUIRED: "Where does the key person live? Give the municipality, or latitude and longitude.",
  IMPORT_EMAIL_TWICE: "The e-mail address %{email} is also on line %{line}: each key person once.",
  IMPORT_EMAIL_OTHER_ACCOUNT: "The e-mail address %{email} belongs to another account: each account needs its own address.",
  IMPORT_OUTSIDE_REGION: "%{municipality} lies outside your region: ask the national coordinator.",
  IMPORT_FILE_TOO_LARGE: "The file is larger than %{megabytes} MB: split it and import the parts one after another.",
  IMPORT_NOT_CSV: "%{kind}, not CSV. In Excel choose File → Save As → “CSV UTF-8 (comma delimited)”; in LibreOffice choose “Text CSV” with character set UTF-8.",
  IMPORT_EMPTY_FILE: "The file is empty: fill in the template (one key person per row under the header row) and try again.",
  IMPORT_NO_HEADER: "The file has no header row: fill in the template (one key person per row under the header row).",
  IMPORT_NO_ROWS: "The file has a header row but no key persons under it.",
  IMPORT_BAD_CSV: "The file is not valid CSV (line %{line}): is a quote left open?",
  IMPORT_MISSING_COLUMNS: "The header row lacks the required columns: %{columns}. Download the template to see every column.",
  IMPORT_DUPLICATE_COLUMN: "The columns “%{first}” and “%{second}” both mean %{column}: keep one.",
  IMPORT_UPLOAD_BROKEN_OFF: "The upload broke off before the end of the file: nothing was imported.",
  IMPORT_EMAIL_TAKEN_MEANWHILE: "Someone else registered one of these e-mail addresses while the import ran: nothing was imported. Run the dry run again to see which.",
  IMPORT_BAD_DRY_RUN: "Invalid request: the dry run must be on or off.",
  IMPORT_WRONG_CONTENT_TYPE: "Send the CSV file itself.",
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
  COMPENSATION_TYPE_COORDINATOR_ONLY: "Only a coordinator changes how you are compensated: ask your coordinator.",
} satisfies Record<ReasonCode, string>;

export default reasonsEn;

/** Words for the parameters that are codes (see common/wordReason.ts). */
export const reasonValuesEn = {
  kind: {
    language: "language", expertise: "expertise", municipality: "municipality", country: "country",
    XLSX: "This is an Excel workbook or another zip file", XLS: "This is an old Excel (.xls) file", PDF: "This is a PDF file",
    UTF16: "This is UTF-16 text (the import reads UTF-8)", BINARY: "This is not UTF-8 text",
    EMAIL: "an e-mail address", PHONE: "a phone number", DATE: "a date (perhaps a date of birth)", V_NUMBER: "a V-number", BSN: "a BSN",
  },
  funder: { NATIONAL: "the national coordinator (national scheme)", ORGANISATION: "the organisation that funds this assignment" },
  cap: { MONTH: "the monthly cap", YEAR: "the %{year} cap" },
  none: "none yet",
};
