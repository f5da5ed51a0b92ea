// Qualifications (issue 17, points 1 and 2): the maintained list, a key person's
// qualifications (declared, then verified by a coordinator, audited), the hard rule
// QUALIFICATION (an expertise that needs one is met only by a VERIFIED qualification
// covering it and valid on the request's start; self-declared never counts), unmet demand,
// who may add and verify, refusals with codes that change nothing, and the expiry reminders.
import { ManualClock } from "../../server/src/clock";
import { gql, ok, rowCounts } from "../support/graphql";
import { day, failure, MatchingWorld, NOT_A_CANDIDATE, refusedRule, type KeyPerson, type Organisation } from "../support/matching-fixtures";
import { startTestServer, type TestServer } from "../support/server";

jest.setTimeout(60_000);

const clock = new ManualClock(new Date());
let server: TestServer, world: MatchingWorld, org: Organisation;
beforeAll(async () => {
  server = await startTestServer({ seedDemo: false, clock });
  world = await MatchingWorld.create(server);
  org = await world.organisation("GGD Amsterdam");
});
afterAll(async () => {
  await server?.stop();
});

const QUALIFICATION = `id code status issuer obtainedOn validUntil verifiedAt verificationNote validToday type { code nameNl nameEn }`;
const ADD = `mutation($k: ID!, $input: QualificationInput!) { addQualification(keyPersonId: $k, input: $input) { ${QUALIFICATION} } }`;
const VERIFY = `mutation($id: ID!, $note: String!) { verifyQualification(id: $id, note: $note) { ${QUALIFICATION} } }`;
const REJECT = `mutation($id: ID!, $note: String!) { rejectQualification(id: $id, note: $note) { ${QUALIFICATION} } }`;
const REMOVE = `mutation($id: ID!) { removeQualification(id: $id) }`;
const OF = `query($id: ID!) { keyPerson(id: $id) { qualifications { ${QUALIFICATION} } } }`;

const sgbv = (change: Record<string, unknown> = {}) => ({ code: "SGBV_TRAINING", issuer: "Pharos", obtainedOn: day(-100), ...change });
const add = async (kp: { id: string }, input = sgbv(), token = world.coordinator) => (await ok(server.url, ADD, { k: kp.id, input }, token)).addQualification;
const verify = async (id: string, token = world.coordinator) => (await ok(server.url, VERIFY, { id, note: "Certificate seen" }, token)).verifyQualification;
const qualificationRows = async () => (await server.dataSource.query(`SELECT count(*)::int AS n FROM qualification`))[0].n as number;

