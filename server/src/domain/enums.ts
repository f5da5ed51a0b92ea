// The enums of the API contract, as plain values: the server registers them with
// GraphQL (shared/enums.ts), the rules here and the console (its choices) read them.
// The same string values cross from GraphQL to SQL to the rules without mapping.
export enum Role {
  COORDINATOR = "COORDINATOR",
  REGIONAL_COORDINATOR = "REGIONAL_COORDINATOR",
  ORGANISATION = "ORGANISATION",
  KEY_PERSON = "KEY_PERSON",
}
export enum Gender {
  FEMALE = "FEMALE",
  MALE = "MALE",
  NON_BINARY = "NON_BINARY",
}
export enum LanguageLevel {
  NATIVE = "NATIVE",
  FLUENT = "FLUENT",
  BASIC = "BASIC",
}
export enum KeyPersonStatus {
  ACTIVE = "ACTIVE",
  PAUSED = "PAUSED",
  INACTIVE = "INACTIVE",
}
export enum CompensationType {
  VOLUNTEER = "VOLUNTEER",
  FREELANCE = "FREELANCE",
  EMPLOYED = "EMPLOYED",
}
export enum SupervisionStatus {
  CURRENT = "CURRENT",
  DUE_SOON = "DUE_SOON",
  OVERDUE = "OVERDUE",
  NEVER = "NEVER",
}
export enum WellbeingStatus {
  GREEN = "GREEN",
  AMBER = "AMBER",
  RED = "RED",
  UNKNOWN = "UNKNOWN",
}
export enum Funding {
  ORGANISATION = "ORGANISATION",
  NATIONAL_SCHEME = "NATIONAL_SCHEME",
}
export enum MatchRequestStatus {
  OPEN = "OPEN",
  MATCHED = "MATCHED",
  CLOSED = "CLOSED",
  CANCELLED = "CANCELLED",
}
export enum AssignmentStatus {
  PROPOSED = "PROPOSED",
  ACTIVE = "ACTIVE",
  DECLINED = "DECLINED",
  EXPIRED = "EXPIRED",
  COMPLETED = "COMPLETED",
  CANCELLED = "CANCELLED",
}
export enum BackgroundPreference {
  SAME = "SAME",
  DIFFERENT = "DIFFERENT",
  NO_PREFERENCE = "NO_PREFERENCE",
}
export enum ReviewStatus {
  SUBMITTED = "SUBMITTED",
  APPROVED = "APPROVED",
  REJECTED = "REJECTED",
}
export enum Activity {
  SUPPORT = "SUPPORT",
  ACCOMPANIMENT = "ACCOMPANIMENT",
  INFORMATION_SESSION = "INFORMATION_SESSION",
  TRAVEL = "TRAVEL",
  SUPERVISION = "SUPERVISION",
}
/** What a key person does for their own development and network, declared without an assignment (issue 16). */
export enum OwnActivity {
  INTERVISION = "INTERVISION",
  TRAINING = "TRAINING",
  NETWORK_MEETING = "NETWORK_MEETING",
  PREPARATION = "PREPARATION",
}
export enum ExpenseKind {
  OWN_TRANSPORT_KM = "OWN_TRANSPORT_KM",
  PUBLIC_TRANSPORT = "PUBLIC_TRANSPORT",
  OTHER = "OTHER",
}
export enum SupervisionKind {
  INTERVISION = "INTERVISION",
  SUPERVISION = "SUPERVISION",
  TRAINING = "TRAINING",
}
export enum OrganisationKind {
  GGD = "GGD",
  MUNICIPALITY = "MUNICIPALITY",
  CLINIC = "CLINIC",
  RECEPTION_LOCATION = "RECEPTION_LOCATION",
  NGO = "NGO",
  OTHER = "OTHER",
}
/** What kind of work a match request asks for (issue 16). CASE_SUPPORT is weekly support of one case, the original meaning. */
export enum RequestKind {
  CASE_SUPPORT = "CASE_SUPPORT",
  APPOINTMENT = "APPOINTMENT",
  CONSULT = "CONSULT",
  INFORMATION_SESSION = "INFORMATION_SESSION",
}
export enum AppointmentMode {
  ON_SITE = "ON_SITE",
  PHONE = "PHONE",
  VIDEO = "VIDEO",
}
// --- newcomers' voice (issue 19): feedback, ratings, complaints and signals
/** A newcomer's answer to one feedback question: a three-step scale that reads the same in every language. */
export enum FeedbackAnswer {
  YES = "YES",
  PARTLY = "PARTLY",
  NO = "NO",
}
/** The four questions a newcomer answers after support. */
export enum FeedbackQuestion {
  HELPFUL = "HELPFUL",
  FELT_SAFE = "FELT_SAFE",
  UNDERSTOOD = "UNDERSTOOD",
  WOULD_RECOMMEND = "WOULD_RECOMMEND",
}
/** What a feedback link can still do, told to the newcomer's page. */
export enum FeedbackLinkState {
  OPEN = "OPEN",
  ANSWERED = "ANSWERED",
  EXPIRED = "EXPIRED",
  INVALID = "INVALID",
}
export enum ComplaintKind {
  NO_SHOW = "NO_SHOW",
  LATE = "LATE",
  CONDUCT = "CONDUCT",
  CONFIDENTIALITY = "CONFIDENTIALITY",
}
export enum ComplaintState {
  OPEN = "OPEN",
  RESPONDED = "RESPONDED",
  UPHELD = "UPHELD",
  DISMISSED = "DISMISSED",
}
export enum ComplaintDecision {
  UPHELD = "UPHELD",
  DISMISSED = "DISMISSED",
}
/** What a key person flags about an organisation they worked for. */
export enum OrganisationFlagKind {
  ACTED_AGAINST_INTEREST = "ACTED_AGAINST_INTEREST",
  NO_CONTACT_PERSON = "NO_CONTACT_PERSON",
  NOT_PAID = "NOT_PAID",
}
/** What an anonymous signal about a reception location is about. */
export enum LocationSignalCategory {
  SAFETY = "SAFETY",
  VIOLENCE = "VIOLENCE",
  PRIVACY = "PRIVACY",
  ACCESS_TO_CARE = "ACCESS_TO_CARE",
  LIVING_CONDITIONS = "LIVING_CONDITIONS",
  CHILDREN = "CHILDREN",
  OTHER = "OTHER",
}

