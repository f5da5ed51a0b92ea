// Security round 2 (issue 13), sections 1, 5 and 6: a refusal that tells nothing, origins
// used only with consent, bounded relocations, audited refusals, sane money and dates,
// and the smaller leaks (suggestions, supervision, invitation links, malformed CSV).
// Real GraphQL over HTTP against a real PostgreSQL; the nested paths of section 2 are in
// access-matrix.test.ts.
import { gql, ok, type GraphQLResponse } from "../support/graphql";
import { freshEmail } from "../support/fixtures";
import { AMSTERDAM, GRONINGEN, MatchingWorld, UTRECHT, away, day, type KeyPerson, type Organisation } from "../support/matching-fixtures";
import { startTestServer, type TestServer } from "../support/server";

jest.setTimeout(60_000);

const PUBLIC_URL = "https://sleutelkaart.example.nl";
let server: TestServer;
let m: MatchingWorld;
let org: Organisation;

beforeAll(async () => {
  server = await startTestServer({ seedDemo: false, env: { PUBLIC_URL } });
  m = await MatchingWorld.create(server);
  org = await m.organisation("AZC Oracle", "GM0363");
});
afterAll(async () => {
  await server?.stop();
});

const PROPOSE = `mutation($r: ID!, $k: ID!) { proposeAssignment(requestId: $r, keyPersonId: $k) { id } }`;
const proposeRaw = (token: string, r: string, k: string) => gql(server.url, PROPOSE, { r, k }, token);
const firstError = (response: GraphQLResponse) => {
  expect(response.errors?.length).toBeGreaterThan(0);
  return response.errors![0];
};
const sql = (text: string, params: unknown[] = []) => server.dataSource.query(text, params);

