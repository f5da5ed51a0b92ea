/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Activity =
  | 'ACCOMPANIMENT'
  | 'INFORMATION_SESSION'
  | 'SUPERVISION'
  | 'SUPPORT'
  | 'TRAVEL';

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
  | 'CASE_TRANSFERRED'
  | 'CHECK_IN_DUE'
  | 'CLAIM_REJECTED'
  | 'HANDOVER'
  | 'HANDOVER_OVERLAP'
  | 'HOURS_REJECTED'
  | 'INTERVISION_DUE'
  | 'INVITATION'
  | 'PASSWORD_RESET'
  | 'PROFILE_STALE'
  | 'PROPOSAL'
  | 'PROPOSAL_ACCEPTED'
  | 'PROPOSAL_DECLINED'
  | 'PROPOSAL_EXPIRED'
  | 'PROPOSAL_REMINDER'
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

export type OrganisationFilter = {
  ids?: Array<string | number> | null | undefined;
  kind?: OrganisationKind | null | undefined;
  /** Searches the name and the municipality's name */
  q?: string | null | undefined;
};

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

export type PublicConsentInput = {
  listed: boolean;
  showEmail: boolean;
  showExpertise: boolean;
  showLanguages: boolean;
  showMunicipality: boolean;
  showName: boolean;
  showPhone: boolean;
};

export type RequestKind =
  | 'APPOINTMENT'
  | 'CASE_SUPPORT'
  | 'CONSULT'
  | 'INFORMATION_SESSION';

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

export type MatchRequestListFieldsFragment = { id: string, caseReference: string, status: MatchRequestStatus, kind: RequestKind, startsAt: string | null, endsAt: string | null, createdAt: string, startsOn: string, hoursPerWeek: number, unmetSince: string | null, municipality: { code: string, name: string, province: string }, languages: Array<{ code: string, name: string, nameNl: string }>, expertise: Array<{ code: string, name: string, nameNl: string }>, organisation: { id: string, name: string }, unmetExclusions: Array<{ rule: string, count: number }> | null };

export type MatchRequestFieldsFragment = { id: string, caseReference: string, status: MatchRequestStatus, kind: RequestKind, startsAt: string | null, endsAt: string | null, requiredDialect: string | null, preferredDialect: string | null, createdAt: string, startsOn: string, hoursPerWeek: number, unmetSince: string | null, remoteAcceptable: boolean, funding: Funding, autoEscalate: boolean, preferredGender: Gender | null, backgroundPreference: BackgroundPreference, newcomerOrigin: string | null, appointment: { mode: AppointmentMode, setting: string | null, role: string | null } | null, consult: { topic: string, hours: number } | null, session: { expectedParticipants: number, topics: Array<string> } | null, municipality: { code: string, name: string, province: string }, languages: Array<{ code: string, name: string, nameNl: string }>, expertise: Array<{ code: string, name: string, nameNl: string }>, organisation: { id: string, name: string }, unmetExclusions: Array<{ rule: string, count: number }> | null, location: { lat: number, lon: number }, assignments: Array<{ id: string, status: AssignmentStatus, hoursPerWeek: number, proposedAt: string, respondBy: string, respondedAt: string | null, declineReason: string | null, endedAt: string | null, proposedBecause: string | null, handovers: Array<{ handedOverOn: string, overlapUntil: string, fromAssignmentId: string, toAssignmentId: string }>, keyPerson: { id: string, displayName: string, email: string | null, phone: string | null, homeMunicipality: { code: string, name: string } } }> };

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


