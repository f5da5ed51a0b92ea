// The national dashboard's weekly hours and hours per kind of work are read from hour_day
// (the hours added up per day, kind of work and review status, kept by triggers on
// hour_entry; migration 1764411600000); a regional dashboard still sums its key persons'
// entries. Both must give the same figures to the digit: here a regional coordinator
// oversees every municipality where the world's key persons live, so after every write
// the national dashboard (from the days) must equal the regional one (from the entries),
// and hour_day must equal the entries added up now, across week boundaries, a request's
// kind changing, an assignment moved to another request, and days passing.
import { ManualClock } from "../../server/src/clock";
import { ok } from "../support/graphql";
import { OversightWorld, UTRECHT, type Account, type KeyPerson, type Organisation } from "../support/oversight-fixtures";
import type { TestServer } from "../support/server";

jest.setTimeout(60_000);

const NOW = new Date("2025-06-16T10:00:00Z");
const clock = new ManualClock(new Date(NOW.getTime() - 100 * 86_400_000));
let server: TestServer;
let world: OversightWorld;
let org: Organisation;
let everywhere: Account;
let amsterdam: KeyPerson;
let utrecht: KeyPerson;
let caseWork: string;
let otherWork: string;

const HOURS = `{ oversightDashboard { weeklyHours { weekEnding declaredHours capacityHours }
  hoursByWork { kind ownActivity declaredHours approvedHours } } }`;
const sql = (text: string, params: unknown[] = []) => server.dataSource.query(text, params);

/** The national dashboard's hours equal the regional one's, whose region holds everyone; returns them. */
async function sameFromDaysAndEntries() {
  const national = (await ok(world.url, HOURS, {}, world.coordinator)).oversightDashboard;
  const regional = (await ok(world.url, HOURS, {}, everywhere.token)).oversightDashboard;
  expect(national).toEqual(regional);
  return national as {
    weeklyHours: { weekEnding: string; declaredHours: number }[];
    hoursByWork: { kind: string | null; ownActivity: string | null; declaredHours: number; approvedHours: number }[];
  };
}

/** hour_day as the triggers keep it equals the entries added up now. */
async function daysAgree() {
  const kept = await sql(`SELECT date::text, kind::text, own_activity::text, status::text, entries, hours::float8 AS hours FROM hour_day ORDER BY 1, 2, 3, 4`);
  const summed =
    await sql(`SELECT h.date::text, r.kind::text, h.own_activity::text, h.status::text, count(*)::int AS entries, sum(h.hours::numeric)::float8 AS hours
    FROM hour_entry h LEFT JOIN assignment a ON a.id = h.assignment_id LEFT JOIN match_request r ON r.id = a.request_id
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`);
  expect(kept.length).toBeGreaterThan(0);
  expect(kept).toEqual(summed);
}

/** Both checks after a write. */
async function consistent() {
  await daysAgree();
  return sameFromDaysAndEntries();
}

const week = (d: Awaited<ReturnType<typeof consistent>>, ago: number) => d.weeklyHours[d.weeklyHours.length - 1 - ago].declaredHours;
const work = (d: Awaited<ReturnType<typeof consistent>>, kind: string | null, ownActivity: string | null = null) =>
  d.hoursByWork.find((w) => w.kind === kind && w.ownActivity === ownActivity)!;

beforeAll(async () => {
  ({ server, world } = await OversightWorld.start(clock));
  org = await world.organisation();
  everywhere = await world.regionalCoordinator(["GM0363", "GM0344"]);
  [amsterdam, utrecht] = await Promise.all([
    world.keyPerson({ name: "Amsterdam", capacity: 8 }),
    world.keyPerson({ name: "Utrecht", capacity: 4, at: UTRECHT }),
  ]);
  caseWork = await world.assignment(org, amsterdam, { hoursPerWeek: 2 });
  otherWork = await world.assignment(org, utrecht, { hoursPerWeek: 2, location: UTRECHT });
  await world.setClock(NOW);
  // Week 0 is today and the six days before; week 11 ends 77 days ago; 84 days ago is outside.
  for (const [days, hours] of [
    [0, 1.5],
    [-6, 2],
    [-7, 0.25],
    [-13, 1],
    [-14, 3],
    [-83, 0.75],
    [-84, 5],
  ] as const)
    await world.declare(amsterdam, caseWork, world.day(days), hours);
  await world.declare(utrecht, otherWork, world.day(-1), 2.5);
  // An own activity (no assignment), written in SQL as an import would.
  await sql(
    `INSERT INTO hour_entry (key_person_id, funder, date, hours, own_activity, status) VALUES ($1, 'NATIONAL_SCHEME', $2, 1.25, 'TRAINING', 'APPROVED')`,
    [utrecht.id, world.day(-20)],
  );
});

afterAll(() => server.stop());