describe("1. a refusal is not an oracle", () => {
  test("an organisation proposing anyone who is not a candidate gets one and the same answer, whatever the reason", async () => {
    const lang = m.language();
    const request = await m.request(org, { languageCodes: [lang], hoursPerWeek: 2, newcomerOrigin: "AF", backgroundPreference: "DIFFERENT" });
    const candidate = await m.keyPerson({ languages: [lang], at: away(AMSTERDAM, 2) });
    const far = await m.keyPerson({ languages: [lang], at: GRONINGEN, maxTravelKm: 10 });
    const full = await m.keyPerson({ languages: [lang], capacity: 1 });
    const sameOrigin = await m.keyPerson({ languages: [lang], origins: ["AF"] });
    const otherLanguage = await m.keyPerson({ languages: ["nld"] });
    const onLeave = await m.keyPerson({ languages: [lang] });
    await ok(
      server.url,
      `mutation($id: ID!) { addLeave(keyPersonId: $id, input: { startsOn: "${day(0)}", endsOn: "${day(30)}" }) { id } }`,
      { id: onLeave.id },
      m.coordinator,
    );
    const inactive = await m.keyPerson({ languages: [lang] });
    await ok(
      server.url,
      `mutation($id: ID!) { setKeyPersonStatus(id: $id, status: INACTIVE, leavingReason: OTHER) { id } }`,
      { id: inactive.id },
      m.coordinator,
    );

    const answers = [];
    for (const id of [far.id, full.id, sameOrigin.id, otherLanguage.id, onLeave.id, inactive.id, "99999999"]) {
      const error = firstError(await proposeRaw(org.token, request.id, id));
      answers.push({
        message: error.message,
        code: error.extensions?.code,
        reason: error.extensions?.reason,
        params: error.extensions?.params,
        field: error.extensions?.field,
      });
    }
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0].reason).toBe("NOT_A_CANDIDATE");
    expect(answers[0].params).toEqual({});
    expect(answers[0].message).not.toMatch(/\d/);
    // The candidate can be proposed.
    expect((await ok(server.url, PROPOSE, { r: request.id, k: candidate.id }, org.token)).proposeAssignment.id).toBeTruthy();
  });

  test("a refused proposal is audited (who, which records, why) although nothing else changed", async () => {
    const lang = m.language();
    const request = await m.request(org, { languageCodes: [lang] });
    const far = await m.keyPerson({ languages: [lang], at: GRONINGEN, maxTravelKm: 10 });
    firstError(await proposeRaw(org.token, request.id, far.id));
    const rows = await sql(
      `SELECT action, entity_type, entity_id, actor_role, detail FROM audit_log WHERE detail->>'requestId' = $1 AND action LIKE 'refused%'`,
      [request.id],
    );
    expect(rows).toEqual([
      expect.objectContaining({
        action: "refusedProposeAssignment",
        actor_role: "ORGANISATION",
        entity_type: "KeyPerson",
        entity_id: far.id,
        detail: expect.objectContaining({ reason: "NOT_A_CANDIDATE", rule: "REACH" }),
      }),
    ]);
    expect(await sql(`SELECT 1 FROM assignment WHERE request_id = $1`, [request.id])).toEqual([]);
  });

  test("a refused mutation on someone else's record is audited", async () => {
    const other = await m.organisation("GGD Other", "GM0344");
    const request = await m.request(other, { location: UTRECHT });
    const response = await gql(server.url, `mutation($id: ID!) { cancelMatchRequest(requestId: $id) { id } }`, { id: request.id }, org.token);
    expect(firstError(response).extensions?.code).toBe("NOT_FOUND");
    const rows = await sql(`SELECT action, actor_role, entity_type, entity_id, detail FROM audit_log WHERE action = 'refusedCancelMatchRequest'`);
    expect(rows).toEqual([
      expect.objectContaining({
        actor_role: "ORGANISATION",
        entity_type: "MatchRequest",
        entity_id: request.id,
        detail: expect.objectContaining({ code: "NOT_FOUND" }),
      }),
    ]);
  });

  test("relocations of one request are bounded per day, and each is audited", async () => {
    const request = await m.request(org, { languageCodes: [m.language()] });
    const places = [away(AMSTERDAM, 1, 0), away(AMSTERDAM, 1, 90), away(AMSTERDAM, 1, 180), away(AMSTERDAM, 1, 270)];
    const RELOCATE = `mutation($id: ID!, $l: GeoPointInput!) { relocateNewcomer(requestId: $id, location: $l) { id } }`;
    const results = [];
    for (const l of places) results.push(await gql(server.url, RELOCATE, { id: request.id, l }, org.token));
    expect(results.slice(0, 3).map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    const error = firstError(results[3]);
    expect(error.extensions).toMatchObject({ code: "CONFLICT", reason: "RELOCATION_LIMIT", params: { perDay: 3 } });
    const [{ location }] = [
      (await ok(server.url, `query($id: ID!) { matchRequest(id: $id) { location { lat lon } } }`, { id: request.id }, org.token)).matchRequest,
    ];
    expect(location).toEqual(places[2]);
    const audited = await sql(`SELECT action FROM audit_log WHERE entity_id = $1 AND action IN ('relocateNewcomer', 'refusedRelocateNewcomer') ORDER BY id`, [
      request.id,
    ]);
    expect(audited.map((r: { action: string }) => r.action)).toEqual(["relocateNewcomer", "relocateNewcomer", "relocateNewcomer", "refusedRelocateNewcomer"]);
  });

  test("per-rule counts of an unmet request are for coordinators: an organisation learns no count that could single someone out", async () => {
    const lang = m.language();
    await m.keyPerson({ languages: [lang], origins: ["SY"] });
    const request = await m.request(org, { languageCodes: [lang], newcomerOrigin: "SY", backgroundPreference: "DIFFERENT" });
    const READ = `query($id: ID!) { matchRequest(id: $id) { unmetSince unmetExclusions { rule count } } }`;
    const asOrg = (await ok(server.url, READ, { id: request.id }, org.token)).matchRequest;
    expect(asOrg.unmetSince).not.toBeNull();
    expect(asOrg.unmetExclusions).toBeNull();
    const asCoordinator = (await ok(server.url, READ, { id: request.id }, m.coordinator)).matchRequest;
    expect(asCoordinator.unmetExclusions).toContainEqual({ rule: "BACKGROUND", count: 1 });
  });

  test("an organisation reads scores to two decimals: three would give the distance to about a hundred metres", async () => {
    const lang = m.language();
    await m.keyPerson({ languages: [lang], at: away(AMSTERDAM, 3.337, 45) });
    const request = await m.request(org, { languageCodes: [lang] });
    const READ = `query($r: ID!) { matchCandidates(requestId: $r) { score distanceKm } }`;
    const [asOrg] = (await ok(server.url, READ, { r: request.id }, org.token)).matchCandidates;
    const [asCoordinator] = (await ok(server.url, READ, { r: request.id }, m.coordinator)).matchCandidates;
    expect(asOrg.distanceKm).toBe(3);
    expect(asCoordinator.distanceKm).toBe(3.3);
    expect(Math.round(asOrg.score * 100) / 100).toBe(asOrg.score);
    expect(asOrg.score).toBe(Math.round(asCoordinator.score * 100) / 100);
  });

  test("origins steer background matching only when the key person agreed to it in their profile", async () => {
    const lang = m.language();
    const agreed = await m.keyPerson({ languages: [lang], origins: ["ER"], originConsent: true });
    const notAgreed = await m.keyPerson({ languages: [lang], origins: ["ER"], originConsent: false });
    const different = await m.request(org, { languageCodes: [lang], newcomerOrigin: "ER", backgroundPreference: "DIFFERENT" });
    expect(await m.candidateIds(org.token, different.id)).toEqual([notAgreed.id]);
    const same = await m.request(org, { languageCodes: [lang], newcomerOrigin: "ER", backgroundPreference: "SAME" });
    const candidates = await m.candidates(org.token, same.id);
    expect(candidates.find((c) => c.id === agreed.id)?.reasons).toContain("same background");
    expect(candidates.find((c) => c.id === notAgreed.id)?.reasons).not.toContain("same background");
    // The key person sees and sets the consent in their profile; an organisation never sees it.
    const { keyPerson } = await ok(server.url, `query($id: ID!) { keyPerson(id: $id) { originMatchingConsent } }`, { id: agreed.id }, m.coordinator);
    expect(keyPerson.originMatchingConsent).toBe(true);
  });
});

