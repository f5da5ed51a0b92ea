// An assignment's life over real GraphQL and HTTP: proposed by the organisation,
// accepted or declined by the key person, completed; who may answer what, when the
// organisation sees the key person's contact details, and whose assignments each sees.
import { gql, ok, rowCounts } from "../support/graphql";
import { failure, MatchingWorld, startMatchingSuite, type KeyPerson, type Organisation } from "../support/matching-fixtures";
import type { TestServer } from "../support/server";

jest.setTimeout(30_000);

let server: TestServer, world: MatchingWorld, org: Organisation, otherOrg: Organisation;
beforeAll(async () => ({ server, world, org, otherOrg } = await startMatchingSuite()));
afterAll(async () => {
  await server?.stop();
});

const HOUR = 3600_000;
const CONTACT = `query($id: ID!) { keyPerson(id: $id) { email phone } }`;
const COMPLETE = `mutation($a: ID!) { completeAssignment(assignmentId: $a) { id status endedAt request { id status } } }`;

/** A request in a language of its own, and key persons who speak it (logged in). */
async function scene(keyPersons = 2, hoursPerWeek = 2) {
  const lang = world.language();
  const kps: KeyPerson[] = [];
  for (let i = 0; i < keyPersons; i++) kps.push(await world.keyPerson({ languages: [lang], login: true, phone: `+31 6 1000000${i}` }));
  const request = await world.request(org, { languageCodes: [lang], hoursPerWeek });
  return { lang, kps, request };
}

describe("proposeAssignment", () => {
  test("a candidate is proposed: PROPOSED, 72 hours to answer, the hours of the request", async () => {
    const {
      kps: [kp],
      request,
    } = await scene(1, 3.5);
    const before = Date.now();
    const proposed = await world.propose(org, request.id, kp.id);
    expect(proposed).toMatchObject({
      status: "PROPOSED",
      hoursPerWeek: 3.5,
      respondedAt: null,
      declineReason: null,
      endedAt: null,
      proposedBecause: null,
      request: { id: request.id, status: "OPEN" },
      keyPerson: { id: kp.id },
    });
    const proposedAt = new Date(proposed.proposedAt).getTime();
    expect(proposedAt).toBeGreaterThanOrEqual(before - 1000);
    expect(new Date(proposed.respondBy).getTime() - proposedAt).toBe(72 * HOUR);
    expect(await world.assignmentRows({ requestId: request.id })).toEqual([
      { id: Number(proposed.id), key_person_id: Number(kp.id), status: "PROPOSED", proposed_because: null },
    ]);
  });

  test("a second proposal while one waits is CONFLICT, for the same or another key person, and writes nothing", async () => {
    const {
      kps: [first, second],
      request,
    } = await scene(2);
    await world.propose(org, request.id, first.id);
    const before = await rowCounts(server.dataSource);
    for (const id of [first.id, second.id]) {
      const error = failure(await world.proposeRaw(org.token, request.id, id));
      expect(error.code).toBe("CONFLICT");
    }
    expect(failure(await world.proposeRaw(org.token, request.id, second.id)).message).toMatch(/already has a proposal waiting/);
    expect(await rowCounts(server.dataSource)).toEqual(before);
  });

  test("proposing the key person who already has the case is CONFLICT", async () => {
    const {
      kps: [kp],
      request,
    } = await scene(1);
    await world.activeAssignment(org, request.id, kp);
    const error = failure(await world.proposeRaw(org.token, request.id, kp.id));
    expect(error).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/already supports this case/) });
    expect((await world.assignmentRows({ requestId: request.id })).map((a) => a.status)).toEqual(["ACTIVE"]);
  });

  test("only the organisation proposes: a coordinator or key person is FORBIDDEN", async () => {
    const {
      kps: [kp],
      request,
    } = await scene(1);
    expect(failure(await world.proposeRaw(world.coordinator, request.id, kp.id)).code).toBe("FORBIDDEN");
    expect(failure(await world.proposeRaw(kp.token, request.id, kp.id)).code).toBe("FORBIDDEN");
    expect(failure(await world.proposeRaw("", request.id, kp.id)).code).toBe("UNAUTHENTICATED");
    expect(await world.assignmentRows({ requestId: request.id })).toEqual([]);
  });
});

