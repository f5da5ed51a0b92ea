// Issue 16 over HTTP against a real PostgreSQL: each request kind's rules, time-slot
// capacity (bookings, travel, availability windows, leave), dialects, the agenda, the
// overlap race and the late-cancellation pay.
import { localTime } from "../../server/src/domain/timeslots";
import { gql, ok } from "../support/graphql";
import {
  AMSTERDAM,
  GRONINGEN,
  UTRECHT,
  away,
  failure,
  MatchingWorld,
  NOT_A_CANDIDATE,
  refusedRule,
  refusedUnchanged,
  startMatchingSuite,
  type KeyPerson,
  type Organisation,
} from "../support/matching-fixtures";
import type { TestServer } from "../support/server";

jest.setTimeout(120_000);

let server: TestServer;
let world: MatchingWorld;
let org: Organisation;
let otherOrg: Organisation;

beforeAll(async () => {
  ({ server, world, org, otherOrg } = await startMatchingSuite());
});
afterAll(async () => {
  await server?.stop();
});

const KIND_FIELDS = `id kind status hoursPerWeek startsOn startsAt endsAt remoteAcceptable requiredDialect preferredDialect
  location { lat lon } municipality { code }
  appointment { startsAt endsAt mode setting role } consult { topic hours } session { startsAt endsAt expectedParticipants topics }`;
const CREATE = `mutation($input: MatchRequestInput!) { createMatchRequest(input: $input) { ${KIND_FIELDS} } }`;
const CANCEL = `mutation($id: ID!) { cancelMatchRequest(requestId: $id) { id status } }`;

/** An instant at a local Amsterdam time, `days` days from today (UTC date), e.g. at(7, "10:00"). */
function at(days: number, time: string, base = new Date()): string {
  const date = new Date(base.getTime() + days * 86_400_000).toISOString().slice(0, 10);
  for (const offset of ["+01:00", "+02:00"]) {
    const instant = Date.parse(`${date}T${time}:00${offset}`);
    const local = localTime(instant);
    if (local.date === date && local.minutes === Number(time.slice(0, 2)) * 60 + Number(time.slice(3))) return new Date(instant).toISOString();
  }
  throw new Error(`no such local time ${date} ${time}`);
}

/** The first day at least `min` days ahead that is the ISO weekday asked (1 = Monday). */
function daysUntil(weekday: number, min = 2): number {
  for (let d = min; d < min + 7; d++) if (localTime(Date.now() + d * 86_400_000).weekday === weekday) return d;
  throw new Error("unreachable");
}

function base(lang: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const { hoursPerWeek: _hours, startsOn: _startsOn, ...input } = world.requestInput({ languageCodes: [lang] });
  return { ...input, ...extra };
}

function appointmentInput(lang: string, startsAt: string, endsAt: string, extra: Record<string, unknown> = {}) {
  return base(lang, { kind: "APPOINTMENT", appointment: { startsAt, endsAt, mode: "ON_SITE", setting: "GP", role: "interpreter" }, ...extra });
}

async function create(token: string, input: Record<string, unknown>) {
  return (await ok(server.url, CREATE, { input }, token)).createMatchRequest;
}

async function setDialect(kp: KeyPerson, dialect: string) {
  await server.dataSource.query(`UPDATE key_person_language SET dialect = $2 WHERE key_person_id = $1`, [Number(kp.id), dialect]);
}

