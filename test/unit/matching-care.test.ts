// Care in the ranking (issue 17): the AMBER penalty, the AMBER limit and the memory of the load term.
import {
  AMBER_LIMIT_DAYS,
  AMBER_PENALTY,
  AMBER_PROPOSALS_PER_WEEK,
  CAPACITY_MARGIN,
  CARE_OFF,
  CARE_RULES,
  DECLARING_FACTOR_MAX,
  DECLARING_MIN_AGREED_HOURS,
  HARD_RULES,
  NEAR_CAPACITY_PENALTY,
  LOAD_WEIGHT,
  RECENT_LOAD_SHARE,
  amberLimitReached,
  declaringFactor,
  expectedUtilisation,
  expectedOverCapacity,
  firstFailedRule,
  loadForScore,
  nearCapacityPenalty,
  rankCandidates,
  scoreBound,
  scoreCandidate,
  type CandidateFacts,
  type HardRule,
  type RequestFacts,
  type WellbeingStatus,
} from "../../server/src/domain/matching";
import { explanationShownTo, scorePartsShownTo } from "../../server/src/domain/matching-security";
import { RECENT_LOAD_WEEKS, recentWeeklyHours } from "../../server/src/domain/workload";
import type { Actor } from "../../server/src/domain/access";

const names = { language: (code: string) => code };

const request: RequestFacts = {
  languageCodes: ["tir"],
  expertiseCodes: [],
  preferredGender: null,
  newcomerOrigin: null,
  backgroundPreference: "NO_PREFERENCE",
  hoursPerWeek: 2,
  remoteAcceptable: false,
  startsOn: "2025-06-02",
};

const base: CandidateFacts = {
  id: 1,
  status: "ACTIVE",
  stale: false,
  unavailablePeriods: [],
  languages: [{ code: "tir", level: "NATIVE" }],
  expertiseCodes: [],
  gender: null,
  origins: [],
  distanceKm: 10,
  maxTravelKm: 40,
  remoteAvailable: false,
  weeklyCapacityHours: 8,
  committedHoursElsewhere: 0,
  wellbeing: "GREEN",
  supervision: "CURRENT",
  declinedThisRequest: false,
  supportsThisCase: false,
};
const kp = (change: Partial<CandidateFacts> = {}): CandidateFacts => ({ ...base, ...change });

describe("the constants are as documented (docs/domain.md, Matching)", () => {
  test("penalty, limit, memory", () => {
    expect(AMBER_PENALTY).toBe(0.15);
    expect(AMBER_PROPOSALS_PER_WEEK).toBe(1);
    expect(AMBER_LIMIT_DAYS).toBe(7);
    expect(RECENT_LOAD_WEEKS).toBe(8);
    expect(RECENT_LOAD_SHARE).toBe(0.5);
  });
  test("AMBER_LIMIT is a hard rule after SUPERVISION, before BACKGROUND", () => {
    expect(HARD_RULES.indexOf("AMBER_LIMIT")).toBe(HARD_RULES.indexOf("SUPERVISION") + 1);
    expect(HARD_RULES.indexOf("BACKGROUND")).toBe(HARD_RULES.indexOf("AMBER_LIMIT") + 1);
  });
});

