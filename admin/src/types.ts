// The records the console works with: the generated types of its GraphQL documents
// (admin/src/gql, `npm run codegen` from schema/schema.graphql), plus the few
// form-friendly fields the dataProvider derives (marked "derived"). Nothing here is
// written by hand that the schema already says.
import type { KeyPersonFieldsFragment, KeyPersonListFieldsFragment, MeQuery, OrganisationFieldsFragment, Role, UserFieldsFragment } from "./gql/graphql";

export type { CompensationType, Gender, KeyPersonStatus, LanguageLevel, OrganisationKind, Role, SupervisionStatus, WellbeingStatus } from "./gql/graphql";

/** A language or expertise area: its code and its names in English and Dutch. */
export type Named = KeyPersonFieldsFragment["expertise"][number];

export interface MunicipalityRef {
  code: string;
  name: string;
  province?: string;
}

export type GeoPoint = NonNullable<KeyPersonFieldsFragment["homeLocation"]>;

export type LanguageSkill = KeyPersonFieldsFragment["languages"][number];

export type Workload = KeyPersonFieldsFragment["workload"];

export type PublicConsent = NonNullable<KeyPersonFieldsFragment["publicConsent"]>;

export type KeyPersonRecord = KeyPersonFieldsFragment & {
  /** derived: the codes of `expertise`, the value of the expertise input */
  expertiseCodes: string[];
};

/** A row of the key person list (fewer fields than the record). */
export type KeyPersonListRecord = KeyPersonListFieldsFragment;

export type OrganisationRecord = OrganisationFieldsFragment & {
  /** derived: the value of the municipality input */
  municipalityCode: string | null;
};

export type UserRecord = UserFieldsFragment;

/** Who is logged in: the `me` query, kept in localStorage between page loads. */
export type Me = NonNullable<MeQuery["me"]>;

/** What the console decides access by (canAccess.ts), taken from `me`. */
export interface Permissions {
  role: Role;
  keyPersonId: string | null;
  organisationId: string | null;
}