describe("kinds: what each takes", () => {
  test("an old client's request (no kind) is case support, as before", async () => {
    const lang = world.language();
    const { createMatchRequest } = await ok(server.url, CREATE, { input: world.requestInput({ languageCodes: [lang] }) }, org.token);
    expect(createMatchRequest).toMatchObject({
      kind: "CASE_SUPPORT",
      appointment: null,
      consult: null,
      session: null,
      startsAt: null,
      endsAt: null,
      hoursPerWeek: 2,
    });
  });

  test("an appointment: its slot, mode, setting and role; hours from the slot; no start date of its own", async () => {
    const lang = world.language();
    const startsAt = at(7, "10:00");
    const endsAt = at(7, "11:30");
    const request = await create(org.token, appointmentInput(lang, startsAt, endsAt));
    expect(request).toMatchObject({
      kind: "APPOINTMENT",
      hoursPerWeek: 1.5,
      startsAt,
      endsAt,
      remoteAcceptable: false,
      appointment: { startsAt, endsAt, mode: "ON_SITE", setting: "GP", role: "interpreter" },
      consult: null,
      session: null,
    });
    expect(request.startsOn).toBe(localTime(Date.parse(startsAt)).date);
    const { matchRequests } = await ok(server.url, `query { matchRequests(filter: { kind: APPOINTMENT }, perPage: 100) { items { id kind } } }`, {}, org.token);
    expect(matchRequests.items.map((r: { id: string }) => r.id)).toContain(request.id);
    expect(new Set(matchRequests.items.map((r: { kind: string }) => r.kind))).toEqual(new Set(["APPOINTMENT"]));
  });

  test.each<[string, (lang: string) => Record<string, unknown>, string, string]>([
    ["an appointment without its input", (lang) => base(lang, { kind: "APPOINTMENT" }), "KIND_INPUT_REQUIRED", "appointment"],
    [
      "an appointment with a consult beside it",
      (lang) => appointmentInput(lang, at(7, "10:00"), at(7, "11:00"), { consult: { topic: "x", hours: 1 } }),
      "KIND_INPUT_NOT_ALLOWED",
      "consult",
    ],
    [
      "an appointment that ends before it starts",
      (lang) => appointmentInput(lang, at(7, "11:00"), at(7, "10:00")),
      "SLOT_ENDS_BEFORE_START",
      "appointment.endsAt",
    ],
    ["an appointment in the past", (lang) => appointmentInput(lang, at(-2, "10:00"), at(-2, "11:00")), "SLOT_IN_PAST", "appointment.startsAt"],
    ["an appointment of ten hours", (lang) => appointmentInput(lang, at(7, "08:00"), at(7, "18:00")), "SLOT_TOO_LONG", "appointment.endsAt"],
    [
      "an appointment with hours per week",
      (lang) => appointmentInput(lang, at(7, "10:00"), at(7, "11:00"), { hoursPerWeek: 2 }),
      "KIND_INPUT_NOT_ALLOWED",
      "hoursPerWeek",
    ],
    [
      "an appointment without a location",
      (lang) => appointmentInput(lang, at(7, "10:00"), at(7, "11:00"), { location: null }),
      "KIND_INPUT_REQUIRED",
      "location",
    ],
    [
      "an appointment without the newcomer's consent",
      (lang) => appointmentInput(lang, at(7, "10:00"), at(7, "11:00"), { newcomerConsent: false }),
      "CONSENT_REQUIRED",
      "newcomerConsent",
    ],
    [
      "case support with a session",
      (lang) => base(lang, { hoursPerWeek: 2, session: { startsAt: at(7, "10:00"), endsAt: at(7, "11:00"), expectedParticipants: 5 } }),
      "KIND_INPUT_NOT_ALLOWED",
      "session",
    ],
    ["case support without hours", (lang) => base(lang), "KIND_INPUT_REQUIRED", "hoursPerWeek"],
    ["a consult without its input", (lang) => base(lang, { kind: "CONSULT", location: null }), "KIND_INPUT_REQUIRED", "consult"],
    [
      "a consult of 0 hours",
      (lang) => base(lang, { kind: "CONSULT", consult: { topic: "Context", hours: 0 } }),
      "NUMBER_NOT_POSITIVE_OR_TOO_HIGH",
      "consult.hours",
    ],
    [
      "a consult of 12 hours",
      (lang) => base(lang, { kind: "CONSULT", consult: { topic: "Context", hours: 12 } }),
      "NUMBER_NOT_POSITIVE_OR_TOO_HIGH",
      "consult.hours",
    ],
    [
      "a consult with an appointment",
      (lang) =>
        base(lang, {
          kind: "CONSULT",
          consult: { topic: "Context", hours: 1 },
          appointment: { startsAt: at(7, "10:00"), endsAt: at(7, "11:00"), mode: "PHONE" },
        }),
      "KIND_INPUT_NOT_ALLOWED",
      "appointment",
    ],
    ["a session without its input", (lang) => base(lang, { kind: "INFORMATION_SESSION" }), "KIND_INPUT_REQUIRED", "session"],
    [
      "a session for nobody",
      (lang) => base(lang, { kind: "INFORMATION_SESSION", session: { startsAt: at(7, "10:00"), endsAt: at(7, "11:00"), expectedParticipants: 0 } }),
      "NUMBER_OUT_OF_RANGE",
      "session.expectedParticipants",
    ],
    [
      "a session in the past",
      (lang) => base(lang, { kind: "INFORMATION_SESSION", session: { startsAt: at(-1, "10:00"), endsAt: at(-1, "11:00"), expectedParticipants: 10 } }),
      "SLOT_IN_PAST",
      "session.startsAt",
    ],
  ])("refused, changing nothing: %s", async (_name, input, reason, field) => {
    const lang = world.language();
    const refused = await refusedUnchanged(server, () => gql(server.url, CREATE, { input: input(lang) }, org.token));
    expect(refused).toMatchObject({ code: "BAD_USER_INPUT", reason, field });
  });

  test("a consult: no location, no consent, remote by nature: a remote key person far away is a candidate, one who is not remote is not", async () => {
    const lang = world.language();
    const far = await world.keyPerson({ languages: [lang], at: GRONINGEN, maxTravelKm: 10, remote: true });
    const nearNotRemote = await world.keyPerson({ languages: [lang], at: AMSTERDAM, remote: false });
    const { location: _l, newcomerConsent: _c, ...input } = base(lang, { kind: "CONSULT", consult: { topic: "Cultural context of a case", hours: 1.5 } });
    const request = await create(org.token, input);
    expect(request).toMatchObject({ kind: "CONSULT", consult: { topic: "Cultural context of a case", hours: 1.5 }, hoursPerWeek: 1.5, startsAt: null });
    // It belongs to the organisation's region.
    expect(request.municipality.code).toBe("GM0363");
    const ids = await world.candidateIds(org.token, request.id);
    expect(ids).toContain(far.id);
    expect(ids).not.toContain(nearNotRemote.id);
    expect(failure(await world.proposeRaw(org.token, request.id, nearNotRemote.id))).toEqual(NOT_A_CANDIDATE);
    expect(await refusedRule(server, request.id, nearNotRemote.id)).toBe("REACH");
  });

  test("a phone appointment is remote: no distance limit, ranked without distance", async () => {
    const lang = world.language();
    const far = await world.keyPerson({ languages: [lang], at: GRONINGEN, maxTravelKm: 10, remote: true });
    const near = await world.keyPerson({ languages: [lang], at: AMSTERDAM, remote: true });
    const request = await create(
      org.token,
      base(lang, { kind: "APPOINTMENT", appointment: { startsAt: at(8, "10:00"), endsAt: at(8, "11:00"), mode: "PHONE" } }),
    );
    expect(request.remoteAcceptable).toBe(true);
    const candidates = await world.candidates(org.token, request.id);
    expect(candidates.map((c) => c.id).sort()).toEqual([far.id, near.id].sort());
    expect(candidates[0].score).toBe(candidates[1].score);
  });

  test("an information session at the request's location: no consent asked (a group, not one newcomer)", async () => {
    const lang = world.language();
    const kp = await world.keyPerson({ languages: [lang] });
    const { newcomerConsent: _c, ...input } = base(lang, {
      kind: "INFORMATION_SESSION",
      session: { startsAt: at(9, "14:00"), endsAt: at(9, "16:00"), expectedParticipants: 25, topics: ["Health care", " Mental health "] },
    });
    const request = await create(org.token, input);
    expect(request).toMatchObject({
      kind: "INFORMATION_SESSION",
      hoursPerWeek: 2,
      session: { expectedParticipants: 25, topics: ["Health care", "Mental health"] },
    });
    expect(await world.candidateIds(org.token, request.id)).toEqual([kp.id]);
  });
});

