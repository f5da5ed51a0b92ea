// Protection in matching (docs/domain.md, Matching rule 1 and 6): a key person whose wellbeing
// is RED, whose supervision is OVERDUE, or whose profile is STALE is never a candidate
// and cannot be proposed; AMBER, DUE_SOON and NEVER can. Clearing the flag, logging an
// intervision or confirming the profile brings them back. The registry filters by these
// derived statuses with a correct total, and a profile 181 days old is stale.
import { ManualClock } from "../../server/src/clock";
import { gql, ok, rowCounts } from "../support/graphql";
import { OversightWorld, UTRECHT, WELL, failure, type Account, type KeyPerson, type Organisation } from "../support/oversight-fixtures";
import { NOT_A_CANDIDATE, refusedRule } from "../support/matching-fixtures";
import type { TestServer } from "../support/server";

jest.setTimeout(60_000);

const DAY_MS = 86_400_000;
const NOW = new Date("2025-06-16T10:00:00Z");
const clock = new ManualClock(new Date(NOW.getTime() - 181 * DAY_MS));
let server: TestServer;
let world: OversightWorld;
let org: Organisation;
let regional: Account;
/** Everyone speaks Tigrinya and lives on the Dam, unless said otherwise. */
const kp: Record<"fine" | "amber" | "dueSoon" | "never" | "red" | "redUtrecht" | "overdue" | "stale" | "justFresh", KeyPerson> = {} as never;
let request: { id: string };

beforeAll(async () => {
  ({ server, world } = await OversightWorld.start(clock));
  // 181 days ago: a profile nobody confirmed since; one confirmed an hour short of 180 days ago.
  kp.stale = await world.keyPerson({ name: "Stale" });
  await world.setClock(new Date(NOW.getTime() - 180 * DAY_MS + 3600_000));
  kp.justFresh = await world.keyPerson({ name: "Just fresh" });
  await world.setClock(NOW);
  [org, regional] = await Promise.all([world.organisation(), world.regionalCoordinator(["GM0363"])]);
  const names = ["fine", "amber", "dueSoon", "never", "red", "redUtrecht", "overdue"] as const;
  const made = await Promise.all(names.map((name) => world.keyPerson({ name, ...(name === "redUtrecht" ? { at: UTRECHT } : {}) })));
  names.forEach((name, i) => {
    kp[name] = made[i];
  });

  await world.checkIn(kp.fine, WELL);
  await world.logSession(world.coordinator, kp.fine.id, world.day(-10));
  await world.checkIn(kp.amber, { strain: 4 });
  await world.logSession(world.coordinator, kp.dueSoon.id, world.day(-84));
  await world.checkIn(kp.red, { contactRequested: true });
  await world.checkIn(kp.redUtrecht, { strain: 5, support: 1 });
  await world.logSession(world.coordinator, kp.overdue.id, world.day(-85));
  request = await world.matching.request(org, { languageCodes: ["tir"], hoursPerWeek: 2 });
});
afterAll(async () => {
  await server?.stop();
});

const ids = (...people: KeyPerson[]) => people.map((p) => p.id).sort();
const candidates = async () => (await world.matching.candidateIds(org.token, request.id)).sort();

async function list(filter: Record<string, unknown>, token = world.coordinator, perPage = 25) {
  const { keyPersons } = await ok(
    world.url,
    `query($f: KeyPersonFilter, $pp: Int) { keyPersons(filter: $f, perPage: $pp) { total items { id displayName } } }`,
    { f: filter, pp: perPage },
    token,
  );
  return { total: keyPersons.total as number, ids: (keyPersons.items as { id: string }[]).map((i) => i.id).sort() };
}

test("a profile confirmed 181 days ago is stale; 180 days minus an hour is not", async () => {
  const query = `query($a: ID!, $b: ID!) { a: keyPerson(id: $a) { stale profileConfirmedAt } b: keyPerson(id: $b) { stale profileConfirmedAt } }`;
  const seen = await ok(world.url, query, { a: kp.stale.id, b: kp.justFresh.id }, world.coordinator);
  expect(seen).toEqual({
    a: { stale: true, profileConfirmedAt: new Date(NOW.getTime() - 181 * DAY_MS).toISOString() },
    b: { stale: false, profileConfirmedAt: new Date(NOW.getTime() - 180 * DAY_MS + 3600_000).toISOString() },
  });
  expect(await list({ stale: true })).toEqual({ total: 1, ids: ids(kp.stale) });
});

test("RED, supervision OVERDUE and STALE key persons are no candidates; AMBER, DUE_SOON and NEVER are", async () => {
  const { keyPersons } = await ok(world.url, `{ keyPersons(perPage: 100) { items { id wellbeingStatus supervisionStatus stale } } }`, {}, world.coordinator);
  const state = Object.fromEntries(keyPersons.items.map((i: { id: string }) => [i.id, i]));
  expect(state[kp.red.id]).toMatchObject({ wellbeingStatus: "RED" });
  expect(state[kp.redUtrecht.id]).toMatchObject({ wellbeingStatus: "RED" });
  expect(state[kp.overdue.id]).toMatchObject({ supervisionStatus: "OVERDUE", wellbeingStatus: "AMBER" });
  expect(state[kp.amber.id]).toMatchObject({ wellbeingStatus: "AMBER", supervisionStatus: "NEVER" });
  expect(state[kp.dueSoon.id]).toMatchObject({ supervisionStatus: "DUE_SOON", wellbeingStatus: "UNKNOWN" });
  expect(state[kp.never.id]).toMatchObject({ supervisionStatus: "NEVER", wellbeingStatus: "UNKNOWN" });

  expect(await candidates()).toEqual(ids(kp.fine, kp.amber, kp.dueSoon, kp.never, kp.justFresh));
});

