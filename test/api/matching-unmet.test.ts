// Unmet demand (docs/domain.md, "Matching"): a request with no candidate is recorded with which
// hard rule excluded how many key persons, the coordinator's map of where to recruit.
// This file controls every key person in its database, so the counts are exact.
import { ok } from "../support/graphql";
import { AMSTERDAM, GRONINGEN, away, day, MatchingWorld, startMatchingSuite, type Organisation } from "../support/matching-fixtures";
import type { TestServer } from "../support/server";

jest.setTimeout(30_000);

let server: TestServer, world: MatchingWorld, org: Organisation, otherOrg: Organisation;
beforeAll(async () => ({ server, world, org, otherOrg } = await startMatchingSuite(["GGD Amsterdam", "GGD Groningen"], "GM0014")));
afterAll(async () => {
  await server?.stop();
});

const UNMET = `query($unmet: Boolean) { matchRequests(filter: { unmet: $unmet }, perPage: 100) { total items { id unmetSince } } }`;
const keyPersonCount = async () => (await server.dataSource.query(`SELECT count(*)::int AS n FROM key_person`))[0].n as number;
const asMap = (counts: { rule: string; count: number }[]) => Object.fromEntries(counts.map((c) => [c.rule, c.count]));
const sum = (counts: { count: number }[]) => counts.reduce((total, c) => total + c.count, 0);

