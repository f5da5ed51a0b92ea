/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What a key person on the action list needs, most urgent first */
export type ActionKind =
  | 'CONTACT_REQUESTED'
  | 'RED'
  | 'STALE'
  | 'SUPERVISION_DUE'
  | 'SUPERVISION_OVERDUE';

export type Activity =
  | 'ACCOMPANIMENT'
  | 'INFORMATION_SESSION'
  | 'SUPERVISION'
  | 'SUPPORT'
  | 'TRAVEL';

export type AffiliationInput = {
  endsOn?: string | null | undefined;
  keyPersonId: string | number;
  organisationId: string | number;
  responsibleForSupervision: boolean;
  startsOn: string;
};

export type AppointmentInput = {
  endsAt: string;
  /** ON_SITE happens at the newcomer's location; PHONE and VIDEO are remote */
  mode: AppointmentMode;
  /** The key person's role, e.g. interpreter, cultural mediator, companion */
  role?: string | null | undefined;
  /** Where or with whom, e.g. GP, COA interview (no names) */
  setting?: string | null | undefined;
  startsAt: string;
};

export type AppointmentMode =
  | 'ON_SITE'
  | 'PHONE'
  | 'VIDEO';

export type AssignmentFilter = {
  ids?: Array<string | number> | null | undefined;
  requestId?: string | number | null | undefined;
  status?: AssignmentStatus | null | undefined;
};

/** How to order the list: a column and a direction; ties go by id */
export type AssignmentSort = {
  field: AssignmentSortField;
  order?: SortOrder | null | undefined;
};

export type AssignmentSortField =
  | 'CASE_REFERENCE'
  | 'HOURS_PER_WEEK'
  | 'KEY_PERSON'
  | 'PROPOSED_AT'
  | 'STATUS';

export type AssignmentStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DECLINED'
  | 'EXPIRED'
  | 'PROPOSED';

export type AuditFilter = {
  /** e.g. readWellbeing, updateKeyPerson */
  action?: string | null | undefined;
  actorUserId?: string | number | null | undefined;
  entityId?: string | number | null | undefined;
  /** e.g. KeyPerson, Assignment */
  entityType?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
};

/** How to order the list: a column and a direction; ties go by id */
export type AuditSort = {
  field: AuditSortField;
  order?: SortOrder | null | undefined;
};

export type AuditSortField =
  | 'ACTION'
  | 'AT'
  | 'ENTITY_TYPE';

export type AvailabilityWindowInput = {
  /** "13:00"; "24:00" is the end of the day */
  endTime: string;
  /** "09:00", Europe/Amsterdam */
  startTime: string;
  /** 1 = Monday … 7 = Sunday (ISO) */
  weekday: number;
};

export type BackgroundPreference =
  | 'DIFFERENT'
  | 'NO_PREFERENCE'
  | 'SAME';

export type CareServiceFilter = {
  ids?: Array<string | number> | null | undefined;
  /** Offered in this language (ISO 639-3) */
  languageCode?: string | null | undefined;
  /** Serves this municipality (its areas, its locations, or nationwide) */
  municipalityCode?: string | null | undefined;
  organisationId?: string | number | null | undefined;
  /** Searches the name and the description */
  q?: string | null | undefined;
  /** Only the services not assured for 180 days (true) or only the fresh ones (false) */
  stale?: boolean | null | undefined;
  status?: CareServiceStatus | null | undefined;
  /** An expertise code among its topics */
  topic?: string | null | undefined;
};

/** A care service; lists replace what the service had */
export type CareServiceInput = {
  anonymousLine?: boolean;
  /** What happens after contact */
  applicationProcess?: string | null | undefined;
  description?: string | null | undefined;
  eligibilityDescription?: string | null | undefined;
  email?: string | null | undefined;
  /** Costs */
  feesDescription?: string | null | undefined;
  interpretersAvailable?: boolean;
  isPublic?: boolean;
  /** ISO 639-3 codes */
  languageCodes?: Array<string>;
  locations?: Array<CareServiceLocationInput>;
  /** Service areas: CBS municipality codes */
  municipalityCodes?: Array<string>;
  name: string;
  nationwide?: boolean;
  /** The organisation that gives the service (organisation staff: their own, unless a municipality's staff) */
  organisationId: string | number;
  phones?: Array<CareServicePhoneInput>;
  residenceEligibility?: Array<ResidenceStatus>;
  schedules?: Array<CareServiceScheduleInput>;
  status?: CareServiceStatus | null | undefined;
  /** Expertise codes */
  topics?: Array<string>;
  url?: string | null | undefined;
};

/** A place where the service is given (HSDS location) */
export type CareServiceLocationInput = {
  address: string;
  city: string;
  /** An existing location of this service, kept (its HSDS ids stay the same) */
  id?: string | number | null | undefined;
  lat?: number | null | undefined;
  lon?: number | null | undefined;
  /** CBS code, e.g. GM0363 */
  municipalityCode: string;
  name?: string | null | undefined;
  postalCode: string;
};

/** A phone number (HSDS phone) */
export type CareServicePhoneInput = {
  description?: string | null | undefined;
  number: string;
};

/** Opening hours on one weekday (HSDS schedule, freq WEEKLY) */
export type CareServiceScheduleInput = {
  /** HH:MM */
  closesAt: string;
  notes?: string | null | undefined;
  /** HH:MM */
  opensAt: string;
  /** ISO weekday: 1 Monday … 7 Sunday */
  weekday: number;
};

export type CareServiceStatus =
  | 'ACTIVE'
  | 'DEFUNCT'
  | 'INACTIVE'
  | 'TEMPORARILY_CLOSED';

export type CompensationRulesInput = {
  hourlyRateCents: number;
  hourlyRateUnder21Cents: number;
  kmRateCents: number;
  monthCapCents: number;
  yearCapCents: number;
};

export type CompensationType =
  | 'EMPLOYED'
  | 'FREELANCE'
  | 'VOLUNTEER';

export type ComplaintDecision =
  | 'DISMISSED'
  | 'UPHELD';

export type ComplaintFilter = {
  assignmentId?: string | number | null | undefined;
  state?: ComplaintState | null | undefined;
};

export type ComplaintKind =
  | 'CONDUCT'
  | 'CONFIDENTIALITY'
  | 'LATE'
  | 'NO_SHOW';

export type ComplaintState =
  | 'DISMISSED'
  | 'OPEN'
  | 'RESPONDED'
  | 'UPHELD';

export type ConsultInput = {
  hours: number;
  topic: string;
};

/** A coordinator, regional coordinator or organisation account; key persons get theirs with createKeyPerson */
export type CreateUserInput = {
  email: string;
  /** Required for REGIONAL_COORDINATOR: CBS municipality codes */
  municipalityCodes?: Array<string> | null | undefined;
  /** Required for ORGANISATION */
  organisationId?: string | number | null | undefined;
  /**
   * Left out (the console): an invitation is e-mailed and the user chooses their password
   * @deprecated Leave it out: the new user gets an e-mailed invitation link and chooses their own password
   */
  password?: string | null | undefined;
  role: Role;
};

export type DecideComplaintInput = {
  decision: ComplaintDecision;
  /** Why: read by the organisation and the key person */
  note: string;
};

export type DeclineTransferInput = {
  /** Optional, at most 500 characters; never who the newcomer is */
  note?: string | null | undefined;
  reason: TransferDeclineReason;
};

export type ExpenseClaimInput = {
  /** PUBLIC_TRANSPORT and OTHER */
  amountCents?: number | null | undefined;
  assignmentId?: string | number | null | undefined;
  date: string;
  description: string;
  /** The same key twice creates one claim */
  idempotencyKey: string;
  kind: ExpenseKind;
  /** OWN_TRANSPORT_KM: amount = km × the year's rate */
  km?: number | null | undefined;
};

/** How to order the list: a column and a direction; ties go by id */
export type ExpenseClaimSort = {
  field: ExpenseClaimSortField;
  order?: SortOrder | null | undefined;
};

export type ExpenseClaimSortField =
  | 'AMOUNT'
  | 'DATE'
  | 'KIND'
  | 'STATUS';

export type ExpenseKind =
  | 'OTHER'
  | 'OWN_TRANSPORT_KM'
  | 'PUBLIC_TRANSPORT';

export type FeedbackQuestion =
  | 'FELT_SAFE'
  | 'HELPFUL'
  | 'UNDERSTOOD'
  | 'WOULD_RECOMMEND';

export type FileComplaintInput = {
  assignmentId: string | number;
  /** What happened, at most 2000 characters; nothing that identifies the newcomer */
  description: string;
  kind: ComplaintKind;
};

export type FlagOrganisationInput = {
  kind: OrganisationFlagKind;
  /** At most 1000 characters */
  note?: string | null | undefined;
  organisationId: string | number;
};

export type Funding =
  | 'NATIONAL_SCHEME'
  | 'ORGANISATION';

export type Gender =
  | 'FEMALE'
  | 'MALE'
  | 'NON_BINARY';

export type GeoPointInput = {
  lat: number;
  lon: number;
};

export type GroupActivityAnswer =
  | 'ATTENDING'
  | 'NOT_ATTENDING';

export type GroupActivityFilter = {
  includeCancelled?: boolean | null | undefined;
  kind?: GroupActivityKind | null | undefined;
  /** true: not yet ended; false: ended */
  upcoming?: boolean | null | undefined;
};

export type GroupActivityInput = {
  capacity: number;
  endsAt: string;
  kind: GroupActivityKind;
  /** Where it takes place; a location, an onlineUrl, or both */
  location?: GeoPointInput | null | undefined;
  onlineUrl?: string | null | undefined;
  /** TRAINING only: the qualification type attending grants, verified */
  qualificationCode?: string | null | undefined;
  /** An RFC 5545 RRULE without DTSTART (e.g. FREQ=WEEKLY;INTERVAL=2;COUNT=6), counted from startsAt in Europe/Amsterdam; each occurrence becomes an activity */
  recurrence?: string | null | undefined;
  startsAt: string;
  title: string;
};

export type GroupActivityKind =
  | 'INTERVISION'
  | 'NETWORK_MEETING'
  | 'SUPERVISION'
  | 'TRAINING';

/** Whom to invite: key persons in scope matching every filter given (at least one) */
export type GroupInviteInput = {
  /** With one of these expertise areas */
  expertiseCodes?: Array<string> | null | undefined;
  /** These key persons (also within the scope and the other filters) */
  keyPersonIds?: Array<string | number> | null | undefined;
  /** Speaking one of these languages */
  languageCodes?: Array<string> | null | undefined;
  /** Living in one of these municipalities (CBS codes) */
  municipalityCodes?: Array<string> | null | undefined;
  /** Living in one of these provinces (codes, e.g. PV27) */
  provinceCodes?: Array<string> | null | undefined;
  /** Also every later occurrence of the series that has not begun */
  wholeSeries?: boolean;
};

export type HourEntryInput = {
  activity: Activity;
  assignmentId: string | number;
  date: string;
  hours: number;
};

/** How to order the list: a column and a direction; ties go by id */
export type HourEntrySort = {
  field: HourEntrySortField;
  order?: SortOrder | null | undefined;
};

export type HourEntrySortField =
  | 'ACTIVITY'
  | 'DATE'
  | 'HOURS'
  | 'STATUS';

export type InformationSessionInput = {
  endsAt: string;
  expectedParticipants: number;
  startsAt: string;
  topics?: Array<string> | null | undefined;
};

export type KeyPersonFilter = {
  /** Has all of these */
  expertiseCodes?: Array<string> | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** Speaks any of these */
  languageCodes?: Array<string> | null | undefined;
  municipalityCodes?: Array<string> | null | undefined;
  /** Searches the name, the home municipality's name and the languages (Dutch or English name, ISO code) */
  q?: string | null | undefined;
  stale?: boolean | null | undefined;
  status?: KeyPersonStatus | null | undefined;
  supervisionStatus?: SupervisionStatus | null | undefined;
  wellbeingStatus?: WellbeingStatus | null | undefined;
};

export type KeyPersonInput = {
  /** For the under-21 allowance rate */
  birthYear?: number | null | undefined;
  compensationType: CompensationType;
  displayName: string;
  /** Also the login of the key person's user */
  email: string;
  expertiseCodes: Array<string>;
  gender?: Gender | null | undefined;
  /** The municipality is derived from it */
  homeLocation: GeoPointInput;
  languages: Array<LanguageSkillInput>;
  maxTravelKm: number;
  /** The key person agrees that their origins steer background matching; omitted: unchanged (new: no) */
  originMatchingConsent?: boolean | null | undefined;
  /** Countries of origin, ISO 3166-1 alpha-2 */
  origins?: Array<string> | null | undefined;
  phone?: string | null | undefined;
  remoteAvailable: boolean;
  weeklyCapacityHours: number;
};

/** How to order the list: a column and a direction; ties go by id */
export type KeyPersonSort = {
  field: KeyPersonSortField;
  order?: SortOrder | null | undefined;
};

export type KeyPersonSortField =
  | 'CREATED_AT'
  | 'DISPLAY_NAME'
  | 'MUNICIPALITY'
  | 'PROFILE_CONFIRMED_AT'
  | 'STATUS';

export type KeyPersonStatus =
  | 'ACTIVE'
  | 'INACTIVE'
  | 'PAUSED';

export type LanguageLevel =
  | 'BASIC'
  | 'FLUENT'
  | 'NATIVE';

export type LanguageSkillInput = {
  /** ISO 639-3 code, e.g. tir, apc, prs */
  code: string;
  /** e.g. Damascene, Herati */
  dialect?: string | null | undefined;
  level: LanguageLevel;
};

export type LeaveInput = {
  endsOn: string;
  startsOn: string;
};

export type LeavingReason =
  | 'MOVED'
  | 'OTHER'
  | 'OVERLOAD'
  | 'PAID_WORK'
  | 'PERSONAL';

export type LocationSignalCategory =
  | 'ACCESS_TO_CARE'
  | 'CHILDREN'
  | 'LIVING_CONDITIONS'
  | 'OTHER'
  | 'PRIVACY'
  | 'SAFETY'
  | 'VIOLENCE';

/** An anonymous signal about a reception location: no names, no dates beyond the month */
export type LocationSignalInput = {
  category: LocationSignalCategory;
  /** YYYY-MM: the month it is about, within the last 12 */
  month: string;
  /** CBS code of the municipality the location is in */
  municipalityCode: string;
};

export type MatchRequestFilter = {
  /** Created on or after this day (Europe/Amsterdam) */
  createdFrom?: string | null | undefined;
  /** Created on or before this day (Europe/Amsterdam) */
  createdTo?: string | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** Only requests of this kind */
  kind?: RequestKind | null | undefined;
  /** Requests asking for any of these languages (ISO 639-3) */
  languageCodes?: Array<string> | null | undefined;
  /** Requests whose newcomer is in any of these municipalities (CBS codes) */
  municipalityCodes?: Array<string> | null | undefined;
  /** Requests of any of these organisations (within what the caller may see) */
  organisationIds?: Array<string | number> | null | undefined;
  /** Case reference search */
  q?: string | null | undefined;
  status?: MatchRequestStatus | null | undefined;
  /** Only requests without any candidate */
  unmet?: boolean | null | undefined;
};

export type MatchRequestInput = {
  /** APPOINTMENT only, and required there */
  appointment?: AppointmentInput | null | undefined;
  /** When a proposal expires or is declined, propose the next candidate automatically (default false) */
  autoEscalate?: boolean | null | undefined;
  /** DIFFERENT excludes key persons of that origin; SAME ranks them higher */
  backgroundPreference?: BackgroundPreference | null | undefined;
  /** The organisation's own pseudonym; never a name, date of birth, V-number or contact detail */
  caseReference: string;
  /** CONSULT only, and required there */
  consult?: ConsultInput | null | undefined;
  /** All required */
  expertiseCodes?: Array<string> | null | undefined;
  funding: Funding;
  /** CASE_SUPPORT only (required there); other kinds take their hours from the slot or the consult */
  hoursPerWeek?: number | null | undefined;
  /** What kind of work; each kind takes its own fields */
  kind?: RequestKind | null | undefined;
  /** ISO 639-3; one of them suffices */
  languageCodes: Array<string>;
  /** The newcomer's current location (where an on-site appointment or a session happens). Required except for CONSULT, where it is optional and only places the request in a region */
  location?: GeoPointInput | null | undefined;
  /** The newcomer agreed to be referred; false or absent is refused, except for a CONSULT (no newcomer in it) */
  newcomerConsent?: boolean | null | undefined;
  /** ISO 3166-1 alpha-2, only to apply backgroundPreference */
  newcomerOrigin?: string | null | undefined;
  /** Any kind: a wish, ranks higher */
  preferredDialect?: string | null | undefined;
  /** A preference: ranks higher, never excludes */
  preferredGender?: Gender | null | undefined;
  /** Default: false */
  remoteAcceptable?: boolean | null | undefined;
  /** Any kind: a key person's dialect note of a requested language must name it */
  requiredDialect?: string | null | undefined;
  /** INFORMATION_SESSION only, and required there */
  session?: InformationSessionInput | null | undefined;
  /** Default: today. Not for dated kinds: their slot gives the date */
  startsOn?: string | null | undefined;
};

/** How to order the list: a column and a direction; ties go by id */
export type MatchRequestSort = {
  field: MatchRequestSortField;
  order?: SortOrder | null | undefined;
};

export type MatchRequestSortField =
  | 'CASE_REFERENCE'
  | 'CREATED_AT'
  | 'KIND'
  | 'MUNICIPALITY'
  | 'ORGANISATION'
  | 'STATUS'
  | 'UNMET_SINCE';

export type MatchRequestStatus =
  | 'CANCELLED'
  | 'CLOSED'
  | 'MATCHED'
  | 'OPEN';

export type NotificationFilter = {
  /** true: only messages to users whose address bounced */
  bounced?: boolean | null | undefined;
  ids?: Array<string | number> | null | undefined;
  kind?: NotificationKind | null | undefined;
  /** FAILED: what could not be delivered; HELD: kept because no SMTP server is configured */
  status?: NotificationStatus | null | undefined;
  /** The recipient */
  userId?: string | number | null | undefined;
};

export type NotificationKind =
  | 'ASSIGNMENT_CANCELLED'
  | 'CARE_SERVICE_STALE'
  | 'CASE_TRANSFERRED'
  | 'CHECK_IN_DUE'
  | 'CLAIM_REJECTED'
  | 'COMPLAINT_DECIDED'
  | 'COMPLAINT_FILED'
  | 'GROUP_ACTIVITY_INVITATION'
  | 'HANDOVER'
  | 'HANDOVER_OVERLAP'
  | 'HOURS_REJECTED'
  | 'INTERVISION_DUE'
  | 'INVITATION'
  | 'ORGANISATION_FLAGGED'
  | 'PASSWORD_RESET'
  | 'PROFILE_STALE'
  | 'PROPOSAL'
  | 'PROPOSAL_ACCEPTED'
  | 'PROPOSAL_DECLINED'
  | 'PROPOSAL_EXPIRED'
  | 'PROPOSAL_REMINDER'
  | 'PUBLIC_MESSAGE'
  | 'QUALIFICATION_EXPIRING'
  | 'REFERRAL_RECEIVED'
  | 'REFERRAL_UPDATED'
  | 'TRANSFER_ANSWERED'
  | 'TRANSFER_PROPOSED'
  | 'UNMET_DIGEST'
  | 'WELLBEING_ATTENTION';

/** How to order the list: a column and a direction; ties go by id */
export type NotificationSort = {
  field: NotificationSortField;
  order?: SortOrder | null | undefined;
};

export type NotificationSortField =
  | 'CREATED_AT'
  | 'SENT_AT'
  | 'STATUS'
  | 'SUBJECT';

export type NotificationStatus =
  | 'FAILED'
  | 'HELD'
  | 'PENDING'
  | 'SENT';

/** A named contact point of an organisation */
export type OrganisationContactInput = {
  email?: string | null | undefined;
  name: string;
  phone?: string | null | undefined;
  title?: string | null | undefined;
};

export type OrganisationFilter = {
  ids?: Array<string | number> | null | undefined;
  kind?: OrganisationKind | null | undefined;
  /** Searches the name and the municipality's name */
  q?: string | null | undefined;
};

export type OrganisationFlagKind =
  | 'ACTED_AGAINST_INTEREST'
  | 'NOT_PAID'
  | 'NO_CONTACT_PERSON';

export type OrganisationInput = {
  kind?: OrganisationKind | null | undefined;
  /** CBS code, e.g. GM0363 */
  municipalityCode?: string | null | undefined;
  name: string;
};

export type OrganisationKind =
  | 'CLINIC'
  | 'GGD'
  | 'MUNICIPALITY'
  | 'NGO'
  | 'OTHER'
  | 'RECEPTION_LOCATION';

export type OrganisationPublicEntryInput = {
  /** Shown on the public map */
  listed: boolean;
  /** What the organisation offers newcomers and key persons */
  offers?: string | null | undefined;
  /** https://… */
  website?: string | null | undefined;
};

/** How to order the list: a column and a direction; ties go by id */
export type OrganisationSort = {
  field: OrganisationSortField;
  order?: SortOrder | null | undefined;
};

export type OrganisationSortField =
  | 'CREATED_AT'
  | 'KIND'
  | 'MUNICIPALITY'
  | 'NAME';

export type OwnActivity =
  | 'INTERVISION'
  | 'NETWORK_MEETING'
  | 'PREPARATION'
  | 'TRAINING';

/** Hours of an own activity: no assignment, reviewed by the coordinator under the national scheme */
export type OwnActivityInput = {
  activity: OwnActivity;
  date: string;
  hours: number;
  note?: string | null | undefined;
};

export type PayerAccountInput = {
  bic?: string | null | undefined;
  iban: string;
  name: string;
};

/** Hand a request to an organisation near the newcomer's new place */
export type ProposeTransferInput = {
  /** The newcomer consents to the transfer; the proposer is recorded as who recorded it, now as when */
  consent: boolean;
  requestId: string | number;
  toOrganisationId: string | number;
};

/** A ProQOL 5 self-check: the answers to items 1–30 in order */
export type ProqolInput = {
  /** 30 whole numbers, each 1 (never) … 5 (very often) */
  answers: Array<number>;
};

/** The ProQOL 5 cut scores: 22 or less LOW, 23–41 MODERATE, 42 or more HIGH */
export type ProqolLevel =
  | 'HIGH'
  | 'LOW'
  | 'MODERATE';

export type PublicConsentInput = {
  /** Take messages from the public map (through the outbox); omitted: unchanged */
  contact?: boolean | null | undefined;
  listed: boolean;
  showEmail: boolean;
  showExpertise: boolean;
  showLanguages: boolean;
  showMunicipality: boolean;
  showName: boolean;
  showPhone: boolean;
  /** Show the municipalities they reach; omitted: unchanged */
  showReach?: boolean | null | undefined;
  /** Show whether they help by phone or video; omitted: unchanged */
  showRemote?: boolean | null | undefined;
};

/** A qualification a key person holds (a coordinator or the key person adds it; it is SELF_DECLARED until verified) */
export type QualificationInput = {
  /** A code of qualificationTypes (active) */
  code: string;
  /** Who trained or certified: e.g. Pharos, GGD Amsterdam */
  issuer: string;
  /** Not in the future */
  obtainedOn: string;
  /** The last valid day; left out: obtainedOn plus the type's validity (none: no expiry) */
  validUntil?: string | null | undefined;
};

export type QualificationStatus =
  | 'REJECTED'
  | 'SELF_DECLARED'
  | 'VERIFIED';

/** A new type on the qualification list (national coordinator) */
export type QualificationTypeInput = {
  /** Capitals, digits and underscores, e.g. SGBV_TRAINING; never changes */
  code: string;
  /** Expertise codes a verified qualification of this type covers */
  coversExpertise: Array<string>;
  nameEn: string;
  nameNl: string;
  /** 1 to 120; null: it does not expire */
  validityMonths?: number | null | undefined;
};

/** Changes to a type on the list; a field left out stays as it was. Qualifications already granted keep their validUntil. */
export type QualificationTypeUpdateInput = {
  /** false: no longer offered for new qualifications */
  active?: boolean | null | undefined;
  /** true: the type no longer expires (validityMonths null) */
  clearValidity?: boolean | null | undefined;
  coversExpertise?: Array<string> | null | undefined;
  nameEn?: string | null | undefined;
  nameNl?: string | null | undefined;
  /** 1 to 120; send clearValidity to make it not expire */
  validityMonths?: number | null | undefined;
};

export type RatingInput = {
  /** For the coordinators; at most 1000 characters */
  comment?: string | null | undefined;
  /** 1 (poor) to 5 (excellent) */
  score: number;
};

export type ReferralAction =
  | 'ACCEPT'
  | 'COMPLETE'
  | 'DECLINE'
  | 'MAKE_APPOINTMENT'
  | 'PLACE_ON_WAITING_LIST'
  | 'WITHDRAW';

/** One side acts on a referral: the service's organisation answers, the referrer withdraws */
export type ReferralActionInput = {
  action: ReferralAction;
  /** Required with DECLINE */
  declineReason?: ReferralDeclineReason | null | undefined;
  id: string | number;
  /** One short line, no identifiers (at most 200 characters) */
  note?: string | null | undefined;
};

