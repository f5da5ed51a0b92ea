// The newcomer of a request moved: which place-bound rule a holder now fails (domain/matching.ts, lostAfterMove).
import { lostAfterMove } from "../../server/src/domain/matching";
import type { Booking, Slot } from "../../server/src/domain/timeslots";

const DAM = { lat: 52.3731, lon: 4.8926 };
const UTRECHT = { lat: 52.0928, lon: 5.1187 };
const H = 3600_000;
const T0 = Date.UTC(2027, 0, 12, 9); // 10:00 in Amsterdam

/** The moved appointment: 10:00–11:00 at Utrecht (or remote). */
const slotAt = (place: Slot["place"]): Slot => ({ startsAt: T0, endsAt: T0 + H, place });
/** Another booking of the holder at the Dam, 11:15–12:15. */
const next = (accepted: boolean): Booking => ({ requestId: 2, startsAt: T0 + 1.25 * H, endsAt: T0 + 2.25 * H, place: DAM, accepted });

const holder = (extra: Partial<Parameters<typeof lostAfterMove>[1]> = {}) => ({
  distanceKm: 35,
  maxTravelKm: 80,
  remoteAvailable: false,
  bookings: [],
  ...extra,
});
const weekly = { remoteAcceptable: false, remoteKind: false, slot: null };
const onSite = { remoteAcceptable: false, remoteKind: false, slot: slotAt(UTRECHT) };
const byPhone = { remoteAcceptable: false, remoteKind: true, slot: slotAt(null) };

test.each([
  ["weekly support, in reach", weekly, holder(), "ACTIVE", null],
  ["weekly support, beyond travel", weekly, holder({ maxTravelKm: 25 }), "ACTIVE", "REACH"],
  [
    "weekly support, beyond travel but remote on both sides",
    { ...weekly, remoteAcceptable: true },
    holder({ maxTravelKm: 25, remoteAvailable: true }),
    "ACTIVE",
    null,
  ],
  ["on site, in reach, nothing else booked", onSite, holder(), "ACTIVE", null],
  ["on site, in reach, an accepted booking at the Dam 15 minutes later (70 minutes of travel)", onSite, holder({ bookings: [next(true)] }), "ACTIVE", "BOOKED"],
  ["on site, a mere proposal elsewhere does not push out accepted work", onSite, holder({ bookings: [next(false)] }), "ACTIVE", null],
  ["on site, a waiting proposal weighs every booking, as matching does", onSite, holder({ bookings: [next(false)] }), "PROPOSED", "BOOKED"],
  ["on site, beyond travel: reach first", onSite, holder({ maxTravelKm: 25, bookings: [next(true)] }), "ACTIVE", "REACH"],
  [
    "by phone: the move changes nothing when the key person works remotely",
    byPhone,
    holder({ maxTravelKm: 5, remoteAvailable: true, bookings: [next(true)] }),
    "ACTIVE",
    null,
  ],
] as const)("%s", (_name, request, facts, holds, expected) => {
  expect(lostAfterMove(request, facts, holds)).toBe(expected);
});