describe("time-slot capacity", () => {
  test("booked at an overlapping time, or without time to travel: excluded (BOOKED, NOT_A_CANDIDATE); right after at the same place: fine", async () => {
    const lang = world.language();
    const kp = await world.keyPerson({ languages: [lang], maxTravelKm: 80 });
    const day = 10;
    const first = await create(org.token, appointmentInput(lang, at(day, "10:00"), at(day, "11:00")));
    await world.propose(org, first.id, kp.id);

    const overlapping = await create(otherOrg.token, appointmentInput(lang, at(day, "10:30"), at(day, "11:30")));
    expect(await world.candidateIds(otherOrg.token, overlapping.id)).not.toContain(kp.id);
    expect(failure(await world.proposeRaw(otherOrg.token, overlapping.id, kp.id))).toEqual(NOT_A_CANDIDATE);
    expect(await refusedRule(server, overlapping.id, kp.id)).toBe("BOOKED");
    // Nobody else speaks the language: unmet, and the coordinator sees why (the other key persons of this file: LANGUAGE).
    const unmet = await ok(
      server.url,
      `query($id: ID!) { matchRequest(id: $id) { unmetExclusions { rule count } } }`,
      { id: overlapping.id },
      world.coordinator,
    );
    expect(unmet.matchRequest.unmetExclusions).toContainEqual({ rule: "BOOKED", count: 1 });

    const rightAfter = await create(otherOrg.token, appointmentInput(lang, at(day, "11:00"), at(day, "12:00")));
    expect(await world.candidateIds(otherOrg.token, rightAfter.id)).toContain(kp.id);

    // Utrecht is about 35 km from the Dam: 70 minutes at 30 km/h; 30 minutes is not enough, 90 is.
    const utrechtSoon = await create(otherOrg.token, appointmentInput(lang, at(day, "11:30"), at(day, "12:30"), { location: UTRECHT }));
    expect(await world.candidateIds(otherOrg.token, utrechtSoon.id)).not.toContain(kp.id);
    const utrechtLater = await create(otherOrg.token, appointmentInput(lang, at(day, "12:30"), at(day, "13:30"), { location: UTRECHT }));
    expect(await world.candidateIds(otherOrg.token, utrechtLater.id)).toContain(kp.id);
    // A phone appointment needs no travel.
    const phone = await create(
      otherOrg.token,
      base(lang, { kind: "APPOINTMENT", appointment: { startsAt: at(day, "11:05"), endsAt: at(day, "11:35"), mode: "PHONE" } }),
    );
    await world.keyPerson({ languages: [lang], remote: true }); // someone remote, so the request is not unmet either way
    await server.dataSource.query(`UPDATE key_person SET remote_available = true WHERE id = $1`, [Number(kp.id)]);
    expect(await world.candidateIds(otherOrg.token, phone.id)).toContain(kp.id);
  });

  test("on leave on the day of the slot: excluded; the leave ends the day before: fine", async () => {
    const lang = world.language();
    const kp = await world.keyPerson({ languages: [lang] });
    const startsAt = at(12, "10:00");
    const date = localTime(Date.parse(startsAt)).date;
    await ok(
      server.url,
      `mutation($k: ID!, $d: Date!) { addLeave(keyPersonId: $k, input: { startsOn: $d, endsOn: $d }) { id } }`,
      { k: kp.id, d: date },
      world.coordinator,
    );
    const request = await create(org.token, appointmentInput(lang, startsAt, at(12, "11:00")));
    expect(await world.candidateIds(org.token, request.id)).toEqual([]);
    const nextDay = await create(org.token, appointmentInput(lang, at(13, "10:00"), at(13, "11:00")));
    expect(await world.candidateIds(org.token, nextDay.id)).toEqual([kp.id]);
  });

  test("weekly availability windows: dated kinds respect them, case support does not; only the key person or a coordinator sets them", async () => {
    const lang = world.language();
    const kp = await world.keyPerson({ languages: [lang], login: true });
    const SET = `mutation($k: ID!, $w: [AvailabilityWindowInput!]!) { setAvailabilityWindows(keyPersonId: $k, windows: $w) { id availabilityWindows { weekday startTime endTime } } }`;
    const tuesday = daysUntil(2);
    const { setAvailabilityWindows } = await ok(server.url, SET, { k: kp.id, w: [{ weekday: 2, startTime: "09:00", endTime: "13:00" }] }, kp.token);
    expect(setAvailabilityWindows.availabilityWindows).toEqual([{ weekday: 2, startTime: "09:00", endTime: "13:00" }]);

    const inside = await create(org.token, appointmentInput(lang, at(tuesday, "10:00"), at(tuesday, "12:00")));
    expect(await world.candidateIds(org.token, inside.id)).toEqual([kp.id]);
    const afternoon = await create(org.token, appointmentInput(lang, at(tuesday, "13:30"), at(tuesday, "14:30")));
    expect(await world.candidateIds(org.token, afternoon.id)).toEqual([]);
    const wednesday = await create(org.token, appointmentInput(lang, at(tuesday + 1, "10:00"), at(tuesday + 1, "11:00")));
    expect(await world.candidateIds(org.token, wednesday.id)).toEqual([]);
    const caseSupport = await world.request(org, { languageCodes: [lang] });
    expect(await world.candidateIds(org.token, caseSupport.id)).toEqual([kp.id]);

    // Bad windows change nothing.
    for (const [windows, reason] of [
      [[{ weekday: 8, startTime: "09:00", endTime: "13:00" }], "NUMBER_OUT_OF_RANGE"],
      [[{ weekday: 1, startTime: "9 uur", endTime: "13:00" }], "NOT_A_TIME"],
      [[{ weekday: 1, startTime: "13:00", endTime: "09:00" }], "WINDOW_ENDS_BEFORE_START"],
      [
        [
          { weekday: 1, startTime: "09:00", endTime: "13:00" },
          { weekday: 1, startTime: "12:00", endTime: "15:00" },
        ],
        "WINDOWS_OVERLAP",
      ],
    ] as const) {
      expect((await refusedUnchanged(server, () => gql(server.url, SET, { k: kp.id, w: windows }, kp.token))).reason).toBe(reason);
    }
    // Another key person hears the record does not exist; an organisation may not at all.
    const other = await world.keyPerson({ languages: [lang], login: true });
    expect(failure(await gql(server.url, SET, { k: kp.id, w: [] }, other.token)).code).toBe("NOT_FOUND");
    expect(failure(await gql(server.url, SET, { k: kp.id, w: [] }, org.token)).code).toBe("FORBIDDEN");
    // An organisation does not read them.
    const seen = await ok(server.url, `query($k: ID!) { keyPerson(id: $k) { availabilityWindows { weekday } } }`, { k: kp.id }, world.coordinator);
    expect(seen.keyPerson.availabilityWindows).toHaveLength(1);
    // A coordinator clears them: any time again.
    await ok(server.url, SET, { k: kp.id, w: [] }, world.coordinator);
    expect(await world.candidateIds(org.token, afternoon.id)).toContain(kp.id);
  });

  test("the weekly capacity still holds for dated kinds", async () => {
    const lang = world.language();
    const kp = await world.keyPerson({ languages: [lang], capacity: 1 });
    const twoHours = await create(org.token, appointmentInput(lang, at(14, "10:00"), at(14, "12:00")));
    expect(await world.candidateIds(org.token, twoHours.id)).toEqual([]);
    expect(kp.id).toBeTruthy();
  });

  test("the agenda: bookings(from, to) lists proposed and accepted dated work, for the key person and coordinators only", async () => {
    const lang = world.language();
    const kp = await world.keyPerson({ languages: [lang], login: true });
    const accepted = await create(org.token, appointmentInput(lang, at(15, "10:00"), at(15, "11:00")));
    await world.activeAssignment(org, accepted.id, kp);
    const proposed = await create(
      otherOrg.token,
      base(lang, { kind: "INFORMATION_SESSION", session: { startsAt: at(15, "14:00"), endsAt: at(15, "15:00"), expectedParticipants: 8 } }),
    );
    const proposal = await world.propose(otherOrg, proposed.id, kp.id);
    const outside = await create(org.token, appointmentInput(lang, at(30, "10:00"), at(30, "11:00")));
    await world.propose(org, outside.id, kp.id);
    const AGENDA = `query($k: ID!, $from: DateTime!, $to: DateTime!) { keyPerson(id: $k) { bookings(from: $from, to: $to) { assignmentId requestId kind startsAt endsAt mode status municipality { code } } } }`;
    const vars = { k: kp.id, from: at(15, "00:00"), to: at(16, "00:00") };
    const { keyPerson } = await ok(server.url, AGENDA, vars, kp.token);
    expect(keyPerson.bookings).toEqual([
      expect.objectContaining({ requestId: accepted.id, kind: "APPOINTMENT", mode: "ON_SITE", status: "ACCEPTED", municipality: { code: "GM0363" } }),
      expect.objectContaining({ assignmentId: proposal.id, requestId: proposed.id, kind: "INFORMATION_SESSION", mode: null, status: "PROPOSED" }),
    ]);
    expect((await ok(server.url, AGENDA, vars, world.coordinator)).keyPerson.bookings).toHaveLength(2);
    // A regional coordinator for Amsterdam reads the agenda of a key person living there, but not where they work outside the region.
    await server.dataSource.query(`UPDATE key_person SET remote_available = true WHERE id = $1`, [Number(kp.id)]);
    const utrecht = await create(
      otherOrg.token,
      base(lang, { location: UTRECHT, kind: "APPOINTMENT", appointment: { startsAt: at(15, "17:00"), endsAt: at(15, "17:30"), mode: "VIDEO" } }),
    );
    await world.propose(otherOrg, utrecht.id, kp.id);
    const regional = await world.regionalCoordinator(["GM0363"]);
    const regionalView = (await ok(server.url, AGENDA, vars, regional)).keyPerson.bookings;
    expect(regionalView.map((b: { municipality: { code: string } | null }) => b.municipality?.code ?? null)).toEqual(["GM0363", "GM0363", null]);
    await ok(server.url, CANCEL, { id: utrecht.id }, otherOrg.token);
    // Many key persons' agendas in one list: each gets its own (one query per period, DataLoader).
    const other = await world.keyPerson({ languages: [lang] });
    const LIST = `query($ids: [ID!], $from: DateTime!, $to: DateTime!) { keyPersons(filter: { ids: $ids }) { items { id bookings(from: $from, to: $to) { requestId } } } }`;
    const { keyPersons } = await ok(server.url, LIST, { ids: [kp.id, other.id], from: vars.from, to: vars.to }, world.coordinator);
    const agendas = Object.fromEntries(
      keyPersons.items.map((k: { id: string; bookings: { requestId: string }[] }) => [k.id, k.bookings.map((b) => b.requestId)]),
    );
    expect(agendas).toEqual({ [kp.id]: [accepted.id, proposed.id], [other.id]: [] });
    expect(failure(await gql(server.url, AGENDA, { ...vars, from: vars.to, to: vars.from }, kp.token)).reason).toBe("PERIOD_INVALID");
  });
});