describe("the AMBER limit: at most one new proposal a week", () => {
  test.each<[string, Partial<CandidateFacts>, HardRule | null]>([
    ["GREEN with many proposals", { wellbeing: "GREEN", recentProposals: 5 }, null],
    ["UNKNOWN with proposals", { wellbeing: "UNKNOWN", recentProposals: 3 }, null],
    ["AMBER, none this week", { wellbeing: "AMBER", recentProposals: 0 }, null],
    ["AMBER, facts absent (0)", { wellbeing: "AMBER" }, null],
    ["AMBER, one this week", { wellbeing: "AMBER", recentProposals: 1 }, "AMBER_LIMIT"],
    ["AMBER, three this week", { wellbeing: "AMBER", recentProposals: 3 }, "AMBER_LIMIT"],
    ["AMBER, one this week, but supports this case (nothing new)", { wellbeing: "AMBER", recentProposals: 1, supportsThisCase: true }, null],
    ["AMBER, one this week, this request's proposal waits", { wellbeing: "AMBER", recentProposals: 1, proposedForThisCase: true }, null],
    ["RED is stopped by WELLBEING first", { wellbeing: "RED", recentProposals: 1 }, "WELLBEING"],
    ["AMBER and supervision overdue: SUPERVISION first", { wellbeing: "AMBER", supervision: "OVERDUE", recentProposals: 1 }, "SUPERVISION"],
    ["AMBER at the limit who declined: AMBER_LIMIT first", { wellbeing: "AMBER", recentProposals: 1, declinedThisRequest: true }, "AMBER_LIMIT"],
  ])("%s", (_name, change, expected) => {
    expect(firstFailedRule(request, kp(change))).toBe(expected);
    if (expected === null || expected === "AMBER_LIMIT") expect(amberLimitReached(kp(change))).toBe(expected === "AMBER_LIMIT");
  });

  test("counted in unmet demand like every hard rule", () => {
    const ranking = rankCandidates(request, [kp({ id: 1, wellbeing: "AMBER", recentProposals: 1 }), kp({ id: 2, wellbeing: "RED" })], names, 10);
    expect(ranking.eligible).toBe(0);
    expect(ranking.excludedBy.AMBER_LIMIT).toBe(1);
    expect(ranking.excludedBy.WELLBEING).toBe(1);
  });
});

describe("the AMBER penalty", () => {
  test.each<[WellbeingStatus, number]>([
    ["GREEN", 0],
    ["UNKNOWN", 0],
    ["AMBER", -AMBER_PENALTY],
  ])("%s: care part %d", (wellbeing, care) => {
    const green = scoreCandidate(request, kp(), names);
    const scored = scoreCandidate(request, kp({ wellbeing }), names);
    expect(scored.breakdown.care).toBeCloseTo(care, 3);
    expect(scored.score).toBeCloseTo(green.score + care, 3);
    const sum = Object.values(scored.breakdown).reduce((a, b) => a + b, 0);
    expect(Math.abs(sum - scored.score)).toBeLessThanOrEqual(0.003);
    expect(scored.explanation.some((e) => e.code === "MATCH_CARE")).toBe(wellbeing === "AMBER");
  });

  test("an equally suited GREEN key person ranks first; a much nearer AMBER one still ranks above a far GREEN one", () => {
    const amber = kp({ id: 1, wellbeing: "AMBER" });
    const green = kp({ id: 2 });
    expect(rankCandidates(request, [amber, green], names, 10).ranked.map((c) => c.id)).toEqual([2, 1]);
    const nearAmber = kp({ id: 1, wellbeing: "AMBER", distanceKm: 1 });
    const farGreen = kp({ id: 2, distanceKm: 39 });
    expect(rankCandidates(request, [nearAmber, farGreen], names, 10).ranked.map((c) => c.id)).toEqual([1, 2]);
  });

  test("never below 0", () => {
    const poor = kp({ wellbeing: "AMBER", distanceKm: 40, maxTravelKm: 40, committedHoursElsewhere: 6, languages: [{ code: "tir", level: "BASIC" }] });
    const r = { ...request, preferredGender: "MALE" as const, newcomerOrigin: "ER", backgroundPreference: "SAME" as const, hoursPerWeek: 2 };
    expect(scoreCandidate(r, poor, names).score).toBeGreaterThanOrEqual(0);
  });

  test("continuity still wins: the AMBER key person who supports the case scores 1", () => {
    expect(scoreCandidate(request, kp({ wellbeing: "AMBER", supportsThisCase: true }), names).score).toBe(1);
  });

  test("the score bound stays an upper bound", () => {
    const amber = kp({ wellbeing: "AMBER" });
    expect(scoreCandidate(request, amber, names).score).toBeLessThanOrEqual(scoreBound(request, amber)!);
  });

  test("an organisation sees neither the care part nor the reason; a coordinator sees both", () => {
    const ranked = rankCandidates(request, [kp({ wellbeing: "AMBER" })], names, 1).ranked[0];
    const organisation = { role: "ORGANISATION", userId: 1, organisationId: 1 } as unknown as Actor;
    const coordinator = { role: "NATIONAL_COORDINATOR", userId: 2 } as unknown as Actor;
    expect(scorePartsShownTo(organisation, ranked, 10).care).toBeNull();
    expect(scorePartsShownTo(coordinator, ranked, 10).care).toBeCloseTo(-AMBER_PENALTY, 3);
    const seen = explanationShownTo(organisation, ranked.explanation, ranked.reasons);
    expect(seen.explanation.map((e) => e.code)).not.toContain("MATCH_CARE");
    expect(seen.reasons).toHaveLength(seen.explanation.length);
    expect(explanationShownTo(coordinator, ranked.explanation, ranked.reasons).explanation.map((e) => e.code)).toContain("MATCH_CARE");
  });
});

