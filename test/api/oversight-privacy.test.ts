// Wellbeing is the most sensitive data here (docs/domain.md, Privacy): only the key person and
// coordinators read it — a regional coordinator only in their municipalities — never an
// organisation or another key person, also not through a nested path. Every read of the
// answers or the reasons is written to the audit log (who, whom), one row per key person,
// in one statement per request; the check-in itself is audited without the answers.
import { ManualClock } from "../../server/src/clock";
import { gql, ok } from "../support/graphql";
import {
  AMSTERDAM,
  OversightWorld,
  UTRECHT,
  WELL,
  failure,
  type Account,
  type AuditRow,
  type KeyPerson,
  type Organisation,
} from "../support/oversight-fixtures";
import type { TestServer } from "../support/server";

jest.setTimeout(60_000);

const clock = new ManualClock(new Date("2025-06-16T10:00:00Z"));
let server: TestServer;
let world: OversightWorld;
let org: Organisation;
let regional: Account;
/** On the Dam, asked to be contacted: RED. Supported by `org` on an active assignment. */
let selam: KeyPerson;
/** On the Dam, doing well. */
let dawit: KeyPerson;
/** In Utrecht (outside the regional coordinator's municipalities), reaching the Dam; strain 4. */
let ute: KeyPerson;
/** A request of `org` at the Dam, for which Dawit and Ute are candidates. */
let request: { id: string };

const DETAIL = `wellbeingStatus wellbeing { status reasons { level code message } }`;
const CHECK_INS = `query($k: ID!) { wellbeingCheckIns(keyPersonId: $k) { strain emotionalImpact support contactRequested } }`;
const ONE = `query($id: ID!) { keyPerson(id: $id) { id ${DETAIL} } }`;
const ONE_K = `query($k: ID!) { keyPerson(id: $k) { id ${DETAIL} } }`;

beforeAll(async () => {
  ({ server, world } = await OversightWorld.start(clock));
  [org, regional] = await Promise.all([world.organisation(), world.regionalCoordinator(["GM0363"])]);
  [selam, dawit, ute] = await Promise.all([
    world.keyPerson({ name: "Selam" }),
    world.keyPerson({ name: "Dawit" }),
    world.keyPerson({ name: "Ute", at: UTRECHT, maxTravelKm: 60 }),
  ]);
  await world.assignment(org, selam);
  await world.checkIn(selam, { strain: 3, emotionalImpact: 4, support: 3, contactRequested: true });
  await world.checkIn(dawit, WELL);
  await world.checkIn(ute, { strain: 4 });
  request = await world.matching.request(org, { location: AMSTERDAM, languageCodes: ["tir"] });
});
afterAll(async () => {
  await server?.stop();
});

const SELAM_DETAIL = {
  wellbeingStatus: "RED",
  wellbeing: {
    status: "RED",
    reasons: [
      { level: "RED", code: "CONTACT_REQUESTED", message: "asked to be contacted" },
      { level: "AMBER", code: "HIGH_STRAIN", message: "strain or impact 4/5" },
    ],
  },
};
const SELAM_CHECK_INS = [{ strain: 3, emotionalImpact: 4, support: 3, contactRequested: true }];