describe("dialect", () => {
  test("requiredDialect excludes whoever does not note it (case, accents and spaces aside); preferredDialect ranks", async () => {
    const lang = world.language();
    const sorani = await world.keyPerson({ languages: [lang], at: away(AMSTERDAM, 5) });
    const kurmanji = await world.keyPerson({ languages: [lang], at: AMSTERDAM });
    await setDialect(sorani, "Sorani (Sulaymaniyah)");
    await setDialect(kurmanji, "Kurmancî");
    const required = await world
      .request(org, { languageCodes: [lang] })
      .then(async () => create(org.token, { ...world.requestInput({ languageCodes: [lang] }), requiredDialect: "  SORANI " }));
    expect(required.requiredDialect).toBe("SORANI");
    expect(await world.candidateIds(org.token, required.id)).toEqual([sorani.id]);
    expect(failure(await world.proposeRaw(org.token, required.id, kurmanji.id))).toEqual(NOT_A_CANDIDATE);
    expect(await refusedRule(server, required.id, kurmanji.id)).toBe("DIALECT");

    const accents = await create(org.token, { ...world.requestInput({ languageCodes: [lang] }), requiredDialect: "kurmanci" });
    expect(await world.candidateIds(org.token, accents.id)).toEqual([kurmanji.id]);

    // Nearer wins without a wish; the wish for Sorani lifts the one 5 km away above the one at the Dam.
    const plain = await world.request(org, { languageCodes: [lang] });
    expect((await world.candidateIds(org.token, plain.id))[0]).toBe(kurmanji.id);
    const wish = await create(org.token, { ...world.requestInput({ languageCodes: [lang] }), preferredDialect: "sorani" });
    const ranked = await world.candidates(org.token, wish.id);
    expect(ranked.map((c) => c.id)).toEqual([sorani.id, kurmanji.id]);
    expect(ranked[0].reasons).toContain("speaks the sorani dialect");
  });

  test("on any kind: a consult asking a dialect", async () => {
    const lang = world.language();
    const kp = await world.keyPerson({ languages: [lang], remote: true });
    await world.keyPerson({ languages: [lang], remote: true });
    await setDialect(kp, "Herati");
    const request = await create(
      org.token,
      base(lang, { kind: "CONSULT", location: null, consult: { topic: "Context", hours: 1 }, requiredDialect: "herati" }),
    );
    expect(await world.candidateIds(org.token, request.id)).toEqual([kp.id]);
  });
});

