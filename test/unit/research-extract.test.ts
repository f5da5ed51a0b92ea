// The research extract's anonymisation rules (server/src/domain/research-extract.ts), table-style.
import {
  CAPACITY_BANDS,
  DAYS_TO_ACCEPTANCE_BANDS,
  HOURS_BANDS,
  RESEARCH_K,
  afterMove,
  band,
  checkInLevel,
  extractInputProblem,
  isoWeek,
  placeRows,
  pseudonymKept,
  suppressCount,
  type ExtractSubject,
} from "../../server/src/domain/research-extract";

test("k is five", () => expect(RESEARCH_K).toBe(5));

test.each([
  ["2026-01-01", "2026-W01"], // a Thursday
  ["2025-12-29", "2026-W01"], // Monday of week 1 of 2026
  ["2025-12-28", "2025-W52"], // the Sunday before
  ["2027-01-01", "2026-W53"], // 2026 has 53 weeks
  ["2027-01-04", "2027-W01"],
  ["2024-03-04", "2024-W10"],
  ["2024-03-10", "2024-W10"],
  ["2024-03-11", "2024-W11"],
  ["2020-12-31", "2020-W53"],
])("isoWeek(%s) = %s", (day, week) => expect(isoWeek(day)).toBe(week));

test.each([
  [0, 0],
  [1, null],
  [4, null],
  [5, 5],
  [12, 12],
])("suppressCount(%i) = %p", (count, published) => expect(suppressCount(count)).toBe(published));

test.each([
  [0, DAYS_TO_ACCEPTANCE_BANDS, "0-1"],
  [1, DAYS_TO_ACCEPTANCE_BANDS, "0-1"],
  [2, DAYS_TO_ACCEPTANCE_BANDS, "2-6"],
  [13, DAYS_TO_ACCEPTANCE_BANDS, "7-13"],
  [40, DAYS_TO_ACCEPTANCE_BANDS, "14+"],
  [0, HOURS_BANDS, "0"],
  [0.5, HOURS_BANDS, "<10"],
  [9.75, HOURS_BANDS, "<10"],
  [10, HOURS_BANDS, "10-39"],
  [100, HOURS_BANDS, "100+"],
  [7.5, CAPACITY_BANDS, "0-7"],
  [8, CAPACITY_BANDS, "8-15"],
  [null, CAPACITY_BANDS, null],
] as const)("band(%p) = %p", (value, bands, label) => expect(band(value, bands)).toBe(label));

test.each([
  [{ matched: false, movesAfterMatch: 1, movesThatLostTheKeyPerson: 1, handovers: 0 }, null],
  [{ matched: true, movesAfterMatch: 0, movesThatLostTheKeyPerson: 0, handovers: 0 }, null],
  [{ matched: true, movesAfterMatch: 2, movesThatLostTheKeyPerson: 0, handovers: 0 }, "SAME_KEY_PERSON"],
  [{ matched: true, movesAfterMatch: 1, movesThatLostTheKeyPerson: 1, handovers: 1 }, "HANDED_OVER"],
  [{ matched: true, movesAfterMatch: 1, movesThatLostTheKeyPerson: 1, handovers: 0 }, "WITHOUT_SUPPORT"],
])("afterMove(%o) = %p", (facts, outcome) => expect(afterMove(facts)).toBe(outcome));

const thresholds = { strainAmber: 4, strainRed: 5, supportLow: 2 };
test.each([
  [{ strain: 2, emotionalImpact: 2, support: 4, contactRequested: false }, "GREEN"],
  [{ strain: 4, emotionalImpact: 2, support: 4, contactRequested: false }, "AMBER"],
  [{ strain: 2, emotionalImpact: 2, support: 2, contactRequested: false }, "AMBER"],
  [{ strain: 5, emotionalImpact: 1, support: 2, contactRequested: false }, "RED"],
  [{ strain: 1, emotionalImpact: 1, support: 5, contactRequested: true }, "RED"],
])("checkInLevel(%o) = %s", (answers, level) => expect(checkInLevel(answers, thresholds)).toBe(level));

