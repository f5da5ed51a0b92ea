// The machine names of why the server refused something, explained a match or flagged a
// key person, with the typed parameters each one carries (cents, ISO dates, codes,
// counts). The console words every reason in Dutch and English by its code
// (admin/src/i18n/reasons.{nl,en}.ts) and never reads the English message; a unit test
// fails when a code here has no text there, or the other way round.
//
// Add a reason: a line in ReasonParams (its parameters' types), its code in REASON_CODES,
// a sentence in each reasons file. Parameters are values, not words: amounts in cents,
// dates as YYYY-MM-DD, codes as codes. Group the lines per feature under `// --- area`.

/** A reason that needs no values. */
type NoParams = Record<never, never>;

/** What a case reference looks like when it holds an identifier of the newcomer. */
export type IdentifierKind = "EMAIL" | "PHONE" | "DATE" | "V_NUMBER" | "BSN";

/** What kind of code a lookup did not know. */
export type CodeKind = "language" | "expertise" | "municipality" | "country" | "qualificationType" | "province" | "funder";

export interface ReasonParams {
  // --- sessions and roles
  NOT_SIGNED_IN: NoParams;
  /** Wrong e-mail address or password: the same for both, so no one learns which accounts exist. */
  LOGIN_FAILED: NoParams;
  ROLE_NOT_ALLOWED: NoParams;
  /** Only the person the record is about may do this (confirm their profile, check in). */
  SELF_ONLY: NoParams;
  /** A regional coordinator acting on a place outside their region. */
  OUTSIDE_REGION: NoParams;
  /** An organisation acting for another organisation. */
  OWN_ORGANISATION_ONLY: NoParams;
  // --- records
  /** `entity` is the record's type name as in the schema (e.g. "KeyPerson"). */
  RECORD_NOT_FOUND: { entity: string; id: string };
  EMAIL_TAKEN: NoParams;
  // --- the service
  DATABASE_UNAVAILABLE: NoParams;
  /** Input the schema itself refused (a malformed scalar, an unknown enum value, a missing argument). */
  INVALID_INPUT: NoParams;
  /** Too many requests in a short time: wait `seconds`. */
  RATE_LIMITED: { seconds: number };
  // --- input values (any feature; `field` names the input)
  TEXT_CONTAINS_NUL: NoParams;
  VALUE_REQUIRED: NoParams;
  TEXT_TOO_LONG: { max: number };
  /** A number outside [min, max], both inclusive. */
  NUMBER_OUT_OF_RANGE: { min: number; max: number };
  /** A number that must be more than 0 and at most `max`. */
  NUMBER_NOT_POSITIVE_OR_TOO_HIGH: { max: number };
  NOT_A_DATE: { value: string };
  NOT_A_DATE_TIME: { value: string };
  NOT_AN_ID: { value: string };
  DATE_IN_FUTURE: { date: string };
  PERIOD_INVALID: NoParams;
  UNKNOWN_CODE: { kind: CodeKind; code: string };
  LISTED_TWICE: { code: string };
  TOO_MANY: { max: number };
  NOT_AN_EMAIL: { value: string };
  NOT_A_PHONE: { value: string };
  NOT_A_WEB_ADDRESS: { value: string };
  NOT_A_COUNTRY_CODE: { value: string };
  NOT_COORDINATES: { lat: number; lon: number };
  LOCATION_OUTSIDE_NETHERLANDS: { lat: number; lon: number };
  // --- registry (key person profiles)
  NAME_EMPTY: NoParams;
  BIRTH_YEAR_OUT_OF_RANGE: { min: number; max: number };
  LANGUAGE_REQUIRED: NoParams;
  // --- organisations and invitations
  INVITATION_INVALID: NoParams;
  /** The user has set their password already: there is nothing to invite them to. */
  INVITATION_ALREADY_ACCEPTED: NoParams;
  /** A deactivated account gets no invitation: reactivate it first. */
  INVITEE_DEACTIVATED: NoParams;
  // --- privacy
  ALREADY_ERASED: NoParams;
  ERASURE_NOT_CONFIRMED: NoParams;
  // --- public map
  NEAR_REQUIRED: NoParams;
  OFFERS_REQUIRED: NoParams;
  // --- notifications
  ALREADY_SENT: { sentAt: string };
  // --- compensation
  NO_YEAR_FIGURES: { year: number };
  /** An amount outside [minCents, maxCents]. */
  AMOUNT_OUT_OF_RANGE: { minCents: number; maxCents: number };
  UNDER_21_RATE_ABOVE_ADULT: NoParams;
  MONTH_CAP_ABOVE_YEAR_CAP: NoParams;
  RATE_ABOVE_LEGAL_MAX: { maxCents: number; year: number };
  IBAN_MALFORMED: { value: string };
  IBAN_CHECK_FAILED: { value: string };
  ASSIGNMENT_CLOSED_FOR_HOURS: { status: string };
  DATE_BEFORE_ASSIGNMENT: { date: string; began: string };
  /** Declaring `hours` more would make `totalHours` on `date`, over all assignments; a day has `maxHours`. */
  DAY_FULL: { date: string; totalHours: number; maxHours: number };
  /** `status`: APPROVED or REJECTED. */
  ALREADY_REVIEWED: { status: string };
  REJECTION_REASON_REQUIRED: NoParams;
  /** Approving would pass the month's or the year's cap; the room left is in cents. */
  CAP_EXCEEDED: {
    cap: "MONTH" | "YEAR";
    year: number;
    hours: number;
    amountCents: number;
    capCents: number;
    monthRoomCents: number;
    yearRoomCents: number;
  };
  /** Only the funder reviews: the national coordinator (NATIONAL) or the funding organisation (ORGANISATION). */
  NOT_THE_FUNDER: { funder: "NATIONAL" | "ORGANISATION" };
  IDEMPOTENCY_KEY_REUSED: NoParams;
  KM_CLAIM_HAS_AMOUNT: NoParams;
  KM_ONLY_FOR_KM_CLAIM: NoParams;
  NOTHING_TO_EXPORT: { from: string; to: string };
  // --- matching (refusals)
  CONSENT_REQUIRED: NoParams;
  /** The case reference holds what looks like an identifier of the newcomer. */
  CASE_REFERENCE_IDENTIFIER: { kind: IdentifierKind };
  BACKGROUND_NEEDS_ORIGIN: NoParams;
  START_DATE_IN_PAST: { date: string };
  /** The request's `status` (e.g. CLOSED) allows no change. */
  REQUEST_NOT_OPEN: { status: string };
  PROPOSAL_PENDING: NoParams;
  ALREADY_SUPPORTS_CASE: NoParams;
  PROPOSAL_ALREADY_ANSWERED: { status: string };
  PROPOSAL_EXPIRED: NoParams;
  ASSIGNMENT_NOT_ACTIVE: { status: string };
  LEAVE_ENDS_BEFORE_START: NoParams;
  // --- request kinds and time slots (issue 16; `kind` is a RequestKind)
  /** The kind needs its own input (`field`: appointment, consult, session, location, hoursPerWeek). */
  KIND_INPUT_REQUIRED: { kind: string };
  /** An input this kind does not take (another kind's sub-input, a start date beside a slot …); `field` names it. */
  KIND_INPUT_NOT_ALLOWED: { kind: string };
  SLOT_ENDS_BEFORE_START: NoParams;
  SLOT_IN_PAST: NoParams;
  SLOT_TOO_LONG: { maxHours: number };
  /** A consult without a location, for an organisation without a municipality: nobody would know the region. */
  CONSULT_NEEDS_PLACE: NoParams;
  /** Accepting would book the key person twice (or leave no time to travel between two bookings). */
  SLOT_TAKEN: NoParams;
  /** Not a local time "HH:MM". */
  NOT_A_TIME: { value: string };
  WINDOW_ENDS_BEFORE_START: NoParams;
  /** Two availability windows on the same ISO weekday overlap. */
  WINDOWS_OVERLAP: { weekday: number };
  /** A consult has no newcomer to move (relocateNewcomer). */
  CONSULT_NOT_RELOCATABLE: NoParams;
  /** The slot of the dated request has begun or ended: nothing to move any more. */
  SLOT_ALREADY_BEGUN: NoParams;
  // --- matching (why a candidate ranks where it does: MatchCandidate.explanation)
  MATCH_REMOTE: NoParams;
  MATCH_UNDER_1_KM: NoParams;
  MATCH_DISTANCE: { km: number };
  /** `language`: ISO 639 code; `level`: NATIVE, FLUENT or BASIC. */
  MATCH_SPEAKS: { language: string; level: string };
  MATCH_KNOWS: { expertiseCodes: string[] };
  /** Committed hours / capacity, before and after this request, in whole percent. */
  MATCH_LOAD: { beforePercent: number; afterPercent: number };
  MATCH_PREFERRED_GENDER: NoParams;
  MATCH_SAME_BACKGROUND: NoParams;
  MATCH_CONTINUITY: NoParams;
  /** The required or preferred dialect, as asked. */
  MATCH_DIALECT: { dialect: string };
  /** Holds this request's proposal, waiting for an answer. */
  MATCH_PROPOSED: NoParams;
  // --- oversight (wellbeing reasons and the dashboard's action items)
  CONTACT_REQUESTED: NoParams;
  HIGH_STRAIN: { strain: number; support: number };
  LOW_SUPPORT: { support: number };
  CHECK_IN_MISSING: { days: number };
  OVER_CAPACITY: { weeks: number };
  MANY_SGBV_CASES: { cases: number };
  SUPERVISION_OVERDUE: NoParams;
  /** The last intervision or supervision session, or null: none yet. */
  LAST_SUPERVISION: { date: string | null };
  PROFILE_CONFIRMED: { date: string };
  PROFILE_NEVER_CONFIRMED: NoParams;
  SCORE_OUT_OF_RANGE: { fields: string[] };
  // --- registry import (a row's problems; the file's problems)
  IMPORT_FORMULA: { text: string };
  IMPORT_MARKUP: { text: string };
  /** `options`: the values the column takes. */
  IMPORT_NOT_ONE_OF: { text: string; options: string[] };
  IMPORT_NOT_A_NUMBER: { text: string };
  IMPORT_EMAIL_EMPTY: NoParams;
  IMPORT_LAT_LON_PAIR: NoParams;
  /** A name that matches several codes (`options`): write the code. */
  IMPORT_AMBIGUOUS_NAME: { kind: CodeKind; text: string; options: string[] };
  IMPORT_UNKNOWN_NAME: { kind: CodeKind; text: string };
  IMPORT_POINT_IN_OTHER_MUNICIPALITY: { lat: number; lon: number; found: string; given: string };
  IMPORT_HOME_REQUIRED: NoParams;
  IMPORT_EMAIL_TWICE: { email: string; line: number };
  IMPORT_EMAIL_OTHER_ACCOUNT: { email: string };
  /** For a regional coordinator: another account has the address, or its key person lives outside the region (which, is not told). */
  IMPORT_EMAIL_NOT_AVAILABLE: NoParams;
  /** `municipality`: the CBS code of the place outside the region. */
  IMPORT_OUTSIDE_REGION: { municipality: string };
  IMPORT_FILE_TOO_LARGE: { megabytes: number };
  /** `kind`: XLSX (or another zip), XLS, PDF, UTF16, or BINARY. */
  IMPORT_NOT_CSV: { kind: "XLSX" | "XLS" | "PDF" | "UTF16" | "BINARY" };
  IMPORT_EMPTY_FILE: NoParams;
  IMPORT_NO_HEADER: NoParams;
  IMPORT_NO_ROWS: NoParams;
  /** `line`: 0 when unknown. */
  IMPORT_BAD_CSV: { line: number };
  /** `columns`: the column keys (name, email, languages, municipality, lat, lon …) the header row lacks. */
  IMPORT_MISSING_COLUMNS: { columns: string[] };
  /** Two header cells that mean the same column `column`. */
  IMPORT_DUPLICATE_COLUMN: { column: string; first: string; second: string };
  IMPORT_UPLOAD_BROKEN_OFF: NoParams;
  IMPORT_EMAIL_TAKEN_MEANWHILE: NoParams;
  IMPORT_BAD_DRY_RUN: NoParams;
  IMPORT_WRONG_CONTENT_TYPE: NoParams;
  INTERNAL_ERROR: NoParams;
  // --- matching security
  /** An organisation proposed someone who is not a candidate for the request now: the same answer whatever the reason. */
  NOT_A_CANDIDATE: NoParams;
  /** For coordinators: the hard rule (domain/matching.ts) the key person fails. */
  CANDIDATE_RULE_FAILED: { rule: string };
  /** The newcomer of one request was moved `perDay` times in the last 24 hours already. */
  RELOCATION_LIMIT: { perDay: number };
  /** A request's start date lies more than `maxDaysAhead` days ahead (after `latest`). */
  START_DATE_TOO_FAR: { latest: string; maxDaysAhead: number };
  // --- compensation rules
  /** The assignment was not active on that date (declined, cancelled, not yet accepted, or ended before). */
  ASSIGNMENT_NOT_ACTIVE_ON_DATE: { date: string };
  /** Hours and claims are dated from `earliest` to `latest` (today). */
  DATE_OUTSIDE_WINDOW: { date: string; earliest: string; latest: string };
  /** Hours in steps of `step` (a quarter), more than 0 and at most `max` a day. */
  HOURS_GRANULARITY: { step: number; max: number };
  /** Kilometres in steps of `step` (a tenth), at least `min`, at most `max`. */
  KM_GRANULARITY: { step: number; min: number; max: number };
  /** Only coordinators set a key person's compensation type. */
  COMPENSATION_TYPE_COORDINATOR_ONLY: NoParams;
  // --- accounts and sessions
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
  // --- payment files
  PAYMENT_PERIOD_INVALID: { from: string; to: string };
  /** Every approved line of the period belongs to a key person without an IBAN. */
  EXPORT_ALL_WITHOUT_IBAN: { lineCount: number; keyPersonCount: number };
  PAYMENT_FILE_LOCALE_INVALID: { locale: string };
  PAYER_NAME_INVALID: { max: number };
  PAYER_IBAN_INVALID: { iban: string };
  PAYER_BIC_INVALID: { bic: string };
  // --- newcomers' voice: feedback, ratings, complaints, signals (issue 19)
  /** A feedback link was answered already: one answer per link. */
  FEEDBACK_ALREADY_GIVEN: NoParams;
  /** A feedback link older than its days, or of an assignment that did not complete. */
  FEEDBACK_LINK_EXPIRED: { days: number };
  FEEDBACK_LINK_INVALID: NoParams;
  /** Rating, complaint: only about an assignment of one's own organisation in one of these states. */
  ASSIGNMENT_NOT_RATEABLE: { status: string };
  ASSIGNMENT_ALREADY_RATED: NoParams;
  /** A complaint or rating about an assignment that ended longer ago than `days`. */
  ASSIGNMENT_ENDED_TOO_LONG_AGO: { days: number };
  COMPLAINT_ALREADY_ANSWERED: NoParams;
  COMPLAINT_ALREADY_DECIDED: NoParams;
  /** The key person has `days` to respond before a coordinator decides without them. */
  COMPLAINT_AWAITS_RESPONSE: { days: number; respondBy: string };
  /** A complaint about the same assignment and of the same kind is still open. */
  COMPLAINT_ALREADY_OPEN: { id: string };
  /** A key person flags only an organisation they had an assignment with. */
  NOT_YOUR_ORGANISATION_TO_FLAG: NoParams;
  FLAG_ALREADY_CLOSED: NoParams;
  NOT_A_MONTH: { value: string };
  MONTH_IN_FUTURE: { month: string };
  MONTH_TOO_OLD: { months: number };
  /** Signals about reception locations: at most `max` a month per key person. */
  TOO_MANY_SIGNALS: { max: number };
  // --- messages through the public map (issue 19)
  /** The hidden field of the form was filled in: sent by a program, not a person. */
  MESSAGE_REFUSED_AUTOMATED: NoParams;
  /** The form was opened too long ago, or its token is not ours: open it again. */
  MESSAGE_FORM_EXPIRED: NoParams;
  /** Sent within `seconds` of opening the form. */
  MESSAGE_SENT_TOO_FAST: { seconds: number };
  MESSAGE_TOO_SHORT: { min: number };
  MESSAGE_TOO_MANY_LINKS: { max: number };
  /** An e-mail address or phone number to answer to. */
  REPLY_ADDRESS_REQUIRED: NoParams;
  /** Not listed, not taking messages, or no such key person (the same answer for each). */
  KEY_PERSON_NOT_CONTACTABLE: NoParams;
  /** Too many messages from this address, or to this key person: wait. */
  MESSAGE_THROTTLED: { retryAfterSeconds: number };
  // --- qualifications (issue 17)
  /** The type is on the list but no longer active: it cannot be added any more. */
  QUALIFICATION_TYPE_INACTIVE: { code: string };
  QUALIFICATION_TYPE_EXISTS: { code: string };
  /** A type code: capitals, digits and underscores, 2 to 40, starting with a capital. */
  QUALIFICATION_TYPE_CODE_INVALID: { value: string };
  /** The key person already has this qualification with this date. */
  QUALIFICATION_DUPLICATE: { code: string; obtainedOn: string };
  /** Verify or reject only what waits for it: a SELF_DECLARED qualification. */
  QUALIFICATION_ALREADY_DECIDED: { status: string };
  /** A key person removes only their own unverified qualifications; a verified one is removed by a coordinator. */
  QUALIFICATION_REMOVE_COORDINATORS_ONLY: NoParams;
  // --- group activities and affiliation (issue 17, groups)
  /** Every place is taken: `capacity` key persons already said they attend. */
  GROUP_ACTIVITY_FULL: { capacity: number };
  GROUP_ACTIVITY_CANCELLED: NoParams;
  /** The activity has begun: answers are closed. */
  GROUP_ACTIVITY_BEGUN: NoParams;
  /** Attendance is recorded once the activity has begun. */
  GROUP_ACTIVITY_NOT_BEGUN: NoParams;
  /** Not an RRULE this service understands (`value`, cut short). */
  RECURRENCE_INVALID: { value: string };
  /** A recurrence makes at most `max` occurrences within `maxDays` days, and must end (COUNT or UNTIL). */
  RECURRENCE_TOO_MANY: { max: number; maxDays: number };
  /** A place (location) or an online meeting address, or both. */
  LOCATION_OR_ONLINE_REQUIRED: NoParams;
  /** Only a training grants a qualification. */
  QUALIFICATION_ONLY_FOR_TRAINING: NoParams;
  GROUP_QUALIFICATION_UNKNOWN: { code: string };
  /** An organisation runs groups once it is responsible for the supervision of at least one key person. */
  NOT_A_SUPERVISING_ORGANISATION: NoParams;
  /** Invitations select key persons: give at least one filter (region, language, expertise) or key persons. */
  INVITE_FILTER_REQUIRED: NoParams;
  /** Attendance names key persons who were not invited (`count` of them). */
  NOT_INVITED: { count: number };
  /** The key person is already affiliated with this organisation in an overlapping period. */
  AFFILIATION_OVERLAPS: NoParams;
  /** Another organisation is responsible for the key person's supervision in an overlapping period. */
  SUPERVISION_RESPONSIBILITY_TAKEN: NoParams;
  /** The affiliation ended already, on `endsOn`. */
  AFFILIATION_ENDED: { endsOn: string };
  // --- care (issue 17): AMBER in ranking, ProQOL self-check, recognition statement
  /** An AMBER key person's score is lowered by `penalty` (domain/matching.ts AMBER_PENALTY). */
  MATCH_CARE: { penalty: number };
  /** The key person's committed hours after this request, times their declaring habit, are `expectedPercent` % of capacity: the score is lowered by `penalty` (domain/matching.ts nearCapacityPenalty). */
  MATCH_NEAR_CAPACITY: { expectedPercent: number; penalty: number };
  /** The latest ProQOL self-check scored secondary traumatic stress high (`score` of 50). */
  HIGH_SECONDARY_TRAUMA: { score: number };
  /** A ProQOL self-check answers each of its `count` items once. */
  PROQOL_ANSWERS: { count: number };
  // --- referrals (issue 18; `state` and `next` are ReferralStates)
  /** The referral is in `state`, from which it cannot become `next`. */
  REFERRAL_TRANSITION_NOT_ALLOWED: { state: string; next: string };
  /** Only the service's organisation answers a referral (accept, decline, appointment, waiting list, complete). */
  REFERRAL_SERVICE_ONLY: NoParams;
  /** Only the referring side (the key person of the assignment, the requesting organisation) withdraws or re-routes. */
  REFERRAL_REFERRER_ONLY: NoParams;
  /** The note holds what looks like an identifier of the newcomer. */
  REFERRAL_NOTE_IDENTIFIER: { kind: IdentifierKind };
  /** The note is one short line, not a story. */
  REFERRAL_NOTE_NOT_SHORT: NoParams;
  /** Consent shares nothing: at least the municipality, the language or the topic. */
  REFERRAL_CONSENT_EMPTY: NoParams;
  /** The newcomer's consent was not confirmed. */
  REFERRAL_CONSENT_REQUIRED: NoParams;
  /** Referrals are made from an ACTIVE assignment only. */
  REFERRAL_ASSIGNMENT_NOT_ACTIVE: { status: string };
  /** The service does not serve the newcomer's current municipality (or is not active). */
  REFERRAL_SERVICE_NOT_HERE: NoParams;
  /** The service does not offer this topic. */
  REFERRAL_TOPIC_NOT_OFFERED: NoParams;
  /** The same service already has an open referral for this assignment. */
  REFERRAL_ALREADY_OPEN: NoParams;
  /** Re-routing is for a referral flagged after a move. */
  REFERRAL_NOT_FLAGGED: NoParams;
  // --- care services (issue 18)
  /** A service that is not nationwide names at least one municipality it serves (or a location). */
  SERVICE_AREA_REQUIRED: NoParams;
  NOT_A_POSTAL_CODE: { value: string };
  /** A municipality's staff edit the services that serve their municipality (`municipality`: its CBS code). */
  OUTSIDE_MUNICIPALITY: { municipality: string };
  /** A key person sees an organisation's contact points once they support (an active assignment on) one of its cases. */
  CONTACTS_NEED_ACTIVE_CASE: NoParams;
  /** The assured date lies in the future. */
  ASSURED_DATE_IN_FUTURE: { date: string };
  // --- open data (HSDS, issue 18)
  /** A query parameter of the HSDS API that Sleutelkaart cannot answer (e.g. `proximity`). */
  HSDS_PARAMETER_UNSUPPORTED: { parameter: string };
  // --- request transfers (issue 18, transfers)
  /** Only the organisation that owns the request (or a coordinator in scope) hands it on. */
  NOT_THE_OWNER: NoParams;
  TRANSFER_TO_SELF: NoParams;
  TRANSFER_ALREADY_PENDING: NoParams;
  /** The newcomer still lives in the owning organisation's municipality. */
  NEWCOMER_NOT_MOVED: NoParams;
  /** The receiving organisation lies more than `maxKm` from the newcomer's new place. */
  TRANSFER_TARGET_TOO_FAR: { maxKm: number };
  TRANSFER_CONSENT_REQUIRED: NoParams;
  /** Only the receiving organisation accepts or declines. */
  NOT_THE_RECEIVER: NoParams;
  /** Only the proposing side withdraws. */
  NOT_THE_PROPOSER: NoParams;
  /** The transfer is already `state` (ACCEPTED, DECLINED, WITHDRAWN). */
  TRANSFER_NOT_PENDING: { state: string };
  // --- reports (issue 20)
  /** A report's start is not the first day of a month, quarter or year (`period`). */
  REPORT_PERIOD_START: { period: string; start: string };
  /** Both municipalities and a province: choose one. */
  REPORT_PLACE_TWICE: NoParams;
  /** A key person becomes INACTIVE: say why they stopped. */
  LEAVING_REASON_REQUIRED: NoParams;
  /** A leaving reason given while the key person does not become INACTIVE. */
  LEAVING_REASON_NOT_INACTIVE: NoParams;
}