describe("the list", () => {
  test("five types to start with, each with Dutch and English names, a validity and the expertise it covers; four expertise areas need one", async () => {
    const { qualificationTypes, expertiseAreas } = await ok(
      server.url,
      `{ qualificationTypes { code nameNl nameEn validityMonths coversExpertise } expertiseAreas { code requiresQualification } }`,
      {},
      org.token,
    );
    expect(qualificationTypes.map((t: { code: string }) => t.code)).toEqual([
      "FGM_TRAINING",
      "KEY_PERSON_BASIC",
      "MELDCODE",
      "SGBV_TRAINING",
      "TRAUMA_INFORMED",
    ]);
    expect(qualificationTypes.find((t: { code: string }) => t.code === "SGBV_TRAINING")).toEqual({
      code: "SGBV_TRAINING",
      nameNl: "Training seksueel en gendergerelateerd geweld (SGGG)",
      nameEn: "Sexual and gender-based violence (SGBV) training",
      validityMonths: 36,
      coversExpertise: ["SGBV", "SEXUAL_VIOLENCE", "HONOUR_VIOLENCE", "HUMAN_TRAFFICKING"],
    });
    expect(qualificationTypes.find((t: { code: string }) => t.code === "MELDCODE").nameNl).toBe("Meldcode huiselijk geweld en kindermishandeling");
    expect(qualificationTypes.find((t: { code: string }) => t.code === "KEY_PERSON_BASIC").validityMonths).toBeNull();
    const needing = expertiseAreas.filter((e: { requiresQualification: boolean }) => e.requiresQualification).map((e: { code: string }) => e.code);
    expect(needing.sort()).toEqual(["FGM", "HONOUR_VIOLENCE", "HUMAN_TRAFFICKING", "SGBV"]);
  });

  test("the national coordinator adds and edits a type; an inactive type cannot be added to anyone; nobody else edits the list", async () => {
    const input = {
      code: "interpreter_ethics",
      nameNl: "Beroepsethiek tolken",
      nameEn: "Interpreter ethics",
      validityMonths: 24,
      coversExpertise: ["ASYLUM_PROCEDURE"],
    };
    const { createQualificationType } = await ok(
      server.url,
      `mutation($input: QualificationTypeInput!) { createQualificationType(input: $input) { code nameNl validityMonths coversExpertise active } }`,
      { input },
      world.coordinator,
    );
    expect(createQualificationType).toEqual({
      code: "INTERPRETER_ETHICS",
      nameNl: "Beroepsethiek tolken",
      validityMonths: 24,
      coversExpertise: ["ASYLUM_PROCEDURE"],
      active: true,
    });
    const again = failure(
      await gql(server.url, `mutation($input: QualificationTypeInput!) { createQualificationType(input: $input) { code } }`, { input }, world.coordinator),
    );
    expect(again).toMatchObject({ code: "CONFLICT", reason: "QUALIFICATION_TYPE_EXISTS", params: { code: "INTERPRETER_ETHICS" } });

    const UPDATE = `mutation($code: ID!, $input: QualificationTypeUpdateInput!) { updateQualificationType(code: $code, input: $input) { code validityMonths active } }`;
    expect(
      (await ok(server.url, UPDATE, { code: "INTERPRETER_ETHICS", input: { clearValidity: true, active: false } }, world.coordinator)).updateQualificationType,
    ).toEqual({
      code: "INTERPRETER_ETHICS",
      validityMonths: null,
      active: false,
    });
    // Inactive: off the default list, and refused for new qualifications.
    const { qualificationTypes } = await ok(
      server.url,
      `{ qualificationTypes { code } all: qualificationTypes(includeInactive: true) { code } }`,
      {},
      world.coordinator,
    );
    expect(qualificationTypes.map((t: { code: string }) => t.code)).not.toContain("INTERPRETER_ETHICS");
    const kp = await world.keyPerson({ languages: [world.language()] });
    expect(failure(await gql(server.url, ADD, { k: kp.id, input: sgbv({ code: "INTERPRETER_ETHICS" }) }, world.coordinator))).toMatchObject({
      code: "BAD_USER_INPUT",
      reason: "QUALIFICATION_TYPE_INACTIVE",
      field: "code",
    });

    const regional = await world.regionalCoordinator(["GM0363"]);
    for (const token of [regional, org.token]) {
      expect(failure(await gql(server.url, UPDATE, { code: "SGBV_TRAINING", input: { validityMonths: 1 } }, token))).toMatchObject({
        code: "FORBIDDEN",
        reason: "ROLE_NOT_ALLOWED",
      });
    }
    const bad = async (change: Record<string, unknown>) =>
      failure(
        await gql(
          server.url,
          `mutation($input: QualificationTypeInput!) { createQualificationType(input: $input) { code } }`,
          { input: { ...input, code: "NEW_TYPE", ...change } },
          world.coordinator,
        ),
      );
    expect(await bad({ code: "1abc" })).toMatchObject({ reason: "QUALIFICATION_TYPE_CODE_INVALID", field: "code" });
    expect(await bad({ nameEn: "  " })).toMatchObject({ reason: "VALUE_REQUIRED", field: "nameEn" });
    expect(await bad({ validityMonths: 0 })).toMatchObject({ reason: "NUMBER_OUT_OF_RANGE", field: "validityMonths", params: { min: 1, max: 120 } });
    expect(await bad({ coversExpertise: ["NOPE"] })).toMatchObject({ reason: "UNKNOWN_CODE", params: { kind: "expertise", code: "NOPE" } });
    expect((await server.dataSource.query(`SELECT code FROM qualification_type WHERE code = 'NEW_TYPE'`)).length).toBe(0);
    expect((await server.dataSource.query(`SELECT validity_months FROM qualification_type WHERE code = 'SGBV_TRAINING'`))[0].validity_months).toBe(36);
  });
});

