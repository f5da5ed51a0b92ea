// What a key person may declare (server/src/domain/declarations.ts), table-style.
import {
  activeOn,
  declarationWindow,
  inDeclarationWindow,
  inSteps,
  latestRequestStart,
  MAX_OWN_ACTIVITY_HOURS,
  validCents,
  validHours,
  validKm,
  type AssignmentDates,
} from "../../server/src/domain/declarations";

const now = new Date("2026-06-16T10:00:00Z");

test("the window runs from 1 January two years back to today", () => {
  expect(declarationWindow(now)).toEqual({ earliest: "2024-01-01", latest: "2026-06-16" });
});

test.each([
  ["1900-01-01", false],
  ["2023-12-31", false],
  ["2024-01-01", true],
  ["2026-06-16", true],
  ["2026-06-17", false],
  ["9999-12-31", false],
])("inDeclarationWindow(%s) → %s", (date, expected) => {
  expect(inDeclarationWindow(date, now)).toBe(expected);
});

test("a request starts at most 365 days ahead", () => {
  expect(latestRequestStart(now)).toBe("2027-06-16");
});

test.each([
  [1, true],
  [0.25, true],
  [7.75, true],
  [24, true],
  [0, false],
  [-1, false],
  [1e-9, false],
  [1e-10, false],
  [6.874041522122959e-79, false], // found by the fuzz test: within the tolerance of zero quarters
  [0.1, false],
  [1.1, false],
  [24.25, false],
  [Number.NaN, false],
  [Number.POSITIVE_INFINITY, false],
])("validHours(%s) → %s", (hours, expected) => {
  expect(validHours(hours, 24)).toBe(expected);
});

test.each([
  [0.1, true],
  [12.5, true],
  [18.4, true],
  [2000, true],
  [0, false],
  [0.001, false],
  [0.05, false],
  [12.34, false],
  [2000.1, false],
  [-5, false],
])("validKm(%s) → %s", (km, expected) => {
  expect(validKm(km, 2000)).toBe(expected);
});

test.each([
  [1, true],
  [500_000, true],
  [0, false],
  [-1, false],
  [1.5, false],
  [500_001, false],
])("validCents(%s) → %s", (cents, expected) => {
  expect(validCents(cents, 500_000)).toBe(expected);
});

test("inSteps survives floating-point error: 0.1 + 0.2 is three tenths", () => {
  expect(inSteps(0.1 + 0.2, 0.1)).toBe(true);
  expect(inSteps(7.25 + 16.75, 0.25)).toBe(true);
});

const active: AssignmentDates = { status: "ACTIVE", acceptedOn: "2026-03-03", endedOn: null };
const completed: AssignmentDates = { status: "COMPLETED", acceptedOn: "2026-03-03", endedOn: "2026-05-01" };
const cancelled: AssignmentDates = { status: "CANCELLED", acceptedOn: "2026-03-03", endedOn: "2026-04-01" };
test.each([
  ["active, on the day it was accepted", active, "2026-03-03", true],
  ["active, later", active, "2026-06-16", true],
  ["active, before acceptance", active, "2026-03-02", false],
  ["completed, on its last day", completed, "2026-05-01", true],
  ["completed, after its end", completed, "2026-05-02", false],
  ["cancelled after acceptance, while it ran", cancelled, "2026-03-20", true],
  ["cancelled, after", cancelled, "2026-04-02", false],
  ["a proposal", { status: "PROPOSED", acceptedOn: null, endedOn: null }, "2026-03-03", false],
  ["declined", { status: "DECLINED", acceptedOn: "2026-03-03", endedOn: null }, "2026-03-03", false],
  ["expired", { status: "EXPIRED", acceptedOn: null, endedOn: "2026-03-06" }, "2026-03-04", false],
] as [string, AssignmentDates, string, boolean][])("activeOn: %s", (_label, assignment, date, expected) => {
  expect(activeOn(date, assignment)).toBe(expected);
});

// A handover (issue 18): the old assignment is released on the handover day (day 0) and stays
// declarable through day 14; the new one is active from its acceptance on the same day.
const handedOver: AssignmentDates = { status: "COMPLETED", acceptedOn: "2026-03-03", endedOn: "2026-06-01", overlapUntil: "2026-06-15" };
const takingOver: AssignmentDates = { status: "ACTIVE", acceptedOn: "2026-06-01", endedOn: null };
test.each([
  ["old, the handover day (day 0)", handedOver, "2026-06-01", true],
  ["old, day 1 of the overlap", handedOver, "2026-06-02", true],
  ["old, day 14: the last of the overlap", handedOver, "2026-06-15", true],
  ["old, day 15: after the overlap", handedOver, "2026-06-16", false],
  ["old, before it began", handedOver, "2026-03-02", false],
  ["new, day 0", takingOver, "2026-06-01", true],
  ["new, day 14", takingOver, "2026-06-15", true],
  ["new, day 15", takingOver, "2026-06-16", true],
  ["new, before the handover", takingOver, "2026-05-31", false],
  ["no overlap recorded: the end is the end", { ...handedOver, overlapUntil: null }, "2026-06-02", false],
  ["a cancelled one with an overlap, day 14", { ...handedOver, status: "CANCELLED" }, "2026-06-15", true],
  ["a declined one never, overlap or not", { ...handedOver, status: "DECLINED" }, "2026-06-02", false],
] as [string, AssignmentDates, string, boolean][])("activeOn with a handover overlap: %s", (_label, assignment, date, expected) => {
  expect(activeOn(date, assignment)).toBe(expected);
});

// An own activity (issue 16) is at most a long training day, in the same quarters as other hours.
test.each([
  [0.25, true],
  [7.5, true],
  [10, true],
  [10.25, false],
  [24, false],
  [0, false],
  [1.1, false],
])("an own activity of %s hours is valid: %s", (hours, expected) => {
  expect(validHours(hours, MAX_OWN_ACTIVITY_HOURS)).toBe(expected);
});
