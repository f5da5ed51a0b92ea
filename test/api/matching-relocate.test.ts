// The newcomer moves (docs/domain.md, "Matching"; why it exists, 2): the key person keeps the
// case while the new place is in their reach, else a handover is proposed to the best
// candidate near the new place. Real GraphQL over HTTP, real PostgreSQL.
import { gql, ok, rowCounts } from "../support/graphql";
import {
  AMSTERDAM,
  BRUSSELS,
  GRONINGEN,
  UTRECHT,
  away,
  failure,
  MatchingWorld,
  refusedUnchanged,
  startMatchingSuite,
  type Organisation,
  type Point,
} from "../support/matching-fixtures";
import type { TestServer } from "../support/server";

jest.setTimeout(30_000);

let server: TestServer, world: MatchingWorld, org: Organisation, otherOrg: Organisation;
beforeAll(async () => ({ server, world, org, otherOrg } = await startMatchingSuite(["AZC Amsterdam", "GGD Utrecht"])));
afterAll(async () => {
  await server?.stop();
});

const RELOCATE = `mutation($id: ID!, $l: GeoPointInput!) { relocateNewcomer(requestId: $id, location: $l) { id status location { lat lon } municipality { code } unmetSince unmetExclusions { rule count } } }`;
const relocateRaw = (token: string, id: string, location: Point) => gql(server.url, RELOCATE, { id, l: location }, token);
const relocate = async (id: string, location: Point) => (await ok(server.url, RELOCATE, { id, l: location }, org.token)).relocateNewcomer;

const assignmentsOf = async (requestId: string) =>
  (await world.getRequest(org.token, requestId)).assignments.map((a: { keyPerson: { id: string }; status: string; proposedBecause: string | null }) => [
    a.keyPerson.id,
    a.status,
    a.proposedBecause,
  ]);

/** A request at the Dam, supported (ACTIVE) by a key person living there who travels 25 km. */
async function supported(holderSpec: Parameters<MatchingWorld["keyPerson"]>[0] = {}, hoursPerWeek = 2, remoteAcceptable = false) {
  const lang = world.language();
  const holder = await world.keyPerson({ languages: [lang], at: AMSTERDAM, maxTravelKm: 25, login: true, ...holderSpec });
  const request = await world.request(org, { languageCodes: [lang], hoursPerWeek, remoteAcceptable });
  const active = await world.activeAssignment(org, request.id, holder);
  return { lang, holder, request, active };
}

test("a move within the key person's reach keeps them: no new assignment, the location and municipality follow", async () => {
  const { holder, request, active } = await supported();
  const before = await rowCounts(server.dataSource);
  const to = away(AMSTERDAM, 15, 180); // Amstelveen / Ouder-Amstel side, 15 km
  const moved = await relocate(request.id, to);
  expect(moved).toMatchObject({ id: request.id, status: "MATCHED", location: to, unmetSince: null });
  expect(moved.municipality.code).not.toBe("GM0363");
  expect(await assignmentsOf(request.id)).toEqual([[holder.id, "ACTIVE", null]]);
  const after = await rowCounts(server.dataSource);
  expect(after.assignment).toBe(before.assignment);
  expect(after.match_request).toBe(before.match_request);
  const [audit] = await server.dataSource.query(`SELECT detail FROM audit_log WHERE action = 'relocateNewcomer' AND entity_id = $1`, [String(request.id)]);
  expect(audit.detail).toMatchObject({ kept: true, municipalityCode: moved.municipality.code });
  expect((await world.getRequest(org.token, request.id)).assignments[0].id).toBe(active.id);
});

test("continuity: after the move the current key person ranks FIRST while eligible, even when someone else is nearer", async () => {
  // The holder's capacity is exactly this request's hours: their own assignment does not count against them.
  const { lang, holder, request } = await supported({ capacity: 2 });
  const to = away(AMSTERDAM, 15, 180);
  const nearer = await world.keyPerson({ languages: [lang], at: to });
  const alsoNear = await world.keyPerson({ languages: [lang], at: away(to, 1) });
  await relocate(request.id, to);
  const candidates = await world.candidates(org.token, request.id);
  expect(candidates.map((c) => c.id)).toEqual([holder.id, nearer.id, alsoNear.id]);
  expect(candidates[0]).toMatchObject({ score: 1, distanceKm: 15 });
  expect(candidates[0].reasons).toEqual(expect.arrayContaining(["15 km away", "already supports this case"]));
  expect(candidates[0].reasons.at(-1)).toBe("already supports this case");
  expect(candidates[1].distanceKm).toBe(0);
  expect(candidates[1].score).toBeLessThan(1);
  expect(candidates[1].reasons).not.toContain("already supports this case");
});

