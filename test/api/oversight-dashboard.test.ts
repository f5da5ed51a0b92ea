// The coordinator's overview: the oversight dashboard (counts by status, wellbeing and
// supervision, stale profiles, utilisation buckets, declared hours per week, the actions
// with their reasons, unmet requests) — the whole country for the coordinator, their
// municipalities for a regional coordinator, FORBIDDEN for anyone else — and coverage per
// language: which municipalities the key persons speaking it can reach.
import { ManualClock } from "../../server/src/clock";
import { gql, ok } from "../support/graphql";
import {
  AMSTERDAM,
  GRONINGEN,
  OversightWorld,
  UTRECHT,
  WELL,
  away,
  failure,
  type Account,
  type KeyPerson,
  type Organisation,
} from "../support/oversight-fixtures";
import type { TestServer } from "../support/server";

jest.setTimeout(60_000);

const DAY_MS = 86_400_000;
const NOW = new Date("2025-06-16T10:00:00Z");
const STALE_SINCE = new Date(NOW.getTime() - 181 * DAY_MS);
const clock = new ManualClock(STALE_SINCE);
let server: TestServer;
let world: OversightWorld;
let org: Organisation;
let regional: Account;
/** In Amsterdam (the regional coordinator's municipality), unless said otherwise. */
const kp: Record<"red" | "half" | "idle" | "paused" | "stale" | "utrecht", KeyPerson> = {} as never;

const DASHBOARD = `{ oversightDashboard {
  byStatus { status count } byWellbeing { status count } bySupervision { status count } staleCount
  utilisation { label count } weeklyHours { weekEnding declaredHours capacityHours }
  actions { kind detail reasons { code params } keyPerson { id displayName } } actionCounts { kind count } unmetRequests } }`;

beforeAll(async () => {
  ({ server, world } = await OversightWorld.start(clock));
  // Half a year ago: a profile that has not been confirmed since.
  kp.stale = await world.keyPerson({ name: "Stale", capacity: 8 });
  // Three weeks ago: the others, and their assignments.
  await world.setClock(new Date(NOW.getTime() - 21 * DAY_MS));
  [org, regional] = await Promise.all([world.organisation(), world.regionalCoordinator(["GM0363"])]);
  [kp.red, kp.half, kp.idle, kp.paused, kp.utrecht] = await Promise.all([
    world.keyPerson({ name: "Red", capacity: 4 }),
    world.keyPerson({ name: "Half", capacity: 4 }),
    world.keyPerson({ name: "Idle", capacity: 8 }),
    world.keyPerson({ name: "Paused", capacity: 6 }),
    world.keyPerson({ name: "Utrecht", capacity: 2, at: UTRECHT }),
  ]);
  const redWork = await world.assignment(org, kp.red, { hoursPerWeek: 1 });
  const halfWork = await world.assignment(org, kp.half, { hoursPerWeek: 2 });
  const utrechtWork = await world.assignment(org, kp.utrecht, { hoursPerWeek: 2, location: UTRECHT });
  await ok(world.url, `mutation($id: ID!) { setKeyPersonStatus(id: $id, status: PAUSED) { status } }`, { id: kp.paused.id }, world.coordinator);

  // Today.
  await world.setClock(NOW);
  await world.checkIn(kp.red, { strain: 5, support: 1, contactRequested: true });
  await world.checkIn(kp.half, WELL);
  await world.checkIn(kp.idle, WELL);
  await world.checkIn(kp.utrecht, { strain: 5, support: 2 });
  await world.logSession(world.coordinator, kp.half.id, world.day(-60));
  await world.logSession(world.coordinator, kp.idle.id, world.day(-90));
  await world.logSession(world.coordinator, kp.utrecht.id, world.day(-5));
  await world.declare(kp.red, redWork, world.day(0), 3);
  await world.declare(kp.half, halfWork, world.day(-8), 1.5);
  await world.declare(kp.utrecht, utrechtWork, world.day(-1), 2);
  // Requests nobody can take: in Groningen, and in Amsterdam in a language nobody speaks.
  await world.matching.request(org, { location: GRONINGEN });
  await world.matching.request(org, { location: AMSTERDAM, languageCodes: ["som"] });
});
afterAll(async () => {
  await server?.stop();
});

