// Newcomers' voice (issue 19) over real GraphQL and HTTP: anonymous feedback after support
// (one answer per link, shown from five answers up), the organisation's rating, a complaint
// from filing to decision, key persons' flags about organisations and anonymous signals
// about reception locations.
import { gql, ok, rowCounts } from "../support/graphql";
import { failure, MatchingWorld, startMatchingSuite, type KeyPerson, type Organisation } from "../support/matching-fixtures";
import type { TestServer } from "../support/server";

jest.setTimeout(120_000);

let server: TestServer, world: MatchingWorld, org: Organisation, otherOrg: Organisation;
beforeAll(async () => ({ server, world, org, otherOrg } = await startMatchingSuite()));
afterAll(async () => {
  await server?.stop();
});

const LINK = `query($ids: [ID!], $lang: String) { assignments(filter: { ids: $ids }) { items { id status feedbackLink(language: $lang) { url qrSvg expiresAt answered } rating { score comment } } } }`;
const STATUS = `query($t: String!) { feedbackLinkStatus(token: $t) { state } }`;
const SUBMIT = `mutation($t: String!, $input: FeedbackInput!) { submitFeedback(token: $t, input: $input) }`;
const SUMMARY = `query($k: ID, $p: String) { feedbackSummary(keyPersonId: $k, provinceCode: $p) { enough minimum answers questions { question yes partly no } ratings averageRating } }`;
const RATE = `mutation($a: ID!, $input: RatingInput!) { rateAssignment(assignmentId: $a, input: $input) { score comment ratedAt } }`;
const COMPLETE = `mutation($a: ID!) { completeAssignment(assignmentId: $a) { id status } }`;
const FILE = `mutation($input: FileComplaintInput!) { fileComplaint(input: $input) { id state kind description } }`;
const RESPOND = `mutation($id: ID!, $r: String!) { respondToComplaint(id: $id, response: $r) { id state response respondedAt } }`;
const DECIDE = `mutation($id: ID!, $input: DecideComplaintInput!) { decideComplaint(id: $id, input: $input) { id state decisionNote decidedAt } }`;
const COMPLAINTS = `query { complaints { total items { id state kind assignment { id } } } }`;
const FLAG = `mutation($input: FlagOrganisationInput!) { flagOrganisation(input: $input) { id kind note closedAt } }`;
const FLAGS = `query($open: Boolean) { organisationFlags(open: $open) { total items { id kind keyPersonName organisation { id } } } }`;
const SIGNAL = `mutation($input: LocationSignalInput!) { fileLocationSignal(input: $input) }`;
const OVERVIEW = `query { voiceOverview { openComplaintsByKind { code count } complaintsByState { code count } openFlagsByKind { code count } signalsByCategory { code count } signals { municipalityCode month category count } } }`;

const ALL_YES = { helpful: "YES", feltSafe: "YES", understood: "YES", wouldRecommend: "YES" };

async function activeFor(kp: KeyPerson, lang: string, owner = org) {
  const request = await world.request(owner, { languageCodes: [lang] });
  return world.activeAssignment(owner, request.id, kp);
}

async function completedFor(kp: KeyPerson, lang: string, owner = org) {
  const assignment = await activeFor(kp, lang, owner);
  await ok(world.url, COMPLETE, { a: assignment.id }, owner.token);
  return assignment.id as string;
}

async function linkOf(token: string, assignmentId: string, lang: string | null = null) {
  const { assignments } = await ok(world.url, LINK, { ids: [assignmentId], lang }, token);
  return assignments.items[0];
}

const tokenOf = (url: string) => new URL(url).pathname.split("/").pop()!;