describe("respondToAssignment", () => {
  test("accepting makes it ACTIVE, the request MATCHED, and the key person's committed hours rise", async () => {
    const {
      lang,
      kps: [kp],
      request,
    } = await scene(1, 3);
    expect(await world.committedHours(kp.id)).toBe(0);
    const proposed = await world.propose(org, request.id, kp.id);
    // A proposal already holds the hours (docs/domain.md: proposed and active assignments).
    expect(await world.committedHours(kp.id)).toBe(3);
    const accepted = await world.respond(kp, proposed.id, true);
    expect(accepted).toMatchObject({ id: proposed.id, status: "ACTIVE", declineReason: null, request: { id: request.id, status: "MATCHED" } });
    expect(accepted.respondedAt).not.toBeNull();
    expect(await world.committedHours(kp.id)).toBe(3);
    const { keyPerson } = await ok(
      server.url,
      `query($id: ID!) { keyPerson(id: $id) { workload { weeklyCapacityHours committedHours utilisation } } }`,
      { id: kp.id },
      kp.token,
    );
    expect(keyPerson.workload).toEqual({ weeklyCapacityHours: 8, committedHours: 3, utilisation: 0.375 });
    // A second assignment elsewhere adds up.
    const other = await world.request(otherOrg, { languageCodes: [lang], hoursPerWeek: 2 });
    await world.activeAssignment(otherOrg, other.id, kp);
    expect(await world.committedHours(kp.id)).toBe(5);
    const row = await world.getRequest(org.token, request.id);
    expect(row.status).toBe("MATCHED");
    expect(row.assignments.map((a: { status: string }) => a.status)).toEqual(["ACTIVE"]);
  });

  test("declining with a reason: DECLINED, the request stays OPEN, the decliner drops out of the candidates", async () => {
    const {
      kps: [decliner, other],
      request,
    } = await scene(2);
    expect(await world.candidateIds(org.token, request.id)).toEqual([decliner.id, other.id]);
    const proposed = await world.propose(org, request.id, decliner.id);
    const declined = await world.respond(decliner, proposed.id, false, "  I already support two families in this AZC  ");
    expect(declined).toMatchObject({
      status: "DECLINED",
      declineReason: "I already support two families in this AZC",
      request: { id: request.id, status: "OPEN" },
    });
    expect(declined.respondedAt).not.toBeNull();
    expect(await world.committedHours(decliner.id)).toBe(0);
    expect(await world.candidateIds(org.token, request.id)).toEqual([other.id]);
    // Nobody is proposed automatically (autoEscalate is off), and the next proposal is free to make.
    expect((await world.assignmentRows({ requestId: request.id })).map((a) => a.status)).toEqual(["DECLINED"]);
    expect((await world.propose(org, request.id, other.id)).status).toBe("PROPOSED");
  });

  test("declining without a reason is fine; a reason over 500 characters is BAD_USER_INPUT and changes nothing", async () => {
    const {
      kps: [kp],
      request,
    } = await scene(1);
    const proposed = await world.propose(org, request.id, kp.id);
    const before = await rowCounts(server.dataSource);
    const tooLong = failure(await world.respondRaw(kp.token, proposed.id, false, "x".repeat(501)));
    expect(tooLong).toMatchObject({ code: "BAD_USER_INPUT", field: "reason" });
    expect(await rowCounts(server.dataSource)).toEqual(before);
    expect(await world.respond(kp, proposed.id, false)).toMatchObject({ status: "DECLINED", declineReason: null });
  });

  test("answering someone else's proposal is NOT_FOUND and changes nothing; the organisation may not answer", async () => {
    const {
      kps: [kp, stranger],
      request,
    } = await scene(2);
    const proposed = await world.propose(org, request.id, kp.id);
    const before = await rowCounts(server.dataSource);
    for (const accept of [true, false]) expect(failure(await world.respondRaw(stranger.token, proposed.id, accept)).code).toBe("NOT_FOUND");
    expect(failure(await world.respondRaw(stranger.token, "999999", true)).code).toBe("NOT_FOUND");
    expect(failure(await world.respondRaw(org.token, proposed.id, true)).code).toBe("FORBIDDEN");
    expect(failure(await world.respondRaw(world.coordinator, proposed.id, true)).code).toBe("FORBIDDEN");
    expect(await rowCounts(server.dataSource)).toEqual(before);
    expect((await world.assignmentRows({ requestId: request.id }))[0].status).toBe("PROPOSED");
  });

  test("answering twice is CONFLICT, whichever the answers", async () => {
    const {
      kps: [a, b],
      request,
    } = await scene(2);
    const first = await world.propose(org, request.id, a.id);
    await world.respond(a, first.id, false, "No time");
    for (const accept of [true, false]) {
      const error = failure(await world.respondRaw(a.token, first.id, accept));
      expect(error.code).toBe("CONFLICT");
      expect(error.message).toMatch(/already declined/);
    }
    const second = await world.propose(org, request.id, b.id);
    await world.respond(b, second.id, true);
    for (const accept of [true, false]) {
      const error = failure(await world.respondRaw(b.token, second.id, accept));
      expect(error.code).toBe("CONFLICT");
      expect(error.message).toMatch(/already active/);
    }
    expect((await world.assignmentRows({ requestId: request.id })).map((r) => r.status)).toEqual(["DECLINED", "ACTIVE"]);
  });
});