describe("5. money and dates", () => {
  let kp: KeyPerson;
  let active: string;
  let declined: string;
  const CLAIM = `mutation($i: ExpenseClaimInput!) { submitExpenseClaim(input: $i) { id amountCents } }`;
  const HOURS = `mutation($i: HourEntryInput!) { declareHours(input: $i) { id } }`;
  const claim = (i: Record<string, unknown>) =>
    gql(server.url, CLAIM, { i: { kind: "OTHER", amountCents: 500, date: day(0), description: "Bus", idempotencyKey: freshEmail("key"), ...i } }, kp.token);

  beforeAll(async () => {
    const lang = m.language();
    kp = await m.keyPerson({ languages: [lang], login: true, capacity: 40 });
    active = (await m.activeAssignment(org, (await m.request(org, { languageCodes: [lang] })).id, kp)).id;
    const proposal = await m.propose(org, (await m.request(org, { languageCodes: [lang] })).id, kp.id);
    await m.respond(kp, proposal.id, false, "No time");
    declined = proposal.id;
  });

  test("no claim and no hours on an assignment that was not active on the date", async () => {
    const onDeclined = await claim({ assignmentId: declined, amountCents: 250_000 });
    expect(firstError(onDeclined).extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "ASSIGNMENT_NOT_ACTIVE_ON_DATE", field: "assignmentId" });
    const beforeStart = await claim({ assignmentId: active, date: day(-10) });
    expect(firstError(beforeStart).extensions).toMatchObject({ reason: "ASSIGNMENT_NOT_ACTIVE_ON_DATE" });
    // Hours name the day the assignment began, so the key person sees which dates are open.
    expect(
      firstError(await gql(server.url, HOURS, { i: { assignmentId: active, date: day(-10), hours: 1, activity: "SUPPORT" } }, kp.token)).extensions,
    ).toMatchObject({ reason: "DATE_BEFORE_ASSIGNMENT", params: { date: day(-10) } });
    expect(
      firstError(await gql(server.url, HOURS, { i: { assignmentId: declined, date: day(0), hours: 1, activity: "SUPPORT" } }, kp.token)).extensions,
    ).toMatchObject({ reason: "ASSIGNMENT_CLOSED_FOR_HOURS", params: { status: "DECLINED" }, field: "assignmentId" });
  });

  test("dates lie in the window the domain defines", async () => {
    const old = await claim({ date: "1900-01-01" });
    expect(firstError(old).extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "DATE_OUTSIDE_WINDOW", field: "date" });
  });

  test("amounts and hours have a minimum and a granularity", async () => {
    const tinyKm = await claim({ kind: "OWN_TRANSPORT_KM", km: 0.001, amountCents: null });
    expect(firstError(tinyKm).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "km" });
    const nanoHours = await gql(server.url, HOURS, { i: { assignmentId: active, date: day(0), hours: 1e-9, activity: "SUPPORT" } }, kp.token);
    expect(firstError(nanoHours).extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "HOURS_GRANULARITY", field: "hours" });
    const oddHours = await gql(server.url, HOURS, { i: { assignmentId: active, date: day(0), hours: 1.1, activity: "SUPPORT" } }, kp.token);
    expect(firstError(oddHours).extensions).toMatchObject({ reason: "HOURS_GRANULARITY" });
    expect(
      (await ok(server.url, HOURS, { i: { assignmentId: active, date: day(0), hours: 1.25, activity: "SUPPORT" } }, kp.token)).declareHours.id,
    ).toBeTruthy();
  });

  test("a request cannot start in the year 9999", async () => {
    const response = await m.createRequestRaw(org.token, { startsOn: "9999-12-31" });
    expect(firstError(response).extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "START_DATE_TOO_FAR", field: "startsOn" });
  });

  test("the compensation type is the coordinators' to set, not the key person's", async () => {
    const { keyPerson } = await ok(
      server.url,
      `query($id: ID!) { keyPerson(id: $id) { displayName email phone gender languages { language { code } level } expertise { code }
      homeLocation { lat lon } maxTravelKm remoteAvailable weeklyCapacityHours compensationType origins } }`,
      { id: kp.id },
      kp.token,
    );
    const input = {
      displayName: keyPerson.displayName,
      email: keyPerson.email,
      phone: keyPerson.phone,
      gender: keyPerson.gender,
      languages: keyPerson.languages.map((l: any) => ({ code: l.language.code, level: l.level })),
      expertiseCodes: [],
      homeLocation: keyPerson.homeLocation,
      maxTravelKm: keyPerson.maxTravelKm,
      remoteAvailable: keyPerson.remoteAvailable,
      weeklyCapacityHours: keyPerson.weeklyCapacityHours,
      compensationType: "FREELANCE",
      origins: keyPerson.origins,
    };
    const UPDATE = `mutation($id: ID!, $input: KeyPersonInput!) { updateKeyPerson(id: $id, input: $input) { compensationType } }`;
    expect(firstError(await gql(server.url, UPDATE, { id: kp.id, input }, kp.token)).extensions).toMatchObject({
      code: "FORBIDDEN",
      reason: "COMPENSATION_TYPE_COORDINATOR_ONLY",
    });
    // The same input without the change passes; the coordinator may change it.
    expect((await ok(server.url, UPDATE, { id: kp.id, input: { ...input, compensationType: "VOLUNTEER" } }, kp.token)).updateKeyPerson.compensationType).toBe(
      "VOLUNTEER",
    );
    expect((await ok(server.url, UPDATE, { id: kp.id, input }, m.coordinator)).updateKeyPerson.compensationType).toBe("FREELANCE");
  });

  test("exportPayments and allowanceRate without organisationId mean the national scheme", async () => {
    const rate = await gql(server.url, `{ allowanceRate }`, {}, m.coordinator);
    expect(rate.errors).toBeUndefined();
    const exported = await gql(server.url, `mutation { exportPayments(from: "2000-01-01", to: "2000-01-31") { id } }`, {}, m.coordinator);
    // Nothing approved in that period: the refusal says so, it does not look for "Organisation undefined".
    expect(firstError(exported).message).not.toMatch(/undefined/);
    expect(firstError(exported).extensions?.field).toBe("from");
  });
});

