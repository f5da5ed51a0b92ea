import { isStale, STALE_AFTER_DAYS } from "../../server/src/domain/freshness";
import { OWN_ACTIVITY_LOAD_WEEKS, ownActivityWeeklyHours, workload } from "../../server/src/domain/workload";

const now = new Date("2026-11-28T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

test.each([
  ["never confirmed", null, true],
  ["confirmed today", daysAgo(0), false],
  ["exactly 180 days ago", daysAgo(STALE_AFTER_DAYS), false],
  ["180 days and a minute ago", new Date(daysAgo(STALE_AFTER_DAYS).getTime() - 60_000), true],
  ["a year ago", daysAgo(365), true],
])("isStale: %s → %s", (_label, confirmedAt, expected) => {
  expect(isStale(confirmedAt, now)).toBe(expected);
});

test.each([
  [8, 0, 0],
  [8, 4, 0.5],
  [8, 8, 1],
  [6, 4, 0.667],
  [0, 0, 0],
  [0, 2, 1],
])("workload(capacity %s, committed %s).utilisation = %s", (capacity, committed, utilisation) => {
  expect(workload(capacity, committed)).toEqual({ weeklyCapacityHours: capacity, committedHours: committed, utilisation });
});

// Own activities (issue 16): their hours of the last four weeks, spread over those weeks, are load in matching.
test.each([
  [0, 0],
  [2, 0.5],
  [8, 2],
  [10.5, 2.625],
  [-3, 0],
])("ownActivityWeeklyHours(%s hours in the window) = %s a week", (recent, weekly) => {
  expect(OWN_ACTIVITY_LOAD_WEEKS).toBe(4);
  expect(ownActivityWeeklyHours(recent)).toBe(weekly);
});