export type ReferralDeclineReason =
  | 'LANGUAGE_NOT_OFFERED'
  | 'NOT_ELIGIBLE'
  | 'NO_CAPACITY'
  | 'OTHER'
  | 'OUTSIDE_AREA'
  | 'TOPIC_NOT_OFFERED';

export type ReferralDirection =
  | 'INCOMING'
  | 'OUTGOING';

export type ReferralFilter = {
  assignmentId?: string | number | null | undefined;
  /** Organisations: made (OUTGOING) or received (INCOMING); both when left out */
  direction?: ReferralDirection | null | undefined;
  /** Only those open and flagged after a move */
  needsRerouting?: boolean | null | undefined;
  requestId?: string | number | null | undefined;
  state?: ReferralState | null | undefined;
};

/** Refer the newcomer of an ACTIVE assignment to a care service, with the newcomer's consent */
export type ReferralInput = {
  assignmentId: string | number;
  careServiceId: string | number;
  /** The newcomer agreed to this referral and to what is shared */
  consentGiven: boolean;
  /** ISO 639-3: the language the newcomer needs */
  languageCode?: string | null | undefined;
  /** One short line, no identifiers (at most 200 characters) */
  note?: string | null | undefined;
  sharesLanguage: boolean;
  sharesMunicipality: boolean;
  sharesTopic: boolean;
  /** Expertise code: what the referral is about */
  topic: string;
};

export type ReferralServiceFilter = {
  /** Only services offering this language (ISO 639-3) or interpreters */
  languageCode?: string | null | undefined;
  /** Only services offering this expertise code */
  topic?: string | null | undefined;
};

/** SENT → ACCEPTED | DECLINED → APPOINTMENT_MADE | WAITING_LIST → COMPLETED; WITHDRAWN by the referrer */
export type ReferralState =
  | 'ACCEPTED'
  | 'APPOINTMENT_MADE'
  | 'COMPLETED'
  | 'DECLINED'
  | 'SENT'
  | 'WAITING_LIST'
  | 'WITHDRAWN';

export type ReportChart =
  | 'BAR'
  | 'LINE'
  | 'NONE'
  | 'STACKED_BAR';

export type ReportInput = {
  /** Narrow to one funder: NATIONAL_SCHEME or ORGANISATION:<id> */
  funder?: string | null | undefined;
  /** Narrow to these municipalities (within the caller's scope; outside = FORBIDDEN) */
  municipalityCodes?: Array<string> | null | undefined;
  period: ReportPeriod;
  /** Or a province (PV20…) */
  provinceCode?: string | null | undefined;
  /** The first day of that month / quarter / year, else BAD_USER_INPUT reason REPORT_PERIOD_START */
  start: string;
};

export type ReportPeriod =
  | 'MONTH'
  | 'QUARTER'
  | 'YEAR';

export type ReportUnit =
  | 'COUNT'
  | 'DAYS'
  | 'EUROS'
  | 'HOURS'
  | 'PERCENT'
  | 'SCORE';

export type RequestKind =
  | 'APPOINTMENT'
  | 'CASE_SUPPORT'
  | 'CONSULT'
  | 'INFORMATION_SESSION';

/** Re-route a referral flagged after a move: refer to a service at the new place and close the old one */
export type RerouteReferralInput = {
  careServiceId: string | number;
  /** The newcomer agreed to the new referral and to what is shared */
  consentGiven: boolean;
  note?: string | null | undefined;
  sharesLanguage: boolean;
  sharesMunicipality: boolean;
  sharesTopic: boolean;
};

export type ResidenceStatus =
  | 'ASYLUM_SEEKER'
  | 'STATUS_HOLDER'
  | 'UNDOCUMENTED';

export type ReviewFilter = {
  assignmentId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  keyPersonId?: string | number | null | undefined;
  status?: ReviewStatus | null | undefined;
  /** Only what the caller funds and may review */
  toReview?: boolean | null | undefined;
};

export type ReviewStatus =
  | 'APPROVED'
  | 'REJECTED'
  | 'SUBMITTED';

export type Role =
  | 'COORDINATOR'
  | 'KEY_PERSON'
  | 'ORGANISATION'
  | 'REGIONAL_COORDINATOR';

export type SortOrder =
  | 'ASC'
  | 'DESC';

export type SupervisionKind =
  | 'INTERVISION'
  | 'SUPERVISION'
  | 'TRAINING';

export type SupervisionStatus =
  | 'CURRENT'
  | 'DUE_SOON'
  | 'NEVER'
  | 'OVERDUE';

export type TransferDeclineReason =
  | 'NEWCOMER_NOT_ARRIVED'
  | 'NOT_OUR_EXPERTISE'
  | 'NO_CAPACITY'
  | 'OTHER'
  | 'OUTSIDE_OUR_AREA';

export type TransferFilter = {
  /** Only transfers offered to my organisation (organisations) */
  incoming?: boolean | null | undefined;
  /** Only transfers my organisation proposed (organisations) */
  outgoing?: boolean | null | undefined;
  requestId?: string | number | null | undefined;
  state?: TransferState | null | undefined;
};

export type TransferState =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'PENDING'
  | 'WITHDRAWN';

export type UserFilter = {
  ids?: Array<string | number> | null | undefined;
  q?: string | null | undefined;
  role?: Role | null | undefined;
};

/** How to order the list: a column and a direction; ties go by id */
export type UserSort = {
  field: UserSortField;
  order?: SortOrder | null | undefined;
};

export type UserSortField =
  | 'CREATED_AT'
  | 'EMAIL'
  | 'LAST_LOGIN_AT'
  | 'ORGANISATION'
  | 'ROLE';

export type WellbeingCheckInInput = {
  /** "Please contact me": RED until a coordinator clears it */
  contactRequested: boolean;
  /** 1 .. 5: how much what they heard stays with them */
  emotionalImpact: number;
  /** 1 (none) .. 5 (very high) */
  strain: number;
  /** 1 (none) .. 5 (fully supported) */
  support: number;
};

export type WellbeingStatus =
  | 'AMBER'
  | 'GREEN'
  | 'RED'
  | 'UNKNOWN';

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  newPassword: string;
}>;


export type ResetPasswordMutation = { resetPassword: { token: string } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, role: Role, locale: string, keyPerson: { id: string, displayName: string } | null, organisation: { id: string, name: string } | null, municipalities: Array<{ code: string, name: string }> } | null };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string } };

export type KeyPersonAgendaQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;


export type KeyPersonAgendaQuery = { keyPerson: { id: string, displayName: string, availabilityWindows: Array<{ weekday: number, startTime: string, endTime: string }> | null, bookings: Array<{ assignmentId: string, requestId: string, kind: RequestKind, startsAt: string, endsAt: string, mode: AppointmentMode | null, status: string, municipality: { code: string, name: string } | null }> | null } | null };

export type SetAvailabilityWindowsMutationVariables = Exact<{
  keyPersonId: string | number;
  windows: Array<AvailabilityWindowInput> | AvailabilityWindowInput;
}>;


export type SetAvailabilityWindowsMutation = { setAvailabilityWindows: { id: string, availabilityWindows: Array<{ weekday: number, startTime: string, endTime: string }> | null } };

export type AuditLogQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
  sort?: AuditSort | null | undefined;
}>;


export type AuditLogQuery = { result: { total: number, items: Array<{ id: string, at: string, action: string, entityType: string, entityId: string | null, actorRole: string | null, actorName: string | null, entityName: string | null, entityErased: boolean, detail: Record<string, unknown>, actor: { id: string, email: string, role: Role } | null }> } };

export type CareServiceFieldsFragment = { id: string, name: string, description: string | null, url: string | null, email: string | null, status: CareServiceStatus, topics: Array<string>, interpretersAvailable: boolean, residenceEligibility: Array<ResidenceStatus>, eligibilityDescription: string | null, applicationProcess: string | null, feesDescription: string | null, anonymousLine: boolean, nationwide: boolean, isPublic: boolean, assuredOn: string | null, stale: boolean, canEdit: boolean, updatedAt: string, organisation: { id: string, name: string }, municipalities: Array<{ code: string, name: string }>, languages: Array<{ code: string, name: string, nameNl: string }>, phones: Array<{ id: string, number: string, description: string | null }>, schedules: Array<{ id: string, weekday: number, opensAt: string, closesAt: string, notes: string | null }>, locations: Array<{ id: string, name: string | null, address: string, postalCode: string, city: string, municipalityCode: string, lat: number | null, lon: number | null }> };