test("a move out of reach proposes a HANDOVER to the best candidate near the new place; the old one stays ACTIVE until it is accepted, then COMPLETED", async () => {
  const { lang, holder, request, active } = await supported({}, 3);
  const best = await world.keyPerson({ languages: [lang], at: away(UTRECHT, 2), login: true });
  const second = await world.keyPerson({ languages: [lang], at: away(UTRECHT, 8) });
  // Near the Dam but not reaching Utrecht: not a candidate there.
  await world.keyPerson({ languages: [lang], at: away(AMSTERDAM, 1), maxTravelKm: 10 });

  const moved = await relocate(request.id, UTRECHT);
  expect(moved).toMatchObject({ status: "MATCHED", municipality: { code: "GM0344" }, location: UTRECHT });
  expect(await assignmentsOf(request.id)).toEqual([
    [holder.id, "ACTIVE", null],
    [best.id, "PROPOSED", "HANDOVER"],
  ]);
  expect(await world.committedHours(holder.id)).toBe(3);
  expect(await world.committedHours(best.id)).toBe(3);
  expect(await world.committedHours(second.id)).toBe(0);

  const handover = (await world.getRequest(org.token, request.id)).assignments[1];
  const accepted = await world.respond(best, handover.id, true);
  expect(accepted).toMatchObject({ status: "ACTIVE", proposedBecause: "HANDOVER", request: { status: "MATCHED" } });
  expect(await assignmentsOf(request.id)).toEqual([
    [holder.id, "COMPLETED", null],
    [best.id, "ACTIVE", "HANDOVER"],
  ]);
  const [old] = await server.dataSource.query(`SELECT ended_at FROM assignment WHERE id = $1`, [active.id]);
  expect(old.ended_at).not.toBeNull();
  expect(await world.committedHours(holder.id)).toBe(0);
  expect(await world.committedHours(best.id)).toBe(3);
});

test("a declined handover leaves the current key person ACTIVE", async () => {
  const { lang, holder, request } = await supported();
  const near = await world.keyPerson({ languages: [lang], at: UTRECHT, login: true });
  await relocate(request.id, UTRECHT);
  const handover = (await world.getRequest(org.token, request.id)).assignments[1];
  await world.respond(near, handover.id, false, "Not now");
  expect(await assignmentsOf(request.id)).toEqual([
    [holder.id, "ACTIVE", null],
    [near.id, "DECLINED", "HANDOVER"],
  ]);
  expect((await world.getRequest(org.token, request.id)).status).toBe("MATCHED");
});

test("remote support keeps the key person when both sides accept it", async () => {
  const { holder, request } = await supported({ remote: true }, 2, true);
  await relocate(request.id, UTRECHT);
  expect(await assignmentsOf(request.id)).toEqual([[holder.id, "ACTIVE", null]]);
});

test("a waiting proposal that the move puts out of reach is cancelled and handed over", async () => {
  const lang = world.language();
  const proposedKp = await world.keyPerson({ languages: [lang], at: AMSTERDAM, maxTravelKm: 25 });
  const near = await world.keyPerson({ languages: [lang], at: UTRECHT });
  const request = await world.request(org, { languageCodes: [lang] });
  await world.propose(org, request.id, proposedKp.id);
  await relocate(request.id, UTRECHT);
  expect(await assignmentsOf(request.id)).toEqual([
    [proposedKp.id, "CANCELLED", null],
    [near.id, "PROPOSED", "HANDOVER"],
  ]);
  expect(await world.committedHours(proposedKp.id)).toBe(0);
});

test("with nobody near the new place, no handover is proposed, the current key person stays, and the request is recorded as unmet", async () => {
  const { holder, request } = await supported();
  const moved = await relocate(request.id, UTRECHT);
  expect(await assignmentsOf(request.id)).toEqual([[holder.id, "ACTIVE", null]]);
  expect(moved.unmetSince).not.toBeNull();
  expect(moved.unmetExclusions).toBeNull(); // the counts are the coordinators'
  expect((await world.getRequest(world.coordinator, request.id)).unmetExclusions).toContainEqual({ rule: "REACH", count: 1 });
});

