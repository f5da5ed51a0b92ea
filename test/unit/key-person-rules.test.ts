import { profileProblems, type ProfileInput } from "../../server/src/domain/key-person-rules";

const known = { languages: new Set(["tir", "apc", "nld"]), expertise: new Set(["SGBV", "FGM"]) };
const valid: ProfileInput = {
  displayName: "Selam T.",
  email: "selam@example.org",
  phone: "+31 6 12345678",
  birthYear: 1990,
  languages: [
    { code: "tir", level: "NATIVE" },
    { code: "nld", level: "FLUENT" },
  ],
  expertiseCodes: ["SGBV"],
  homeLocation: { lat: 52.37, lon: 4.89 },
  maxTravelKm: 25,
  weeklyCapacityHours: 8,
  origins: ["ER"],
};
const fieldsOf = (change: Partial<ProfileInput>) => profileProblems({ ...valid, ...change }, known, 2026).map((p) => p.field);

test("a valid profile has no problems", () => {
  expect(profileProblems(valid, known, 2026)).toEqual([]);
});

test.each<[string, Partial<ProfileInput>, string]>([
  ["empty name", { displayName: "   " }, "displayName"],
  ["name too long", { displayName: "x".repeat(121) }, "displayName"],
  ["bad e-mail", { email: "selam@" }, "email"],
  ["bad phone", { phone: "call me" }, "phone"],
  ["birth year in the future", { birthYear: 2030 }, "birthYear"],
  ["no languages", { languages: [] }, "languages"],
  ["unknown language", { languages: [{ code: "xxx", level: "NATIVE" }] }, "languages"],
  [
    "language twice",
    {
      languages: [
        { code: "tir", level: "NATIVE" },
        { code: "tir", level: "BASIC" },
      ],
    },
    "languages",
  ],
  ["unknown expertise", { expertiseCodes: ["COOKING"] }, "expertiseCodes"],
  ["bad origin", { origins: ["Eritrea"] }, "origins"],
  ["capacity 0", { weeklyCapacityHours: 0 }, "weeklyCapacityHours"],
  ["capacity negative", { weeklyCapacityHours: -5 }, "weeklyCapacityHours"],
  ["capacity absurd", { weeklyCapacityHours: 61 }, "weeklyCapacityHours"],
  ["capacity NaN", { weeklyCapacityHours: Number.NaN }, "weeklyCapacityHours"],
  ["travel negative", { maxTravelKm: -1 }, "maxTravelKm"],
  ["latitude out of range", { homeLocation: { lat: 200, lon: 5 } }, "homeLocation"],
])("%s is refused on its field", (_label, change, field) => {
  expect(fieldsOf(change)).toContain(field);
});

test.each<[string, Partial<ProfileInput>]>([
  ["capacity at the minimum", { weeklyCapacityHours: 0.5 }],
  ["capacity at the maximum", { weeklyCapacityHours: 60 }],
  ["no phone", { phone: null }],
  ["no expertise", { expertiseCodes: [] }],
  ["no origins", { origins: null }],
])("%s is fine", (_label, change) => {
  expect(fieldsOf(change)).toEqual([]);
});
