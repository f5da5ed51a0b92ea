import { MAX_AVAILABILITY_WINDOWS, windowsProblem } from "../../../server/src/domain/timeslots";
import { amsterdamToIso, amsterdamWallClock } from "../common/dates";

// The calendar arithmetic of the key person's agenda, in Dutch time (Europe/Amsterdam)
// whatever zone the browser is in: a week runs Monday to Sunday; dates travel as
// YYYY-MM-DD, weekdays as ISO numbers (1 = Monday … 7 = Sunday), like the API's
// availability windows. Pure, so unit-tested (test/unit/console-request-kinds.test.ts).

/** YYYY-MM-DD plus a number of days (calendar days: no time zone involved). */
export function addIsoDays(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The Monday (YYYY-MM-DD) of the week that holds this moment in the Netherlands. */
export function amsterdamMonday(now: Date = new Date()): string {
  const { date, weekday } = amsterdamWallClock(now);
  return addIsoDays(date, 1 - weekday);
}

/** The week's bounds as moments: Monday 00:00 until the next Monday 00:00, Dutch time. */
export function weekRange(monday: string): { from: string; to: string } {
  return { from: amsterdamToIso(monday, "00:00")!, to: amsterdamToIso(addIsoDays(monday, 7), "00:00")! };
}

/** The seven days of the week: date and ISO weekday. */
export const weekDays = (monday: string): { date: string; weekday: number }[] =>
  Array.from({ length: 7 }, (_, i) => ({ date: addIsoDays(monday, i), weekday: i + 1 }));

export interface AgendaBooking {
  assignmentId: string;
  startsAt: string;
  endsAt: string;
}

/** A booking as the day shows it: its times in Dutch time (an end on another day shows as 24:00). */
export interface PlacedBooking<B extends AgendaBooking> {
  booking: B;
  startTime: string;
  endTime: string;
}

/** The bookings of each day of the week (by YYYY-MM-DD), earliest first. */
export function bookingsByDay<B extends AgendaBooking>(monday: string, bookings: readonly B[]): Map<string, PlacedBooking<B>[]> {
  const days = new Map<string, PlacedBooking<B>[]>(weekDays(monday).map(({ date }) => [date, []]));
  for (const booking of [...bookings].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))) {
    const start = amsterdamWallClock(booking.startsAt);
    const end = amsterdamWallClock(booking.endsAt);
    days.get(start.date)?.push({ booking, startTime: start.time, endTime: end.date === start.date ? end.time : "24:00" });
  }
  return days;
}

export interface WindowValue {
  weekday: number;
  startTime: string;
  endTime: string;
}

/** The windows of each weekday (1–7), earliest first. */
export function windowsByWeekday<W extends WindowValue>(windows: readonly W[]): Map<number, W[]> {
  const byDay = new Map<number, W[]>(Array.from({ length: 7 }, (_, i) => [i + 1, []]));
  for (const window of [...windows].sort((a, b) => a.weekday - b.weekday || a.startTime.localeCompare(b.startTime))) byDay.get(window.weekday)?.push(window);
  return byDay;
}

/** Whether a booking lies inside one of the day's windows (no windows at all: always available). */
export function insideWindows(placed: { startTime: string; endTime: string }, dayWindows: readonly WindowValue[], anyWindows: boolean): boolean {
  if (!anyWindows) return true;
  return dayWindows.some((w) => w.startTime <= placed.startTime && placed.endTime <= (w.endTime === "00:00" ? "24:00" : w.endTime));
}

/**
 * The first thing wrong with a set of windows, exactly as the server checks it
 * (domain/timeslots.ts): too many, a weekday out of 1–7, a time that is not HH:mm, an
 * end not after the start, two windows of one weekday that overlap.
 */
export function windowProblem(windows: readonly WindowValue[]): { index: number; problem: string; max?: number } | null {
  const problem = windowsProblem(windows);
  return problem && (problem.problem === "TOO_MANY" ? { ...problem, max: MAX_AVAILABILITY_WINDOWS } : problem);
}
