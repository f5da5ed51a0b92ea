// The dashboard counts and pages stored statuses (oversight_status, issue 21). These tests
// prove they never lag: a check-in, a supervision session and declared hours show on the
// very next load, and so does time passing, across midnight and within a day. After every
// load the stored counts are compared with the statuses each key person's profile
// derives live (the loader path, domain/oversight.ts applied afresh).
import { ManualClock } from "../../server/src/clock";
import { ok } from "../support/graphql";
import { OversightWorld, type KeyPerson, type Organisation } from "../support/oversight-fixtures";
import type { TestServer } from "../support/server";

jest.setTimeout(90_000);

const clock = new ManualClock(new Date("2025-06-16T10:00:00Z"));
let server: TestServer;
let world: OversightWorld;
let org: Organisation;

beforeAll(async () => {
  ({ server, world } = await OversightWorld.start(clock));
  org = await world.organisation();
});
afterAll(async () => {
  await server?.stop();
});

type Count = { status: string; count: number };
const DASHBOARD = `{ oversightDashboard { byWellbeing { status count } bySupervision { status count } actionCounts { kind count } } }`;
const ACTIONS = `query($kind: ActionKind) { oversightActions(kind: $kind, perPage: 100) { total items { kind keyPerson { id } reasons { code } } } }`;
const LIVE = `{ keyPersons(perPage: 100) { total items { id status wellbeingStatus supervisionStatus } } }`;

const asMap = (counts: Count[]) => Object.fromEntries(counts.map((c) => [c.status, c.count]));

/** The dashboard's stored counts, checked against every active key person's live status. */
async function dashboard() {
  const { oversightDashboard: d } = await ok(server.url, DASHBOARD, {}, world.coordinator);
  const { keyPersons } = await ok(server.url, LIVE, {}, world.coordinator);
  expect(keyPersons.total).toBeLessThanOrEqual(100);
  const active = keyPersons.items.filter((kp: { status: string }) => kp.status === "ACTIVE");
  const tally = (field: "wellbeingStatus" | "supervisionStatus") => {
    const counts: Record<string, number> = {};
    for (const kp of active) counts[kp[field]] = (counts[kp[field]] ?? 0) + 1;
    return counts;
  };
  expect(asMap(d.byWellbeing)).toEqual(tally("wellbeingStatus"));
  expect(asMap(d.bySupervision)).toEqual(tally("supervisionStatus"));
  return { wellbeing: asMap(d.byWellbeing), supervision: asMap(d.bySupervision) };
}

/** The key persons (ids) on the action list of one kind, with their reason codes. */
async function actions(kind: string): Promise<Map<string, string[]>> {
  const { oversightActions } = await ok(server.url, ACTIONS, { kind }, world.coordinator);
  return new Map(
    oversightActions.items.map((item: { keyPerson: { id: string }; reasons: { code: string }[] }) => [item.keyPerson.id, item.reasons.map((r) => r.code)]),
  );
}

describe("a change shows on the next dashboard load", () => {
  let kp: KeyPerson;
  beforeAll(async () => {
    kp = await world.keyPerson({ capacity: 2 });
    await dashboard(); // stores everyone's status
  });

  test("a check-in asking for contact: RED and CONTACT_REQUESTED at once", async () => {
    expect((await actions("RED")).has(kp.id)).toBe(false);
    await world.checkIn(kp, { strain: 5, support: 1, contactRequested: true });
    await dashboard();
    expect((await actions("CONTACT_REQUESTED")).has(kp.id)).toBe(true);
    expect((await actions("RED")).get(kp.id)).toEqual(expect.arrayContaining(["CONTACT_REQUESTED", "HIGH_STRAIN"]));
    // Cleared: off the RED list on the next load.
    await world.clear(kp.id);
    await dashboard();
    expect((await actions("RED")).has(kp.id)).toBe(false);
  });

  test("a supervision session: from NEVER to SUPERVISION_DUE, then off the list", async () => {
    const before = await dashboard();
    await world.logSession(world.coordinator, kp.id, world.day(-60), "SUPERVISION");
    const after = await dashboard();
    expect(after.supervision.DUE_SOON ?? 0).toBe((before.supervision.DUE_SOON ?? 0) + 1);
    expect((await actions("SUPERVISION_DUE")).has(kp.id)).toBe(true);
    await world.logSession(world.coordinator, kp.id, world.day(-1), "INTERVISION");
    await dashboard();
    expect((await actions("SUPERVISION_DUE")).has(kp.id)).toBe(false);
  });

  test("hours above capacity three weeks in a row: RED for OVER_CAPACITY", async () => {
    const hours = await world.keyPerson({ capacity: 1 });
    const assignment = await world.assignment(org, hours);
    await world.advanceDays(21); // hours are declared from the assignment's start on
    await dashboard();
    for (const weeksAgo of [0, 1, 2]) await world.declare(hours, assignment, world.day(-7 * weeksAgo), 3);
    await dashboard();
    expect((await actions("RED")).get(hours.id)).toEqual(["OVER_CAPACITY"]);
  });
});

describe("time passing changes a status without any write", () => {
  test("a session 56 days ago is CURRENT today and DUE_SOON tomorrow", async () => {
    const kp = await world.keyPerson();
    await world.logSession(world.coordinator, kp.id, world.day(-56), "INTERVISION");
    await dashboard();
    expect((await actions("SUPERVISION_DUE")).has(kp.id)).toBe(false);
    await world.advanceDays(1);
    await dashboard();
    expect((await actions("SUPERVISION_DUE")).has(kp.id)).toBe(true);
  });

  test("a check-in turns 46 days old in the middle of a day: AMBER from that hour on", async () => {
    const kp = await world.keyPerson();
    await world.logSession(world.coordinator, kp.id, world.day(0), "INTERVISION");
    const at = clock.now().getTime(); // checkIn moves the clock on a minute first
    await world.checkIn(kp);
    const fortySixDays = at + 60_000 + 46 * 86_400_000;
    // An hour before and an hour after the check-in turns 46 days old: the same UTC day.
    await world.setClock(new Date(fortySixDays - 3_600_000));
    const before = await dashboard();
    expect((await world.status(kp.id)).wellbeingStatus).toBe("GREEN");
    await world.setClock(new Date(fortySixDays + 3_600_000));
    const after = await dashboard();
    expect((await world.status(kp.id)).wellbeing?.reasons.map((r) => r.code)).toEqual(["CHECK_IN_MISSING"]);
    expect(after.wellbeing.AMBER ?? 0).toBe((before.wellbeing.AMBER ?? 0) + 1);
  });
});