describe("who reads wellbeing", () => {
  test("the key person reads their own status, reasons and check-ins", async () => {
    expect((await ok(world.url, ONE, { id: selam.id }, selam.token)).keyPerson).toEqual({ id: selam.id, ...SELAM_DETAIL });
    expect((await ok(world.url, `{ me { keyPerson { ${DETAIL} } } }`, {}, selam.token)).me.keyPerson).toEqual(SELAM_DETAIL);
    expect((await ok(world.url, CHECK_INS, { k: selam.id }, selam.token)).wellbeingCheckIns).toEqual(SELAM_CHECK_INS);
  });

  test("the coordinator reads everyone's; the regional coordinator only in their municipalities, NOT_FOUND outside", async () => {
    expect((await ok(world.url, ONE, { id: selam.id }, world.coordinator)).keyPerson).toEqual({ id: selam.id, ...SELAM_DETAIL });
    expect((await ok(world.url, ONE, { id: ute.id }, world.coordinator)).keyPerson.wellbeingStatus).toBe("AMBER");
    expect((await ok(world.url, CHECK_INS, { k: ute.id }, world.coordinator)).wellbeingCheckIns).toHaveLength(1);

    expect((await ok(world.url, ONE, { id: selam.id }, regional.token)).keyPerson).toEqual({ id: selam.id, ...SELAM_DETAIL });
    expect((await ok(world.url, CHECK_INS, { k: selam.id }, regional.token)).wellbeingCheckIns).toEqual(SELAM_CHECK_INS);
    for (const query of [ONE_K, CHECK_INS, `query($k: ID!) { wellbeingClearances(keyPersonId: $k) { note } }`]) {
      const error = failure(await gql(world.url, query, { k: ute.id }, regional.token));
      expect(error.code).toBe("NOT_FOUND");
    }
    const { keyPersons } = await ok(world.url, `{ keyPersons { items { id } } }`, {}, regional.token);
    expect(keyPersons.items.map((i: { id: string }) => i.id).sort()).toEqual([selam.id, dawit.id].sort());

    // Through the request in her region, Ute is a candidate: her wellbeing stays hidden from the regional coordinator.
    const { matchCandidates } = await ok(
      world.url,
      `query($r: ID!) { matchCandidates(requestId: $r) { keyPerson { id ${DETAIL} } } }`,
      { r: request.id },
      regional.token,
    );
    const byId = Object.fromEntries(matchCandidates.map((c: { keyPerson: { id: string } }) => [c.keyPerson.id, c.keyPerson]));
    expect(Object.keys(byId).sort()).toEqual([dawit.id, ute.id].sort());
    expect(byId[ute.id]).toEqual({ id: ute.id, wellbeingStatus: null, wellbeing: null });
    expect(byId[dawit.id]).toEqual({ id: dawit.id, wellbeingStatus: "GREEN", wellbeing: { status: "GREEN", reasons: [] } });
  });

  test("organisations and other key persons get NOT_FOUND, FORBIDDEN or null — also nested — and no audit row is written", async () => {
    const { rows } = await world.audited("readWellbeing", async () => {
      // Organisation, directly.
      expect(failure(await gql(world.url, ONE, { id: selam.id }, org.token)).code).toBe("NOT_FOUND");
      expect(failure(await gql(world.url, `{ keyPersons { total } }`, {}, org.token)).code).toBe("FORBIDDEN");
      for (const query of [CHECK_INS, `query($k: ID!) { wellbeingClearances(keyPersonId: $k) { note } }`]) {
        expect(failure(await gql(world.url, query, { k: selam.id }, org.token)).code).toBe("FORBIDDEN");
      }
      expect(failure(await gql(world.url, `{ oversightDashboard { staleCount } }`, {}, org.token)).code).toBe("FORBIDDEN");

      // Organisation, nested: its candidates and the key person it works with.
      const { matchCandidates } = await ok(
        world.url,
        `query($r: ID!) { matchCandidates(requestId: $r) { keyPerson { id ${DETAIL} } } }`,
        { r: request.id },
        org.token,
      );
      expect(matchCandidates.map((c: { keyPerson: unknown }) => c.keyPerson)).toEqual(
        expect.arrayContaining([
          { id: dawit.id, wellbeingStatus: null, wellbeing: null },
          { id: ute.id, wellbeingStatus: null, wellbeing: null },
        ]),
      );
      expect(matchCandidates).toHaveLength(2);
      const { assignments } = await ok(world.url, `{ assignments { items { status keyPerson { id ${DETAIL} } } } }`, {}, org.token);
      expect(assignments.items).toEqual([{ status: "ACTIVE", keyPerson: { id: selam.id, wellbeingStatus: null, wellbeing: null } }]);

      // Another key person.
      expect(failure(await gql(world.url, ONE, { id: selam.id }, dawit.token)).code).toBe("NOT_FOUND");
      for (const query of [CHECK_INS, `query($k: ID!) { wellbeingClearances(keyPersonId: $k) { note } }`]) {
        expect(failure(await gql(world.url, query, { k: selam.id }, dawit.token)).code).toBe("NOT_FOUND");
      }
      expect((await ok(world.url, `{ keyPersons { total items { id } } }`, {}, dawit.token)).keyPersons).toEqual({ total: 1, items: [{ id: dawit.id }] });
      expect(failure(await gql(world.url, `{ oversightDashboard { staleCount } }`, {}, dawit.token)).code).toBe("FORBIDDEN");

      // Nobody logged in.
      expect(failure(await gql(world.url, CHECK_INS, { k: selam.id })).code).toBe("UNAUTHENTICATED");
      expect(failure(await gql(world.url, ONE, { id: selam.id })).code).toBe("UNAUTHENTICATED");
    });
    expect(rows).toEqual([]);
  });
});

