// Own activities (issue 16): a key person declares intervision, training, network meetings
// and preparation without an assignment. The national scheme funds them: the coordinator
// reviews them, organisations never see them. They count toward the day's 24 hours, the
// allowance caps, the payment export, the data export and the load used in matching; a
// regional coordinator sees them for key persons of the region.
import { ManualClock } from "../../server/src/clock";
import {
  csvRecords,
  refusedUnchanged,
  startCompensationSuite,
  type CompensationWorld,
  type KeyPerson,
  type Organisation,
} from "../support/compensation-fixtures";
import { gql, ok, type GraphQLResponse } from "../support/graphql";
import type { TestServer } from "../support/server";

jest.setTimeout(90_000);

// The key persons start on 3 March 2025; "today" is Monday 16 June 2025.
const clock = new ManualClock(new Date("2025-03-03T08:00:00Z"));
const FIELDS = `id date hours activity ownActivity note status allowanceCents assignment { id } keyPerson { id }`;
const DECLARE = `mutation($i: OwnActivityInput!) { declareOwnActivity(input: $i) { ${FIELDS} } }`;
const LIST = `query($f: ReviewFilter) { hourEntries(filter: $f, perPage: 100) { total items { ${FIELDS} } } }`;

let server: TestServer, world: CompensationWorld, orgA: Organisation;
let amina: KeyPerson, other: KeyPerson;
let aminaA: string;

beforeAll(async () => {
  ({ server, world, orgA } = await startCompensationSuite(clock));
  [amina, other] = await Promise.all([world.keyPerson({ name: "Amina Own" }), world.keyPerson({ name: "Other Own" })]);
  aminaA = await world.assignment(orgA, amina);
  await world.setClock("2025-06-16T10:00:00Z");
});
afterAll(async () => {
  await server?.stop();
});

const declareRaw = (kp: { token: string }, input: Record<string, unknown>): Promise<GraphQLResponse> =>
  gql(world.url, DECLARE, { i: { activity: "INTERVISION", date: "2025-06-10", hours: 2, ...input } }, kp.token);
const declare = async (kp: KeyPerson, input: Record<string, unknown>) => (await ok(world.url, DECLARE, { i: input }, kp.token)).declareOwnActivity;
const list = async (token: string, filter: Record<string, unknown> | null = null) =>
  (await ok(world.url, LIST, { f: filter }, token)).hourEntries as { total: number; items: any[] };
const refused = (run: () => Promise<GraphQLResponse>) => refusedUnchanged(server, run);