describe("the load term remembers the last eight weeks", () => {
  test.each<[string, Partial<CandidateFacts>, number]>([
    // capacity 8, request 2 h: after = (committed + 2) / 8
    ["nothing now, nothing recently: as before issue 17", {}, 2 / 8],
    ["nothing now, 8 h a week recently (full)", { recentWeeklyHours: 8 }, 2 / 8 + 0.5],
    ["nothing now, 4 h a week recently", { recentWeeklyHours: 4 }, 2 / 8 + 0.5 * 0.5],
    ["4 h now, nothing recently", { committedHoursElsewhere: 4 }, 6 / 8],
    ["4 h now and 8 recently: capped at full", { committedHoursElsewhere: 4, recentWeeklyHours: 8 }, 1],
    ["recent hours above capacity count as full capacity", { recentWeeklyHours: 20 }, 2 / 8 + 0.5],
    ["capacity 0 with recent hours: full", { weeklyCapacityHours: 0, committedHoursElsewhere: 0, recentWeeklyHours: 1 }, 1],
  ])("%s", (_name, change, expected) => {
    expect(loadForScore(kp(change), request.hoursPerWeek)).toBeCloseTo(expected, 6);
  });

  test("of two key persons free now, the one who worked the last weeks ranks lower, and the load part says why", () => {
    const rested = kp({ id: 2 });
    const worked = kp({ id: 1, recentWeeklyHours: recentWeeklyHours(48) });
    const ranking = rankCandidates(request, [worked, rested], names, 10).ranked;
    expect(ranking.map((c) => c.id)).toEqual([2, 1]);
    expect(ranking[0].breakdown.load - ranking[1].breakdown.load).toBeCloseTo(LOAD_WEIGHT * RECENT_LOAD_SHARE * (6 / 8), 3);
  });

  test("recentWeeklyHours spreads the hours over eight weeks, never negative", () => {
    expect(recentWeeklyHours(16)).toBe(2);
    expect(recentWeeklyHours(-3)).toBe(0);
  });
});

