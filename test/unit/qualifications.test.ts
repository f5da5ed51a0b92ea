import { firstFailedRule, type CandidateFacts, type HardRule, type RequestFacts } from "../../server/src/domain/matching";
import {
  addMonths,
  missingQualifications,
  qualificationDay,
  reminderDue,
  validOn,
  validUntilOf,
  type QualificationFact,
} from "../../server/src/domain/qualifications";

const request: RequestFacts = {
  languageCodes: ["tir"],
  expertiseCodes: ["SGBV", "HOUSING"],
  preferredGender: null,
  newcomerOrigin: null,
  backgroundPreference: "NO_PREFERENCE",
  hoursPerWeek: 2,
  remoteAcceptable: false,
  startsOn: "2026-03-02",
  qualificationNeeded: ["SGBV"],
};

const candidate: CandidateFacts = {
  id: 1,
  status: "ACTIVE",
  stale: false,
  unavailablePeriods: [],
  languages: [{ code: "tir", level: "NATIVE" }],
  expertiseCodes: ["SGBV", "HOUSING", "FGM"],
  gender: "FEMALE",
  origins: [],
  distanceKm: 5,
  maxTravelKm: 25,
  remoteAvailable: false,
  weeklyCapacityHours: 8,
  committedHoursElsewhere: 0,
  wellbeing: "GREEN",
  supervision: "CURRENT",
  declinedThisRequest: false,
  supportsThisCase: false,
};

const sgbv = (change: Partial<QualificationFact> = {}): QualificationFact => ({
  status: "VERIFIED",
  obtainedOn: "2025-01-15",
  validUntil: "2028-01-15",
  coversExpertise: ["SGBV", "HONOUR_VIOLENCE"],
  ...change,
});

describe("hard rule QUALIFICATION", () => {
  test.each<[string, Partial<RequestFacts>, QualificationFact[] | undefined, HardRule | null]>([
    ["a verified qualification covering the expertise", {}, [sgbv()], null],
    ["no qualification at all", {}, [], "QUALIFICATION"],
    ["no qualification facts passed", {}, undefined, "QUALIFICATION"],
    ["self-declared does not count", {}, [sgbv({ status: "SELF_DECLARED" })], "QUALIFICATION"],
    ["rejected does not count", {}, [sgbv({ status: "REJECTED" })], "QUALIFICATION"],
    ["verified but covering other expertise", {}, [sgbv({ coversExpertise: ["FGM"] })], "QUALIFICATION"],
    ["valid until the start date itself (inclusive)", {}, [sgbv({ validUntil: "2026-03-02" })], null],
    ["expired the day before the start", {}, [sgbv({ validUntil: "2026-03-01" })], "QUALIFICATION"],
    ["valid today but expired by a later start", { startsOn: "2026-09-01" }, [sgbv({ validUntil: "2026-06-30" })], "QUALIFICATION"],
    ["does not expire", {}, [sgbv({ validUntil: null })], null],
    ["obtained after the start", {}, [sgbv({ obtainedOn: "2026-03-03" })], "QUALIFICATION"],
    ["checked on qualificationOn when given (start passed)", { qualificationOn: "2026-05-01" }, [sgbv({ validUntil: "2026-04-30" })], "QUALIFICATION"],
    ["an expired one beside a valid one", {}, [sgbv({ validUntil: "2025-12-31" }), sgbv({ obtainedOn: "2026-01-10", validUntil: "2029-01-10" })], null],
    ["two needed, one covered", { expertiseCodes: ["SGBV", "FGM"], qualificationNeeded: ["SGBV", "FGM"] }, [sgbv()], "QUALIFICATION"],
    [
      "two needed, two types cover them",
      { expertiseCodes: ["SGBV", "FGM"], qualificationNeeded: ["SGBV", "FGM"] },
      [sgbv(), sgbv({ coversExpertise: ["FGM"] })],
      null,
    ],
    ["nothing needs a qualification", { qualificationNeeded: [] }, [], null],
    ["qualificationNeeded absent (older callers)", { qualificationNeeded: undefined }, [], null],
  ])("%s → %s", (_label, requestChange, qualifications, rule) => {
    expect(firstFailedRule({ ...request, ...requestChange }, { ...candidate, qualifications })).toBe(rule);
  });

  test("EXPERTISE is checked first: lacking the expertise itself is not a qualification problem", () => {
    expect(firstFailedRule(request, { ...candidate, expertiseCodes: ["HOUSING"], qualifications: [] })).toBe("EXPERTISE");
  });

  test("rules after it still apply to a qualified candidate", () => {
    expect(firstFailedRule(request, { ...candidate, qualifications: [sgbv()], distanceKm: 40 })).toBe("REACH");
  });
});

describe("validity", () => {
  test.each<[string, number, string]>([
    ["2025-01-15", 36, "2028-01-15"],
    ["2025-01-31", 1, "2025-02-28"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2025-11-30", 3, "2026-02-28"],
    ["2025-12-01", 12, "2026-12-01"],
    ["2025-06-10", 0, "2025-06-10"],
  ])("%s + %s months = %s", (day, months, expected) => {
    expect(addMonths(day, months)).toBe(expected);
  });

  test("no validity months: no expiry", () => {
    expect(validUntilOf("2025-01-15", null)).toBeNull();
    expect(validUntilOf("2025-01-15", 24)).toBe("2027-01-15");
  });

  test.each<[string, Partial<QualificationFact>, string, boolean]>([
    ["on the day obtained", {}, "2025-01-15", true],
    ["the day before obtained", {}, "2025-01-14", false],
    ["on the last valid day", {}, "2028-01-15", true],
    ["the day after", {}, "2028-01-16", false],
    ["self-declared", { status: "SELF_DECLARED" }, "2026-01-01", false],
  ])("validOn: %s", (_label, change, day, expected) => {
    expect(validOn(sgbv(change), day)).toBe(expected);
  });

  test("missingQualifications names the uncovered codes", () => {
    expect(missingQualifications(["SGBV", "FGM", "HONOUR_VIOLENCE"], [sgbv()], "2026-01-01")).toEqual(["FGM"]);
  });

  test.each<[string, string, string]>([
    ["start in the future", "2026-05-01", "2026-05-01"],
    ["start today", "2026-03-02", "2026-03-02"],
    ["start passed: today", "2026-01-01", "2026-03-02"],
  ])("qualificationDay: %s", (_label, startsOn, expected) => {
    expect(qualificationDay(startsOn, "2026-03-02")).toBe(expected);
  });
});

describe("expiry reminders", () => {
  test.each<[string, string | null, string, 60 | 14 | null]>([
    ["does not expire", null, "2026-01-01", null],
    ["61 days left", "2026-03-03", "2026-01-01", null],
    ["60 days left", "2026-03-02", "2026-01-01", 60],
    ["15 days left", "2026-01-16", "2026-01-01", 60],
    ["14 days left", "2026-01-15", "2026-01-01", 14],
    ["the last valid day", "2026-01-01", "2026-01-01", 14],
    ["expired", "2025-12-31", "2026-01-01", null],
    ["across a leap day: 60 days", "2024-03-31", "2024-01-31", 60],
  ])("%s → %s", (_label, validUntil, today, expected) => {
    expect(reminderDue(validUntil, today)).toBe(expected);
  });
});
