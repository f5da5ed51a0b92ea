// Moments (createdAt, sentAt, a check-in) are shown in the Netherlands' time, whatever zone
// the browser is in, in one style: "7 dec 2026" and "7 dec 2026 14:05" in Dutch. Calendar
// days (YYYY-MM-DD: hours, claims, periods) have no time and no zone; they are formatted
// as the day they name (compensation/fields.tsx, matchRequests/common.tsx).

/** Where the service and its users are. */
export const TIME_ZONE = "Europe/Amsterdam";

/** The one style for a moment: a medium date, and a short time when asked. */
export const momentOptions = (withTime: boolean): Intl.DateTimeFormatOptions =>
  withTime ? { dateStyle: "medium", timeStyle: "short", timeZone: TIME_ZONE } : { dateStyle: "medium", timeZone: TIME_ZONE };

/** A moment (ISO timestamp or Date) in the UI's locale, in Amsterdam time; "–" when there is none. */
export function formatMoment(value: string | Date | null | undefined, locale: string, withTime = true): string {
  if (!value) return "–";
  return new Date(value).toLocaleString(locale, momentOptions(withTime));
}

// Calendar days are typed in one style, dd-mm-jjjj, whatever the browser's locale: a
// native date input follows the browser (Chromium in English shows mm/dd/yyyy).

/** A calendar day (YYYY-MM-DD) as typed in the console: "07-12-2026"; "" when there is none. */
export function dayToText(iso: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? "");
  return match ? `${match[3]}-${match[2]}-${match[1]}` : "";
}

/**
 * A typed day as YYYY-MM-DD: "7-12-2026", "07-12-2026", "7/12/2026" and "7.12.2026" (day
 * first), or "2026-12-07" as pasted from elsewhere. "" for empty text; null when the text
 * is not a day that exists (31-02-2026, 12/31/2026, a two-digit year).
 */
export function textToDay(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === "") return "";
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(trimmed);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : dutch ? [dutch[3], dutch[2], dutch[1]] : [];
  if (!year) return null;
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