describe("a soft margin below capacity, counting who declares more than agreed", () => {
  test("the constants are as documented", () => {
    expect([DECLARING_FACTOR_MAX, DECLARING_MIN_AGREED_HOURS, CAPACITY_MARGIN, NEAR_CAPACITY_PENALTY]).toEqual([2, 8, 0.8, 0.15]);
  });

  test.each<[string, CandidateFacts["recentCaseHours"], number]>([
    ["no history", undefined, 1],
    ["declares as agreed", { declared: 16, agreed: 16 }, 1],
    ["declares less than agreed: no room earned", { declared: 10, agreed: 16 }, 1],
    ["declares 1.5 × agreed", { declared: 24, agreed: 16 }, 1.5],
    ["declares 3 × agreed: capped", { declared: 48, agreed: 16 }, DECLARING_FACTOR_MAX],
    ["too little agreed to tell", { declared: 12, agreed: DECLARING_MIN_AGREED_HOURS - 1 }, 1],
    ["just enough agreed", { declared: 12, agreed: DECLARING_MIN_AGREED_HOURS }, 1.5],
    ["nothing agreed, hours declared", { declared: 12, agreed: 0 }, 1],
  ])("declaringFactor: %s", (_name, recentCaseHours, expected) => {
    expect(declaringFactor({ recentCaseHours })).toBeCloseTo(expected, 9);
    expect(declaringFactor({ recentCaseHours }, CARE_OFF)).toBe(1);
  });

  test.each<[string, Partial<CandidateFacts>, number]>([
    // capacity 8, request 2 h
    ["nothing committed", {}, 2 / 8],
    ["4 h committed", { committedHoursElsewhere: 4 }, 6 / 8],
    ["4 h committed, declares 1.5 ×", { committedHoursElsewhere: 4, recentCaseHours: { declared: 24, agreed: 16 } }, 9 / 8],
    ["capacity 0: full", { weeklyCapacityHours: 0 }, 1],
  ])("expectedUtilisation: %s", (_name, change, expected) => {
    expect(expectedUtilisation(kp(change), request.hoursPerWeek)).toBeCloseTo(expected, 9);
  });

  test.each<[number, number]>([
    [0, 0],
    [0.5, 0],
    [0.8, 0],
    [0.9, NEAR_CAPACITY_PENALTY / 2],
    [1, NEAR_CAPACITY_PENALTY],
    [1.4, NEAR_CAPACITY_PENALTY],
  ])("nearCapacityPenalty(%d) = %d", (expected, penalty) => {
    expect(nearCapacityPenalty(expected)).toBeCloseTo(penalty, 9);
    expect(nearCapacityPenalty(expected, CARE_OFF)).toBe(0);
  });

  test.each<[string, Partial<CandidateFacts>, number, boolean]>([
    // capacity 8, request 2 h: [facts, care part, near-capacity code shown]
    ["room to spare", { committedHoursElsewhere: 2 }, 0, false],
    ["at the margin (6.4 of 8)", { committedHoursElsewhere: 4.4 }, 0, false],
    ["filled to capacity", { committedHoursElsewhere: 6 }, -NEAR_CAPACITY_PENALTY, true],
    ["half-way between margin and capacity", { committedHoursElsewhere: 5.2 }, -NEAR_CAPACITY_PENALTY / 2, true],
    ["4 h, declares 1.5 ×: 9 of 8 expected", { committedHoursElsewhere: 4, recentCaseHours: { declared: 24, agreed: 16 } }, -NEAR_CAPACITY_PENALTY, true],
    ["AMBER and filled to capacity: both", { committedHoursElsewhere: 6, wellbeing: "AMBER" }, -(NEAR_CAPACITY_PENALTY + AMBER_PENALTY), true],
  ])("score: %s", (_name, change, care, shown) => {
    const scored = scoreCandidate(request, kp(change), names);
    expect(scored.breakdown.care).toBeCloseTo(care, 3);
    expect(scored.explanation.some((e) => e.code === "MATCH_NEAR_CAPACITY")).toBe(shown);
    const sum = Object.values(scored.breakdown).reduce((a, b) => a + b, 0);
    expect(Math.abs(sum - scored.score)).toBeLessThanOrEqual(0.003);
    expect(scored.score).toBeLessThanOrEqual(scoreBound(request, kp(change))!);
  });

  test("of two equally near, the one who would be filled to the brim ranks below one with room; alone, they still rank", () => {
    const full = kp({ id: 1, committedHoursElsewhere: 6 });
    const room = kp({ id: 2, committedHoursElsewhere: 3, distanceKm: 20 });
    expect(rankCandidates(request, [full, room], names, 10).ranked.map((c) => c.id)).toEqual([2, 1]);
    expect(rankCandidates(request, [full], names, 10).ranked.map((c) => c.id)).toEqual([1]);
  });

  test("an organisation sees neither the near-capacity part nor its reason; the parts it sees still add up", () => {
    const ranked = rankCandidates(request, [kp({ committedHoursElsewhere: 6 })], names, 1).ranked[0];
    const organisation = { role: "ORGANISATION", userId: 1, organisationId: 1 } as unknown as Actor;
    const seen = explanationShownTo(organisation, ranked.explanation, ranked.reasons);
    expect(seen.explanation.map((e) => e.code)).not.toContain("MATCH_NEAR_CAPACITY");
    expect(seen.reasons.some((r) => r.includes("capacity"))).toBe(false);
    const parts = scorePartsShownTo(organisation, ranked, 10);
    expect(parts.care).toBeNull();
  });

  test("CARE_OFF ranks as before issue 17: no care part, the load part of the committed hours only", () => {
    const off = { ...request, care: CARE_OFF };
    const facts = kp({
      wellbeing: "AMBER",
      committedHoursElsewhere: 6,
      recentWeeklyHours: 8,
      recentProposals: 3,
      recentCaseHours: { declared: 48, agreed: 16 },
    });
    const scored = scoreCandidate(off, facts, names);
    expect(scored.breakdown.care).toBe(0);
    expect(scored.breakdown.load).toBeCloseTo(LOAD_WEIGHT * 0, 3);
    expect(loadForScore(facts, 1, CARE_OFF)).toBeCloseTo(7 / 8, 9);
    expect(firstFailedRule(off, facts)).toBeNull();
    // with the care rules: 8 h × 2 expected of 8 first, then (declaring as agreed) the AMBER limit
    expect(firstFailedRule({ ...request, care: CARE_RULES }, facts)).toBe("EXPECTED_CAPACITY");
    expect(firstFailedRule({ ...request, care: CARE_RULES }, { ...facts, recentCaseHours: undefined })).toBe("AMBER_LIMIT");
  });
});