describe("declaring an own activity", () => {
  test("the key person declares an intervision hour for themself: no assignment, funded by the national scheme, waiting for review", async () => {
    const entry = await declare(amina, { activity: "INTERVISION", date: "2025-06-10", hours: 1.5, note: "  Intervisie regio Noord  " });
    expect(entry).toMatchObject({
      date: "2025-06-10",
      hours: 1.5,
      activity: null,
      ownActivity: "INTERVISION",
      note: "Intervisie regio Noord",
      status: "SUBMITTED",
      assignment: null,
      keyPerson: { id: amina.id },
    });
    const [row] = await server.dataSource.query(`SELECT funder, assignment_id FROM hour_entry WHERE id = $1`, [entry.id]);
    expect(row).toEqual({ funder: "NATIONAL_SCHEME", assignment_id: null });
    const [audit] = await server.dataSource.query(`SELECT action FROM audit_log WHERE entity_type = 'HourEntry' AND entity_id = $1`, [entry.id]);
    expect(audit.action).toBe("declareOwnActivity");
    // Their own list shows it, with work on assignments.
    expect((await list(amina.token)).items.map((i) => i.id)).toContain(entry.id);
  });

  test.each([
    ["a date in the future", { date: "2025-06-17" }, "DATE_IN_FUTURE", "date"],
    ["a date before the declaration window", { date: "2022-12-31" }, "DATE_OUTSIDE_WINDOW", "date"],
    ["not a date", { date: "2025-02-30" }, undefined, undefined],
    ["no hours", { hours: 0 }, "HOURS_GRANULARITY", "hours"],
    ["negative hours", { hours: -1 }, "HOURS_GRANULARITY", "hours"],
    ["more than a long training day", { hours: 10.25 }, "HOURS_GRANULARITY", "hours"],
    ["not in quarters", { hours: 1.1 }, "HOURS_GRANULARITY", "hours"],
    ["a note that is too long", { note: "x".repeat(501) }, "TEXT_TOO_LONG", "note"],
  ])("%s is refused and changes nothing", async (_what, input, reason, field) => {
    const refusal = await refused(() => declareRaw(amina, input));
    if (reason) expect(refusal).toMatchObject({ code: "BAD_USER_INPUT", reason, field });
    else expect(refusal.code).toBe("BAD_USER_INPUT");
  });

  test("an unknown activity is refused by the schema", async () => {
    const response = await declareRaw(amina, { activity: "HOLIDAY" });
    expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.data ?? null).toBeNull();
  });

  test("only a key person declares, for themself: organisations and coordinators are refused", async () => {
    for (const token of [orgA.token, world.coordinator]) {
      expect((await refused(() => declareRaw({ token }, {}))).code).toBe("FORBIDDEN");
    }
    const anonymous = await gql(world.url, DECLARE, { i: { activity: "TRAINING", date: "2025-06-10", hours: 1 } });
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  test("the day's 24 hours count assignments and own activities together", async () => {
    await world.declare(amina, aminaA, "2025-06-11", 20);
    await declare(amina, { activity: "TRAINING", date: "2025-06-11", hours: 4 });
    expect(await refused(() => declareRaw(amina, { activity: "PREPARATION", date: "2025-06-11", hours: 0.25 }))).toMatchObject({
      reason: "DAY_FULL",
      params: { maxHours: 24 },
    });
    expect((await refused(() => world.declareRaw(amina, aminaA, { date: "2025-06-11", hours: 0.25 }))).reason).toBe("DAY_FULL");
  });
});

describe("reviewing an own activity", () => {
  test("the coordinator reviews it; the organisation neither sees nor reviews it", async () => {
    const entry = await declare(amina, { activity: "NETWORK_MEETING", date: "2025-06-12", hours: 2 });
    // The organisation funds Amina's assignment, but not her own activities.
    const orgList = await list(orgA.token);
    expect(orgList.items.every((i) => i.ownActivity === null)).toBe(true);
    expect((await list(orgA.token, { ids: [entry.id] })).total).toBe(0);
    expect(await refused(() => world.reviewRaw(orgA.token, entry.id, true))).toMatchObject({
      code: "FORBIDDEN",
      reason: "NOT_THE_FUNDER",
      params: { funder: "NATIONAL" },
    });
    // The coordinator has it to review, and approves it: € 5.60 an hour in 2025.
    expect((await list(world.coordinator, { toReview: true, status: "SUBMITTED" })).items.map((i) => i.id)).toContain(entry.id);
    const approved = await world.review(world.coordinator, entry.id, true);
    expect(approved).toMatchObject({ status: "APPROVED", allowanceCents: 2 * 560 });
    // The key person may not review their own.
    const another = await declare(amina, { activity: "PREPARATION", date: "2025-06-12", hours: 1 });
    expect((await refused(() => world.reviewRaw(amina.token, another.id, true))).code).toBe("FORBIDDEN");
    expect((await world.review(world.coordinator, another.id, false, "Geen voorbereiding zonder aanvraag")).status).toBe("REJECTED");
  });

  test("another key person does not see them", async () => {
    const theirs = await list(other.token);
    expect(theirs.items.every((i) => i.keyPerson.id === other.id)).toBe(true);
  });

  test("a regional coordinator sees them for key persons of the region only; fields resolve with no assignment", async () => {
    const [inRegion, outside] = await Promise.all([world.regionalCoordinator(["GM0363"]), world.regionalCoordinator(["GM0344"])]);
    const seen = await list(inRegion.token, { keyPersonId: amina.id });
    const own = seen.items.filter((i) => i.ownActivity !== null);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((i) => i.assignment === null && i.keyPerson.id === amina.id)).toBe(true);
    expect((await list(outside.token, { keyPersonId: amina.id })).total).toBe(0);
  });
});

