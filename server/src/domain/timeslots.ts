// Time slots of the dated request kinds (APPOINTMENT, INFORMATION_SESSION): whether a key
// person is free at a slot (not booked at an overlapping time, counting travel between
// on-site bookings; inside their weekly availability windows), and the limits a slot must
// keep. Pure: instants are epoch milliseconds, places are points. See docs/domain.md,
// "Request kinds" and "Time slots".

/** Every local time here is in this zone: the Netherlands. */
export const TIME_ZONE = "Europe/Amsterdam";

/**
 * Assumed door-to-door travel speed between two on-site bookings, in km/h over the
 * geodesic distance: a mix of public transport and car, with waiting and walking, on roads
 * that are not straight lines. 30 km/h makes 15 km half an hour, 60 km two hours.
 */
export const TRAVEL_SPEED_KMH = 30;

/** The longest appointment or information session, in hours. */
export const SLOT_MAX_HOURS = 8;
/** The most hours one consult may ask. */
export const CONSULT_MAX_HOURS = 8;
/** The most participants an information session may expect. */
export const SESSION_MAX_PARTICIPANTS = 500;
/** A cancellation less than this many hours before a dated booking's start pays the booked time. */
export const LATE_CANCELLATION_HOURS = 24;
/** The most availability windows a key person keeps (a few per weekday). */
export const MAX_AVAILABILITY_WINDOWS = 28;

export interface Slot {
  /** Epoch milliseconds. */
  startsAt: number;
  endsAt: number;
  /** Where it happens, or null when remote (phone, video). */
  place: { lat: number; lon: number } | null;
}

/** One of a key person's existing bookings (a proposed-and-open or accepted dated assignment). */
export interface Booking extends Slot {
  requestId: number;
  /** Whether the key person accepted it (false: a proposal still waiting). Absent: treated as accepted. */
  accepted?: boolean;
}

export interface AvailabilityWindow {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** "HH:MM", local time (TIME_ZONE). */
  startTime: string;
  /** "HH:MM", local time; "24:00" is the end of the day. */
  endTime: string;
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km (the same sphere as turf's `distance`). */
export function geodesicKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Minutes needed to travel between two on-site places; 0 when either is remote. */
export function travelMinutes(from: Slot["place"], to: Slot["place"], speedKmh = TRAVEL_SPEED_KMH): number {
  if (!from || !to) return 0;
  return Math.ceil((geodesicKm(from, to) / speedKmh) * 60);
}

/**
 * Whether two slots collide: they overlap, or the gap between them is shorter than the
 * travel from the first to the second (both on site). Touching slots do not collide when
 * no travel is needed (10:00–11:00 and 11:00–12:00 by phone).
 */
export function collides(a: Slot, b: Slot, speedKmh = TRAVEL_SPEED_KMH): boolean {
  const [first, second] = a.startsAt <= b.startsAt ? [a, b] : [b, a];
  if (first.endsAt > second.startsAt) return true;
  const gapMinutes = (second.startsAt - first.endsAt) / 60_000;
  return gapMinutes < travelMinutes(first.place, second.place, speedKmh);
}

/** The existing booking the slot collides with, if any (bookings of the same request do not count). */
export function collidingBooking(slot: Slot, bookings: readonly Booking[], ownRequestId: number | null = null): Booking | null {
  return bookings.find((booking) => booking.requestId !== ownRequestId && collides(slot, booking)) ?? null;
}

// ---------------------------------------------------------------------------------
// Local time and availability windows

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

/** Minutes after local midnight of "HH:MM" ("24:00" is 1440), or null when malformed. */
export function minutesOf(time: string): number | null {
  if (!TIME.test(time)) return null;
  const [h, m] = time.split(":").map(Number);
  return h * 60 + m;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const localFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  weekday: "short",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The local date (YYYY-MM-DD), ISO weekday and minutes after midnight of an instant, in TIME_ZONE. */
export function localTime(instant: number): { date: string; weekday: number; minutes: number } {
  const parts = Object.fromEntries(localFormat.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: WEEKDAYS[parts.weekday],
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** The problem with a set of windows, or null: each well formed, ending after it starts, none overlapping another on its day. */
export function windowsProblem(
  windows: readonly AvailabilityWindow[],
): { index: number; problem: "WEEKDAY" | "TIME" | "ENDS_BEFORE_START" | "OVERLAP" | "TOO_MANY" } | null {
  if (windows.length > MAX_AVAILABILITY_WINDOWS) return { index: MAX_AVAILABILITY_WINDOWS, problem: "TOO_MANY" };
  for (const [index, window] of windows.entries()) {
    if (!Number.isInteger(window.weekday) || window.weekday < 1 || window.weekday > 7) return { index, problem: "WEEKDAY" };
    const start = minutesOf(window.startTime);
    const end = minutesOf(window.endTime);
    if (start === null || end === null || start === 24 * 60) return { index, problem: "TIME" };
    if (end <= start) return { index, problem: "ENDS_BEFORE_START" };
    for (const other of windows.slice(0, index)) {
      if (other.weekday !== window.weekday) continue;
      if (minutesOf(other.startTime)! < end && start < minutesOf(other.endTime)!) return { index, problem: "OVERLAP" };
    }
  }
  return null;
}

/**
 * Whether the slot lies inside the key person's weekly windows: no windows means always
 * available; otherwise the slot starts and ends on one local day and fits in one window
 * of that weekday (windows that touch, 9–12 and 12–13, count as one).
 */
export function withinWindows(slot: Pick<Slot, "startsAt" | "endsAt">, windows: readonly AvailabilityWindow[]): boolean {
  if (windows.length === 0) return true;
  const start = localTime(slot.startsAt);
  const end = localTime(slot.endsAt);
  const endMinutes = end.date === start.date ? end.minutes : end.minutes === 0 && slot.endsAt - slot.startsAt <= 24 * 3600_000 ? 24 * 60 : -1;
  if (endMinutes < 0) return false;
  const spans = windows
    .filter((w) => w.weekday === start.weekday)
    .map((w) => [minutesOf(w.startTime) ?? 0, minutesOf(w.endTime) ?? 0] as const)
    .sort((a, b) => a[0] - b[0]);
  // Merge touching windows, then look for one that holds the slot.
  let from = -1;
  let to = -1;
  for (const [s, e] of spans) {
    if (s <= to) to = Math.max(to, e);
    else [from, to] = [s, e];
    if (from <= start.minutes && endMinutes <= to) return true;
  }
  return false;
}

/** The local dates a slot touches (one, or two across midnight), for the leave rule. */
export function slotDates(slot: Pick<Slot, "startsAt" | "endsAt">): string[] {
  const first = localTime(slot.startsAt).date;
  const last = localTime(Math.max(slot.startsAt, slot.endsAt - 1)).date;
  return first === last ? [first] : [first, last];
}

/** Hours between two instants, rounded to the quarter hour (the hours' granularity). */
export function slotHours(slot: Pick<Slot, "startsAt" | "endsAt">): number {
  return Math.round(((slot.endsAt - slot.startsAt) / 3600_000) * 4) / 4;
}

/** Whether cancelling now is late: less than LATE_CANCELLATION_HOURS before the start (and not after the end). */
export function isLateCancellation(now: number, slot: Pick<Slot, "startsAt" | "endsAt">): boolean {
  return now < slot.endsAt && slot.startsAt - now < LATE_CANCELLATION_HOURS * 3600_000;
}
