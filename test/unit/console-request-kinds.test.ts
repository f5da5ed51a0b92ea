import { amsterdamToday, amsterdamToIso, amsterdamWallClock, formatSlot } from "../../admin/src/common/dates";
import { notInThePast } from "../../admin/src/matchRequests/validation";
import { appointmentRoleChoices, appointmentSettingChoices, kindChoices, modeChoices } from "../../admin/src/common/choices";
import { toMatchRequestInput } from "../../admin/src/dataProvider/matching";
import en from "../../admin/src/i18n/en";
import nl from "../../admin/src/i18n/nl";
import { validateConsultHours, validateEndTime, validateParticipants, validateSlotDate, validateStartTime } from "../../admin/src/matchRequests/kinds";
import { RequestKind } from "../../server/src/domain/enums";
import { CONSULT_MAX_HOURS, SESSION_MAX_PARTICIPANTS, SLOT_MAX_HOURS } from "../../server/src/domain/timeslots";
import { amsterdamMonday, windowProblem, bookingsByDay, insideWindows, weekDays, weekRange, windowsByWeekday } from "../../admin/src/agenda/agendaWeek";

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

  describe("today is the Dutch day, whatever the browser's zone", () => {
    // 23:30 UTC on 7 December is 00:30 on the 8th in Amsterdam and 18:30 on the 7th in New York
    beforeEach(() => jest.useFakeTimers({ now: new Date("2026-12-07T23:30:00Z") }));
    afterEach(() => jest.useRealTimers());

    it.each([
      ["the form's default start", () => amsterdamToday(), "2026-12-08"],
      ["a start on the Dutch day before", () => notInThePast("2026-12-07"), "matching.validation.startsOnPast"],
      ["a start on the Dutch day", () => notInThePast("2026-12-08"), undefined],
      ["a slot on the Dutch day before", () => validateSlotDate("2026-12-07", {}), "matching.validation.slot.past"],
      ["a slot on the Dutch day", () => validateSlotDate("2026-12-08", {}), undefined],
    ])("%s", (_case, check, expected) => {
      expect(check()).toBe(expected);
    });
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

describe("toMatchRequestInput by kind", () => {
  const common = {
    caseReference: " GGD-AMS-2026-0007 ",
    newcomerConsent: true,
    location: { lat: 52.37, lon: 4.89 },
    languageCodes: ["tir"],
    expertiseCodes: [],
    preferredGender: "FEMALE" as const,
    backgroundPreference: "NO_PREFERENCE" as const,
    hoursPerWeek: 2,
    startsOn: "2026-12-08",
    remoteAcceptable: true,
    funding: "ORGANISATION" as const,
    requiredDialect: "  ",
    preferredDialect: " Tigray ",
    appointment: { date: "2026-12-15", startTime: "09:30", endTime: "11:00", mode: "ON_SITE" as const, setting: "GP", role: "INTERPRETER" },
    consult: { topic: " School choice ", hours: "1.5" },
    session: { date: "2026-07-01", startTime: "14:00", endTime: "16:00", expectedParticipants: "25", topics: "zorg, school;  wonen" },
  };

  it("sends an appointment's slot in Dutch time, without weekly hours or a start date", () => {
    const input = toMatchRequestInput({ ...common, kind: "APPOINTMENT" });
    expect(input).toMatchObject({
      kind: "APPOINTMENT",
      caseReference: "GGD-AMS-2026-0007",
      newcomerConsent: true,
      location: { lat: 52.37, lon: 4.89 },
      preferredGender: "FEMALE",
      requiredDialect: null,
      preferredDialect: "Tigray",
      appointment: { startsAt: "2026-12-15T08:30:00.000Z", endsAt: "2026-12-15T10:00:00.000Z", mode: "ON_SITE", setting: "GP", role: "INTERPRETER" },
    });
    expect(input).not.toHaveProperty("hoursPerWeek");
    expect(input).not.toHaveProperty("startsOn");
    expect(input).not.toHaveProperty("consult");
    expect(input).not.toHaveProperty("session");
  });

  it("sends a consult without a place, a consent or the newcomer's wishes", () => {
    const input = toMatchRequestInput({ ...common, kind: "CONSULT" });
    expect(input).toMatchObject({ kind: "CONSULT", consult: { topic: "School choice", hours: 1.5 }, newcomerConsent: false, preferredGender: null });
    expect(input).not.toHaveProperty("location");
    expect(input).not.toHaveProperty("appointment");
    expect(input).not.toHaveProperty("hoursPerWeek");
  });

  it("sends a session's slot (summer time), participants and topics", () => {
    const input = toMatchRequestInput({ ...common, kind: "INFORMATION_SESSION" });
    expect(input.session).toEqual({
      startsAt: "2026-07-01T12:00:00.000Z",
      endsAt: "2026-07-01T14:00:00.000Z",
      expectedParticipants: 25,
      topics: ["zorg", "school", "wonen"],
    });
    expect(input.location).toEqual({ lat: 52.37, lon: 4.89 });
  });

  it("sends case support as before, with its kind", () => {
    const input = toMatchRequestInput({ ...common, kind: "CASE_SUPPORT" });
    expect(input).toMatchObject({ kind: "CASE_SUPPORT", hoursPerWeek: 2, startsOn: "2026-12-08", remoteAcceptable: true });
    expect(input).not.toHaveProperty("appointment");
  });
});

describe("the kinds' client checks mirror the server's limits", () => {
  const now = new Date();
  const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000).toLocaleDateString("sv-SE");
  const values = (slot: Record<string, string>) => ({ kind: "APPOINTMENT", appointment: slot });

  it.each([
    ["a date in the past", () => validateSlotDate(inDays(-2), {}), "matching.validation.slot.past"],
    ["a date more than a year ahead", () => validateSlotDate(inDays(400), {}), "matching.validation.slot.tooFar"],
    ["next week", () => validateSlotDate(inDays(7), {}), undefined],
    ["an end before the start", () => validateEndTime("09:00", values({ date: inDays(7), startTime: "10:00" })), "matching.validation.slot.endBeforeStart"],
    [
      "a slot longer than the server allows",
      () => validateEndTime("19:00", values({ date: inDays(7), startTime: "09:00" })),
      { message: "matching.validation.slot.tooLong", args: { max: SLOT_MAX_HOURS } },
    ],
    ["a good slot", () => validateEndTime("11:00", values({ date: inDays(7), startTime: "09:30" })), undefined],
    ["a malformed time", () => validateStartTime("9.30", values({ date: inDays(7) })), "matching.validation.slot.time"],
    ["consult hours of 0", () => validateConsultHours("0", {}), "matching.validation.hoursPositive"],
    [
      "consult hours above the limit",
      () => validateConsultHours(String(CONSULT_MAX_HOURS + 1), {}),
      { message: "matching.validation.consultHoursMax", args: { max: CONSULT_MAX_HOURS } },
    ],
    ["half a participant", () => validateParticipants("2.5", {}), "matching.validation.participants"],
    [
      "too many participants",
      () => validateParticipants(String(SESSION_MAX_PARTICIPANTS + 1), {}),
      { message: "matching.validation.participantsMax", args: { max: SESSION_MAX_PARTICIPANTS } },
    ],
  ])("%s", (_, check, expected) => {
    expect(check()).toEqual(expected);
  });

  it("checks availability windows as the server does", () => {
    expect(windowProblem([{ weekday: 2, startTime: "09:00", endTime: "13:00" }])).toBeNull();
    expect(windowProblem([{ weekday: 2, startTime: "13:00", endTime: "09:00" }])?.problem).toBe("ENDS_BEFORE_START");
    expect(
      windowProblem([
        { weekday: 2, startTime: "09:00", endTime: "13:00" },
        { weekday: 2, startTime: "12:00", endTime: "14:00" },
      ]),
    ).toEqual({ index: 1, problem: "OVERLAP" });
    expect(windowProblem([{ weekday: 8, startTime: "09:00", endTime: "13:00" }])?.problem).toBe("WEEKDAY");
  });
});

describe("the kinds' texts", () => {
  const lookup = (messages: unknown, key: string) =>
    key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
  it.each([
    ["nl", nl],
    ["en", en],
  ])("words every kind, mode, role, setting and window problem in %s", (_, messages) => {
    const keys = [
      ...[...kindChoices, ...modeChoices, ...appointmentRoleChoices, ...appointmentSettingChoices].map((choice) => choice.name),
      ...Object.values(RequestKind).map((kind) => `matching.kindHelp.${kind}`),
      ...["TOO_MANY", "WEEKDAY", "TIME", "ENDS_BEFORE_START", "OVERLAP"].map((problem) => `agenda.windows.problems.${problem}`),
      ...[1, 2, 3, 4, 5, 6, 7].map((day) => `agenda.weekdays.${day}`),
    ];
    expect(keys.filter((key) => typeof lookup(messages, key) !== "string")).toEqual([]);
  });
});
