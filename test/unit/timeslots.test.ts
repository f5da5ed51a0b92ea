import {
  collides,
  collidingBooking,
  isLateCancellation,
  localTime,
  slotDates,
  slotHours,
  travelMinutes,
  windowsProblem,
  withinWindows,
  TRAVEL_SPEED_KMH,
  type AvailabilityWindow,
  type Slot,
} from "../../server/src/domain/timeslots";

// Amsterdam Dam square, Utrecht centre (about 35 km apart), and a point 1 km east of the Dam.
const DAM = { lat: 52.3731, lon: 4.8926 };
const UTRECHT = { lat: 52.0928, lon: 5.1187 };
const NEAR_DAM = { lat: 52.3731, lon: 4.9073 };

/** A slot on Tuesday 9 June 2026, local Amsterdam time (CEST, UTC+2), "HH:MM"–"HH:MM". */
function slot(from: string, to: string, place: Slot["place"] = null): Slot {
  return { startsAt: Date.parse(`2026-06-09T${from}:00+02:00`), endsAt: Date.parse(`2026-06-09T${to}:00+02:00`), place };
}

describe("travel", () => {
  test.each<[string, Slot["place"], Slot["place"], number]>([
    ["remote on either side needs no travel", DAM, null, 0],
    ["both remote", null, null, 0],
    ["the same place", DAM, DAM, 0],
    ["1 km takes 2 minutes at 30 km/h", DAM, NEAR_DAM, 2],
    ["Amsterdam–Utrecht, about 35 km, takes 70 minutes", DAM, UTRECHT, 70],
  ])("%s", (_name, from, to, minutes) => {
    expect(TRAVEL_SPEED_KMH).toBe(30);
    expect(travelMinutes(from, to)).toBe(minutes);
  });
});

describe("collides", () => {
  test.each<[string, Slot, Slot, boolean]>([
    ["overlapping", slot("10:00", "11:00"), slot("10:30", "11:30"), true],
    ["one inside the other", slot("10:00", "13:00"), slot("11:00", "12:00"), true],
    ["the same slot", slot("10:00", "11:00"), slot("10:00", "11:00"), true],
    ["touching, by phone", slot("10:00", "11:00"), slot("11:00", "12:00"), false],
    ["touching, on site at the same place", slot("10:00", "11:00", DAM), slot("11:00", "12:00", DAM), false],
    ["apart, one remote: no travel counted", slot("10:00", "11:00", DAM), slot("11:00", "12:00", null), false],
    ["on site 35 km apart with 30 minutes between: too little to travel", slot("10:00", "11:00", DAM), slot("11:30", "12:30", UTRECHT), true],
    ["on site 35 km apart with 70 minutes between: just enough", slot("10:00", "11:00", DAM), slot("12:10", "13:00", UTRECHT), false],
    ["order does not matter", slot("12:10", "13:00", UTRECHT), slot("10:00", "11:00", DAM), false],
    ["travel back counts too", slot("11:30", "12:30", UTRECHT), slot("10:00", "11:00", DAM), true],
  ])("%s", (_name, a, b, expected) => {
    expect(collides(a, b)).toBe(expected);
    expect(collides(b, a)).toBe(expected);
  });

  test("a booking of the same request does not collide with its own slot", () => {
    const booking = { ...slot("10:00", "11:00"), requestId: 7 };
    expect(collidingBooking(slot("10:00", "11:00"), [booking], 7)).toBeNull();
    expect(collidingBooking(slot("10:00", "11:00"), [booking], 8)).toEqual(booking);
    expect(collidingBooking(slot("10:00", "11:00"), [])).toBeNull();
  });
});

describe("local time (Europe/Amsterdam)", () => {
  test.each<[string, string, { date: string; weekday: number; minutes: number }]>([
    ["summer time, UTC+2", "2026-06-09T08:00:00Z", { date: "2026-06-09", weekday: 2, minutes: 600 }],
    ["winter time, UTC+1", "2026-12-07T08:00:00Z", { date: "2026-12-07", weekday: 1, minutes: 540 }],
    ["late in the UTC evening is the next local day", "2026-12-06T23:30:00Z", { date: "2026-12-07", weekday: 1, minutes: 30 }],
    ["Sunday is 7", "2026-12-06T12:00:00Z", { date: "2026-12-06", weekday: 7, minutes: 780 }],
  ])("%s", (_name, instant, expected) => {
    expect(localTime(Date.parse(instant))).toEqual(expected);
  });

  test("a slot across midnight touches two dates", () => {
    expect(slotDates({ startsAt: Date.parse("2026-06-09T23:00:00+02:00"), endsAt: Date.parse("2026-06-10T01:00:00+02:00") })).toEqual([
      "2026-06-09",
      "2026-06-10",
    ]);
    expect(slotDates(slot("10:00", "11:00"))).toEqual(["2026-06-09"]);
    expect(slotDates({ startsAt: Date.parse("2026-06-09T23:00:00+02:00"), endsAt: Date.parse("2026-06-10T00:00:00+02:00") })).toEqual(["2026-06-09"]);
  });
});