test.each([
  [{ start: "2026-01-01", end: "2026-03-31", purpose: "continuity" }, null],
  [
    { start: null, end: "2026-03-31", purpose: "x" },
    { field: "start", reason: "VALUE_REQUIRED", params: {} },
  ],
  [
    { start: "2026-1-1", end: "2026-03-31", purpose: "x" },
    { field: "start", reason: "NOT_A_DATE", params: { value: "2026-1-1" } },
  ],
  [
    { start: "2026-02-30", end: "2026-03-31", purpose: "x" },
    { field: "start", reason: "NOT_A_DATE", params: { value: "2026-02-30" } },
  ],
  [
    { start: "2026-04-01", end: "2026-03-31", purpose: "x" },
    { field: "end", reason: "PERIOD_INVALID", params: {} },
  ],
  [{ start: "2026-01-01", end: "2027-01-01", purpose: "x" }, null], // 366 days
  [
    { start: "2026-01-01", end: "2027-01-02", purpose: "x" },
    { field: "end", reason: "PERIOD_INVALID", params: {} },
  ],
  [
    { start: "2026-01-01", end: "2026-01-01", purpose: "   " },
    { field: "purpose", reason: "VALUE_REQUIRED", params: {} },
  ],
  [
    { start: "2026-01-01", end: "2026-01-01", purpose: "a".repeat(501) },
    { field: "purpose", reason: "TEXT_TOO_LONG", params: { max: 500 } },
  ],
  [{ start: "2026-01-01", end: "2026-01-01", purpose: "a".repeat(500) }, null],
])("extractInputProblem(%o)", (input, problem) => expect(extractInputProblem(input)).toEqual(problem));

describe("the generalisation ladder", () => {
  const row = (person: string, municipalityCode: string, provinceCode: string, ...values: string[]): ExtractSubject => ({
    person,
    municipalityCode,
    provinceCode,
    values,
  });
  // Amsterdam (PV27): five key persons with the same values → by municipality.
  // Haarlem and Zaanstad (PV27): two and three people with the same values → together five: by province.
  // Utrecht (PV26): four → not five in the province either: suppressed.
  // A sixth Amsterdam row with other values: alone in its class, alone in the province → suppressed.
  const rows: ExtractSubject[] = [
    ...[1, 2, 3, 4, 5].map((i) => row(`kp:${i}`, "GM0363", "PV27", "2026-W10", "ara")),
    row("kp:6", "GM0392", "PV27", "2026-W10", "ara"),
    row("kp:7", "GM0392", "PV27", "2026-W10", "ara"),
    row("kp:8", "GM0479", "PV27", "2026-W10", "ara"),
    row("kp:9", "GM0479", "PV27", "2026-W10", "ara"),
    row("kp:10", "GM0479", "PV27", "2026-W10", "ara"),
    ...[11, 12, 13, 14].map((i) => row(`kp:${i}`, "GM0344", "PV26", "2026-W10", "ara")),
    row("kp:1", "GM0363", "PV27", "2026-W11", "tir"),
  ];
  const levels = placeRows(rows).map((p) => p.level);

  test.each([
    [0, "MUNICIPALITY"],
    [4, "MUNICIPALITY"],
    [5, "PROVINCE"],
    [9, "PROVINCE"],
    [10, "SUPPRESSED"],
    [13, "SUPPRESSED"],
    [14, "SUPPRESSED"],
  ])("row %i is published at %s", (index, level) => expect(levels[index]).toBe(level));

  test("one person twice is one person", () => {
    const twice = [...[1, 2, 3, 4].map((i) => row(`kp:${i}`, "GM0363", "PV27", "W")), row("kp:4", "GM0363", "PV27", "W")];
    expect(placeRows(twice).map((p) => p.level)).toEqual(["SUPPRESSED", "SUPPRESSED", "SUPPRESSED", "SUPPRESSED", "SUPPRESSED"]);
  });

  test("rows kept by municipality do not fill a province class", () => {
    // Five in Amsterdam kept there; one in Haarlem with the same values would be alone among the rest.
    const mixed = [...[1, 2, 3, 4, 5].map((i) => row(`kp:${i}`, "GM0363", "PV27", "W")), row("kp:6", "GM0392", "PV27", "W")];
    expect(placeRows(mixed).map((p) => p.level)).toEqual(["MUNICIPALITY", "MUNICIPALITY", "MUNICIPALITY", "MUNICIPALITY", "MUNICIPALITY", "SUPPRESSED"]);
  });

  test("a pseudonym whose rows, read together, point to fewer than five people is blanked", () => {
    // kp:1 appears in two classes: {1..5} and {1, 6, 7, 8, 9}: together only kp:1.
    const two = [
      ...[1, 2, 3, 4, 5].map((i) => row(`kp:${i}`, "GM0363", "PV27", "W10")),
      ...[1, 6, 7, 8, 9].map((i) => row(`kp:${i}`, "GM0363", "PV27", "W11")),
      ...[20, 21, 22, 23, 24].map((i) => row(`request:${i}`, "GM0363", "PV27", "W12")),
    ];
    const kept = pseudonymKept(two, placeRows(two));
    expect([...kept].sort()).toEqual(["kp:2", "kp:3", "kp:4", "kp:5", "kp:6", "kp:7", "kp:8", "kp:9"]);
  });
});
