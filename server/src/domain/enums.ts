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
