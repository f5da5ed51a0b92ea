import type { Actor } from "../../server/src/domain/access";
import {
  affiliationHolds,
  canManageGroupActivity,
  canReadGroupActivity,
  declarableHours,
  hasRoom,
  ownActivityOf,
  periodsOverlap,
  supervisionKindOf,
} from "../../server/src/domain/groups";
import { expandRecurrence } from "../../server/src/groups/recurrence";

const actor = (role: Actor["role"], organisationId: number | null = null): Actor => ({
  userId: 1,
  role,
  keyPersonId: null,
  organisationId,
  municipalityCodes: [],
});

test.each([
  ["INTERVISION", "INTERVISION", "INTERVISION"],
  ["SUPERVISION", "SUPERVISION", "INTERVISION"],
  ["TRAINING", "TRAINING", "TRAINING"],
  ["NETWORK_MEETING", null, "NETWORK_MEETING"],
] as const)("%s attended: supervision session %s, declared as %s", (kind, session, own) => {
  expect(supervisionKindOf(kind)).toBe(session);
  expect(ownActivityOf(kind)).toBe(own);
});

test.each([
  ["2025-01-01", null, "2025-06-16", true],
  ["2025-01-01", "2025-06-16", "2025-06-16", true],
  ["2025-01-01", "2025-06-15", "2025-06-16", false],
  ["2025-06-17", null, "2025-06-16", false],
])("an affiliation from %s to %s holds on %s: %s", (startsOn, endsOn, day, holds) => {
  expect(affiliationHolds({ startsOn, endsOn }, day)).toBe(holds);
});

test.each([
  [{ startsOn: "2025-01-01", endsOn: null }, { startsOn: "2026-01-01", endsOn: null }, true],
  [{ startsOn: "2025-01-01", endsOn: "2025-12-31" }, { startsOn: "2026-01-01", endsOn: null }, false],
  [{ startsOn: "2025-01-01", endsOn: "2025-12-31" }, { startsOn: "2025-12-31", endsOn: "2026-01-31" }, true],
])("periods %o and %o overlap: %s", (a, b, overlap) => {
  expect(periodsOverlap(a, b)).toBe(overlap);
  expect(periodsOverlap(b, a)).toBe(overlap);
});

test.each([
  ["COORDINATOR", null, null, true, true],
  ["COORDINATOR", null, 7, false, true],
  ["REGIONAL_COORDINATOR", null, null, true, true],
  ["REGIONAL_COORDINATOR", null, 7, false, false],
  ["ORGANISATION", 7, 7, true, true],
  ["ORGANISATION", 8, 7, false, false],
  ["ORGANISATION", 7, null, false, false],
  ["KEY_PERSON", null, null, false, false],
] as const)("%s (organisation %s) and an activity of organisation %s: manages %s, reads %s", (role, own, organiser, manages, reads) => {
  expect(canManageGroupActivity(actor(role, own), { organisationId: organiser })).toBe(manages);
  expect(canReadGroupActivity(actor(role, own), { organisationId: organiser })).toBe(reads);
});

test.each([
  [2, 1, true],
  [2, 2, false],
  [1, 0, true],
])("capacity %d with %d attending has room: %s", (capacity, attending, room) => {
  expect(hasRoom(capacity, attending)).toBe(room);
});

test.each([
  ["2025-06-16T12:00:00Z", "2025-06-16T14:00:00Z", 2],
  ["2025-06-16T12:00:00Z", "2025-06-16T13:50:00Z", 1.75],
  ["2025-06-16T08:00:00Z", "2025-06-16T20:00:00Z", 10],
])("from %s to %s declares %d hours", (from, to, hours) => {
  expect(declarableHours(new Date(from), new Date(to))).toBe(hours);
});

describe("recurrence", () => {
  test("weekly at 19:00 Dutch time stays at 19:00 across the end of summer time", () => {
    const starts = expandRecurrence("FREQ=WEEKLY;COUNT=3", new Date("2026-10-13T17:00:00Z"));
    expect(starts.map((d) => d.toISOString())).toEqual(["2026-10-13T17:00:00.000Z", "2026-10-20T17:00:00.000Z", "2026-10-27T18:00:00.000Z"]);
  });
  test("the prefix and lower case are accepted", () => {
    expect(expandRecurrence("rrule:freq=monthly;count=2", new Date("2027-01-13T18:00:00Z"))).toHaveLength(2);
  });
  test.each([
    ["FREQ=WEEKLY", "RECURRENCE_TOO_MANY"],
    ["FREQ=DAILY;COUNT=40", "RECURRENCE_TOO_MANY"],
    ["FREQ=MONTHLY;UNTIL=20300101T000000Z", "RECURRENCE_TOO_MANY"],
    ["FREQ=HOURLY;COUNT=3", "RECURRENCE_INVALID"],
    ["FREQ=WEEKLY;BYDAY=XX;COUNT=3", "RECURRENCE_INVALID"],
    ["DTSTART:20260101T000000Z", "RECURRENCE_INVALID"],
    ["FREQ=WEEKLY;COUNT=3;COUNT=4", "RECURRENCE_INVALID"],
    ["every tuesday", "RECURRENCE_INVALID"],
  ])("%s is refused: %s", (rule, reason) => {
    expect(() => expandRecurrence(rule, new Date("2026-01-06T18:00:00Z"))).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ reason }) }),
    );
  });
});
