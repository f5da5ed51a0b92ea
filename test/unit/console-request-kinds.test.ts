import { amsterdamToIso, amsterdamWallClock, formatSlot } from "../../admin/src/common/dates";

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
