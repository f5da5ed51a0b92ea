import type { Actor } from "../../server/src/domain/access";
import {
  canEditService,
  canSeeContacts,
  careServiceProblems,
  contactProblems,
  isServiceStale,
  isServicePhone,
  normalPostalCode,
} from "../../server/src/domain/care-services";

const known = { municipalities: new Set(["GM0363", "GM0344"]), languages: new Set(["nld", "ara"]), expertise: new Set(["MENTAL_HEALTH"]) };
const valid = {
  name: "GGZ",
  nationwide: false,
  topics: ["MENTAL_HEALTH"],
  municipalityCodes: ["GM0363"],
  languageCodes: ["nld"],
  phones: [{ number: "0800-2000" }],
  schedules: [{ weekday: 1, opensAt: "09:00", closesAt: "17:00" }],
  locations: [{ address: "Damstraat 1", postalCode: "1012 JM", city: "Amsterdam", municipalityCode: "GM0363" }],
};
const codes = (overrides: Partial<typeof valid> & Record<string, unknown>) => careServiceProblems({ ...valid, ...overrides }, known).map((p) => p.code);

test.each([
  [{}, []],
  [{ name: "" }, ["NAME_EMPTY"]],
  [{ municipalityCodes: [], nationwide: false }, ["SERVICE_AREA_REQUIRED"]],
  [{ municipalityCodes: [], nationwide: true }, []],
  [{ municipalityCodes: ["GM0000"] }, ["UNKNOWN_CODE"]],
  [{ languageCodes: ["nld", "nld"] }, ["LISTED_TWICE"]],
  [{ topics: ["HEALTH"] }, ["UNKNOWN_CODE"]],
  [{ url: "www.example.nl" }, ["NOT_A_WEB_ADDRESS"]],
  [{ url: "https://www.example.nl/hulp" }, []],
  [{ email: "geen" }, ["NOT_AN_EMAIL"]],
  [{ phones: [{ number: "bellen" }] }, ["NOT_A_PHONE"]],
  [{ phones: [{ number: "116 123" }] }, []],
  [{ schedules: [{ weekday: 0, opensAt: "09:00", closesAt: "10:00" }] }, ["NUMBER_OUT_OF_RANGE"]],
  [{ schedules: [{ weekday: 1, opensAt: "9:00", closesAt: "10:00" }] }, ["NOT_A_TIME"]],
  [{ schedules: [{ weekday: 1, opensAt: "10:00", closesAt: "10:00" }] }, ["WINDOW_ENDS_BEFORE_START"]],
  [
    {
      schedules: [
        { weekday: 2, opensAt: "09:00", closesAt: "12:00" },
        { weekday: 2, opensAt: "12:00", closesAt: "17:00" },
      ],
    },
    [],
  ],
  [
    {
      schedules: [
        { weekday: 2, opensAt: "09:00", closesAt: "12:30" },
        { weekday: 2, opensAt: "12:00", closesAt: "17:00" },
      ],
    },
    ["WINDOWS_OVERLAP"],
  ],
  [{ locations: [{ address: "Damstraat 1", postalCode: "1012", city: "Amsterdam", municipalityCode: "GM0363" }] }, ["NOT_A_POSTAL_CODE"]],
  [{ locations: [{ address: "Damstraat 1", postalCode: "1012 JM", city: "Amsterdam", municipalityCode: "GM0363", lat: 95, lon: 4 }] }, ["NOT_COORDINATES"]],
])("service input %j → %j", (overrides, expected) => {
  expect(codes(overrides)).toEqual(expected);
});

test.each([
  [{ name: "A", email: "a@example.nl" }, []],
  [{ name: "A" }, ["VALUE_REQUIRED"]],
  [{ name: "", phone: "020-1234567" }, ["NAME_EMPTY"]],
  [{ name: "A", phone: "x" }, ["NOT_A_PHONE"]],
])("contact %j → %j", (input, expected) => {
  expect(contactProblems(input).map((p) => p.code)).toEqual(expected);
});