describe("contact details", () => {
  // Organisations do not read the registry: they meet key persons as candidates and in assignments.
  const asCandidate = async (token: string, requestId: string) =>
    (await ok(server.url, `query($id: ID!) { matchCandidates(requestId: $id) { keyPerson { email phone } } }`, { id: requestId }, token)).matchCandidates[0]
      ?.keyPerson;
  const inAssignments = async (token: string, requestId: string) =>
    (
      await ok(server.url, `query($id: ID!) { matchRequest(id: $id) { assignments { keyPerson { email phone } } } }`, { id: requestId }, token)
    ).matchRequest.assignments.map((a: { keyPerson: unknown }) => a.keyPerson);
  const viaAssignment = async (token: string, id: string) =>
    (await ok(server.url, `query($id: ID!) { assignments(filter: { ids: [$id] }) { items { keyPerson { email phone } } } }`, { id }, token)).assignments
      .items[0]?.keyPerson;
  const hidden = { email: null, phone: null };

  test("the organisation sees the key person's e-mail and phone only while the assignment is ACTIVE; other organisations never", async () => {
    const {
      kps: [kp],
      request,
    } = await scene(1);
    const visible = { email: kp.email, phone: "+31 6 10000000" };
    expect(await asCandidate(org.token, request.id)).toEqual(hidden);
    const proposed = await world.propose(org, request.id, kp.id);
    expect(await inAssignments(org.token, request.id)).toEqual([hidden]);
    expect(await viaAssignment(org.token, proposed.id)).toEqual(hidden);

    await world.respond(kp, proposed.id, true);
    expect(await inAssignments(org.token, request.id)).toEqual([visible]);
    expect(await viaAssignment(org.token, proposed.id)).toEqual(visible);
    // Another organisation, meeting the same key person as a candidate, still sees nothing.
    const elsewhere = await world.request(otherOrg, { languageCodes: [(await world.getRequest(org.token, request.id)).languages[0].code] });
    expect(await asCandidate(otherOrg.token, elsewhere.id)).toEqual(hidden);
    // The coordinator and the key person always do.
    expect((await ok(server.url, CONTACT, { id: kp.id }, world.coordinator)).keyPerson).toEqual(visible);
    expect((await ok(server.url, CONTACT, { id: kp.id }, kp.token)).keyPerson).toEqual(visible);

    // Completed, the key person no longer works for the organisation: the details close again.
    await ok(server.url, COMPLETE, { a: proposed.id }, org.token);
    expect(await inAssignments(org.token, request.id)).toEqual([hidden]);
  });

  test("a declined proposal never opens the contact details", async () => {
    const {
      kps: [kp],
      request,
    } = await scene(1);
    const proposed = await world.propose(org, request.id, kp.id);
    await world.respond(kp, proposed.id, false);
    expect(await inAssignments(org.token, request.id)).toEqual([hidden]);
  });
});

