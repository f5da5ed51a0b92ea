// The calendar arithmetic of the week view, in the browser's local time: a week runs
// Monday to Sunday and is named by its ISO 8601 number. Dates travel as YYYY-MM-DD.
// Pure, so unit-tested (test/unit/console-compensation.test.ts).

const pad = (n: number) => String(n).padStart(2, "0");

/** YYYY-MM-DD of a local date. */
export const toIsoDate = (date: Date): string => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** The local midnight of YYYY-MM-DD. */
export function parseIsoDate(iso: string): Date {
  const [year, month, day] = iso.slice(0, 10).split("-").map(Number);
  return new Date(year, month - 1, day);
}

export function addDays(date: Date, days: number): Date {
  const next = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  next.setDate(next.getDate() + days);
  return next;
}

/** The Monday of the week holding `date`. */
export function mondayOf(date: Date): Date {
  const weekday = (date.getDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(date, -weekday);
}

/** The seven dates (YYYY-MM-DD) of the week starting on `monday`. */
export const weekDates = (monday: Date): string[] => Array.from({ length: 7 }, (_, i) => toIsoDate(addDays(monday, i)));

/** ISO 8601 week number and its year (the year of the week's Thursday). */
export function isoWeek(date: Date): { year: number; week: number } {
  const thursday = addDays(mondayOf(date), 3);
  const firstThursday = addDays(mondayOf(new Date(thursday.getFullYear(), 0, 4)), 3);
  const week = 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return { year: thursday.getFullYear(), week };
}

/** The date of an ISO timestamp as the server counts days (UTC). */
export const utcDateOf = (timestamp: string): string => new Date(timestamp).toISOString().slice(0, 10);

/**
 * The last day hours and claims may be dated: today, as the browser and the server
 * (which counts in UTC) both see it, so the console never offers a day the server
 * would call "in the future".
 */
export function lastDeclarableDay(now: Date = new Date()): string {
  const local = toIsoDate(now);
  const utc = now.toISOString().slice(0, 10);
  return local < utc ? local : utc;
}
