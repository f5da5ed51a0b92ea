// The reports page's choices (admin/src/reports/selection.ts): the period's first day, a
// change of period kind, the input and the files' query string.
import { fileQuery, initialSelection, periodStart, reportInput, withPeriod, yearChoices, type Selection } from "../../admin/src/reports/selection";

const base: Selection = { period: "QUARTER", year: 2025, index: 2, provinceCode: null, municipalityCodes: [], funder: null };

describe("the reports page's selection", () => {
  test.each([
    ["MONTH", 2025, 3, "2025-03-01"],
    ["MONTH", 2025, 12, "2025-12-01"],
    ["QUARTER", 2025, 1, "2025-01-01"],
    ["QUARTER", 2025, 4, "2025-10-01"],
    ["YEAR", 2024, 3, "2024-01-01"],
  ] as const)("%s %i #%i starts on %s", (period, year, index, start) => {
    expect(periodStart({ period, year, index })).toBe(start);
  });

  test("opens on the quarter of today", () => {
    expect(initialSelection("2025-08-15")).toMatchObject({ period: "QUARTER", year: 2025, index: 3 });
  });

  test("a month becomes its quarter, a quarter its first month", () => {
    expect(withPeriod({ ...base, period: "MONTH", index: 8 }, "QUARTER").index).toBe(3);
    expect(withPeriod({ ...base, index: 3 }, "MONTH").index).toBe(7);
    expect(withPeriod(base, "YEAR")).toMatchObject({ period: "YEAR", year: 2025 });
  });

  test("years from 2020 to this year, newest first", () => {
    expect(yearChoices("2022-05-01")).toEqual([2022, 2021, 2020]);
  });

  test("municipalities win over a province; the files' query carries the same input and the language", () => {
    const input = reportInput({ ...base, provinceCode: "PV27", municipalityCodes: ["GM0363", "GM0344"], funder: "ORGANISATION:4" });
    expect(input).toEqual({ period: "QUARTER", start: "2025-04-01", municipalityCodes: ["GM0363", "GM0344"], provinceCode: null, funder: "ORGANISATION:4" });
    expect(fileQuery(input, "en")).toBe("period=QUARTER&start=2025-04-01&municipalityCodes=GM0363%2CGM0344&funder=ORGANISATION%3A4&lang=en");
    expect(fileQuery(reportInput({ ...base, provinceCode: "PV27" }), "nl")).toBe("period=QUARTER&start=2025-04-01&provinceCode=PV27&lang=nl");
  });
});