const actor = (role: Actor["role"], extra: Partial<Actor> = {}): Actor => ({
  userId: 1,
  role,
  keyPersonId: null,
  organisationId: null,
  municipalityCodes: [],
  ...extra,
});
const service = { organisationId: 7, nationwide: false, municipalityCodes: ["GM0363"] };
const nationwide = { organisationId: 7, nationwide: true, municipalityCodes: [] };
const municipality = { kind: "MUNICIPALITY", municipalityCode: "GM0363" };

test.each([
  ["coordinator", actor("COORDINATOR"), service, null, true],
  ["coordinator, nationwide", actor("COORDINATOR"), nationwide, null, true],
  ["regional in region", actor("REGIONAL_COORDINATOR", { municipalityCodes: ["GM0363"] }), service, null, true],
  ["regional outside", actor("REGIONAL_COORDINATOR", { municipalityCodes: ["GM0344"] }), service, null, "OUTSIDE_REGION"],
  ["regional, nationwide", actor("REGIONAL_COORDINATOR", { municipalityCodes: ["GM0363"] }), nationwide, null, "OUTSIDE_REGION"],
  ["own organisation", actor("ORGANISATION", { organisationId: 7 }), service, { kind: "GGD", municipalityCode: "GM0344" }, true],
  ["other organisation", actor("ORGANISATION", { organisationId: 8 }), service, { kind: "GGD", municipalityCode: "GM0363" }, "OWN_ORGANISATION_ONLY"],
  ["municipality, its own municipality", actor("ORGANISATION", { organisationId: 8 }), service, municipality, true],
  [
    "municipality, elsewhere",
    actor("ORGANISATION", { organisationId: 8 }),
    { ...service, municipalityCodes: ["GM0344"] },
    municipality,
    "OUTSIDE_MUNICIPALITY",
  ],
  ["municipality, nationwide", actor("ORGANISATION", { organisationId: 8 }), nationwide, municipality, "OUTSIDE_MUNICIPALITY"],
  ["key person", actor("KEY_PERSON", { keyPersonId: 3 }), service, null, "ROLE_NOT_ALLOWED"],
] as const)("%s edits a service: %s", (_name, who, target, own, expected) => {
  const verdict = canEditService(who, target, own);
  expect(verdict.ok ? true : verdict.reason).toBe(expected);
});

test.each([
  ["key person supporting a case", actor("KEY_PERSON", { keyPersonId: 3 }), true, true],
  ["key person without one", actor("KEY_PERSON", { keyPersonId: 3 }), false, false],
  ["own organisation", actor("ORGANISATION", { organisationId: 7 }), false, true],
  ["other organisation", actor("ORGANISATION", { organisationId: 8 }), false, false],
  ["regional coordinator", actor("REGIONAL_COORDINATOR"), false, true],
] as const)("%s sees contact points: %s", (_name, who, supports, expected) => {
  expect(canSeeContacts(who, 7, supports)).toBe(expected);
});

test("stale after 180 days like a profile, and when never assured", () => {
  const now = new Date("2031-07-01T12:00:00Z");
  expect(isServiceStale(null, now)).toBe(true);
  expect(isServiceStale("2031-06-01", now)).toBe(false);
  expect(isServiceStale("2030-12-01", now)).toBe(true);
});

test.each([
  ["0800-2000", true],
  ["0900-0101", true],
  ["+31 20 555 1234", true],
  ["12", false],
  ["bel ons", false],
])("phone %s → %s", (value, expected) => {
  expect(isServicePhone(value)).toBe(expected);
});

test("postal codes are written 1234 AB", () => {
  expect(normalPostalCode("1012jm")).toBe("1012 JM");
  expect(normalPostalCode("1012  JM")).toBe("1012 JM");
});
