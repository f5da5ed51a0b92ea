// Supervision and wellbeing status at every threshold of domain/oversight.ts, over HTTP:
// sessions logged at dates relative to the server's (manual) clock, check-ins walked
// through GREEN, AMBER and RED, a coordinator's clearance, time passing; and bad input
// refused with the contract's codes, a clear message, and no row changed.
import { ManualClock } from "../../server/src/clock";
import { gql, ok, rowCounts, type GraphQLResponse } from "../support/graphql";
import { OversightWorld, UTRECHT, WELL, failure, refusedUnchanged, type Account, type KeyPerson, type Organisation } from "../support/oversight-fixtures";
import type { TestServer } from "../support/server";

jest.setTimeout(60_000);

const clock = new ManualClock(new Date("2025-06-16T10:00:00Z"));
let server: TestServer;
let world: OversightWorld;
let org: Organisation;
let regional: Account;

beforeAll(async () => {
  ({ server, world } = await OversightWorld.start(clock));
  [org, regional] = await Promise.all([world.organisation(), world.regionalCoordinator(["GM0363"])]);
});
afterAll(async () => {
  await server?.stop();
});

/** Runs a refused mutation and proves it changed no row (the audit log included). */
const refused = (run: () => Promise<GraphQLResponse>) => refusedUnchanged(server, run);

/** Runs refused mutations (each must fail) and proves that together they changed no row. */
async function unchanged(run: (refuse: (response: Promise<GraphQLResponse>) => Promise<ReturnType<typeof failure>>) => Promise<void>) {
  const before = await rowCounts(server.dataSource);
  await run(async (response) => failure(await response));
  expect(await rowCounts(server.dataSource)).toEqual(before);
}

const codes = (reasons: { level: string; code: string }[]) => reasons.map((r) => `${r.level} ${r.code}`).sort();

describe("supervision", () => {
  test("an intervision or a supervision session counts; a training does not", async () => {
    const kp = await world.keyPerson();
    expect(await world.status(kp.id)).toMatchObject({ supervisionStatus: "NEVER", lastSupervisionOn: null });

    // A training today: on record, but still no supervision.
    const trained = await world.logSession(world.coordinator, kp.id, world.day(0), "TRAINING", "SGBV basistraining, dag 1");
    expect(trained).toMatchObject({ supervisionStatus: "NEVER", lastSupervisionOn: null });

    expect(await world.logSession(world.coordinator, kp.id, world.day(-85), "SUPERVISION")).toMatchObject({
      supervisionStatus: "OVERDUE",
      lastSupervisionOn: world.day(-85),
    });
    // The key person logs their own intervision.
    expect(await world.logSession(kp.token, kp.id, world.day(-30), "INTERVISION")).toMatchObject({
      supervisionStatus: "CURRENT",
      lastSupervisionOn: world.day(-30),
    });
    // Another training, later than every session: the last supervision stays the intervision.
    expect(await world.logSession(kp.token, kp.id, world.day(-1), "TRAINING")).toMatchObject({
      supervisionStatus: "CURRENT",
      lastSupervisionOn: world.day(-30),
    });
    // An older session logged afterwards does not turn the clock back.
    expect(await world.logSession(world.coordinator, kp.id, world.day(-100), "INTERVISION")).toMatchObject({ lastSupervisionOn: world.day(-30) });

    const { supervisionSessions } = await ok(world.url, `query($k: ID!) { supervisionSessions(keyPersonId: $k) { date kind note } }`, { k: kp.id }, kp.token);
    expect(supervisionSessions).toEqual([
      { date: world.day(0), kind: "TRAINING", note: "SGBV basistraining, dag 1" },
      { date: world.day(-1), kind: "TRAINING", note: null },
      { date: world.day(-30), kind: "INTERVISION", note: null },
      { date: world.day(-85), kind: "SUPERVISION", note: null },
      { date: world.day(-100), kind: "INTERVISION", note: null },
    ]);
  });

  test("CURRENT up to 56 days, DUE_SOON from 57 to 84, OVERDUE from 85; OVERDUE is a wellbeing reason too", async () => {
    const expected: [number, string][] = [
      [0, "CURRENT"],
      [56, "CURRENT"],
      [57, "DUE_SOON"],
      [84, "DUE_SOON"],
      [85, "OVERDUE"],
    ];
    const people = await Promise.all(expected.map(() => world.keyPerson()));
    for (const [i, [days]] of expected.entries()) {
      await world.checkIn(people[i], WELL);
      await world.logSession(world.coordinator, people[i].id, world.day(-days), i % 2 ? "SUPERVISION" : "INTERVISION");
    }
    for (const [i, [days, status]] of expected.entries()) {
      const seen = await world.status(people[i].id);
      expect({ days, status: seen.supervisionStatus, last: seen.lastSupervisionOn }).toEqual({ days, status, last: world.day(-days) });
      if (status === "OVERDUE") {
        expect(seen.wellbeing).toEqual({
          status: "AMBER",
          reasons: [{ level: "AMBER", code: "SUPERVISION_OVERDUE", message: "no intervision or supervision for more than 12 weeks" }],
        });
      } else {
        expect(seen.wellbeing).toEqual({ status: "GREEN", reasons: [] });
      }
    }
  });

  test("who may log a session: the key person, coordinators (regional in their municipalities); an organisation or another key person may not", async () => {
    const [amsterdam, utrecht, other] = await Promise.all([world.keyPerson(), world.keyPerson({ at: UTRECHT }), world.keyPerson()]);
    expect((await world.logSession(regional.token, amsterdam.id, world.day(-3))).supervisionStatus).toBe("CURRENT");
    expect((await refused(() => world.logSessionRaw(regional.token, utrecht.id, world.day(-3)))).code).toBe("NOT_FOUND");
    expect((await refused(() => world.logSessionRaw(other.token, amsterdam.id, world.day(-3)))).code).toBe("NOT_FOUND");
    expect((await refused(() => world.logSessionRaw(org.token, amsterdam.id, world.day(-3)))).code).toBe("FORBIDDEN");
    expect((await refused(() => world.logSessionRaw("", amsterdam.id, world.day(-3)))).code).toBe("UNAUTHENTICATED");
    expect((await world.status(utrecht.id)).supervisionStatus).toBe("NEVER");
  });
});

