// Enum values with the translation key of their label; SelectInput and SelectField
// translate the `name`.
const choicesOf = <T extends string>(group: string, ids: readonly T[]) =>
  ids.map((id) => ({ id, name: `app.enums.${group}.${id}` }));

export const roleChoices = choicesOf("role", ["COORDINATOR", "REGIONAL_COORDINATOR", "ORGANISATION", "KEY_PERSON"] as const);
/** Key person accounts are made together with their profile, not here. */
export const creatableRoleChoices = roleChoices.filter((choice) => choice.id !== "KEY_PERSON");
export const genderChoices = choicesOf("gender", ["FEMALE", "MALE", "NON_BINARY"] as const);
export const levelChoices = choicesOf("level", ["NATIVE", "FLUENT", "BASIC"] as const);
export const statusChoices = choicesOf("status", ["ACTIVE", "PAUSED", "INACTIVE"] as const);
export const compensationChoices = choicesOf("compensation", ["VOLUNTEER", "FREELANCE", "EMPLOYED"] as const);
export const supervisionChoices = choicesOf("supervision", ["CURRENT", "DUE_SOON", "OVERDUE", "NEVER"] as const);
export const wellbeingChoices = choicesOf("wellbeing", ["GREEN", "AMBER", "RED", "UNKNOWN"] as const);
export const organisationKindChoices = choicesOf("organisationKind", [
  "GGD",
  "MUNICIPALITY",
  "CLINIC",
  "RECEPTION_LOCATION",
  "NGO",
  "OTHER",
] as const);