describe("6. smaller leaks", () => {
  test('no answer suggests a name ("Did you mean …"): enum values, arguments, types', async () => {
    const answers = [
      await gql(server.url, `{ keyPersons(filter: { status: ACTIV }) { total } }`, {}, m.coordinator),
      await gql(server.url, `query($s: KeyPersonStatus) { keyPersons(filter: { status: $s }) { total } }`, { s: "ACTIV" }, m.coordinator),
      await gql(server.url, `{ keyPersons(filtr: {}) { total } }`, {}, m.coordinator),
      await gql(server.url, `query($f: KeyPersonFiltr) { keyPersons(filter: $f) { total } }`, {}, m.coordinator),
    ];
    for (const answer of answers) {
      expect(answer.errors?.length).toBeGreaterThan(0);
      for (const error of answer.errors!) expect(error.message).not.toMatch(/did you mean/i);
    }
  });

  test("organisations do not see supervision of candidates and assigned key persons; coordinators and the key person do", async () => {
    const lang = m.language();
    const kp = await m.keyPerson({ languages: [lang], login: true });
    const request = await m.request(org, { languageCodes: [lang] });
    const SUPERVISION = "supervisionStatus lastSupervisionOn";
    const { matchCandidates } = await ok(
      server.url,
      `query($r: ID!) { matchCandidates(requestId: $r) { keyPerson { id ${SUPERVISION} } } }`,
      { r: request.id },
      org.token,
    );
    expect(matchCandidates).toEqual([{ keyPerson: { id: kp.id, supervisionStatus: null, lastSupervisionOn: null } }]);
    await m.activeAssignment(org, request.id, kp);
    const { assignments } = await ok(
      server.url,
      `query($r: ID!) { assignments(filter: { requestId: $r }) { items { keyPerson { ${SUPERVISION} } } } }`,
      { r: request.id },
      org.token,
    );
    expect(assignments.items).toEqual([{ keyPerson: { supervisionStatus: null, lastSupervisionOn: null } }]);
    const read = async (token: string) => (await ok(server.url, `query($id: ID!) { keyPerson(id: $id) { ${SUPERVISION} } }`, { id: kp.id }, token)).keyPerson;
    expect((await read(m.coordinator)).supervisionStatus).toBe("NEVER");
    expect((await read(kp.token)).supervisionStatus).toBe("NEVER");
  });

  const HEADER = "naam;e-mail;telefoon;talen;expertise;gemeente;uren_per_week;op_afstand";
  const upload = async (body: string, dryRun: boolean, headers: Record<string, string> = {}) => {
    const response = await fetch(`${server.url}/api/import/key-persons?dryRun=${dryRun}`, {
      method: "POST",
      headers: { "content-type": "text/csv", authorization: `Bearer ${m.coordinator}`, ...headers },
      body,
    });
    return { status: response.status, body: (await response.json()) as any };
  };

  test("invitation links are built from PUBLIC_URL, never from the request's Origin", async () => {
    const email = freshEmail("invite");
    const { status, body } = await upload(`${HEADER}\nSaba Link;${email};;Tigrinya (moedertaal);;Amsterdam;8;ja\n`, false, { origin: "https://evil.example" });
    expect(status).toBe(200);
    const url: string = body.rows[0].invitationUrl;
    expect(url.startsWith(`${PUBLIC_URL}/#/invitation/`)).toBe(true);
  });

  test.each([[`=cmd|"/C calc"!A0;x@example.nl;;tir;;Amsterdam;8;ja`], [`=HYPERLINK("x");y@example.nl;;tir;;Amsterdam;8;ja`]])(
    "a malformed CSV row answers 400 BAD_CSV naming the line: %s",
    async (row) => {
      const { status, body } = await upload(`${HEADER}\nSaba Ok;${freshEmail("ok")};;tir;;Amsterdam;8;ja\n${row}\n`, true);
      expect(status).toBe(400);
      expect(body.error.code).toBe("BAD_CSV");
      expect(body.error.message).toMatch(/line 3/);
    },
  );
});