describe("wellbeing check-ins", () => {
  test("never checked in is UNKNOWN; a check-in with nothing of concern is GREEN", async () => {
    const kp = await world.keyPerson();
    expect((await world.status(kp.id)).wellbeing).toEqual({ status: "UNKNOWN", reasons: [] });
    expect((await world.checkIn(kp, { strain: 3, emotionalImpact: 3, support: 3 })).wellbeingStatus).toBe("GREEN");
    expect(await world.status(kp.id, kp.token)).toMatchObject({ wellbeingStatus: "GREEN", wellbeing: { status: "GREEN", reasons: [] } });
  });

  test("the last check-in decides: strain or impact 4 is AMBER, 5 with support 2 or less RED, support 2 or less AMBER", async () => {
    const kp = await world.keyPerson();
    const walk: [Partial<typeof WELL>, string, string[], string[]][] = [
      [{ strain: 3, emotionalImpact: 3, support: 3 }, "GREEN", [], []],
      [{ strain: 4, support: 3 }, "AMBER", ["AMBER HIGH_STRAIN"], ["strain or impact 4/5"]],
      [{ strain: 1, emotionalImpact: 4, support: 3 }, "AMBER", ["AMBER HIGH_STRAIN"], ["strain or impact 4/5"]],
      // At the top of the scale, but well supported: a warning, not a stop.
      [{ strain: 5, support: 3 }, "AMBER", ["AMBER HIGH_STRAIN"], ["strain or impact 5/5"]],
      [{ strain: 5, support: 2 }, "RED", ["RED HIGH_STRAIN"], ["strain or impact 5/5 with support 2/5"]],
      [{ strain: 2, emotionalImpact: 5, support: 1 }, "RED", ["RED HIGH_STRAIN"], ["strain or impact 5/5 with support 1/5"]],
      [{ strain: 4, support: 2 }, "AMBER", ["AMBER HIGH_STRAIN", "AMBER LOW_SUPPORT"], ["feels supported 2/5", "strain or impact 4/5"]],
      [{ strain: 1, emotionalImpact: 1, support: 2 }, "AMBER", ["AMBER LOW_SUPPORT"], ["feels supported 2/5"]],
      [{ strain: 1, emotionalImpact: 1, support: 3 }, "GREEN", [], []],
    ];
    for (const [answers, status, reasons, messages] of walk) {
      const returned = await world.checkIn(kp, answers);
      const seen = await world.status(kp.id);
      expect({ answers, returned: returned.wellbeingStatus, status: seen.wellbeingStatus, detail: seen.wellbeing!.status }).toEqual({
        answers,
        returned: status,
        status,
        detail: status,
      });
      expect(codes(seen.wellbeing!.reasons)).toEqual(reasons);
      expect(seen.wellbeing!.reasons.map((r) => r.message).sort()).toEqual(messages);
    }
    // Each reason carries its values as params, for the console to word.
    await world.checkIn(kp, { strain: 2, emotionalImpact: 5, support: 1 });
    const { keyPerson } = await ok(
      world.url,
      `query($id: ID!) { keyPerson(id: $id) { wellbeing { reasons { code params } } } }`,
      { id: kp.id },
      world.coordinator,
    );
    expect(keyPerson.wellbeing.reasons).toEqual([{ code: "HIGH_STRAIN", params: { strain: 5, support: 1 } }]);
  });

  test("asking to be contacted is RED until a coordinator clears it with a note, then AMBER; a later request is RED again", async () => {
    const kp = await world.keyPerson();
    expect((await world.checkIn(kp, { contactRequested: true })).wellbeingStatus).toBe("RED");
    expect((await world.status(kp.id)).wellbeing).toEqual({
      status: "RED",
      reasons: [{ level: "RED", code: "CONTACT_REQUESTED", message: "asked to be contacted" }],
    });

    const note = "Gebeld op maandag: rustiger maand afgesproken, intervisie volgende week";
    expect((await world.clear(kp.id, note)).wellbeingStatus).toBe("AMBER");
    // The reason stays visible, lowered: the coordinator sees why, the stop is lifted.
    expect((await world.status(kp.id, kp.token)).wellbeing).toEqual({
      status: "AMBER",
      reasons: [{ level: "AMBER", code: "CONTACT_REQUESTED", message: "asked to be contacted" }],
    });
    const { wellbeingClearances } = await ok(world.url, `query($k: ID!) { wellbeingClearances(keyPersonId: $k) { note at } }`, { k: kp.id }, world.coordinator);
    expect(wellbeingClearances).toEqual([{ note, at: clock.now().toISOString() }]);

    // A month later she asks again: the earlier clearance does not cover it.
    await world.advanceDays(30, [kp, regional, org]);
    expect((await world.checkIn(kp, { contactRequested: true })).wellbeingStatus).toBe("RED");
    expect((await world.status(kp.id)).wellbeing!.reasons).toEqual([{ level: "RED", code: "CONTACT_REQUESTED", message: "asked to be contacted" }]);
    // A regional coordinator of her municipality may clear it too.
    expect((await world.clear(kp.id, "Spoke with her at the intervision", regional.token)).wellbeingStatus).toBe("AMBER");
    // And a check-in without concern afterwards is GREEN again.
    expect((await world.checkIn(kp, WELL)).wellbeingStatus).toBe("GREEN");
  });

  test("a cleared RED from strain is AMBER; a new RED check-in after the clearance is RED again", async () => {
    const kp = await world.keyPerson();
    await world.checkIn(kp, { strain: 5, support: 1 });
    expect((await world.clear(kp.id)).wellbeingStatus).toBe("AMBER");
    expect(codes((await world.status(kp.id)).wellbeing!.reasons)).toEqual(["AMBER HIGH_STRAIN"]);
    expect((await world.checkIn(kp, { emotionalImpact: 5, support: 2 })).wellbeingStatus).toBe("RED");
  });

  test("the key person's check-ins, newest first, are theirs and coordinators' to read", async () => {
    const kp = await world.keyPerson();
    await world.checkIn(kp, { strain: 2, emotionalImpact: 3, support: 4 });
    await world.checkIn(kp, { strain: 4, emotionalImpact: 2, support: 3, contactRequested: true });
    const query = `query($k: ID!) { wellbeingCheckIns(keyPersonId: $k) { strain emotionalImpact support contactRequested } }`;
    const expected = [
      { strain: 4, emotionalImpact: 2, support: 3, contactRequested: true },
      { strain: 2, emotionalImpact: 3, support: 4, contactRequested: false },
    ];
    expect((await ok(world.url, query, { k: kp.id }, kp.token)).wellbeingCheckIns).toEqual(expected);
    expect((await ok(world.url, query, { k: kp.id }, world.coordinator)).wellbeingCheckIns).toEqual(expected);
  });
});