test("a request nobody can take records unmetSince and, per hard rule, how many key persons it excluded: they add up to all of them", async () => {
  const lang = world.language();
  const startsOn = day(7);
  const setStatus = (id: string, status: string) =>
    ok(
      server.url,
      `mutation($id: ID!, $s: KeyPersonStatus!, $r: LeavingReason) { setKeyPersonStatus(id: $id, status: $s, leavingReason: $r) { id } }`,
      { id, s: status, r: status === "INACTIVE" ? "OTHER" : null },
      world.coordinator,
    );
  // One or more key persons per rule, each failing that rule only (a key person counts once, under the first rule they fail).
  const base = { languages: [lang], expertise: ["SGBV"], at: away(AMSTERDAM, 3) };
  await setStatus((await world.keyPerson(base)).id, "INACTIVE");
  await setStatus((await world.keyPerson(base)).id, "PAUSED");
  const stale = await world.keyPerson(base);
  await server.dataSource.query(`UPDATE key_person SET profile_confirmed_at = now() - interval '181 days' WHERE id = $1`, [stale.id]);
  const onLeave = await world.keyPerson(base);
  await ok(
    server.url,
    `mutation($id: ID!, $input: LeaveInput!) { addLeave(keyPersonId: $id, input: $input) { id } }`,
    { id: onLeave.id, input: { startsOn: day(0), endsOn: day(30) } },
    world.coordinator,
  );
  await world.keyPerson({ ...base, languages: ["nld"] });
  await world.keyPerson({ ...base, languages: ["nld"] });
  await world.keyPerson({ ...base, expertise: ["FGM"] });
  await world.keyPerson({ ...base, at: GRONINGEN, maxTravelKm: 50 });
  const full = await world.keyPerson({ ...base, capacity: 2 });
  const elsewhere = await world.request(otherOrg, { languageCodes: [lang], expertiseCodes: ["SGBV"], hoursPerWeek: 2 });
  await world.propose(otherOrg, elsewhere.id, full.id);
  await world.keyPerson({ ...base, origins: ["AF"] });
  // Not even in the running: several rules at once, counted under the first (STATUS).
  await setStatus((await world.keyPerson({ languages: ["nld"], at: GRONINGEN })).id, "INACTIVE");

  const total = await keyPersonCount();
  expect(total).toBe(11);
  const before = Date.now();
  const request = await world.request(org, {
    languageCodes: [lang],
    expertiseCodes: ["SGBV"],
    newcomerOrigin: "AF",
    backgroundPreference: "DIFFERENT",
    startsOn,
    hoursPerWeek: 2,
  });
  expect(new Date(request.unmetSince).getTime()).toBeGreaterThanOrEqual(before - 1000);
  // The counts are the coordinators' (one BACKGROUND is one key person of that origin): the organisation sees only that it is unmet.
  expect(request.unmetExclusions).toBeNull();
  const counted = (await world.getRequest(world.coordinator, request.id)).unmetExclusions;
  expect(asMap(counted)).toEqual({ STATUS: 3, STALE: 1, UNAVAILABLE: 1, LANGUAGE: 2, EXPERTISE: 1, REACH: 1, CAPACITY: 1, BACKGROUND: 1 });
  expect(sum(counted)).toBe(total);
  expect(await world.candidates(org.token, request.id)).toEqual([]);

  // The coordinator finds it among the unmet requests; the one that has a candidate is not there.
  const unmet = (await ok(server.url, UNMET, { unmet: true }, world.coordinator)).matchRequests;
  expect(unmet.items.map((r: { id: string }) => r.id)).toContain(request.id);
  expect(unmet.items.map((r: { id: string }) => r.id)).not.toContain(elsewhere.id);
  const met = (await ok(server.url, UNMET, { unmet: false }, world.coordinator)).matchRequests;
  expect(met.items.map((r: { id: string }) => r.id)).toContain(elsewhere.id);
  expect(met.items.map((r: { id: string }) => r.id)).not.toContain(request.id);
  // The organisation sees its own unmet request, the other organisation does not.
  expect((await ok(server.url, UNMET, { unmet: true }, org.token)).matchRequests.items.map((r: { id: string }) => r.id)).toContain(request.id);
  expect((await ok(server.url, UNMET, { unmet: true }, otherOrg.token)).matchRequests.items.map((r: { id: string }) => r.id)).not.toContain(request.id);

  // A new key person who fits appears; proposing them clears the record.
  const recruit = await world.keyPerson({ ...base, origins: ["ER"] });
  expect((await world.candidates(org.token, request.id)).map((c) => c.id)).toEqual([recruit.id]);
  await world.propose(org, request.id, recruit.id);
  const cleared = await world.getRequest(org.token, request.id);
  expect(cleared).toMatchObject({ unmetSince: null, unmetExclusions: null });
  const [row] = await server.dataSource.query(`SELECT unmet_since, unmet_exclusions FROM match_request WHERE id = $1`, [request.id]);
  expect(row).toEqual({ unmet_since: null, unmet_exclusions: null });
  expect((await ok(server.url, UNMET, { unmet: true }, world.coordinator)).matchRequests.items.map((r: { id: string }) => r.id)).not.toContain(request.id);
});

test("a request with candidates is not unmet", async () => {
  const lang = world.language();
  await world.keyPerson({ languages: [lang] });
  const request = await world.request(org, { languageCodes: [lang] });
  expect(request).toMatchObject({ unmetSince: null, unmetExclusions: null });
});

test("when the only candidate declines, the request becomes unmet, the decline counted under DECLINED", async () => {
  const lang = world.language();
  const only = await world.keyPerson({ languages: [lang], login: true });
  const request = await world.request(org, { languageCodes: [lang] });
  expect(request.unmetSince).toBeNull();
  const proposed = await world.propose(org, request.id, only.id);
  await world.respond(only, proposed.id, false, "Moving away");
  const after = await world.getRequest(org.token, request.id);
  expect(after.status).toBe("OPEN");
  expect(after.unmetSince).not.toBeNull();
  const counted = (await world.getRequest(world.coordinator, request.id)).unmetExclusions;
  expect(asMap(counted).DECLINED).toBe(1);
  expect(sum(counted)).toBe(await keyPersonCount());
  expect((await ok(server.url, UNMET, { unmet: true }, world.coordinator)).matchRequests.items.map((r: { id: string }) => r.id)).toContain(request.id);
});
