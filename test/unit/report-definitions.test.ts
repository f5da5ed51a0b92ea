// The pure parts of the reports (issue 20): periods, tables per scope, shares, suppression,
// and the leaving-reason rule. Table-style.
import {
  isPeriodStart,
  leavingColumns,
  leavingRefusal,
  percent,
  periodAfter,
  periodEnd,
  periodMonths,
  suppressBelow,
  tablesFor,
  type ReportPeriodKind,
} from "../../server/src/domain/report-definitions";

describe("period start", () => {
  test.each<[ReportPeriodKind, string, boolean]>([
    ["MONTH", "2026-03-01", true],
    ["MONTH", "2026-03-02", false],
    ["MONTH", "2026-13-01", false],
    ["MONTH", "2026-3-01", false],
    ["QUARTER", "2026-01-01", true],
    ["QUARTER", "2026-04-01", true],
    ["QUARTER", "2026-10-01", true],
    ["QUARTER", "2026-02-01", false],
    ["QUARTER", "2026-12-01", false],
    ["YEAR", "2026-01-01", true],
    ["YEAR", "2026-07-01", false],
  ])("%s %s → %s", (period, start, expected) => expect(isPeriodStart(period, start)).toBe(expected));
});

describe("period end and the day after", () => {
  test.each<[ReportPeriodKind, string, string, string]>([
    ["MONTH", "2026-02-01", "2026-02-28", "2026-03-01"],
    ["MONTH", "2028-02-01", "2028-02-29", "2028-03-01"],
    ["MONTH", "2026-12-01", "2026-12-31", "2027-01-01"],
    ["QUARTER", "2026-01-01", "2026-03-31", "2026-04-01"],
    ["QUARTER", "2026-10-01", "2026-12-31", "2027-01-01"],
    ["YEAR", "2026-01-01", "2026-12-31", "2027-01-01"],
  ])("%s %s → %s, %s", (period, start, end, after) => {
    expect(periodEnd(period, start)).toBe(end);
    expect(periodAfter(period, start)).toBe(after);
  });

  test("the months of a period", () => {
    expect(periodMonths("MONTH", "2026-03-01")).toEqual(["2026-03"]);
    expect(periodMonths("QUARTER", "2026-10-01")).toEqual(["2026-10", "2026-11", "2026-12"]);
    expect(periodMonths("YEAR", "2026-01-01")).toHaveLength(12);
  });
});

test("an organisation gets no key-person or feedback tables", () => {
  expect(tablesFor("NATIONAL")).toHaveLength(15);
  expect(tablesFor("REGION")).toEqual(tablesFor("NATIONAL"));
  const organisation = tablesFor("ORGANISATION");
  for (const code of ["KEY_PERSONS_FLOW", "LEAVING_REASONS", "SUPERVISION_COVERAGE", "TRAINING_COVERAGE", "WELLBEING", "FEEDBACK"])
    expect(organisation).not.toContain(code);
  expect(organisation).toContain("HOURS_BY_ACTIVITY_AND_FUNDER");
});

test.each<[number, number, number | null]>([
  [1, 3, 33.3],
  [2, 3, 66.7],
  [0, 4, 0],
  [4, 4, 100],
  [1, 0, null],
])("percent(%d, %d) = %s", (part, whole, expected) => expect(percent(part, whole)).toBe(expected));

test.each<[number | null, number, number | null]>([
  [80, 5, 80],
  [80, 4, null],
  [null, 10, null],
  [0, 0, null],
])("suppressBelow(%s, %d answers, 5) = %s", (value, answers, expected) => expect(suppressBelow(value, answers, 5)).toBe(expected));

describe("leaving reason", () => {
  test.each<[string, string, string | null, string | null]>([
    ["ACTIVE", "INACTIVE", null, "LEAVING_REASON_REQUIRED"],
    ["PAUSED", "INACTIVE", null, "LEAVING_REASON_REQUIRED"],
    ["ACTIVE", "INACTIVE", "MOVED", null],
    ["INACTIVE", "INACTIVE", null, null],
    ["INACTIVE", "INACTIVE", "OTHER", null],
    ["ACTIVE", "PAUSED", "OTHER", "LEAVING_REASON_NOT_INACTIVE"],
    ["INACTIVE", "ACTIVE", null, null],
    ["INACTIVE", "ACTIVE", "MOVED", "LEAVING_REASON_NOT_INACTIVE"],
  ])("%s → %s with %s: %s", (from, to, reason, expected) => expect(leavingRefusal(from, to, reason)).toBe(expected));

  test.each<[string, string, string | null, object]>([
    ["ACTIVE", "INACTIVE", "MOVED", { leavingReason: "MOVED", leavingNote: "note", leftOn: "2026-03-31" }],
    ["INACTIVE", "INACTIVE", "OTHER", { leavingReason: "OTHER", leavingNote: "note" }],
    ["INACTIVE", "INACTIVE", null, {}],
    ["INACTIVE", "ACTIVE", null, { leavingReason: null, leavingNote: null, leftOn: null }],
    ["INACTIVE", "PAUSED", null, { leavingReason: null, leavingNote: null, leftOn: null }],
    ["ACTIVE", "PAUSED", null, {}],
  ])("%s → %s with %s writes %j", (from, to, reason, expected) => expect(leavingColumns(from, to, reason, "note", "2026-03-31")).toEqual(expected));
});
