import {
  approximatePoint,
  canManageKeyPerson,
  canReadOrganisation,
  canSeeNewcomerOrigin,
  distanceShownTo,
  newcomerDetailFor,
  type Actor,
} from "../../server/src/domain/access";

const actor = (role: Actor["role"], extra: Partial<Actor> = {}): Actor => ({
  userId: 1,
  role,
  keyPersonId: null,
  organisationId: null,
  municipalityCodes: [],
  ...extra,
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

test.each([
  ["coordinator", actor("COORDINATOR"), [], "WHOLE"],
  ["regional coordinator", actor("REGIONAL_COORDINATOR"), [], "WHOLE"],
  ["the organisation", actor("ORGANISATION", { organisationId: 3 }), [], "WHOLE"],
  ["key person, proposed", actor("KEY_PERSON", { keyPersonId: 7 }), ["PROPOSED"], "APPROXIMATE"],
  ["key person, declined", actor("KEY_PERSON", { keyPersonId: 7 }), ["DECLINED"], "APPROXIMATE"],
  ["key person, expired then proposed again", actor("KEY_PERSON", { keyPersonId: 7 }), ["EXPIRED", "PROPOSED"], "APPROXIMATE"],
  ["key person, active", actor("KEY_PERSON", { keyPersonId: 7 }), ["ACTIVE"], "WHOLE"],
  ["key person, completed (travel claims are measured to the place)", actor("KEY_PERSON", { keyPersonId: 7 }), ["COMPLETED"], "WHOLE"],
  ["key person, cancelled", actor("KEY_PERSON", { keyPersonId: 7 }), ["CANCELLED"], "APPROXIMATE"],
])("newcomerDetailFor: %s → %s", (_label, who, statuses, expected) => {
  expect(newcomerDetailFor(who, statuses)).toBe(expected);
});

test.each([
  [
    { lat: 52.370216, lon: 4.895168 },
    { lat: 52.37, lon: 4.9 },
  ],
  [
    { lat: 51.924419, lon: 4.477733 },
    { lat: 51.92, lon: 4.48 },
  ],
  [
    { lat: 53.2, lon: 6.56 },
    { lat: 53.2, lon: 6.56 },
  ],
])("approximatePoint %o → %o", (point, expected) => {
  expect(approximatePoint(point)).toEqual(expected);
});

test.each([
  ["coordinator", actor("COORDINATOR"), true],
  ["regional coordinator", actor("REGIONAL_COORDINATOR"), true],
  ["the organisation", actor("ORGANISATION", { organisationId: 3 }), true],
  ["key person", actor("KEY_PERSON", { keyPersonId: 7 }), false],
])("canSeeNewcomerOrigin: %s → %s", (_label, who, expected) => {
  expect(canSeeNewcomerOrigin(who)).toBe(expected);
});

test.each([
  ["organisation, 0.4 km", actor("ORGANISATION", { organisationId: 3 }), 0.4, 0],
  ["organisation, 12.46 km", actor("ORGANISATION", { organisationId: 3 }), 12.46, 12],
  ["organisation, 12.5 km", actor("ORGANISATION", { organisationId: 3 }), 12.5, 13],
  ["coordinator, 0.44 km", actor("COORDINATOR"), 0.44, 0.4],
  ["regional coordinator, 12.46 km", actor("REGIONAL_COORDINATOR"), 12.46, 12.5],
])("distanceShownTo: %s → %s", (_label, who, km, expected) => {
  expect(distanceShownTo(who, km)).toBe(expected);
});