test("relocating another organisation's request is NOT_FOUND and changes nothing", async () => {
  const { holder, request } = await supported();
  const before = await rowCounts(server.dataSource);
  expect(failure(await relocateRaw(otherOrg.token, request.id, UTRECHT)).code).toBe("NOT_FOUND");
  expect(failure(await relocateRaw(otherOrg.token, "999999", UTRECHT)).code).toBe("NOT_FOUND");
  expect(await rowCounts(server.dataSource)).toEqual(before);
  const unchanged = await world.getRequest(org.token, request.id);
  expect(unchanged).toMatchObject({ location: AMSTERDAM, municipality: { code: "GM0363" } });
  expect(await assignmentsOf(request.id)).toEqual([[holder.id, "ACTIVE", null]]);
});

test("a place outside the Netherlands, or no place at all, is BAD_USER_INPUT and changes nothing", async () => {
  const { holder, request } = await supported();
  const before = await rowCounts(server.dataSource);
  for (const location of [BRUSSELS, { lat: 53.6, lon: 3.2 }, { lat: 200, lon: 4.9 }, { lat: 52.37, lon: Number.MAX_VALUE }]) {
    const error = failure(await relocateRaw(org.token, request.id, location));
    expect(error).toMatchObject({ code: "BAD_USER_INPUT", field: "location" });
  }
  expect(failure(await relocateRaw(org.token, request.id, BRUSSELS)).message).toMatch(/not in the Netherlands/);
  expect(await rowCounts(server.dataSource)).toEqual(before);
  expect(await world.getRequest(org.token, request.id)).toMatchObject({ location: AMSTERDAM, municipality: { code: "GM0363" }, status: "MATCHED" });
  expect(await assignmentsOf(request.id)).toEqual([[holder.id, "ACTIVE", null]]);
});

test("only the organisation relocates (coordinator FORBIDDEN); a closed request is CONFLICT", async () => {
  const { request, active } = await supported();
  expect(failure(await relocateRaw(world.coordinator, request.id, UTRECHT)).code).toBe("FORBIDDEN");
  await ok(server.url, `mutation($a: ID!) { completeAssignment(assignmentId: $a) { id } }`, { a: active.id }, org.token);
  const before = await rowCounts(server.dataSource);
  const error = failure(await relocateRaw(org.token, request.id, UTRECHT));
  expect(error.code).toBe("CONFLICT");
  expect(await rowCounts(server.dataSource)).toEqual(before);
});