describe("adding and verifying", () => {
  test("a coordinator adds: SELF_DECLARED, valid until obtained + the type's validity; verifying makes it VERIFIED with the note, audited", async () => {
    const kp = await world.keyPerson({ languages: [world.language()] });
    const added = await add(kp, { code: "SGBV_TRAINING", issuer: " Pharos ", obtainedOn: "2025-01-31" });
    expect(added).toMatchObject({
      code: "SGBV_TRAINING",
      status: "SELF_DECLARED",
      issuer: "Pharos",
      obtainedOn: "2025-01-31",
      validUntil: "2028-01-31",
      verifiedAt: null,
      verificationNote: null,
      type: { code: "SGBV_TRAINING", nameEn: "Sexual and gender-based violence (SGBV) training" },
    });
    const verified = (await ok(server.url, VERIFY, { id: added.id, note: "  Certificate seen, Pharos register  " }, world.coordinator)).verifyQualification;
    expect(verified).toMatchObject({ id: added.id, status: "VERIFIED", verificationNote: "Certificate seen, Pharos register" });
    expect(typeof verified.verifiedAt).toBe("string");
    const [entry] = await server.dataSource.query(
      `SELECT actor_role, detail FROM audit_log WHERE action = 'verifyQualification' AND entity_type = 'Qualification' AND entity_id = $1`,
      [added.id],
    );
    expect(entry).toEqual({
      actor_role: "COORDINATOR",
      detail: { keyPersonId: Number(kp.id), code: "SGBV_TRAINING", note: "Certificate seen, Pharos register" },
    });
    // Decided once: verifying or rejecting again is refused and changes nothing.
    for (const mutation of [VERIFY, REJECT]) {
      expect(failure(await gql(server.url, mutation, { id: added.id, note: "again" }, world.coordinator))).toMatchObject({
        code: "CONFLICT",
        reason: "QUALIFICATION_ALREADY_DECIDED",
        params: { status: "VERIFIED" },
      });
    }
    expect((await ok(server.url, OF, { id: kp.id }, world.coordinator)).keyPerson.qualifications).toEqual([
      expect.objectContaining({ id: added.id, status: "VERIFIED", verificationNote: "Certificate seen, Pharos register" }),
    ]);
  });

  test("the key person adds their own (SELF_DECLARED) and may remove it while unverified; a verified one only a coordinator removes", async () => {
    const kp = await world.keyPerson({ languages: [world.language()], login: true });
    const own = await add(kp, sgbv({ validUntil: day(400) }), kp.token);
    expect(own).toMatchObject({ status: "SELF_DECLARED", validUntil: day(400), validToday: false });
    expect(failure(await gql(server.url, VERIFY, { id: own.id, note: "I did it" }, kp.token))).toMatchObject({ code: "FORBIDDEN", reason: "ROLE_NOT_ALLOWED" });
    const second = await add(kp, sgbv({ code: "FGM_TRAINING" }), kp.token);
    expect((await ok(server.url, REMOVE, { id: second.id }, kp.token)).removeQualification).toBe(second.id);
    await verify(own.id);
    const refused = failure(await gql(server.url, REMOVE, { id: own.id }, kp.token));
    expect(refused).toMatchObject({ code: "FORBIDDEN", reason: "QUALIFICATION_REMOVE_COORDINATORS_ONLY" });
    expect((await ok(server.url, OF, { id: kp.id }, kp.token)).keyPerson.qualifications).toEqual([expect.objectContaining({ id: own.id, validToday: true })]);
    expect((await ok(server.url, REMOVE, { id: own.id }, world.coordinator)).removeQualification).toBe(own.id);
    expect((await ok(server.url, OF, { id: kp.id }, kp.token)).keyPerson.qualifications).toEqual([]);
  });

  test("a coordinator rejects with a reason: REJECTED never counts, and the same qualification may be declared again", async () => {
    const kp = await world.keyPerson({ languages: [world.language()] });
    const added = await add(kp);
    expect(failure(await gql(server.url, REJECT, { id: added.id, note: " " }, world.coordinator))).toMatchObject({ reason: "VALUE_REQUIRED", field: "note" });
    const rejected = (await ok(server.url, REJECT, { id: added.id, note: "No certificate" }, world.coordinator)).rejectQualification;
    expect(rejected).toMatchObject({ status: "REJECTED", verificationNote: "No certificate", validToday: false });
    expect((await add(kp)).status).toBe("SELF_DECLARED");
  });

  test("an organisation, another key person or a regional coordinator elsewhere can neither add nor verify; nothing changes", async () => {
    const kp = await world.keyPerson({ languages: [world.language()], login: true });
    const other = await world.keyPerson({ languages: [world.language()], login: true });
    const pending = await add(kp);
    const regionalElsewhere = await world.regionalCoordinator(["GM0014"]);
    const before = await rowCounts(server.dataSource);
    expect(failure(await gql(server.url, ADD, { k: kp.id, input: sgbv() }, org.token))).toMatchObject({ code: "FORBIDDEN", reason: "ROLE_NOT_ALLOWED" });
    expect(failure(await gql(server.url, VERIFY, { id: pending.id, note: "ok" }, org.token))).toMatchObject({ code: "FORBIDDEN", reason: "ROLE_NOT_ALLOWED" });
    expect(failure(await gql(server.url, ADD, { k: kp.id, input: sgbv() }, other.token))).toMatchObject({ code: "NOT_FOUND", reason: "RECORD_NOT_FOUND" });
    expect(failure(await gql(server.url, VERIFY, { id: pending.id, note: "ok" }, other.token))).toMatchObject({
      code: "FORBIDDEN",
      reason: "ROLE_NOT_ALLOWED",
    });
    expect(failure(await gql(server.url, REMOVE, { id: pending.id }, other.token))).toMatchObject({ code: "NOT_FOUND", reason: "RECORD_NOT_FOUND" });
    expect(failure(await gql(server.url, ADD, { k: kp.id, input: sgbv() }, regionalElsewhere))).toMatchObject({ code: "NOT_FOUND" });
    expect(failure(await gql(server.url, VERIFY, { id: pending.id, note: "ok" }, regionalElsewhere))).toMatchObject({ code: "NOT_FOUND" });
    expect(failure(await gql(server.url, ADD, { k: kp.id, input: sgbv() }))).toMatchObject({ code: "UNAUTHENTICATED" });
    const after = await rowCounts(server.dataSource);
    // Refusals on someone else's record are audited; nothing else was written.
    expect({ ...after, audit_log: 0 }).toEqual({ ...before, audit_log: 0 });
    expect((await server.dataSource.query(`SELECT status FROM qualification WHERE id = $1`, [pending.id]))[0].status).toBe("SELF_DECLARED");
    // A regional coordinator whose region holds the key person verifies.
    const regional = await world.regionalCoordinator(["GM0363"]);
    expect((await verify(pending.id, regional)).status).toBe("VERIFIED");
  });

  test("bad input is refused with its code and writes nothing", async () => {
    const kp = await world.keyPerson({ languages: [world.language()] });
    const before = await qualificationRows();
    const refused = async (input: Record<string, unknown>) => failure(await gql(server.url, ADD, { k: kp.id, input }, world.coordinator));
    expect(await refused(sgbv({ code: "NO_SUCH_TRAINING" }))).toMatchObject({
      code: "BAD_USER_INPUT",
      reason: "UNKNOWN_CODE",
      field: "code",
      params: { kind: "qualificationType", code: "NO_SUCH_TRAINING" },
    });
    expect(await refused(sgbv({ issuer: "   " }))).toMatchObject({ reason: "VALUE_REQUIRED", field: "issuer" });
    expect(await refused(sgbv({ issuer: "x".repeat(201) }))).toMatchObject({ reason: "TEXT_TOO_LONG", field: "issuer", params: { max: 200 } });
    expect(await refused(sgbv({ obtainedOn: day(3) }))).toMatchObject({ reason: "DATE_IN_FUTURE", field: "obtainedOn", params: { date: day(3) } });
    expect(await refused(sgbv({ obtainedOn: day(-10), validUntil: day(-11) }))).toMatchObject({ reason: "PERIOD_INVALID", field: "validUntil" });
    expect(await refused(sgbv({ obtainedOn: "2025-02-30" }))).toMatchObject({ code: "BAD_USER_INPUT", reason: "NOT_A_DATE" });
    expect(failure(await gql(server.url, ADD, { k: "abc", input: sgbv() }, world.coordinator))).toMatchObject({
      code: "NOT_FOUND",
      reason: "RECORD_NOT_FOUND",
    });
    expect(failure(await gql(server.url, VERIFY, { id: "999999", note: "ok" }, world.coordinator))).toMatchObject({
      code: "NOT_FOUND",
      reason: "RECORD_NOT_FOUND",
    });
    expect(await qualificationRows()).toBe(before);
    await add(kp, sgbv({ obtainedOn: "2025-03-01" }));
    expect(await refused(sgbv({ obtainedOn: "2025-03-01" }))).toMatchObject({
      code: "CONFLICT",
      reason: "QUALIFICATION_DUPLICATE",
      params: { code: "SGBV_TRAINING", obtainedOn: "2025-03-01" },
    });
    expect(await qualificationRows()).toBe(before + 1);
  });
});