describe("what a key person learns of the newcomer", () => {
  const NEWCOMER = `query($id: ID!) { assignments(filter: { ids: [$id] }) { items { request { location { lat lon } newcomerOrigin municipality { code } } } } }`;
  const seen = async (token: string, assignmentId: string) => (await ok(server.url, NEWCOMER, { id: assignmentId }, token)).assignments.items[0].request;
  const exact = { lat: 52.373123, lon: 4.892649 };

  test("deciding: the place to about a kilometre, never the origin; supporting and afterwards (travel claims): the exact place", async () => {
    const lang = world.language();
    const kp = await world.keyPerson({ languages: [lang], login: true, origins: ["SY"] });
    const request = await world.request(org, { languageCodes: [lang], location: exact, newcomerOrigin: "SY", backgroundPreference: "SAME" });
    const proposed = await world.propose(org, request.id, kp.id);

    expect(await seen(kp.token, proposed.id)).toEqual({ location: { lat: 52.37, lon: 4.89 }, newcomerOrigin: null, municipality: { code: "GM0363" } });
    // The organisation and the coordinator see the request whole.
    for (const token of [org.token, world.coordinator]) {
      expect(await seen(token, proposed.id)).toEqual({ location: exact, newcomerOrigin: "SY", municipality: { code: "GM0363" } });
    }

    await world.respond(kp, proposed.id, true);
    expect(await seen(kp.token, proposed.id)).toEqual({ location: exact, newcomerOrigin: null, municipality: { code: "GM0363" } });

    await ok(server.url, COMPLETE, { a: proposed.id }, org.token);
    expect((await seen(kp.token, proposed.id)).location).toEqual(exact);
  });
});

describe("cancelMatchRequest", () => {
  const CANCEL = `mutation($id: ID!) { cancelMatchRequest(requestId: $id) { id status assignments { id status endedAt } } }`;

  test("the organisation cancels: the proposal and the active support end, their key persons get the hours back and are told", async () => {
    const {
      kps: [a, b],
      request,
    } = await scene(2, 3);
    const first = await world.propose(org, request.id, a.id);
    await world.respond(a, first.id, true);
    const second = await world.propose(org, request.id, b.id);
    expect(await world.committedHours(a.id)).toBe(3);

    const { cancelMatchRequest: cancelled } = await ok(server.url, CANCEL, { id: request.id }, org.token);
    expect(cancelled.status).toBe("CANCELLED");
    expect(cancelled.assignments.map((x: { id: string; status: string }) => [x.id, x.status]).sort()).toEqual(
      [
        [first.id, "CANCELLED"],
        [second.id, "CANCELLED"],
      ].sort(),
    );
    expect(cancelled.assignments.every((x: { endedAt: string | null }) => x.endedAt !== null)).toBe(true);
    expect(await world.committedHours(a.id)).toBe(0);
    expect(await world.committedHours(b.id)).toBe(0);
    const told: { kp: number }[] = await server.dataSource.query(
      `SELECT u.key_person_id AS kp FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.dedupe_key = ANY($1)`,
      [[`cancelled:${first.id}`, `cancelled:${second.id}`]],
    );
    expect(told.map((r) => String(r.kp)).sort()).toEqual([a.id, b.id].sort());

    // Nothing more happens on it: no proposals, no relocation, no second cancel.
    expect(failure(await world.proposeRaw(org.token, request.id, b.id)).code).toBe("CONFLICT");
    expect(failure(await gql(server.url, CANCEL, { id: request.id }, org.token))).toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/already cancelled/),
    });
  });

  test("only the requesting organisation; a refusal changes nothing", async () => {
    const { request } = await scene(1);
    const before = await rowCounts(server.dataSource);
    expect(failure(await gql(server.url, CANCEL, { id: request.id }, otherOrg.token)).code).toBe("NOT_FOUND");
    expect(failure(await gql(server.url, CANCEL, { id: request.id }, world.coordinator)).code).toBe("FORBIDDEN");
    expect(failure(await gql(server.url, CANCEL, { id: "nope" }, org.token)).code).toBe("NOT_FOUND");
    expect(await rowCounts(server.dataSource)).toEqual(before);
    expect((await world.getRequest(org.token, request.id)).status).toBe("OPEN");
  });

  test("an unmet request leaves the list of unmet requests once cancelled", async () => {
    const request = await world.request(org, { languageCodes: [world.language()] });
    const unmet = `query { matchRequests(filter: { unmet: true }, perPage: 100) { items { id } } }`;
    expect((await ok(server.url, unmet, {}, org.token)).matchRequests.items.map((r: { id: string }) => r.id)).toContain(request.id);
    await ok(server.url, CANCEL, { id: request.id }, org.token);
    expect((await ok(server.url, unmet, {}, org.token)).matchRequests.items.map((r: { id: string }) => r.id)).not.toContain(request.id);
  });
});