describe("bad input changes nothing", () => {
  const CHECK_IN = `mutation($i: WellbeingCheckInInput!) { submitWellbeingCheckIn(input: $i) { id } }`;
  let kp: KeyPerson;
  let other: KeyPerson;
  let red: KeyPerson;
  beforeAll(async () => {
    [kp, other, red] = await Promise.all([world.keyPerson(), world.keyPerson(), world.keyPerson({ at: UTRECHT })]);
    await world.checkIn(red, { contactRequested: true });
  });

  test("scores outside 1–5 are BAD_USER_INPUT, naming the answer to fix", async () => {
    await unchanged(async (refuse) => {
      for (const field of ["strain", "emotionalImpact", "support"] as const) {
        for (const score of [0, 6, -1]) {
          const error = await refuse(world.checkInRaw(kp.token, { ...WELL, [field]: score }));
          expect({ field, score, code: error.code, at: error.field }).toEqual({ field, score, code: "BAD_USER_INPUT", at: field });
          expect(error.message).toBe(`Answer ${field} with a whole number from 1 to 5`);
        }
      }
      const all = await refuse(world.checkInRaw(kp.token, { strain: 0, emotionalImpact: 6, support: 0, contactRequested: false }));
      expect(all).toMatchObject({ code: "BAD_USER_INPUT", message: "Answer strain, emotionalImpact, support with a whole number from 1 to 5" });
      // Not a whole number: refused by the schema itself.
      expect((await refuse(world.checkInRaw(kp.token, { ...WELL, strain: 2.5 }))).code).toBe("BAD_USER_INPUT");
    });
    expect(await refused(() => world.checkInRaw(kp.token, { ...WELL, support: 6 }))).toMatchObject({ code: "BAD_USER_INPUT", field: "support" });
    expect((await world.status(kp.id)).wellbeingStatus).toBe("UNKNOWN");
  });

  test("nobody checks in for someone else: coordinators and organisations are FORBIDDEN, a key person id is not an input", async () => {
    await unchanged(async (refuse) => {
      for (const token of [world.coordinator, regional.token, org.token]) {
        const error = await refuse(world.checkInRaw(token, WELL));
        expect(error.code).toBe("FORBIDDEN");
        expect(error.message).toMatch(/key person/i);
      }
      expect((await refuse(world.checkInRaw("", WELL))).code).toBe("UNAUTHENTICATED");
      const forOther = await refuse(gql(world.url, CHECK_IN, { i: { ...WELL, keyPersonId: other.id } }, kp.token));
      expect(forOther.code).toBe("BAD_USER_INPUT");
      expect(forOther.message).toMatch(/keyPersonId/);
    });
    expect((await refused(() => world.checkInRaw(world.coordinator, WELL))).code).toBe("FORBIDDEN");
    expect((await world.status(other.id)).wellbeingStatus).toBe("UNKNOWN");
  });

  test("a supervision session in the future is BAD_USER_INPUT; today is fine", async () => {
    const error = await refused(() => world.logSessionRaw(world.coordinator, kp.id, world.day(1)));
    expect(error).toEqual({
      code: "BAD_USER_INPUT",
      field: "date",
      message: `The session date ${world.day(1)} lies in the future: log sessions that took place`,
      reason: "DATE_IN_FUTURE",
      params: { date: world.day(1) },
    });
    await unchanged(async (refuse) => {
      expect((await refuse(world.logSessionRaw(kp.token, kp.id, "2031-01-01", "SUPERVISION"))).code).toBe("BAD_USER_INPUT");
      expect((await refuse(world.logSessionRaw(kp.token, kp.id, "2025-02-30"))).code).toBe("BAD_USER_INPUT");
      expect((await refuse(world.logSessionRaw(kp.token, kp.id, world.day(-1), "INTERVISION", "x".repeat(201)))).field).toBe("note");
    });
    expect((await world.status(kp.id)).supervisionStatus).toBe("NEVER");
    expect((await world.logSession(kp.token, kp.id, world.day(0))).supervisionStatus).toBe("CURRENT");
  });

  test("clearing a flag needs a note and a coordinator (of the key person's municipality)", async () => {
    expect(await refused(() => world.clearRaw(world.coordinator, red.id, ""))).toEqual({
      code: "BAD_USER_INPUT",
      field: "note",
      message: "Write a note: what was discussed and agreed, so the next coordinator knows",
      reason: "VALUE_REQUIRED",
      params: {},
    });
    expect((await refused(() => world.clearRaw(org.token, red.id, "Talked it through"))).code).toBe("FORBIDDEN");
    await unchanged(async (refuse) => {
      expect((await refuse(world.clearRaw(world.coordinator, red.id, "   \n "))).field).toBe("note");
      expect((await refuse(world.clearRaw(world.coordinator, red.id, "x".repeat(1001)))).field).toBe("note");
      for (const token of [org.token, red.token, other.token]) {
        const error = await refuse(world.clearRaw(token, red.id, "Talked it through"));
        expect(error.code).toBe("FORBIDDEN");
        expect(error.message).toMatch(/coordinator/);
      }
      // A regional coordinator outside her municipality does not find her.
      expect((await refuse(world.clearRaw(regional.token, red.id, "Talked it through"))).code).toBe("NOT_FOUND");
      expect((await refuse(world.clearRaw("", red.id, "Talked it through"))).code).toBe("UNAUTHENTICATED");
    });
    expect((await world.status(red.id)).wellbeingStatus).toBe("RED");
  });
});

