// The research extract (issue 20): the anonymisation rules, pure. One row per match request
// of a period; the service (server/src/research/) reads the facts, these rules turn them into
// published values, and docs/research-extract.md explains them to researchers.
//
// k-anonymity with k = 5, over every published column but the key person's pseudonym: a row
// is published with its municipality when at least five distinct people (key persons; for an
// unmatched request, requests) share exactly its published values there; else with its
// province alone, when five distinct people share them among the rows not already published
// by municipality; else it is left out. Not differential privacy: see the docs for the limits.

/** The least number of distinct people an equivalence class must hold. */
export const RESEARCH_K = 5;
/** The purpose a coordinator states for an extract, stored in the audit log. */
export const RESEARCH_PURPOSE_MAX = 500;
/** The longest period of one extract, in days (first and last day inclusive). */
export const RESEARCH_PERIOD_MAX_DAYS = 366;

const DAY_MS = 86_400_000;

/** The ISO 8601 week of a calendar day (YYYY-MM-DD), as "2026-W03": the week's year may differ from the day's. */
export function isoWeek(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = date.getUTCDay() || 7; // Monday 1 … Sunday 7
  // The Thursday of this week decides the year.
  const thursday = new Date(date.getTime() + (4 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** A count of people or events: 1 to 4 is suppressed (null, a blank cell); 0 and 5 or more are published. */
export function suppressCount(count: number): number | null {
  return count > 0 && count < RESEARCH_K ? null : count;
}

/** Bands: the lower bound of each band and its label, ascending. */
export type Bands = readonly (readonly [number, string])[];

/** The label of the band `value` falls in (the last band whose lower bound it reaches); null stays null. */
export function band(value: number | null, bands: Bands): string | null {
  if (value === null) return null;
  let label = bands[0][1];
  for (const [from, name] of bands) if (value >= from) label = name;
  return label;
}

/** Days from request to the first acceptance. */
export const DAYS_TO_ACCEPTANCE_BANDS: Bands = [
  [0, "0-1"],
  [2, "2-6"],
  [7, "7-13"],
  [14, "14+"],
];
/** Hours declared on the request (not rejected). */
export const HOURS_BANDS: Bands = [
  [0, "0"],
  [Number.MIN_VALUE, "<10"],
  [10, "10-39"],
  [40, "40-99"],
  [100, "100+"],
];
/** Weeks from the first acceptance to the end of the support (or the day of the extract). */
export const DURATION_WEEKS_BANDS: Bands = [
  [0, "0-3"],
  [4, "4-12"],
  [13, "13-25"],
  [26, "26+"],
];
/** Whole years the key person had been registered when the request was made. */
export const EXPERIENCE_YEARS_BANDS: Bands = [
  [0, "0"],
  [1, "1-2"],
  [3, "3+"],
];
export const LANGUAGE_COUNT_BANDS: Bands = [
  [0, "0-1"],
  [2, "2"],
  [3, "3+"],
];
/** Verified qualifications. */
export const QUALIFICATION_BANDS: Bands = [
  [0, "0"],
  [1, "1-2"],
  [3, "3+"],
];
/** Weekly capacity in hours. */
export const CAPACITY_BANDS: Bands = [
  [0, "0-7"],
  [8, "8-15"],
  [16, "16+"],
];

/** Whole days between two moments (the later minus the earlier), never below 0. */
export const wholeDays = (from: Date, to: Date): number => Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY_MS));

/** What happened to the support after the newcomer moved, for a matched request. */
export type AfterMove = "SAME_KEY_PERSON" | "HANDED_OVER" | "WITHOUT_SUPPORT";

/**
 * A matched request whose newcomer moved after the first acceptance: handed over when a
 * handover was recorded, the same key person when every such move kept them, else without support.
 */
export function afterMove(facts: { matched: boolean; movesAfterMatch: number; movesThatLostTheKeyPerson: number; handovers: number }): AfterMove | null {
  if (!facts.matched || facts.movesAfterMatch === 0) return null;
  if (facts.handovers > 0) return "HANDED_OVER";
  if (facts.movesThatLostTheKeyPerson === 0) return "SAME_KEY_PERSON";
  return "WITHOUT_SUPPORT";
}

/** One check-in, read for its level only: the answers never leave the service. */
export interface CheckInAnswers {
  strain: number;
  emotionalImpact: number;
  support: number;
  contactRequested: boolean;
}

/**
 * The level one check-in stands for, by the thresholds of domain/oversight.ts (passed in, so
 * they stay in one place): RED asked for contact, or top strain with little support; AMBER
 * high strain or little support; else GREEN.
 */
export function checkInLevel(answers: CheckInAnswers, thresholds: { strainAmber: number; strainRed: number; supportLow: number }): "GREEN" | "AMBER" | "RED" {
  const heaviest = Math.max(answers.strain, answers.emotionalImpact);
  if (answers.contactRequested || (heaviest >= thresholds.strainRed && answers.support <= thresholds.supportLow)) return "RED";
  if (heaviest >= thresholds.strainAmber || answers.support <= thresholds.supportLow) return "AMBER";
  return "GREEN";
}

/** One row before its place is decided. */
export interface ExtractSubject {
  /** Who the row is about: a key person ("kp:12") or, unmatched, the request ("request:7"). */
  person: string;
  municipalityCode: string;
  provinceCode: string;
  /** Every other published value except the pseudonym, in column order (null = blank). */
  values: readonly (string | number | null)[];
}

export type PlaceLevel = "MUNICIPALITY" | "PROVINCE" | "SUPPRESSED";

export interface Placement {
  level: PlaceLevel;
  /** The distinct people of the row's equivalence class at that level (empty when suppressed). */
  people: ReadonlySet<string>;
}

const keyOf = (place: string, values: ExtractSubject["values"]) => JSON.stringify([place, ...values]);

function classes(rows: readonly ExtractSubject[], indices: readonly number[], place: (row: ExtractSubject) => string): Map<string, Set<string>> {
  const people = new Map<string, Set<string>>();
  for (const i of indices) {
    const key = keyOf(place(rows[i]), rows[i].values);
    let set = people.get(key);
    if (!set) people.set(key, (set = new Set()));
    set.add(rows[i].person);
  }
  return people;
}

/**
 * The generalisation ladder municipality → province → suppressed. A row keeps its
 * municipality when its class there (same municipality, same values) holds at least k
 * distinct people. The other rows are grouped by province among themselves (the rows kept by
 * municipality are known for what they are, so they cannot hide anyone at province level);
 * a class of at least k people is published with its province, a smaller one is left out.
 */
export function placeRows(rows: readonly ExtractSubject[], k = RESEARCH_K): Placement[] {
  const all = rows.map((_, i) => i);
  const byMunicipality = classes(rows, all, (row) => row.municipalityCode);
  const placements: Placement[] = new Array(rows.length);
  const rest: number[] = [];
  for (const i of all) {
    const people = byMunicipality.get(keyOf(rows[i].municipalityCode, rows[i].values))!;
    if (people.size >= k) placements[i] = { level: "MUNICIPALITY", people };
    else rest.push(i);
  }
  const byProvince = classes(rows, rest, (row) => row.provinceCode);
  for (const i of rest) {
    const people = byProvince.get(keyOf(rows[i].provinceCode, rows[i].values))!;
    placements[i] = people.size >= k ? { level: "PROVINCE", people } : { level: "SUPPRESSED", people: new Set() };
  }
  return placements;
}

/**
 * Which key persons keep their pseudonym. Rows sharing a pseudonym can be read together: the
 * people who could be behind it are those in every one of its rows' classes. When fewer than
 * k remain, the pseudonym is blanked on all its rows (each row then stands alone, in a class of
 * at least k). Suppressed rows do not count (they are not published).
 */
export function pseudonymKept(rows: readonly ExtractSubject[], placements: readonly Placement[], k = RESEARCH_K): Set<string> {
  const candidates = new Map<string, Set<string>>();
  rows.forEach((row, i) => {
    const placement = placements[i];
    if (placement.level === "SUPPRESSED" || !row.person.startsWith("kp:")) return;
    const soFar = candidates.get(row.person);
    candidates.set(row.person, soFar ? new Set([...soFar].filter((p) => placement.people.has(p))) : new Set(placement.people));
  });
  return new Set([...candidates].filter(([, people]) => people.size >= k).map(([person]) => person));
}

export interface PeriodProblem {
  field: "start" | "end" | "purpose";
  reason: "VALUE_REQUIRED" | "NOT_A_DATE" | "PERIOD_INVALID" | "TEXT_TOO_LONG" | "TEXT_CONTAINS_NUL";
  params: Record<string, string | number>;
}

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

/** What is wrong with a request for an extract: the first problem, or null. */
export function extractInputProblem(input: { start?: string | null; end?: string | null; purpose?: string | null }): PeriodProblem | null {
  for (const field of ["start", "end"] as const) {
    const value = input[field];
    if (!value) return { field, reason: "VALUE_REQUIRED", params: {} };
    if (!isDay(value)) return { field, reason: "NOT_A_DATE", params: { value: value.slice(0, 40) } };
  }
  const days = (Date.parse(`${input.end}T00:00:00Z`) - Date.parse(`${input.start}T00:00:00Z`)) / DAY_MS + 1;
  if (days < 1 || days > RESEARCH_PERIOD_MAX_DAYS) return { field: "end", reason: "PERIOD_INVALID", params: {} };
  const purpose = (input.purpose ?? "").trim();
  if (!purpose) return { field: "purpose", reason: "VALUE_REQUIRED", params: {} };
  if (purpose.includes("\u0000")) return { field: "purpose", reason: "TEXT_CONTAINS_NUL", params: {} };
  if ([...purpose].length > RESEARCH_PURPOSE_MAX) return { field: "purpose", reason: "TEXT_TOO_LONG", params: { max: RESEARCH_PURPOSE_MAX } };
  return null;
}