// --- qualifications (issue 17)
/** A key person's qualification: declared by them or a coordinator, checked by a coordinator (VERIFIED), or turned down (REJECTED). Only VERIFIED counts for matching. */
export enum QualificationStatus {
  SELF_DECLARED = "SELF_DECLARED",
  VERIFIED = "VERIFIED",
  REJECTED = "REJECTED",
}
// --- group activities (issue 17, groups)
/** A meeting a coordinator or a supervising organisation organises for several key persons. */
export enum GroupActivityKind {
  INTERVISION = "INTERVISION",
  SUPERVISION = "SUPERVISION",
  TRAINING = "TRAINING",
  NETWORK_MEETING = "NETWORK_MEETING",
}
/** A key person's answer to an invitation to a group activity. */
export enum GroupActivityAnswer {
  ATTENDING = "ATTENDING",
  NOT_ATTENDING = "NOT_ATTENDING",
}

// ---- care services (issue 18, services) ----
/** HSDS 3.0 service.status, upper-cased: active, inactive, defunct, temporarily closed. */
export enum CareServiceStatus {
  ACTIVE = "ACTIVE",
  INACTIVE = "INACTIVE",
  DEFUNCT = "DEFUNCT",
  TEMPORARILY_CLOSED = "TEMPORARILY_CLOSED",
}
/** Residence status a care service accepts (its eligibility). */
export enum ResidenceStatus {
  ASYLUM_SEEKER = "ASYLUM_SEEKER",
  STATUS_HOLDER = "STATUS_HOLDER",
  UNDOCUMENTED = "UNDOCUMENTED",
}

// ---- request transfers (issue 18, transfers) ----
/** Where a request transfer stands: PENDING → ACCEPTED | DECLINED | WITHDRAWN (domain/transfers.ts). */
export enum TransferState {
  PENDING = "PENDING",
  ACCEPTED = "ACCEPTED",
  DECLINED = "DECLINED",
  WITHDRAWN = "WITHDRAWN",
}
/** Why a receiving organisation declined a transfer: a code, with an optional note. */
export enum TransferDeclineReason {
  NO_CAPACITY = "NO_CAPACITY",
  OUTSIDE_OUR_AREA = "OUTSIDE_OUR_AREA",
  NOT_OUR_EXPERTISE = "NOT_OUR_EXPERTISE",
  NEWCOMER_NOT_ARRIVED = "NEWCOMER_NOT_ARRIVED",
  OTHER = "OTHER",
}
// --- reports (issue 20)
export enum ReportPeriod {
  MONTH = "MONTH",
  QUARTER = "QUARTER",
  YEAR = "YEAR",
}
export enum ReportChart {
  BAR = "BAR",
  STACKED_BAR = "STACKED_BAR",
  LINE = "LINE",
  NONE = "NONE",
}
export enum ReportUnit {
  COUNT = "COUNT",
  PERCENT = "PERCENT",
  HOURS = "HOURS",
  EUROS = "EUROS",
  DAYS = "DAYS",
  SCORE = "SCORE",
}
/** Why a key person stopped (required when they become INACTIVE). */
export enum LeavingReason {
  MOVED = "MOVED",
  PAID_WORK = "PAID_WORK",
  OVERLOAD = "OVERLOAD",
  PERSONAL = "PERSONAL",
  OTHER = "OTHER",
}