export type MatchRequestOneQuery = { result: { id: string, caseReference: string, status: MatchRequestStatus, kind: RequestKind, startsAt: string | null, endsAt: string | null, requiredDialect: string | null, preferredDialect: string | null, createdAt: string, startsOn: string, hoursPerWeek: number, unmetSince: string | null, remoteAcceptable: boolean, funding: Funding, autoEscalate: boolean, preferredGender: Gender | null, backgroundPreference: BackgroundPreference, newcomerOrigin: string | null, appointment: { mode: AppointmentMode, setting: string | null, role: string | null } | null, consult: { topic: string, hours: number } | null, session: { expectedParticipants: number, topics: Array<string> } | null, municipality: { code: string, name: string, province: string }, languages: Array<{ code: string, name: string, nameNl: string }>, expertise: Array<{ code: string, name: string, nameNl: string }>, organisation: { id: string, name: string }, unmetExclusions: Array<{ rule: string, count: number }> | null, location: { lat: number, lon: number }, assignments: Array<{ id: string, status: AssignmentStatus, hoursPerWeek: number, proposedAt: string, respondBy: string, respondedAt: string | null, declineReason: string | null, endedAt: string | null, proposedBecause: string | null, handovers: Array<{ handedOverOn: string, overlapUntil: string, fromAssignmentId: string, toAssignmentId: string }>, keyPerson: { id: string, displayName: string, email: string | null, phone: string | null, homeMunicipality: { code: string, name: string } } }> } | null };

export type CreateMatchRequestMutationVariables = Exact<{
  input: MatchRequestInput;
}>;


export type CreateMatchRequestMutation = { result: { id: string, caseReference: string, status: MatchRequestStatus, kind: RequestKind, startsAt: string | null, endsAt: string | null, requiredDialect: string | null, preferredDialect: string | null, createdAt: string, startsOn: string, hoursPerWeek: number, unmetSince: string | null, remoteAcceptable: boolean, funding: Funding, autoEscalate: boolean, preferredGender: Gender | null, backgroundPreference: BackgroundPreference, newcomerOrigin: string | null, appointment: { mode: AppointmentMode, setting: string | null, role: string | null } | null, consult: { topic: string, hours: number } | null, session: { expectedParticipants: number, topics: Array<string> } | null, municipality: { code: string, name: string, province: string }, languages: Array<{ code: string, name: string, nameNl: string }>, expertise: Array<{ code: string, name: string, nameNl: string }>, organisation: { id: string, name: string }, unmetExclusions: Array<{ rule: string, count: number }> | null, location: { lat: number, lon: number }, assignments: Array<{ id: string, status: AssignmentStatus, hoursPerWeek: number, proposedAt: string, respondBy: string, respondedAt: string | null, declineReason: string | null, endedAt: string | null, proposedBecause: string | null, handovers: Array<{ handedOverOn: string, overlapUntil: string, fromAssignmentId: string, toAssignmentId: string }>, keyPerson: { id: string, displayName: string, email: string | null, phone: string | null, homeMunicipality: { code: string, name: string } } }> } };

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


export type CancelMatchRequestMutation = { result: { id: string, caseReference: string, status: MatchRequestStatus, kind: RequestKind, startsAt: string | null, endsAt: string | null, requiredDialect: string | null, preferredDialect: string | null, createdAt: string, startsOn: string, hoursPerWeek: number, unmetSince: string | null, remoteAcceptable: boolean, funding: Funding, autoEscalate: boolean, preferredGender: Gender | null, backgroundPreference: BackgroundPreference, newcomerOrigin: string | null, appointment: { mode: AppointmentMode, setting: string | null, role: string | null } | null, consult: { topic: string, hours: number } | null, session: { expectedParticipants: number, topics: Array<string> } | null, municipality: { code: string, name: string, province: string }, languages: Array<{ code: string, name: string, nameNl: string }>, expertise: Array<{ code: string, name: string, nameNl: string }>, organisation: { id: string, name: string }, unmetExclusions: Array<{ rule: string, count: number }> | null, location: { lat: number, lon: number }, assignments: Array<{ id: string, status: AssignmentStatus, hoursPerWeek: number, proposedAt: string, respondBy: string, respondedAt: string | null, declineReason: string | null, endedAt: string | null, proposedBecause: string | null, handovers: Array<{ handedOverOn: string, overlapUntil: string, fromAssignmentId: string, toAssignmentId: string }>, keyPerson: { id: string, displayName: string, email: string | null, phone: string | null, homeMunicipality: { code: string, name: string } } }> } };

export type RelocateNewcomerMutationVariables = Exact<{
  requestId: string | number;
  location: GeoPointInput;
}>;