describe("as time passes", () => {
  test("a check-in counts for 45 days; a session is CURRENT for 56 days, DUE_SOON to 84, OVERDUE from 85", async () => {
    const kp = await world.keyPerson();
    await world.logSession(world.coordinator, kp.id, world.day(0));
    await world.checkIn(kp, WELL);
    const start = clock.now().getTime();
    const at = async (days: number) => {
      await world.setClock(new Date(start + days * 86_400_000), [kp]);
      const seen = await world.status(kp.id);
      return { days, supervision: seen.supervisionStatus, wellbeing: seen.wellbeingStatus, reasons: seen.wellbeing!.reasons.map((r) => r.message) };
    };
    expect(await at(45)).toEqual({ days: 45, supervision: "CURRENT", wellbeing: "GREEN", reasons: [] });
    expect(await at(46)).toEqual({ days: 46, supervision: "CURRENT", wellbeing: "AMBER", reasons: ["last check-in 46 days ago"] });
    expect(await at(56)).toMatchObject({ supervision: "CURRENT" });
    expect(await at(57)).toMatchObject({ supervision: "DUE_SOON", wellbeing: "AMBER" });
    expect(await at(84)).toMatchObject({ supervision: "DUE_SOON" });
    expect(await at(85)).toEqual({
      days: 85,
      supervision: "OVERDUE",
      wellbeing: "AMBER",
      reasons: ["last check-in 85 days ago", "no intervision or supervision for more than 12 weeks"],
    });
    // A fresh check-in and an intervision put everything right.
    await world.checkIn(kp, WELL);
    await world.logSession(kp.token, kp.id, world.day(0));
    expect(await world.status(kp.id)).toMatchObject({ supervisionStatus: "CURRENT", wellbeingStatus: "GREEN" });
  });
});