describe("own activities count like other hours", () => {
  test("toward the allowance caps: the month's room includes approved own activities", async () => {
    const kp = await world.keyPerson({ name: "Caps Own" });
    // € 210 a month at € 5.60 an hour: 37.5 hours. 30 h of training approved by the coordinator…
    for (const date of ["2025-05-05", "2025-05-06", "2025-05-07"]) {
      const entry = await declare(kp, { activity: "TRAINING", date, hours: 10 });
      await world.review(world.coordinator, entry.id, true);
    }
    const overview = await world.overview(kp.token, kp.id, 2025);
    expect(overview.months[4]).toMatchObject({ hoursApproved: 30, allowanceCents: 30 * 560, roomCents: 21_000 - 30 * 560 });
    // …leave room for 7.5 hours: 8 more hours of own activity pass the cap.
    const over = await declare(kp, { activity: "INTERVISION", date: "2025-05-08", hours: 8 });
    expect(await refused(() => world.reviewRaw(world.coordinator, over.id, true))).toMatchObject({ reason: "CAP_EXCEEDED", params: { cap: "MONTH" } });
  });

  test("in the national scheme's payment export, described by their activity", async () => {
    const kp = await world.keyPerson({ name: "Export Own" });
    await ok(
      world.url,
      `mutation($k: ID!, $iban: String!) { setPaymentDetails(keyPersonId: $k, iban: $iban) }`,
      { k: kp.id, iban: "NL91ABNA0417164300" },
      kp.token,
    );
    const entry = await declare(kp, { activity: "INTERVISION", date: "2025-04-14", hours: 1.5 });
    await world.review(world.coordinator, entry.id, true);
    const batch = await world.export(world.coordinator, null, "2025-04-14", "2025-04-14");
    const line = csvRecords(batch.csv).find((r) => r.reference === `H-${entry.id}`);
    expect(line).toMatchObject({ type: "HOURS", key_person_id: kp.id, hours: "1.5", description: "INTERVISION", amount_cents: String(1.5 * 560) });
    // An organisation's export never holds them.
    const orgBatch = await gql(
      world.url,
      `mutation($o: ID, $f: Date!, $t: Date!) { exportPayments(organisationId: $o, from: $f, to: $t) { csv } }`,
      {
        o: orgA.id,
        f: "2025-04-14",
        t: "2025-04-14",
      },
      orgA.token,
    );
    expect(JSON.stringify(orgBatch)).not.toContain(`H-${entry.id}`);
  });

  test("in the key person's data export", async () => {
    const exported = await ok(world.url, `query($k: ID!) { personalDataExport(keyPersonId: $k) }`, { k: amina.id }, world.coordinator);
    const hours = exported.personalDataExport.hourEntries as any[];
    expect(hours.some((h) => h.own_activity === "INTERVISION" && h.assignment_id === null && h.note === "Intervisie regio Noord")).toBe(true);
  });

  test("in the wellbeing load rules: three weeks of own activities over capacity make a key person RED", async () => {
    const kp = await world.keyPerson({ name: "Overloaded Own", capacity: 2 });
    // "Today" is 16 June: one entry of 3 hours in each of the last three weeks.
    for (const date of ["2025-06-12", "2025-06-05", "2025-05-29"]) await declare(kp, { activity: "TRAINING", date, hours: 3 });
    const { keyPerson } = await ok(
      world.url,
      `query($id: ID!) { keyPerson(id: $id) { wellbeing { status reasons { level code } } } }`,
      { id: kp.id },
      world.coordinator,
    );
    expect(keyPerson.wellbeing.reasons).toContainEqual({ level: "RED", code: "OVER_CAPACITY" });
    expect(keyPerson.wellbeing.status).toBe("RED");
  });

  test("in the load used in matching: recent own activities take weekly capacity", async () => {
    // 4 hours a week of capacity; 8 hours of training in the last four weeks hold 2 a week.
    const busy = await world.keyPerson({ name: "Busy Own", capacity: 4 });
    const idle = await world.keyPerson({ name: "Idle Own", capacity: 4 });
    await declare(busy, { activity: "TRAINING", date: "2025-06-02", hours: 8 });
    const request = await world.matching.request(orgA, { languageCodes: ["tir"], newcomerConsent: true, hoursPerWeek: 3 });
    const ids = await world.matching.candidateIds(orgA.token, request.id);
    expect(ids).toContain(idle.id);
    expect(ids).not.toContain(busy.id);
  });
});