describe("two overlapping proposals to one person can never both be accepted", () => {
  test("simultaneous proposals of one key person for overlapping slots by two organisations: one wins", async () => {
    for (let round = 0; round < 5; round++) {
      const lang = world.language();
      const kp = await world.keyPerson({ languages: [lang] });
      const [a, b] = await Promise.all([
        create(org.token, appointmentInput(lang, at(20, "10:00"), at(20, "11:00"))),
        create(otherOrg.token, appointmentInput(lang, at(20, "10:30"), at(20, "11:30"))),
      ]);
      const responses = await Promise.all([world.proposeRaw(org.token, a.id, kp.id), world.proposeRaw(otherOrg.token, b.id, kp.id)]);
      expect(responses.filter((r) => !r.errors)).toHaveLength(1);
      expect(failure(responses.find((r) => r.errors)!)).toEqual(NOT_A_CANDIDATE);
    }
  });

  test("two overlapping proposals (one made before the rule existed) accepted at the same moment, many times: exactly one is accepted, the other hears SLOT_TAKEN", async () => {
    const lang = world.language();
    const kp = await world.keyPerson({ languages: [lang], login: true, capacity: 40 });
    for (let round = 0; round < 12; round++) {
      const day = 40 + round;
      const first = await create(org.token, appointmentInput(lang, at(day, "10:00"), at(day, "11:00")));
      const second = await create(otherOrg.token, appointmentInput(lang, at(day, "10:30"), at(day, "11:30")));
      const one = await world.propose(org, first.id, kp.id);
      // The rules refuse a second overlapping proposal; write it as an older proposal would be.
      const [{ id: two }] = await server.dataSource.query(
        `INSERT INTO assignment (request_id, key_person_id, status, hours_per_week, proposed_at, respond_by) VALUES ($1, $2, 'PROPOSED', 1, now(), now() + interval '72 hours') RETURNING id`,
        [Number(second.id), Number(kp.id)],
      );
      const responses = await Promise.all([world.respondRaw(kp.token, one.id, true), world.respondRaw(kp.token, String(two), true)]);
      const accepted = responses.filter((r) => !r.errors);
      expect(accepted).toHaveLength(1);
      expect(failure(responses.find((r) => r.errors)!)).toMatchObject({ code: "CONFLICT", reason: "SLOT_TAKEN" });
      const rows: { status: string }[] = await server.dataSource.query(`SELECT status FROM assignment WHERE id = ANY($1) ORDER BY id`, [[Number(one.id), two]]);
      expect(rows.map((r) => r.status).sort()).toEqual(["ACTIVE", "PROPOSED"]);
      // Clean up the round: the leftover proposal is declined.
      const left = responses.findIndex((r) => r.errors);
      await world.respond(kp, left === 0 ? one.id : String(two), false);
    }
  });
});

