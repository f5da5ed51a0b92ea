// The records as the GraphQL API returns them (see shared/design/api-contract.graphql),
// plus the few form-friendly fields the dataProvider derives (marked "derived").

export type Role = "COORDINATOR" | "REGIONAL_COORDINATOR" | "ORGANISATION" | "KEY_PERSON";
export type Gender = "FEMALE" | "MALE" | "NON_BINARY";
export type LanguageLevel = "NATIVE" | "FLUENT" | "BASIC";
export type KeyPersonStatus = "ACTIVE" | "PAUSED" | "INACTIVE";
export type CompensationType = "VOLUNTEER" | "FREELANCE" | "EMPLOYED";
export type SupervisionStatus = "CURRENT" | "DUE_SOON" | "OVERDUE" | "NEVER";
export type WellbeingStatus = "GREEN" | "AMBER" | "RED" | "UNKNOWN";
export type OrganisationKind = "GGD" | "MUNICIPALITY" | "CLINIC" | "RECEPTION_LOCATION" | "NGO" | "OTHER";

export interface Named {
  code: string;
  name: string;
  nameNl: string;
}

export interface MunicipalityRef {
  code: string;
  name: string;
  province?: string;
}

export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface LanguageSkill {
  language: Named;
  level: LanguageLevel;
  dialect: string | null;
}

export interface Workload {
  weeklyCapacityHours: number;
  committedHours: number;
  utilisation: number;
}

export interface PublicConsent {
  listed: boolean;
  showName: boolean;
  showMunicipality: boolean;
  showLanguages: boolean;
  showExpertise: boolean;
  showEmail: boolean;
  showPhone: boolean;
}

export interface KeyPersonRecord {
  id: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  gender: Gender | null;
  birthYear: number | null;
  origins: string[];
  languages: LanguageSkill[];
  expertise: Named[];
  /** derived: the codes of `expertise`, the value of the expertise input */
  expertiseCodes: string[];
  homeMunicipality: MunicipalityRef;
  homeLocation: GeoPoint | null;
  maxTravelKm: number;
  remoteAvailable: boolean;
  weeklyCapacityHours: number;
  status: KeyPersonStatus;
  compensationType: CompensationType;
  workload: Workload;
  supervisionStatus: SupervisionStatus;
  wellbeingStatus: WellbeingStatus | null;
  profileConfirmedAt: string | null;
  stale: boolean;
  publicConsent: PublicConsent | null;
  /** Their account: for the coordinators who manage them only (null otherwise). */
  account?: { id: string; email: string; role: Role; deactivatedAt: string | null; lastLoginAt: string | null } | null;
  createdAt: string;
  updatedAt: string;
}

export interface OrganisationRecord {
  id: string;
  name: string;
  kind: OrganisationKind;
  municipality: MunicipalityRef | null;
  /** derived: the value of the municipality input */
  municipalityCode: string | null;
  createdAt: string;
}

export interface UserRecord {
  id: string;
  email: string;
  role: Role;
  locale: string;
  createdAt: string;
  lastLoginAt: string | null;
  deactivatedAt: string | null;
  keyPerson: { id: string; displayName: string } | null;
  organisation: { id: string; name: string } | null;
  municipalities: MunicipalityRef[];
}

/** Who is logged in: the `me` query, kept in localStorage between page loads. */
export interface Me {
  id: string;
  email: string;
  role: Role;
  locale: string;
  keyPerson: { id: string; displayName: string } | null;
  organisation: { id: string; name: string } | null;
  municipalities: MunicipalityRef[];
}

export interface Permissions {
  role: Role;
  keyPersonId: string | null;
  organisationId: string | null;
}