describe("hard rule QUALIFICATION", () => {
  let lang: string;
  let qualified: KeyPerson, declared: KeyPerson, expiring: KeyPerson, none: KeyPerson, lastDay: KeyPerson;
  let declaredId: string;
  beforeAll(async () => {
    lang = world.language();
    const base = { languages: [lang], expertise: ["SGBV", "HOUSING"] };
    qualified = await world.keyPerson({ ...base, name: "Qualified" });
    declared = await world.keyPerson({ ...base, name: "Self-declared", qualified: false });
    declaredId = (await add(declared)).id;
    expiring = await world.keyPerson({ ...base, name: "Expires before the start", qualified: false });
    await world.qualify(expiring.id, ["SGBV"], day(29));
    lastDay = await world.keyPerson({ ...base, name: "Valid through the start", qualified: false });
    await world.qualify(lastDay.id, ["SGBV"], day(30));
    none = await world.keyPerson({ ...base, name: "No qualification", qualified: false });
  });

  test("only a verified qualification valid on the start date meets an expertise that needs one; self-declared does not", async () => {
    const request = await world.request(org, { languageCodes: [lang], expertiseCodes: ["SGBV"], startsOn: day(30) });
    expect((await world.candidateIds(org.token, request.id)).sort()).toEqual([qualified.id, lastDay.id].sort());
    // Starting earlier, the qualification that expires on day 29 is still valid.
    const sooner = await world.request(org, { languageCodes: [lang], expertiseCodes: ["SGBV"], startsOn: day(10) });
    expect((await world.candidateIds(org.token, sooner.id)).sort()).toEqual([qualified.id, expiring.id, lastDay.id].sort());
    // An expertise that needs none: everyone with it is a candidate.
    const housing = await world.request(org, { languageCodes: [lang], expertiseCodes: ["HOUSING"], startsOn: day(30) });
    expect((await world.candidateIds(org.token, housing.id)).sort()).toEqual([qualified.id, declared.id, expiring.id, lastDay.id, none.id].sort());
  });

  test("proposing someone without it: the organisation hears only NOT_A_CANDIDATE, the rule goes to the audit log for the coordinators", async () => {
    const request = await world.request(org, { languageCodes: [lang], expertiseCodes: ["SGBV"], startsOn: day(30) });
    expect(failure(await world.proposeRaw(org.token, request.id, declared.id))).toEqual(NOT_A_CANDIDATE);
    expect(await refusedRule(server, request.id, declared.id)).toBe("QUALIFICATION");
    expect(failure(await world.proposeRaw(org.token, request.id, expiring.id))).toEqual(NOT_A_CANDIDATE);
    expect(await refusedRule(server, request.id, expiring.id)).toBe("QUALIFICATION");
    expect(await world.assignmentRows({ requestId: request.id })).toEqual([]);
  });

  test("verifying the self-declared qualification makes them a candidate", async () => {
    const request = await world.request(org, { languageCodes: [lang], expertiseCodes: ["SGBV"], startsOn: day(30) });
    expect(await world.candidateIds(org.token, request.id)).not.toContain(declared.id);
    await verify(declaredId);
    expect(await world.candidateIds(org.token, request.id)).toContain(declared.id);
  });

  test("counted in unmet demand: coordinators see how many the rule excluded, the organisation only that the request is unmet", async () => {
    const lonely = world.language();
    await world.keyPerson({ languages: [lonely], expertise: ["FGM"], qualified: false });
    const other = await world.keyPerson({ languages: [lonely], expertise: ["FGM"], qualified: false });
    await add(other, sgbv({ code: "FGM_TRAINING" })); // declared, not verified
    const request = await world.request(org, { languageCodes: [lonely], expertiseCodes: ["FGM"], startsOn: day(14) });
    expect(request.unmetSince).not.toBeNull();
    expect(request.unmetExclusions).toBeNull();
    const seen = await world.getRequest(world.coordinator, request.id);
    const counts = Object.fromEntries(seen.unmetExclusions.map((c: { rule: string; count: number }) => [c.rule, c.count]));
    expect(counts.QUALIFICATION).toBe(2);
  });

  test("an organisation sees a candidate's verified qualifications only, without the coordinator's note", async () => {
    const request = await world.request(org, { languageCodes: [lang], expertiseCodes: ["SGBV"], startsOn: day(30) });
    await add(qualified, sgbv({ code: "TRAUMA_INFORMED" })); // declared: not shown to the organisation
    const { matchCandidates } = await ok(
      server.url,
      `query($id: ID!) { matchCandidates(requestId: $id, limit: 20) { keyPerson { id qualifications { code status verificationNote } } } }`,
      { id: request.id },
      org.token,
    );
    const mine = matchCandidates.find((c: { keyPerson: { id: string } }) => c.keyPerson.id === qualified.id);
    expect(mine.keyPerson.qualifications).toEqual([{ code: "SGBV_TRAINING", status: "VERIFIED", verificationNote: null }]);
  });
});