describe("dated work follows its slot", () => {
  test("the sweep completes accepted work once the slot has ended (the hours are free again, the request closes) and expires a proposal whose slot began", async () => {
    const lang = world.language();
    const kp = await world.keyPerson({ languages: [lang], login: true, capacity: 2 });
    const done = await create(org.token, appointmentInput(lang, at(5, "10:00"), at(5, "12:00")));
    await world.activeAssignment(org, done.id, kp);
    const begun = await create(
      otherOrg.token,
      base(lang, { kind: "APPOINTMENT", appointment: { startsAt: at(6, "10:00"), endsAt: at(6, "10:30"), mode: "PHONE" } }),
    );
    await server.dataSource.query(`UPDATE key_person SET weekly_capacity_hours = 4, remote_available = true WHERE id = $1`, [Number(kp.id)]);
    const proposal = await world.propose(otherOrg, begun.id, kp.id);
    expect(await world.committedHours(kp.id)).toBe(2.5);
    // Time passes: the first slot is over, the second has begun (moved into the past here).
    await server.dataSource.query(`UPDATE match_request SET starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' WHERE id = $1`, [
      Number(done.id),
    ]);
    await server.dataSource.query(`UPDATE match_request SET starts_at = now() - interval '5 minutes', ends_at = now() + interval '25 minutes' WHERE id = $1`, [
      Number(begun.id),
    ]);
    expect(failure(await world.respondRaw(kp.token, proposal.id, true))).toMatchObject({ code: "CONFLICT", reason: "PROPOSAL_EXPIRED" });
    await server.services.matching.expireDue();
    const rows: { request_id: number; status: string }[] = await server.dataSource.query(
      `SELECT request_id, status FROM assignment WHERE key_person_id = $1 ORDER BY request_id`,
      [Number(kp.id)],
    );
    expect(rows).toEqual([
      { request_id: Number(done.id), status: "COMPLETED" },
      { request_id: Number(begun.id), status: "EXPIRED" },
    ]);
    expect((await world.getRequest(org.token, done.id)).status).toBe("CLOSED");
    expect(await world.committedHours(kp.id)).toBe(0);
  });
});