describe("completeAssignment", () => {
  test("ACTIVE → COMPLETED, the request CLOSED, the hours free again; completing twice is CONFLICT", async () => {
    const {
      kps: [kp],
      request,
    } = await scene(1, 4);
    const active = await world.activeAssignment(org, request.id, kp);
    expect(await world.committedHours(kp.id)).toBe(4);
    const { completeAssignment } = await ok(server.url, COMPLETE, { a: active.id }, org.token);
    expect(completeAssignment).toMatchObject({ id: active.id, status: "COMPLETED", request: { id: request.id, status: "CLOSED" } });
    expect(completeAssignment.endedAt).not.toBeNull();
    expect(await world.committedHours(kp.id)).toBe(0);
    const again = failure(await gql(server.url, COMPLETE, { a: active.id }, org.token));
    expect(again.code).toBe("CONFLICT");
    // A closed request takes no new proposals.
    const {
      kps: [next],
    } = await scene(1);
    expect(failure(await world.proposeRaw(org.token, request.id, next.id)).code).toBe("CONFLICT");
  });

  test("the key person may complete their own assignment", async () => {
    const {
      kps: [kp],
      request,
    } = await scene(1);
    const active = await world.activeAssignment(org, request.id, kp);
    const { completeAssignment } = await ok(server.url, COMPLETE, { a: active.id }, kp.token);
    expect(completeAssignment).toMatchObject({ status: "COMPLETED", request: { status: "CLOSED" } });
  });

  test("completing a proposal (not yet accepted) or a declined one is CONFLICT and changes nothing", async () => {
    const {
      kps: [a],
      request,
    } = await scene(1);
    const proposed = await world.propose(org, request.id, a.id);
    let before = await rowCounts(server.dataSource);
    const error = failure(await gql(server.url, COMPLETE, { a: proposed.id }, org.token));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/Only an active assignment can be completed; this one is proposed/);
    expect(await rowCounts(server.dataSource)).toEqual(before);
    await world.respond(a, proposed.id, false);
    before = await rowCounts(server.dataSource);
    expect(failure(await gql(server.url, COMPLETE, { a: proposed.id }, org.token)).code).toBe("CONFLICT");
    expect(await rowCounts(server.dataSource)).toEqual(before);
    const request2 = await world.getRequest(org.token, request.id);
    expect(request2.status).toBe("OPEN");
  });

  test("another organisation or key person cannot complete it: NOT_FOUND", async () => {
    const {
      kps: [kp, stranger],
      request,
    } = await scene(2);
    const active = await world.activeAssignment(org, request.id, kp);
    expect(failure(await gql(server.url, COMPLETE, { a: active.id }, otherOrg.token)).code).toBe("NOT_FOUND");
    expect(failure(await gql(server.url, COMPLETE, { a: active.id }, stranger.token)).code).toBe("NOT_FOUND");
    expect((await world.assignmentRows({ requestId: request.id }))[0].status).toBe("ACTIVE");
  });
});

