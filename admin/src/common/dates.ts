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

const WALL_CLOCK = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** The wall clock in Amsterdam at a moment: date YYYY-MM-DD, time HH:mm, ISO weekday (1 = Monday … 7 = Sunday). */
export function amsterdamWallClock(value: string | Date | number): { date: string; time: string; weekday: number } {
  const parts = Object.fromEntries(WALL_CLOCK.formatToParts(new Date(value)).map((part) => [part.type, part.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const weekday = ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
  return { date, time: `${parts.hour}:${parts.minute}`, weekday };
}

/**
 * Today in the Netherlands (YYYY-MM-DD), whatever zone the browser is in. A request's start
 * and an appointment's date are Dutch days; the server counts days in UTC, which is never
 * later than the Dutch day, so a date chosen from this one is never refused as past.
 */
export const amsterdamToday = (): string => amsterdamWallClock(Date.now()).date;

/** Minutes Amsterdam is ahead of UTC at a moment (60 in winter, 120 in summer). */
function amsterdamOffsetMinutes(ms: number): number {
  const parts = Object.fromEntries(WALL_CLOCK.formatToParts(new Date(ms)).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((asUtc - (ms - (ms % 1000))) / 60_000);
}

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The moment (ISO, UTC) of a wall-clock time in Amsterdam, whatever zone the browser is
 * in: ("2026-12-08", "09:30") → "2026-12-08T08:30:00.000Z". Null for an incomplete or
 * impossible date or time. A time that does not exist (the hour skipped in March) moves
 * forward by the jump, as clocks do.
 */
export function amsterdamToIso(date: string | null | undefined, time: string | null | undefined): string | null {
  if (!date || !time || !DAY_PATTERN.test(date) || !TIME_PATTERN.test(time)) return null;
  const [year, month, day] = date.split("-").map(Number);
  const [hour, minute] = time.split(":").map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(wall).getUTCDate() !== day) return null; // 31 February
  let utc = wall - amsterdamOffsetMinutes(wall) * 60_000;
  const second = amsterdamOffsetMinutes(utc);
  if (wall - second * 60_000 !== utc) utc = wall - second * 60_000;
  return new Date(utc).toISOString();
}

/** Whether a text is a time of day "HH:mm". */
export const isTimeOfDay = (value: string | null | undefined): boolean => !!value && TIME_PATTERN.test(value);

/** A slot as one line in Amsterdam time: "di 8 dec 2026, 09:30–11:00" (the end's date too when it is another day). */
export function formatSlot(startsAt: string | Date, endsAt: string | Date, locale: string): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const day = start.toLocaleDateString(locale, { timeZone: TIME_ZONE, weekday: "short", day: "numeric", month: "short", year: "numeric" });
  const time = (moment: Date) => moment.toLocaleTimeString(locale, { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const sameDay = amsterdamWallClock(start).date === amsterdamWallClock(end).date;
  return sameDay ? `${day}, ${time(start)}–${time(end)}` : `${day}, ${time(start)} – ${formatMoment(end, locale)}`;
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
