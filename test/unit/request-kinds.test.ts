import {
  consultDue,
  consultEndsAt,
  consultsAcceptedBefore,
  kindProblems,
  relocationRefusal,
  CONSULT_OPEN_DAYS,
  type KindInput,
} from "../../server/src/domain/request-kinds";
import {
  firstFailedRule,
  rankCandidates,
  scoreCandidate,
  DIALECT_UNMET_SHARE,
  LANGUAGE_WEIGHT,
  type CandidateFacts,
  type RequestFacts,
} from "../../server/src/domain/matching";

const NOW = new Date("2026-06-01T10:00:00Z");
const LATEST = "2027-06-01";
const at = (iso: string) => new Date(iso);
const appointment = { startsAt: at("2026-06-09T10:00:00+02:00"), endsAt: at("2026-06-09T11:30:00+02:00"), mode: "ON_SITE" as const };
const session = { startsAt: at("2026-06-09T14:00:00+02:00"), endsAt: at("2026-06-09T16:00:00+02:00"), expectedParticipants: 12, topics: ["health care"] };
const consult = { topic: "Cultural context of a case", hours: 1 };

const base: KindInput = { kind: "CASE_SUPPORT", hasLocation: true, hoursPerWeek: 4, startsOn: null, newcomerConsent: true };
const input = (change: Partial<KindInput>): KindInput => ({ ...base, ...change });
const reasons = (i: KindInput) => kindProblems(i, NOW, LATEST).problems.map((p) => `${p.field}:${p.code}`);

describe("what each kind takes", () => {
  test.each<[string, KindInput, string[]]>([
    ["case support as before", base, []],
    ["case support needs hours", input({ hoursPerWeek: null }), ["hoursPerWeek:KIND_INPUT_REQUIRED"]],
    ["case support needs a location", input({ hasLocation: false }), ["location:KIND_INPUT_REQUIRED"]],
    ["case support takes no appointment", input({ appointment }), ["appointment:KIND_INPUT_NOT_ALLOWED"]],
    ["an appointment", input({ kind: "APPOINTMENT", hoursPerWeek: null, appointment }), []],
    ["an appointment needs its input", input({ kind: "APPOINTMENT", hoursPerWeek: null }), ["appointment:KIND_INPUT_REQUIRED"]],
    ["an appointment takes no hours per week", input({ kind: "APPOINTMENT", appointment }), ["hoursPerWeek:KIND_INPUT_NOT_ALLOWED"]],
    [
      "an appointment takes no start date",
      input({ kind: "APPOINTMENT", hoursPerWeek: null, startsOn: "2026-06-09", appointment }),
      ["startsOn:KIND_INPUT_NOT_ALLOWED"],
    ],
    ["an appointment takes no consult", input({ kind: "APPOINTMENT", hoursPerWeek: null, appointment, consult }), ["consult:KIND_INPUT_NOT_ALLOWED"]],
    ["an appointment needs a location", input({ kind: "APPOINTMENT", hoursPerWeek: null, appointment, hasLocation: false }), ["location:KIND_INPUT_REQUIRED"]],
    [
      "an appointment ending before it starts",
      input({ kind: "APPOINTMENT", hoursPerWeek: null, appointment: { ...appointment, endsAt: appointment.startsAt } }),
      ["appointment.endsAt:SLOT_ENDS_BEFORE_START"],
    ],
    [
      "an appointment in the past",
      input({
        kind: "APPOINTMENT",
        hoursPerWeek: null,
        appointment: { ...appointment, startsAt: at("2026-05-01T10:00:00Z"), endsAt: at("2026-05-01T11:00:00Z") },
      }),
      ["appointment.startsAt:SLOT_IN_PAST"],
    ],
    [
      "an appointment of nine hours",
      input({ kind: "APPOINTMENT", hoursPerWeek: null, appointment: { ...appointment, endsAt: at("2026-06-09T19:00:00+02:00") } }),
      ["appointment.endsAt:SLOT_TOO_LONG"],
    ],
    [
      "an appointment more than a year ahead",
      input({
        kind: "APPOINTMENT",
        hoursPerWeek: null,
        appointment: { ...appointment, startsAt: at("2027-07-01T10:00:00Z"), endsAt: at("2027-07-01T11:00:00Z") },
      }),
      ["appointment.startsAt:START_DATE_TOO_FAR"],
    ],
    [
      "an appointment's setting too long",
      input({ kind: "APPOINTMENT", hoursPerWeek: null, appointment: { ...appointment, setting: "x".repeat(121) } }),
      ["appointment.setting:TEXT_TOO_LONG"],
    ],
    ["a consult", input({ kind: "CONSULT", hoursPerWeek: null, hasLocation: false, newcomerConsent: null, consult }), []],
    ["a consult needs its input", input({ kind: "CONSULT", hoursPerWeek: null, hasLocation: false }), ["consult:KIND_INPUT_REQUIRED"]],
    [
      "a consult of 0 hours",
      input({ kind: "CONSULT", hoursPerWeek: null, consult: { ...consult, hours: 0 } }),
      ["consult.hours:NUMBER_NOT_POSITIVE_OR_TOO_HIGH"],
    ],
    [
      "a consult of 9 hours",
      input({ kind: "CONSULT", hoursPerWeek: null, consult: { ...consult, hours: 9 } }),
      ["consult.hours:NUMBER_NOT_POSITIVE_OR_TOO_HIGH"],
    ],
    ["a consult without a topic", input({ kind: "CONSULT", hoursPerWeek: null, consult: { ...consult, topic: "  " } }), ["consult.topic:VALUE_REQUIRED"]],
    ["a consult takes no session", input({ kind: "CONSULT", hoursPerWeek: null, consult, session }), ["session:KIND_INPUT_NOT_ALLOWED"]],
    ["a session", input({ kind: "INFORMATION_SESSION", hoursPerWeek: null, session }), []],
    ["a session needs its input", input({ kind: "INFORMATION_SESSION", hoursPerWeek: null }), ["session:KIND_INPUT_REQUIRED"]],
    [
      "a session without participants",
      input({ kind: "INFORMATION_SESSION", hoursPerWeek: null, session: { ...session, expectedParticipants: 0 } }),
      ["session.expectedParticipants:NUMBER_OUT_OF_RANGE"],
    ],
    [
      "a session with an empty topic",
      input({ kind: "INFORMATION_SESSION", hoursPerWeek: null, session: { ...session, topics: [" "] } }),
      ["session.topics:VALUE_REQUIRED"],
    ],
    [
      "a session takes no appointment",
      input({ kind: "INFORMATION_SESSION", hoursPerWeek: null, session, appointment }),
      ["appointment:KIND_INPUT_NOT_ALLOWED"],
    ],
    ["a dialect too long", input({ requiredDialect: "x".repeat(81) }), ["requiredDialect:TEXT_TOO_LONG"]],
  ])("%s", (_name, i, expected) => {
    expect(reasons(i)).toEqual(expected);
  });
});

