// The ProQOL 5 self-check (issue 17): items unchanged, scoring per the Concise ProQOL Manual
// and the form's self-score instructions, and a HIGH secondary-traumatic-stress score sets AMBER.
import { wellbeingStatus, type WellbeingFacts } from "../../server/src/domain/oversight";
import {
  PROQOL_CREDIT,
  PROQOL_HIGH_MIN,
  PROQOL_ITEMS,
  PROQOL_ITEM_COUNT,
  PROQOL_LOW_MAX,
  PROQOL_REVERSED,
  PROQOL_SCALE_ITEMS,
  PROQOL_VALID_DAYS,
  invalidProqolAnswers,
  proqolDue,
  proqolLevel,
  scoreProqol,
  scoredAnswer,
} from "../../server/src/domain/proqol";

const all = (value: number) => new Array<number>(30).fill(value);
/** Answers with `value` on the items of one scale and `rest` elsewhere. */
const on = (items: readonly number[], value: number, rest = 3) => all(rest).map((v, i) => (items.includes(i + 1) ? value : v));

describe("the form", () => {
  test("30 items, the scales partition them, five reversed items all on burnout", () => {
    expect(PROQOL_ITEMS).toHaveLength(PROQOL_ITEM_COUNT);
    const items = Object.values(PROQOL_SCALE_ITEMS)
      .flat()
      .sort((a, b) => a - b);
    expect(items).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(PROQOL_REVERSED).toEqual([1, 4, 15, 17, 29]);
    for (const item of PROQOL_REVERSED) expect(PROQOL_SCALE_ITEMS.BURNOUT).toContain(item);
  });
  test("a few items word for word, and the credit names the owner and the terms", () => {
    expect(PROQOL_ITEMS[0]).toBe("I am happy.");
    expect(PROQOL_ITEMS[1]).toBe("I am preoccupied with more than one person I help.");
    expect(PROQOL_ITEMS[29]).toBe("I am happy that I chose to do this work.");
    expect(PROQOL_CREDIT).toContain("B. Hudnall Stamm");
    expect(PROQOL_CREDIT).toContain("not sold");
  });
});

describe("scoring per the manual", () => {
  test.each<[string, number[], { compassionSatisfaction: number; burnout: number; secondaryTraumaticStress: number }]>([
    // all 3: reversal keeps 3, so every sum is 30
    ["all sometimes", all(3), { compassionSatisfaction: 30, burnout: 30, secondaryTraumaticStress: 30 }],
    // all 1: CS 10, STS 10; burnout 5 plain items × 1 + 5 reversed × 5 = 30
    ["all never", all(1), { compassionSatisfaction: 10, burnout: 30, secondaryTraumaticStress: 10 }],
    // all 5: burnout 5 × 5 + 5 reversed × 1 = 30
    ["all very often", all(5), { compassionSatisfaction: 50, burnout: 30, secondaryTraumaticStress: 50 }],
    // the worst burnout: plain items 5, reversed items 1
    [
      "burnout at its highest",
      all(3).map((_, i) => (PROQOL_SCALE_ITEMS.BURNOUT.includes(i + 1) ? (PROQOL_REVERSED.includes(i + 1) ? 1 : 5) : 3)),
      { compassionSatisfaction: 30, burnout: 50, secondaryTraumaticStress: 30 },
    ],
    [
      "secondary traumatic stress often",
      on(PROQOL_SCALE_ITEMS.SECONDARY_TRAUMATIC_STRESS, 4),
      { compassionSatisfaction: 30, burnout: 30, secondaryTraumaticStress: 40 },
    ],
    [
      "secondary traumatic stress high",
      on(PROQOL_SCALE_ITEMS.SECONDARY_TRAUMATIC_STRESS, 5, 2),
      { compassionSatisfaction: 20, burnout: 30, secondaryTraumaticStress: 50 },
    ],
  ])("%s", (_name, answers, expected) => {
    expect(scoreProqol(answers)).toEqual(expected);
  });

  test.each([
    [1, 1, 5],
    [1, 2, 4],
    [1, 3, 3],
    [1, 5, 1],
    [29, 4, 2],
    [2, 1, 1],
    [3, 5, 5],
  ])("item %i answered %i counts %i", (item, answer, counted) => {
    expect(scoredAnswer(item, answer)).toBe(counted);
  });

  test.each([
    [10, "LOW"],
    [22, "LOW"],
    [23, "MODERATE"],
    [41, "MODERATE"],
    [42, "HIGH"],
    [50, "HIGH"],
  ])("a sum of %i is %s", (sum, level) => {
    expect(proqolLevel(sum)).toBe(level);
  });

  test("cut scores as on the form", () => {
    expect(PROQOL_LOW_MAX).toBe(22);
    expect(PROQOL_HIGH_MIN).toBe(42);
  });

  test.each<[string, number[], number[]]>([
    ["valid", all(2), []],
    ["zero", [0, ...all(2).slice(1)], [1]],
    ["six and a half", [...all(2).slice(0, 29), 6.5], [30]],
  ])("invalid answers: %s", (_name, answers, wrong) => {
    expect(invalidProqolAnswers(answers)).toEqual(wrong);
  });

  test("refuses what it cannot score", () => {
    expect(() => scoreProqol(all(3).slice(1))).toThrow(RangeError);
    expect(() => scoreProqol([...all(3).slice(1), 9])).toThrow(RangeError);
  });

  test("quarterly: due when never taken or 91 days on", () => {
    const now = new Date("2025-06-01T12:00:00Z");
    expect(proqolDue(null, now)).toBe(true);
    expect(proqolDue(new Date("2025-05-01T12:00:00Z"), now)).toBe(false);
    expect(proqolDue(new Date("2025-03-02T12:00:00Z"), now)).toBe(true);
  });
});

describe("a high secondary-traumatic-stress score sets AMBER", () => {
  const now = new Date("2025-06-01T12:00:00Z");
  const base: WellbeingFacts = {
    lastCheckIn: { at: new Date("2025-05-25T12:00:00Z"), strain: 2, emotionalImpact: 2, support: 4, contactRequested: false },
    clearedAt: null,
    weeklyHours: [2, 2, 2, 2],
    weeklyCapacityHours: 8,
    activeSgbvCases: 0,
    sgbvCasesSince: null,
    supervision: "CURRENT",
  };
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
  test.each<[string, WellbeingFacts["lastProqol"], string]>([
    ["no self-check", null, "GREEN"],
    ["STS 41 (moderate)", { at: daysAgo(3), secondaryTraumaticStress: 41 }, "GREEN"],
    ["STS 42 (high)", { at: daysAgo(3), secondaryTraumaticStress: 42 }, "AMBER"],
    ["STS 50, at the edge of validity", { at: daysAgo(PROQOL_VALID_DAYS), secondaryTraumaticStress: 50 }, "AMBER"],
    ["STS 50, too old to count", { at: daysAgo(PROQOL_VALID_DAYS + 1), secondaryTraumaticStress: 50 }, "GREEN"],
  ])("%s → %s", (_name, lastProqol, expected) => {
    const { status, reasons } = wellbeingStatus({ ...base, lastProqol }, now);
    expect(status).toBe(expected);
    expect(reasons.some((r) => r.code === "HIGH_SECONDARY_TRAUMA")).toBe(expected === "AMBER");
  });
});
