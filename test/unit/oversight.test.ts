import { statusValidUntil, supervisionStatus, wellbeingStatus, type CheckIn, type WellbeingFacts } from "../../server/src/domain/oversight";

const now = new Date("2026-11-28T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

test.each([
  ["never", null, "NEVER"],
  ["today", daysAgo(0), "CURRENT"],
  ["exactly 8 weeks", daysAgo(56), "CURRENT"],
  ["8 weeks and a day", daysAgo(57), "DUE_SOON"],
  ["exactly 12 weeks", daysAgo(84), "DUE_SOON"],
  ["12 weeks and a day", daysAgo(85), "OVERDUE"],
])("supervisionStatus: %s → %s", (_label, last, expected) => {
  expect(supervisionStatus(last, now)).toBe(expected);
});

const calm: CheckIn = { at: daysAgo(3), strain: 2, emotionalImpact: 2, support: 4, contactRequested: false };
const base: WellbeingFacts = {
  lastCheckIn: calm,
  clearedAt: null,
  weeklyHours: [4, 4, 4, 4],
  weeklyCapacityHours: 8,
  activeSgbvCases: 0,
  sgbvCasesSince: null,
  supervision: "CURRENT",
};
const status = (change: Partial<WellbeingFacts>) => wellbeingStatus({ ...base, ...change }, now);

test.each<[string, Partial<WellbeingFacts>, string, string | null]>([
  ["recent calm check-in", {}, "GREEN", null],
  ["never checked in, nothing else", { lastCheckIn: null }, "UNKNOWN", null],
  ["contact requested", { lastCheckIn: { ...calm, contactRequested: true } }, "RED", "CONTACT_REQUESTED"],
  ["contact requested, cleared afterwards", { lastCheckIn: { ...calm, contactRequested: true }, clearedAt: daysAgo(1) }, "AMBER", "CONTACT_REQUESTED"],
  ["contact requested after the clearance", { lastCheckIn: { ...calm, contactRequested: true }, clearedAt: daysAgo(5) }, "RED", "CONTACT_REQUESTED"],
  ["strain 4", { lastCheckIn: { ...calm, strain: 4 } }, "AMBER", "HIGH_STRAIN"],
  ["impact 5 with support 3", { lastCheckIn: { ...calm, emotionalImpact: 5, support: 3 } }, "AMBER", "HIGH_STRAIN"],
  ["strain 5 with support 2", { lastCheckIn: { ...calm, strain: 5, support: 2 } }, "RED", "HIGH_STRAIN"],
  ["support 2, strain low", { lastCheckIn: { ...calm, support: 2 } }, "AMBER", "LOW_SUPPORT"],
  ["check-in 45 days ago", { lastCheckIn: { ...calm, at: daysAgo(45) } }, "GREEN", null],
  ["check-in 46 days ago", { lastCheckIn: { ...calm, at: daysAgo(46) } }, "AMBER", "CHECK_IN_MISSING"],
  ["over capacity 1 week", { weeklyHours: [9, 4, 4, 4] }, "GREEN", null],
  ["over capacity 2 weeks", { weeklyHours: [9, 9, 4, 4] }, "AMBER", "OVER_CAPACITY"],
  ["over capacity 3 weeks", { weeklyHours: [9, 9, 9, 4] }, "RED", "OVER_CAPACITY"],
  ["exactly at capacity 4 weeks", { weeklyHours: [8, 8, 8, 8] }, "GREEN", null],
  ["over capacity, but not the latest week", { weeklyHours: [4, 9, 9, 9] }, "GREEN", null],
  ["2 SGBV cases", { activeSgbvCases: 2 }, "GREEN", null],
  ["3 SGBV cases", { activeSgbvCases: 3 }, "AMBER", "MANY_SGBV_CASES"],
  ["5 SGBV cases", { activeSgbvCases: 5, sgbvCasesSince: daysAgo(2) }, "RED", "MANY_SGBV_CASES"],
  ["5 SGBV cases, cleared after the last began", { activeSgbvCases: 5, sgbvCasesSince: daysAgo(2), clearedAt: daysAgo(1) }, "AMBER", "MANY_SGBV_CASES"],
  ["supervision overdue", { supervision: "OVERDUE" }, "AMBER", "SUPERVISION_OVERDUE"],
  ["supervision due soon", { supervision: "DUE_SOON" }, "GREEN", null],
])("wellbeingStatus: %s → %s", (_label, change, expected, code) => {
  const result = status(change);
  expect(result.status).toBe(expected);
  if (code) expect(result.reasons.map((r) => r.code)).toContain(code);
  else expect(result.reasons).toEqual([]);
});

// The stored statuses (oversight_status) are recomputed from statusValidUntil on: until
// then time alone must not change what wellbeingStatus says; at that moment it may.
const hoursLater = (hours: number) => new Date(now.getTime() + hours * 3_600_000);
const withoutSince = (facts: WellbeingFacts, at: Date) => wellbeingStatus(facts, at).reasons.map(({ level, code, message }) => ({ level, code, message }));
test.each<[string, Partial<WellbeingFacts>, Date]>([
  ["nothing but the date: the next UTC midnight", { lastCheckIn: null }, new Date("2026-11-29T00:00:00Z")],
  [
    "a check-in at 09:00: its next whole day, before midnight",
    { lastCheckIn: { ...calm, at: new Date("2026-11-20T09:00:00Z") } },
    new Date("2026-11-29T00:00:00Z"),
  ],
  [
    "a check-in at 15:00: its next whole day, 15:00 today",
    { lastCheckIn: { ...calm, at: new Date("2026-11-20T15:00:00Z") } },
    new Date("2026-11-28T15:00:00Z"),
  ],
  [
    "a ProQOL answer at 13:30",
    { lastCheckIn: null, lastProqol: { at: new Date("2026-11-01T13:30:00Z"), secondaryTraumaticStress: 45 } },
    new Date("2026-11-28T13:30:00Z"),
  ],
  [
    "3 weeks over capacity, cleared 21 days ago minus 2 hours: the clearance lapses in 2 hours",
    { lastCheckIn: null, weeklyHours: [9, 9, 9, 4], clearedAt: new Date(now.getTime() - 21 * 86_400_000 + 2 * 3_600_000) },
    new Date(now.getTime() + 2 * 3_600_000 + 1),
  ],
])("statusValidUntil: %s", (_label, change, expected) => {
  const facts = { ...base, ...change };
  const until = statusValidUntil(facts, now);
  expect(until).toEqual(expected);
  // Just before it, everything is as at `now`.
  expect(withoutSince(facts, new Date(until.getTime() - 1))).toEqual(withoutSince(facts, now));
});

test.each<[string, Partial<WellbeingFacts>, number]>([
  ["a check-in turns 46 days old at its time of day", { lastCheckIn: { ...calm, at: new Date(hoursLater(3).getTime() - 46 * 86_400_000) } }, 3],
  [
    "a clearance stops covering an over-capacity streak",
    { lastCheckIn: null, weeklyHours: [9, 9, 9, 9], clearedAt: new Date(hoursLater(5).getTime() - 28 * 86_400_000) },
    5,
  ],
])("statusValidUntil catches a change within the day: %s", (_label, change, hours) => {
  const facts = { ...base, ...change };
  const until = statusValidUntil(facts, now);
  expect(until.getTime()).toBeLessThanOrEqual(hoursLater(hours).getTime() + 1);
  expect(wellbeingStatus(facts, new Date(until.getTime() + 1)).status).not.toBe(wellbeingStatus(facts, now).status);
});