describe("the coordinator's dashboard counts every kind of work", () => {
  const DASHBOARD = `{ oversightDashboard { hoursByWork { kind ownActivity declaredHours approvedHours } unmetByKind { kind count }
    bookedUtilisation { label count } utilisation { label count } } }`;
  const dashboard = async () => (await ok(world.url, DASHBOARD, {}, world.coordinator)).oversightDashboard;
  const hoursOf = (d: any, key: { kind?: string; ownActivity?: string }) =>
    d.hoursByWork.find((w: any) => (key.kind ? w.kind === key.kind : w.ownActivity === key.ownActivity));
  const bucket = (buckets: { label: string; count: number }[], label: string) => buckets.find((b) => b.label === label)!.count;

  test("hours per kind of request and per own activity, every one listed", async () => {
    const before = await dashboard();
    expect(before.hoursByWork.map((w: any) => w.kind ?? w.ownActivity)).toEqual([
      "CASE_SUPPORT",
      "APPOINTMENT",
      "CONSULT",
      "INFORMATION_SESSION",
      "INTERVISION",
      "TRAINING",
      "NETWORK_MEETING",
      "PREPARATION",
    ]);
    await declare(amina, { activity: "NETWORK_MEETING", date: "2025-06-13", hours: 2.5 });
    await world.declare(amina, aminaA, "2025-06-13", 1.25);
    const after = await dashboard();
    expect(hoursOf(after, { ownActivity: "NETWORK_MEETING" }).declaredHours).toBe(hoursOf(before, { ownActivity: "NETWORK_MEETING" }).declaredHours + 2.5);
    expect(hoursOf(after, { kind: "CASE_SUPPORT" }).declaredHours).toBe(hoursOf(before, { kind: "CASE_SUPPORT" }).declaredHours + 1.25);
    expect(hoursOf(after, { kind: "APPOINTMENT" })).toEqual(hoursOf(before, { kind: "APPOINTMENT" }));
    // Approved hours of own activities are there too (the coordinator approved 2 h of a network meeting above).
    expect(hoursOf(after, { ownActivity: "NETWORK_MEETING" }).approvedHours).toBeGreaterThanOrEqual(2);
  });

  test("unmet requests per kind", async () => {
    const before = await dashboard();
    expect(before.unmetByKind.map((k: any) => k.kind)).toEqual(["CASE_SUPPORT", "APPOINTMENT", "CONSULT", "INFORMATION_SESSION"]);
    // Nobody here speaks Dari: the consult stays unmet.
    const input = {
      ...world.matching.requestInput({ languageCodes: ["prs"], newcomerConsent: true }),
      kind: "CONSULT",
      hoursPerWeek: null,
      consult: { topic: "Advies over een intake", hours: 1 },
    };
    const created = await gql(world.url, `mutation($input: MatchRequestInput!) { createMatchRequest(input: $input) { id unmetSince } }`, { input }, orgA.token);
    expect(created.errors ?? []).toEqual([]);
    const after = await dashboard();
    const count = (d: any, kind: string) => d.unmetByKind.find((k: any) => k.kind === kind).count;
    expect(count(after, "CONSULT")).toBe(count(before, "CONSULT") + 1);
    expect(count(after, "CASE_SUPPORT")).toBe(count(before, "CASE_SUPPORT"));
  });

  test("utilisation including booked slots: an appointment tomorrow fills the coming week, one in ten days does not", async () => {
    const soon = await world.keyPerson({ name: "Booked Soon", capacity: 4 });
    const later = await world.keyPerson({ name: "Booked Later", capacity: 4 });
    const before = await dashboard();
    const appointment = async (kp: KeyPerson, days: number) => {
      const startsAt = new Date(clock.now().getTime() + days * 86_400_000);
      const endsAt = new Date(startsAt.getTime() + 2 * 3_600_000);
      const input = {
        ...world.matching.requestInput({ languageCodes: ["tir"], newcomerConsent: true }),
        kind: "APPOINTMENT",
        hoursPerWeek: null,
        appointment: { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), mode: "ON_SITE" },
      };
      const { createMatchRequest } = await ok(
        world.url,
        `mutation($input: MatchRequestInput!) { createMatchRequest(input: $input) { id } }`,
        { input },
        orgA.token,
      );
      const assignment = await world.matching.activeAssignment(orgA, createMatchRequest.id, kp);
      expect(assignment.status).toBe("ACTIVE");
    };
    await appointment(soon, 1);
    await appointment(later, 10);
    const after = await dashboard();
    // Both were at 0%: the booking of tomorrow (2 of 4 hours) moves one of them to 26–50% for the coming week,
    // the one in ten days leaves the other at 0%…
    expect(bucket(after.bookedUtilisation, "26–50%")).toBe(bucket(before.bookedUtilisation, "26–50%") + 1);
    expect(bucket(after.bookedUtilisation, "0%")).toBe(bucket(before.bookedUtilisation, "0%") - 1);
    // …while the weekly utilisation counts both assignments' hours as committed.
    expect(bucket(after.utilisation, "26–50%")).toBe(bucket(before.utilisation, "26–50%") + 2);
    expect(bucket(after.utilisation, "0%")).toBe(bucket(before.utilisation, "0%") - 2);
  });
});

