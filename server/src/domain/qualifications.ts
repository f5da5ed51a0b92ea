// Qualifications (issue 17): which expertise a key person may be matched for only with a
// verified qualification, when a qualification is valid, and when its holder is reminded
// that it expires. Pure: the service gathers the facts.

/** A qualification as the rules see it. */
export interface QualificationFact {
  status: "SELF_DECLARED" | "VERIFIED" | "REJECTED";
  /** YYYY-MM-DD */
  obtainedOn: string;
  /** YYYY-MM-DD, inclusive; null: it does not expire. */
  validUntil: string | null;
  /** The expertise codes its type covers. */
  coversExpertise: readonly string[];
}

/** Days before a qualification's last valid day on which its holder (and the coordinators) are reminded: once each. */
export const REMINDER_DAYS = [60, 14] as const;
export type ReminderDays = (typeof REMINDER_DAYS)[number];

/** The dashboard lists qualifications that expire within this many days. */
export const EXPIRING_WITHIN_DAYS = 60;

/** The longest issuer name, verification note and type name, in characters. */
export const ISSUER_MAX = 200;
export const VERIFICATION_NOTE_MAX = 1000;
export const TYPE_NAME_MAX = 200;
/** A type's code: capitals, digits and underscores, 2 to 40, starting with a capital (like expertise codes). */
export const TYPE_CODE_PATTERN = /^[A-Z][A-Z0-9_]{1,39}$/;
/** The longest validity a type may have: 10 years. */
export const VALIDITY_MONTHS_MAX = 120;

function parseDay(day: string): { y: number; m: number; d: number } {
  const [y, m, d] = day.split("-").map(Number);
  return { y, m, d };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/**
 * The day `months` calendar months after `day`; the end of a shorter month when the day
 * does not exist there (2025-01-31 + 1 month = 2025-02-28).
 */
export function addMonths(day: string, months: number): string {
  const { y, m, d } = parseDay(day);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** The last valid day of a qualification obtained on `obtainedOn` of a type valid `validityMonths` (null: no expiry). */
export function validUntilOf(obtainedOn: string, validityMonths: number | null): string | null {
  if (validityMonths === null) return null;
  return addMonths(obtainedOn, validityMonths);
}

/** Whether the qualification counts on `day`: VERIFIED, obtained by then and not yet expired (validUntil inclusive). */
export function validOn(qualification: Pick<QualificationFact, "status" | "obtainedOn" | "validUntil">, day: string): boolean {
  if (qualification.status !== "VERIFIED") return false;
  if (qualification.obtainedOn > day) return false;
  return qualification.validUntil === null || day <= qualification.validUntil;
}

/** The expertise codes the key person's qualifications cover on `day`. */
export function qualifiedExpertise(qualifications: readonly QualificationFact[], day: string): Set<string> {
  const covered = new Set<string>();
  for (const q of qualifications) if (validOn(q, day)) for (const code of q.coversExpertise) covered.add(code);
  return covered;
}

/**
 * The required expertise that needs a qualification the key person lacks on `day` (empty:
 * the QUALIFICATION rule is met). `needsQualification` is the request's expertise that
 * the list marks as needing one.
 */
export function missingQualifications(needsQualification: readonly string[], qualifications: readonly QualificationFact[], day: string): string[] {
  if (needsQualification.length === 0) return [];
  const covered = qualifiedExpertise(qualifications, day);
  return needsQualification.filter((code) => !covered.has(code));
}

/** The day on which matching checks qualifications: the request's start, or today when that has passed (a new proposal is made now). */
export function qualificationDay(startsOn: string, today: string): string {
  return startsOn > today ? startsOn : today;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = parseDay(from);
  const b = parseDay(to);
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}

/**
 * The reminder due today for a verified qualification that expires: 60 from 60 to 15 days
 * before its last valid day, 14 from 14 days to the day itself; null before, after it
 * expired, or when it does not expire. Each is sent once (the outbox deduplicates), so a
 * job that did not run for a few days still sends it.
 */
export function reminderDue(validUntil: string | null, today: string): ReminderDays | null {
  if (validUntil === null) return null;
  const left = daysBetween(today, validUntil);
  if (left < 0) return null;
  if (left <= 14) return 14;
  if (left <= 60) return 60;
  return null;
}