export type RelocateNewcomerMutation = { result: { id: string, caseReference: string, status: MatchRequestStatus, kind: RequestKind, startsAt: string | null, endsAt: string | null, requiredDialect: string | null, preferredDialect: string | null, createdAt: string, startsOn: string, hoursPerWeek: number, unmetSince: string | null, remoteAcceptable: boolean, funding: Funding, autoEscalate: boolean, preferredGender: Gender | null, backgroundPreference: BackgroundPreference, newcomerOrigin: string | null, appointment: { mode: AppointmentMode, setting: string | null, role: string | null } | null, consult: { topic: string, hours: number } | null, session: { expectedParticipants: number, topics: Array<string> } | null, municipality: { code: string, name: string, province: string }, languages: Array<{ code: string, name: string, nameNl: string }>, expertise: Array<{ code: string, name: string, nameNl: string }>, organisation: { id: string, name: string }, unmetExclusions: Array<{ rule: string, count: number }> | null, location: { lat: number, lon: number }, assignments: Array<{ id: string, status: AssignmentStatus, hoursPerWeek: number, proposedAt: string, respondBy: string, respondedAt: string | null, declineReason: string | null, endedAt: string | null, proposedBecause: string | null, handovers: Array<{ handedOverOn: string, overlapUntil: string, fromAssignmentId: string, toAssignmentId: string }>, keyPerson: { id: string, displayName: string, email: string | null, phone: string | null, homeMunicipality: { code: string, name: string } } }> } };

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


export type OversightDashboardQuery = { result: { staleCount: number, unmetRequests: number, byStatus: Array<{ status: string, count: number }>, byWellbeing: Array<{ status: string, count: number }>, bySupervision: Array<{ status: string, count: number }>, utilisation: Array<{ label: string, count: number }>, bookedUtilisation: Array<{ label: string, count: number }>, unmetByKind: Array<{ kind: RequestKind, count: number }>, hoursByWork: Array<{ kind: RequestKind | null, ownActivity: OwnActivity | null, declaredHours: number, approvedHours: number }>, weeklyHours: Array<{ weekEnding: string, declaredHours: number, capacityHours: number }>, actions: Array<{ kind: string, reasons: Array<{ code: string, params: Record<string, unknown> | null }>, keyPerson: { id: string, displayName: string, homeMunicipality: { code: string, name: string } } }> } };

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

export type LanguagesQueryVariables = Exact<{ [key: string]: never; }>;


export type LanguagesQuery = { result: Array<{ code: string, name: string, nameNl: string }> };

export type ExpertiseAreasQueryVariables = Exact<{ [key: string]: never; }>;


export type ExpertiseAreasQuery = { result: Array<{ code: string, name: string, nameNl: string }> };

export type MunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type MunicipalitiesQuery = { result: Array<{ code: string, name: string, province: string, provinceCode: string }> };

export type KeyPersonListFieldsFragment = { id: string, displayName: string, status: KeyPersonStatus, stale: boolean, weeklyCapacityHours: number, homeMunicipality: { code: string, name: string }, languages: Array<{ level: LanguageLevel, language: { code: string, name: string, nameNl: string } }>, expertise: Array<{ code: string, name: string, nameNl: string }>, workload: { weeklyCapacityHours: number, committedHours: number, utilisation: number } };

export type KeyPersonFieldsFragment = { id: string, displayName: string, email: string | null, phone: string | null, gender: Gender | null, birthYear: number | null, origins: Array<string> | null, originMatchingConsent: boolean | null, maxTravelKm: number, remoteAvailable: boolean, weeklyCapacityHours: number, status: KeyPersonStatus, compensationType: CompensationType, supervisionStatus: SupervisionStatus | null, wellbeingStatus: WellbeingStatus | null, profileConfirmedAt: string | null, stale: boolean, createdAt: string, updatedAt: string, languages: Array<{ level: LanguageLevel, dialect: string | null, language: { code: string, name: string, nameNl: string } }>, expertise: Array<{ code: string, name: string, nameNl: string }>, homeMunicipality: { code: string, name: string, province: string }, homeLocation: { lat: number, lon: number } | null, workload: { weeklyCapacityHours: number, committedHours: number, utilisation: number }, publicConsent: { listed: boolean, showName: boolean, showMunicipality: boolean, showLanguages: boolean, showExpertise: boolean, showEmail: boolean, showPhone: boolean } | null, unavailablePeriods: Array<{ id: string, startsOn: string, endsOn: string }> | null, account: { id: string, email: string, role: Role, deactivatedAt: string | null, lastLoginAt: string | null, invitationPending: boolean } | null };

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