test("the days as kept equal the entries, and the dashboard's weeks end today", async () => {
  const d = await consistent();
  expect(d.weeklyHours).toHaveLength(12);
  expect(d.weeklyHours[11].weekEnding).toBe(world.day(0));
  expect([week(d, 0), week(d, 1), week(d, 2), week(d, 11)]).toEqual([1.5 + 2 + 2.5, 0.25 + 1, 3 + 1.25, 0.75]);
  expect(work(d, "CASE_SUPPORT")).toMatchObject({ declaredHours: 1.5 + 2 + 0.25 + 1 + 3 + 0.75 + 2.5, approvedHours: 0 });
  expect(work(d, null, "TRAINING")).toMatchObject({ declaredHours: 1.25, approvedHours: 1.25 });
});

test("entries moved across a week's edge, approved, rejected, changed and deleted move the hours with them", async () => {
  const [sixDaysAgo] = await sql(`SELECT id FROM hour_entry WHERE date = $1 AND assignment_id = $2`, [world.day(-6), caseWork]);
  await sql(`UPDATE hour_entry SET date = $2 WHERE id = $1`, [sixDaysAgo.id, world.day(-7)]);
  let d = await consistent();
  expect([week(d, 0), week(d, 1)]).toEqual([1.5 + 2.5, 2 + 0.25 + 1]);
  await sql(`UPDATE hour_entry SET status = 'APPROVED', hours = 2.75 WHERE id = $1`, [sixDaysAgo.id]);
  d = await consistent();
  expect(week(d, 1)).toBe(2.75 + 0.25 + 1);
  expect(work(d, "CASE_SUPPORT").approvedHours).toBe(2.75);
  await sql(`UPDATE hour_entry SET status = 'REJECTED' WHERE date >= $1 AND key_person_id = $2`, [world.day(-7), amsterdam.id]);
  d = await consistent();
  expect([week(d, 0), week(d, 1)]).toEqual([2.5, 1]);
  // Out of the window, and back into it; deleted; many at once.
  await sql(`UPDATE hour_entry SET date = date - 1 WHERE date = $1`, [world.day(-83)]);
  d = await consistent();
  expect(week(d, 11)).toBe(0);
  await sql(`UPDATE hour_entry SET date = date + 1 WHERE date = $1`, [world.day(-84)]);
  d = await consistent();
  expect(week(d, 11)).toBe(0.75 + 5);
  await sql(`DELETE FROM hour_entry WHERE date = $1`, [world.day(-83)]);
  d = await consistent();
  expect(week(d, 11)).toBe(0);
  expect(await sql(`SELECT 1 FROM hour_day WHERE date = $1`, [world.day(-83)])).toEqual([]);
  await sql(
    `INSERT INTO hour_entry (assignment_id, key_person_id, funder, date, hours, activity, status)
     SELECT $1, $2, 'NATIONAL_SCHEME', $3::date - n, 0.5, 'SUPPORT', 'SUBMITTED' FROM generate_series(0, 90) n`,
    [otherWork, utrecht.id, world.day(0)],
  );
  d = await consistent();
  expect(week(d, 0)).toBe(2.5 + 7 * 0.5);
});

test("a request whose kind changes, and an assignment moved to another request, take their entries' hours along", async () => {
  const [{ request_id: requestId }] = await sql(`SELECT request_id FROM assignment WHERE id = $1`, [otherWork]);
  await sql(`UPDATE match_request SET kind = 'CONSULT' WHERE id = $1`, [requestId]);
  let d = await consistent();
  expect(work(d, "CONSULT").declaredHours).toBeGreaterThan(0);
  const [{ request_id: caseRequest }] = await sql(`SELECT request_id FROM assignment WHERE id = $1`, [caseWork]);
  await sql(`UPDATE assignment SET request_id = $2 WHERE id = $1`, [otherWork, caseRequest]);
  d = await consistent();
  expect(work(d, "CONSULT").declaredHours).toBe(0);
  await sql(`UPDATE assignment SET request_id = $2 WHERE id = $1`, [otherWork, requestId]);
  await consistent();
});

test("as days pass, the weeks move with today and still equal the entries", async () => {
  for (const days of [1, 3, 7]) {
    await world.setClock(new Date(NOW.getTime() + days * 86_400_000));
    const d = await consistent();
    expect(d.weeklyHours[11].weekEnding).toBe(world.day(0));
  }
});

test("the capacity beside the weekly hours is the same whether or not the operation also asks for utilisation", async () => {
  const alone = (await ok(world.url, `{ oversightDashboard { weeklyHours { capacityHours } } }`, {}, world.coordinator)).oversightDashboard;
  const withLoad = (await ok(world.url, `{ oversightDashboard { utilisation { label count } weeklyHours { capacityHours } } }`, {}, world.coordinator))
    .oversightDashboard;
  expect(alone.weeklyHours).toEqual(withLoad.weeklyHours);
  expect(alone.weeklyHours[0].capacityHours).toBe(8 + 4);
});