describe("the oversight dashboard", () => {
  test("the coordinator sees the whole country: counts, utilisation, hours, actions with reasons, unmet requests", async () => {
    const { rows, result } = await world.audited("readWellbeing", () => ok(world.url, DASHBOARD, {}, world.coordinator));
    const dashboard = result.oversightDashboard;
    expect(dashboard.byStatus).toEqual([
      { status: "ACTIVE", count: 5 },
      { status: "PAUSED", count: 1 },
    ]);
    // Active key persons only: Red and Utrecht RED, Idle AMBER (supervision overdue), Half GREEN, Stale never checked in.
    expect(dashboard.byWellbeing).toEqual([
      { status: "AMBER", count: 1 },
      { status: "GREEN", count: 1 },
      { status: "RED", count: 2 },
      { status: "UNKNOWN", count: 1 },
    ]);
    expect(dashboard.bySupervision).toEqual([
      { status: "CURRENT", count: 1 },
      { status: "DUE_SOON", count: 1 },
      { status: "NEVER", count: 2 },
      { status: "OVERDUE", count: 1 },
    ]);
    expect(dashboard.staleCount).toBe(1);
    // Committed hours / capacity: Idle and Stale 0, Red 1/4, Half 2/4, Utrecht 2/2.
    expect(dashboard.utilisation).toEqual([
      { label: "0%", count: 2 },
      { label: "1–25%", count: 1 },
      { label: "26–50%", count: 1 },
      { label: "51–75%", count: 0 },
      { label: "76–100%", count: 1 },
      { label: "over 100%", count: 0 },
    ]);
    // Twelve weeks, the most recent last, against the capacity of the active key persons (4 + 4 + 8 + 8 + 2).
    expect(dashboard.weeklyHours).toHaveLength(12);
    expect(dashboard.weeklyHours[0]).toEqual({ weekEnding: world.day(-77), declaredHours: 0, capacityHours: 26 });
    expect(dashboard.weeklyHours.slice(-2)).toEqual([
      { weekEnding: world.day(-7), declaredHours: 1.5, capacityHours: 26 },
      { weekEnding: world.day(0), declaredHours: 5, capacityHours: 26 },
    ]);
    // Asked alone, the weekly hours count the capacities without the load (a statement of their own): the same weeks.
    const alone = (await ok(world.url, `{ oversightDashboard { weeklyHours { weekEnding declaredHours capacityHours } } }`, {}, world.coordinator))
      .oversightDashboard;
    expect(alone.weeklyHours).toEqual(dashboard.weeklyHours);
    expect(dashboard.unmetRequests).toBe(2);

    const actions = dashboard.actions.map((a: { kind: string; detail: string; keyPerson: { id: string; displayName: string } }) => ({
      kind: a.kind,
      detail: a.detail,
      who: a.keyPerson.displayName,
    }));
    expect(actions).toEqual(
      expect.arrayContaining([
        { kind: "CONTACT_REQUESTED", detail: "asked to be contacted", who: "Red" },
        { kind: "RED", detail: "asked to be contacted; strain or impact 5/5 with support 1/5", who: "Red" },
        { kind: "RED", detail: "strain or impact 5/5 with support 2/5", who: "Utrecht" },
        { kind: "SUPERVISION_DUE", detail: `last session ${world.day(-60)}`, who: "Half" },
        { kind: "SUPERVISION_OVERDUE", detail: `last session ${world.day(-90)}`, who: "Idle" },
        { kind: "STALE", detail: `confirmed ${STALE_SINCE.toISOString().slice(0, 10)}`, who: "Stale" },
      ]),
    );
    expect(actions).toHaveLength(6);
    // The counts per kind: every kind, most urgent first.
    expect(dashboard.actionCounts).toEqual([
      { kind: "CONTACT_REQUESTED", count: 1 },
      { kind: "RED", count: 2 },
      { kind: "SUPERVISION_OVERDUE", count: 1 },
      { kind: "SUPERVISION_DUE", count: 1 },
      { kind: "STALE", count: 1 },
    ]);
    // The same reasons as codes with params, for the console to word (no splitting of the detail).
    type Coded = { kind: string; reasons: { code: string; params: Record<string, unknown> }[]; keyPerson: { displayName: string } };
    const coded = dashboard.actions.map((a: Coded) => ({ kind: a.kind, reasons: a.reasons, who: a.keyPerson.displayName }));
    expect(coded).toEqual(
      expect.arrayContaining([
        {
          kind: "RED",
          reasons: [
            { code: "CONTACT_REQUESTED", params: {} },
            { code: "HIGH_STRAIN", params: { strain: 5, support: 1 } },
          ],
          who: "Red",
        },
        { kind: "SUPERVISION_OVERDUE", reasons: [{ code: "LAST_SUPERVISION", params: { date: world.day(-90) } }], who: "Idle" },
        { kind: "STALE", reasons: [{ code: "PROFILE_CONFIRMED", params: { date: STALE_SINCE.toISOString().slice(0, 10) } }], who: "Stale" },
      ]),
    );
    // Showing why someone is RED is a read of their wellbeing: audited, one row for the view, naming everyone it showed.
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actor_user_id: await world.userIdOf(world.coordinator),
      entity_type: "KeyPerson",
      entity_id: null,
      detail: { what: "dashboard" },
    });
    expect([...(rows[0].detail.keyPersonIds as string[])].sort()).toEqual([kp.red.id, kp.utrecht.id].sort());
    // Asked who read one of them, the log still finds that view.
    const { auditLog } = await ok(
      world.url,
      `query($id: ID) { auditLog(filter: { entityType: "KeyPerson", entityId: $id, action: "readWellbeing" }) { items { id detail } } }`,
      { id: kp.utrecht.id },
      world.coordinator,
    );
    expect(auditLog.items.map((e: { id: string }) => Number(e.id))).toContain(Number(rows[0].id));
  });

  test("a regional coordinator sees their municipalities only", async () => {
    const { rows, result } = await world.audited("readWellbeing", () => ok(world.url, DASHBOARD, {}, regional.token));
    const dashboard = result.oversightDashboard;
    expect(dashboard.byStatus).toEqual([
      { status: "ACTIVE", count: 4 },
      { status: "PAUSED", count: 1 },
    ]);
    expect(dashboard.byWellbeing).toEqual([
      { status: "AMBER", count: 1 },
      { status: "GREEN", count: 1 },
      { status: "RED", count: 1 },
      { status: "UNKNOWN", count: 1 },
    ]);
    expect(dashboard.bySupervision).toEqual([
      { status: "DUE_SOON", count: 1 },
      { status: "NEVER", count: 2 },
      { status: "OVERDUE", count: 1 },
    ]);
    expect(dashboard.staleCount).toBe(1);
    expect(dashboard.utilisation.map((b: { count: number }) => b.count)).toEqual([2, 1, 1, 0, 0, 0]);
    expect(dashboard.weeklyHours.slice(-2)).toEqual([
      { weekEnding: world.day(-7), declaredHours: 1.5, capacityHours: 24 },
      { weekEnding: world.day(0), declaredHours: 3, capacityHours: 24 },
    ]);
    expect(dashboard.unmetRequests).toBe(1);
    expect(dashboard.actions.map((a: { keyPerson: { displayName: string } }) => a.keyPerson.displayName)).not.toContain("Utrecht");
    expect(dashboard.actions).toHaveLength(5);
    expect(dashboard.actionCounts.map((c: { count: number }) => c.count)).toEqual([1, 1, 1, 1, 1]);
    expect(rows.map((r) => [r.entity_id, r.detail.keyPersonIds])).toEqual([[kp.red.id, [kp.red.id]]]);
  });

  test("the actions' key persons are the same however the operation asks for them: fragments, aliases, or not at all", async () => {
    // The resolver loads the key persons of the list up front only when the operation asks for them.
    type Action = { kind: string; detail: string; who?: { id: string; displayName: string; supervisionStatus: string } };
    const plain = (
      await ok(world.url, `{ oversightDashboard { actions { kind detail keyPerson { id displayName supervisionStatus } } } }`, {}, world.coordinator)
    ).oversightDashboard.actions.map((a: Action & { keyPerson: Action["who"] }) => ({ kind: a.kind, detail: a.detail, who: a.keyPerson }));
    const fragments = await ok(
      world.url,
      `
      query { oversightDashboard { actions { kind ... on ActionItem { detail who: keyPerson { ...Person } } } } }
      fragment Person on KeyPerson { id displayName supervisionStatus }`,
      {},
      world.coordinator,
    );
    expect(fragments.oversightDashboard.actions).toEqual(plain);
    expect(plain.map((a: Action) => a.who!.displayName)).toEqual(expect.arrayContaining(["Red", "Half", "Idle", "Stale", "Utrecht"]));
    const without = await ok(world.url, `{ oversightDashboard { actions { kind detail } } }`, {}, world.coordinator);
    expect(without.oversightDashboard.actions).toEqual(plain.map(({ kind, detail }: Action) => ({ kind, detail })));
  });

  test("organisations and key persons are FORBIDDEN", async () => {
    const { rows } = await world.audited("readWellbeing", async () => {
      for (const token of [org.token, kp.red.token]) {
        const error = failure(await gql(world.url, DASHBOARD, {}, token));
        expect(error.code).toBe("FORBIDDEN");
      }
      expect(failure(await gql(world.url, DASHBOARD)).code).toBe("UNAUTHENTICATED");
    });
    expect(rows).toEqual([]);
  });

  describe("the action list, a page at a time (oversightActions)", () => {
    const ACTIONS = `query($kind: ActionKind, $page: Int, $perPage: Int) {
      oversightActions(kind: $kind, page: $page, perPage: $perPage) {
        items { kind detail reasons { code params } keyPerson { id displayName } } total counts { kind count } } }`;
    type Page = {
      items: { kind: string; detail: string; keyPerson: { id: string; displayName: string } }[];
      total: number;
      counts: { kind: string; count: number }[];
    };
    const page = async (variables: Record<string, unknown>, token = world.coordinator): Promise<Page> =>
      (await ok(world.url, ACTIONS, variables, token)).oversightActions;
    const who = (p: Page) => p.items.map((a) => `${a.kind} ${a.keyPerson.displayName}`);
    /** Within a kind the list follows the key persons' ids: Red and Utrecht were created at the same time, in either order. */
    const redFirst = () => (Number(kp.red.id) < Number(kp.utrecht.id) ? ["Red", "Utrecht"] : ["Utrecht", "Red"]);

    test("every kind, most urgent kind first, two at a time: three pages of the six, then none; the counts on every page", async () => {
      const [first, second] = redFirst();
      const pages = [await page({ perPage: 2 }), await page({ page: 2, perPage: 2 }), await page({ page: 3, perPage: 2 }), await page({ page: 4, perPage: 2 })];
      expect(pages.map(who)).toEqual([
        ["CONTACT_REQUESTED Red", `RED ${first}`],
        [`RED ${second}`, "SUPERVISION_OVERDUE Idle"],
        ["SUPERVISION_DUE Half", "STALE Stale"],
        [],
      ]);
      for (const p of pages) {
        expect(p.total).toBe(6);
        expect(p.counts).toEqual([
          { kind: "CONTACT_REQUESTED", count: 1 },
          { kind: "RED", count: 2 },
          { kind: "SUPERVISION_OVERDUE", count: 1 },
          { kind: "SUPERVISION_DUE", count: 1 },
          { kind: "STALE", count: 1 },
        ]);
      }
      // The items are those of the whole list: the same details and reasons.
      expect(pages[1].items[1]).toEqual({
        kind: "SUPERVISION_OVERDUE",
        detail: `last session ${world.day(-90)}`,
        reasons: [{ code: "LAST_SUPERVISION", params: { date: world.day(-90) } }],
        keyPerson: { id: kp.idle.id, displayName: "Idle" },
      });
      // Without page and perPage: the first 25, i.e. all six.
      expect(who(await page({}))).toEqual(pages.flatMap(who));
    });

    test("one kind: its items and its total; past the end none, the total unchanged", async () => {
      const red = await page({ kind: "RED" });
      expect(who(red)).toEqual(redFirst().map((name) => `RED ${name}`));
      expect(red.total).toBe(2);
      expect(red.items.find((a) => a.keyPerson.displayName === "Utrecht")!.detail).toBe("strain or impact 5/5 with support 2/5");
      const stale = await page({ kind: "STALE", page: 2, perPage: 1 });
      expect(stale).toMatchObject({ items: [], total: 1 });
      expect(who(await page({ kind: "SUPERVISION_DUE", perPage: 1 }))).toEqual(["SUPERVISION_DUE Half"]);
    });

    test("a regional coordinator: their municipalities only (not Utrecht)", async () => {
      const p = await page({ perPage: 100 }, regional.token);
      expect(who(p)).toEqual(["CONTACT_REQUESTED Red", "RED Red", "SUPERVISION_OVERDUE Idle", "SUPERVISION_DUE Half", "STALE Stale"]);
      expect(p.total).toBe(5);
      expect(p.counts.map((c) => c.count)).toEqual([1, 1, 1, 1, 1]);
      expect(await page({ kind: "RED" }, regional.token)).toMatchObject({ total: 1, items: [{ keyPerson: { displayName: "Red" } }] });
    });

    test("showing why someone is RED is audited for the people on the page only; a page without them writes nothing", async () => {
      const quiet = await world.audited("readWellbeing", () => page({ kind: "SUPERVISION_OVERDUE" }));
      expect(quiet.rows).toEqual([]);
      const [first] = redFirst();
      const firstId = first === "Red" ? kp.red.id : kp.utrecht.id;
      const shown = await world.audited("readWellbeing", () => page({ kind: "RED", perPage: 1 }));
      expect(shown.rows.map((r) => [r.entity_id, r.detail.what, r.detail.keyPersonIds])).toEqual([[firstId, "dashboard", [firstId]]]);
      // The counts alone show no one.
      const counts = await world.audited("readWellbeing", () => ok(world.url, `{ oversightDashboard { actionCounts { kind count } } }`, {}, world.coordinator));
      expect(counts.rows).toEqual([]);
    });

    test("page and perPage out of range are BAD_USER_INPUT naming the argument; an unknown kind is refused; others are FORBIDDEN", async () => {
      for (const [variables, field] of [
        [{ perPage: 0 }, "perPage"],
        [{ perPage: 101 }, "perPage"],
        [{ page: 0 }, "page"],
      ] as const) {
        const error = failure(await gql(world.url, ACTIONS, variables, world.coordinator));
        expect(error).toMatchObject({ code: "BAD_USER_INPUT", reason: "NUMBER_OUT_OF_RANGE", field });
        expect(error.params).toMatchObject({ min: 1 });
      }
      expect(failure(await gql(world.url, ACTIONS, { perPage: 101 }, world.coordinator)).params).toEqual({ min: 1, max: 100 });
      const unknown = await gql(world.url, ACTIONS, { kind: "BLUE" }, world.coordinator);
      expect(unknown.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      for (const token of [org.token, kp.red.token]) expect(failure(await gql(world.url, ACTIONS, {}, token)).code).toBe("FORBIDDEN");
      expect(failure(await gql(world.url, ACTIONS, {})).code).toBe("UNAUTHENTICATED");
    });
  });

  test("cleared, Red leaves the RED actions; the contact request no longer asks for action", async () => {
    await world.clear(kp.red.id);
    const { oversightDashboard } = await ok(world.url, DASHBOARD, {}, world.coordinator);
    const forRed = oversightDashboard.actions.filter((a: { keyPerson: { id: string } }) => a.keyPerson.id === kp.red.id);
    expect(forRed).toEqual([]);
    expect(oversightDashboard.byWellbeing).toContainEqual({ status: "AMBER", count: 2 });
    expect(oversightDashboard.actionCounts).toEqual([
      { kind: "CONTACT_REQUESTED", count: 0 },
      { kind: "RED", count: 1 },
      { kind: "SUPERVISION_OVERDUE", count: 1 },
      { kind: "SUPERVISION_DUE", count: 1 },
      { kind: "STALE", count: 1 },
    ]);
  });
});