export type KeyPersonOneQuery = { result: { id: string, displayName: string, email: string | null, phone: string | null, gender: Gender | null, birthYear: number | null, origins: Array<string> | null, originMatchingConsent: boolean | null, maxTravelKm: number, remoteAvailable: boolean, weeklyCapacityHours: number, status: KeyPersonStatus, compensationType: CompensationType, supervisionStatus: SupervisionStatus | null, wellbeingStatus: WellbeingStatus | null, profileConfirmedAt: string | null, stale: boolean, createdAt: string, updatedAt: string, languages: Array<{ level: LanguageLevel, dialect: string | null, language: { code: string, name: string, nameNl: string } }>, expertise: Array<{ code: string, name: string, nameNl: string }>, homeMunicipality: { code: string, name: string, province: string }, homeLocation: { lat: number, lon: number } | null, workload: { weeklyCapacityHours: number, committedHours: number, utilisation: number }, publicConsent: { listed: boolean, showName: boolean, showMunicipality: boolean, showLanguages: boolean, showExpertise: boolean, showEmail: boolean, showPhone: boolean } | null, unavailablePeriods: Array<{ id: string, startsOn: string, endsOn: string }> | null, account: { id: string, email: string, role: Role, deactivatedAt: string | null, lastLoginAt: string | null, invitationPending: boolean } | null } | null };

export type CreateKeyPersonMutationVariables = Exact<{
  input: KeyPersonInput;
}>;


export type CreateKeyPersonMutation = { result: { id: string, displayName: string, email: string | null, phone: string | null, gender: Gender | null, birthYear: number | null, origins: Array<string> | null, originMatchingConsent: boolean | null, maxTravelKm: number, remoteAvailable: boolean, weeklyCapacityHours: number, status: KeyPersonStatus, compensationType: CompensationType, supervisionStatus: SupervisionStatus | null, wellbeingStatus: WellbeingStatus | null, profileConfirmedAt: string | null, stale: boolean, createdAt: string, updatedAt: string, languages: Array<{ level: LanguageLevel, dialect: string | null, language: { code: string, name: string, nameNl: string } }>, expertise: Array<{ code: string, name: string, nameNl: string }>, homeMunicipality: { code: string, name: string, province: string }, homeLocation: { lat: number, lon: number } | null, workload: { weeklyCapacityHours: number, committedHours: number, utilisation: number }, publicConsent: { listed: boolean, showName: boolean, showMunicipality: boolean, showLanguages: boolean, showExpertise: boolean, showEmail: boolean, showPhone: boolean } | null, unavailablePeriods: Array<{ id: string, startsOn: string, endsOn: string }> | null, account: { id: string, email: string, role: Role, deactivatedAt: string | null, lastLoginAt: string | null, invitationPending: boolean } | null } };

export type UpdateKeyPersonMutationVariables = Exact<{
  id: string | number;
  input: KeyPersonInput;
}>;


export type UpdateKeyPersonMutation = { result: { id: string, displayName: string, email: string | null, phone: string | null, gender: Gender | null, birthYear: number | null, origins: Array<string> | null, originMatchingConsent: boolean | null, maxTravelKm: number, remoteAvailable: boolean, weeklyCapacityHours: number, status: KeyPersonStatus, compensationType: CompensationType, supervisionStatus: SupervisionStatus | null, wellbeingStatus: WellbeingStatus | null, profileConfirmedAt: string | null, stale: boolean, createdAt: string, updatedAt: string, languages: Array<{ level: LanguageLevel, dialect: string | null, language: { code: string, name: string, nameNl: string } }>, expertise: Array<{ code: string, name: string, nameNl: string }>, homeMunicipality: { code: string, name: string, province: string }, homeLocation: { lat: number, lon: number } | null, workload: { weeklyCapacityHours: number, committedHours: number, utilisation: number }, publicConsent: { listed: boolean, showName: boolean, showMunicipality: boolean, showLanguages: boolean, showExpertise: boolean, showEmail: boolean, showPhone: boolean } | null, unavailablePeriods: Array<{ id: string, startsOn: string, endsOn: string }> | null, account: { id: string, email: string, role: Role, deactivatedAt: string | null, lastLoginAt: string | null, invitationPending: boolean } | null } };