export type CareServiceListQueryVariables = Exact<{
  filter?: CareServiceFilter | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type CareServiceListQuery = { result: { total: number, items: Array<{ id: string, name: string, description: string | null, url: string | null, email: string | null, status: CareServiceStatus, topics: Array<string>, interpretersAvailable: boolean, residenceEligibility: Array<ResidenceStatus>, eligibilityDescription: string | null, applicationProcess: string | null, feesDescription: string | null, anonymousLine: boolean, nationwide: boolean, isPublic: boolean, assuredOn: string | null, stale: boolean, canEdit: boolean, updatedAt: string, organisation: { id: string, name: string }, municipalities: Array<{ code: string, name: string }>, languages: Array<{ code: string, name: string, nameNl: string }>, phones: Array<{ id: string, number: string, description: string | null }>, schedules: Array<{ id: string, weekday: number, opensAt: string, closesAt: string, notes: string | null }>, locations: Array<{ id: string, name: string | null, address: string, postalCode: string, city: string, municipalityCode: string, lat: number | null, lon: number | null }> }> } };

export type CareServiceOneQueryVariables = Exact<{
  id: string | number;
}>;


export type CareServiceOneQuery = { result: { id: string, name: string, description: string | null, url: string | null, email: string | null, status: CareServiceStatus, topics: Array<string>, interpretersAvailable: boolean, residenceEligibility: Array<ResidenceStatus>, eligibilityDescription: string | null, applicationProcess: string | null, feesDescription: string | null, anonymousLine: boolean, nationwide: boolean, isPublic: boolean, assuredOn: string | null, stale: boolean, canEdit: boolean, updatedAt: string, organisation: { id: string, name: string }, municipalities: Array<{ code: string, name: string }>, languages: Array<{ code: string, name: string, nameNl: string }>, phones: Array<{ id: string, number: string, description: string | null }>, schedules: Array<{ id: string, weekday: number, opensAt: string, closesAt: string, notes: string | null }>, locations: Array<{ id: string, name: string | null, address: string, postalCode: string, city: string, municipalityCode: string, lat: number | null, lon: number | null }> } | null };

export type CreateCareServiceMutationVariables = Exact<{
  input: CareServiceInput;
}>;


export type CreateCareServiceMutation = { result: { id: string, name: string, description: string | null, url: string | null, email: string | null, status: CareServiceStatus, topics: Array<string>, interpretersAvailable: boolean, residenceEligibility: Array<ResidenceStatus>, eligibilityDescription: string | null, applicationProcess: string | null, feesDescription: string | null, anonymousLine: boolean, nationwide: boolean, isPublic: boolean, assuredOn: string | null, stale: boolean, canEdit: boolean, updatedAt: string, organisation: { id: string, name: string }, municipalities: Array<{ code: string, name: string }>, languages: Array<{ code: string, name: string, nameNl: string }>, phones: Array<{ id: string, number: string, description: string | null }>, schedules: Array<{ id: string, weekday: number, opensAt: string, closesAt: string, notes: string | null }>, locations: Array<{ id: string, name: string | null, address: string, postalCode: string, city: string, municipalityCode: string, lat: number | null, lon: number | null }> } };

export type UpdateCareServiceMutationVariables = Exact<{
  id: string | number;
  input: CareServiceInput;
}>;


export type UpdateCareServiceMutation = { result: { id: string, name: string, description: string | null, url: string | null, email: string | null, status: CareServiceStatus, topics: Array<string>, interpretersAvailable: boolean, residenceEligibility: Array<ResidenceStatus>, eligibilityDescription: string | null, applicationProcess: string | null, feesDescription: string | null, anonymousLine: boolean, nationwide: boolean, isPublic: boolean, assuredOn: string | null, stale: boolean, canEdit: boolean, updatedAt: string, organisation: { id: string, name: string }, municipalities: Array<{ code: string, name: string }>, languages: Array<{ code: string, name: string, nameNl: string }>, phones: Array<{ id: string, number: string, description: string | null }>, schedules: Array<{ id: string, weekday: number, opensAt: string, closesAt: string, notes: string | null }>, locations: Array<{ id: string, name: string | null, address: string, postalCode: string, city: string, municipalityCode: string, lat: number | null, lon: number | null }> } };

export type ConfirmCareServiceMutationVariables = Exact<{
  id: string | number;
}>;


export type ConfirmCareServiceMutation = { result: { id: string, assuredOn: string | null, stale: boolean } };

export type ArchiveCareServiceMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveCareServiceMutation = { result: { id: string, status: CareServiceStatus } };

export type StaleCareServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type StaleCareServicesQuery = { result: Array<{ id: string, name: string, assuredOn: string | null, organisation: { id: string, name: string } }> };

export type OrganisationContactsQueryVariables = Exact<{
  organisationId: string | number;
}>;


export type OrganisationContactsQuery = { result: Array<{ id: string, name: string, title: string | null, email: string | null, phone: string | null }> };

export type CreateOrganisationContactMutationVariables = Exact<{
  organisationId: string | number;
  input: OrganisationContactInput;
}>;


export type CreateOrganisationContactMutation = { result: { id: string } };

export type UpdateOrganisationContactMutationVariables = Exact<{
  id: string | number;
  input: OrganisationContactInput;
}>;


export type UpdateOrganisationContactMutation = { result: { id: string } };

export type RemoveOrganisationContactMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveOrganisationContactMutation = { result: boolean };

export type HourEntryFieldsFragment = { id: string, date: string, hours: number, activity: Activity | null, ownActivity: OwnActivity | null, note: string | null, status: ReviewStatus, reviewReason: string | null, allowanceCents: number | null, createdAt: string, reviewedAt: string | null, exportedAt: string | null, keyPerson: { id: string, displayName: string }, assignment: { id: string, request: { id: string, caseReference: string, municipality: { code: string, name: string }, organisation: { id: string, name: string } } } | null };

export type ExpenseClaimFieldsFragment = { id: string, date: string, kind: ExpenseKind, km: number | null, amountCents: number, description: string, status: ReviewStatus, reviewReason: string | null, createdAt: string, reviewedAt: string | null, exportedAt: string | null, keyPerson: { id: string, displayName: string }, assignment: { id: string, request: { id: string, caseReference: string, municipality: { code: string, name: string }, organisation: { id: string, name: string } } } | null };

export type DeclarableAssignmentFieldsFragment = { id: string, status: AssignmentStatus, hoursPerWeek: number, proposedAt: string, endedAt: string | null, request: { id: string, funding: Funding, location: { lat: number, lon: number }, municipality: { code: string, name: string }, organisation: { id: string, name: string } } };

export type CompensationRulesFieldsFragment = { year: number, hourlyRateCents: number, hourlyRateUnder21Cents: number, monthCapCents: number, yearCapCents: number, kmRateCents: number, provisional: boolean, updatedAt: string };

export type PaymentExportFieldsFragment = { id: string, funder: string, periodFrom: string, periodTo: string, lineCount: number, totalCents: number, createdAt: string, csv: string };

export type HourEntryListQueryVariables = Exact<{
  filter?: ReviewFilter | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
  sort?: HourEntrySort | null | undefined;
}>;


export type HourEntryListQuery = { result: { total: number, items: Array<{ id: string, date: string, hours: number, activity: Activity | null, ownActivity: OwnActivity | null, note: string | null, status: ReviewStatus, reviewReason: string | null, allowanceCents: number | null, createdAt: string, reviewedAt: string | null, exportedAt: string | null, keyPerson: { id: string, displayName: string }, assignment: { id: string, request: { id: string, caseReference: string, municipality: { code: string, name: string }, organisation: { id: string, name: string } } } | null }> } };

export type DeclareHoursMutationVariables = Exact<{
  input: HourEntryInput;
}>;


export type DeclareHoursMutation = { result: { id: string, date: string, hours: number, activity: Activity | null, ownActivity: OwnActivity | null, note: string | null, status: ReviewStatus, reviewReason: string | null, allowanceCents: number | null, createdAt: string, reviewedAt: string | null, exportedAt: string | null, keyPerson: { id: string, displayName: string }, assignment: { id: string, request: { id: string, caseReference: string, municipality: { code: string, name: string }, organisation: { id: string, name: string } } } | null } };

export type DeclareOwnActivityMutationVariables = Exact<{
  input: OwnActivityInput;
}>;


export type DeclareOwnActivityMutation = { result: { id: string, date: string, hours: number, activity: Activity | null, ownActivity: OwnActivity | null, note: string | null, status: ReviewStatus, reviewReason: string | null, allowanceCents: number | null, createdAt: string, reviewedAt: string | null, exportedAt: string | null, keyPerson: { id: string, displayName: string }, assignment: { id: string, request: { id: string, caseReference: string, municipality: { code: string, name: string }, organisation: { id: string, name: string } } } | null } };

export type ReviewHoursMutationVariables = Exact<{
  id: string | number;
  approve: boolean;
  reason?: string | null | undefined;
}>;


export type ReviewHoursMutation = { result: { id: string, date: string, hours: number, activity: Activity | null, ownActivity: OwnActivity | null, note: string | null, status: ReviewStatus, reviewReason: string | null, allowanceCents: number | null, createdAt: string, reviewedAt: string | null, exportedAt: string | null, keyPerson: { id: string, displayName: string }, assignment: { id: string, request: { id: string, caseReference: string, municipality: { code: string, name: string }, organisation: { id: string, name: string } } } | null } };

export type ExpenseClaimListQueryVariables = Exact<{
  filter?: ReviewFilter | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
  sort?: ExpenseClaimSort | null | undefined;
}>;


export type ExpenseClaimListQuery = { result: { total: number, items: Array<{ id: string, date: string, kind: ExpenseKind, km: number | null, amountCents: number, description: string, status: ReviewStatus, reviewReason: string | null, createdAt: string, reviewedAt: string | null, exportedAt: string | null, keyPerson: { id: string, displayName: string }, assignment: { id: string, request: { id: string, caseReference: string, municipality: { code: string, name: string }, organisation: { id: string, name: string } } } | null }> } };

export type SubmitExpenseClaimMutationVariables = Exact<{
  input: ExpenseClaimInput;
}>;


export type SubmitExpenseClaimMutation = { result: { id: string, date: string, kind: ExpenseKind, km: number | null, amountCents: number, description: string, status: ReviewStatus, reviewReason: string | null, createdAt: string, reviewedAt: string | null, exportedAt: string | null, keyPerson: { id: string, displayName: string }, assignment: { id: string, request: { id: string, caseReference: string, municipality: { code: string, name: string }, organisation: { id: string, name: string } } } | null } };

export type ReviewExpenseClaimMutationVariables = Exact<{
  id: string | number;
  approve: boolean;
  reason?: string | null | undefined;
}>;


export type ReviewExpenseClaimMutation = { result: { id: string, date: string, kind: ExpenseKind, km: number | null, amountCents: number, description: string, status: ReviewStatus, reviewReason: string | null, createdAt: string, reviewedAt: string | null, exportedAt: string | null, keyPerson: { id: string, displayName: string }, assignment: { id: string, request: { id: string, caseReference: string, municipality: { code: string, name: string }, organisation: { id: string, name: string } } } | null } };

export type DeclarableAssignmentsQueryVariables = Exact<{
  perPage?: number | null | undefined;
}>;


export type DeclarableAssignmentsQuery = { result: { items: Array<{ id: string, status: AssignmentStatus, hoursPerWeek: number, proposedAt: string, endedAt: string | null, request: { id: string, funding: Funding, location: { lat: number, lon: number }, municipality: { code: string, name: string }, organisation: { id: string, name: string } } }> }, completed: { items: Array<{ id: string, status: AssignmentStatus, hoursPerWeek: number, proposedAt: string, endedAt: string | null, request: { id: string, funding: Funding, location: { lat: number, lon: number }, municipality: { code: string, name: string }, organisation: { id: string, name: string } } }> } };

export type PaymentExportListQueryVariables = Exact<{
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type PaymentExportListQuery = { result: { total: number, items: Array<{ id: string, funder: string, periodFrom: string, periodTo: string, lineCount: number, totalCents: number, createdAt: string, csv: string }> } };

export type CompensationRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type CompensationRulesQuery = { result: Array<{ year: number, hourlyRateCents: number, hourlyRateUnder21Cents: number, monthCapCents: number, yearCapCents: number, kmRateCents: number, provisional: boolean, updatedAt: string }> };

export type SetCompensationRulesMutationVariables = Exact<{
  year: number;
  input: CompensationRulesInput;
}>;


export type SetCompensationRulesMutation = { result: { year: number, hourlyRateCents: number, hourlyRateUnder21Cents: number, monthCapCents: number, yearCapCents: number, kmRateCents: number, provisional: boolean, updatedAt: string } };

export type CompensationRulesMissingQueryVariables = Exact<{ [key: string]: never; }>;


export type CompensationRulesMissingQuery = { result: Array<number> };

export type AllowanceOverviewQueryVariables = Exact<{
  keyPersonId: string | number;
  year: number;
}>;


export type AllowanceOverviewQuery = { result: { year: number, legalHourlyRateCents: number | null, allowanceCents: number, roomCents: number | null, figures: { year: number, hourlyRateCents: number, hourlyRateUnder21Cents: number, monthCapCents: number, yearCapCents: number, kmRateCents: number, provisional: boolean, updatedAt: string } | null, months: Array<{ month: number, hoursDeclared: number, hoursApproved: number, allowanceCents: number, roomCents: number | null }> } };

export type AllowanceRateQueryVariables = Exact<{
  organisationId?: string | number | null | undefined;
}>;


export type AllowanceRateQuery = { result: 'Query', rate: number | null };

export type SetAllowanceRateMutationVariables = Exact<{
  organisationId?: string | number | null | undefined;
  hourlyRateCents?: number | null | undefined;
}>;


export type SetAllowanceRateMutation = { result: 'Mutation', rate: number | null };

export type SetPaymentDetailsMutationVariables = Exact<{
  keyPersonId: string | number;
  iban: string;
}>;


export type SetPaymentDetailsMutation = { result: boolean };

export type GroupActivityFieldsFragment = { id: string, kind: GroupActivityKind, title: string, startsAt: string, endsAt: string, capacity: number, onlineUrl: string | null, recurrence: string | null, seriesId: string | null, qualificationCode: string | null, cancelledAt: string | null, canManage: boolean, begun: boolean, placesLeft: number, location: { lat: number, lon: number } | null, organisation: { id: string, name: string } | null, counts: { invited: number, attending: number, notAttending: number, attended: number } };

export type GroupActivitiesQueryVariables = Exact<{
  filter?: GroupActivityFilter | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type GroupActivitiesQuery = { result: { total: number, items: Array<{ id: string, kind: GroupActivityKind, title: string, startsAt: string, endsAt: string, capacity: number, onlineUrl: string | null, recurrence: string | null, seriesId: string | null, qualificationCode: string | null, cancelledAt: string | null, canManage: boolean, begun: boolean, placesLeft: number, location: { lat: number, lon: number } | null, organisation: { id: string, name: string } | null, counts: { invited: number, attending: number, notAttending: number, attended: number } }> } };

export type GroupActivityQueryVariables = Exact<{
  id: string | number;
}>;


export type GroupActivityQuery = { result: { id: string, kind: GroupActivityKind, title: string, startsAt: string, endsAt: string, capacity: number, onlineUrl: string | null, recurrence: string | null, seriesId: string | null, qualificationCode: string | null, cancelledAt: string | null, canManage: boolean, begun: boolean, placesLeft: number, myInvitation: { id: string, answer: GroupActivityAnswer | null, attended: boolean, ownActivityDraft: { activity: OwnActivity, date: string, hours: number, note: string } | null } | null, invitations: Array<{ id: string, answer: GroupActivityAnswer | null, answeredAt: string | null, attended: boolean, keyPerson: { id: string, displayName: string } }>, location: { lat: number, lon: number } | null, organisation: { id: string, name: string } | null, counts: { invited: number, attending: number, notAttending: number, attended: number } } | null };

export type CreateGroupActivityMutationVariables = Exact<{
  input: GroupActivityInput;
}>;


export type CreateGroupActivityMutation = { result: { id: string, kind: GroupActivityKind, title: string, startsAt: string, endsAt: string, capacity: number, onlineUrl: string | null, recurrence: string | null, seriesId: string | null, qualificationCode: string | null, cancelledAt: string | null, canManage: boolean, begun: boolean, placesLeft: number, location: { lat: number, lon: number } | null, organisation: { id: string, name: string } | null, counts: { invited: number, attending: number, notAttending: number, attended: number } } };

export type InviteToGroupActivityMutationVariables = Exact<{
  activityId: string | number;
  input: GroupInviteInput;
}>;


export type InviteToGroupActivityMutation = { inviteToGroupActivity: { invited: number, alreadyInvited: number } };

export type RespondToGroupActivityMutationVariables = Exact<{
  activityId: string | number;
  answer: GroupActivityAnswer;
}>;


export type RespondToGroupActivityMutation = { respondToGroupActivity: { id: string, answer: GroupActivityAnswer | null } };

export type RecordAttendanceMutationVariables = Exact<{
  activityId: string | number;
  keyPersonIds: Array<string | number> | string | number;
}>;


export type RecordAttendanceMutation = { recordAttendance: { id: string } };

export type CancelGroupActivityMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelGroupActivityMutation = { cancelGroupActivity: { id: string, cancelledAt: string | null } };

export type DeclareGroupActivityHoursMutationVariables = Exact<{
  input: OwnActivityInput;
}>;


export type DeclareGroupActivityHoursMutation = { declareOwnActivity: { id: string } };

export type MyGroupInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyGroupInvitationsQuery = { myGroupInvitations: Array<{ id: string, answer: GroupActivityAnswer | null, activity: { id: string, kind: GroupActivityKind, title: string, startsAt: string, endsAt: string, placesLeft: number } }> };

export type KeyPersonAffiliationsQueryVariables = Exact<{
  id: string | number;
}>;


export type KeyPersonAffiliationsQuery = { keyPerson: { id: string, affiliations: Array<{ id: string, startsOn: string, endsOn: string | null, responsibleForSupervision: boolean, organisation: { id: string, name: string } }> } | null };

export type OrganisationKeyPersonsQueryVariables = Exact<{
  organisationId?: string | number | null | undefined;
}>;


export type OrganisationKeyPersonsQuery = { affiliations: Array<{ id: string, responsibleForSupervision: boolean, keyPerson: { id: string, displayName: string, supervisionStatus: SupervisionStatus | null, lastSupervisionOn: string | null } }> };

export type AddAffiliationMutationVariables = Exact<{
  input: AffiliationInput;
}>;


export type AddAffiliationMutation = { addAffiliation: { id: string } };

export type EndAffiliationMutationVariables = Exact<{
  id: string | number;
  endsOn: string;
}>;


export type EndAffiliationMutation = { endAffiliation: { id: string } };

export type MatchRequestListFieldsFragment = { id: string, caseReference: string, status: MatchRequestStatus, kind: RequestKind, startsAt: string | null, endsAt: string | null, createdAt: string, startsOn: string, hoursPerWeek: number, unmetSince: string | null, municipality: { code: string, name: string, province: string }, languages: Array<{ code: string, name: string, nameNl: string }>, expertise: Array<{ code: string, name: string, nameNl: string }>, organisation: { id: string, name: string }, unmetExclusions: Array<{ rule: string, count: number }> | null };

export type MatchRequestFieldsFragment = { id: string, caseReference: string, status: MatchRequestStatus, kind: RequestKind, startsAt: string | null, endsAt: string | null, requiredDialect: string | null, preferredDialect: string | null, createdAt: string, startsOn: string, hoursPerWeek: number, unmetSince: string | null, remoteAcceptable: boolean, funding: Funding, autoEscalate: boolean, preferredGender: Gender | null, backgroundPreference: BackgroundPreference, newcomerOrigin: string | null, appointment: { mode: AppointmentMode, setting: string | null, role: string | null } | null, consult: { topic: string, hours: number } | null, session: { expectedParticipants: number, topics: Array<string> } | null, municipality: { code: string, name: string, province: string }, languages: Array<{ code: string, name: string, nameNl: string }>, expertise: Array<{ code: string, name: string, nameNl: string }>, organisation: { id: string, name: string }, unmetExclusions: Array<{ rule: string, count: number }> | null, location: { lat: number, lon: number }, assignments: Array<{ id: string, status: AssignmentStatus, hoursPerWeek: number, proposedAt: string, respondBy: string, respondedAt: string | null, declineReason: string | null, endedAt: string | null, proposedBecause: string | null, rating: { score: number } | null, handovers: Array<{ handedOverOn: string, overlapUntil: string, fromAssignmentId: string, toAssignmentId: string }>, keyPerson: { id: string, displayName: string, email: string | null, phone: string | null, homeMunicipality: { code: string, name: string } } }> };

export type AssignmentFieldsFragment = { id: string, status: AssignmentStatus, hoursPerWeek: number, proposedAt: string, respondBy: string, respondedAt: string | null, declineReason: string | null, endedAt: string | null, proposedBecause: string | null, handovers: Array<{ handedOverOn: string, overlapUntil: string, fromAssignmentId: string, toAssignmentId: string }>, request: { id: string, kind: RequestKind, startsAt: string | null, endsAt: string | null, requiredDialect: string | null, preferredDialect: string | null, hoursPerWeek: number, startsOn: string, remoteAcceptable: boolean, appointment: { mode: AppointmentMode, setting: string | null, role: string | null } | null, consult: { topic: string, hours: number } | null, session: { expectedParticipants: number, topics: Array<string> } | null, municipality: { code: string, name: string, province: string }, languages: Array<{ code: string, name: string, nameNl: string }>, expertise: Array<{ code: string, name: string, nameNl: string }>, organisation: { id: string, name: string } } };

export type CandidateFieldsFragment = { score: number, distanceKm: number, reasons: Array<string>, parts: { distance: number, load: number, language: number, preferences: number, continuity: number }, explanation: Array<{ code: string, params: Record<string, unknown> | null }>, keyPerson: { id: string, displayName: string, gender: Gender | null, homeMunicipality: { code: string, name: string }, languages: Array<{ level: LanguageLevel, language: { code: string, name: string, nameNl: string } }>, workload: { weeklyCapacityHours: number, committedHours: number, utilisation: number } } };

export type MatchRequestListQueryVariables = Exact<{
  filter?: MatchRequestFilter | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
  sort?: MatchRequestSort | null | undefined;
}>;


export type MatchRequestListQuery = { result: { total: number, items: Array<{ id: string, caseReference: string, status: MatchRequestStatus, kind: RequestKind, startsAt: string | null, endsAt: string | null, createdAt: string, startsOn: string, hoursPerWeek: number, unmetSince: string | null, municipality: { code: string, name: string, province: string }, languages: Array<{ code: string, name: string, nameNl: string }>, expertise: Array<{ code: string, name: string, nameNl: string }>, organisation: { id: string, name: string }, unmetExclusions: Array<{ rule: string, count: number }> | null }> } };

export type MatchRequestOneQueryVariables = Exact<{
  id: string | number;
}>;


export type MatchRequestOneQuery = { result: { id: string, caseReference: string, status: MatchRequestStatus, kind: RequestKind, startsAt: string | null, endsAt: string | null, requiredDialect: string | null, preferredDialect: string | null, createdAt: string, startsOn: string, hoursPerWeek: number, unmetSince: string | null, remoteAcceptable: boolean, funding: Funding, autoEscalate: boolean, preferredGender: Gender | null, backgroundPreference: BackgroundPreference, newcomerOrigin: string | null, appointment: { mode: AppointmentMode, setting: string | null, role: string | null } | null, consult: { topic: string, hours: number } | null, session: { expectedParticipants: number, topics: Array<string> } | null, municipality: { code: string, name: string, province: string }, languages: Array<{ code: string, name: string, nameNl: string }>, expertise: Array<{ code: string, name: string, nameNl: string }>, organisation: { id: string, name: string }, unmetExclusions: Array<{ rule: string, count: number }> | null, location: { lat: number, lon: number }, assignments: Array<{ id: string, status: AssignmentStatus, hoursPerWeek: number, proposedAt: string, respondBy: string, respondedAt: string | null, declineReason: string | null, endedAt: string | null, proposedBecause: string | null, rating: { score: number } | null, handovers: Array<{ handedOverOn: string, overlapUntil: string, fromAssignmentId: string, toAssignmentId: string }>, keyPerson: { id: string, displayName: string, email: string | null, phone: string | null, homeMunicipality: { code: string, name: string } } }> } | null };

export type CreateMatchRequestMutationVariables = Exact<{
  input: MatchRequestInput;
}>;


export type CreateMatchRequestMutation = { result: { id: string, caseReference: string, status: MatchRequestStatus, kind: RequestKind, startsAt: string | null, endsAt: string | null, requiredDialect: string | null, preferredDialect: string | null, createdAt: string, startsOn: string, hoursPerWeek: number, unmetSince: string | null, remoteAcceptable: boolean, funding: Funding, autoEscalate: boolean, preferredGender: Gender | null, backgroundPreference: BackgroundPreference, newcomerOrigin: string | null, appointment: { mode: AppointmentMode, setting: string | null, role: string | null } | null, consult: { topic: string, hours: number } | null, session: { expectedParticipants: number, topics: Array<string> } | null, municipality: { code: string, name: string, province: string }, languages: Array<{ code: string, name: string, nameNl: string }>, expertise: Array<{ code: string, name: string, nameNl: string }>, organisation: { id: string, name: string }, unmetExclusions: Array<{ rule: string, count: number }> | null, location: { lat: number, lon: number }, assignments: Array<{ id: string, status: AssignmentStatus, hoursPerWeek: number, proposedAt: string, respondBy: string, respondedAt: string | null, declineReason: string | null, endedAt: string | null, proposedBecause: string | null, rating: { score: number } | null, handovers: Array<{ handedOverOn: string, overlapUntil: string, fromAssignmentId: string, toAssignmentId: string }>, keyPerson: { id: string, displayName: string, email: string | null, phone: string | null, homeMunicipality: { code: string, name: string } } }> } };

export type AssignmentListQueryVariables = Exact<{
  filter?: AssignmentFilter | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
  sort?: AssignmentSort | null | undefined;
}>;


export type AssignmentListQuery = { result: { total: number, items: Array<{ id: string, status: AssignmentStatus, hoursPerWeek: number, proposedAt: string, respondBy: string, respondedAt: string | null, declineReason: string | null, endedAt: string | null, proposedBecause: string | null, handovers: Array<{ handedOverOn: string, overlapUntil: string, fromAssignmentId: string, toAssignmentId: string }>, request: { id: string, kind: RequestKind, startsAt: string | null, endsAt: string | null, requiredDialect: string | null, preferredDialect: string | null, hoursPerWeek: number, startsOn: string, remoteAcceptable: boolean, appointment: { mode: AppointmentMode, setting: string | null, role: string | null } | null, consult: { topic: string, hours: number } | null, session: { expectedParticipants: number, topics: Array<string> } | null, municipality: { code: string, name: string, province: string }, languages: Array<{ code: string, name: string, nameNl: string }>, expertise: Array<{ code: string, name: string, nameNl: string }>, organisation: { id: string, name: string } } }> } };

export type MatchCandidatesQueryVariables = Exact<{
  requestId: string | number;
  limit: number;
}>;


export type MatchCandidatesQuery = { result: Array<{ score: number, distanceKm: number, reasons: Array<string>, parts: { distance: number, load: number, language: number, preferences: number, continuity: number }, explanation: Array<{ code: string, params: Record<string, unknown> | null }>, keyPerson: { id: string, displayName: string, gender: Gender | null, homeMunicipality: { code: string, name: string }, languages: Array<{ level: LanguageLevel, language: { code: string, name: string, nameNl: string } }>, workload: { weeklyCapacityHours: number, committedHours: number, utilisation: number } } }> };

export type ProposeAssignmentMutationVariables = Exact<{
  requestId: string | number;
  keyPersonId: string | number;
}>;


export type ProposeAssignmentMutation = { result: { id: string, status: AssignmentStatus } };

export type RespondToAssignmentMutationVariables = Exact<{
  assignmentId: string | number;
  accept: boolean;
  reason?: string | null | undefined;
}>;


export type RespondToAssignmentMutation = { result: { id: string, status: AssignmentStatus, hoursPerWeek: number, proposedAt: string, respondBy: string, respondedAt: string | null, declineReason: string | null, endedAt: string | null, proposedBecause: string | null, handovers: Array<{ handedOverOn: string, overlapUntil: string, fromAssignmentId: string, toAssignmentId: string }>, request: { id: string, kind: RequestKind, startsAt: string | null, endsAt: string | null, requiredDialect: string | null, preferredDialect: string | null, hoursPerWeek: number, startsOn: string, remoteAcceptable: boolean, appointment: { mode: AppointmentMode, setting: string | null, role: string | null } | null, consult: { topic: string, hours: number } | null, session: { expectedParticipants: number, topics: Array<string> } | null, municipality: { code: string, name: string, province: string }, languages: Array<{ code: string, name: string, nameNl: string }>, expertise: Array<{ code: string, name: string, nameNl: string }>, organisation: { id: string, name: string } } } };

export type CompleteAssignmentMutationVariables = Exact<{
  assignmentId: string | number;
}>;


export type CompleteAssignmentMutation = { result: { id: string, status: AssignmentStatus } };

export type CancelMatchRequestMutationVariables = Exact<{
  requestId: string | number;
}>;


export type CancelMatchRequestMutation = { result: { id: string, caseReference: string, status: MatchRequestStatus, kind: RequestKind, startsAt: string | null, endsAt: string | null, requiredDialect: string | null, preferredDialect: string | null, createdAt: string, startsOn: string, hoursPerWeek: number, unmetSince: string | null, remoteAcceptable: boolean, funding: Funding, autoEscalate: boolean, preferredGender: Gender | null, backgroundPreference: BackgroundPreference, newcomerOrigin: string | null, appointment: { mode: AppointmentMode, setting: string | null, role: string | null } | null, consult: { topic: string, hours: number } | null, session: { expectedParticipants: number, topics: Array<string> } | null, municipality: { code: string, name: string, province: string }, languages: Array<{ code: string, name: string, nameNl: string }>, expertise: Array<{ code: string, name: string, nameNl: string }>, organisation: { id: string, name: string }, unmetExclusions: Array<{ rule: string, count: number }> | null, location: { lat: number, lon: number }, assignments: Array<{ id: string, status: AssignmentStatus, hoursPerWeek: number, proposedAt: string, respondBy: string, respondedAt: string | null, declineReason: string | null, endedAt: string | null, proposedBecause: string | null, rating: { score: number } | null, handovers: Array<{ handedOverOn: string, overlapUntil: string, fromAssignmentId: string, toAssignmentId: string }>, keyPerson: { id: string, displayName: string, email: string | null, phone: string | null, homeMunicipality: { code: string, name: string } } }> } };

export type RelocateNewcomerMutationVariables = Exact<{
  requestId: string | number;
  location: GeoPointInput;
}>;


export type RelocateNewcomerMutation = { result: { id: string, caseReference: string, status: MatchRequestStatus, kind: RequestKind, startsAt: string | null, endsAt: string | null, requiredDialect: string | null, preferredDialect: string | null, createdAt: string, startsOn: string, hoursPerWeek: number, unmetSince: string | null, remoteAcceptable: boolean, funding: Funding, autoEscalate: boolean, preferredGender: Gender | null, backgroundPreference: BackgroundPreference, newcomerOrigin: string | null, appointment: { mode: AppointmentMode, setting: string | null, role: string | null } | null, consult: { topic: string, hours: number } | null, session: { expectedParticipants: number, topics: Array<string> } | null, municipality: { code: string, name: string, province: string }, languages: Array<{ code: string, name: string, nameNl: string }>, expertise: Array<{ code: string, name: string, nameNl: string }>, organisation: { id: string, name: string }, unmetExclusions: Array<{ rule: string, count: number }> | null, location: { lat: number, lon: number }, assignments: Array<{ id: string, status: AssignmentStatus, hoursPerWeek: number, proposedAt: string, respondBy: string, respondedAt: string | null, declineReason: string | null, endedAt: string | null, proposedBecause: string | null, rating: { score: number } | null, handovers: Array<{ handedOverOn: string, overlapUntil: string, fromAssignmentId: string, toAssignmentId: string }>, keyPerson: { id: string, displayName: string, email: string | null, phone: string | null, homeMunicipality: { code: string, name: string } } }> } };

export type NotificationFieldsFragment = { id: string, kind: NotificationKind, status: NotificationStatus, locale: string, subject: string, body: string, attempts: number, nextAttemptAt: string, lastError: string | null, sentAt: string | null, createdAt: string, dedupeKey: string, recipient: { id: string, email: string, role: Role, locale: string, emailBouncedAt: string | null } | null };

export type NotificationListQueryVariables = Exact<{
  filter?: NotificationFilter | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
  sort?: NotificationSort | null | undefined;
}>;


export type NotificationListQuery = { result: { total: number, items: Array<{ id: string, kind: NotificationKind, status: NotificationStatus, locale: string, subject: string, body: string, attempts: number, nextAttemptAt: string, lastError: string | null, sentAt: string | null, createdAt: string, dedupeKey: string, recipient: { id: string, email: string, role: Role, locale: string, emailBouncedAt: string | null } | null }> } };

export type RetryNotificationMutationVariables = Exact<{
  id: string | number;
}>;


export type RetryNotificationMutation = { result: { id: string, kind: NotificationKind, status: NotificationStatus, locale: string, subject: string, body: string, attempts: number, nextAttemptAt: string, lastError: string | null, sentAt: string | null, createdAt: string, dedupeKey: string, recipient: { id: string, email: string, role: Role, locale: string, emailBouncedAt: string | null } | null } };

export type MyNotificationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNotificationSettingsQuery = { result: { digestsEnabled: boolean, emailBouncedAt: string | null } };

export type SetDigestsEnabledMutationVariables = Exact<{
  enabled: boolean;
}>;


export type SetDigestsEnabledMutation = { result: { digestsEnabled: boolean, emailBouncedAt: string | null } };

export type OversightDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type OversightDashboardQuery = { result: { staleCount: number, unmetRequests: number, byStatus: Array<{ status: string, count: number }>, byWellbeing: Array<{ status: string, count: number }>, bySupervision: Array<{ status: string, count: number }>, utilisation: Array<{ label: string, count: number }>, bookedUtilisation: Array<{ label: string, count: number }>, referrals: { total: number, needsRerouting: number, medianDaysToAccept: number | null, medianDaysToAppointment: number | null, byState: Array<{ key: string, count: number }>, byTopic: Array<{ key: string, count: number }>, byService: Array<{ key: string, label: string | null, count: number }> }, unmetByKind: Array<{ kind: RequestKind, count: number }>, hoursByWork: Array<{ kind: RequestKind | null, ownActivity: OwnActivity | null, declaredHours: number, approvedHours: number }>, weeklyHours: Array<{ weekEnding: string, declaredHours: number, capacityHours: number }>, actionCounts: Array<{ kind: ActionKind, count: number }> } };

export type OversightActionsQueryVariables = Exact<{
  kind?: ActionKind | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type OversightActionsQuery = { result: { total: number, items: Array<{ kind: string, reasons: Array<{ code: string, params: Record<string, unknown> | null }>, keyPerson: { id: string, displayName: string, homeMunicipality: { code: string, name: string } } }>, counts: Array<{ kind: ActionKind, count: number }> } };

export type CoverageQueryVariables = Exact<{
  languageCode: string;
}>;


export type CoverageQuery = { result: Array<{ reachable: number, unmetRequests: number, municipality: { code: string, name: string, province: string } }> };

export type KeyPersonWellbeingQueryVariables = Exact<{
  id: string | number;
}>;


export type KeyPersonWellbeingQuery = { result: { id: string, displayName: string, wellbeingStatus: WellbeingStatus | null, wellbeing: { status: WellbeingStatus, reasons: Array<{ code: string, params: Record<string, unknown>, level: string, message: string }> } | null } | null, checkIns: Array<{ id: string, at: string, strain: number, emotionalImpact: number, support: number, contactRequested: boolean }>, clearances: Array<{ id: string, at: string, note: string }> };

export type SupervisionSessionsQueryVariables = Exact<{
  keyPersonId: string | number;
}>;


export type SupervisionSessionsQuery = { result: Array<{ id: string, date: string, kind: SupervisionKind, note: string | null, createdAt: string }> };

export type LogSupervisionSessionMutationVariables = Exact<{
  keyPersonId: string | number;
  date: string;
  kind: SupervisionKind;
  note?: string | null | undefined;
}>;


export type LogSupervisionSessionMutation = { result: { id: string, supervisionStatus: SupervisionStatus | null, lastSupervisionOn: string | null } };

export type SubmitWellbeingCheckInMutationVariables = Exact<{
  input: WellbeingCheckInInput;
}>;


export type SubmitWellbeingCheckInMutation = { result: { id: string, wellbeingStatus: WellbeingStatus | null } };

export type ClearWellbeingFlagMutationVariables = Exact<{
  keyPersonId: string | number;
  note: string;
}>;


export type ClearWellbeingFlagMutation = { result: { id: string, wellbeingStatus: WellbeingStatus | null } };

export type QualificationTypeFieldsFragment = { code: string, nameNl: string, nameEn: string, validityMonths: number | null, coversExpertise: Array<string>, active: boolean, updatedAt: string };

export type QualificationTypesQueryVariables = Exact<{
  includeInactive: boolean;
}>;


export type QualificationTypesQuery = { result: Array<{ code: string, nameNl: string, nameEn: string, validityMonths: number | null, coversExpertise: Array<string>, active: boolean, updatedAt: string }> };

export type CreateQualificationTypeMutationVariables = Exact<{
  input: QualificationTypeInput;
}>;


export type CreateQualificationTypeMutation = { result: { code: string, nameNl: string, nameEn: string, validityMonths: number | null, coversExpertise: Array<string>, active: boolean, updatedAt: string } };

export type UpdateQualificationTypeMutationVariables = Exact<{
  code: string | number;
  input: QualificationTypeUpdateInput;
}>;


export type UpdateQualificationTypeMutation = { result: { code: string, nameNl: string, nameEn: string, validityMonths: number | null, coversExpertise: Array<string>, active: boolean, updatedAt: string } };

export type QualificationFieldsFragment = { id: string, code: string, status: QualificationStatus, issuer: string, obtainedOn: string, validUntil: string | null, verifiedAt: string | null, verificationNote: string | null, validToday: boolean, type: { code: string, nameNl: string, nameEn: string } };

export type KeyPersonQualificationsQueryVariables = Exact<{
  id: string | number;
}>;


export type KeyPersonQualificationsQuery = { result: { id: string, qualifications: Array<{ id: string, code: string, status: QualificationStatus, issuer: string, obtainedOn: string, validUntil: string | null, verifiedAt: string | null, verificationNote: string | null, validToday: boolean, type: { code: string, nameNl: string, nameEn: string } }> } | null, types: Array<{ code: string, nameNl: string, nameEn: string }> };

export type AddQualificationMutationVariables = Exact<{
  keyPersonId: string | number;
  input: QualificationInput;
}>;


export type AddQualificationMutation = { result: { id: string, code: string, status: QualificationStatus, issuer: string, obtainedOn: string, validUntil: string | null, verifiedAt: string | null, verificationNote: string | null, validToday: boolean, type: { code: string, nameNl: string, nameEn: string } } };

export type VerifyQualificationMutationVariables = Exact<{
  id: string | number;
  note: string;
}>;


export type VerifyQualificationMutation = { result: { id: string, code: string, status: QualificationStatus, issuer: string, obtainedOn: string, validUntil: string | null, verifiedAt: string | null, verificationNote: string | null, validToday: boolean, type: { code: string, nameNl: string, nameEn: string } } };

export type RejectQualificationMutationVariables = Exact<{
  id: string | number;
  note: string;
}>;


export type RejectQualificationMutation = { result: { id: string, code: string, status: QualificationStatus, issuer: string, obtainedOn: string, validUntil: string | null, verifiedAt: string | null, verificationNote: string | null, validToday: boolean, type: { code: string, nameNl: string, nameEn: string } } };

export type RemoveQualificationMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveQualificationMutation = { result: string };

export type LanguagesQueryVariables = Exact<{ [key: string]: never; }>;


export type LanguagesQuery = { result: Array<{ code: string, name: string, nameNl: string }> };

export type ExpertiseAreasQueryVariables = Exact<{ [key: string]: never; }>;


export type ExpertiseAreasQuery = { result: Array<{ code: string, name: string, nameNl: string }> };

export type MunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type MunicipalitiesQuery = { result: Array<{ code: string, name: string, province: string, provinceCode: string }> };

export type ReferralFieldsFragment = { id: string, state: ReferralState, needsRerouting: boolean, sharesMunicipality: boolean, sharesLanguage: boolean, sharesTopic: boolean, note: string | null, declineReason: ReferralDeclineReason | null, declineNote: string | null, mySides: Array<string>, caseReference: string | null, requestId: string | null, assignmentId: string, reroutedFromId: string | null, reroutedToId: string | null, consentAt: string, sentAt: string, acceptedAt: string | null, declinedAt: string | null, appointmentMadeAt: string | null, waitingListAt: string | null, completedAt: string | null, withdrawnAt: string | null, topic: { code: string, name: string, nameNl: string } | null, municipality: { code: string, name: string } | null, language: { code: string, name: string, nameNl: string } | null, careService: { id: string, name: string }, referringOrganisation: { id: string, name: string } | null, serviceOrganisation: { id: string, name: string } | null, events: Array<{ id: string, fromState: ReferralState | null, state: ReferralState, action: string, side: string, note: string | null, at: string }> };

export type ReferralListQueryVariables = Exact<{
  filter?: ReferralFilter | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type ReferralListQuery = { result: { total: number, items: Array<{ id: string, state: ReferralState, needsRerouting: boolean, sharesMunicipality: boolean, sharesLanguage: boolean, sharesTopic: boolean, note: string | null, declineReason: ReferralDeclineReason | null, declineNote: string | null, mySides: Array<string>, caseReference: string | null, requestId: string | null, assignmentId: string, reroutedFromId: string | null, reroutedToId: string | null, consentAt: string, sentAt: string, acceptedAt: string | null, declinedAt: string | null, appointmentMadeAt: string | null, waitingListAt: string | null, completedAt: string | null, withdrawnAt: string | null, topic: { code: string, name: string, nameNl: string } | null, municipality: { code: string, name: string } | null, language: { code: string, name: string, nameNl: string } | null, careService: { id: string, name: string }, referringOrganisation: { id: string, name: string } | null, serviceOrganisation: { id: string, name: string } | null, events: Array<{ id: string, fromState: ReferralState | null, state: ReferralState, action: string, side: string, note: string | null, at: string }> }> } };

export type ReferralOneQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralOneQuery = { result: { id: string, state: ReferralState, needsRerouting: boolean, sharesMunicipality: boolean, sharesLanguage: boolean, sharesTopic: boolean, note: string | null, declineReason: ReferralDeclineReason | null, declineNote: string | null, mySides: Array<string>, caseReference: string | null, requestId: string | null, assignmentId: string, reroutedFromId: string | null, reroutedToId: string | null, consentAt: string, sentAt: string, acceptedAt: string | null, declinedAt: string | null, appointmentMadeAt: string | null, waitingListAt: string | null, completedAt: string | null, withdrawnAt: string | null, topic: { code: string, name: string, nameNl: string } | null, municipality: { code: string, name: string } | null, language: { code: string, name: string, nameNl: string } | null, careService: { id: string, name: string }, referringOrganisation: { id: string, name: string } | null, serviceOrganisation: { id: string, name: string } | null, events: Array<{ id: string, fromState: ReferralState | null, state: ReferralState, action: string, side: string, note: string | null, at: string }> } };

export type ReferralServiceOptionsQueryVariables = Exact<{
  assignmentId: string | number;
  filter?: ReferralServiceFilter | null | undefined;
}>;


export type ReferralServiceOptionsQuery = { result: Array<{ distanceKm: number | null, speaksLanguage: boolean, offersTopic: boolean, service: { id: string, name: string, description: string | null, nationwide: boolean, anonymousLine: boolean, interpretersAvailable: boolean, topics: Array<string> }, organisation: { id: string, name: string } }> };

export type CreateReferralMutationVariables = Exact<{
  input: ReferralInput;
}>;


export type CreateReferralMutation = { result: { id: string, state: ReferralState, needsRerouting: boolean, sharesMunicipality: boolean, sharesLanguage: boolean, sharesTopic: boolean, note: string | null, declineReason: ReferralDeclineReason | null, declineNote: string | null, mySides: Array<string>, caseReference: string | null, requestId: string | null, assignmentId: string, reroutedFromId: string | null, reroutedToId: string | null, consentAt: string, sentAt: string, acceptedAt: string | null, declinedAt: string | null, appointmentMadeAt: string | null, waitingListAt: string | null, completedAt: string | null, withdrawnAt: string | null, topic: { code: string, name: string, nameNl: string } | null, municipality: { code: string, name: string } | null, language: { code: string, name: string, nameNl: string } | null, careService: { id: string, name: string }, referringOrganisation: { id: string, name: string } | null, serviceOrganisation: { id: string, name: string } | null, events: Array<{ id: string, fromState: ReferralState | null, state: ReferralState, action: string, side: string, note: string | null, at: string }> } };

export type ActOnReferralMutationVariables = Exact<{
  input: ReferralActionInput;
}>;


export type ActOnReferralMutation = { result: { id: string, state: ReferralState, needsRerouting: boolean, sharesMunicipality: boolean, sharesLanguage: boolean, sharesTopic: boolean, note: string | null, declineReason: ReferralDeclineReason | null, declineNote: string | null, mySides: Array<string>, caseReference: string | null, requestId: string | null, assignmentId: string, reroutedFromId: string | null, reroutedToId: string | null, consentAt: string, sentAt: string, acceptedAt: string | null, declinedAt: string | null, appointmentMadeAt: string | null, waitingListAt: string | null, completedAt: string | null, withdrawnAt: string | null, topic: { code: string, name: string, nameNl: string } | null, municipality: { code: string, name: string } | null, language: { code: string, name: string, nameNl: string } | null, careService: { id: string, name: string }, referringOrganisation: { id: string, name: string } | null, serviceOrganisation: { id: string, name: string } | null, events: Array<{ id: string, fromState: ReferralState | null, state: ReferralState, action: string, side: string, note: string | null, at: string }> } };

export type RerouteReferralMutationVariables = Exact<{
  id: string | number;
  input: RerouteReferralInput;
}>;


export type RerouteReferralMutation = { result: { id: string, state: ReferralState, needsRerouting: boolean, sharesMunicipality: boolean, sharesLanguage: boolean, sharesTopic: boolean, note: string | null, declineReason: ReferralDeclineReason | null, declineNote: string | null, mySides: Array<string>, caseReference: string | null, requestId: string | null, assignmentId: string, reroutedFromId: string | null, reroutedToId: string | null, consentAt: string, sentAt: string, acceptedAt: string | null, declinedAt: string | null, appointmentMadeAt: string | null, waitingListAt: string | null, completedAt: string | null, withdrawnAt: string | null, topic: { code: string, name: string, nameNl: string } | null, municipality: { code: string, name: string } | null, language: { code: string, name: string, nameNl: string } | null, careService: { id: string, name: string }, referringOrganisation: { id: string, name: string } | null, serviceOrganisation: { id: string, name: string } | null, events: Array<{ id: string, fromState: ReferralState | null, state: ReferralState, action: string, side: string, note: string | null, at: string }> } };

export type KeyPersonListFieldsFragment = { id: string, displayName: string, status: KeyPersonStatus, stale: boolean, weeklyCapacityHours: number, homeMunicipality: { code: string, name: string }, languages: Array<{ level: LanguageLevel, language: { code: string, name: string, nameNl: string } }>, expertise: Array<{ code: string, name: string, nameNl: string }>, workload: { weeklyCapacityHours: number, committedHours: number, utilisation: number } };

export type KeyPersonFieldsFragment = { id: string, displayName: string, email: string | null, phone: string | null, gender: Gender | null, birthYear: number | null, origins: Array<string> | null, originMatchingConsent: boolean | null, maxTravelKm: number, remoteAvailable: boolean, weeklyCapacityHours: number, status: KeyPersonStatus, leavingReason: LeavingReason | null, leavingNote: string | null, leftOn: string | null, compensationType: CompensationType, supervisionStatus: SupervisionStatus | null, wellbeingStatus: WellbeingStatus | null, profileConfirmedAt: string | null, stale: boolean, createdAt: string, updatedAt: string, languages: Array<{ level: LanguageLevel, dialect: string | null, language: { code: string, name: string, nameNl: string } }>, expertise: Array<{ code: string, name: string, nameNl: string }>, homeMunicipality: { code: string, name: string, province: string }, homeLocation: { lat: number, lon: number } | null, workload: { weeklyCapacityHours: number, committedHours: number, utilisation: number }, publicConsent: { listed: boolean, showName: boolean, showMunicipality: boolean, showLanguages: boolean, showExpertise: boolean, showEmail: boolean, showPhone: boolean, showRemote: boolean, showReach: boolean, contact: boolean } | null, unavailablePeriods: Array<{ id: string, startsOn: string, endsOn: string }> | null, account: { id: string, email: string, role: Role, deactivatedAt: string | null, lastLoginAt: string | null, invitationPending: boolean } | null };

export type OrganisationFieldsFragment = { id: string, name: string, kind: OrganisationKind, createdAt: string, municipality: { code: string, name: string } | null, publicEntry: { offers: string, website: string | null, updatedAt: string } | null };

export type UserFieldsFragment = { id: string, email: string, role: Role, locale: string, invitationPending: boolean, createdAt: string, lastLoginAt: string | null, deactivatedAt: string | null, keyPerson: { id: string, displayName: string } | null, organisation: { id: string, name: string } | null, municipalities: Array<{ code: string, name: string }> };

export type KeyPersonListQueryVariables = Exact<{
  filter?: KeyPersonFilter | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
  sort?: KeyPersonSort | null | undefined;
}>;


export type KeyPersonListQuery = { result: { total: number, items: Array<{ id: string, displayName: string, status: KeyPersonStatus, stale: boolean, weeklyCapacityHours: number, homeMunicipality: { code: string, name: string }, languages: Array<{ level: LanguageLevel, language: { code: string, name: string, nameNl: string } }>, expertise: Array<{ code: string, name: string, nameNl: string }>, workload: { weeklyCapacityHours: number, committedHours: number, utilisation: number } }> } };

export type KeyPersonOneQueryVariables = Exact<{
  id: string | number;
}>;


export type KeyPersonOneQuery = { result: { id: string, displayName: string, email: string | null, phone: string | null, gender: Gender | null, birthYear: number | null, origins: Array<string> | null, originMatchingConsent: boolean | null, maxTravelKm: number, remoteAvailable: boolean, weeklyCapacityHours: number, status: KeyPersonStatus, leavingReason: LeavingReason | null, leavingNote: string | null, leftOn: string | null, compensationType: CompensationType, supervisionStatus: SupervisionStatus | null, wellbeingStatus: WellbeingStatus | null, profileConfirmedAt: string | null, stale: boolean, createdAt: string, updatedAt: string, languages: Array<{ level: LanguageLevel, dialect: string | null, language: { code: string, name: string, nameNl: string } }>, expertise: Array<{ code: string, name: string, nameNl: string }>, homeMunicipality: { code: string, name: string, province: string }, homeLocation: { lat: number, lon: number } | null, workload: { weeklyCapacityHours: number, committedHours: number, utilisation: number }, publicConsent: { listed: boolean, showName: boolean, showMunicipality: boolean, showLanguages: boolean, showExpertise: boolean, showEmail: boolean, showPhone: boolean, showRemote: boolean, showReach: boolean, contact: boolean } | null, unavailablePeriods: Array<{ id: string, startsOn: string, endsOn: string }> | null, account: { id: string, email: string, role: Role, deactivatedAt: string | null, lastLoginAt: string | null, invitationPending: boolean } | null } | null };

export type CreateKeyPersonMutationVariables = Exact<{
  input: KeyPersonInput;
}>;


export type CreateKeyPersonMutation = { result: { id: string, displayName: string, email: string | null, phone: string | null, gender: Gender | null, birthYear: number | null, origins: Array<string> | null, originMatchingConsent: boolean | null, maxTravelKm: number, remoteAvailable: boolean, weeklyCapacityHours: number, status: KeyPersonStatus, leavingReason: LeavingReason | null, leavingNote: string | null, leftOn: string | null, compensationType: CompensationType, supervisionStatus: SupervisionStatus | null, wellbeingStatus: WellbeingStatus | null, profileConfirmedAt: string | null, stale: boolean, createdAt: string, updatedAt: string, languages: Array<{ level: LanguageLevel, dialect: string | null, language: { code: string, name: string, nameNl: string } }>, expertise: Array<{ code: string, name: string, nameNl: string }>, homeMunicipality: { code: string, name: string, province: string }, homeLocation: { lat: number, lon: number } | null, workload: { weeklyCapacityHours: number, committedHours: number, utilisation: number }, publicConsent: { listed: boolean, showName: boolean, showMunicipality: boolean, showLanguages: boolean, showExpertise: boolean, showEmail: boolean, showPhone: boolean, showRemote: boolean, showReach: boolean, contact: boolean } | null, unavailablePeriods: Array<{ id: string, startsOn: string, endsOn: string }> | null, account: { id: string, email: string, role: Role, deactivatedAt: string | null, lastLoginAt: string | null, invitationPending: boolean } | null } };

export type UpdateKeyPersonMutationVariables = Exact<{
  id: string | number;
  input: KeyPersonInput;
}>;


export type UpdateKeyPersonMutation = { result: { id: string, displayName: string, email: string | null, phone: string | null, gender: Gender | null, birthYear: number | null, origins: Array<string> | null, originMatchingConsent: boolean | null, maxTravelKm: number, remoteAvailable: boolean, weeklyCapacityHours: number, status: KeyPersonStatus, leavingReason: LeavingReason | null, leavingNote: string | null, leftOn: string | null, compensationType: CompensationType, supervisionStatus: SupervisionStatus | null, wellbeingStatus: WellbeingStatus | null, profileConfirmedAt: string | null, stale: boolean, createdAt: string, updatedAt: string, languages: Array<{ level: LanguageLevel, dialect: string | null, language: { code: string, name: string, nameNl: string } }>, expertise: Array<{ code: string, name: string, nameNl: string }>, homeMunicipality: { code: string, name: string, province: string }, homeLocation: { lat: number, lon: number } | null, workload: { weeklyCapacityHours: number, committedHours: number, utilisation: number }, publicConsent: { listed: boolean, showName: boolean, showMunicipality: boolean, showLanguages: boolean, showExpertise: boolean, showEmail: boolean, showPhone: boolean, showRemote: boolean, showReach: boolean, contact: boolean } | null, unavailablePeriods: Array<{ id: string, startsOn: string, endsOn: string }> | null, account: { id: string, email: string, role: Role, deactivatedAt: string | null, lastLoginAt: string | null, invitationPending: boolean } | null } };

export type SetKeyPersonStatusMutationVariables = Exact<{
  id: string | number;
  status: KeyPersonStatus;
  leavingReason?: LeavingReason | null | undefined;
  leavingNote?: string | null | undefined;
}>;


export type SetKeyPersonStatusMutation = { result: { id: string, displayName: string, email: string | null, phone: string | null, gender: Gender | null, birthYear: number | null, origins: Array<string> | null, originMatchingConsent: boolean | null, maxTravelKm: number, remoteAvailable: boolean, weeklyCapacityHours: number, status: KeyPersonStatus, leavingReason: LeavingReason | null, leavingNote: string | null, leftOn: string | null, compensationType: CompensationType, supervisionStatus: SupervisionStatus | null, wellbeingStatus: WellbeingStatus | null, profileConfirmedAt: string | null, stale: boolean, createdAt: string, updatedAt: string, languages: Array<{ level: LanguageLevel, dialect: string | null, language: { code: string, name: string, nameNl: string } }>, expertise: Array<{ code: string, name: string, nameNl: string }>, homeMunicipality: { code: string, name: string, province: string }, homeLocation: { lat: number, lon: number } | null, workload: { weeklyCapacityHours: number, committedHours: number, utilisation: number }, publicConsent: { listed: boolean, showName: boolean, showMunicipality: boolean, showLanguages: boolean, showExpertise: boolean, showEmail: boolean, showPhone: boolean, showRemote: boolean, showReach: boolean, contact: boolean } | null, unavailablePeriods: Array<{ id: string, startsOn: string, endsOn: string }> | null, account: { id: string, email: string, role: Role, deactivatedAt: string | null, lastLoginAt: string | null, invitationPending: boolean } | null } };

export type ConfirmProfileMutationVariables = Exact<{
  id: string | number;
}>;


export type ConfirmProfileMutation = { result: { id: string, displayName: string, email: string | null, phone: string | null, gender: Gender | null, birthYear: number | null, origins: Array<string> | null, originMatchingConsent: boolean | null, maxTravelKm: number, remoteAvailable: boolean, weeklyCapacityHours: number, status: KeyPersonStatus, leavingReason: LeavingReason | null, leavingNote: string | null, leftOn: string | null, compensationType: CompensationType, supervisionStatus: SupervisionStatus | null, wellbeingStatus: WellbeingStatus | null, profileConfirmedAt: string | null, stale: boolean, createdAt: string, updatedAt: string, languages: Array<{ level: LanguageLevel, dialect: string | null, language: { code: string, name: string, nameNl: string } }>, expertise: Array<{ code: string, name: string, nameNl: string }>, homeMunicipality: { code: string, name: string, province: string }, homeLocation: { lat: number, lon: number } | null, workload: { weeklyCapacityHours: number, committedHours: number, utilisation: number }, publicConsent: { listed: boolean, showName: boolean, showMunicipality: boolean, showLanguages: boolean, showExpertise: boolean, showEmail: boolean, showPhone: boolean, showRemote: boolean, showReach: boolean, contact: boolean } | null, unavailablePeriods: Array<{ id: string, startsOn: string, endsOn: string }> | null, account: { id: string, email: string, role: Role, deactivatedAt: string | null, lastLoginAt: string | null, invitationPending: boolean } | null } };

export type SetMyLocaleMutationVariables = Exact<{
  locale: string;
}>;


export type SetMyLocaleMutation = { result: { id: string, locale: string } };

export type OrganisationListQueryVariables = Exact<{
  filter?: OrganisationFilter | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
  sort?: OrganisationSort | null | undefined;
}>;


export type OrganisationListQuery = { result: { total: number, items: Array<{ id: string, name: string, kind: OrganisationKind, createdAt: string, municipality: { code: string, name: string } | null, publicEntry: { offers: string, website: string | null, updatedAt: string } | null }> } };

export type OrganisationOneQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationOneQuery = { result: { id: string, name: string, kind: OrganisationKind, createdAt: string, municipality: { code: string, name: string } | null, publicEntry: { offers: string, website: string | null, updatedAt: string } | null } | null };

export type CreateOrganisationMutationVariables = Exact<{
  input: OrganisationInput;
}>;


export type CreateOrganisationMutation = { result: { id: string, name: string, kind: OrganisationKind, createdAt: string, municipality: { code: string, name: string } | null, publicEntry: { offers: string, website: string | null, updatedAt: string } | null } };

export type UpdateOrganisationMutationVariables = Exact<{
  id: string | number;
  input: OrganisationInput;
}>;


export type UpdateOrganisationMutation = { result: { id: string, name: string, kind: OrganisationKind, createdAt: string, municipality: { code: string, name: string } | null, publicEntry: { offers: string, website: string | null, updatedAt: string } | null } };

export type UserListQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
  sort?: UserSort | null | undefined;
}>;


export type UserListQuery = { result: { total: number, items: Array<{ id: string, email: string, role: Role, locale: string, invitationPending: boolean, createdAt: string, lastLoginAt: string | null, deactivatedAt: string | null, keyPerson: { id: string, displayName: string } | null, organisation: { id: string, name: string } | null, municipalities: Array<{ code: string, name: string }> }> } };

export type UserOneQueryVariables = Exact<{
  id: string | number;
}>;


export type UserOneQuery = { result: { id: string, email: string, role: Role, locale: string, invitationPending: boolean, createdAt: string, lastLoginAt: string | null, deactivatedAt: string | null, keyPerson: { id: string, displayName: string } | null, organisation: { id: string, name: string } | null, municipalities: Array<{ code: string, name: string }> } | null };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { result: { id: string, email: string, role: Role, locale: string, invitationPending: boolean, createdAt: string, lastLoginAt: string | null, deactivatedAt: string | null, keyPerson: { id: string, displayName: string } | null, organisation: { id: string, name: string } | null, municipalities: Array<{ code: string, name: string }> } };

export type ComplaintFieldsFragment = { id: string, kind: ComplaintKind, state: ComplaintState, description: string, filedAt: string, response: string | null, respondedAt: string | null, decisionNote: string | null, decidedAt: string | null, assignment: { id: string, status: AssignmentStatus, endedAt: string | null, keyPerson: { id: string, displayName: string }, request: { id: string, caseReference: string, organisation: { id: string, name: string }, municipality: { code: string, name: string } } } };

export type ComplaintListQueryVariables = Exact<{
  filter?: ComplaintFilter | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type ComplaintListQuery = { result: { total: number, items: Array<{ id: string, kind: ComplaintKind, state: ComplaintState, description: string, filedAt: string, response: string | null, respondedAt: string | null, decisionNote: string | null, decidedAt: string | null, assignment: { id: string, status: AssignmentStatus, endedAt: string | null, keyPerson: { id: string, displayName: string }, request: { id: string, caseReference: string, organisation: { id: string, name: string }, municipality: { code: string, name: string } } } }> } };

export type ComplaintOneQueryVariables = Exact<{
  id: string | number;
}>;


export type ComplaintOneQuery = { result: { id: string, kind: ComplaintKind, state: ComplaintState, description: string, filedAt: string, response: string | null, respondedAt: string | null, decisionNote: string | null, decidedAt: string | null, assignment: { id: string, status: AssignmentStatus, endedAt: string | null, keyPerson: { id: string, displayName: string }, request: { id: string, caseReference: string, organisation: { id: string, name: string }, municipality: { code: string, name: string } } } } };

export type OrganisationFlagListQueryVariables = Exact<{
  open?: boolean | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type OrganisationFlagListQuery = { result: { total: number, items: Array<{ id: string, kind: OrganisationFlagKind, note: string | null, flaggedAt: string, closedAt: string | null, closingNote: string | null, keyPersonName: string | null, organisation: { id: string, name: string } | null }> } };

export type FileComplaintMutationVariables = Exact<{
  input: FileComplaintInput;
}>;


export type FileComplaintMutation = { fileComplaint: { id: string } };

export type RespondToComplaintMutationVariables = Exact<{
  id: string | number;
  response: string;
}>;


export type RespondToComplaintMutation = { respondToComplaint: { id: string, kind: ComplaintKind, state: ComplaintState, description: string, filedAt: string, response: string | null, respondedAt: string | null, decisionNote: string | null, decidedAt: string | null, assignment: { id: string, status: AssignmentStatus, endedAt: string | null, keyPerson: { id: string, displayName: string }, request: { id: string, caseReference: string, organisation: { id: string, name: string }, municipality: { code: string, name: string } } } } };

export type DecideComplaintMutationVariables = Exact<{
  id: string | number;
  input: DecideComplaintInput;
}>;


export type DecideComplaintMutation = { decideComplaint: { id: string, kind: ComplaintKind, state: ComplaintState, description: string, filedAt: string, response: string | null, respondedAt: string | null, decisionNote: string | null, decidedAt: string | null, assignment: { id: string, status: AssignmentStatus, endedAt: string | null, keyPerson: { id: string, displayName: string }, request: { id: string, caseReference: string, organisation: { id: string, name: string }, municipality: { code: string, name: string } } } } };

export type CloseOrganisationFlagMutationVariables = Exact<{
  id: string | number;
  note: string;
}>;


export type CloseOrganisationFlagMutation = { closeOrganisationFlag: { id: string, closedAt: string | null } };

export type FlagOrganisationMutationVariables = Exact<{
  input: FlagOrganisationInput;
}>;


export type FlagOrganisationMutation = { flagOrganisation: { id: string } };

export type FileLocationSignalMutationVariables = Exact<{
  input: LocationSignalInput;
}>;


export type FileLocationSignalMutation = { fileLocationSignal: boolean };

export type RateAssignmentMutationVariables = Exact<{
  assignmentId: string | number;
  input: RatingInput;
}>;


export type RateAssignmentMutation = { rateAssignment: { score: number, comment: string | null } };

export type FeedbackLinkOfQueryVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
  language?: string | null | undefined;
}>;


export type FeedbackLinkOfQuery = { assignments: { items: Array<{ id: string, feedbackLink: { url: string, qrSvg: string, expiresAt: string, answered: boolean } | null }> } };

export type FeedbackSummaryOfQueryVariables = Exact<{
  keyPersonId?: string | number | null | undefined;
}>;


export type FeedbackSummaryOfQuery = { feedbackSummary: { enough: boolean, minimum: number, answers: number | null, ratings: number | null, averageRating: number | null, questions: Array<{ question: FeedbackQuestion, yes: number, partly: number, no: number }> } };

export type VoiceOverviewCardQueryVariables = Exact<{ [key: string]: never; }>;


export type VoiceOverviewCardQuery = { voiceOverview: { openComplaintsByKind: Array<{ code: string, count: number }>, complaintsByState: Array<{ code: string, count: number }>, openFlagsByKind: Array<{ code: string, count: number }>, signalsByCategory: Array<{ code: string, count: number }> } };

export type MyAssignmentOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAssignmentOrganisationsQuery = { assignments: { items: Array<{ id: string, status: AssignmentStatus, request: { id: string, organisation: { id: string, name: string } } }> } };

export type AcceptInvitationMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { user: { email: string, role: Role } } };

export type AddLeaveMutationVariables = Exact<{
  keyPersonId: string | number;
  input: LeaveInput;
}>;


export type AddLeaveMutation = { addLeave: { id: string, startsOn: string, endsOn: string } };

export type RemoveLeaveMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveLeaveMutation = { removeLeave: boolean };

export type SetPublicConsentMutationVariables = Exact<{
  keyPersonId: string | number;
  input: PublicConsentInput;
}>;


export type SetPublicConsentMutation = { setPublicConsent: { id: string, publicConsent: { listed: boolean, showName: boolean, showMunicipality: boolean, showLanguages: boolean, showExpertise: boolean, showEmail: boolean, showPhone: boolean, showRemote: boolean, showReach: boolean, contact: boolean } | null } };

export type AttentionCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type AttentionCountsQuery = { attentionCounts: { proposalsToAnswer: number, hoursToReview: number, claimsToReview: number, lastCheckInAt: string | null } };

export type SetOrganisationPublicEntryMutationVariables = Exact<{
  organisationId: string | number;
  input: OrganisationPublicEntryInput;
}>;


export type SetOrganisationPublicEntryMutation = { setOrganisationPublicEntry: boolean };

export type LeftOutFieldsFragment = { keyPersonId: string, keyPersonName: string, missing: Array<string>, lineCount: number, amountCents: number };

export type PayerAccountFieldsFragment = { name: string, iban: string, bic: string | null };

export type PaymentExportPreviewQueryVariables = Exact<{
  o?: string | number | null | undefined;
  f: string;
  t: string;
}>;


export type PaymentExportPreviewQuery = { paymentExportPreview: { lineCount: number, totalCents: number, leftOut: Array<{ keyPersonId: string, keyPersonName: string, missing: Array<string>, lineCount: number, amountCents: number }>, payerAccount: { name: string, iban: string, bic: string | null } | null } };

export type ExportPaymentsMutationVariables = Exact<{
  o?: string | number | null | undefined;
  f: string;
  t: string;
  l?: string | null | undefined;
}>;


export type ExportPaymentsMutation = { exportPayments: { id: string, periodFrom: string, periodTo: string, lineCount: number, totalCents: number, csv: string, sepaXml: string | null, leftOut: Array<{ keyPersonId: string, keyPersonName: string, missing: Array<string>, lineCount: number, amountCents: number }> } };

export type SepaFilesQueryVariables = Exact<{ [key: string]: never; }>;


export type SepaFilesQuery = { paymentExports: { items: Array<{ id: string, sepaXml: string | null }> } };

export type PayerAccountQueryVariables = Exact<{
  o?: string | number | null | undefined;
}>;


export type PayerAccountQuery = { payerAccount: { name: string, iban: string, bic: string | null } | null };

export type SetPayerAccountMutationVariables = Exact<{
  o?: string | number | null | undefined;
  i: PayerAccountInput;
}>;


export type SetPayerAccountMutation = { setPayerAccount: { name: string, iban: string, bic: string | null } };

export type QualificationDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type QualificationDashboardQuery = { result: { awaitingVerification: number, byRegion: Array<{ key: string, name: string, nameNl: string, trained: number, untrained: number, lacking: number }>, byLanguage: Array<{ key: string, name: string, nameNl: string, trained: number, untrained: number, lacking: number }>, expiring: Array<{ validUntil: string, daysLeft: number, keyPerson: { id: string, displayName: string }, qualification: { id: string, type: { code: string, nameNl: string, nameEn: string } } }> } };

export type RecognitionStatementOfQueryVariables = Exact<{
  keyPersonId: string | number;
  year: number;
  locale: string;
}>;


export type RecognitionStatementOfQuery = { recognitionStatement: { base64: string, contentType: string, fileName: string } };

export type ReportQueryVariables = Exact<{
  input: ReportInput;
}>;


export type ReportQuery = { report: { period: ReportPeriod, start: string, end: string, scope: string, generatedAt: string, tables: Array<{ code: string, section: string, chart: ReportChart, columns: Array<{ code: string, unit: ReportUnit }>, rows: Array<{ keyKind: string, key: string, label: string | null, values: Array<number | null> }> }> } };

export type TransferFieldsFragment = { id: string, requestId: string, state: TransferState, caseReference: string, requestKind: RequestKind, hoursPerWeek: number, consentAt: string, declineReason: TransferDeclineReason | null, declineNote: string | null, effectiveOn: string | null, createdAt: string, answeredAt: string | null, municipality: { code: string, name: string }, languages: Array<{ code: string, name: string, nameNl: string }>, fromOrganisation: { id: string, name: string }, toOrganisation: { id: string, name: string } };

export type TransferTargetsQueryVariables = Exact<{
  requestId: string | number;
}>;


export type TransferTargetsQuery = { transferTargets: Array<{ distanceKm: number, organisation: { id: string, name: string } }> };

export type RequestTransfersQueryVariables = Exact<{
  filter?: TransferFilter | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type RequestTransfersQuery = { requestTransfers: { total: number, items: Array<{ id: string, requestId: string, state: TransferState, caseReference: string, requestKind: RequestKind, hoursPerWeek: number, consentAt: string, declineReason: TransferDeclineReason | null, declineNote: string | null, effectiveOn: string | null, createdAt: string, answeredAt: string | null, municipality: { code: string, name: string }, languages: Array<{ code: string, name: string, nameNl: string }>, fromOrganisation: { id: string, name: string }, toOrganisation: { id: string, name: string } }> } };

export type ProposeTransferMutationVariables = Exact<{
  input: ProposeTransferInput;
}>;


export type ProposeTransferMutation = { proposeTransfer: { id: string, requestId: string, state: TransferState, caseReference: string, requestKind: RequestKind, hoursPerWeek: number, consentAt: string, declineReason: TransferDeclineReason | null, declineNote: string | null, effectiveOn: string | null, createdAt: string, answeredAt: string | null, municipality: { code: string, name: string }, languages: Array<{ code: string, name: string, nameNl: string }>, fromOrganisation: { id: string, name: string }, toOrganisation: { id: string, name: string } } };

export type AcceptTransferMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptTransferMutation = { acceptTransfer: { id: string, requestId: string, state: TransferState, caseReference: string, requestKind: RequestKind, hoursPerWeek: number, consentAt: string, declineReason: TransferDeclineReason | null, declineNote: string | null, effectiveOn: string | null, createdAt: string, answeredAt: string | null, municipality: { code: string, name: string }, languages: Array<{ code: string, name: string, nameNl: string }>, fromOrganisation: { id: string, name: string }, toOrganisation: { id: string, name: string } } };

export type DeclineTransferMutationVariables = Exact<{
  id: string | number;
  input: DeclineTransferInput;
}>;


export type DeclineTransferMutation = { declineTransfer: { id: string, requestId: string, state: TransferState, caseReference: string, requestKind: RequestKind, hoursPerWeek: number, consentAt: string, declineReason: TransferDeclineReason | null, declineNote: string | null, effectiveOn: string | null, createdAt: string, answeredAt: string | null, municipality: { code: string, name: string }, languages: Array<{ code: string, name: string, nameNl: string }>, fromOrganisation: { id: string, name: string }, toOrganisation: { id: string, name: string } } };

export type WithdrawTransferMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawTransferMutation = { withdrawTransfer: { id: string, requestId: string, state: TransferState, caseReference: string, requestKind: RequestKind, hoursPerWeek: number, consentAt: string, declineReason: TransferDeclineReason | null, declineNote: string | null, effectiveOn: string | null, createdAt: string, answeredAt: string | null, municipality: { code: string, name: string }, languages: Array<{ code: string, name: string, nameNl: string }>, fromOrganisation: { id: string, name: string }, toOrganisation: { id: string, name: string } } };

export type ResendInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type ResendInvitationMutation = { resendInvitation: { id: string, invitationPending: boolean } };

export type DeactivateUserMutationVariables = Exact<{
  id: string | number;
}>;


export type DeactivateUserMutation = { deactivateUser: { id: string, deactivatedAt: string | null } };

export type ReactivateUserMutationVariables = Exact<{
  id: string | number;
}>;


export type ReactivateUserMutation = { reactivateUser: { id: string, deactivatedAt: string | null } };

export type ProqolFormPageQueryVariables = Exact<{ [key: string]: never; }>;


export type ProqolFormPageQuery = { proqolForm: { instruction: string, answerLabels: Array<string>, credit: string, intervalDays: number, items: Array<{ number: number, text: string }> } };

export type ProqolResponsesOfQueryVariables = Exact<{
  keyPersonId: string | number;
}>;


export type ProqolResponsesOfQuery = { proqolResponses: Array<{ id: string, answeredAt: string, compassionSatisfaction: number, compassionSatisfactionLevel: ProqolLevel, burnout: number, burnoutLevel: ProqolLevel, secondaryTraumaticStress: number, secondaryTraumaticStressLevel: ProqolLevel }> };

export type SubmitProqolMutationVariables = Exact<{
  input: ProqolInput;
}>;


export type SubmitProqolMutation = { submitProqol: { id: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CareServiceFieldsFragmentDoc = new TypedDocumentString(`
    fragment CareServiceFields on CareService {
  id
  name
  description
  url
  email
  status
  topics
  interpretersAvailable
  residenceEligibility
  eligibilityDescription
  applicationProcess
  feesDescription
  anonymousLine
  nationwide
  isPublic
  assuredOn
  stale
  canEdit
  updatedAt
  organisation {
    id
    name
  }
  municipalities {
    code
    name
  }
  languages {
    code
    name
    nameNl
  }
  phones {
    id
    number
    description
  }
  schedules {
    id
    weekday
    opensAt
    closesAt
    notes
  }
  locations {
    id
    name
    address
    postalCode
    city
    municipalityCode
    lat
    lon
  }
}
    `, {"fragmentName":"CareServiceFields"}) as unknown as TypedDocumentString<CareServiceFieldsFragment, unknown>;
export const HourEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment HourEntryFields on HourEntry {
  id
  date
  hours
  activity
  ownActivity
  note
  status
  reviewReason
  allowanceCents
  createdAt
  reviewedAt
  exportedAt
  keyPerson {
    id
    displayName
  }
  assignment {
    id
    request {
      id
      caseReference
      municipality {
        code
        name
      }
      organisation {
        id
        name
      }
    }
  }
}
    `, {"fragmentName":"HourEntryFields"}) as unknown as TypedDocumentString<HourEntryFieldsFragment, unknown>;
export const ExpenseClaimFieldsFragmentDoc = new TypedDocumentString(`
    fragment ExpenseClaimFields on ExpenseClaim {
  id
  date
  kind
  km
  amountCents
  description
  status
  reviewReason
  createdAt
  reviewedAt
  exportedAt
  keyPerson {
    id
    displayName
  }
  assignment {
    id
    request {
      id
      caseReference
      municipality {
        code
        name
      }
      organisation {
        id
        name
      }
    }
  }
}
    `, {"fragmentName":"ExpenseClaimFields"}) as unknown as TypedDocumentString<ExpenseClaimFieldsFragment, unknown>;
export const DeclarableAssignmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment DeclarableAssignmentFields on Assignment {
  id
  status
  hoursPerWeek
  proposedAt
  endedAt
  request {
    id
    funding
    location {
      lat
      lon
    }
    municipality {
      code
      name
    }
    organisation {
      id
      name
    }
  }
}
    `, {"fragmentName":"DeclarableAssignmentFields"}) as unknown as TypedDocumentString<DeclarableAssignmentFieldsFragment, unknown>;
export const CompensationRulesFieldsFragmentDoc = new TypedDocumentString(`
    fragment CompensationRulesFields on CompensationRules {
  year
  hourlyRateCents
  hourlyRateUnder21Cents
  monthCapCents
  yearCapCents
  kmRateCents
  provisional
  updatedAt
}
    `, {"fragmentName":"CompensationRulesFields"}) as unknown as TypedDocumentString<CompensationRulesFieldsFragment, unknown>;
export const PaymentExportFieldsFragmentDoc = new TypedDocumentString(`
    fragment PaymentExportFields on PaymentExport {
  id
  funder
  periodFrom
  periodTo
  lineCount
  totalCents
  createdAt
  csv
}
    `, {"fragmentName":"PaymentExportFields"}) as unknown as TypedDocumentString<PaymentExportFieldsFragment, unknown>;
export const GroupActivityFieldsFragmentDoc = new TypedDocumentString(`
    fragment GroupActivityFields on GroupActivity {
  id
  kind
  title
  startsAt
  endsAt
  capacity
  onlineUrl
  recurrence
  seriesId
  qualificationCode
  cancelledAt
  canManage
  begun
  placesLeft
  location {
    lat
    lon
  }
  organisation {
    id
    name
  }
  counts {
    invited
    attending
    notAttending
    attended
  }
}
    `, {"fragmentName":"GroupActivityFields"}) as unknown as TypedDocumentString<GroupActivityFieldsFragment, unknown>;
export const MatchRequestListFieldsFragmentDoc = new TypedDocumentString(`
    fragment MatchRequestListFields on MatchRequest {
  id
  caseReference
  status
  kind
  startsAt
  endsAt
  createdAt
  startsOn
  hoursPerWeek
  municipality {
    code
    name
    province
  }
  languages {
    code
    name
    nameNl
  }
  expertise {
    code
    name
    nameNl
  }
  organisation {
    id
    name
  }
  unmetSince
  unmetExclusions {
    rule
    count
  }
}
    `, {"fragmentName":"MatchRequestListFields"}) as unknown as TypedDocumentString<MatchRequestListFieldsFragment, unknown>;
export const MatchRequestFieldsFragmentDoc = new TypedDocumentString(`
    fragment MatchRequestFields on MatchRequest {
  id
  caseReference
  status
  kind
  startsAt
  endsAt
  appointment {
    mode
    setting
    role
  }
  consult {
    topic
    hours
  }
  session {
    expectedParticipants
    topics
  }
  requiredDialect
  preferredDialect
  createdAt
  startsOn
  hoursPerWeek
  municipality {
    code
    name
    province
  }
  languages {
    code
    name
    nameNl
  }
  expertise {
    code
    name
    nameNl
  }
  organisation {
    id
    name
  }
  unmetSince
  unmetExclusions {
    rule
    count
  }
  remoteAcceptable
  funding
  autoEscalate
  preferredGender
  backgroundPreference
  newcomerOrigin
  location {
    lat
    lon
  }
  assignments {
    id
    status
    hoursPerWeek
    proposedAt
    respondBy
    respondedAt
    declineReason
    endedAt
    proposedBecause
    rating {
      score
    }
    handovers {
      handedOverOn
      overlapUntil
      fromAssignmentId
      toAssignmentId
    }
    keyPerson {
      id
      displayName
      homeMunicipality {
        code
        name
      }
      email
      phone
    }
  }
}
    `, {"fragmentName":"MatchRequestFields"}) as unknown as TypedDocumentString<MatchRequestFieldsFragment, unknown>;
export const AssignmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment AssignmentFields on Assignment {
  id
  status
  hoursPerWeek
  proposedAt
  respondBy
  respondedAt
  declineReason
  endedAt
  proposedBecause
  handovers {
    handedOverOn
    overlapUntil
    fromAssignmentId
    toAssignmentId
  }
  request {
    id
    kind
    startsAt
    endsAt
    appointment {
      mode
      setting
      role
    }
    consult {
      topic
      hours
    }
    session {
      expectedParticipants
      topics
    }
    requiredDialect
    preferredDialect
    hoursPerWeek
    startsOn
    remoteAcceptable
    municipality {
      code
      name
      province
    }
    languages {
      code
      name
      nameNl
    }
    expertise {
      code
      name
      nameNl
    }
    organisation {
      id
      name
    }
  }
}
    `, {"fragmentName":"AssignmentFields"}) as unknown as TypedDocumentString<AssignmentFieldsFragment, unknown>;
export const CandidateFieldsFragmentDoc = new TypedDocumentString(`
    fragment CandidateFields on MatchCandidate {
  score
  distanceKm
  parts {
    distance
    load
    language
    preferences
    continuity
  }
  reasons
  explanation {
    code
    params
  }
  keyPerson {
    id
    displayName
    gender
    homeMunicipality {
      code
      name
    }
    languages {
      language {
        code
        name
        nameNl
      }
      level
    }
    workload {
      weeklyCapacityHours
      committedHours
      utilisation
    }
  }
}
    `, {"fragmentName":"CandidateFields"}) as unknown as TypedDocumentString<CandidateFieldsFragment, unknown>;
export const NotificationFieldsFragmentDoc = new TypedDocumentString(`
    fragment NotificationFields on Notification {
  id
  kind
  status
  locale
  subject
  body
  attempts
  nextAttemptAt
  lastError
  sentAt
  createdAt
  dedupeKey
  recipient {
    id
    email
    role
    locale
    emailBouncedAt
  }
}
    `, {"fragmentName":"NotificationFields"}) as unknown as TypedDocumentString<NotificationFieldsFragment, unknown>;
export const QualificationTypeFieldsFragmentDoc = new TypedDocumentString(`
    fragment QualificationTypeFields on QualificationType {
  code
  nameNl
  nameEn
  validityMonths
  coversExpertise
  active
  updatedAt
}
    `, {"fragmentName":"QualificationTypeFields"}) as unknown as TypedDocumentString<QualificationTypeFieldsFragment, unknown>;
export const QualificationFieldsFragmentDoc = new TypedDocumentString(`
    fragment QualificationFields on Qualification {
  id
  code
  status
  issuer
  obtainedOn
  validUntil
  verifiedAt
  verificationNote
  validToday
  type {
    code
    nameNl
    nameEn
  }
}
    `, {"fragmentName":"QualificationFields"}) as unknown as TypedDocumentString<QualificationFieldsFragment, unknown>;
export const ReferralFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReferralFields on Referral {
  id
  state
  needsRerouting
  sharesMunicipality
  sharesLanguage
  sharesTopic
  note
  declineReason
  declineNote
  mySides
  caseReference
  requestId
  assignmentId
  reroutedFromId
  reroutedToId
  consentAt
  sentAt
  acceptedAt
  declinedAt
  appointmentMadeAt
  waitingListAt
  completedAt
  withdrawnAt
  topic {
    code
    name
    nameNl
  }
  municipality {
    code
    name
  }
  language {
    code
    name
    nameNl
  }
  careService {
    id
    name
  }
  referringOrganisation {
    id
    name
  }
  serviceOrganisation {
    id
    name
  }
  events {
    id
    fromState
    state
    action
    side
    note
    at
  }
}
    `, {"fragmentName":"ReferralFields"}) as unknown as TypedDocumentString<ReferralFieldsFragment, unknown>;
export const KeyPersonListFieldsFragmentDoc = new TypedDocumentString(`
    fragment KeyPersonListFields on KeyPerson {
  id
  displayName
  status
  stale
  weeklyCapacityHours
  homeMunicipality {
    code
    name
  }
  languages {
    language {
      code
      name
      nameNl
    }
    level
  }
  expertise {
    code
    name
    nameNl
  }
  workload {
    weeklyCapacityHours
    committedHours
    utilisation
  }
}
    `, {"fragmentName":"KeyPersonListFields"}) as unknown as TypedDocumentString<KeyPersonListFieldsFragment, unknown>;
export const KeyPersonFieldsFragmentDoc = new TypedDocumentString(`
    fragment KeyPersonFields on KeyPerson {
  id
  displayName
  email
  phone
  gender
  birthYear
  origins
  originMatchingConsent
  languages {
    language {
      code
      name
      nameNl
    }
    level
    dialect
  }
  expertise {
    code
    name
    nameNl
  }
  homeMunicipality {
    code
    name
    province
  }
  homeLocation {
    lat
    lon
  }
  maxTravelKm
  remoteAvailable
  weeklyCapacityHours
  status
  leavingReason
  leavingNote
  leftOn
  compensationType
  workload {
    weeklyCapacityHours
    committedHours
    utilisation
  }
  supervisionStatus
  wellbeingStatus
  profileConfirmedAt
  stale
  publicConsent {
    listed
    showName
    showMunicipality
    showLanguages
    showExpertise
    showEmail
    showPhone
    showRemote
    showReach
    contact
  }
  unavailablePeriods {
    id
    startsOn
    endsOn
  }
  account {
    id
    email
    role
    deactivatedAt
    lastLoginAt
    invitationPending
  }
  createdAt
  updatedAt
}
    `, {"fragmentName":"KeyPersonFields"}) as unknown as TypedDocumentString<KeyPersonFieldsFragment, unknown>;
export const OrganisationFieldsFragmentDoc = new TypedDocumentString(`
    fragment OrganisationFields on Organisation {
  id
  name
  kind
  municipality {
    code
    name
  }
  publicEntry {
    offers
    website
    updatedAt
  }
  createdAt
}
    `, {"fragmentName":"OrganisationFields"}) as unknown as TypedDocumentString<OrganisationFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserFields on User {
  id
  email
  role
  locale
  invitationPending
  createdAt
  lastLoginAt
  deactivatedAt
  keyPerson {
    id
    displayName
  }
  organisation {
    id
    name
  }
  municipalities {
    code
    name
  }
}
    `, {"fragmentName":"UserFields"}) as unknown as TypedDocumentString<UserFieldsFragment, unknown>;
export const ComplaintFieldsFragmentDoc = new TypedDocumentString(`
    fragment ComplaintFields on Complaint {
  id
  kind
  state
  description
  filedAt
  response
  respondedAt
  decisionNote
  decidedAt
  assignment {
    id
    status
    endedAt
    keyPerson {
      id
      displayName
    }
    request {
      id
      caseReference
      organisation {
        id
        name
      }
      municipality {
        code
        name
      }
    }
  }
}
    `, {"fragmentName":"ComplaintFields"}) as unknown as TypedDocumentString<ComplaintFieldsFragment, unknown>;
export const LeftOutFieldsFragmentDoc = new TypedDocumentString(`
    fragment LeftOutFields on LeftOutPayment {
  keyPersonId
  keyPersonName
  missing
  lineCount
  amountCents
}
    `, {"fragmentName":"LeftOutFields"}) as unknown as TypedDocumentString<LeftOutFieldsFragment, unknown>;
export const PayerAccountFieldsFragmentDoc = new TypedDocumentString(`
    fragment PayerAccountFields on PayerAccount {
  name
  iban
  bic
}
    `, {"fragmentName":"PayerAccountFields"}) as unknown as TypedDocumentString<PayerAccountFieldsFragment, unknown>;
export const TransferFieldsFragmentDoc = new TypedDocumentString(`
    fragment TransferFields on RequestTransfer {
  id
  requestId
  state
  caseReference
  requestKind
  hoursPerWeek
  consentAt
  declineReason
  declineNote
  effectiveOn
  createdAt
  answeredAt
  municipality {
    code
    name
  }
  languages {
    code
    name
    nameNl
  }
  fromOrganisation {
    id
    name
  }
  toOrganisation {
    id
    name
  }
}
    `, {"fragmentName":"TransferFields"}) as unknown as TypedDocumentString<TransferFieldsFragment, unknown>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($token: String!, $newPassword: String!) {
  resetPassword(token: $token, newPassword: $newPassword) {
    token
  }
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    email
    role
    locale
    keyPerson {
      id
      displayName
    }
    organisation {
      id
      name
    }
    municipalities {
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const KeyPersonAgendaDocument = new TypedDocumentString(`
    query KeyPersonAgenda($id: ID!, $from: DateTime!, $to: DateTime!) {
  keyPerson(id: $id) {
    id
    displayName
    availabilityWindows {
      weekday
      startTime
      endTime
    }
    bookings(from: $from, to: $to) {
      assignmentId
      requestId
      kind
      startsAt
      endsAt
      mode
      status
      municipality {
        code
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KeyPersonAgendaQuery, KeyPersonAgendaQueryVariables>;
export const SetAvailabilityWindowsDocument = new TypedDocumentString(`
    mutation SetAvailabilityWindows($keyPersonId: ID!, $windows: [AvailabilityWindowInput!]!) {
  setAvailabilityWindows(keyPersonId: $keyPersonId, windows: $windows) {
    id
    availabilityWindows {
      weekday
      startTime
      endTime
    }
  }
}
    `) as unknown as TypedDocumentString<SetAvailabilityWindowsMutation, SetAvailabilityWindowsMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($filter: AuditFilter, $page: Int, $perPage: Int, $sort: AuditSort) {
  result: auditLog(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {
    items {
      id
      at
      action
      entityType
      entityId
      actorRole
      actorName
      entityName
      entityErased
      detail
      actor {
        id
        email
        role
      }
    }
    total
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const CareServiceListDocument = new TypedDocumentString(`
    query CareServiceList($filter: CareServiceFilter, $page: Int, $perPage: Int) {
  result: careServices(filter: $filter, page: $page, perPage: $perPage) {
    items {
      ...CareServiceFields
    }
    total
  }
}
    fragment CareServiceFields on CareService {
  id
  name
  description
  url
  email
  status
  topics
  interpretersAvailable
  residenceEligibility
  eligibilityDescription
  applicationProcess
  feesDescription
  anonymousLine
  nationwide
  isPublic
  assuredOn
  stale
  canEdit
  updatedAt
  organisation {
    id
    name
  }
  municipalities {
    code
    name
  }
  languages {
    code
    name
    nameNl
  }
  phones {
    id
    number
    description
  }
  schedules {
    id
    weekday
    opensAt
    closesAt
    notes
  }
  locations {
    id
    name
    address
    postalCode
    city
    municipalityCode
    lat
    lon
  }
}`) as unknown as TypedDocumentString<CareServiceListQuery, CareServiceListQueryVariables>;
export const CareServiceOneDocument = new TypedDocumentString(`
    query CareServiceOne($id: ID!) {
  result: careService(id: $id) {
    ...CareServiceFields
  }
}
    fragment CareServiceFields on CareService {
  id
  name
  description
  url
  email
  status
  topics
  interpretersAvailable
  residenceEligibility
  eligibilityDescription
  applicationProcess
  feesDescription
  anonymousLine
  nationwide
  isPublic
  assuredOn
  stale
  canEdit
  updatedAt
  organisation {
    id
    name
  }
  municipalities {
    code
    name
  }
  languages {
    code
    name
    nameNl
  }
  phones {
    id
    number
    description
  }
  schedules {
    id
    weekday
    opensAt
    closesAt
    notes
  }
  locations {
    id
    name
    address
    postalCode
    city
    municipalityCode
    lat
    lon
  }
}`) as unknown as TypedDocumentString<CareServiceOneQuery, CareServiceOneQueryVariables>;
export const CreateCareServiceDocument = new TypedDocumentString(`
    mutation CreateCareService($input: CareServiceInput!) {
  result: createCareService(input: $input) {
    ...CareServiceFields
  }
}
    fragment CareServiceFields on CareService {
  id
  name
  description
  url
  email
  status
  topics
  interpretersAvailable
  residenceEligibility
  eligibilityDescription
  applicationProcess
  feesDescription
  anonymousLine
  nationwide
  isPublic
  assuredOn
  stale
  canEdit
  updatedAt
  organisation {
    id
    name
  }
  municipalities {
    code
    name
  }
  languages {
    code
    name
    nameNl
  }
  phones {
    id
    number
    description
  }
  schedules {
    id
    weekday
    opensAt
    closesAt
    notes
  }
  locations {
    id
    name
    address
    postalCode
    city
    municipalityCode
    lat
    lon
  }
}`) as unknown as TypedDocumentString<CreateCareServiceMutation, CreateCareServiceMutationVariables>;
export const UpdateCareServiceDocument = new TypedDocumentString(`
    mutation UpdateCareService($id: ID!, $input: CareServiceInput!) {
  result: updateCareService(id: $id, input: $input) {
    ...CareServiceFields
  }
}
    fragment CareServiceFields on CareService {
  id
  name
  description
  url
  email
  status
  topics
  interpretersAvailable
  residenceEligibility
  eligibilityDescription
  applicationProcess
  feesDescription
  anonymousLine
  nationwide
  isPublic
  assuredOn
  stale
  canEdit
  updatedAt
  organisation {
    id
    name
  }
  municipalities {
    code
    name
  }
  languages {
    code
    name
    nameNl
  }
  phones {
    id
    number
    description
  }
  schedules {
    id
    weekday
    opensAt
    closesAt
    notes
  }
  locations {
    id
    name
    address
    postalCode
    city
    municipalityCode
    lat
    lon
  }
}`) as unknown as TypedDocumentString<UpdateCareServiceMutation, UpdateCareServiceMutationVariables>;
export const ConfirmCareServiceDocument = new TypedDocumentString(`
    mutation ConfirmCareService($id: ID!) {
  result: confirmCareService(id: $id) {
    id
    assuredOn
    stale
  }
}
    `) as unknown as TypedDocumentString<ConfirmCareServiceMutation, ConfirmCareServiceMutationVariables>;
export const ArchiveCareServiceDocument = new TypedDocumentString(`
    mutation ArchiveCareService($id: ID!) {
  result: archiveCareService(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ArchiveCareServiceMutation, ArchiveCareServiceMutationVariables>;
export const StaleCareServicesDocument = new TypedDocumentString(`
    query StaleCareServices {
  result: staleCareServices {
    id
    name
    assuredOn
    organisation {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<StaleCareServicesQuery, StaleCareServicesQueryVariables>;
export const OrganisationContactsDocument = new TypedDocumentString(`
    query OrganisationContacts($organisationId: ID!) {
  result: organisationContacts(organisationId: $organisationId) {
    id
    name
    title
    email
    phone
  }
}
    `) as unknown as TypedDocumentString<OrganisationContactsQuery, OrganisationContactsQueryVariables>;
export const CreateOrganisationContactDocument = new TypedDocumentString(`
    mutation CreateOrganisationContact($organisationId: ID!, $input: OrganisationContactInput!) {
  result: createOrganisationContact(
    organisationId: $organisationId
    input: $input
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateOrganisationContactMutation, CreateOrganisationContactMutationVariables>;
export const UpdateOrganisationContactDocument = new TypedDocumentString(`
    mutation UpdateOrganisationContact($id: ID!, $input: OrganisationContactInput!) {
  result: updateOrganisationContact(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateOrganisationContactMutation, UpdateOrganisationContactMutationVariables>;
export const RemoveOrganisationContactDocument = new TypedDocumentString(`
    mutation RemoveOrganisationContact($id: ID!) {
  result: removeOrganisationContact(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveOrganisationContactMutation, RemoveOrganisationContactMutationVariables>;
export const HourEntryListDocument = new TypedDocumentString(`
    query HourEntryList($filter: ReviewFilter, $page: Int, $perPage: Int, $sort: HourEntrySort) {
  result: hourEntries(
    filter: $filter
    page: $page
    perPage: $perPage
    sort: $sort
  ) {
    items {
      ...HourEntryFields
    }
    total
  }
}
    fragment HourEntryFields on HourEntry {
  id
  date
  hours
  activity
  ownActivity
  note
  status
  reviewReason
  allowanceCents
  createdAt
  reviewedAt
  exportedAt
  keyPerson {
    id
    displayName
  }
  assignment {
    id
    request {
      id
      caseReference
      municipality {
        code
        name
      }
      organisation {
        id
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<HourEntryListQuery, HourEntryListQueryVariables>;
export const DeclareHoursDocument = new TypedDocumentString(`
    mutation DeclareHours($input: HourEntryInput!) {
  result: declareHours(input: $input) {
    ...HourEntryFields
  }
}
    fragment HourEntryFields on HourEntry {
  id
  date
  hours
  activity
  ownActivity
  note
  status
  reviewReason
  allowanceCents
  createdAt
  reviewedAt
  exportedAt
  keyPerson {
    id
    displayName
  }
  assignment {
    id
    request {
      id
      caseReference
      municipality {
        code
        name
      }
      organisation {
        id
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<DeclareHoursMutation, DeclareHoursMutationVariables>;
export const DeclareOwnActivityDocument = new TypedDocumentString(`
    mutation DeclareOwnActivity($input: OwnActivityInput!) {
  result: declareOwnActivity(input: $input) {
    ...HourEntryFields
  }
}
    fragment HourEntryFields on HourEntry {
  id
  date
  hours
  activity
  ownActivity
  note
  status
  reviewReason
  allowanceCents
  createdAt
  reviewedAt
  exportedAt
  keyPerson {
    id
    displayName
  }
  assignment {
    id
    request {
      id
      caseReference
      municipality {
        code
        name
      }
      organisation {
        id
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<DeclareOwnActivityMutation, DeclareOwnActivityMutationVariables>;
export const ReviewHoursDocument = new TypedDocumentString(`
    mutation ReviewHours($id: ID!, $approve: Boolean!, $reason: String) {
  result: reviewHours(id: $id, approve: $approve, reason: $reason) {
    ...HourEntryFields
  }
}
    fragment HourEntryFields on HourEntry {
  id
  date
  hours
  activity
  ownActivity
  note
  status
  reviewReason
  allowanceCents
  createdAt
  reviewedAt
  exportedAt
  keyPerson {
    id
    displayName
  }
  assignment {
    id
    request {
      id
      caseReference
      municipality {
        code
        name
      }
      organisation {
        id
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<ReviewHoursMutation, ReviewHoursMutationVariables>;
export const ExpenseClaimListDocument = new TypedDocumentString(`
    query ExpenseClaimList($filter: ReviewFilter, $page: Int, $perPage: Int, $sort: ExpenseClaimSort) {
  result: expenseClaims(
    filter: $filter
    page: $page
    perPage: $perPage
    sort: $sort
  ) {
    items {
      ...ExpenseClaimFields
    }
    total
  }
}
    fragment ExpenseClaimFields on ExpenseClaim {
  id
  date
  kind
  km
  amountCents
  description
  status
  reviewReason
  createdAt
  reviewedAt
  exportedAt
  keyPerson {
    id
    displayName
  }
  assignment {
    id
    request {
      id
      caseReference
      municipality {
        code
        name
      }
      organisation {
        id
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<ExpenseClaimListQuery, ExpenseClaimListQueryVariables>;
export const SubmitExpenseClaimDocument = new TypedDocumentString(`
    mutation SubmitExpenseClaim($input: ExpenseClaimInput!) {
  result: submitExpenseClaim(input: $input) {
    ...ExpenseClaimFields
  }
}
    fragment ExpenseClaimFields on ExpenseClaim {
  id
  date
  kind
  km
  amountCents
  description
  status
  reviewReason
  createdAt
  reviewedAt
  exportedAt
  keyPerson {
    id
    displayName
  }
  assignment {
    id
    request {
      id
      caseReference
      municipality {
        code
        name
      }
      organisation {
        id
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<SubmitExpenseClaimMutation, SubmitExpenseClaimMutationVariables>;
export const ReviewExpenseClaimDocument = new TypedDocumentString(`
    mutation ReviewExpenseClaim($id: ID!, $approve: Boolean!, $reason: String) {
  result: reviewExpenseClaim(id: $id, approve: $approve, reason: $reason) {
    ...ExpenseClaimFields
  }
}
    fragment ExpenseClaimFields on ExpenseClaim {
  id
  date
  kind
  km
  amountCents
  description
  status
  reviewReason
  createdAt
  reviewedAt
  exportedAt
  keyPerson {
    id
    displayName
  }
  assignment {
    id
    request {
      id
      caseReference
      municipality {
        code
        name
      }
      organisation {
        id
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<ReviewExpenseClaimMutation, ReviewExpenseClaimMutationVariables>;
export const DeclarableAssignmentsDocument = new TypedDocumentString(`
    query DeclarableAssignments($perPage: Int) {
  result: assignments(filter: {status: ACTIVE}, perPage: $perPage) {
    items {
      ...DeclarableAssignmentFields
    }
  }
  completed: assignments(filter: {status: COMPLETED}, perPage: $perPage) {
    items {
      ...DeclarableAssignmentFields
    }
  }
}
    fragment DeclarableAssignmentFields on Assignment {
  id
  status
  hoursPerWeek
  proposedAt
  endedAt
  request {
    id
    funding
    location {
      lat
      lon
    }
    municipality {
      code
      name
    }
    organisation {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<DeclarableAssignmentsQuery, DeclarableAssignmentsQueryVariables>;
export const PaymentExportListDocument = new TypedDocumentString(`
    query PaymentExportList($page: Int, $perPage: Int) {
  result: paymentExports(page: $page, perPage: $perPage) {
    items {
      ...PaymentExportFields
    }
    total
  }
}
    fragment PaymentExportFields on PaymentExport {
  id
  funder
  periodFrom
  periodTo
  lineCount
  totalCents
  createdAt
  csv
}`) as unknown as TypedDocumentString<PaymentExportListQuery, PaymentExportListQueryVariables>;
export const CompensationRulesDocument = new TypedDocumentString(`
    query CompensationRules {
  result: compensationRules {
    ...CompensationRulesFields
  }
}
    fragment CompensationRulesFields on CompensationRules {
  year
  hourlyRateCents
  hourlyRateUnder21Cents
  monthCapCents
  yearCapCents
  kmRateCents
  provisional
  updatedAt
}`) as unknown as TypedDocumentString<CompensationRulesQuery, CompensationRulesQueryVariables>;
export const SetCompensationRulesDocument = new TypedDocumentString(`
    mutation SetCompensationRules($year: Int!, $input: CompensationRulesInput!) {
  result: setCompensationRules(year: $year, input: $input) {
    ...CompensationRulesFields
  }
}
    fragment CompensationRulesFields on CompensationRules {
  year
  hourlyRateCents
  hourlyRateUnder21Cents
  monthCapCents
  yearCapCents
  kmRateCents
  provisional
  updatedAt
}`) as unknown as TypedDocumentString<SetCompensationRulesMutation, SetCompensationRulesMutationVariables>;
export const CompensationRulesMissingDocument = new TypedDocumentString(`
    query CompensationRulesMissing {
  result: compensationRulesMissing
}
    `) as unknown as TypedDocumentString<CompensationRulesMissingQuery, CompensationRulesMissingQueryVariables>;
export const AllowanceOverviewDocument = new TypedDocumentString(`
    query AllowanceOverview($keyPersonId: ID!, $year: Int!) {
  result: allowanceOverview(keyPersonId: $keyPersonId, year: $year) {
    year
    legalHourlyRateCents
    allowanceCents
    roomCents
    figures {
      ...CompensationRulesFields
    }
    months {
      month
      hoursDeclared
      hoursApproved
      allowanceCents
      roomCents
    }
  }
}
    fragment CompensationRulesFields on CompensationRules {
  year
  hourlyRateCents
  hourlyRateUnder21Cents
  monthCapCents
  yearCapCents
  kmRateCents
  provisional
  updatedAt
}`) as unknown as TypedDocumentString<AllowanceOverviewQuery, AllowanceOverviewQueryVariables>;
export const AllowanceRateDocument = new TypedDocumentString(`
    query AllowanceRate($organisationId: ID) {
  result: __typename
  rate: allowanceRate(organisationId: $organisationId)
}
    `) as unknown as TypedDocumentString<AllowanceRateQuery, AllowanceRateQueryVariables>;
export const SetAllowanceRateDocument = new TypedDocumentString(`
    mutation SetAllowanceRate($organisationId: ID, $hourlyRateCents: Int) {
  result: __typename
  rate: setAllowanceRate(
    organisationId: $organisationId
    hourlyRateCents: $hourlyRateCents
  )
}
    `) as unknown as TypedDocumentString<SetAllowanceRateMutation, SetAllowanceRateMutationVariables>;
export const SetPaymentDetailsDocument = new TypedDocumentString(`
    mutation SetPaymentDetails($keyPersonId: ID!, $iban: String!) {
  result: setPaymentDetails(keyPersonId: $keyPersonId, iban: $iban)
}
    `) as unknown as TypedDocumentString<SetPaymentDetailsMutation, SetPaymentDetailsMutationVariables>;
export const GroupActivitiesDocument = new TypedDocumentString(`
    query GroupActivities($filter: GroupActivityFilter, $page: Int, $perPage: Int) {
  result: groupActivities(filter: $filter, page: $page, perPage: $perPage) {
    total
    items {
      ...GroupActivityFields
    }
  }
}
    fragment GroupActivityFields on GroupActivity {
  id
  kind
  title
  startsAt
  endsAt
  capacity
  onlineUrl
  recurrence
  seriesId
  qualificationCode
  cancelledAt
  canManage
  begun
  placesLeft
  location {
    lat
    lon
  }
  organisation {
    id
    name
  }
  counts {
    invited
    attending
    notAttending
    attended
  }
}`) as unknown as TypedDocumentString<GroupActivitiesQuery, GroupActivitiesQueryVariables>;
export const GroupActivityDocument = new TypedDocumentString(`
    query GroupActivity($id: ID!) {
  result: groupActivity(id: $id) {
    ...GroupActivityFields
    myInvitation {
      id
      answer
      attended
      ownActivityDraft {
        activity
        date
        hours
        note
      }
    }
    invitations {
      id
      answer
      answeredAt
      attended
      keyPerson {
        id
        displayName
      }
    }
  }
}
    fragment GroupActivityFields on GroupActivity {
  id
  kind
  title
  startsAt
  endsAt
  capacity
  onlineUrl
  recurrence
  seriesId
  qualificationCode
  cancelledAt
  canManage
  begun
  placesLeft
  location {
    lat
    lon
  }
  organisation {
    id
    name
  }
  counts {
    invited
    attending
    notAttending
    attended
  }
}`) as unknown as TypedDocumentString<GroupActivityQuery, GroupActivityQueryVariables>;
export const CreateGroupActivityDocument = new TypedDocumentString(`
    mutation CreateGroupActivity($input: GroupActivityInput!) {
  result: createGroupActivity(input: $input) {
    ...GroupActivityFields
  }
}
    fragment GroupActivityFields on GroupActivity {
  id
  kind
  title
  startsAt
  endsAt
  capacity
  onlineUrl
  recurrence
  seriesId
  qualificationCode
  cancelledAt
  canManage
  begun
  placesLeft
  location {
    lat
    lon
  }
  organisation {
    id
    name
  }
  counts {
    invited
    attending
    notAttending
    attended
  }
}`) as unknown as TypedDocumentString<CreateGroupActivityMutation, CreateGroupActivityMutationVariables>;
export const InviteToGroupActivityDocument = new TypedDocumentString(`
    mutation InviteToGroupActivity($activityId: ID!, $input: GroupInviteInput!) {
  inviteToGroupActivity(activityId: $activityId, input: $input) {
    invited
    alreadyInvited
  }
}
    `) as unknown as TypedDocumentString<InviteToGroupActivityMutation, InviteToGroupActivityMutationVariables>;
export const RespondToGroupActivityDocument = new TypedDocumentString(`
    mutation RespondToGroupActivity($activityId: ID!, $answer: GroupActivityAnswer!) {
  respondToGroupActivity(activityId: $activityId, answer: $answer) {
    id
    answer
  }
}
    `) as unknown as TypedDocumentString<RespondToGroupActivityMutation, RespondToGroupActivityMutationVariables>;
export const RecordAttendanceDocument = new TypedDocumentString(`
    mutation RecordAttendance($activityId: ID!, $keyPersonIds: [ID!]!) {
  recordAttendance(activityId: $activityId, keyPersonIds: $keyPersonIds) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordAttendanceMutation, RecordAttendanceMutationVariables>;
export const CancelGroupActivityDocument = new TypedDocumentString(`
    mutation CancelGroupActivity($id: ID!) {
  cancelGroupActivity(id: $id) {
    id
    cancelledAt
  }
}
    `) as unknown as TypedDocumentString<CancelGroupActivityMutation, CancelGroupActivityMutationVariables>;
export const DeclareGroupActivityHoursDocument = new TypedDocumentString(`
    mutation DeclareGroupActivityHours($input: OwnActivityInput!) {
  declareOwnActivity(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeclareGroupActivityHoursMutation, DeclareGroupActivityHoursMutationVariables>;
export const MyGroupInvitationsDocument = new TypedDocumentString(`
    query MyGroupInvitations {
  myGroupInvitations {
    id
    answer
    activity {
      id
      kind
      title
      startsAt
      endsAt
      placesLeft
    }
  }
}
    `) as unknown as TypedDocumentString<MyGroupInvitationsQuery, MyGroupInvitationsQueryVariables>;
export const KeyPersonAffiliationsDocument = new TypedDocumentString(`
    query KeyPersonAffiliations($id: ID!) {
  keyPerson(id: $id) {
    id
    affiliations {
      id
      startsOn
      endsOn
      responsibleForSupervision
      organisation {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KeyPersonAffiliationsQuery, KeyPersonAffiliationsQueryVariables>;
export const OrganisationKeyPersonsDocument = new TypedDocumentString(`
    query OrganisationKeyPersons($organisationId: ID) {
  affiliations(organisationId: $organisationId, currentOnly: true) {
    id
    responsibleForSupervision
    keyPerson {
      id
      displayName
      supervisionStatus
      lastSupervisionOn
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationKeyPersonsQuery, OrganisationKeyPersonsQueryVariables>;
export const AddAffiliationDocument = new TypedDocumentString(`
    mutation AddAffiliation($input: AffiliationInput!) {
  addAffiliation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddAffiliationMutation, AddAffiliationMutationVariables>;
export const EndAffiliationDocument = new TypedDocumentString(`
    mutation EndAffiliation($id: ID!, $endsOn: Date!) {
  endAffiliation(id: $id, endsOn: $endsOn) {
    id
  }
}
    `) as unknown as TypedDocumentString<EndAffiliationMutation, EndAffiliationMutationVariables>;
export const MatchRequestListDocument = new TypedDocumentString(`
    query MatchRequestList($filter: MatchRequestFilter, $page: Int, $perPage: Int, $sort: MatchRequestSort) {
  result: matchRequests(
    filter: $filter
    page: $page
    perPage: $perPage
    sort: $sort
  ) {
    items {
      ...MatchRequestListFields
    }
    total
  }
}
    fragment MatchRequestListFields on MatchRequest {
  id
  caseReference
  status
  kind
  startsAt
  endsAt
  createdAt
  startsOn
  hoursPerWeek
  municipality {
    code
    name
    province
  }
  languages {
    code
    name
    nameNl
  }
  expertise {
    code
    name
    nameNl
  }
  organisation {
    id
    name
  }
  unmetSince
  unmetExclusions {
    rule
    count
  }
}`) as unknown as TypedDocumentString<MatchRequestListQuery, MatchRequestListQueryVariables>;
export const MatchRequestOneDocument = new TypedDocumentString(`
    query MatchRequestOne($id: ID!) {
  result: matchRequest(id: $id) {
    ...MatchRequestFields
  }
}
    fragment MatchRequestFields on MatchRequest {
  id
  caseReference
  status
  kind
  startsAt
  endsAt
  appointment {
    mode
    setting
    role
  }
  consult {
    topic
    hours
  }
  session {
    expectedParticipants
    topics
  }
  requiredDialect
  preferredDialect
  createdAt
  startsOn
  hoursPerWeek
  municipality {
    code
    name
    province
  }
  languages {
    code
    name
    nameNl
  }
  expertise {
    code
    name
    nameNl
  }
  organisation {
    id
    name
  }
  unmetSince
  unmetExclusions {
    rule
    count
  }
  remoteAcceptable
  funding
  autoEscalate
  preferredGender
  backgroundPreference
  newcomerOrigin
  location {
    lat
    lon
  }
  assignments {
    id
    status
    hoursPerWeek
    proposedAt
    respondBy
    respondedAt
    declineReason
    endedAt
    proposedBecause
    rating {
      score
    }
    handovers {
      handedOverOn
      overlapUntil
      fromAssignmentId
      toAssignmentId
    }
    keyPerson {
      id
      displayName
      homeMunicipality {
        code
        name
      }
      email
      phone
    }
  }
}`) as unknown as TypedDocumentString<MatchRequestOneQuery, MatchRequestOneQueryVariables>;
export const CreateMatchRequestDocument = new TypedDocumentString(`
    mutation CreateMatchRequest($input: MatchRequestInput!) {
  result: createMatchRequest(input: $input) {
    ...MatchRequestFields
  }
}
    fragment MatchRequestFields on MatchRequest {
  id
  caseReference
  status
  kind
  startsAt
  endsAt
  appointment {
    mode
    setting
    role
  }
  consult {
    topic
    hours
  }
  session {
    expectedParticipants
    topics
  }
  requiredDialect
  preferredDialect
  createdAt
  startsOn
  hoursPerWeek
  municipality {
    code
    name
    province
  }
  languages {
    code
    name
    nameNl
  }
  expertise {
    code
    name
    nameNl
  }
  organisation {
    id
    name
  }
  unmetSince
  unmetExclusions {
    rule
    count
  }
  remoteAcceptable
  funding
  autoEscalate
  preferredGender
  backgroundPreference
  newcomerOrigin
  location {
    lat
    lon
  }
  assignments {
    id
    status
    hoursPerWeek
    proposedAt
    respondBy
    respondedAt
    declineReason
    endedAt
    proposedBecause
    rating {
      score
    }
    handovers {
      handedOverOn
      overlapUntil
      fromAssignmentId
      toAssignmentId
    }
    keyPerson {
      id
      displayName
      homeMunicipality {
        code
        name
      }
      email
      phone
    }
  }
}`) as unknown as TypedDocumentString<CreateMatchRequestMutation, CreateMatchRequestMutationVariables>;
export const AssignmentListDocument = new TypedDocumentString(`
    query AssignmentList($filter: AssignmentFilter, $page: Int, $perPage: Int, $sort: AssignmentSort) {
  result: assignments(
    filter: $filter
    page: $page
    perPage: $perPage
    sort: $sort
  ) {
    items {
      ...AssignmentFields
    }
    total
  }
}
    fragment AssignmentFields on Assignment {
  id
  status
  hoursPerWeek
  proposedAt
  respondBy
  respondedAt
  declineReason
  endedAt
  proposedBecause
  handovers {
    handedOverOn
    overlapUntil
    fromAssignmentId
    toAssignmentId
  }
  request {
    id
    kind
    startsAt
    endsAt
    appointment {
      mode
      setting
      role
    }
    consult {
      topic
      hours
    }
    session {
      expectedParticipants
      topics
    }
    requiredDialect
    preferredDialect
    hoursPerWeek
    startsOn
    remoteAcceptable
    municipality {
      code
      name
      province
    }
    languages {
      code
      name
      nameNl
    }
    expertise {
      code
      name
      nameNl
    }
    organisation {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<AssignmentListQuery, AssignmentListQueryVariables>;
export const MatchCandidatesDocument = new TypedDocumentString(`
    query MatchCandidates($requestId: ID!, $limit: Int!) {
  result: matchCandidates(requestId: $requestId, limit: $limit) {
    ...CandidateFields
  }
}
    fragment CandidateFields on MatchCandidate {
  score
  distanceKm
  parts {
    distance
    load
    language
    preferences
    continuity
  }
  reasons
  explanation {
    code
    params
  }
  keyPerson {
    id
    displayName
    gender
    homeMunicipality {
      code
      name
    }
    languages {
      language {
        code
        name
        nameNl
      }
      level
    }
    workload {
      weeklyCapacityHours
      committedHours
      utilisation
    }
  }
}`) as unknown as TypedDocumentString<MatchCandidatesQuery, MatchCandidatesQueryVariables>;
export const ProposeAssignmentDocument = new TypedDocumentString(`
    mutation ProposeAssignment($requestId: ID!, $keyPersonId: ID!) {
  result: proposeAssignment(requestId: $requestId, keyPersonId: $keyPersonId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ProposeAssignmentMutation, ProposeAssignmentMutationVariables>;
export const RespondToAssignmentDocument = new TypedDocumentString(`
    mutation RespondToAssignment($assignmentId: ID!, $accept: Boolean!, $reason: String) {
  result: respondToAssignment(
    assignmentId: $assignmentId
    accept: $accept
    reason: $reason
  ) {
    ...AssignmentFields
  }
}
    fragment AssignmentFields on Assignment {
  id
  status
  hoursPerWeek
  proposedAt
  respondBy
  respondedAt
  declineReason
  endedAt
  proposedBecause
  handovers {
    handedOverOn
    overlapUntil
    fromAssignmentId
    toAssignmentId
  }
  request {
    id
    kind
    startsAt
    endsAt
    appointment {
      mode
      setting
      role
    }
    consult {
      topic
      hours
    }
    session {
      expectedParticipants
      topics
    }
    requiredDialect
    preferredDialect
    hoursPerWeek
    startsOn
    remoteAcceptable
    municipality {
      code
      name
      province
    }
    languages {
      code
      name
      nameNl
    }
    expertise {
      code
      name
      nameNl
    }
    organisation {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<RespondToAssignmentMutation, RespondToAssignmentMutationVariables>;
export const CompleteAssignmentDocument = new TypedDocumentString(`
    mutation CompleteAssignment($assignmentId: ID!) {
  result: completeAssignment(assignmentId: $assignmentId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CompleteAssignmentMutation, CompleteAssignmentMutationVariables>;
export const CancelMatchRequestDocument = new TypedDocumentString(`
    mutation CancelMatchRequest($requestId: ID!) {
  result: cancelMatchRequest(requestId: $requestId) {
    ...MatchRequestFields
  }
}
    fragment MatchRequestFields on MatchRequest {
  id
  caseReference
  status
  kind
  startsAt
  endsAt
  appointment {
    mode
    setting
    role
  }
  consult {
    topic
    hours
  }
  session {
    expectedParticipants
    topics
  }
  requiredDialect
  preferredDialect
  createdAt
  startsOn
  hoursPerWeek
  municipality {
    code
    name
    province
  }
  languages {
    code
    name
    nameNl
  }
  expertise {
    code
    name
    nameNl
  }
  organisation {
    id
    name
  }
  unmetSince
  unmetExclusions {
    rule
    count
  }
  remoteAcceptable
  funding
  autoEscalate
  preferredGender
  backgroundPreference
  newcomerOrigin
  location {
    lat
    lon
  }
  assignments {
    id
    status
    hoursPerWeek
    proposedAt
    respondBy
    respondedAt
    declineReason
    endedAt
    proposedBecause
    rating {
      score
    }
    handovers {
      handedOverOn
      overlapUntil
      fromAssignmentId
      toAssignmentId
    }
    keyPerson {
      id
      displayName
      homeMunicipality {
        code
        name
      }
      email
      phone
    }
  }
}`) as unknown as TypedDocumentString<CancelMatchRequestMutation, CancelMatchRequestMutationVariables>;
export const RelocateNewcomerDocument = new TypedDocumentString(`
    mutation RelocateNewcomer($requestId: ID!, $location: GeoPointInput!) {
  result: relocateNewcomer(requestId: $requestId, location: $location) {
    ...MatchRequestFields
  }
}
    fragment MatchRequestFields on MatchRequest {
  id
  caseReference
  status
  kind
  startsAt
  endsAt
  appointment {
    mode
    setting
    role
  }
  consult {
    topic
    hours
  }
  session {
    expectedParticipants
    topics
  }
  requiredDialect
  preferredDialect
  createdAt
  startsOn
  hoursPerWeek
  municipality {
    code
    name
    province
  }
  languages {
    code
    name
    nameNl
  }
  expertise {
    code
    name
    nameNl
  }
  organisation {
    id
    name
  }
  unmetSince
  unmetExclusions {
    rule
    count
  }
  remoteAcceptable
  funding
  autoEscalate
  preferredGender
  backgroundPreference
  newcomerOrigin
  location {
    lat
    lon
  }
  assignments {
    id
    status
    hoursPerWeek
    proposedAt
    respondBy
    respondedAt
    declineReason
    endedAt
    proposedBecause
    rating {
      score
    }
    handovers {
      handedOverOn
      overlapUntil
      fromAssignmentId
      toAssignmentId
    }
    keyPerson {
      id
      displayName
      homeMunicipality {
        code
        name
      }
      email
      phone
    }
  }
}`) as unknown as TypedDocumentString<RelocateNewcomerMutation, RelocateNewcomerMutationVariables>;
export const NotificationListDocument = new TypedDocumentString(`
    query NotificationList($filter: NotificationFilter, $page: Int, $perPage: Int, $sort: NotificationSort) {
  result: notifications(
    filter: $filter
    page: $page
    perPage: $perPage
    sort: $sort
  ) {
    items {
      ...NotificationFields
    }
    total
  }
}
    fragment NotificationFields on Notification {
  id
  kind
  status
  locale
  subject
  body
  attempts
  nextAttemptAt
  lastError
  sentAt
  createdAt
  dedupeKey
  recipient {
    id
    email
    role
    locale
    emailBouncedAt
  }
}`) as unknown as TypedDocumentString<NotificationListQuery, NotificationListQueryVariables>;
export const RetryNotificationDocument = new TypedDocumentString(`
    mutation RetryNotification($id: ID!) {
  result: retryNotification(id: $id) {
    ...NotificationFields
  }
}
    fragment NotificationFields on Notification {
  id
  kind
  status
  locale
  subject
  body
  attempts
  nextAttemptAt
  lastError
  sentAt
  createdAt
  dedupeKey
  recipient {
    id
    email
    role
    locale
    emailBouncedAt
  }
}`) as unknown as TypedDocumentString<RetryNotificationMutation, RetryNotificationMutationVariables>;
export const MyNotificationSettingsDocument = new TypedDocumentString(`
    query MyNotificationSettings {
  result: myNotificationSettings {
    digestsEnabled
    emailBouncedAt
  }
}
    `) as unknown as TypedDocumentString<MyNotificationSettingsQuery, MyNotificationSettingsQueryVariables>;
export const SetDigestsEnabledDocument = new TypedDocumentString(`
    mutation SetDigestsEnabled($enabled: Boolean!) {
  result: setDigestsEnabled(enabled: $enabled) {
    digestsEnabled
    emailBouncedAt
  }
}
    `) as unknown as TypedDocumentString<SetDigestsEnabledMutation, SetDigestsEnabledMutationVariables>;
export const OversightDashboardDocument = new TypedDocumentString(`
    query OversightDashboard {
  result: oversightDashboard {
    byStatus {
      status
      count
    }
    byWellbeing {
      status
      count
    }
    bySupervision {
      status
      count
    }
    staleCount
    unmetRequests
    utilisation {
      label
      count
    }
    bookedUtilisation {
      label
      count
    }
    referrals {
      total
      needsRerouting
      byState {
        key
        count
      }
      byTopic {
        key
        count
      }
      byService {
        key
        label
        count
      }
      medianDaysToAccept
      medianDaysToAppointment
    }
    unmetByKind {
      kind
      count
    }
    hoursByWork {
      kind
      ownActivity
      declaredHours
      approvedHours
    }
    weeklyHours {
      weekEnding
      declaredHours
      capacityHours
    }
    actionCounts {
      kind
      count
    }
  }
}
    `) as unknown as TypedDocumentString<OversightDashboardQuery, OversightDashboardQueryVariables>;
export const OversightActionsDocument = new TypedDocumentString(`
    query OversightActions($kind: ActionKind, $page: Int, $perPage: Int) {
  result: oversightActions(kind: $kind, page: $page, perPage: $perPage) {
    items {
      kind
      reasons {
        code
        params
      }
      keyPerson {
        id
        displayName
        homeMunicipality {
          code
          name
        }
      }
    }
    total
    counts {
      kind
      count
    }
  }
}
    `) as unknown as TypedDocumentString<OversightActionsQuery, OversightActionsQueryVariables>;
export const CoverageDocument = new TypedDocumentString(`
    query Coverage($languageCode: String!) {
  result: coverage(languageCode: $languageCode) {
    municipality {
      code
      name
      province
    }
    reachable
    unmetRequests
  }
}
    `) as unknown as TypedDocumentString<CoverageQuery, CoverageQueryVariables>;
export const KeyPersonWellbeingDocument = new TypedDocumentString(`
    query KeyPersonWellbeing($id: ID!) {
  result: keyPerson(id: $id) {
    id
    displayName
    wellbeingStatus
    wellbeing {
      status
      reasons {
        code
        params
        level
        message
      }
    }
  }
  checkIns: wellbeingCheckIns(keyPersonId: $id, limit: 6) {
    id
    at
    strain
    emotionalImpact
    support
    contactRequested
  }
  clearances: wellbeingClearances(keyPersonId: $id) {
    id
    at
    note
  }
}
    `) as unknown as TypedDocumentString<KeyPersonWellbeingQuery, KeyPersonWellbeingQueryVariables>;
export const SupervisionSessionsDocument = new TypedDocumentString(`
    query SupervisionSessions($keyPersonId: ID!) {
  result: supervisionSessions(keyPersonId: $keyPersonId) {
    id
    date
    kind
    note
    createdAt
  }
}
    `) as unknown as TypedDocumentString<SupervisionSessionsQuery, SupervisionSessionsQueryVariables>;
export const LogSupervisionSessionDocument = new TypedDocumentString(`
    mutation LogSupervisionSession($keyPersonId: ID!, $date: Date!, $kind: SupervisionKind!, $note: String) {
  result: logSupervisionSession(
    keyPersonId: $keyPersonId
    date: $date
    kind: $kind
    note: $note
  ) {
    id
    supervisionStatus
    lastSupervisionOn
  }
}
    `) as unknown as TypedDocumentString<LogSupervisionSessionMutation, LogSupervisionSessionMutationVariables>;
export const SubmitWellbeingCheckInDocument = new TypedDocumentString(`
    mutation SubmitWellbeingCheckIn($input: WellbeingCheckInInput!) {
  result: submitWellbeingCheckIn(input: $input) {
    id
    wellbeingStatus
  }
}
    `) as unknown as TypedDocumentString<SubmitWellbeingCheckInMutation, SubmitWellbeingCheckInMutationVariables>;
export const ClearWellbeingFlagDocument = new TypedDocumentString(`
    mutation ClearWellbeingFlag($keyPersonId: ID!, $note: String!) {
  result: clearWellbeingFlag(keyPersonId: $keyPersonId, note: $note) {
    id
    wellbeingStatus
  }
}
    `) as unknown as TypedDocumentString<ClearWellbeingFlagMutation, ClearWellbeingFlagMutationVariables>;
export const QualificationTypesDocument = new TypedDocumentString(`
    query QualificationTypes($includeInactive: Boolean!) {
  result: qualificationTypes(includeInactive: $includeInactive) {
    ...QualificationTypeFields
  }
}
    fragment QualificationTypeFields on QualificationType {
  code
  nameNl
  nameEn
  validityMonths
  coversExpertise
  active
  updatedAt
}`) as unknown as TypedDocumentString<QualificationTypesQuery, QualificationTypesQueryVariables>;
export const CreateQualificationTypeDocument = new TypedDocumentString(`
    mutation CreateQualificationType($input: QualificationTypeInput!) {
  result: createQualificationType(input: $input) {
    ...QualificationTypeFields
  }
}
    fragment QualificationTypeFields on QualificationType {
  code
  nameNl
  nameEn
  validityMonths
  coversExpertise
  active
  updatedAt
}`) as unknown as TypedDocumentString<CreateQualificationTypeMutation, CreateQualificationTypeMutationVariables>;
export const UpdateQualificationTypeDocument = new TypedDocumentString(`
    mutation UpdateQualificationType($code: ID!, $input: QualificationTypeUpdateInput!) {
  result: updateQualificationType(code: $code, input: $input) {
    ...QualificationTypeFields
  }
}
    fragment QualificationTypeFields on QualificationType {
  code
  nameNl
  nameEn
  validityMonths
  coversExpertise
  active
  updatedAt
}`) as unknown as TypedDocumentString<UpdateQualificationTypeMutation, UpdateQualificationTypeMutationVariables>;
export const KeyPersonQualificationsDocument = new TypedDocumentString(`
    query KeyPersonQualifications($id: ID!) {
  result: keyPerson(id: $id) {
    id
    qualifications {
      ...QualificationFields
    }
  }
  types: qualificationTypes {
    code
    nameNl
    nameEn
  }
}
    fragment QualificationFields on Qualification {
  id
  code
  status
  issuer
  obtainedOn
  validUntil
  verifiedAt
  verificationNote
  validToday
  type {
    code
    nameNl
    nameEn
  }
}`) as unknown as TypedDocumentString<KeyPersonQualificationsQuery, KeyPersonQualificationsQueryVariables>;
export const AddQualificationDocument = new TypedDocumentString(`
    mutation AddQualification($keyPersonId: ID!, $input: QualificationInput!) {
  result: addQualification(keyPersonId: $keyPersonId, input: $input) {
    ...QualificationFields
  }
}
    fragment QualificationFields on Qualification {
  id
  code
  status
  issuer
  obtainedOn
  validUntil
  verifiedAt
  verificationNote
  validToday
  type {
    code
    nameNl
    nameEn
  }
}`) as unknown as TypedDocumentString<AddQualificationMutation, AddQualificationMutationVariables>;
export const VerifyQualificationDocument = new TypedDocumentString(`
    mutation VerifyQualification($id: ID!, $note: String!) {
  result: verifyQualification(id: $id, note: $note) {
    ...QualificationFields
  }
}
    fragment QualificationFields on Qualification {
  id
  code
  status
  issuer
  obtainedOn
  validUntil
  verifiedAt
  verificationNote
  validToday
  type {
    code
    nameNl
    nameEn
  }
}`) as unknown as TypedDocumentString<VerifyQualificationMutation, VerifyQualificationMutationVariables>;
export const RejectQualificationDocument = new TypedDocumentString(`
    mutation RejectQualification($id: ID!, $note: String!) {
  result: rejectQualification(id: $id, note: $note) {
    ...QualificationFields
  }
}
    fragment QualificationFields on Qualification {
  id
  code
  status
  issuer
  obtainedOn
  validUntil
  verifiedAt
  verificationNote
  validToday
  type {
    code
    nameNl
    nameEn
  }
}`) as unknown as TypedDocumentString<RejectQualificationMutation, RejectQualificationMutationVariables>;
export const RemoveQualificationDocument = new TypedDocumentString(`
    mutation RemoveQualification($id: ID!) {
  result: removeQualification(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveQualificationMutation, RemoveQualificationMutationVariables>;
export const LanguagesDocument = new TypedDocumentString(`
    query Languages {
  result: languages {
    code
    name
    nameNl
  }
}
    `) as unknown as TypedDocumentString<LanguagesQuery, LanguagesQueryVariables>;
export const ExpertiseAreasDocument = new TypedDocumentString(`
    query ExpertiseAreas {
  result: expertiseAreas {
    code
    name
    nameNl
  }
}
    `) as unknown as TypedDocumentString<ExpertiseAreasQuery, ExpertiseAreasQueryVariables>;
export const MunicipalitiesDocument = new TypedDocumentString(`
    query Municipalities {
  result: municipalities {
    code
    name
    province
    provinceCode
  }
}
    `) as unknown as TypedDocumentString<MunicipalitiesQuery, MunicipalitiesQueryVariables>;
export const ReferralListDocument = new TypedDocumentString(`
    query ReferralList($filter: ReferralFilter, $page: Int, $perPage: Int) {
  result: referrals(filter: $filter, page: $page, perPage: $perPage) {
    items {
      ...ReferralFields
    }
    total
  }
}
    fragment ReferralFields on Referral {
  id
  state
  needsRerouting
  sharesMunicipality
  sharesLanguage
  sharesTopic
  note
  declineReason
  declineNote
  mySides
  caseReference
  requestId
  assignmentId
  reroutedFromId
  reroutedToId
  consentAt
  sentAt
  acceptedAt
  declinedAt
  appointmentMadeAt
  waitingListAt
  completedAt
  withdrawnAt
  topic {
    code
    name
    nameNl
  }
  municipality {
    code
    name
  }
  language {
    code
    name
    nameNl
  }
  careService {
    id
    name
  }
  referringOrganisation {
    id
    name
  }
  serviceOrganisation {
    id
    name
  }
  events {
    id
    fromState
    state
    action
    side
    note
    at
  }
}`) as unknown as TypedDocumentString<ReferralListQuery, ReferralListQueryVariables>;
export const ReferralOneDocument = new TypedDocumentString(`
    query ReferralOne($id: ID!) {
  result: referral(id: $id) {
    ...ReferralFields
  }
}
    fragment ReferralFields on Referral {
  id
  state
  needsRerouting
  sharesMunicipality
  sharesLanguage
  sharesTopic
  note
  declineReason
  declineNote
  mySides
  caseReference
  requestId
  assignmentId
  reroutedFromId
  reroutedToId
  consentAt
  sentAt
  acceptedAt
  declinedAt
  appointmentMadeAt
  waitingListAt
  completedAt
  withdrawnAt
  topic {
    code
    name
    nameNl
  }
  municipality {
    code
    name
  }
  language {
    code
    name
    nameNl
  }
  careService {
    id
    name
  }
  referringOrganisation {
    id
    name
  }
  serviceOrganisation {
    id
    name
  }
  events {
    id
    fromState
    state
    action
    side
    note
    at
  }
}`) as unknown as TypedDocumentString<ReferralOneQuery, ReferralOneQueryVariables>;
export const ReferralServiceOptionsDocument = new TypedDocumentString(`
    query ReferralServiceOptions($assignmentId: ID!, $filter: ReferralServiceFilter) {
  result: referralServiceOptions(assignmentId: $assignmentId, filter: $filter) {
    distanceKm
    speaksLanguage
    offersTopic
    service {
      id
      name
      description
      nationwide
      anonymousLine
      interpretersAvailable
      topics
    }
    organisation {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralServiceOptionsQuery, ReferralServiceOptionsQueryVariables>;
export const CreateReferralDocument = new TypedDocumentString(`
    mutation CreateReferral($input: ReferralInput!) {
  result: createReferral(input: $input) {
    ...ReferralFields
  }
}
    fragment ReferralFields on Referral {
  id
  state
  needsRerouting
  sharesMunicipality
  sharesLanguage
  sharesTopic
  note
  declineReason
  declineNote
  mySides
  caseReference
  requestId
  assignmentId
  reroutedFromId
  reroutedToId
  consentAt
  sentAt
  acceptedAt
  declinedAt
  appointmentMadeAt
  waitingListAt
  completedAt
  withdrawnAt
  topic {
    code
    name
    nameNl
  }
  municipality {
    code
    name
  }
  language {
    code
    name
    nameNl
  }
  careService {
    id
    name
  }
  referringOrganisation {
    id
    name
  }
  serviceOrganisation {
    id
    name
  }
  events {
    id
    fromState
    state
    action
    side
    note
    at
  }
}`) as unknown as TypedDocumentString<CreateReferralMutation, CreateReferralMutationVariables>;
export const ActOnReferralDocument = new TypedDocumentString(`
    mutation ActOnReferral($input: ReferralActionInput!) {
  result: actOnReferral(input: $input) {
    ...ReferralFields
  }
}
    fragment ReferralFields on Referral {
  id
  state
  needsRerouting
  sharesMunicipality
  sharesLanguage
  sharesTopic
  note
  declineReason
  declineNote
  mySides
  caseReference
  requestId
  assignmentId
  reroutedFromId
  reroutedToId
  consentAt
  sentAt
  acceptedAt
  declinedAt
  appointmentMadeAt
  waitingListAt
  completedAt
  withdrawnAt
  topic {
    code
    name
    nameNl
  }
  municipality {
    code
    name
  }
  language {
    code
    name
    nameNl
  }
  careService {
    id
    name
  }
  referringOrganisation {
    id
    name
  }
  serviceOrganisation {
    id
    name
  }
  events {
    id
    fromState
    state
    action
    side
    note
    at
  }
}`) as unknown as TypedDocumentString<ActOnReferralMutation, ActOnReferralMutationVariables>;
export const RerouteReferralDocument = new TypedDocumentString(`
    mutation RerouteReferral($id: ID!, $input: RerouteReferralInput!) {
  result: rerouteReferral(id: $id, input: $input) {
    ...ReferralFields
  }
}
    fragment ReferralFields on Referral {
  id
  state
  needsRerouting
  sharesMunicipality
  sharesLanguage
  sharesTopic
  note
  declineReason
  declineNote
  mySides
  caseReference
  requestId
  assignmentId
  reroutedFromId
  reroutedToId
  consentAt
  sentAt
  acceptedAt
  declinedAt
  appointmentMadeAt
  waitingListAt
  completedAt
  withdrawnAt
  topic {
    code
    name
    nameNl
  }
  municipality {
    code
    name
  }
  language {
    code
    name
    nameNl
  }
  careService {
    id
    name
  }
  referringOrganisation {
    id
    name
  }
  serviceOrganisation {
    id
    name
  }
  events {
    id
    fromState
    state
    action
    side
    note
    at
  }
}`) as unknown as TypedDocumentString<RerouteReferralMutation, RerouteReferralMutationVariables>;
export const KeyPersonListDocument = new TypedDocumentString(`
    query KeyPersonList($filter: KeyPersonFilter, $page: Int, $perPage: Int, $sort: KeyPersonSort) {
  result: keyPersons(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {
    items {
      ...KeyPersonListFields
    }
    total
  }
}
    fragment KeyPersonListFields on KeyPerson {
  id
  displayName
  status
  stale
  weeklyCapacityHours
  homeMunicipality {
    code
    name
  }
  languages {
    language {
      code
      name
      nameNl
    }
    level
  }
  expertise {
    code
    name
    nameNl
  }
  workload {
    weeklyCapacityHours
    committedHours
    utilisation
  }
}`) as unknown as TypedDocumentString<KeyPersonListQuery, KeyPersonListQueryVariables>;
export const KeyPersonOneDocument = new TypedDocumentString(`
    query KeyPersonOne($id: ID!) {
  result: keyPerson(id: $id) {
    ...KeyPersonFields
  }
}
    fragment KeyPersonFields on KeyPerson {
  id
  displayName
  email
  phone
  gender
  birthYear
  origins
  originMatchingConsent
  languages {
    language {
      code
      name
      nameNl
    }
    level
    dialect
  }
  expertise {
    code
    name
    nameNl
  }
  homeMunicipality {
    code
    name
    province
  }
  homeLocation {
    lat
    lon
  }
  maxTravelKm
  remoteAvailable
  weeklyCapacityHours
  status
  leavingReason
  leavingNote
  leftOn
  compensationType
  workload {
    weeklyCapacityHours
    committedHours
    utilisation
  }
  supervisionStatus
  wellbeingStatus
  profileConfirmedAt
  stale
  publicConsent {
    listed
    showName
    showMunicipality
    showLanguages
    showExpertise
    showEmail
    showPhone
    showRemote
    showReach
    contact
  }
  unavailablePeriods {
    id
    startsOn
    endsOn
  }
  account {
    id
    email
    role
    deactivatedAt
    lastLoginAt
    invitationPending
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<KeyPersonOneQuery, KeyPersonOneQueryVariables>;
export const CreateKeyPersonDocument = new TypedDocumentString(`
    mutation CreateKeyPerson($input: KeyPersonInput!) {
  result: createKeyPerson(input: $input) {
    ...KeyPersonFields
  }
}
    fragment KeyPersonFields on KeyPerson {
  id
  displayName
  email
  phone
  gender
  birthYear
  origins
  originMatchingConsent
  languages {
    language {
      code
      name
      nameNl
    }
    level
    dialect
  }
  expertise {
    code
    name
    nameNl
  }
  homeMunicipality {
    code
    name
    province
  }
  homeLocation {
    lat
    lon
  }
  maxTravelKm
  remoteAvailable
  weeklyCapacityHours
  status
  leavingReason
  leavingNote
  leftOn
  compensationType
  workload {
    weeklyCapacityHours
    committedHours
    utilisation
  }
  supervisionStatus
  wellbeingStatus
  profileConfirmedAt
  stale
  publicConsent {
    listed
    showName
    showMunicipality
    showLanguages
    showExpertise
    showEmail
    showPhone
    showRemote
    showReach
    contact
  }
  unavailablePeriods {
    id
    startsOn
    endsOn
  }
  account {
    id
    email
    role
    deactivatedAt
    lastLoginAt
    invitationPending
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CreateKeyPersonMutation, CreateKeyPersonMutationVariables>;
export const UpdateKeyPersonDocument = new TypedDocumentString(`
    mutation UpdateKeyPerson($id: ID!, $input: KeyPersonInput!) {
  result: updateKeyPerson(id: $id, input: $input) {
    ...KeyPersonFields
  }
}
    fragment KeyPersonFields on KeyPerson {
  id
  displayName
  email
  phone
  gender
  birthYear
  origins
  originMatchingConsent
  languages {
    language {
      code
      name
      nameNl
    }
    level
    dialect
  }
  expertise {
    code
    name
    nameNl
  }
  homeMunicipality {
    code
    name
    province
  }
  homeLocation {
    lat
    lon
  }
  maxTravelKm
  remoteAvailable
  weeklyCapacityHours
  status
  leavingReason
  leavingNote
  leftOn
  compensationType
  workload {
    weeklyCapacityHours
    committedHours
    utilisation
  }
  supervisionStatus
  wellbeingStatus
  profileConfirmedAt
  stale
  publicConsent {
    listed
    showName
    showMunicipality
    showLanguages
    showExpertise
    showEmail
    showPhone
    showRemote
    showReach
    contact
  }
  unavailablePeriods {
    id
    startsOn
    endsOn
  }
  account {
    id
    email
    role
    deactivatedAt
    lastLoginAt
    invitationPending
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UpdateKeyPersonMutation, UpdateKeyPersonMutationVariables>;
export const SetKeyPersonStatusDocument = new TypedDocumentString(`
    mutation SetKeyPersonStatus($id: ID!, $status: KeyPersonStatus!, $leavingReason: LeavingReason, $leavingNote: String) {
  result: setKeyPersonStatus(
    id: $id
    status: $status
    leavingReason: $leavingReason
    leavingNote: $leavingNote
  ) {
    ...KeyPersonFields
  }
}
    fragment KeyPersonFields on KeyPerson {
  id
  displayName
  email
  phone
  gender
  birthYear
  origins
  originMatchingConsent
  languages {
    language {
      code
      name
      nameNl
    }
    level
    dialect
  }
  expertise {
    code
    name
    nameNl
  }
  homeMunicipality {
    code
    name
    province
  }
  homeLocation {
    lat
    lon
  }
  maxTravelKm
  remoteAvailable
  weeklyCapacityHours
  status
  leavingReason
  leavingNote
  leftOn
  compensationType
  workload {
    weeklyCapacityHours
    committedHours
    utilisation
  }
  supervisionStatus
  wellbeingStatus
  profileConfirmedAt
  stale
  publicConsent {
    listed
    showName
    showMunicipality
    showLanguages
    showExpertise
    showEmail
    showPhone
    showRemote
    showReach
    contact
  }
  unavailablePeriods {
    id
    startsOn
    endsOn
  }
  account {
    id
    email
    role
    deactivatedAt
    lastLoginAt
    invitationPending
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<SetKeyPersonStatusMutation, SetKeyPersonStatusMutationVariables>;
export const ConfirmProfileDocument = new TypedDocumentString(`
    mutation ConfirmProfile($id: ID!) {
  result: confirmProfile(id: $id) {
    ...KeyPersonFields
  }
}
    fragment KeyPersonFields on KeyPerson {
  id
  displayName
  email
  phone
  gender
  birthYear
  origins
  originMatchingConsent
  languages {
    language {
      code
      name
      nameNl
    }
    level
    dialect
  }
  expertise {
    code
    name
    nameNl
  }
  homeMunicipality {
    code
    name
    province
  }
  homeLocation {
    lat
    lon
  }
  maxTravelKm
  remoteAvailable
  weeklyCapacityHours
  status
  leavingReason
  leavingNote
  leftOn
  compensationType
  workload {
    weeklyCapacityHours
    committedHours
    utilisation
  }
  supervisionStatus
  wellbeingStatus
  profileConfirmedAt
  stale
  publicConsent {
    listed
    showName
    showMunicipality
    showLanguages
    showExpertise
    showEmail
    showPhone
    showRemote
    showReach
    contact
  }
  unavailablePeriods {
    id
    startsOn
    endsOn
  }
  account {
    id
    email
    role
    deactivatedAt
    lastLoginAt
    invitationPending
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ConfirmProfileMutation, ConfirmProfileMutationVariables>;
export const SetMyLocaleDocument = new TypedDocumentString(`
    mutation SetMyLocale($locale: String!) {
  result: setMyLocale(locale: $locale) {
    id
    locale
  }
}
    `) as unknown as TypedDocumentString<SetMyLocaleMutation, SetMyLocaleMutationVariables>;
export const OrganisationListDocument = new TypedDocumentString(`
    query OrganisationList($filter: OrganisationFilter, $page: Int, $perPage: Int, $sort: OrganisationSort) {
  result: organisations(
    filter: $filter
    page: $page
    perPage: $perPage
    sort: $sort
  ) {
    items {
      ...OrganisationFields
    }
    total
  }
}
    fragment OrganisationFields on Organisation {
  id
  name
  kind
  municipality {
    code
    name
  }
  publicEntry {
    offers
    website
    updatedAt
  }
  createdAt
}`) as unknown as TypedDocumentString<OrganisationListQuery, OrganisationListQueryVariables>;
export const OrganisationOneDocument = new TypedDocumentString(`
    query OrganisationOne($id: ID!) {
  result: organisation(id: $id) {
    ...OrganisationFields
  }
}
    fragment OrganisationFields on Organisation {
  id
  name
  kind
  municipality {
    code
    name
  }
  publicEntry {
    offers
    website
    updatedAt
  }
  createdAt
}`) as unknown as TypedDocumentString<OrganisationOneQuery, OrganisationOneQueryVariables>;
export const CreateOrganisationDocument = new TypedDocumentString(`
    mutation CreateOrganisation($input: OrganisationInput!) {
  result: createOrganisation(input: $input) {
    ...OrganisationFields
  }
}
    fragment OrganisationFields on Organisation {
  id
  name
  kind
  municipality {
    code
    name
  }
  publicEntry {
    offers
    website
    updatedAt
  }
  createdAt
}`) as unknown as TypedDocumentString<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const UpdateOrganisationDocument = new TypedDocumentString(`
    mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {
  result: updateOrganisation(id: $id, input: $input) {
    ...OrganisationFields
  }
}
    fragment OrganisationFields on Organisation {
  id
  name
  kind
  municipality {
    code
    name
  }
  publicEntry {
    offers
    website
    updatedAt
  }
  createdAt
}`) as unknown as TypedDocumentString<UpdateOrganisationMutation, UpdateOrganisationMutationVariables>;
export const UserListDocument = new TypedDocumentString(`
    query UserList($filter: UserFilter, $page: Int, $perPage: Int, $sort: UserSort) {
  result: users(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {
    items {
      ...UserFields
    }
    total
  }
}
    fragment UserFields on User {
  id
  email
  role
  locale
  invitationPending
  createdAt
  lastLoginAt
  deactivatedAt
  keyPerson {
    id
    displayName
  }
  organisation {
    id
    name
  }
  municipalities {
    code
    name
  }
}`) as unknown as TypedDocumentString<UserListQuery, UserListQueryVariables>;
export const UserOneDocument = new TypedDocumentString(`
    query UserOne($id: ID!) {
  result: user(id: $id) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  email
  role
  locale
  invitationPending
  createdAt
  lastLoginAt
  deactivatedAt
  keyPerson {
    id
    displayName
  }
  organisation {
    id
    name
  }
  municipalities {
    code
    name
  }
}`) as unknown as TypedDocumentString<UserOneQuery, UserOneQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  result: createUser(input: $input) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  email
  role
  locale
  invitationPending
  createdAt
  lastLoginAt
  deactivatedAt
  keyPerson {
    id
    displayName
  }
  organisation {
    id
    name
  }
  municipalities {
    code
    name
  }
}`) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const ComplaintListDocument = new TypedDocumentString(`
    query ComplaintList($filter: ComplaintFilter, $page: Int, $perPage: Int) {
  result: complaints(filter: $filter, page: $page, perPage: $perPage) {
    items {
      ...ComplaintFields
    }
    total
  }
}
    fragment ComplaintFields on Complaint {
  id
  kind
  state
  description
  filedAt
  response
  respondedAt
  decisionNote
  decidedAt
  assignment {
    id
    status
    endedAt
    keyPerson {
      id
      displayName
    }
    request {
      id
      caseReference
      organisation {
        id
        name
      }
      municipality {
        code
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<ComplaintListQuery, ComplaintListQueryVariables>;
export const ComplaintOneDocument = new TypedDocumentString(`
    query ComplaintOne($id: ID!) {
  result: complaint(id: $id) {
    ...ComplaintFields
  }
}
    fragment ComplaintFields on Complaint {
  id
  kind
  state
  description
  filedAt
  response
  respondedAt
  decisionNote
  decidedAt
  assignment {
    id
    status
    endedAt
    keyPerson {
      id
      displayName
    }
    request {
      id
      caseReference
      organisation {
        id
        name
      }
      municipality {
        code
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<ComplaintOneQuery, ComplaintOneQueryVariables>;
export const OrganisationFlagListDocument = new TypedDocumentString(`
    query OrganisationFlagList($open: Boolean, $page: Int, $perPage: Int) {
  result: organisationFlags(open: $open, page: $page, perPage: $perPage) {
    items {
      id
      kind
      note
      flaggedAt
      closedAt
      closingNote
      keyPersonName
      organisation {
        id
        name
      }
    }
    total
  }
}
    `) as unknown as TypedDocumentString<OrganisationFlagListQuery, OrganisationFlagListQueryVariables>;
export const FileComplaintDocument = new TypedDocumentString(`
    mutation FileComplaint($input: FileComplaintInput!) {
  fileComplaint(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FileComplaintMutation, FileComplaintMutationVariables>;
export const RespondToComplaintDocument = new TypedDocumentString(`
    mutation RespondToComplaint($id: ID!, $response: String!) {
  respondToComplaint(id: $id, response: $response) {
    ...ComplaintFields
  }
}
    fragment ComplaintFields on Complaint {
  id
  kind
  state
  description
  filedAt
  response
  respondedAt
  decisionNote
  decidedAt
  assignment {
    id
    status
    endedAt
    keyPerson {
      id
      displayName
    }
    request {
      id
      caseReference
      organisation {
        id
        name
      }
      municipality {
        code
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<RespondToComplaintMutation, RespondToComplaintMutationVariables>;
export const DecideComplaintDocument = new TypedDocumentString(`
    mutation DecideComplaint($id: ID!, $input: DecideComplaintInput!) {
  decideComplaint(id: $id, input: $input) {
    ...ComplaintFields
  }
}
    fragment ComplaintFields on Complaint {
  id
  kind
  state
  description
  filedAt
  response
  respondedAt
  decisionNote
  decidedAt
  assignment {
    id
    status
    endedAt
    keyPerson {
      id
      displayName
    }
    request {
      id
      caseReference
      organisation {
        id
        name
      }
      municipality {
        code
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<DecideComplaintMutation, DecideComplaintMutationVariables>;
export const CloseOrganisationFlagDocument = new TypedDocumentString(`
    mutation CloseOrganisationFlag($id: ID!, $note: String!) {
  closeOrganisationFlag(id: $id, note: $note) {
    id
    closedAt
  }
}
    `) as unknown as TypedDocumentString<CloseOrganisationFlagMutation, CloseOrganisationFlagMutationVariables>;
export const FlagOrganisationDocument = new TypedDocumentString(`
    mutation FlagOrganisation($input: FlagOrganisationInput!) {
  flagOrganisation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FlagOrganisationMutation, FlagOrganisationMutationVariables>;
export const FileLocationSignalDocument = new TypedDocumentString(`
    mutation FileLocationSignal($input: LocationSignalInput!) {
  fileLocationSignal(input: $input)
}
    `) as unknown as TypedDocumentString<FileLocationSignalMutation, FileLocationSignalMutationVariables>;
export const RateAssignmentDocument = new TypedDocumentString(`
    mutation RateAssignment($assignmentId: ID!, $input: RatingInput!) {
  rateAssignment(assignmentId: $assignmentId, input: $input) {
    score
    comment
  }
}
    `) as unknown as TypedDocumentString<RateAssignmentMutation, RateAssignmentMutationVariables>;
export const FeedbackLinkOfDocument = new TypedDocumentString(`
    query FeedbackLinkOf($ids: [ID!], $language: String) {
  assignments(filter: {ids: $ids}) {
    items {
      id
      feedbackLink(language: $language) {
        url
        qrSvg
        expiresAt
        answered
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FeedbackLinkOfQuery, FeedbackLinkOfQueryVariables>;
export const FeedbackSummaryOfDocument = new TypedDocumentString(`
    query FeedbackSummaryOf($keyPersonId: ID) {
  feedbackSummary(keyPersonId: $keyPersonId) {
    enough
    minimum
    answers
    questions {
      question
      yes
      partly
      no
    }
    ratings
    averageRating
  }
}
    `) as unknown as TypedDocumentString<FeedbackSummaryOfQuery, FeedbackSummaryOfQueryVariables>;
export const VoiceOverviewCardDocument = new TypedDocumentString(`
    query VoiceOverviewCard {
  voiceOverview {
    openComplaintsByKind {
      code
      count
    }
    complaintsByState {
      code
      count
    }
    openFlagsByKind {
      code
      count
    }
    signalsByCategory {
      code
      count
    }
  }
}
    `) as unknown as TypedDocumentString<VoiceOverviewCardQuery, VoiceOverviewCardQueryVariables>;
export const MyAssignmentOrganisationsDocument = new TypedDocumentString(`
    query MyAssignmentOrganisations {
  assignments(perPage: 100) {
    items {
      id
      status
      request {
        id
        organisation {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyAssignmentOrganisationsQuery, MyAssignmentOrganisationsQueryVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($token: String!, $password: String!) {
  acceptInvitation(token: $token, password: $password) {
    user {
      email
      role
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const AddLeaveDocument = new TypedDocumentString(`
    mutation AddLeave($keyPersonId: ID!, $input: LeaveInput!) {
  addLeave(keyPersonId: $keyPersonId, input: $input) {
    id
    startsOn
    endsOn
  }
}
    `) as unknown as TypedDocumentString<AddLeaveMutation, AddLeaveMutationVariables>;
export const RemoveLeaveDocument = new TypedDocumentString(`
    mutation RemoveLeave($id: ID!) {
  removeLeave(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveLeaveMutation, RemoveLeaveMutationVariables>;
export const SetPublicConsentDocument = new TypedDocumentString(`
    mutation SetPublicConsent($keyPersonId: ID!, $input: PublicConsentInput!) {
  setPublicConsent(keyPersonId: $keyPersonId, input: $input) {
    id
    publicConsent {
      listed
      showName
      showMunicipality
      showLanguages
      showExpertise
      showEmail
      showPhone
      showRemote
      showReach
      contact
    }
  }
}
    `) as unknown as TypedDocumentString<SetPublicConsentMutation, SetPublicConsentMutationVariables>;
export const AttentionCountsDocument = new TypedDocumentString(`
    query AttentionCounts {
  attentionCounts {
    proposalsToAnswer
    hoursToReview
    claimsToReview
    lastCheckInAt
  }
}
    `) as unknown as TypedDocumentString<AttentionCountsQuery, AttentionCountsQueryVariables>;
export const SetOrganisationPublicEntryDocument = new TypedDocumentString(`
    mutation SetOrganisationPublicEntry($organisationId: ID!, $input: OrganisationPublicEntryInput!) {
  setOrganisationPublicEntry(organisationId: $organisationId, input: $input)
}
    `) as unknown as TypedDocumentString<SetOrganisationPublicEntryMutation, SetOrganisationPublicEntryMutationVariables>;
export const PaymentExportPreviewDocument = new TypedDocumentString(`
    query PaymentExportPreview($o: ID, $f: Date!, $t: Date!) {
  paymentExportPreview(organisationId: $o, from: $f, to: $t) {
    lineCount
    totalCents
    leftOut {
      ...LeftOutFields
    }
    payerAccount {
      ...PayerAccountFields
    }
  }
}
    fragment LeftOutFields on LeftOutPayment {
  keyPersonId
  keyPersonName
  missing
  lineCount
  amountCents
}
fragment PayerAccountFields on PayerAccount {
  name
  iban
  bic
}`) as unknown as TypedDocumentString<PaymentExportPreviewQuery, PaymentExportPreviewQueryVariables>;
export const ExportPaymentsDocument = new TypedDocumentString(`
    mutation ExportPayments($o: ID, $f: Date!, $t: Date!, $l: String) {
  exportPayments(organisationId: $o, from: $f, to: $t, locale: $l) {
    id
    periodFrom
    periodTo
    lineCount
    totalCents
    csv
    sepaXml
    leftOut {
      ...LeftOutFields
    }
  }
}
    fragment LeftOutFields on LeftOutPayment {
  keyPersonId
  keyPersonName
  missing
  lineCount
  amountCents
}`) as unknown as TypedDocumentString<ExportPaymentsMutation, ExportPaymentsMutationVariables>;
export const SepaFilesDocument = new TypedDocumentString(`
    query SepaFiles {
  paymentExports(page: 1, perPage: 100) {
    items {
      id
      sepaXml
    }
  }
}
    `) as unknown as TypedDocumentString<SepaFilesQuery, SepaFilesQueryVariables>;
export const PayerAccountDocument = new TypedDocumentString(`
    query PayerAccount($o: ID) {
  payerAccount(organisationId: $o) {
    ...PayerAccountFields
  }
}
    fragment PayerAccountFields on PayerAccount {
  name
  iban
  bic
}`) as unknown as TypedDocumentString<PayerAccountQuery, PayerAccountQueryVariables>;
export const SetPayerAccountDocument = new TypedDocumentString(`
    mutation SetPayerAccount($o: ID, $i: PayerAccountInput!) {
  setPayerAccount(organisationId: $o, input: $i) {
    ...PayerAccountFields
  }
}
    fragment PayerAccountFields on PayerAccount {
  name
  iban
  bic
}`) as unknown as TypedDocumentString<SetPayerAccountMutation, SetPayerAccountMutationVariables>;
export const QualificationDashboardDocument = new TypedDocumentString(`
    query QualificationDashboard {
  result: qualificationDashboard {
    byRegion {
      key
      name
      nameNl
      trained
      untrained
      lacking
    }
    byLanguage {
      key
      name
      nameNl
      trained
      untrained
      lacking
    }
    expiring {
      validUntil
      daysLeft
      keyPerson {
        id
        displayName
      }
      qualification {
        id
        type {
          code
          nameNl
          nameEn
        }
      }
    }
    awaitingVerification
  }
}
    `) as unknown as TypedDocumentString<QualificationDashboardQuery, QualificationDashboardQueryVariables>;
export const RecognitionStatementOfDocument = new TypedDocumentString(`
    query RecognitionStatementOf($keyPersonId: ID!, $year: Int!, $locale: String!) {
  recognitionStatement(keyPersonId: $keyPersonId, year: $year, locale: $locale) {
    base64
    contentType
    fileName
  }
}
    `) as unknown as TypedDocumentString<RecognitionStatementOfQuery, RecognitionStatementOfQueryVariables>;
export const ReportDocument = new TypedDocumentString(`
    query Report($input: ReportInput!) {
  report(input: $input) {
    period
    start
    end
    scope
    generatedAt
    tables {
      code
      section
      chart
      columns {
        code
        unit
      }
      rows {
        keyKind
        key
        label
        values
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportQuery, ReportQueryVariables>;
export const TransferTargetsDocument = new TypedDocumentString(`
    query TransferTargets($requestId: ID!) {
  transferTargets(requestId: $requestId) {
    distanceKm
    organisation {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<TransferTargetsQuery, TransferTargetsQueryVariables>;
export const RequestTransfersDocument = new TypedDocumentString(`
    query RequestTransfers($filter: TransferFilter, $page: Int, $perPage: Int) {
  requestTransfers(filter: $filter, page: $page, perPage: $perPage) {
    total
    items {
      ...TransferFields
    }
  }
}
    fragment TransferFields on RequestTransfer {
  id
  requestId
  state
  caseReference
  requestKind
  hoursPerWeek
  consentAt
  declineReason
  declineNote
  effectiveOn
  createdAt
  answeredAt
  municipality {
    code
    name
  }
  languages {
    code
    name
    nameNl
  }
  fromOrganisation {
    id
    name
  }
  toOrganisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<RequestTransfersQuery, RequestTransfersQueryVariables>;
export const ProposeTransferDocument = new TypedDocumentString(`
    mutation ProposeTransfer($input: ProposeTransferInput!) {
  proposeTransfer(input: $input) {
    ...TransferFields
  }
}
    fragment TransferFields on RequestTransfer {
  id
  requestId
  state
  caseReference
  requestKind
  hoursPerWeek
  consentAt
  declineReason
  declineNote
  effectiveOn
  createdAt
  answeredAt
  municipality {
    code
    name
  }
  languages {
    code
    name
    nameNl
  }
  fromOrganisation {
    id
    name
  }
  toOrganisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<ProposeTransferMutation, ProposeTransferMutationVariables>;
export const AcceptTransferDocument = new TypedDocumentString(`
    mutation AcceptTransfer($id: ID!) {
  acceptTransfer(id: $id) {
    ...TransferFields
  }
}
    fragment TransferFields on RequestTransfer {
  id
  requestId
  state
  caseReference
  requestKind
  hoursPerWeek
  consentAt
  declineReason
  declineNote
  effectiveOn
  createdAt
  answeredAt
  municipality {
    code
    name
  }
  languages {
    code
    name
    nameNl
  }
  fromOrganisation {
    id
    name
  }
  toOrganisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<AcceptTransferMutation, AcceptTransferMutationVariables>;
export const DeclineTransferDocument = new TypedDocumentString(`
    mutation DeclineTransfer($id: ID!, $input: DeclineTransferInput!) {
  declineTransfer(id: $id, input: $input) {
    ...TransferFields
  }
}
    fragment TransferFields on RequestTransfer {
  id
  requestId
  state
  caseReference
  requestKind
  hoursPerWeek
  consentAt
  declineReason
  declineNote
  effectiveOn
  createdAt
  answeredAt
  municipality {
    code
    name
  }
  languages {
    code
    name
    nameNl
  }
  fromOrganisation {
    id
    name
  }
  toOrganisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<DeclineTransferMutation, DeclineTransferMutationVariables>;
export const WithdrawTransferDocument = new TypedDocumentString(`
    mutation WithdrawTransfer($id: ID!) {
  withdrawTransfer(id: $id) {
    ...TransferFields
  }
}
    fragment TransferFields on RequestTransfer {
  id
  requestId
  state
  caseReference
  requestKind
  hoursPerWeek
  consentAt
  declineReason
  declineNote
  effectiveOn
  createdAt
  answeredAt
  municipality {
    code
    name
  }
  languages {
    code
    name
    nameNl
  }
  fromOrganisation {
    id
    name
  }
  toOrganisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<WithdrawTransferMutation, WithdrawTransferMutationVariables>;
export const ResendInvitationDocument = new TypedDocumentString(`
    mutation ResendInvitation($id: ID!) {
  resendInvitation(id: $id) {
    id
    invitationPending
  }
}
    `) as unknown as TypedDocumentString<ResendInvitationMutation, ResendInvitationMutationVariables>;
export const DeactivateUserDocument = new TypedDocumentString(`
    mutation DeactivateUser($id: ID!) {
  deactivateUser(id: $id) {
    id
    deactivatedAt
  }
}
    `) as unknown as TypedDocumentString<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const ReactivateUserDocument = new TypedDocumentString(`
    mutation ReactivateUser($id: ID!) {
  reactivateUser(id: $id) {
    id
    deactivatedAt
  }
}
    `) as unknown as TypedDocumentString<ReactivateUserMutation, ReactivateUserMutationVariables>;
export const ProqolFormPageDocument = new TypedDocumentString(`
    query ProqolFormPage {
  proqolForm {
    instruction
    answerLabels
    credit
    intervalDays
    items {
      number
      text
    }
  }
}
    `) as unknown as TypedDocumentString<ProqolFormPageQuery, ProqolFormPageQueryVariables>;
export const ProqolResponsesOfDocument = new TypedDocumentString(`
    query ProqolResponsesOf($keyPersonId: ID!) {
  proqolResponses(keyPersonId: $keyPersonId, limit: 8) {
    id
    answeredAt
    compassionSatisfaction
    compassionSatisfactionLevel
    burnout
    burnoutLevel
    secondaryTraumaticStress
    secondaryTraumaticStressLevel
  }
}
    `) as unknown as TypedDocumentString<ProqolResponsesOfQuery, ProqolResponsesOfQueryVariables>;
export const SubmitProqolDocument = new TypedDocumentString(`
    mutation SubmitProqol($input: ProqolInput!) {
  submitProqol(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubmitProqolMutation, SubmitProqolMutationVariables>;