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