export type SetKeyPersonStatusMutationVariables = Exact<{
  id: string | number;
  status: KeyPersonStatus;
}>;


export type SetKeyPersonStatusMutation = { result: { id: string, displayName: string, email: string | null, phone: string | null, gender: Gender | null, birthYear: number | null, origins: Array<string> | null, originMatchingConsent: boolean | null, maxTravelKm: number, remoteAvailable: boolean, weeklyCapacityHours: number, status: KeyPersonStatus, compensationType: CompensationType, supervisionStatus: SupervisionStatus | null, wellbeingStatus: WellbeingStatus | null, profileConfirmedAt: string | null, stale: boolean, createdAt: string, updatedAt: string, languages: Array<{ level: LanguageLevel, dialect: string | null, language: { code: string, name: string, nameNl: string } }>, expertise: Array<{ code: string, name: string, nameNl: string }>, homeMunicipality: { code: string, name: string, province: string }, homeLocation: { lat: number, lon: number } | null, workload: { weeklyCapacityHours: number, committedHours: number, utilisation: number }, publicConsent: { listed: boolean, showName: boolean, showMunicipality: boolean, showLanguages: boolean, showExpertise: boolean, showEmail: boolean, showPhone: boolean } | null, unavailablePeriods: Array<{ id: string, startsOn: string, endsOn: string }> | null, account: { id: string, email: string, role: Role, deactivatedAt: string | null, lastLoginAt: string | null, invitationPending: boolean } | null } };

export type ConfirmProfileMutationVariables = Exact<{
  id: string | number;
}>;


export type ConfirmProfileMutation = { result: { id: string, displayName: string, email: string | null, phone: string | null, gender: Gender | null, birthYear: number | null, origins: Array<string> | null, originMatchingConsent: boolean | null, maxTravelKm: number, remoteAvailable: boolean, weeklyCapacityHours: number, status: KeyPersonStatus, compensationType: CompensationType, supervisionStatus: SupervisionStatus | null, wellbeingStatus: WellbeingStatus | null, profileConfirmedAt: string | null, stale: boolean, createdAt: string, updatedAt: string, languages: Array<{ level: LanguageLevel, dialect: string | null, language: { code: string, name: string, nameNl: string } }>, expertise: Array<{ code: string, name: string, nameNl: string }>, homeMunicipality: { code: string, name: string, province: string }, homeLocation: { lat: number, lon: number } | null, workload: { weeklyCapacityHours: number, committedHours: number, utilisation: number }, publicConsent: { listed: boolean, showName: boolean, showMunicipality: boolean, showLanguages: boolean, showExpertise: boolean, showEmail: boolean, showPhone: boolean } | null, unavailablePeriods: Array<{ id: string, startsOn: string, endsOn: string }> | null, account: { id: string, email: string, role: Role, deactivatedAt: string | null, lastLoginAt: string | null, invitationPending: boolean } | null } };

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


export type SetPublicConsentMutation = { setPublicConsent: { id: string, publicConsent: { listed: boolean, showName: boolean, showMunicipality: boolean, showLanguages: boolean, showExpertise: boolean, showEmail: boolean, showPhone: boolean } | null } };

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
    actions {
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
  }
}
    `) as unknown as TypedDocumentString<OversightDashboardQuery, OversightDashboardQueryVariables>;
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
    mutation SetKeyPersonStatus($id: ID!, $status: KeyPersonStatus!) {
  result: setKeyPersonStatus(id: $id, status: $status) {
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