export type ReasonCode = keyof ReasonParams;

/** Every reason code, for the console's translation check. */
export const REASON_CODES = [
  // --- sessions and roles
  "NOT_SIGNED_IN",
  "LOGIN_FAILED",
  "ROLE_NOT_ALLOWED",
  "SELF_ONLY",
  "OUTSIDE_REGION",
  "OWN_ORGANISATION_ONLY",
  // --- records
  "RECORD_NOT_FOUND",
  "EMAIL_TAKEN",
  // --- the service
  "DATABASE_UNAVAILABLE",
  "INVALID_INPUT",
  "RATE_LIMITED",
  // --- input values
  "TEXT_CONTAINS_NUL",
  "VALUE_REQUIRED",
  "TEXT_TOO_LONG",
  "NUMBER_OUT_OF_RANGE",
  "NUMBER_NOT_POSITIVE_OR_TOO_HIGH",
  "NOT_A_DATE",
  "NOT_A_DATE_TIME",
  "NOT_AN_ID",
  "DATE_IN_FUTURE",
  "PERIOD_INVALID",
  "UNKNOWN_CODE",
  "LISTED_TWICE",
  "TOO_MANY",
  "NOT_AN_EMAIL",
  "NOT_A_PHONE",
  "NOT_A_WEB_ADDRESS",
  "NOT_A_COUNTRY_CODE",
  "NOT_COORDINATES",
  "LOCATION_OUTSIDE_NETHERLANDS",
  // --- registry
  "NAME_EMPTY",
  "BIRTH_YEAR_OUT_OF_RANGE",
  "LANGUAGE_REQUIRED",
  // --- organisations and invitations
  "INVITATION_INVALID",
  "INVITATION_ALREADY_ACCEPTED",
  "INVITEE_DEACTIVATED",
  // --- privacy
  "ALREADY_ERASED",
  "ERASURE_NOT_CONFIRMED",
  // --- public map
  "NEAR_REQUIRED",
  "OFFERS_REQUIRED",
  // --- notifications
  "ALREADY_SENT",
  // --- compensation
  "NO_YEAR_FIGURES",
  "AMOUNT_OUT_OF_RANGE",
  "UNDER_21_RATE_ABOVE_ADULT",
  "MONTH_CAP_ABOVE_YEAR_CAP",
  "RATE_ABOVE_LEGAL_MAX",
  "IBAN_MALFORMED",
  "IBAN_CHECK_FAILED",
  "ASSIGNMENT_CLOSED_FOR_HOURS",
  "DATE_BEFORE_ASSIGNMENT",
  "DAY_FULL",
  "ALREADY_REVIEWED",
  "REJECTION_REASON_REQUIRED",
  "CAP_EXCEEDED",
  "NOT_THE_FUNDER",
  "IDEMPOTENCY_KEY_REUSED",
  "KM_CLAIM_HAS_AMOUNT",
  "KM_ONLY_FOR_KM_CLAIM",
  "NOTHING_TO_EXPORT",
  // --- matching (refusals)
  "CONSENT_REQUIRED",
  "CASE_REFERENCE_IDENTIFIER",
  "BACKGROUND_NEEDS_ORIGIN",
  "START_DATE_IN_PAST",
  "REQUEST_NOT_OPEN",
  "PROPOSAL_PENDING",
  "ALREADY_SUPPORTS_CASE",
  "PROPOSAL_ALREADY_ANSWERED",
  "PROPOSAL_EXPIRED",
  "ASSIGNMENT_NOT_ACTIVE",
  "LEAVE_ENDS_BEFORE_START",
  // --- request kinds and time slots
  "KIND_INPUT_REQUIRED",
  "KIND_INPUT_NOT_ALLOWED",
  "SLOT_ENDS_BEFORE_START",
  "SLOT_IN_PAST",
  "SLOT_TOO_LONG",
  "CONSULT_NEEDS_PLACE",
  "SLOT_TAKEN",
  "NOT_A_TIME",
  "WINDOW_ENDS_BEFORE_START",
  "WINDOWS_OVERLAP",
  "CONSULT_NOT_RELOCATABLE",
  "SLOT_ALREADY_BEGUN",
  // --- matching (explanations)
  "MATCH_REMOTE",
  "MATCH_UNDER_1_KM",
  "MATCH_DISTANCE",
  "MATCH_SPEAKS",
  "MATCH_KNOWS",
  "MATCH_LOAD",
  "MATCH_PREFERRED_GENDER",
  "MATCH_SAME_BACKGROUND",
  "MATCH_CONTINUITY",
  "MATCH_DIALECT",
  "MATCH_PROPOSED",
  // --- oversight
  "CONTACT_REQUESTED",
  "HIGH_STRAIN",
  "LOW_SUPPORT",
  "CHECK_IN_MISSING",
  "OVER_CAPACITY",
  "MANY_SGBV_CASES",
  "SUPERVISION_OVERDUE",
  "LAST_SUPERVISION",
  "PROFILE_CONFIRMED",
  "PROFILE_NEVER_CONFIRMED",
  "SCORE_OUT_OF_RANGE",
  // --- registry import
  "IMPORT_FORMULA",
  "IMPORT_MARKUP",
  "IMPORT_NOT_ONE_OF",
  "IMPORT_NOT_A_NUMBER",
  "IMPORT_EMAIL_EMPTY",
  "IMPORT_LAT_LON_PAIR",
  "IMPORT_AMBIGUOUS_NAME",
  "IMPORT_UNKNOWN_NAME",
  "IMPORT_POINT_IN_OTHER_MUNICIPALITY",
  "IMPORT_HOME_REQUIRED",
  "IMPORT_EMAIL_TWICE",
  "IMPORT_EMAIL_OTHER_ACCOUNT",
  "IMPORT_EMAIL_NOT_AVAILABLE",
  "IMPORT_OUTSIDE_REGION",
  "IMPORT_FILE_TOO_LARGE",
  "IMPORT_NOT_CSV",
  "IMPORT_EMPTY_FILE",
  "IMPORT_NO_HEADER",
  "IMPORT_NO_ROWS",
  "IMPORT_BAD_CSV",
  "IMPORT_MISSING_COLUMNS",
  "IMPORT_DUPLICATE_COLUMN",
  "IMPORT_UPLOAD_BROKEN_OFF",
  "IMPORT_EMAIL_TAKEN_MEANWHILE",
  "IMPORT_BAD_DRY_RUN",
  "IMPORT_WRONG_CONTENT_TYPE",
  "INTERNAL_ERROR",
  // --- matching security
  "NOT_A_CANDIDATE",
  "CANDIDATE_RULE_FAILED",
  "RELOCATION_LIMIT",
  "START_DATE_TOO_FAR",
  // --- compensation rules
  "ASSIGNMENT_NOT_ACTIVE_ON_DATE",
  "DATE_OUTSIDE_WINDOW",
  "HOURS_GRANULARITY",
  "KM_GRANULARITY",
  "COMPENSATION_TYPE_COORDINATOR_ONLY",
  // --- accounts and sessions
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
  // --- payment files
  "PAYMENT_PERIOD_INVALID",
  "EXPORT_ALL_WITHOUT_IBAN",
  "PAYMENT_FILE_LOCALE_INVALID",
  "PAYER_NAME_INVALID",
  "PAYER_IBAN_INVALID",
  "PAYER_BIC_INVALID",
  // --- newcomers' voice
  "FEEDBACK_ALREADY_GIVEN",
  "FEEDBACK_LINK_EXPIRED",
  "FEEDBACK_LINK_INVALID",
  "ASSIGNMENT_NOT_RATEABLE",
  "ASSIGNMENT_ALREADY_RATED",
  "ASSIGNMENT_ENDED_TOO_LONG_AGO",
  "COMPLAINT_ALREADY_ANSWERED",
  "COMPLAINT_ALREADY_DECIDED",
  "COMPLAINT_AWAITS_RESPONSE",
  "COMPLAINT_ALREADY_OPEN",
  "NOT_YOUR_ORGANISATION_TO_FLAG",
  "FLAG_ALREADY_CLOSED",
  "NOT_A_MONTH",
  "MONTH_IN_FUTURE",
  "MONTH_TOO_OLD",
  "TOO_MANY_SIGNALS",
  // --- messages through the public map (issue 19)
  "MESSAGE_REFUSED_AUTOMATED",
  "MESSAGE_FORM_EXPIRED",
  "MESSAGE_SENT_TOO_FAST",
  "MESSAGE_TOO_SHORT",
  "MESSAGE_TOO_MANY_LINKS",
  "REPLY_ADDRESS_REQUIRED",
  "KEY_PERSON_NOT_CONTACTABLE",
  "MESSAGE_THROTTLED",
  // --- qualifications (issue 17)
  "QUALIFICATION_TYPE_INACTIVE",
  "QUALIFICATION_TYPE_EXISTS",
  "QUALIFICATION_TYPE_CODE_INVALID",
  "QUALIFICATION_DUPLICATE",
  "QUALIFICATION_ALREADY_DECIDED",
  "QUALIFICATION_REMOVE_COORDINATORS_ONLY",
  // --- group activities and affiliation (issue 17, groups)
  "GROUP_ACTIVITY_FULL",
  "GROUP_ACTIVITY_CANCELLED",
  "GROUP_ACTIVITY_BEGUN",
  "GROUP_ACTIVITY_NOT_BEGUN",
  "RECURRENCE_INVALID",
  "RECURRENCE_TOO_MANY",
  "LOCATION_OR_ONLINE_REQUIRED",
  "QUALIFICATION_ONLY_FOR_TRAINING",
  "GROUP_QUALIFICATION_UNKNOWN",
  "NOT_A_SUPERVISING_ORGANISATION",
  "INVITE_FILTER_REQUIRED",
  "NOT_INVITED",
  "AFFILIATION_OVERLAPS",
  "SUPERVISION_RESPONSIBILITY_TAKEN",
  "AFFILIATION_ENDED",
  // --- care (issue 17)
  "MATCH_CARE",
  "MATCH_NEAR_CAPACITY",
  "HIGH_SECONDARY_TRAUMA",
  "PROQOL_ANSWERS",
  // --- referrals (issue 18)
  "REFERRAL_TRANSITION_NOT_ALLOWED",
  "REFERRAL_SERVICE_ONLY",
  "REFERRAL_REFERRER_ONLY",
  "REFERRAL_NOTE_IDENTIFIER",
  "REFERRAL_NOTE_NOT_SHORT",
  "REFERRAL_CONSENT_EMPTY",
  "REFERRAL_CONSENT_REQUIRED",
  "REFERRAL_ASSIGNMENT_NOT_ACTIVE",
  "REFERRAL_SERVICE_NOT_HERE",
  "REFERRAL_TOPIC_NOT_OFFERED",
  "REFERRAL_ALREADY_OPEN",
  "REFERRAL_NOT_FLAGGED",
  // --- care services (issue 18)
  "SERVICE_AREA_REQUIRED",
  "NOT_A_POSTAL_CODE",
  "OUTSIDE_MUNICIPALITY",
  "CONTACTS_NEED_ACTIVE_CASE",
  "ASSURED_DATE_IN_FUTURE",
  // --- open data (HSDS, issue 18)
  "HSDS_PARAMETER_UNSUPPORTED",
  // --- request transfers (issue 18, transfers)
  "NOT_THE_OWNER",
  "TRANSFER_TO_SELF",
  "TRANSFER_ALREADY_PENDING",
  "NEWCOMER_NOT_MOVED",
  "TRANSFER_TARGET_TOO_FAR",
  "TRANSFER_CONSENT_REQUIRED",
  "NOT_THE_RECEIVER",
  "NOT_THE_PROPOSER",
  "TRANSFER_NOT_PENDING",
  // --- reports (issue 20)
  "REPORT_PERIOD_START",
  "REPORT_PLACE_TWICE",
  "LEAVING_REASON_REQUIRED",
  "LEAVING_REASON_NOT_INACTIVE",
] as const satisfies readonly ReasonCode[];

// A reason with no parameters may leave `params` out.
type ParamsOf<R extends ReasonCode> = [keyof ReasonParams[R]] extends [never] ? { params?: ReasonParams[R] } : { params: ReasonParams[R] };

/** What went wrong, as a code and its parameters; `field` names the input at fault. */
export type Refusal = { [R in ReasonCode]: { reason: R; field?: string } & ParamsOf<R> }[ReasonCode];

/** A reason as data (an explanation, a row problem, an action item): its code and parameters. */
export type Coded = { [R in ReasonCode]: { code: R } & ParamsOf<R> }[ReasonCode];

/** A reason as data; `params` is always there (empty for a reason without values). */
export const coded = <R extends ReasonCode>(code: R, ...params: [keyof ReasonParams[R]] extends [never] ? [] : [ReasonParams[R]]): Coded =>
  ({ code, params: params[0] ?? {} }) as Coded;