describe("availability windows", () => {
  const tuesdayMorning: AvailabilityWindow = { weekday: 2, startTime: "09:00", endTime: "13:00" };
  test.each<[string, AvailabilityWindow[], Slot, boolean]>([
    ["no windows: any time", [], slot("22:00", "23:00"), true],
    ["inside Tuesday 9–13", [tuesdayMorning], slot("10:00", "12:00"), true],
    ["exactly the window", [tuesdayMorning], slot("09:00", "13:00"), true],
    ["running past its end", [tuesdayMorning], slot("12:00", "14:00"), false],
    ["before it starts", [tuesdayMorning], slot("08:30", "10:00"), false],
    ["another weekday's window", [{ weekday: 3, startTime: "09:00", endTime: "13:00" }], slot("10:00", "11:00"), false],
    ["two touching windows count as one", [tuesdayMorning, { weekday: 2, startTime: "13:00", endTime: "17:00" }], slot("12:00", "14:00"), true],
    ["a gap between two windows does not", [tuesdayMorning, { weekday: 2, startTime: "14:00", endTime: "17:00" }], slot("12:00", "15:00"), false],
    ["until the end of the day", [{ weekday: 2, startTime: "20:00", endTime: "24:00" }], slot("22:00", "23:59"), true],
  ])("%s", (_name, windows, s, expected) => {
    expect(withinWindows(s, windows)).toBe(expected);
  });

  test("windows are 09:00–13:00 in winter time too", () => {
    // Monday 7 December 2026, 09:30–10:30 local = 08:30–09:30 UTC.
    const winter = { startsAt: Date.parse("2026-12-07T08:30:00Z"), endsAt: Date.parse("2026-12-07T09:30:00Z") };
    expect(withinWindows(winter, [{ weekday: 1, startTime: "09:00", endTime: "13:00" }])).toBe(true);
    expect(withinWindows(winter, [{ weekday: 1, startTime: "10:00", endTime: "13:00" }])).toBe(false);
  });

  test.each<[string, AvailabilityWindow[], ReturnType<typeof windowsProblem>]>([
    ["fine", [tuesdayMorning, { weekday: 2, startTime: "13:00", endTime: "17:00" }], null],
    ["none is fine", [], null],
    ["weekday 0", [{ weekday: 0, startTime: "09:00", endTime: "10:00" }], { index: 0, problem: "WEEKDAY" }],
    ["weekday 8", [{ weekday: 8, startTime: "09:00", endTime: "10:00" }], { index: 0, problem: "WEEKDAY" }],
    ["not a time", [{ weekday: 1, startTime: "9", endTime: "10:00" }], { index: 0, problem: "TIME" }],
    ["25:00", [{ weekday: 1, startTime: "09:00", endTime: "25:00" }], { index: 0, problem: "TIME" }],
    ["starting at 24:00", [{ weekday: 1, startTime: "24:00", endTime: "24:00" }], { index: 0, problem: "TIME" }],
    ["ends before it starts", [{ weekday: 1, startTime: "13:00", endTime: "09:00" }], { index: 0, problem: "ENDS_BEFORE_START" }],
    ["empty", [{ weekday: 1, startTime: "09:00", endTime: "09:00" }], { index: 0, problem: "ENDS_BEFORE_START" }],
    ["overlap on one day", [tuesdayMorning, { weekday: 2, startTime: "12:00", endTime: "14:00" }], { index: 1, problem: "OVERLAP" }],
    [
      "too many",
      Array.from({ length: 29 }, (_, i) => ({ weekday: (i % 7) + 1, startTime: `${String(i).padStart(2, "0")}:00`, endTime: "23:59" })),
      { index: 28, problem: "TOO_MANY" },
    ],
  ])("%s", (_name, windows, expected) => {
    expect(windowsProblem(windows)).toEqual(expected);
  });
});

describe("hours and late cancellation", () => {
  test.each<[string, Slot, number]>([
    ["an hour", slot("10:00", "11:00"), 1],
    ["an hour and a half", slot("10:00", "11:30"), 1.5],
    ["rounded to the quarter", slot("10:00", "10:50"), 0.75],
  ])("%s", (_name, s, hours) => {
    expect(slotHours(s)).toBe(hours);
  });

  const start = Date.parse("2026-06-09T10:00:00+02:00");
  const s = { startsAt: start, endsAt: start + 3600_000 };
  test.each<[string, number, boolean]>([
    ["two days before: not late", start - 48 * 3600_000, false],
    ["just over 24 hours before: not late", start - 24 * 3600_000 - 60_000, false],
    ["exactly 24 hours before: not late", start - 24 * 3600_000, false],
    ["23 hours before: late", start - 23 * 3600_000, true],
    ["during the booking: late", start + 30 * 60_000, true],
    ["after it ended: nothing to cancel late", start + 2 * 3600_000, false],
  ])("%s", (_name, now, late) => {
    expect(isLateCancellation(now, s)).toBe(late);
  });
});