describe("the assignments query", () => {
  test("a key person sees only their own; an organisation only its requests'; the coordinator all", async () => {
    const lang = world.language();
    const [anna, bilal] = [await world.keyPerson({ languages: [lang], login: true }), await world.keyPerson({ languages: [lang], login: true })];
    const r1 = await world.request(org, { languageCodes: [lang] });
    const r2 = await world.request(otherOrg, { languageCodes: [lang] });
    const r3 = await world.request(org, { languageCodes: [lang] });
    const a1 = await world.propose(org, r1.id, anna.id);
    const a2 = await world.propose(otherOrg, r2.id, bilal.id);
    const a3 = await world.propose(org, r3.id, bilal.id);
    const ids = [a1.id, a2.id, a3.id];
    const list = async (token: string) => {
      const { assignments } = await ok(
        server.url,
        `query($ids: [ID!]) { assignments(filter: { ids: $ids }, perPage: 100) { total items { id keyPerson { id } } } }`,
        { ids },
        token,
      );
      return assignments.items.map((a: { id: string }) => a.id).sort();
    };
    expect(await list(anna.token)).toEqual([a1.id]);
    expect(await list(bilal.token)).toEqual([a2.id, a3.id].sort());
    expect(await list(org.token)).toEqual([a1.id, a3.id].sort());
    expect(await list(otherOrg.token)).toEqual([a2.id]);
    expect(await list(world.coordinator)).toEqual([...ids].sort());
    // Without a filter a key person's page holds nothing of anyone else.
    const { assignments } = await ok(server.url, `{ assignments(perPage: 100) { total items { keyPerson { id } } } }`, {}, anna.token);
    expect(assignments.total).toBe(1);
    expect(assignments.items).toEqual([{ keyPerson: { id: anna.id } }]);
    // Filtering by another's request gives nothing either.
    const { assignments: theirs } = await ok(server.url, `query($r: ID!) { assignments(filter: { requestId: $r }) { total } }`, { r: r2.id }, anna.token);
    expect(theirs.total).toBe(0);
  });
});

describe("leave", () => {
  const ADD = `mutation($id: ID!, $input: LeaveInput!) { addLeave(keyPersonId: $id, input: $input) { id startsOn endsOn } }`;
  const REMOVE = `mutation($id: ID!) { removeLeave(id: $id) }`;
  const periods = async (id: string, token: string) =>
    (await ok(server.url, `query($id: ID!) { keyPerson(id: $id) { unavailablePeriods { startsOn endsOn } } }`, { id }, token)).keyPerson.unavailablePeriods;

  test("the key person or a coordinator records leave; others may not; it ends no earlier than it starts", async () => {
    const {
      kps: [kp, other],
    } = await scene(2);
    const own = (await ok(server.url, ADD, { id: kp.id, input: { startsOn: "2031-07-01", endsOn: "2031-07-21" } }, kp.token)).addLeave;
    expect(own).toMatchObject({ startsOn: "2031-07-01", endsOn: "2031-07-21" });
    await ok(server.url, ADD, { id: kp.id, input: { startsOn: "2031-12-24", endsOn: "2031-12-24" } }, world.coordinator);
    expect(await periods(kp.id, kp.token)).toEqual([
      { startsOn: "2031-07-01", endsOn: "2031-07-21" },
      { startsOn: "2031-12-24", endsOn: "2031-12-24" },
    ]);

    const before = await rowCounts(server.dataSource);
    expect(failure(await gql(server.url, ADD, { id: kp.id, input: { startsOn: "2031-08-01", endsOn: "2031-08-02" } }, other.token)).code).toBe("NOT_FOUND");
    expect(failure(await gql(server.url, ADD, { id: kp.id, input: { startsOn: "2031-08-01", endsOn: "2031-08-02" } }, org.token)).code).toBe("FORBIDDEN");
    expect(failure(await gql(server.url, ADD, { id: kp.id, input: { startsOn: "2031-08-02", endsOn: "2031-08-01" } }, kp.token))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "endsOn",
    });
    expect(failure(await gql(server.url, REMOVE, { id: own.id }, other.token)).code).toBe("NOT_FOUND");
    expect(await rowCounts(server.dataSource)).toEqual(before);

    expect((await ok(server.url, REMOVE, { id: own.id }, kp.token)).removeLeave).toBe(true);
    expect(await periods(kp.id, world.coordinator)).toEqual([{ startsOn: "2031-12-24", endsOn: "2031-12-24" }]);
    expect(failure(await gql(server.url, REMOVE, { id: own.id }, kp.token)).code).toBe("NOT_FOUND");
  });
});