describe("dashboard", () => {
  test("trained and untrained per region and language, who lacks a qualification their expertise needs, and who expires within 60 days", async () => {
    const lang = world.language();
    const trained = await world.keyPerson({ languages: [lang], expertise: ["SGBV"] }); // verified, valid for years
    const soon = await world.keyPerson({ languages: [lang], expertise: ["HOUSING"], qualified: false });
    const [soonId] = await world.qualify(soon.id, ["SGBV"], day(20));
    const lacking = await world.keyPerson({ languages: [lang], expertise: ["FGM"], qualified: false });
    await add(lacking, sgbv({ code: "FGM_TRAINING" })); // declared only
    await world.keyPerson({ languages: [lang], expertise: ["HOUSING"] }); // untrained, lacks nothing
    const DASHBOARD = `{ oversightDashboard { qualifications {
      byRegion { key name trained untrained lacking }
      byLanguage { key name nameNl trained untrained lacking }
      expiring { validUntil daysLeft keyPerson { id } qualification { id code } }
      awaitingVerification } } }`;
    const { qualifications } = (await ok(server.url, DASHBOARD, {}, world.coordinator)).oversightDashboard;
    expect(qualifications.byLanguage.find((l: { key: string }) => l.key === lang)).toMatchObject({ key: lang, trained: 2, untrained: 2, lacking: 1 });
    expect(typeof qualifications.byLanguage.find((l: { key: string }) => l.key === lang).nameNl).toBe("string");
    const holland = qualifications.byRegion.find((r: { key: string }) => r.key === "Noord-Holland");
    expect(holland.trained).toBeGreaterThanOrEqual(2);
    expect(holland.lacking).toBeGreaterThanOrEqual(1);
    const mine = qualifications.expiring.filter((e: { keyPerson: { id: string } }) => [trained.id, soon.id].includes(e.keyPerson.id));
    expect(mine).toEqual([
      { validUntil: day(20), daysLeft: expect.any(Number), keyPerson: { id: soon.id }, qualification: { id: soonId, code: "SGBV_TRAINING" } },
    ]);
    expect(qualifications.awaitingVerification).toBeGreaterThanOrEqual(1);
    // A regional coordinator elsewhere sees nobody of these; an organisation no dashboard.
    const elsewhere = await world.regionalCoordinator(["GM0014"]);
    const theirs = (await ok(server.url, DASHBOARD, {}, elsewhere)).oversightDashboard.qualifications;
    expect(theirs.byLanguage.find((l: { key: string }) => l.key === lang)).toBeUndefined();
    expect(theirs.expiring).toEqual([]);
    expect(failure(await gql(server.url, DASHBOARD, {}, org.token))).toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("expiry reminders", () => {
  test("60 and 14 days before the last valid day, once each, to the key person", async () => {
    const kp = await world.keyPerson({ languages: [world.language()], expertise: ["SGBV"], qualified: false });
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(clock.now());
    const until = new Date(Date.parse(`${today}T12:00:00Z`) + 61 * 86_400_000).toISOString().slice(0, 10);
    const [id] = await world.qualify(kp.id, ["SGBV"], until);
    const sent = () =>
      server.dataSource.query(
        `SELECT n.dedupe_key, n.subject FROM notification n JOIN app_user u ON u.id = n.user_id WHERE u.key_person_id = $1 AND n.kind = 'QUALIFICATION_EXPIRING' ORDER BY n.id`,
        [kp.id],
      );
    await server.services.notifications.runJobs();
    expect(await sent()).toEqual([]); // 61 days left
    clock.advanceHours(24);
    expect((await server.services.notifications.runJobs()).qualificationReminders).toBe(1);
    expect((await server.services.notifications.runJobs()).qualificationReminders).toBe(0);
    clock.advanceHours(24 * 45); // 15 days left: the 60-day reminder was sent already
    expect((await server.services.notifications.runJobs()).qualificationReminders).toBe(0);
    clock.advanceHours(24);
    expect((await server.services.notifications.runJobs()).qualificationReminders).toBe(1);
    expect((await server.services.notifications.runJobs()).qualificationReminders).toBe(0);
    const rows = await sent();
    expect(rows.map((r: { dedupe_key: string }) => r.dedupe_key)).toEqual([`qualification:${id}:60:${until}`, `qualification:${id}:14:${until}`]);
    expect(rows[0].subject).toMatch(/^Sleutelkaart: uw kwalificatie Training seksueel en gendergerelateerd geweld \(SGGG\) verloopt op /);
  });
});
