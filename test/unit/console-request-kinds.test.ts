import { amsterdamToIso, amsterdamWallClock, formatSlot } from "../../admin/src/common/dates";
import { amsterdamMonday, bookingsByDay, insideWindows, weekDays, weekRange, windowsByWeekday } from "../../admin/src/agenda/agendaWeek";

describe("Amsterdam wall clock", () => {
  it.each([
    ["2026-12-08", "09:30", "2026-12-08T08:30:00.000Z"],
    ["2026-07-08", "09:30", "2026-07-08T07:30:00.000Z"],
    ["2026-03-29", "03:30", "2026-03-29T01:30:00.000Z"],
    ["2026-10-25", "01:30", "2026-10-24T23:30:00.000Z"],
    ["2026-02-31", "10:00", null],
    ["2026-12-08", "24:00", null],
    ["", "10:00", null],
  ])("%s %s in Amsterdam is %s", (date, time, iso) => {
    expect(amsterdamToIso(date, time)).toBe(iso);
  });

  it("reads a moment back as Amsterdam's date, time and ISO weekday", () => {
    expect(amsterdamWallClock("2026-12-08T08:30:00Z")).toEqual({ date: "2026-12-08", time: "09:30", weekday: 2 });
    expect(amsterdamWallClock("2026-12-06T23:30:00Z")).toEqual({ date: "2026-12-07", time: "00:30", weekday: 1 });
  });

  it("words a slot in one line", () => {
    expect(formatSlot("2026-12-08T08:30:00Z", "2026-12-08T10:00:00Z", "nl-NL")).toMatch(/8 dec.* 2026, 09:30–11:00$/);
  });
});

describe("the agenda's week, in Dutch time", () => {
  it("starts on the Monday of the Netherlands' week, also late on a Sunday in UTC", () => {
    expect(amsterdamMonday(new Date("2026-12-06T23:30:00Z"))).toBe("2026-12-07"); // Monday 00:30 in Amsterdam
    expect(amsterdamMonday(new Date("2026-12-06T22:30:00Z"))).toBe("2026-11-30"); // still Sunday there
  });

  it("bounds the week at Dutch midnights, across the change to winter time", () => {
    expect(weekRange("2026-10-19")).toEqual({ from: "2026-10-18T22:00:00.000Z", to: "2026-10-25T23:00:00.000Z" });
    expect(weekDays("2026-12-28").map((d) => d.date)).toEqual([
      "2026-12-28",
      "2026-12-29",
      "2026-12-30",
      "2026-12-31",
      "2027-01-01",
      "2027-01-02",
      "2027-01-03",
    ]);
  });

  it("places bookings on their Dutch day and times, earliest first", () => {
    const days = bookingsByDay("2026-12-07", [
      { assignmentId: "2", startsAt: "2026-12-08T12:00:00Z", endsAt: "2026-12-08T13:00:00Z" },
      { assignmentId: "1", startsAt: "2026-12-08T08:30:00Z", endsAt: "2026-12-08T10:00:00Z" },
      { assignmentId: "3", startsAt: "2026-12-13T22:00:00Z", endsAt: "2026-12-13T23:30:00Z" },
      { assignmentId: "4", startsAt: "2026-12-13T23:30:00Z", endsAt: "2026-12-14T00:30:00Z" },
    ]);
    expect(days.get("2026-12-08")!.map((p) => [p.booking.assignmentId, p.startTime, p.endTime])).toEqual([
      ["1", "09:30", "11:00"],
      ["2", "13:00", "14:00"],
    ]);
    // Sunday 23:00 until 00:30 in Amsterdam ends on that day's 24:00; 00:30 on Monday is next week's
    expect(days.get("2026-12-13")!.map((p) => [p.booking.assignmentId, p.startTime, p.endTime])).toEqual([["3", "23:00", "24:00"]]);
    expect([...days.values()].flat().map((p) => p.booking.assignmentId)).not.toContain("4");
  });

  it("says whether a booking lies inside the day's windows", () => {
    const tuesday = windowsByWeekday([{ weekday: 2, startTime: "09:00", endTime: "13:00" }]).get(2)!;
    expect(insideWindows({ startTime: "09:30", endTime: "11:00" }, tuesday, true)).toBe(true);
    expect(insideWindows({ startTime: "12:30", endTime: "14:00" }, tuesday, true)).toBe(false);
    expect(insideWindows({ startTime: "12:30", endTime: "14:00" }, [], false)).toBe(true);
  });
});