describe("hours on any kind of request", () => {
  test("hours of an appointment are declared on its assignment, reviewed by its funder and counted under its kind", async () => {
    const kp = await world.keyPerson({ name: "Appointment Hours" });
    const startsAt = new Date(clock.now().getTime() + 86_400_000);
    const input = {
      ...world.matching.requestInput({ languageCodes: ["tir"], newcomerConsent: true }),
      kind: "APPOINTMENT",
      hoursPerWeek: null,
      appointment: { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(), mode: "ON_SITE" },
    };
    const { createMatchRequest } = await ok(
      world.url,
      `mutation($input: MatchRequestInput!) { createMatchRequest(input: $input) { id } }`,
      { input },
      orgA.token,
    );
    const assignment = await world.matching.activeAssignment(orgA, createMatchRequest.id, kp);
    const DASHBOARD = `{ oversightDashboard { hoursByWork { kind ownActivity declaredHours approvedHours } } }`;
    const appointmentHours = async () =>
      (await ok(world.url, DASHBOARD, {}, world.coordinator)).oversightDashboard.hoursByWork.find((w: any) => w.kind === "APPOINTMENT");
    const before = await appointmentHours();
    // Two days on: the appointment took place.
    await world.setClock(new Date(clock.now().getTime() + 2 * 86_400_000).toISOString());
    const day = startsAt.toISOString().slice(0, 10);
    const entry = await world.declare(kp, assignment.id, day, 2.5, "ACCOMPANIMENT");
    expect(entry).toMatchObject({ activity: "ACCOMPANIMENT", assignment: { id: assignment.id }, status: "SUBMITTED" });
    expect((await refused(() => world.reviewRaw(world.coordinator, entry.id, true))).reason).toBe("NOT_THE_FUNDER");
    expect((await world.review(orgA.token, entry.id, true)).status).toBe("APPROVED");
    const after = await appointmentHours();
    expect(after.declaredHours).toBe(before.declaredHours + 2.5);
    expect(after.approvedHours).toBe(before.approvedHours + 2.5);
  });
});