describe("a dated on-site booking moves (issue 16): the same place-bound rules as matching", () => {
  /** An instant at a local Amsterdam time `days` days ahead (the offset found by trying both). */
  function at(days: number, time: string): string {
    const date = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    for (const offset of ["+01:00", "+02:00"]) {
      const instant = `${date}T${time}:00${offset}`;
      const hm = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(
        new Date(instant),
      );
      if (hm === time) return new Date(instant).toISOString();
    }
    throw new Error(`no such local time ${time}`);
  }
  const CREATE = `mutation($input: MatchRequestInput!) { createMatchRequest(input: $input) { id } }`;
  async function appointment(lang: string, startsAt: string, endsAt: string, location: Point) {
    const { hoursPerWeek: _h, startsOn: _s, ...input } = world.requestInput({ languageCodes: [lang], location });
    const created = await ok(server.url, CREATE, { input: { ...input, kind: "APPOINTMENT", appointment: { startsAt, endsAt, mode: "ON_SITE" } } }, org.token);
    return created.createMatchRequest as { id: string };
  }
  const notificationKinds = async (dedupeLike: string) =>
    (await server.dataSource.query(`SELECT DISTINCT kind FROM notification WHERE dedupe_key LIKE $1`, [dedupeLike])).map((r: { kind: string }) => r.kind);

  /** A key person at the Dam with two accepted appointments there the same day: 10:00–11:00, then 11:15–12:15. */
  async function twoBookings(day: number) {
    const lang = world.language();
    const holder = await world.keyPerson({ languages: [lang], at: AMSTERDAM, maxTravelKm: 80, login: true });
    const first = await appointment(lang, at(day, "10:00"), at(day, "11:00"), AMSTERDAM);
    const second = await appointment(lang, at(day, "11:15"), at(day, "12:15"), AMSTERDAM);
    const active = await world.activeAssignment(org, first.id, holder);
    const next = await world.activeAssignment(org, second.id, holder);
    return { lang, holder, first, second, active, next };
  }

  test("moved 35 km while the next booking starts 15 minutes later: in reach, but no time to travel — the assignment ends, the slot is handed over, the other booking stays", async () => {
    const { lang, holder, first, second, active, next } = await twoBookings(9);
    const near = await world.keyPerson({ languages: [lang], at: away(UTRECHT, 2) });
    const moved = await relocate(first.id, UTRECHT);
    expect(moved.status).toBe("OPEN");
    expect(await assignmentsOf(first.id)).toEqual([
      [holder.id, "CANCELLED", null],
      [near.id, "PROPOSED", "HANDOVER"],
    ]);
    expect(await assignmentsOf(second.id)).toEqual([[holder.id, "ACTIVE", null]]);
    expect(next.status).toBe("ACTIVE");
    // The notifications any move that loses the key person gives: the key person hears it is cancelled, the organisation of the handover.
    expect(await notificationKinds(`cancelled:${active.id}`)).toEqual(["ASSIGNMENT_CANCELLED"]);
    expect(await notificationKinds(`handover:${first.id}:%`)).toEqual(["HANDOVER"]);
    // Worded for the kind: the key person hears which appointment; the organisation that the key person was released.
    const [cancelled] = await server.dataSource.query(`SELECT body FROM notification WHERE dedupe_key = $1`, [`cancelled:${active.id}`]);
    expect(cancelled.body).toMatch(/afspraak \(ter plaatse\) op|appointment \(on site\) on/);
    expect(cancelled.body).not.toMatch(/per week|a week|TEST-CASE/);
    const [handedOver] = await server.dataSource.query(`SELECT body FROM notification WHERE dedupe_key LIKE $1`, [`handover:${first.id}:%`]);
    expect(handedOver.body).toMatch(/vrijgegeven|released/);
    expect(handedOver.body).not.toMatch(/blijft tot dan betrokken|stays involved/);
    const [audit] = await server.dataSource.query(
      `SELECT detail FROM audit_log WHERE action = 'relocateNewcomer' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [String(first.id)],
    );
    expect(audit.detail).toMatchObject({ kept: false, ended: [{ assignmentId: Number(active.id), rule: "BOOKED" }] });
    // More than 24 hours ahead: no late-cancellation pay.
    expect(audit.detail.lateCancellationEntries).toBeUndefined();
  });

  test("less than 24 hours before the start, the released key person is paid the booked time, as on a late cancellation", async () => {
    const lang = world.language();
    const holder = await world.keyPerson({ languages: [lang], at: AMSTERDAM, maxTravelKm: 80, login: true });
    const hour = Math.floor(Date.now() / 3600_000) * 3600_000;
    const iso = (hours: number) => new Date(hour + hours * 3600_000).toISOString();
    const first = await appointment(lang, iso(3), iso(4), AMSTERDAM);
    const second = await appointment(lang, iso(4.25), iso(5.25), AMSTERDAM);
    const active = await world.activeAssignment(org, first.id, holder);
    await world.activeAssignment(org, second.id, holder);
    await relocate(first.id, UTRECHT);
    expect(await assignmentsOf(first.id)).toEqual([[holder.id, "CANCELLED", null]]);
    const entries = await server.dataSource.query(`SELECT hours, late_cancellation, status FROM hour_entry WHERE assignment_id = $1`, [Number(active.id)]);
    expect(entries).toEqual([{ hours: 1, late_cancellation: true, status: "SUBMITTED" }]);
  });

  test("moved 3 km: six minutes of travel fit in the quarter hour — the key person keeps it", async () => {
    const { holder, first, active } = await twoBookings(11);
    const moved = await relocate(first.id, away(AMSTERDAM, 3, 90));
    expect(moved.status).toBe("MATCHED");
    expect(await assignmentsOf(first.id)).toEqual([[holder.id, "ACTIVE", null]]);
    expect(await notificationKinds(`cancelled:${active.id}`)).toEqual([]);
  });

  test("a consult has no newcomer to move: CONFLICT CONSULT_NOT_RELOCATABLE, nothing changed", async () => {
    const lang = world.language();
    const holder = await world.keyPerson({ languages: [lang], at: AMSTERDAM, remote: true, login: true });
    const { hoursPerWeek: _h, startsOn: _s, location: _l, newcomerConsent: _c, ...input } = world.requestInput({ languageCodes: [lang] });
    const consult = (await ok(server.url, CREATE, { input: { ...input, kind: "CONSULT", consult: { topic: "Context of a case", hours: 1 } } }, org.token))
      .createMatchRequest as { id: string };
    await world.activeAssignment(org, consult.id, holder);
    const before = await rowCounts(server.dataSource);
    const shown = await world.getRequest(org.token, consult.id);
    const error = await refusedUnchanged(server, () => relocateRaw(org.token, consult.id, UTRECHT));
    expect(error).toMatchObject({ code: "CONFLICT", reason: "CONSULT_NOT_RELOCATABLE" });
    expect(await rowCounts(server.dataSource)).toEqual(before);
    expect(await world.getRequest(org.token, consult.id)).toMatchObject({ location: shown.location, municipality: shown.municipality, status: "MATCHED" });
    expect(await assignmentsOf(consult.id)).toEqual([[holder.id, "ACTIVE", null]]);
  });

  test("a slot that has begun, or is over, has nothing to move: CONFLICT SLOT_ALREADY_BEGUN, nothing changed (appointment and information session)", async () => {
    const lang = world.language();
    const holder = await world.keyPerson({ languages: [lang], at: AMSTERDAM, maxTravelKm: 80, login: true });
    const underWay = await appointment(lang, at(13, "10:00"), at(13, "11:00"), AMSTERDAM);
    await world.activeAssignment(org, underWay.id, holder);
    const { hoursPerWeek: _h, startsOn: _s, newcomerConsent: _c, ...input } = world.requestInput({ languageCodes: [lang], location: AMSTERDAM });
    const session = (
      await ok(
        server.url,
        CREATE,
        { input: { ...input, kind: "INFORMATION_SESSION", session: { startsAt: at(14, "14:00"), endsAt: at(14, "16:00"), expectedParticipants: 12 } } },
        org.token,
      )
    ).createMatchRequest as { id: string };
    // Time passes (moved into the past here): the appointment is under way, the session over but not yet swept.
    await server.dataSource.query(`UPDATE match_request SET starts_at = now() - interval '10 minutes', ends_at = now() + interval '50 minutes' WHERE id = $1`, [
      Number(underWay.id),
    ]);
    await server.dataSource.query(`UPDATE match_request SET starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' WHERE id = $1`, [
      Number(session.id),
    ]);
    for (const request of [underWay, session]) {
      const error = await refusedUnchanged(server, () => relocateRaw(org.token, request.id, UTRECHT));
      expect(error).toMatchObject({ code: "CONFLICT", reason: "SLOT_ALREADY_BEGUN" });
      expect(await world.getRequest(org.token, request.id)).toMatchObject({ location: AMSTERDAM, municipality: { code: "GM0363" } });
    }
    expect(await assignmentsOf(underWay.id)).toEqual([[holder.id, "ACTIVE", null]]);
    const moves = await server.dataSource.query(`SELECT 1 FROM audit_log WHERE action = 'relocateNewcomer' AND entity_id = ANY($1)`, [
      [String(underWay.id), String(session.id)],
    ]);
    expect(moves).toEqual([]);
  });

  test("moved beyond the key person's travel distance with nobody there: the booking ends all the same, and the request is unmet", async () => {
    const lang = world.language();
    const holder = await world.keyPerson({ languages: [lang], at: AMSTERDAM, maxTravelKm: 25, login: true });
    const request = await appointment(lang, at(12, "14:00"), at(12, "15:00"), AMSTERDAM);
    await world.activeAssignment(org, request.id, holder);
    const moved = await relocate(request.id, GRONINGEN);
    expect(moved.status).toBe("OPEN");
    expect(moved.unmetSince).not.toBeNull();
    expect(await assignmentsOf(request.id)).toEqual([[holder.id, "CANCELLED", null]]);
    expect(await world.committedHours(holder.id)).toBe(0);
  });
});