describe("what each kind derives", () => {
  test.each<[string, KindInput, { hours: number | null; remote: boolean; needsConsent: boolean; slotDate: string | null }]>([
    ["case support", base, { hours: null, remote: false, needsConsent: true, slotDate: null }],
    [
      "an on-site appointment of 1.5 h",
      input({ kind: "APPOINTMENT", hoursPerWeek: null, appointment }),
      { hours: 1.5, remote: false, needsConsent: true, slotDate: "2026-06-09" },
    ],
    [
      "a phone appointment is remote",
      input({ kind: "APPOINTMENT", hoursPerWeek: null, appointment: { ...appointment, mode: "PHONE" } }),
      { hours: 1.5, remote: true, needsConsent: true, slotDate: "2026-06-09" },
    ],
    [
      "a consult is remote, without consent",
      input({ kind: "CONSULT", hoursPerWeek: null, consult }),
      { hours: 1, remote: true, needsConsent: false, slotDate: null },
    ],
    [
      "a session of 2 h, for a group",
      input({ kind: "INFORMATION_SESSION", hoursPerWeek: null, session }),
      { hours: 2, remote: false, needsConsent: false, slotDate: "2026-06-09" },
    ],
  ])("%s", (_name, i, expected) => {
    const { facts } = kindProblems(i, NOW, LATEST);
    expect({ hours: facts.hours, remote: facts.remote, needsConsent: facts.needsConsent, slotDate: facts.slotDate }).toEqual(expected);
  });

  test("dialects are trimmed; empty is not asked", () => {
    const { facts } = kindProblems(input({ requiredDialect: "  Sorani ", preferredDialect: "  " }), NOW, LATEST);
    expect(facts.requiredDialect).toBe("Sorani");
    expect(facts.preferredDialect).toBeNull();
  });
});

