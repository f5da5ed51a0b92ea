import type { CreateUserInput, KeyPersonInput, OrganisationInput } from "../gql/graphql";
import type { CompensationType, Gender, GeoPoint, LanguageLevel, OrganisationKind, Role } from "../types";

// Form values -> the GraphQL input types. The API takes the FULL input on every update,
// so these run on the whole form, never on a diff.

export interface KeyPersonFormValues {
  displayName: string;
  email: string;
  phone?: string | null;
  gender?: Gender | null;
  birthYear?: number | null;
  languages?: { language?: { code?: string }; level?: LanguageLevel; dialect?: string | null }[];
  expertiseCodes?: string[];
  homeLocation: GeoPoint;
  maxTravelKm: number;
  remoteAvailable?: boolean;
  weeklyCapacityHours: number;
  compensationType: CompensationType;
  /** an array from the server, or the text of the comma-separated input once edited */
  origins?: string[] | string | null;
  /** Agreed that their origins steer background matching; null for those who may not see it. */
  originMatchingConsent?: boolean | null;
  password?: string;
}

const blankToNull = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/** "nl, SY  er" -> ["NL", "SY", "ER"] */
export const parseCountryCodes = (value: string[] | string | null | undefined): string[] => {
  const parts = Array.isArray(value) ? value : (value ?? "").split(/[\s,;]+/);
  return parts.map((part) => part.trim().toUpperCase()).filter(Boolean);
};

export const toKeyPersonInput = (values: KeyPersonFormValues): KeyPersonInput => ({
  displayName: values.displayName.trim(),
  email: values.email.trim(),
  phone: blankToNull(values.phone),
  gender: values.gender ?? null,
  birthYear: values.birthYear ?? null,
  languages: (values.languages ?? []).map((skill) => ({
    code: skill.language?.code ?? "",
    level: skill.level ?? "FLUENT",
    dialect: blankToNull(skill.dialect),
  })),
  expertiseCodes: values.expertiseCodes ?? [],
  homeLocation: { lat: Number(values.homeLocation.lat), lon: Number(values.homeLocation.lon) },
  maxTravelKm: Number(values.maxTravelKm),
  remoteAvailable: Boolean(values.remoteAvailable),
  weeklyCapacityHours: Number(values.weeklyCapacityHours),
  compensationType: values.compensationType,
  origins: parseCountryCodes(values.origins),
  ...(values.originMatchingConsent != null ? { originMatchingConsent: Boolean(values.originMatchingConsent) } : {}),
});

export interface OrganisationFormValues {
  name: string;
  kind?: OrganisationKind;
  municipalityCode?: string | null;
}

export const toOrganisationInput = (values: OrganisationFormValues): OrganisationInput => ({
  name: values.name.trim(),
  kind: values.kind ?? "OTHER",
  municipalityCode: values.municipalityCode || null,
});

export interface UserFormValues {
  email: string;
  role: Role;
  organisationId?: string | null;
  municipalityCodes?: string[];
}

/** Only the fields that belong to the chosen role: the form keeps hidden values around. */
export const toCreateUserInput = (values: UserFormValues): CreateUserInput => ({
  email: values.email.trim(),
  // No password: the server e-mails an invitation and the user chooses their own.
  role: values.role,
  organisationId: values.role === "ORGANISATION" ? (values.organisationId ?? null) : null,
  municipalityCodes: values.role === "REGIONAL_COORDINATOR" ? (values.municipalityCodes ?? []) : [],
});
