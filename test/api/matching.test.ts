// Matching over real GraphQL and HTTP against the real server and its own PostgreSQL:
// creating a match request (what is refused and what is derived), the hard rules that
// keep a key person out of the candidates (docs/domain.md "Matching", 1–8), and who may see
// which request. The ranking is in matching-ranking.test.ts. Each test asks for a
// language of its own, so it sees only the key persons it made.
import { errorCode, gql, ok, rowCounts } from "../support/graphql";
import {
  AMSTERDAM,
  BRUSSELS,
  GRONINGEN,
  UTRECHT,
  away,
  day,
  failure,
  MatchingWorld,
  NOT_A_CANDIDATE,
  refusedRule,
  startMatchingSuite,
  type Organisation,
} from "../support/matching-fixtures";
import type { TestServer } from "../support/server";

// The api project's testTimeout does not reach hooks and tests here; a loaded machine needs more than 5 s.
jest.setTimeout(30_000);

let server: TestServer, world: MatchingWorld, org: Organisation, otherOrg: Organisation;
beforeAll(async () => ({ server, world, org, otherOrg } = await startMatchingSuite()));
afterAll(async () => {
  await server?.stop();
});

describe("createMatchRequest", () => {
  test("stores the request with the municipality derived from the location, and the defaults", async () => {
    const lang = world.language();
    const before = Date.now();
    const request = await world.request(org, {
      caseReference: "  GGD-AMS-2025-0142 ",
      languageCodes: [lang, lang, "nld"],
      expertiseCodes: ["SGBV"],
      hoursPerWeek: 2.5,
    });
    expect(request).toMatchObject({
      caseReference: "GGD-AMS-2025-0142",
      status: "OPEN",
      hoursPerWeek: 2.5,
      startsOn: day(0),
      remoteAcceptable: false,
      autoEscalate: false,
      backgroundPreference: "NO_PREFERENCE",
      preferredGender: null,
      newcomerOrigin: null,
      funding: "ORGANISATION",
      location: AMSTERDAM,
      municipality: { code: "GM0363", name: "Amsterdam" },
      languages: [{ code: lang }, { code: "nld" }],
      expertise: [{ code: "SGBV" }],
      organisation: { id: org.id },
    });
    const [row] = await server.dataSource.query(`SELECT organisation_id, municipality_code, language_codes, created_at FROM match_request WHERE id = $1`, [
      request.id,
    ]);
    expect(row).toMatchObject({ organisation_id: Number(org.id), municipality_code: "GM0363", language_codes: [lang, "nld"] });
    expect(row.created_at.getTime()).toBeGreaterThanOrEqual(before - 5000);
    const [audit] = await server.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'createMatchRequest' AND entity_id = $1`, [
      String(request.id),
    ]);
    expect(audit.n).toBe(1);

    const utrecht = await world.request(org, {
      location: UTRECHT,
      languageCodes: [lang],
      startsOn: day(30),
      remoteAcceptable: true,
      autoEscalate: true,
      preferredGender: "MALE",
      newcomerOrigin: "SY",
      backgroundPreference: "DIFFERENT",
      funding: "NATIONAL_SCHEME",
    });
    expect(utrecht).toMatchObject({
      municipality: { code: "GM0344", name: "Utrecht" },
      startsOn: day(30),
      remoteAcceptable: true,
      autoEscalate: true,
      preferredGender: "MALE",
      newcomerOrigin: "SY",
      backgroundPreference: "DIFFERENT",
      funding: "NATIONAL_SCHEME",
    });
  });

  test.each([
    ["without the newcomer's consent", { newcomerConsent: false }, "newcomerConsent"],
    ["a case reference that is an e-mail address", { caseReference: "amina.h@example.com" }, "caseReference"],
    ["a case reference with a mobile number", { caseReference: "06-12345678" }, "caseReference"],
    ["a case reference with an international number", { caseReference: "+31 6 1234 5678" }, "caseReference"],
    ["a case reference with a date of birth", { caseReference: "AH 12-03-1990" }, "caseReference"],
    ["a case reference with a written date of birth", { caseReference: "geb. 3 maart 1990" }, "caseReference"],
    ["a case reference with a V-number", { caseReference: "V 12.34.56.78.90" }, "caseReference"],
    ["a case reference that is a bare V-number", { caseReference: "V-1234567890" }, "caseReference"],
    ["an empty case reference", { caseReference: "   " }, "caseReference"],
    ["a case reference over 60 characters", { caseReference: "X".repeat(61) }, "caseReference"],
    ["no language", { languageCodes: [] }, "languageCodes"],
    ["an unknown language code", { languageCodes: ["tir", "xxx"] }, "languageCodes"],
    ["a language given by name", { languageCodes: ["Tigrinya"] }, "languageCodes"],
    ["an unknown expertise code", { expertiseCodes: ["SGBV", "MAGIC"] }, "expertiseCodes"],
    ["0 hours per week", { hoursPerWeek: 0 }, "hoursPerWeek"],
    ["-1 hours per week", { hoursPerWeek: -1 }, "hoursPerWeek"],
    ["61 hours per week", { hoursPerWeek: 61 }, "hoursPerWeek"],
    ["a location in Brussels", { location: BRUSSELS }, "location"],
    ["a location in the North Sea", { location: { lat: 53.6, lon: 3.2 } }, "location"],
    ["a latitude beyond 90", { location: { lat: 91, lon: 4.9 } }, "location"],
    ["a start date in the past", { startsOn: day(-1) }, "startsOn"],
    ["DIFFERENT background without the newcomer's origin", { backgroundPreference: "DIFFERENT" as const }, "newcomerOrigin"],
    ["an origin that is not a country code", { newcomerOrigin: "Syria", backgroundPreference: "SAME" as const }, "newcomerOrigin"],
  ])("refuses %s with BAD_USER_INPUT naming the field, and writes nothing", async (_case, spec, field) => {
    const before = await rowCounts(server.dataSource);
    const error = failure(await world.createRequestRaw(org.token, spec));
    expect(error).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(await rowCounts(server.dataSource)).toEqual(before);
  });

  test("the refusals say what to do", async () => {
    expect(failure(await world.createRequestRaw(org.token, { newcomerConsent: false })).message).toMatch(/agreed to be referred.*newcomerConsent/);
    expect(failure(await world.createRequestRaw(org.token, { caseReference: "amina.h@example.com" })).message).toMatch(/e-mail address.*pseudonym/);
    expect(failure(await world.createRequestRaw(org.token, { caseReference: "12-03-1990" })).message).toMatch(/date of birth/);
    expect(failure(await world.createRequestRaw(org.token, { caseReference: "V 12.34.56.78.90" })).message).toMatch(/V-number/);
    expect(failure(await world.createRequestRaw(org.token, { location: BRUSSELS })).message).toMatch(/not in the Netherlands/);
    expect(failure(await world.createRequestRaw(org.token, { hoursPerWeek: 61 })).message).toMatch(/at most 60, got 61/);
  });

  test("an invalid date is refused by the Date scalar, and nothing is written", async () => {
    const before = await rowCounts(server.dataSource);
    expect(failure(await world.createRequestRaw(org.token, { startsOn: "2031-02-30" })).code).toBe("BAD_USER_INPUT");
    expect(await rowCounts(server.dataSource)).toEqual(before);
  });

  test("accepts the limits: 60 hours, today, ordinary pseudonyms", async () => {
    for (const caseReference of ["casus 17", "AZC-Zandweg/ K3", "GGD-AMS-2025-00142"]) {
      expect((await world.request(org, { caseReference, hoursPerWeek: 60, startsOn: day(0) })).caseReference).toBe(caseReference);
    }
  });

  test("only organisation staff may create a request: others FORBIDDEN, no login UNAUTHENTICATED, nothing written", async () => {
    const kp = await world.keyPerson({ login: true });
    const regional = await world.regionalCoordinator(["GM0363"]);
    const before = await rowCounts(server.dataSource);
    for (const token of [world.coordinator, regional, kp.token]) {
      expect(failure(await world.createRequestRaw(token)).code).toBe("FORBIDDEN");
    }
    expect(failure(await world.createRequestRaw("")).code).toBe("UNAUTHENTICATED");
    expect(await rowCounts(server.dataSource)).toEqual(before);
  });
});

describe("matchCandidates: the hard rules", () => {
  /** A request in a language of its own, with one key person who passes every rule (the control). */
  async function scene() {
    const lang = world.language();
    const control = await world.keyPerson({ languages: [lang], expertise: ["SGBV"] });
    return { lang, control };
  }

  /** Only the control is a candidate; proposing the excluded one is refused, names the rule and writes nothing. */
  /** Not a candidate: the organisation hears only that, the audit log names the rule. */
  async function expectExcluded(requestId: string, controlId: string, excludedId: string, rule: string) {
    expect(await world.candidateIds(org.token, requestId)).toEqual([controlId]);
    const before = await rowCounts(server.dataSource);
    const error = failure(await world.proposeRaw(org.token, requestId, excludedId));
    expect(error).toEqual(NOT_A_CANDIDATE);
    expect(await refusedRule(server, requestId, excludedId)).toBe(rule);
    expect(await rowCounts(server.dataSource)).toEqual(before);
  }

  test("1. INACTIVE and PAUSED key persons are no candidates; back to ACTIVE they are", async () => {
    const { lang, control } = await scene();
    const inactive = await world.keyPerson({ languages: [lang] });
    const paused = await world.keyPerson({ languages: [lang] });
    const setStatus = (id: string, status: string) =>
      ok(
        server.url,
        `mutation($id: ID!, $s: KeyPersonStatus!, $r: LeavingReason) { setKeyPersonStatus(id: $id, status: $s, leavingReason: $r) { status } }`,
        { id, s: status, r: status === "INACTIVE" ? "OTHER" : null },
        world.coordinator,
      );
    await setStatus(inactive.id, "INACTIVE");
    await setStatus(paused.id, "PAUSED");
    const request = await world.request(org, { languageCodes: [lang] });
    expect(await world.candidateIds(org.token, request.id)).toEqual([control.id]);
    for (const id of [inactive.id, paused.id]) {
      expect(failure(await world.proposeRaw(org.token, request.id, id))).toEqual(NOT_A_CANDIDATE);
      expect(await refusedRule(server, request.id, id)).toBe("STATUS");
    }
    await setStatus(paused.id, "ACTIVE");
    expect(await world.candidateIds(org.token, request.id)).toEqual([control.id, paused.id]);
  });

  test("1. a stale profile (confirmed 181 days ago) is no candidate; 179 days is", async () => {
    const { lang, control } = await scene();
    const stale = await world.keyPerson({ languages: [lang] });
    const fresh = await world.keyPerson({ languages: [lang] });
    await server.dataSource.query(`UPDATE key_person SET profile_confirmed_at = now() - interval '181 days' WHERE id = $1`, [stale.id]);
    await server.dataSource.query(`UPDATE key_person SET profile_confirmed_at = now() - interval '179 days' WHERE id = $1`, [fresh.id]);
    const request = await world.request(org, { languageCodes: [lang] });
    expect(await world.candidateIds(org.token, request.id)).toEqual([control.id, fresh.id]);
    expect(failure(await world.proposeRaw(org.token, request.id, stale.id))).toEqual(NOT_A_CANDIDATE);
    expect(await refusedRule(server, request.id, stale.id)).toBe("STALE");
  });

  test("1. on leave on the start date (periods inclusive) is no candidate; leave that ends the day before is no bar", async () => {
    const { lang, control } = await scene();
    const [onLeave, leaveEndsThatDay, leaveEndedBefore, leaveStartsAfter] = await Promise.all([1, 2, 3, 4].map(() => world.keyPerson({ languages: [lang] })));
    const addLeave = (id: string, startsOn: string, endsOn: string) =>
      ok(
        server.url,
        `mutation($id: ID!, $input: LeaveInput!) { addLeave(keyPersonId: $id, input: $input) { id startsOn endsOn } }`,
        { id, input: { startsOn, endsOn } },
        world.coordinator,
      );
    await addLeave(onLeave.id, day(10), day(20));
    await addLeave(leaveEndsThatDay.id, day(5), day(14));
    await addLeave(leaveEndedBefore.id, day(1), day(13));
    await addLeave(leaveStartsAfter.id, day(15), day(40));
    const request = await world.request(org, { languageCodes: [lang], startsOn: day(14) });
    const ids = await world.candidateIds(org.token, request.id);
    expect(ids).toEqual([control.id, leaveEndedBefore.id, leaveStartsAfter.id].sort((a, b) => Number(a) - Number(b)));
    for (const id of [onLeave.id, leaveEndsThatDay.id]) {
      expect(failure(await world.proposeRaw(org.token, request.id, id))).toEqual(NOT_A_CANDIDATE);
      expect(await refusedRule(server, request.id, id)).toBe("UNAVAILABLE");
    }
    // A request that starts today is not bothered by that leave.
    const now = await world.request(org, { languageCodes: [lang] });
    expect(await world.candidateIds(org.token, now.id)).toContain(onLeave.id);
  });

  test("2. speaking none of the requested languages excludes; one of them suffices, at any level", async () => {
    const lang = world.language();
    const second = world.language();
    const third = world.language();
    const first = await world.keyPerson({ languages: [lang] });
    const onlySecond = await world.keyPerson({ languages: [{ code: second, level: "BASIC" }] });
    const neither = await world.keyPerson({ languages: [third, "nld"] });
    const request = await world.request(org, { languageCodes: [lang, second] });
    expect(await world.candidateIds(org.token, request.id)).toEqual([first.id, onlySecond.id]);
    expect(failure(await world.proposeRaw(org.token, request.id, neither.id))).toEqual(NOT_A_CANDIDATE);
    expect(await refusedRule(server, request.id, neither.id)).toBe("LANGUAGE");
  });

  test("3. missing one required expertise excludes; having more than asked does not", async () => {
    const lang = world.language();
    const both = await world.keyPerson({ languages: [lang], expertise: ["FGM", "SGBV", "HOUSING"] });
    const onlySgbv = await world.keyPerson({ languages: [lang], expertise: ["SGBV"] });
    const none = await world.keyPerson({ languages: [lang] });
    const request = await world.request(org, { languageCodes: [lang], expertiseCodes: ["SGBV", "FGM"] });
    expect(await world.candidateIds(org.token, request.id)).toEqual([both.id]);
    for (const id of [onlySgbv.id, none.id]) {
      expect(failure(await world.proposeRaw(org.token, request.id, id))).toEqual(NOT_A_CANDIDATE);
      expect(await refusedRule(server, request.id, id)).toBe("EXPERTISE");
    }
    // Without required expertise everyone who speaks the language is in.
    const any = await world.request(org, { languageCodes: [lang] });
    expect(await world.candidateIds(org.token, any.id)).toEqual([both.id, onlySgbv.id, none.id]);
  });

  test("4. beyond maxTravelKm excludes unless both sides accept remote support; the edge of the reach is in", async () => {
    const lang = world.language();
    const near = await world.keyPerson({ languages: [lang], at: away(AMSTERDAM, 5), maxTravelKm: 25 });
    const edge = await world.keyPerson({ languages: [lang], at: away(AMSTERDAM, 24.99), maxTravelKm: 25 });
    const eastEdge = await world.keyPerson({ languages: [lang], at: away(AMSTERDAM, 24.99, 90), maxTravelKm: 25 });
    const justBeyond = await world.keyPerson({ languages: [lang], at: away(AMSTERDAM, 25.2, 90), maxTravelKm: 25 });
    const farRemote = await world.keyPerson({ languages: [lang], at: away(AMSTERDAM, 40, 180), maxTravelKm: 25, remote: true });
    const farNotRemote = await world.keyPerson({ languages: [lang], at: away(AMSTERDAM, 40, 180), maxTravelKm: 25, remote: false });

    const inPerson = await world.request(org, { languageCodes: [lang], remoteAcceptable: false });
    // 25 km is the largest reach of all key persons here: the edge of the largest reach counts too.
    const inReach = await world.candidates(org.token, inPerson.id);
    expect(inReach.map((c) => c.id)).toEqual([near.id, edge.id, eastEdge.id]);
    expect(inReach.map((c) => c.distanceKm)).toEqual([5, 25, 25]);
    for (const id of [justBeyond.id, farRemote.id, farNotRemote.id]) {
      expect(failure(await world.proposeRaw(org.token, inPerson.id, id))).toEqual(NOT_A_CANDIDATE);
      expect(await refusedRule(server, inPerson.id, id)).toBe("REACH");
    }

    const remoteOk = await world.request(org, { languageCodes: [lang], remoteAcceptable: true });
    const candidates = await world.candidates(org.token, remoteOk.id);
    expect(candidates.map((c) => c.id).sort()).toEqual([near.id, edge.id, eastEdge.id, farRemote.id].sort());
    const remote = candidates.find((c) => c.id === farRemote.id)!;
    expect(remote.reasons[0]).toBe("remote support");
    expect(remote.distanceKm).toBeCloseTo(40, 1);
    expect(failure(await world.proposeRaw(org.token, remoteOk.id, farNotRemote.id))).toEqual(NOT_A_CANDIDATE);
    expect(await refusedRule(server, remoteOk.id, farNotRemote.id)).toBe("REACH");
  });

  test("5. no free capacity (another request's proposal holds the hours) excludes; what is left still fits", async () => {
    const { lang, control } = await scene();
    const busy = await world.keyPerson({ languages: [lang], capacity: 4 });
    const elsewhere = await world.request(otherOrg, { languageCodes: [lang], hoursPerWeek: 3 });
    await world.propose(otherOrg, elsewhere.id, busy.id);

    const tooMuch = await world.request(org, { languageCodes: [lang], hoursPerWeek: 2 });
    await expectExcluded(tooMuch.id, control.id, busy.id, "CAPACITY");

    const fits = await world.request(org, { languageCodes: [lang], hoursPerWeek: 1 });
    expect(await world.candidateIds(org.token, fits.id)).toEqual([control.id, busy.id]);
    const fitsCandidate = (await world.candidates(org.token, fits.id)).find((c) => c.id === busy.id)!;
    expect(fitsCandidate.reasons).toContain("load 75% → 100% after this");
  });

  test("5. hours with decimals add up exactly: a capacity of 2.2 holds 1.1 elsewhere and 1.1 here, not 1.2", async () => {
    const lang = world.language();
    const kp = await world.keyPerson({ languages: [lang], capacity: 2.2 });
    const elsewhere = await world.request(otherOrg, { languageCodes: [lang], hoursPerWeek: 1.1 });
    await world.propose(otherOrg, elsewhere.id, kp.id);
    expect(await world.committedHours(kp.id)).toBe(1.1);
    const fits = await world.request(org, { languageCodes: [lang], hoursPerWeek: 1.1 });
    expect(await world.candidateIds(org.token, fits.id)).toEqual([kp.id]);
    const tooMuch = await world.request(org, { languageCodes: [lang], hoursPerWeek: 1.2 });
    expect(await world.candidateIds(org.token, tooMuch.id)).toEqual([]);
    expect((await world.propose(org, fits.id, kp.id)).hoursPerWeek).toBe(1.1);
    expect(await world.committedHours(kp.id)).toBe(2.2);
  });

  test("6. wellbeing RED (asked to be contacted) excludes until a coordinator clears it", async () => {
    const { lang, control } = await scene();
    const kp = await world.keyPerson({ languages: [lang], login: true });
    await ok(
      server.url,
      `mutation($input: WellbeingCheckInInput!) { submitWellbeingCheckIn(input: $input) { id } }`,
      { input: { strain: 3, emotionalImpact: 3, support: 4, contactRequested: true } },
      kp.token,
    );
    const request = await world.request(org, { languageCodes: [lang] });
    await expectExcluded(request.id, control.id, kp.id, "WELLBEING");
    await ok(
      server.url,
      `mutation($id: ID!) { clearWellbeingFlag(keyPersonId: $id, note: "Talked by phone; fine to take a case") { id } }`,
      { id: kp.id },
      world.coordinator,
    );
    expect(await world.candidateIds(org.token, request.id)).toEqual([control.id, kp.id]);
  });

  test("6. supervision OVERDUE (last session over 12 weeks ago) excludes; a new session lets them back in", async () => {
    const { lang, control } = await scene();
    const kp = await world.keyPerson({ languages: [lang] });
    const log = (date: string) =>
      ok(
        server.url,
        `mutation($id: ID!, $d: Date!) { logSupervisionSession(keyPersonId: $id, date: $d, kind: INTERVISION) { id } }`,
        { id: kp.id, d: date },
        world.coordinator,
      );
    await log(day(-13 * 7 - 1));
    const request = await world.request(org, { languageCodes: [lang] });
    // Overdue supervision alone is an AMBER wellbeing concern, so the supervision rule is the one named.
    await expectExcluded(request.id, control.id, kp.id, "SUPERVISION");
    await log(day(-1));
    expect(await world.candidateIds(org.token, request.id)).toEqual([control.id, kp.id]);
  });

  test("7. with DIFFERENT background, key persons of the newcomer's origin are excluded; with SAME they are not", async () => {
    const lang = world.language();
    const sameOrigin = await world.keyPerson({ languages: [lang], origins: ["TR", "SY"] });
    const otherOrigin = await world.keyPerson({ languages: [lang], origins: ["ER"] });
    const noOrigin = await world.keyPerson({ languages: [lang] });
    const different = await world.request(org, { languageCodes: [lang], newcomerOrigin: "SY", backgroundPreference: "DIFFERENT" });
    expect(await world.candidateIds(org.token, different.id)).toEqual([otherOrigin.id, noOrigin.id]);
    expect(failure(await world.proposeRaw(org.token, different.id, sameOrigin.id))).toEqual(NOT_A_CANDIDATE);
    expect(await refusedRule(server, different.id, sameOrigin.id)).toBe("BACKGROUND");
    const noPreference = await world.request(org, { languageCodes: [lang], newcomerOrigin: "SY" });
    expect(await world.candidateIds(org.token, noPreference.id)).toEqual([sameOrigin.id, otherOrigin.id, noOrigin.id]);
  });

  test("8. a key person who declined the request never comes back for it, but stays a candidate for others", async () => {
    const { lang, control } = await scene();
    const decliner = await world.keyPerson({ languages: [lang], login: true });
    const request = await world.request(org, { languageCodes: [lang] });
    expect(await world.candidateIds(org.token, request.id)).toEqual([control.id, decliner.id]);
    const proposal = await world.propose(org, request.id, decliner.id);
    await world.respond(decliner, proposal.id, false, "Too far for me this month");
    await expectExcluded(request.id, control.id, decliner.id, "DECLINED");
    const next = await world.request(org, { languageCodes: [lang] });
    expect(await world.candidateIds(org.token, next.id)).toEqual([control.id, decliner.id]);
  });

  test("a key person who fails several rules is excluded, and the audit log names the first rule", async () => {
    const { lang, control } = await scene();
    const many = await world.keyPerson({ languages: ["nld"], at: GRONINGEN, maxTravelKm: 5 });
    await ok(server.url, `mutation($id: ID!) { setKeyPersonStatus(id: $id, status: PAUSED) { id } }`, { id: many.id }, world.coordinator);
    const request = await world.request(org, { languageCodes: [lang] });
    await expectExcluded(request.id, control.id, many.id, "STATUS");
  });

  test("proposing an unknown key person gets the same answer as any non-candidate; a malformed id is NOT_FOUND", async () => {
    const { lang } = await scene();
    const request = await world.request(org, { languageCodes: [lang] });
    expect(failure(await world.proposeRaw(org.token, request.id, "999999"))).toEqual(NOT_A_CANDIDATE);
    expect(failure(await world.proposeRaw(org.token, request.id, "abc")).code).toBe("NOT_FOUND");
  });
});

describe("who sees which request", () => {
  test("another organisation gets NOT_FOUND for the request, its candidates, proposals and relocation", async () => {
    const lang = world.language();
    const kp = await world.keyPerson({ languages: [lang] });
    const request = await world.request(org, { languageCodes: [lang] });
    const before = await rowCounts(server.dataSource);
    expect(await errorCode(server.url, `query($id: ID!) { matchRequest(id: $id) { id } }`, { id: request.id }, otherOrg.token)).toBe("NOT_FOUND");
    expect(await errorCode(server.url, `query($id: ID!) { matchCandidates(requestId: $id) { score } }`, { id: request.id }, otherOrg.token)).toBe("NOT_FOUND");
    expect(failure(await world.proposeRaw(otherOrg.token, request.id, kp.id)).code).toBe("NOT_FOUND");
    const moved = await gql(
      server.url,
      `mutation($id: ID!, $l: GeoPointInput!) { relocateNewcomer(requestId: $id, location: $l) { id } }`,
      { id: request.id, l: UTRECHT },
      otherOrg.token,
    );
    expect(failure(moved).code).toBe("NOT_FOUND");
    expect(await rowCounts(server.dataSource)).toEqual(before);
    const { matchRequests } = await ok(
      server.url,
      `query($ids: [ID!]) { matchRequests(filter: { ids: $ids }) { total items { id } } }`,
      { ids: [request.id] },
      otherOrg.token,
    );
    expect(matchRequests).toEqual({ total: 0, items: [] });
    // Its own organisation does see it.
    expect((await world.getRequest(org.token, request.id)).id).toBe(request.id);
  });

  test("a regional coordinator sees requests in their region only", async () => {
    const lang = world.language();
    await world.keyPerson({ languages: [lang] });
    const regional = await world.regionalCoordinator(["GM0363", "GM0362"]);
    const inRegion = await world.request(org, { languageCodes: [lang] });
    const outside = await world.request(org, { languageCodes: [lang], location: UTRECHT });
    expect((await world.getRequest(regional, inRegion.id)).municipality.code).toBe("GM0363");
    expect(await world.candidates(regional, inRegion.id)).toHaveLength(1);
    expect(await errorCode(server.url, `query($id: ID!) { matchRequest(id: $id) { id } }`, { id: outside.id }, regional)).toBe("NOT_FOUND");
    expect(await errorCode(server.url, `query($id: ID!) { matchCandidates(requestId: $id) { score } }`, { id: outside.id }, regional)).toBe("NOT_FOUND");
    const { matchRequests } = await ok(
      server.url,
      `query($ids: [ID!]) { matchRequests(filter: { ids: $ids }) { total items { id } } }`,
      { ids: [inRegion.id, outside.id] },
      regional,
    );
    expect(matchRequests).toEqual({ total: 1, items: [{ id: inRegion.id }] });
    // The national coordinator sees both.
    const all = await ok(
      server.url,
      `query($ids: [ID!]) { matchRequests(filter: { ids: $ids }) { total } }`,
      { ids: [inRegion.id, outside.id] },
      world.coordinator,
    );
    expect(all.matchRequests.total).toBe(2);
  });

  test("a key person may not ask for candidates or requests: FORBIDDEN", async () => {
    const kp = await world.keyPerson({ login: true });
    const request = await world.request(org);
    expect(await errorCode(server.url, `query($id: ID!) { matchCandidates(requestId: $id) { score } }`, { id: request.id }, kp.token)).toBe("FORBIDDEN");
    expect(await errorCode(server.url, `query($id: ID!) { matchRequest(id: $id) { id } }`, { id: request.id }, kp.token)).toBe("FORBIDDEN");
    expect(await errorCode(server.url, `{ matchRequests { total } }`, {}, kp.token)).toBe("FORBIDDEN");
    expect(await errorCode(server.url, `query($id: ID!) { matchCandidates(requestId: $id) { score } }`, { id: request.id })).toBe("UNAUTHENTICATED");
  });
});