// The matching rules of the new kinds, on top of test/unit/matching.test.ts.
const names = { language: (code: string) => code };
const request: RequestFacts = {
  languageCodes: ["ckb"],
  expertiseCodes: [],
  preferredGender: null,
  newcomerOrigin: null,
  backgroundPreference: "NO_PREFERENCE",
  hoursPerWeek: 1,
  remoteAcceptable: false,
  startsOn: "2026-06-09",
};
const candidate: CandidateFacts = {
  id: 1,
  status: "ACTIVE",
  stale: false,
  unavailablePeriods: [],
  languages: [{ code: "ckb", level: "NATIVE", dialect: "Sorani" }],
  expertiseCodes: [],
  gender: null,
  origins: [],
  distanceKm: 10,
  maxTravelKm: 25,
  remoteAvailable: true,
  weeklyCapacityHours: 8,
  committedHoursElsewhere: 0,
  wellbeing: "GREEN",
  supervision: "CURRENT",
  declinedThisRequest: false,
  supportsThisCase: false,
};
const req = (change: Partial<RequestFacts>): RequestFacts => ({ ...request, ...change });
const kp = (change: Partial<CandidateFacts>): CandidateFacts => ({ ...candidate, ...change });
const slot = { startsAt: Date.parse("2026-06-09T10:00:00+02:00"), endsAt: Date.parse("2026-06-09T11:00:00+02:00"), place: { lat: 52.37, lon: 4.89 } };

describe("the hard rules of the new kinds", () => {
  test.each<[string, Partial<RequestFacts>, Partial<CandidateFacts>, string | null]>([
    ["required dialect met", { requiredDialect: "sorani" }, {}, null],
    ["required dialect not in the notes", { requiredDialect: "Kurmanji" }, {}, "DIALECT"],
    ["required dialect, no note at all", { requiredDialect: "Sorani" }, { languages: [{ code: "ckb", level: "NATIVE" }] }, "DIALECT"],
    [
      "a dialect noted for a language not asked does not count",
      { requiredDialect: "Sorani", languageCodes: ["ckb"] },
      {
        languages: [
          { code: "ckb", level: "NATIVE" },
          { code: "kmr", level: "NATIVE", dialect: "Sorani" },
        ],
      },
      "DIALECT",
    ],
    ["a preferred dialect never excludes", { preferredDialect: "Kurmanji" }, {}, null],
    ["remote kind: far away is fine", { remoteKind: true }, { distanceKm: 300 }, null],
    ["remote kind: the key person must support remotely", { remoteKind: true }, { remoteAvailable: false }, "REACH"],
    ["dated: on leave on the slot's day", { slot }, { unavailablePeriods: [{ from: "2026-06-09", to: "2026-06-09" }] }, "UNAVAILABLE"],
    ["dated: inside the windows", { slot }, { availabilityWindows: [{ weekday: 2, startTime: "09:00", endTime: "13:00" }] }, null],
    ["dated: outside the windows", { slot }, { availabilityWindows: [{ weekday: 2, startTime: "13:00", endTime: "17:00" }] }, "OUTSIDE_WINDOWS"],
    ["dated: booked at the same time", { slot }, { bookings: [{ ...slot, requestId: 5 }] }, "BOOKED"],
    [
      "dated: booked right after, at the same place",
      { slot },
      { bookings: [{ ...slot, startsAt: slot.endsAt, endsAt: slot.endsAt + 3600_000, requestId: 5 }] },
      null,
    ],
    [
      "dated: booked right after, 30 km away: no time to travel",
      { slot },
      { bookings: [{ startsAt: slot.endsAt, endsAt: slot.endsAt + 3600_000, place: { lat: 52.09, lon: 5.12 }, requestId: 5 }] },
      "BOOKED",
    ],
    ["dated: the weekly capacity still holds", { slot, hoursPerWeek: 1 }, { committedHoursElsewhere: 7.5 }, "CAPACITY"],
    ["not dated: bookings do not matter", {}, { bookings: [{ ...slot, requestId: 5 }] }, null],
  ])("%s", (_name, r, c, expected) => {
    expect(firstFailedRule(req(r), kp(c))).toBe(expected);
  });
});