describe("feedback links", () => {
  test("only the key person gets the link, once the assignment completed; the organisation never", async () => {
    const lang = world.language();
    const kp = await world.keyPerson({ languages: [lang], login: true });
    const assignment = await activeFor(kp, lang);
    expect((await linkOf(kp.token, assignment.id)).feedbackLink).toBeNull();
    await ok(world.url, COMPLETE, { a: assignment.id }, org.token);
    const { feedbackLink } = await linkOf(kp.token, assignment.id, "ara");
    expect(feedbackLink).toMatchObject({ answered: false, url: expect.stringMatching(/\/kaart\/feedback\/\d+\.[A-Za-z0-9_-]{22}\?lang=ara$/) });
    expect(feedbackLink.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(new Date(feedbackLink.expiresAt).getTime()).toBeGreaterThan(Date.now() + 89 * 86_400_000);
    expect((await linkOf(org.token, assignment.id)).feedbackLink).toBeNull();
    expect((await linkOf(world.coordinator, assignment.id)).feedbackLink).toBeNull();
    // The same link every time: nothing is stored for it.
    expect((await linkOf(kp.token, assignment.id, "ara")).feedbackLink.url).toBe(feedbackLink.url);
  });

  test("one answer per link, without logging in; a second answer is refused and changes nothing; a forged link is INVALID", async () => {
    const lang = world.language();
    const kp = await world.keyPerson({ languages: [lang], login: true });
    const id = await completedFor(kp, lang);
    const token = tokenOf((await linkOf(kp.token, id)).feedbackLink.url);
    expect((await ok(world.url, STATUS, { t: token })).feedbackLinkStatus.state).toBe("OPEN");
    expect((await ok(world.url, SUBMIT, { t: token, input: { ...ALL_YES, language: "tir" } })).submitFeedback).toBe(true);
    const before = await rowCounts(server.dataSource);
    const again = failure(await gql(world.url, SUBMIT, { t: token, input: ALL_YES }));
    expect(again).toMatchObject({ code: "CONFLICT", reason: "FEEDBACK_ALREADY_GIVEN" });
    expect(await rowCounts(server.dataSource)).toEqual(before);
    expect((await ok(world.url, STATUS, { t: token })).feedbackLinkStatus.state).toBe("ANSWERED");
    expect((await linkOf(kp.token, id)).feedbackLink.answered).toBe(true);

    const [assignmentId, signature] = token.split(".");
    const forged = `${Number(assignmentId) + 1}.${signature}`;
    expect((await ok(world.url, STATUS, { t: forged })).feedbackLinkStatus.state).toBe("INVALID");
    expect(failure(await gql(world.url, SUBMIT, { t: forged, input: ALL_YES }))).toMatchObject({ code: "BAD_USER_INPUT", reason: "FEEDBACK_LINK_INVALID" });
    expect(failure(await gql(world.url, SUBMIT, { t: "nonsense", input: ALL_YES })).reason).toBe("FEEDBACK_LINK_INVALID");
    expect(failure(await gql(world.url, SUBMIT, { t: token, input: { ...ALL_YES, helpful: "MAYBE" } })).code).toBe("BAD_USER_INPUT");
    expect(await rowCounts(server.dataSource)).toEqual(before);
  });

  test("the answer row holds no assignment, request or newcomer: only the key person, the municipality and the month", async () => {
    const columns = await server.dataSource.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'newcomer_feedback' ORDER BY column_name`,
    );
    expect(columns.map((c: { column_name: string }) => c.column_name).sort()).toEqual(
      ["answered_month", "felt_safe", "helpful", "id", "key_person_id", "language", "link_hash", "municipality_code", "understood", "would_recommend"].sort(),
    );
  });

  test("two answers at once on one link: exactly one is taken", async () => {
    const lang = world.language();
    const kp = await world.keyPerson({ languages: [lang], login: true });
    const id = await completedFor(kp, lang);
    const token = tokenOf((await linkOf(kp.token, id)).feedbackLink.url);
    const results = await Promise.all([1, 2, 3].map(() => gql(world.url, SUBMIT, { t: token, input: ALL_YES })));
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => r.errors).map((r) => failure(r).reason)).toEqual(["FEEDBACK_ALREADY_GIVEN", "FEEDBACK_ALREADY_GIVEN"]);
  });

  test("a link of an assignment that ended more than 90 days ago is EXPIRED and takes no answer", async () => {
    const lang = world.language();
    const kp = await world.keyPerson({ languages: [lang], login: true });
    const id = await completedFor(kp, lang);
    const token = tokenOf((await linkOf(kp.token, id)).feedbackLink.url);
    await server.dataSource.query(`UPDATE assignment SET ended_at = now() - interval '91 days' WHERE id = $1`, [id]);
    expect((await ok(world.url, STATUS, { t: token })).feedbackLinkStatus.state).toBe("EXPIRED");
    expect(failure(await gql(world.url, SUBMIT, { t: token, input: ALL_YES }))).toMatchObject({
      code: "CONFLICT",
      reason: "FEEDBACK_LINK_EXPIRED",
      params: { days: 90 },
    });
  });
});

describe("feedback summaries: nothing below five answers", () => {
  test("four answers show nothing, not even how many; the fifth shows the counts per question", async () => {
    const lang = world.language();
    const kp = await world.keyPerson({ languages: [lang], login: true });
    const answers = [
      ALL_YES,
      ALL_YES,
      { helpful: "PARTLY", feltSafe: "YES", understood: "NO", wouldRecommend: "YES" },
      { helpful: "NO", feltSafe: "YES", understood: "PARTLY", wouldRecommend: "NO" },
      { helpful: "YES", feltSafe: "PARTLY", understood: "YES", wouldRecommend: "YES" },
    ];
    for (const [i, answer] of answers.entries()) {
      const id = await completedFor(kp, lang);
      await ok(world.url, SUBMIT, { t: tokenOf((await linkOf(kp.token, id)).feedbackLink.url), input: answer });
      const { feedbackSummary } = await ok(world.url, SUMMARY, {}, kp.token);
      if (i < 4) {
        expect(feedbackSummary).toEqual({ enough: false, minimum: 5, answers: null, questions: [], ratings: null, averageRating: null });
        const coordinatorView = (await ok(world.url, SUMMARY, { k: kp.id }, world.coordinator)).feedbackSummary;
        expect(coordinatorView).toMatchObject({ enough: false, answers: null, questions: [] });
      }
    }
    const own = (await ok(world.url, SUMMARY, {}, kp.token)).feedbackSummary;
    expect(own).toMatchObject({ enough: true, answers: 5, ratings: null });
    expect(own.questions).toEqual([
      { question: "HELPFUL", yes: 3, partly: 1, no: 1 },
      { question: "FELT_SAFE", yes: 4, partly: 1, no: 0 },
      { question: "UNDERSTOOD", yes: 3, partly: 1, no: 1 },
      { question: "WOULD_RECOMMEND", yes: 4, partly: 0, no: 1 },
    ]);
    expect((await ok(world.url, SUMMARY, { k: kp.id }, world.coordinator)).feedbackSummary).toMatchObject({ enough: true, answers: 5 });
    // Organisations never read newcomers' feedback; a key person never another's.
    expect(failure(await gql(world.url, SUMMARY, { k: kp.id }, org.token)).code).toBe("FORBIDDEN");
    const other = await world.keyPerson({ languages: [lang], login: true });
    expect(failure(await gql(world.url, SUMMARY, { k: kp.id }, other.token)).code).toBe("NOT_FOUND");
    // A regional coordinator elsewhere sees nothing of this key person (Amsterdam, Noord-Holland).
    const utrechtCoordinator = await world.regionalCoordinator(["GM0344"]);
    expect(failure(await gql(world.url, SUMMARY, { k: kp.id }, utrechtCoordinator)).code).toBe("NOT_FOUND");
    expect((await ok(world.url, SUMMARY, {}, utrechtCoordinator)).feedbackSummary.enough).toBe(false);
    expect((await ok(world.url, SUMMARY, { p: "PV27" }, world.coordinator)).feedbackSummary.enough).toBe(true);
    expect((await ok(world.url, SUMMARY, { p: "PV26" }, world.coordinator)).feedbackSummary.enough).toBe(false);
  });
});

describe("the organisation's rating", () => {
  test("the requesting organisation rates a completed assignment once; its organisation and the coordinators read it, the key person not", async () => {
    const lang = world.language();
    const kp = await world.keyPerson({ languages: [lang], login: true });
    const running = await activeFor(kp, lang);
    expect(failure(await gql(world.url, RATE, { a: running.id, input: { score: 4 } }, org.token))).toMatchObject({
      code: "CONFLICT",
      reason: "ASSIGNMENT_NOT_RATEABLE",
    });
    const id = await completedFor(kp, lang);
    const before = await rowCounts(server.dataSource);
    for (const score of [0, 6, 2.5]) {
      expect(failure(await gql(world.url, RATE, { a: id, input: { score } }, org.token)).code).toBe("BAD_USER_INPUT");
    }
    expect(failure(await gql(world.url, RATE, { a: id, input: { score: 4, comment: "x".repeat(1001) } }, org.token)).reason).toBe("TEXT_TOO_LONG");
    expect(failure(await gql(world.url, RATE, { a: id, input: { score: 4 } }, otherOrg.token)).code).toBe("NOT_FOUND");
    expect(failure(await gql(world.url, RATE, { a: id, input: { score: 4 } }, kp.token)).code).toBe("FORBIDDEN");
    expect(await rowCounts(server.dataSource)).toEqual(before);
    const { rateAssignment } = await ok(world.url, RATE, { a: id, input: { score: 4, comment: "  Punctual and warm.  " } }, org.token);
    expect(rateAssignment).toMatchObject({ score: 4, comment: "Punctual and warm." });
    expect(failure(await gql(world.url, RATE, { a: id, input: { score: 5 } }, org.token)).reason).toBe("ASSIGNMENT_ALREADY_RATED");
    expect((await linkOf(org.token, id)).rating).toEqual({ score: 4, comment: "Punctual and warm." });
    expect((await linkOf(world.coordinator, id)).rating).toEqual({ score: 4, comment: "Punctual and warm." });
    expect((await linkOf(kp.token, id)).rating).toBeNull();
    expect((await ok(world.url, SUMMARY, { k: kp.id }, world.coordinator)).feedbackSummary).toMatchObject({ ratings: 1, averageRating: 4 });
    const audit = await server.dataSource.query(
      `SELECT action, detail FROM audit_log WHERE entity_type = 'Assignment' AND entity_id = $1 AND action = 'rateAssignment'`,
      [id],
    );
    expect(audit).toEqual([{ action: "rateAssignment", detail: { score: 4 } }]);
  });
});

describe("complaints", () => {
  test("filed by the organisation, answered by the key person, decided by a coordinator: every step audited and told", async () => {
    const lang = world.language();
    const kp = await world.keyPerson({ languages: [lang], login: true });
    const other = await world.keyPerson({ languages: [lang], login: true });
    const assignment = await activeFor(kp, lang);
    const input = { assignmentId: assignment.id, kind: "LATE", description: "Arrived 40 minutes after the appointment began." };

    expect(failure(await gql(world.url, FILE, { input }, otherOrg.token)).code).toBe("NOT_FOUND");
    expect(failure(await gql(world.url, FILE, { input }, kp.token)).code).toBe("FORBIDDEN");
    expect(failure(await gql(world.url, FILE, { input: { ...input, description: "   " } }, org.token))).toMatchObject({
      code: "BAD_USER_INPUT",
      reason: "VALUE_REQUIRED",
      field: "description",
    });
    const { fileComplaint } = await ok(world.url, FILE, { input }, org.token);
    expect(fileComplaint).toMatchObject({ state: "OPEN", kind: "LATE" });
    expect(failure(await gql(world.url, FILE, { input }, org.token))).toMatchObject({ reason: "COMPLAINT_ALREADY_OPEN", params: { id: fileComplaint.id } });
    const told = await server.dataSource.query(
      `SELECT u.role FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.dedupe_key = $1 ORDER BY u.role`,
      [`complaint:${fileComplaint.id}`],
    );
    expect(told.map((r: { role: string }) => r.role)).toEqual(expect.arrayContaining(["COORDINATOR", "KEY_PERSON"]));

    // Who sees it: its organisation, the key person it is about, the coordinator; not another organisation or key person.
    const seen = async (token: string) => (await ok(world.url, COMPLAINTS, {}, token)).complaints.items.map((c: { id: string }) => c.id);
    expect(await seen(org.token)).toContain(fileComplaint.id);
    expect(await seen(kp.token)).toContain(fileComplaint.id);
    expect(await seen(world.coordinator)).toContain(fileComplaint.id);
    expect(await seen(otherOrg.token)).not.toContain(fileComplaint.id);
    expect(await seen(other.token)).not.toContain(fileComplaint.id);

    // A coordinator waits for the response (or 14 days).
    expect(
      failure(await gql(world.url, DECIDE, { id: fileComplaint.id, input: { decision: "UPHELD", note: "Late twice." } }, world.coordinator)),
    ).toMatchObject({
      code: "CONFLICT",
      reason: "COMPLAINT_AWAITS_RESPONSE",
      params: { days: 14 },
    });
    expect(failure(await gql(world.url, RESPOND, { id: fileComplaint.id, r: "Not mine to answer" }, other.token)).code).toBe("NOT_FOUND");
    const { respondToComplaint } = await ok(world.url, RESPOND, { id: fileComplaint.id, r: "The train was cancelled; I called ahead." }, kp.token);
    expect(respondToComplaint).toMatchObject({ state: "RESPONDED", response: "The train was cancelled; I called ahead." });
    expect(failure(await gql(world.url, RESPOND, { id: fileComplaint.id, r: "Again" }, kp.token)).reason).toBe("COMPLAINT_ALREADY_ANSWERED");
    expect(failure(await gql(world.url, DECIDE, { id: fileComplaint.id, input: { decision: "DISMISSED", note: "x" } }, org.token)).code).toBe("FORBIDDEN");
    const utrechtCoordinator = await world.regionalCoordinator(["GM0344"]);
    expect(failure(await gql(world.url, DECIDE, { id: fileComplaint.id, input: { decision: "DISMISSED", note: "x" } }, utrechtCoordinator)).code).toBe(
      "NOT_FOUND",
    );
    const { decideComplaint } = await ok(
      world.url,
      DECIDE,
      { id: fileComplaint.id, input: { decision: "DISMISSED", note: "Called ahead: no fault." } },
      world.coordinator,
    );
    expect(decideComplaint).toMatchObject({ state: "DISMISSED", decisionNote: "Called ahead: no fault." });
    expect(failure(await gql(world.url, DECIDE, { id: fileComplaint.id, input: { decision: "UPHELD", note: "x" } }, world.coordinator)).reason).toBe(
      "COMPLAINT_ALREADY_DECIDED",
    );
    expect(failure(await gql(world.url, RESPOND, { id: fileComplaint.id, r: "Late" }, kp.token)).reason).toBe("COMPLAINT_ALREADY_DECIDED");

    const audit = await server.dataSource.query(`SELECT action FROM audit_log WHERE entity_type = 'Complaint' AND entity_id = $1 ORDER BY id`, [
      fileComplaint.id,
    ]);
    // The steps, and the attempts of those it was not theirs to take (another key person, the organisation).
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      "fileComplaint",
      "refusedRespondToComplaint",
      "respondToComplaint",
      "refusedDecideComplaint",
      "decideComplaint",
    ]);
    const decided = await server.dataSource.query(
      `SELECT u.role FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.dedupe_key = $1 ORDER BY u.role`,
      [`complaint-decided:${fileComplaint.id}`],
    );
    expect(decided.map((r: { role: string }) => r.role).sort()).toEqual(["KEY_PERSON", "ORGANISATION"]);
  });

  test("after 14 days without a response a coordinator may decide; a proposal that was never worked on takes no complaint", async () => {
    const lang = world.language();
    const kp = await world.keyPerson({ languages: [lang], login: true });
    const assignment = await activeFor(kp, lang);
    const { fileComplaint } = await ok(world.url, FILE, { input: { assignmentId: assignment.id, kind: "NO_SHOW", description: "Did not come." } }, org.token);
    await server.dataSource.query(`UPDATE complaint SET filed_at = now() - interval '15 days' WHERE id = $1`, [fileComplaint.id]);
    const { decideComplaint } = await ok(
      world.url,
      DECIDE,
      { id: fileComplaint.id, input: { decision: "UPHELD", note: "No response in 14 days." } },
      world.coordinator,
    );
    expect(decideComplaint.state).toBe("UPHELD");

    const request = await world.request(org, { languageCodes: [lang] });
    const proposal = await world.propose(org, request.id, kp.id);
    expect(failure(await gql(world.url, FILE, { input: { assignmentId: proposal.id, kind: "CONDUCT", description: "x" } }, org.token))).toMatchObject({
      reason: "ASSIGNMENT_NOT_RATEABLE",
      params: { status: "PROPOSED" },
    });
  });
});

describe("flags and signals", () => {
  test("a key person flags an organisation they worked for, not another; coordinators read and close flags, organisations never", async () => {
    const lang = world.language();
    const kp = await world.keyPerson({ languages: [lang], login: true });
    await activeFor(kp, lang);
    expect(failure(await gql(world.url, FLAG, { input: { organisationId: otherOrg.id, kind: "NOT_PAID" } }, kp.token)).reason).toBe(
      "NOT_YOUR_ORGANISATION_TO_FLAG",
    );
    const { flagOrganisation } = await ok(world.url, FLAG, { input: { organisationId: org.id, kind: "NO_CONTACT_PERSON", note: "Nobody answers." } }, kp.token);
    expect(flagOrganisation).toMatchObject({ kind: "NO_CONTACT_PERSON", note: "Nobody answers.", closedAt: null });
    expect(failure(await gql(world.url, FLAGS, {}, org.token)).code).toBe("FORBIDDEN");
    const coordinatorView = (await ok(world.url, FLAGS, { open: true }, world.coordinator)).organisationFlags.items;
    expect(coordinatorView).toContainEqual({
      id: flagOrganisation.id,
      kind: "NO_CONTACT_PERSON",
      keyPersonName: "Test Key Person",
      organisation: { id: org.id },
    });
    const own = (await ok(world.url, FLAGS, {}, kp.token)).organisationFlags.items;
    expect(own.map((f: { id: string; keyPersonName: string | null }) => [f.id, f.keyPersonName])).toEqual([[flagOrganisation.id, null]]);
    const CLOSE = `mutation($id: ID!, $n: String!) { closeOrganisationFlag(id: $id, note: $n) { id closedAt closingNote } }`;
    expect(
      (await ok(world.url, CLOSE, { id: flagOrganisation.id, n: "Contact person named." }, world.coordinator)).closeOrganisationFlag.closedAt,
    ).not.toBeNull();
    expect(failure(await gql(world.url, CLOSE, { id: flagOrganisation.id, n: "again" }, world.coordinator)).reason).toBe("FLAG_ALREADY_CLOSED");
  });

  test("signals are stored without the key person; months are checked; at most ten a month each; coordinators see counts", async () => {
    const kp = await world.keyPerson({ languages: [world.language()], login: true });
    const month = new Date().toISOString().slice(0, 7);
    const before = await rowCounts(server.dataSource);
    for (const [value, reason] of [
      ["2026-13", "NOT_A_MONTH"],
      ["2999-01", "MONTH_IN_FUTURE"],
      ["2020-01", "MONTH_TOO_OLD"],
    ]) {
      expect(failure(await gql(world.url, SIGNAL, { input: { category: "SAFETY", municipalityCode: "GM0363", month: value } }, kp.token)).reason).toBe(reason);
    }
    expect(failure(await gql(world.url, SIGNAL, { input: { category: "SAFETY", municipalityCode: "GM9999", month } }, kp.token)).reason).toBe("UNKNOWN_CODE");
    expect(failure(await gql(world.url, SIGNAL, { input: { category: "SAFETY", municipalityCode: "GM0363", month } }, org.token)).code).toBe("FORBIDDEN");
    expect(await rowCounts(server.dataSource)).toEqual(before);
    for (let i = 0; i < 10; i++) {
      const category = i < 7 ? "SAFETY" : "ACCESS_TO_CARE";
      expect((await ok(world.url, SIGNAL, { input: { category, municipalityCode: "GM0363", month } }, kp.token)).fileLocationSignal).toBe(true);
    }
    expect(failure(await gql(world.url, SIGNAL, { input: { category: "SAFETY", municipalityCode: "GM0363", month } }, kp.token))).toMatchObject({
      reason: "TOO_MANY_SIGNALS",
      params: { max: 10 },
    });
    const columns = await server.dataSource.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'location_signal' ORDER BY column_name`,
    );
    expect(columns.map((c: { column_name: string }) => c.column_name)).toEqual(["category", "filed_month", "id", "month", "municipality_code"]);
    // Nothing in the audit log ties the key person to a signal (the organisation's refused attempt is logged as any refusal).
    const audited = await server.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log a JOIN app_user u ON u.id = a.actor_user_id WHERE u.key_person_id = $1 AND a.action ILIKE '%signal%'`,
      [kp.id],
    );
    expect(audited[0].n).toBe(0);

    const { voiceOverview } = await ok(world.url, OVERVIEW, {}, world.coordinator);
    expect(voiceOverview.signalsByCategory).toEqual(
      expect.arrayContaining([
        { code: "SAFETY", count: 7 },
        { code: "ACCESS_TO_CARE", count: 3 },
      ]),
    );
    expect(voiceOverview.signals).toContainEqual({ municipalityCode: "GM0363", month, category: "SAFETY", count: 7 });
    const utrechtCoordinator = await world.regionalCoordinator(["GM0344"]);
    expect((await ok(world.url, OVERVIEW, {}, utrechtCoordinator)).voiceOverview.signals).toEqual([]);
    expect(failure(await gql(world.url, OVERVIEW, {}, org.token)).code).toBe("FORBIDDEN");
    expect(failure(await gql(world.url, OVERVIEW, {}, kp.token)).code).toBe("FORBIDDEN");
  });
});