describe("a consult ends too (CONSULT_OPEN_DAYS after acceptance)", () => {
  test("the sweep leaves a fresh consult active and completes one accepted 14 days ago: its hours are free again, the request closes", async () => {
    const lang = world.language();
    const kp = await world.keyPerson({ languages: [lang], at: GRONINGEN, remote: true, login: true });
    const { location: _l, newcomerConsent: _c, ...input } = base(lang, { kind: "CONSULT", consult: { topic: "Cultural context of a case", hours: 1.5 } });
    const request = await create(org.token, input);
    const active = await world.activeAssignment(org, request.id, kp);
    expect(await world.committedHours(kp.id)).toBe(1.5);
    await server.services.matching.expireDue();
    expect(await world.assignmentRows({ requestId: request.id })).toMatchObject([{ status: "ACTIVE" }]);
    // Accepted 13 days ago: still open.
    await server.dataSource.query(`UPDATE assignment SET responded_at = now() - interval '13 days' WHERE id = $1`, [Number(active.id)]);
    await server.services.matching.expireDue();
    expect(await world.assignmentRows({ requestId: request.id })).toMatchObject([{ status: "ACTIVE" }]);
    // Accepted 15 days ago: completed at acceptance + 14 days, as dated work is at its slot's end.
    await server.dataSource.query(`UPDATE assignment SET responded_at = date_trunc('second', now()) - interval '15 days' WHERE id = $1`, [Number(active.id)]);
    await server.services.matching.expireDue();
    const [row] = await server.dataSource.query(`SELECT status, ended_at = responded_at + interval '14 days' AS at_end FROM assignment WHERE id = $1`, [
      Number(active.id),
    ]);
    expect(row).toEqual({ status: "COMPLETED", at_end: true });
    expect((await world.getRequest(org.token, request.id)).status).toBe("CLOSED");
    expect(await world.committedHours(kp.id)).toBe(0);
    const [audit] = await server.dataSource.query(`SELECT detail FROM audit_log WHERE action = 'completeAssignment' AND entity_id = $1`, [String(active.id)]);
    expect(audit.detail).toEqual({ because: "CONSULT_PERIOD_ENDED" });
  });
});

