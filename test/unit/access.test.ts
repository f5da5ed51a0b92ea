import { canManageKeyPerson, canReadOrganisation, type Actor } from "../../server/src/domain/access";

const actor = (role: Actor["role"], extra: Partial<Actor> = {}): Actor => ({
  userId: 1, role, keyPersonId: null, organisationId: null, municipalityCodes: [], ...extra,
});
const amsterdamer = { id: 7, homeMunicipalityCode: "GM0363" };

test.each([
  ["coordinator, anyone", actor("COORDINATOR"), true],
  ["regional coordinator, in region", actor("REGIONAL_COORDINATOR", { municipalityCodes: ["GM0363"] }), true],
  ["regional coordinator, outside region", actor("REGIONAL_COORDINATOR", { municipalityCodes: ["GM0599"] }), false],
  ["key person, self", actor("KEY_PERSON", { keyPersonId: 7 }), true],
  ["key person, another", actor("KEY_PERSON", { keyPersonId: 8 }), false],
  ["organisation", actor("ORGANISATION", { organisationId: 3 }), false],
])("canManageKeyPerson: %s → %s", (_label, who, expected) => {
  expect(canManageKeyPerson(who, amsterdamer)).toBe(expected);
});

test.each([
  ["coordinator", actor("COORDINATOR"), true],
  ["regional coordinator", actor("REGIONAL_COORDINATOR"), true],
  ["own organisation", actor("ORGANISATION", { organisationId: 3 }), true],
  ["other organisation", actor("ORGANISATION", { organisationId: 4 }), false],
  ["key person", actor("KEY_PERSON", { keyPersonId: 7 }), false],
])("canReadOrganisation 3: %s → %s", (_label, who, expected) => {
  expect(canReadOrganisation(who, 3)).toBe(expected);
});