describe("the score of the new kinds", () => {
  test("a remote kind ranks without distance: near and far score the same", () => {
    const r = req({ remoteKind: true });
    const near = scoreCandidate(r, kp({ id: 1, distanceKm: 1 }), names);
    const far = scoreCandidate(r, kp({ id: 2, distanceKm: 200, maxTravelKm: 10 }), names);
    expect(near.score).toBe(far.score);
    expect(near.explanation[0]).toEqual({ code: "MATCH_REMOTE", params: {} });
  });

  test("a preferred dialect lifts the candidate who speaks it", () => {
    const r = req({ preferredDialect: "Sorani" });
    const speaks = scoreCandidate(r, kp({ id: 1 }), names);
    const not = scoreCandidate(r, kp({ id: 2, languages: [{ code: "ckb", level: "NATIVE", dialect: "Hawrami" }] }), names);
    expect(speaks.parts.language - not.parts.language).toBeCloseTo(LANGUAGE_WEIGHT * (1 - DIALECT_UNMET_SHARE), 3);
    expect(speaks.explanation).toContainEqual({ code: "MATCH_DIALECT", params: { dialect: "Sorani" } });
    expect(not.explanation.map((e) => e.code)).not.toContain("MATCH_DIALECT");
    expect(rankCandidates(r, [kp({ id: 2, languages: [{ code: "ckb", level: "NATIVE", dialect: "Hawrami" }] }), kp({ id: 3 })], names, 10).ranked[0].id).toBe(
      3,
    );
  });

  test("no preferred dialect asked: scores as before", () => {
    expect(scoreCandidate(req({}), kp({}), names).score).toBe(scoreCandidate(req({ preferredDialect: " " }), kp({}), names).score);
  });
});

describe("what a move of the newcomer may not touch (relocationRefusal)", () => {
  const START = at("2026-06-01T12:00:00Z");
  test.each<[string, Parameters<typeof relocationRefusal>[0], Date | null, Date, ReturnType<typeof relocationRefusal>]>([
    ["case support moves", "CASE_SUPPORT", null, NOW, null],
    ["an appointment before its start moves", "APPOINTMENT", START, NOW, null],
    ["a session before its start moves", "INFORMATION_SESSION", START, NOW, null],
    ["a consult has no newcomer to move", "CONSULT", null, NOW, "CONSULT_NOT_RELOCATABLE"],
    ["an appointment at its very start: begun", "APPOINTMENT", START, START, "SLOT_ALREADY_BEGUN"],
    ["an appointment under way", "APPOINTMENT", START, at("2026-06-01T12:30:00Z"), "SLOT_ALREADY_BEGUN"],
    ["a session long over", "INFORMATION_SESSION", START, at("2026-06-05T12:00:00Z"), "SLOT_ALREADY_BEGUN"],
    ["a millisecond before the start still moves", "APPOINTMENT", START, new Date(START.getTime() - 1), null],
  ])("%s", (_name, kind, startsAt, now, expected) => {
    expect(relocationRefusal(kind, startsAt, now)).toBe(expected);
  });
});

describe("when an accepted consult ends (CONSULT_OPEN_DAYS after acceptance)", () => {
  const ACCEPTED = at("2026-06-01T10:00:00Z");
  const days = (n: number) => new Date(ACCEPTED.getTime() + n * 86_400_000);
  test("the rule's period", () => {
    expect(CONSULT_OPEN_DAYS).toBe(14);
    expect(consultEndsAt(ACCEPTED).toISOString()).toBe("2026-06-15T10:00:00.000Z");
  });
  test.each<[string, Date, boolean]>([
    ["just accepted", ACCEPTED, false],
    ["a week later", days(7), false],
    ["a millisecond before the end", new Date(days(14).getTime() - 1), false],
    ["exactly at the end", days(14), true],
    ["a month later", days(30), true],
  ])("%s: due = %s", (_name, now, due) => {
    expect(consultDue(ACCEPTED, now)).toBe(due);
    // the sweep selects by the cut-off; both say the same
    expect(ACCEPTED.getTime() <= consultsAcceptedBefore(now).getTime()).toBe(due);
  });
});
