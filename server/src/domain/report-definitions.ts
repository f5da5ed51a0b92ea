// The pure parts of the reports (issue 20): which days a period covers, which tables a
// role may read, and when a count is too small to show. The figures themselves are
// computed in SQL (server/src/reports/figures.ts); docs/reports.md defines each in words.

export type ReportPeriodKind = "MONTH" | "QUARTER" | "YEAR";

/** Every table of the report, in the order the page shows them. */
export const REPORT_TABLES = [
  "REQUESTS_BY_KIND",
  "REQUESTS_BY_LANGUAGE",
  "REQUESTS_BY_EXPERTISE",
  "REQUEST_OUTCOMES",
  "TIME_TO_ACCEPTANCE",
  "UNMET_BY_RULE",
  "CONTINUITY",
  "REFERRALS_BY_STATE",
  "HOURS_BY_ACTIVITY_AND_FUNDER",
  "KEY_PERSONS_FLOW",
  "LEAVING_REASONS",
  "SUPERVISION_COVERAGE",
  "TRAINING_COVERAGE",
  "WELLBEING",
  "FEEDBACK",
] as const;
export type ReportTableCode = (typeof REPORT_TABLES)[number];

/**
 * Tables about the key persons themselves (their flow, why they left, their supervision,
 * training and wellbeing) and the newcomers' feedback (not tied to an organisation):
 * coordinators only. An organisation reads the tables about its own requests and the hours
 * it funds.
 */
const COORDINATOR_ONLY: ReadonlySet<ReportTableCode> = new Set([
  "KEY_PERSONS_FLOW",
  "LEAVING_REASONS",
  "SUPERVISION_COVERAGE",
  "TRAINING_COVERAGE",
  "WELLBEING",
  "FEEDBACK",
]);

export type ReportScopeKind = "NATIONAL" | "REGION" | "ORGANISATION";

export function tablesFor(scope: ReportScopeKind): ReportTableCode[] {
  return REPORT_TABLES.filter((code) => scope !== "ORGANISATION" || !COORDINATOR_ONLY.has(code));
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `start` is the first day of a month, quarter (January, April, July, October) or year. */
export function isPeriodStart(period: ReportPeriodKind, start: string): boolean {
  const match = ISO_DATE.exec(start);
  if (!match) return false;
  const [, , month, day] = match.map(Number);
  if (day !== 1 || month < 1 || month > 12) return false;
  if (period === "MONTH") return true;
  if (period === "QUARTER") return (month - 1) % 3 === 0;
  return month === 1;
}

const MONTHS: Record<ReportPeriodKind, number> = { MONTH: 1, QUARTER: 3, YEAR: 12 };

/** The last day of the period that begins on `start` (inclusive), YYYY-MM-DD. */
export function periodEnd(period: ReportPeriodKind, start: string): string {
  const [year, month] = start.split("-").map(Number);
  // Day 0 of the month after the period is its last day.
  const last = new Date(Date.UTC(year, month - 1 + MONTHS[period], 0));
  return last.toISOString().slice(0, 10);
}

/** The first day after the period: the exclusive bound the statements use. */
export function periodAfter(period: ReportPeriodKind, start: string): string {
  const [year, month] = start.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1 + MONTHS[period], 1)).toISOString().slice(0, 10);
}

/** The months (YYYY-MM) a period covers: feedback is kept per month only. */
export function periodMonths(period: ReportPeriodKind, start: string): string[] {
  const [year, month] = start.split("-").map(Number);
  return Array.from({ length: MONTHS[period] }, (_, i) => new Date(Date.UTC(year, month - 1 + i, 1)).toISOString().slice(0, 7));
}

/** A share in percent with one decimal, or null when there is nothing to share out. */
export function percent(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((part / whole) * 1000) / 10;
}

/**
 * Scores of newcomers' feedback are shown only from `minimum` answers up (domain/voice.ts,
 * FEEDBACK_MIN_ANSWERS): fewer could point at a person. Suppressed: null.
 */
export function suppressBelow(value: number | null, answers: number, minimum: number): number | null {
  return answers >= minimum ? value : null;
}

// ---- why a key person left (issue 20) -------------------------------------------------------

export const LEAVING_NOTE_MAX = 500;

export type LeavingRefusal = "LEAVING_REASON_REQUIRED" | "LEAVING_REASON_NOT_INACTIVE";

/**
 * A key person who becomes INACTIVE says why (MOVED, PAID_WORK, OVERLOAD, PERSONAL, OTHER);
 * a reason belongs only to INACTIVE (one already inactive may have it corrected). Null: fine.
 */
export function leavingRefusal(from: string, to: string, reason: string | null): LeavingRefusal | null {
  if (to !== "INACTIVE") return reason === null ? null : "LEAVING_REASON_NOT_INACTIVE";
  if (from !== "INACTIVE" && reason === null) return "LEAVING_REASON_REQUIRED";
  return null;
}

export interface LeavingColumns {
  leavingReason?: string | null;
  leavingNote?: string | null;
  leftOn?: string | null;
}

/**
 * What a status change writes about leaving: the reason, the note and the day when they
 * become inactive; a corrected reason (and note) when already inactive, the day kept;
 * nothing left once they come back.
 */
export function leavingColumns(from: string, to: string, reason: string | null, note: string | null, today: string): LeavingColumns {
  if (to !== "INACTIVE") return from === "INACTIVE" ? { leavingReason: null, leavingNote: null, leftOn: null } : {};
  if (from === "INACTIVE") return reason === null ? {} : { leavingReason: reason, leavingNote: note };
  return { leavingReason: reason, leavingNote: note, leftOn: today };
}