/** The year of the late-cancellation entry among the entries. */
const lateYear = (entries: { lateCancellation: boolean; date: string }[]) => entries.find((e) => e.lateCancellation)!.date.slice(0, 4);

describe("late cancellation", () => {
  const ENTRIES = `query { hourEntries { items { id hours date activity status lateCancellation } } }`;

  test("cancelled less than 24 hours before the start: each accepted key person gets an hour entry of the booked time, marked lateCancellation", async () => {
    const lang = world.language();
    const kp = await world.keyPerson({ languages: [lang], login: true });
    const soon = new Date(Date.now() + 3 * 3600_000);
    soon.setUTCSeconds(0, 0);
    const startsAt = soon.toISOString();
    const endsAt = new Date(soon.getTime() + 90 * 60_000).toISOString();
    const request = await create(org.token, appointmentInput(lang, startsAt, endsAt));
    await world.activeAssignment(org, request.id, kp);
    const before = (await ok(server.url, ENTRIES, {}, kp.token)).hourEntries.items;
    await ok(server.url, CANCEL, { id: request.id }, org.token);
    const after = (await ok(server.url, ENTRIES, {}, kp.token)).hourEntries.items;
    expect(after).toHaveLength(before.length + 1);
    expect(after.find((e: { lateCancellation: boolean }) => e.lateCancellation)).toMatchObject({
      hours: 1.5,
      date: localTime(soon.getTime()).date,
      activity: "ACCOMPANIMENT",
      status: "SUBMITTED",
      lateCancellation: true,
    });
    // The organisation that funds it reviews it like any other hours, and approves it: paid
    // (under this year's allowance figures, which a coordinator adds first).
    const year = Number(lateYear(after));
    await ok(
      server.url,
      `mutation($y: Int!) { setCompensationRules(year: $y, input: { hourlyRateCents: 560, hourlyRateUnder21Cents: 330, monthCapCents: 21000, yearCapCents: 210000, kmRateCents: 23 }) { year } }`,
      { y: year },
      world.coordinator,
    );
    const { hourEntries } = await ok(server.url, ENTRIES, {}, org.token);
    const late = hourEntries.items.find((e: { lateCancellation: boolean }) => e.lateCancellation);
    expect(late).toBeDefined();
    const { reviewHours } = await ok(
      server.url,
      `mutation($id: ID!) { reviewHours(id: $id, approve: true) { status lateCancellation allowanceCents } }`,
      { id: late.id },
      org.token,
    );
    expect(reviewHours).toMatchObject({ status: "APPROVED", lateCancellation: true });
    // A volunteer earns the allowance for it: 1.5 hours at the hourly rate.
    expect(reviewHours.allowanceCents).toBe(840);
  });

  test("a proposal not yet accepted is not paid; a cancellation more than 24 hours ahead pays nothing", async () => {
    const lang = world.language();
    const kp = await world.keyPerson({ languages: [lang], login: true });
    const proposedOnly = await create(
      org.token,
      appointmentInput(lang, new Date(Date.now() + 5 * 3600_000).toISOString(), new Date(Date.now() + 6 * 3600_000).toISOString()),
    );
    await world.propose(org, proposedOnly.id, kp.id);
    await ok(server.url, CANCEL, { id: proposedOnly.id }, org.token);
    const early = await create(org.token, appointmentInput(lang, at(3, "10:00"), at(3, "11:00")));
    await world.activeAssignment(org, early.id, kp);
    await ok(server.url, CANCEL, { id: early.id }, org.token);
    const rows = await server.dataSource.query(`SELECT count(*)::int AS n FROM hour_entry WHERE key_person_id = $1`, [Number(kp.id)]);
    expect(rows[0].n).toBe(0);
  });

  test("case support cancelled at any time pays nothing", async () => {
    const lang = world.language();
    const kp = await world.keyPerson({ languages: [lang], login: true });
    const request = await world.request(org, { languageCodes: [lang] });
    await world.activeAssignment(org, request.id, kp);
    await ok(server.url, CANCEL, { id: request.id }, org.token);
    const rows = await server.dataSource.query(`SELECT count(*)::int AS n FROM hour_entry WHERE key_person_id = $1`, [Number(kp.id)]);
    expect(rows[0].n).toBe(0);
  });
});