describe("the audit log of wellbeing reads", () => {
  const expectRows = (rows: AuditRow[], actorUserId: number, actorRole: string, people: KeyPerson[], what: string) => {
    expect(rows.map((r) => r.entity_id).sort()).toEqual(people.map((p) => p.id).sort());
    for (const row of rows) {
      expect(row).toMatchObject({ actor_user_id: actorUserId, actor_role: actorRole, action: "readWellbeing", entity_type: "KeyPerson" });
      expect(row.detail).toMatchObject({ what });
    }
  };

  test("reading one's own reasons writes one row naming the reader and the key person", async () => {
    const { rows } = await world.audited("readWellbeing", () => ok(world.url, ONE, { id: selam.id }, selam.token));
    expectRows(rows, await world.userId(selam.email), "KEY_PERSON", [selam], "profile");
    expect(rows[0].detail).toEqual({ what: "profile", self: true });
  });

  test("a coordinator reading the check-ins writes one row", async () => {
    const { rows } = await world.audited("readWellbeing", () => ok(world.url, CHECK_INS, { k: selam.id }, world.coordinator));
    expectRows(rows, await world.userIdOf(world.coordinator), "COORDINATOR", [selam], "checkIns");
    expect(rows[0].detail).toEqual({ what: "checkIns", self: false });
  });

  test("reading the notes of a clearance (the conversation about how someone is) writes one row too", async () => {
    await world.clear(dawit.id, "Checked in with him after a heavy week");
    const query = `query($k: ID!) { wellbeingClearances(keyPersonId: $k) { note } }`;
    const byCoordinator = await world.audited("readWellbeing", () => ok(world.url, query, { k: dawit.id }, regional.token));
    expect(byCoordinator.result.wellbeingClearances).toEqual([{ note: "Checked in with him after a heavy week" }]);
    expectRows(byCoordinator.rows, await world.userIdOf(regional.token), "REGIONAL_COORDINATOR", [dawit], "clearances");
    const bySelf = await world.audited("readWellbeing", () => ok(world.url, query, { k: dawit.id }, dawit.token));
    expectRows(bySelf.rows, await world.userIdOf(dawit.token), "KEY_PERSON", [dawit], "clearances");
    expect(bySelf.rows[0].detail).toEqual({ what: "clearances", self: true });
  });

  test("a list of N key persons with their wellbeing writes N rows, in one statement, in one request", async () => {
    const query = `{ keyPersons(filter: { languageCodes: ["tir"] }, perPage: 100) { items { id wellbeing { status } } } }`;
    const { rows, result } = await world.audited("readWellbeing", () => ok(world.url, query, {}, world.coordinator));
    expect(result.keyPersons.items).toHaveLength(3);
    expectRows(rows, await world.userIdOf(world.coordinator), "COORDINATOR", [selam, dawit, ute], "profile");
    // One INSERT: the rows share the statement's moment and follow each other.
    expect(new Set(rows.map((r) => new Date(r.at).getTime())).size).toBe(1);
    expect(rows.map((r) => r.id)).toEqual([rows[0].id, rows[0].id + 1, rows[0].id + 2]);

    // The regional coordinator's list holds her two: two rows in her name.
    const regionalRead = await world.audited("readWellbeing", () => ok(world.url, query, {}, regional.token));
    expectRows(regionalRead.rows, await world.userId(regional.email), "REGIONAL_COORDINATOR", [selam, dawit], "profile");
  });

  test("each request that reads is audited again, also a read through the candidates", async () => {
    const twice = await world.audited("readWellbeing", async () => {
      await ok(world.url, ONE, { id: dawit.id }, dawit.token);
      await ok(world.url, ONE, { id: dawit.id }, dawit.token);
    });
    expect(twice.rows.map((r) => r.entity_id)).toEqual([dawit.id, dawit.id]);
    // Candidates' wellbeing read by a coordinator: each candidate's reasons, audited.
    const viaCandidates = await world.audited("readWellbeing", () =>
      ok(world.url, `query($r: ID!) { matchCandidates(requestId: $r) { keyPerson { wellbeing { status } } } }`, { r: request.id }, world.coordinator),
    );
    expect(viaCandidates.rows.map((r) => r.entity_id).sort()).toEqual([dawit.id, ute.id].sort());
  });

  test("the check-in, the session and the clearance are audited without the answers or the note", async () => {
    const checkIn = await world.audited("submitWellbeingCheckIn", () => world.checkIn(dawit, { strain: 2, emotionalImpact: 3, support: 4 }));
    expect(checkIn.rows).toHaveLength(1);
    expect(checkIn.rows[0]).toMatchObject({
      actor_user_id: await world.userId(dawit.email),
      actor_role: "KEY_PERSON",
      entity_type: "KeyPerson",
      entity_id: dawit.id,
      detail: {},
    });
    const text = JSON.stringify(checkIn.rows[0]);
    for (const word of ["strain", "emotional", "support", "contact", "score"]) expect(text.toLowerCase()).not.toContain(word);

    const note = "Spoke on the phone about a heavy case";
    const cleared = await world.audited("clearWellbeingFlag", () => world.clear(selam.id, note));
    expect(cleared.rows).toHaveLength(1);
    expect(cleared.rows[0]).toMatchObject({ actor_role: "COORDINATOR", entity_id: selam.id, detail: {} });
    expect(JSON.stringify(cleared.rows[0])).not.toContain("phone");

    const logged = await world.audited("logSupervisionSession", () =>
      world.logSession(dawit.token, dawit.id, world.day(-2), "INTERVISION", "Intervisie groep Noord"),
    );
    expect(logged.rows).toHaveLength(1);
    expect(logged.rows[0]).toMatchObject({ actor_role: "KEY_PERSON", entity_id: dawit.id, detail: { kind: "INTERVISION" } });
    expect(JSON.stringify(logged.rows[0])).not.toContain("Noord");
  });
});