describe("hard rule EXPECTED_CAPACITY: the capacity rule on the hours a key person is expected to work", () => {
  test("it comes right after CAPACITY", () => {
    expect(HARD_RULES.indexOf("EXPECTED_CAPACITY")).toBe(HARD_RULES.indexOf("CAPACITY") + 1);
  });

  test.each<[string, Partial<CandidateFacts>, boolean]>([
    // capacity 8, request 2 h
    ["declares as agreed, filled to capacity", { committedHoursElsewhere: 6, recentCaseHours: { declared: 16, agreed: 16 } }, false],
    ["no history, filled to capacity", { committedHoursElsewhere: 6 }, false],
    ["declares 1.5 ×, 4 h elsewhere: 9 of 8", { committedHoursElsewhere: 4, recentCaseHours: { declared: 24, agreed: 16 } }, true],
    ["declares 1.5 ×, 3 h elsewhere: 7.5 of 8", { committedHoursElsewhere: 3, recentCaseHours: { declared: 24, agreed: 16 } }, false],
    ["declares 2 ×, 2 h elsewhere: exactly 8 of 8", { committedHoursElsewhere: 2, recentCaseHours: { declared: 32, agreed: 16 } }, false],
    ["too little history to tell", { committedHoursElsewhere: 4, recentCaseHours: { declared: 12, agreed: DECLARING_MIN_AGREED_HOURS - 1 } }, false],
    ["holds this request: keeps it", { committedHoursElsewhere: 4, recentCaseHours: { declared: 24, agreed: 16 }, supportsThisCase: true }, false],
    ["its proposal waits: keeps it", { committedHoursElsewhere: 4, recentCaseHours: { declared: 24, agreed: 16 }, proposedForThisCase: true }, false],
  ])("%s", (_name, change, excluded) => {
    const facts = kp(change);
    expect(expectedOverCapacity(facts, request.hoursPerWeek)).toBe(excluded);
    expect(firstFailedRule(request, facts)).toBe(excluded ? "EXPECTED_CAPACITY" : null);
    expect(expectedOverCapacity(facts, request.hoursPerWeek, CARE_OFF)).toBe(false);
    expect(firstFailedRule({ ...request, care: CARE_OFF }, facts)).toBeNull();
  });

  test("counted in excludedBy: the one who declares more ranks nowhere, the other is proposed", () => {
    const over = kp({ id: 1, committedHoursElsewhere: 4, recentCaseHours: { declared: 24, agreed: 16 } });
    const farther = kp({ id: 2, committedHoursElsewhere: 4, distanceKm: 20 });
    const ranking = rankCandidates(request, [over, farther], names, 10);
    expect(ranking.ranked.map((c) => c.id)).toEqual([2]);
    expect(ranking.excludedBy.EXPECTED_CAPACITY).toBe(1);
  });
});