test("proposing them is BAD_USER_INPUT NOT_A_CANDIDATE, the same for each; the audit log says why; nothing changes", async () => {
  const why: [KeyPerson, string][] = [
    [kp.red, "WELLBEING"],
    [kp.overdue, "SUPERVISION"],
    [kp.stale, "STALE"],
  ];
  for (const [person, reason] of why) {
    const before = await rowCounts(server.dataSource);
    const error = failure(await world.matching.proposeRaw(org.token, request.id, person.id));
    expect(await rowCounts(server.dataSource)).toEqual(before);
    expect(error).toEqual(NOT_A_CANDIDATE);
    expect(await refusedRule(server, request.id, person.id)).toBe(reason);
  }
});

test("keyPersons filters by wellbeing and supervision status: exactly them, with the right total", async () => {
  expect(await list({ wellbeingStatus: "RED" })).toEqual({ total: 2, ids: ids(kp.red, kp.redUtrecht) });
  // One per page: the total still counts both.
  const first = await list({ wellbeingStatus: "RED" }, world.coordinator, 1);
  expect(first.total).toBe(2);
  expect(first.ids).toHaveLength(1);
  expect(await list({ supervisionStatus: "OVERDUE" })).toEqual({ total: 1, ids: ids(kp.overdue) });
  expect(await list({ supervisionStatus: "DUE_SOON" })).toEqual({ total: 1, ids: ids(kp.dueSoon) });
  expect(await list({ wellbeingStatus: "AMBER" })).toEqual({ total: 2, ids: ids(kp.amber, kp.overdue) });
  expect(await list({ wellbeingStatus: "AMBER", supervisionStatus: "OVERDUE" })).toEqual({ total: 1, ids: ids(kp.overdue) });
  expect(await list({ wellbeingStatus: "RED", supervisionStatus: "OVERDUE" })).toEqual({ total: 0, ids: [] });
  // The regional coordinator of Amsterdam: only the RED key person in her municipality.
  expect(await list({ wellbeingStatus: "RED" }, regional.token)).toEqual({ total: 1, ids: ids(kp.red) });
  // A key person filtering sees at most themself.
  expect(await list({ wellbeingStatus: "RED" }, kp.red.token)).toEqual({ total: 1, ids: ids(kp.red) });
  expect(await list({ wellbeingStatus: "RED" }, kp.fine.token)).toEqual({ total: 0, ids: [] });
});

test("clearing the flag, an intervision and a confirmed profile bring them back", async () => {
  await world.clear(kp.red.id);
  // A training is no supervision: still overdue.
  await world.logSession(kp.overdue.token, kp.overdue.id, world.day(0), "TRAINING");
  const { confirmProfile } = await ok(
    world.url,
    `mutation($id: ID!) { confirmProfile(id: $id) { stale profileConfirmedAt } }`,
    { id: kp.stale.id },
    kp.stale.token,
  );
  expect(confirmProfile).toEqual({ stale: false, profileConfirmedAt: clock.now().toISOString() });
  expect(await candidates()).toEqual(ids(kp.fine, kp.amber, kp.dueSoon, kp.never, kp.justFresh, kp.red, kp.stale));

  await world.logSession(kp.overdue.token, kp.overdue.id, world.day(-1), "INTERVISION");
  expect(await candidates()).toEqual(ids(kp.fine, kp.amber, kp.dueSoon, kp.never, kp.justFresh, kp.red, kp.stale, kp.overdue));
  expect(await list({ wellbeingStatus: "RED" })).toEqual({ total: 1, ids: ids(kp.redUtrecht) });
  expect(await list({ supervisionStatus: "OVERDUE" })).toEqual({ total: 0, ids: [] });
  expect(await list({ stale: true })).toEqual({ total: 0, ids: [] });

  // And the one cleared can now be proposed and accept.
  const assignment = await world.matching.activeAssignment(org, request.id, kp.red);
  expect(assignment.status).toBe("ACTIVE");
});

test("only the key person confirms their own profile", async () => {
  const other = await world.keyPerson();
  for (const [token, code] of [
    [world.coordinator, "FORBIDDEN"],
    [kp.fine.token, "NOT_FOUND"],
    [org.token, "FORBIDDEN"],
  ]) {
    const before = await rowCounts(server.dataSource);
    const error = failure(await gql(world.url, `mutation($id: ID!) { confirmProfile(id: $id) { id } }`, { id: other.id }, token));
    expect(error.code).toBe(code);
    expect(await rowCounts(server.dataSource)).toEqual(before);
  }
});