describe("coverage per language", () => {
  const COVERAGE = `query($l: String!) { coverage(languageCode: $l) { municipality { code name } reachable unmetRequests } }`;
  type CoverageRow = { municipality: { code: string; name: string }; reachable: number; unmetRequests: number };
  const byCode = (rows: CoverageRow[]): Record<string, CoverageRow> => Object.fromEntries(rows.map((r) => [r.municipality.code, r]));

  test("every municipality for the coordinator; the count rises when a key person speaking the language joins nearby", async () => {
    const before = (await ok(world.url, COVERAGE, { l: "som" }, world.coordinator)).coverage;
    expect(before).toHaveLength(342);
    expect(new Set(before.map((r: { municipality: { code: string } }) => r.municipality.code)).size).toBe(342);
    expect(before.every((r: { reachable: number }) => r.reachable === 0)).toBe(true);
    // The unmet Somali request on the Dam shows where to recruit.
    expect(byCode(before).GM0363).toMatchObject({ municipality: { code: "GM0363", name: "Amsterdam" }, reachable: 0, unmetRequests: 1 });

    await world.keyPerson({ name: "Somali speaker", languages: ["som"], at: away(AMSTERDAM, 3, 180), maxTravelKm: 10 });
    const after = byCode((await ok(world.url, COVERAGE, { l: "som" }, world.coordinator)).coverage);
    expect(after.GM0363.reachable).toBe(1);
    expect(after.GM0014.reachable).toBe(0); // Groningen
    expect(after.GM0344.reachable).toBe(0); // Utrecht
    const reached = Object.values(after).filter((r: any) => r.reachable > 0).length;
    expect(reached).toBeGreaterThanOrEqual(1);
    expect(reached).toBeLessThan(20);

    // Tigrinya: the active, fresh key persons who reach Amsterdam (Red, Half, Idle — not Paused, not Stale, not the one in Utrecht).
    const tir = byCode((await ok(world.url, COVERAGE, { l: "tir" }, world.coordinator)).coverage);
    expect(tir.GM0363.reachable).toBe(3);
    expect(tir.GM0344.reachable).toBe(1);
    expect(tir.GM0014).toMatchObject({ reachable: 0, unmetRequests: 1 });
  });

  test("the reach is the travel distance as entered: 10.3 km stops short of a home 10.30000009 km from the centroid", async () => {
    // max_travel_km is a real: widened straight to a double it would be 10.300000190734863 km
    // and reach that home. The coverage map reads the speakers packed as doubles (bench/oversight.ts),
    // and must weigh the same 10.3 the console shows.
    const [centroid] = await server.dataSource.query(`SELECT centroid_lat AS lat, centroid_lon AS lon FROM municipality WHERE code = 'GM0363'`);
    const north = (km: number) => ({ lat: centroid.lat + km / 111.32, lon: centroid.lon });
    await world.keyPerson({ name: "Pashto, just out of reach", languages: ["pus"], at: north(10.30000009), maxTravelKm: 10.3 });
    await world.keyPerson({ name: "Pashto, just in reach", languages: ["pus"], at: north(10.29999991), maxTravelKm: 10.3 });
    const pus = byCode((await ok(world.url, COVERAGE, { l: "pus" }, world.coordinator)).coverage);
    expect(pus.GM0363.reachable).toBe(1);
  });

  test("a regional coordinator gets their municipalities; an unknown language is BAD_USER_INPUT; others are FORBIDDEN", async () => {
    const regionalCoverage = (await ok(world.url, COVERAGE, { l: "som" }, regional.token)).coverage;
    expect(regionalCoverage).toEqual([{ municipality: { code: "GM0363", name: "Amsterdam" }, reachable: 1, unmetRequests: 1 }]);

    const unknown = failure(await gql(world.url, COVERAGE, { l: "xxq" }, world.coordinator));
    expect(unknown).toEqual({
      code: "BAD_USER_INPUT",
      field: "languageCode",
      message: 'Unknown language code "xxq"',
      reason: "UNKNOWN_CODE",
      params: { kind: "language", code: "xxq" },
    });
    for (const token of [org.token, kp.half.token]) expect(failure(await gql(world.url, COVERAGE, { l: "som" }, token)).code).toBe("FORBIDDEN");
  });
});
