// Reports (issue 20, docs/reports.md): the tables checked against figures computed by hand
// from a small world built here (no demo data), the period's edges, who sees what, and the
// refusals. The world is made through the API; its dates are then set in SQL inside March
// 2026 (and just outside it), so every count is exact. Times are UTC; the period is the
// calendar month in the Netherlands (UTC+1 until 29 March, UTC+2 after).
import { gql, ok } from "../support/graphql";
import {
  AMSTERDAM,
  failure,
  MatchingWorld,
  refusedUnchanged,
  startMatchingSuite,
  UTRECHT,
  type KeyPerson,
  type Organisation,
} from "../support/matching-fixtures";
import type { TestServer } from "../support/server";

jest.setTimeout(120_000);

let server: TestServer, world: MatchingWorld, org: Organisation, otherOrg: Organisation;
const REPORT = `query($input: ReportInput!) { report(input: $input) { period start end scope
  tables { code section chart columns { code unit } rows { keyKind key label values } } } }`;
const MARCH = { period: "MONTH", start: "2026-03-01" };

type Table = { code: string; columns: { code: string }[]; rows: { keyKind: string; key: string; label: string | null; values: (number | null)[] }[] };
const report = async (token: string, input: Record<string, unknown> = MARCH) => (await ok(server.url, REPORT, { input }, token)).report;
const tableOf = (r: { tables: Table[] }, code: string) => {
  const found = r.tables.find((t) => t.code === code);
  if (!found) throw new Error(`no table ${code}`);
  return found;
};
/** The values of a row by its key, as { column: value }. */
const line = (t: Table, key: string) => {
  const found = t.rows.find((r) => r.key === key);
  if (!found) throw new Error(`no row ${key} in ${t.code}`);
  return Object.fromEntries(t.columns.map((c, i) => [c.code, found.values[i]]));
};

const sql = (text: string, params: unknown[] = []) => server.dataSource.query(text, params);

let lang: string, noOne: string;
let kpA: KeyPerson, kpB: KeyPerson, kpU: KeyPerson, kpL: KeyPerson, kpM: KeyPerson;
let regional: string, regionalUtrecht: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  ({ server, world, org, otherOrg } = await startMatchingSuite(["GGD Amsterdam", "Kliniek Utrecht"], "GM0344"));
  lang = world.language();
  noOne = world.language();
  kpA = await world.keyPerson({ languages: [lang], at: AMSTERDAM, login: true });
  kpB = await world.keyPerson({ languages: [lang], at: AMSTERDAM, login: true });
  kpU = await world.keyPerson({ languages: [lang], at: UTRECHT, login: true });
  kpL = await world.keyPerson({ languages: ["nld"], at: AMSTERDAM });
  kpM = await world.keyPerson({ languages: ["nld"], at: AMSTERDAM });
  regional = await world.regionalCoordinator(["GM0363"]);
  regionalUtrecht = await world.regionalCoordinator(["GM0344"]);

  // r1: accepted by A two days after it was made.
  const r1 = await world.request(org, { languageCodes: [lang] });
  const a1 = await world.activeAssignment(org, r1.id, kpA);
  // r2: A declines, B accepts ten days after it was made.
  const r2 = await world.request(org, { languageCodes: [lang] });
  const a2declined = await world.propose(org, r2.id, kpA.id);
  await world.respond(kpA, a2declined.id, false, "No time");
  const waiting = (await world.assignmentRows({ requestId: r2.id })).find((a) => a.status === "PROPOSED");
  const a2proposal = waiting ? { id: String(waiting.id) } : await world.propose(org, r2.id, kpB.id);
  expect(waiting === undefined || String(waiting.key_person_id) === kpB.id).toBe(true);
  const a2 = await world.respond(kpB, a2proposal.id, true);
  // r3: made on the last evening of March (23:00 in Amsterdam): in. Open.
  const r3 = await world.request(org, { languageCodes: [lang, "ara"] });
  // r4: made 30 minutes after midnight on 1 April in Amsterdam (still 31 March in UTC): out.
  const r4 = await world.request(org, { languageCodes: [lang] });
  // r5: the other organisation's, in Utrecht, accepted by U after six days.
  const r5 = await world.request(otherOrg, { languageCodes: [lang], location: UTRECHT });
  const a5 = await world.activeAssignment(otherOrg, r5.id, kpU);
  // r6: nobody speaks its language: unmet.
  const r6 = await world.request(org, { languageCodes: [noOne] });
  Object.assign(ids, { r1: r1.id, r2: r2.id, r3: r3.id, r4: r4.id, r5: r5.id, r6: r6.id, a1: a1.id, a2: a2.id, a2declined: a2declined.id, a5: a5.id });

  const at = async (table: string, id: string, column: string, value: string) => sql(`UPDATE ${table} SET ${column} = $1 WHERE id = $2`, [value, Number(id)]);
  await at("match_request", r1.id, "created_at", "2026-03-02T12:00:00Z");
  await at("assignment", a1.id, "proposed_at", "2026-03-02T13:00:00Z");
  await at("assignment", a1.id, "responded_at", "2026-03-04T12:00:00Z");
  await at("match_request", r2.id, "created_at", "2026-03-10T12:00:00Z");
  await at("assignment", a2declined.id, "proposed_at", "2026-03-10T13:00:00Z");
  await at("assignment", a2declined.id, "responded_at", "2026-03-11T12:00:00Z");
  await at("assignment", a2.id, "proposed_at", "2026-03-12T12:00:00Z");
  await at("assignment", a2.id, "responded_at", "2026-03-20T12:00:00Z");
  await at("match_request", r3.id, "created_at", "2026-03-31T21:00:00Z");
  await at("match_request", r4.id, "created_at", "2026-03-31T22:30:00Z");
  await at("match_request", r5.id, "created_at", "2026-03-15T12:00:00Z");
  await at("assignment", a5.id, "proposed_at", "2026-03-15T13:00:00Z");
  await at("assignment", a5.id, "responded_at", "2026-03-21T12:00:00Z");
  await at("match_request", r6.id, "created_at", "2026-03-05T12:00:00Z");
  await at("match_request", r6.id, "unmet_since", "2026-03-05T12:00:00Z");
  await sql(`UPDATE match_request SET unmet_exclusions = '{"LANGUAGE": 2, "REACH": 1, "STATUS": 0}' WHERE id = $1`, [Number(r6.id)]);

  // Key persons: A, B and U joined in January; L in March, M in February; L left on 31 March, M on 1 April.
  await sql(`UPDATE key_person SET created_at = '2026-01-15T12:00:00Z' WHERE id = ANY($1::int[])`, [[kpA.id, kpB.id, kpU.id].map(Number)]);
  await sql(`UPDATE key_person SET created_at = '2026-03-10T12:00:00Z' WHERE id = $1`, [Number(kpL.id)]);
  await sql(`UPDATE key_person SET created_at = '2026-02-01T12:00:00Z' WHERE id = $1`, [Number(kpM.id)]);
  const SET = `mutation($id: ID!, $r: LeavingReason) { setKeyPersonStatus(id: $id, status: INACTIVE, leavingReason: $r) { id } }`;
  await ok(server.url, SET, { id: kpL.id, r: "MOVED" }, world.coordinator);
  await ok(server.url, SET, { id: kpM.id, r: "PAID_WORK" }, world.coordinator);
  await sql(`UPDATE key_person SET left_on = '2026-03-31' WHERE id = $1`, [Number(kpL.id)]);
  await sql(`UPDATE key_person SET left_on = '2026-04-01' WHERE id = $1`, [Number(kpM.id)]);

  // Hours: on the first and the last day in, the day after out, a rejected entry never.
  const orgFunder = `ORGANISATION:${org.id}`;
  const otherFunder = `ORGANISATION:${otherOrg.id}`;
  const hours = [
    [a1.id, kpA.id, orgFunder, "2026-03-31", 3, "APPROVED", 1500, "SUPPORT", null],
    [a1.id, kpA.id, orgFunder, "2026-04-01", 5, "APPROVED", 2500, "SUPPORT", null],
    [a2.id, kpB.id, orgFunder, "2026-03-01", 2, "SUBMITTED", null, "SUPPORT", null],
    [a2.id, kpB.id, orgFunder, "2026-03-05", 4, "REJECTED", null, "SUPPORT", null],
    [a5.id, kpU.id, otherFunder, "2026-03-20", 1.5, "APPROVED", 750, "SUPPORT", null],
    [null, kpA.id, "NATIONAL_SCHEME", "2026-03-15", 1, "SUBMITTED", null, null, "TRAINING"],
  ];
  for (const [assignment, kp, funder, date, h, status, allowance, activity, own] of hours)
    await sql(
      `INSERT INTO hour_entry (assignment_id, key_person_id, funder, date, hours, status, allowance_cents, activity, own_activity)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [assignment === null ? null : Number(assignment), Number(kp), funder, date, h, status, allowance, activity, own],
    );

  // Referrals to care, by sending time in Amsterdam: f1 answered in 2 days, an appointment in 4; f2 declined in 1 day;
  // f3 (Utrecht, the other organisation's case) unanswered; f5 sent 00:30 on 1 March in Amsterdam (in); f4 on 1 April (out).
  const [service] = await sql(`INSERT INTO care_service (organisation_id, name) VALUES ($1, 'Zorgdienst') RETURNING id`, [Number(otherOrg.id)]);
  const referrals = [
    [a1.id, "GM0363", "APPOINTMENT_MADE", "2026-03-02T10:00:00Z", "2026-03-04T10:00:00Z", null, "2026-03-06T10:00:00Z"],
    [a1.id, "GM0363", "DECLINED", "2026-03-10T10:00:00Z", null, "2026-03-11T10:00:00Z", null],
    [a5.id, "GM0344", "SENT", "2026-03-20T10:00:00Z", null, null, null],
    [a1.id, "GM0363", "SENT", "2026-03-31T22:30:00Z", null, null, null],
    [a1.id, "GM0363", "SENT", "2026-02-28T23:30:00Z", null, null, null],
  ];
  for (const [assignment, municipality, state, sent, accepted, declined, appointment] of referrals)
    await sql(
      `INSERT INTO referral (assignment_id, care_service_id, state, topic, municipality_code, consent_at, shares_municipality, shares_language, shares_topic,
         sent_at, accepted_at, declined_at, appointment_made_at)
       VALUES ($1, $2, $3, 'SGBV', $4, $5, true, false, true, $5, $6, $7, $8)`,
      [Number(assignment), service.id, state, municipality, sent, accepted, declined, appointment],
    );

  // Supervision and training: A intervision on the last day and a training; B supervision on the first; U intervision the day after.
  for (const [kp, date, kind] of [
    [kpA.id, "2026-03-31", "INTERVISION"],
    [kpA.id, "2026-03-10", "TRAINING"],
    [kpB.id, "2026-03-01", "SUPERVISION"],
    [kpU.id, "2026-04-01", "INTERVISION"],
  ])
    await sql(`INSERT INTO supervision_session (key_person_id, date, kind) VALUES ($1, $2, $3)`, [Number(kp), date, kind]);
  // Qualifications: B's valid through the last day (counts), U's through the day before (does not).
  const [{ code: qualificationType }] = await sql(`SELECT code FROM qualification_type ORDER BY code LIMIT 1`);
  for (const [kp, until] of [
    [kpB.id, "2026-03-31"],
    [kpU.id, "2026-03-30"],
  ])
    await sql(
      `INSERT INTO qualification (key_person_id, type_code, issuer, obtained_on, valid_until, status) VALUES ($1, $2, 'Test', '2025-01-01', $3, 'VERIFIED')`,
      [Number(kp), qualificationType, until],
    );
  // Wellbeing: A checks in late on 31 March (22:00 in Amsterdam) and asks for contact; B on 1 April.
  await sql(
    `INSERT INTO wellbeing_check_in (key_person_id, at, strain, emotional_impact, support, contact_requested) VALUES ($1, '2026-03-31T20:00:00Z', 3, 3, 3, true), ($2, '2026-04-01T10:00:00Z', 1, 1, 5, false)`,
    [Number(kpA.id), Number(kpB.id)],
  );
  // Moves: r1 kept its key person; r2 lost it and nobody took over; r5 was handed over; r1 again after March.
  const move = (request: string, at: string, municipalityCode: string, kept: boolean) =>
    sql(`INSERT INTO audit_log (at, action, entity_type, entity_id, detail) VALUES ($1, 'relocateNewcomer', 'MatchRequest', $2, $3)`, [
      at,
      request,
      JSON.stringify({ municipalityCode, kept, ended: [] }),
    ]);
  await move(r1.id, "2026-03-22T10:00:00Z", "GM0363", true);
  await move(r2.id, "2026-03-25T10:00:00Z", "GM0363", false);
  await move(r5.id, "2026-03-27T10:00:00Z", "GM0344", false);
  await move(r1.id, "2026-04-01T10:00:00Z", "GM0363", true);
  await sql(
    `INSERT INTO assignment_handover (match_request_id, from_assignment_id, to_assignment_id, handed_over_on, overlap_until, created_at) VALUES ($1, $2, $2, '2026-03-28', '2026-04-11', '2026-03-28T10:00:00Z')`,
    [Number(r5.id), Number(a5.id)],
  );
  // Newcomers' feedback: five answers about Amsterdam in March, two about Utrecht; one about Amsterdam in April.
  const answers = [
    ["GM0363", "2026-03", "YES"],
    ["GM0363", "2026-03", "YES"],
    ["GM0363", "2026-03", "YES"],
    ["GM0363", "2026-03", "YES"],
    ["GM0363", "2026-03", "NO"],
    ["GM0344", "2026-03", "PARTLY"],
    ["GM0344", "2026-03", "PARTLY"],
    ["GM0363", "2026-04", "NO"],
  ];
  for (const [i, [municipality, month, helpful]] of answers.entries())
    await sql(
      `INSERT INTO newcomer_feedback (link_hash, municipality_code, answered_month, helpful, felt_safe, understood, would_recommend) VALUES ($1, $2, $3, $4, 'YES', 'YES', 'YES')`,
      [`report-test-${i}`, municipality, month, helpful],
    );
});
afterAll(async () => {
  await server?.stop();
});

describe("the national coordinator's March", () => {
  let r: { period: string; start: string; end: string; scope: string; tables: Table[] };
  beforeAll(async () => {
    r = await report(world.coordinator);
  });

  test("the period and every table", () => {
    expect([r.period, r.start, r.end, r.scope]).toEqual(["MONTH", "2026-03-01", "2026-03-31", "NATIONAL"]);
    expect(r.tables.map((t) => t.code)).toEqual([
      "REQUESTS_BY_KIND",
      "REQUESTS_BY_LANGUAGE",
      "REQUESTS_BY_EXPERTISE",
      "REQUEST_OUTCOMES",
      "TIME_TO_ACCEPTANCE",
      "UNMET_BY_RULE",
      "CONTINUITY",
      "REFERRALS_BY_STATE",
      "HOURS_BY_ACTIVITY_AND_FUNDER",
      "KEY_PERSONS_FLOW",
      "LEAVING_REASONS",
      "SUPERVISION_COVERAGE",
      "TRAINING_COVERAGE",
      "WELLBEING",
      "FEEDBACK",
    ]);
  });

  test("requests by kind: r1, r2, r3 (last evening, in), r5, r6; not r4 (after midnight in Amsterdam); three matched, r6 unmet", () => {
    const t = tableOf(r, "REQUESTS_BY_KIND");
    expect(line(t, "CASE_SUPPORT")).toEqual({ REQUESTS: 5, MATCHED: 3, MATCHED_SHARE: 60, UNMET_NOW: 1 });
    expect(line(t, "APPOINTMENT")).toEqual({ REQUESTS: 0, MATCHED: 0, MATCHED_SHARE: null, UNMET_NOW: 0 });
    expect(line(t, "TOTAL")).toEqual({ REQUESTS: 5, MATCHED: 3, MATCHED_SHARE: 60, UNMET_NOW: 1 });
  });

  test("requests by language: a request asking two languages counts in both", () => {
    const t = tableOf(r, "REQUESTS_BY_LANGUAGE");
    expect(line(t, lang)).toEqual({ REQUESTS: 4, MATCHED: 3, MATCHED_SHARE: 75 });
    expect(line(t, "ara")).toEqual({ REQUESTS: 1, MATCHED: 0, MATCHED_SHARE: 0 });
    expect(line(t, noOne)).toEqual({ REQUESTS: 1, MATCHED: 0, MATCHED_SHARE: 0 });
    expect(t.rows.find((row) => row.key === "ara")?.label).toBe("Arabic");
    expect(tableOf(r, "REQUESTS_BY_EXPERTISE").rows).toEqual([]);
  });

  test("proposals: three accepted, one declined", () => {
    const t = tableOf(r, "REQUEST_OUTCOMES");
    expect(line(t, "ACCEPTED")).toEqual({ PROPOSALS: 3, SHARE: 75 });
    expect(line(t, "DECLINED")).toEqual({ PROPOSALS: 1, SHARE: 25 });
    expect(line(t, "EXPIRED")).toEqual({ PROPOSALS: 0, SHARE: 0 });
    expect(line(t, "TOTAL")).toEqual({ PROPOSALS: 4, SHARE: 100 });
  });

  test("time to acceptance: 2, 6 and 10 days: median 6, p90 9.2", () => {
    const t = tableOf(r, "TIME_TO_ACCEPTANCE");
    expect(line(t, "CASE_SUPPORT")).toEqual({ ACCEPTED: 3, MEDIAN_DAYS: 6, P90_DAYS: 9.2 });
    expect(line(t, "CONSULT")).toEqual({ ACCEPTED: 0, MEDIAN_DAYS: null, P90_DAYS: null });
    expect(line(t, "TOTAL")).toEqual({ ACCEPTED: 3, MEDIAN_DAYS: 6, P90_DAYS: 9.2 });
  });

  test("unmet by rule: r6, language 2 and reach 1 (a rule that excluded none is no row)", () => {
    const t = tableOf(r, "UNMET_BY_RULE");
    expect(t.rows.map((row) => row.key)).toEqual(["LANGUAGE", "REACH", "TOTAL"]);
    expect(line(t, "LANGUAGE")).toEqual({ REQUESTS: 1, CANDIDATES_EXCLUDED: 2 });
    expect(line(t, "REACH")).toEqual({ REQUESTS: 1, CANDIDATES_EXCLUDED: 1 });
    expect(line(t, "TOTAL")).toEqual({ REQUESTS: 1, CANDIDATES_EXCLUDED: 3 });
  });

  test("continuity: one move kept its key person, one was handed over, one lost support; the April move is out", () => {
    const t = tableOf(r, "CONTINUITY");
    expect(line(t, "SAME_KEY_PERSON")).toEqual({ MOVES: 1, SHARE: 33.3 });
    expect(line(t, "HANDED_OVER")).toEqual({ MOVES: 1, SHARE: 33.3 });
    expect(line(t, "WITHOUT_SUPPORT")).toEqual({ MOVES: 1, SHARE: 33.3 });
    expect(line(t, "TOTAL")).toEqual({ MOVES: 3, SHARE: 100 });
  });

  test("referrals: f1, f2, f3 and f5 (00:30 on 1 March in Amsterdam), not f4 (1 April); medians over the answered ones", () => {
    const t = tableOf(r, "REFERRALS_BY_STATE");
    expect(t.rows.map((row) => row.key)).toEqual(["SENT", "ACCEPTED", "DECLINED", "APPOINTMENT_MADE", "WAITING_LIST", "COMPLETED", "WITHDRAWN", "TOTAL"]);
    expect(line(t, "APPOINTMENT_MADE")).toEqual({ REFERRALS: 1, MEDIAN_DAYS_TO_ANSWER: 2, MEDIAN_DAYS_TO_APPOINTMENT: 4 });
    expect(line(t, "DECLINED")).toEqual({ REFERRALS: 1, MEDIAN_DAYS_TO_ANSWER: 1, MEDIAN_DAYS_TO_APPOINTMENT: null });
    expect(line(t, "SENT")).toEqual({ REFERRALS: 2, MEDIAN_DAYS_TO_ANSWER: null, MEDIAN_DAYS_TO_APPOINTMENT: null });
    expect(line(t, "ACCEPTED")).toEqual({ REFERRALS: 0, MEDIAN_DAYS_TO_ANSWER: null, MEDIAN_DAYS_TO_APPOINTMENT: null });
    // the median of 2 and 1 days to an answer; 4 days to the one appointment
    expect(line(t, "TOTAL")).toEqual({ REFERRALS: 4, MEDIAN_DAYS_TO_ANSWER: 1.5, MEDIAN_DAYS_TO_APPOINTMENT: 4 });
  });

  test("hours by funder and kind of work: the first and last day in, the next day and rejected hours out", () => {
    const t = tableOf(r, "HOURS_BY_ACTIVITY_AND_FUNDER");
    expect(t.rows.map((row) => row.key)).toEqual(["NATIONAL_SCHEME", `ORGANISATION:${org.id}`, `ORGANISATION:${otherOrg.id}`, "TOTAL"]);
    expect(t.rows[1].label).toBe("GGD Amsterdam");
    expect(line(t, "NATIONAL_SCHEME")).toMatchObject({ CASE_SUPPORT: 0, TRAINING: 1, DECLARED_HOURS: 1, APPROVED_HOURS: 0, ALLOWANCES: 0 });
    expect(line(t, `ORGANISATION:${org.id}`)).toMatchObject({ CASE_SUPPORT: 5, TRAINING: 0, DECLARED_HOURS: 5, APPROVED_HOURS: 3, ALLOWANCES: 15 });
    expect(line(t, `ORGANISATION:${otherOrg.id}`)).toMatchObject({ CASE_SUPPORT: 1.5, DECLARED_HOURS: 1.5, APPROVED_HOURS: 1.5, ALLOWANCES: 7.5 });
    expect(line(t, "TOTAL")).toMatchObject({ CASE_SUPPORT: 6.5, TRAINING: 1, DECLARED_HOURS: 7.5, APPROVED_HOURS: 4.5, ALLOWANCES: 22.5 });
  });

  test("key persons: L joined and left (31 March, in); M left on 1 April (out, still registered); three worked", () => {
    const t = tableOf(r, "KEY_PERSONS_FLOW");
    expect(line(t, "PV27")).toEqual({ NEW: 1, WORKING: 2, LEFT: 1, REGISTERED_AT_END: 3 });
    expect(t.rows.find((row) => row.key === "PV27")?.label).toBe("Noord-Holland");
    expect(line(t, "PV26")).toEqual({ NEW: 0, WORKING: 1, LEFT: 0, REGISTERED_AT_END: 1 });
    expect(line(t, "TOTAL")).toEqual({ NEW: 1, WORKING: 3, LEFT: 1, REGISTERED_AT_END: 4 });
    const reasons = tableOf(r, "LEAVING_REASONS");
    expect(line(reasons, "MOVED")).toEqual({ KEY_PERSONS: 1, SHARE: 100 });
    expect(line(reasons, "PAID_WORK")).toEqual({ KEY_PERSONS: 0, SHARE: 0 });
    expect(line(reasons, "TOTAL")).toEqual({ KEY_PERSONS: 1, SHARE: 100 });
  });

  test("supervision and training of the four registered at the end", () => {
    const s = tableOf(r, "SUPERVISION_COVERAGE");
    expect(line(s, "INTERVISION")).toEqual({ WITH_SESSION: 1, KEY_PERSONS: 4, SHARE: 25 });
    expect(line(s, "SUPERVISION")).toEqual({ WITH_SESSION: 1, KEY_PERSONS: 4, SHARE: 25 });
    expect(line(s, "ANY")).toEqual({ WITH_SESSION: 2, KEY_PERSONS: 4, SHARE: 50 });
    const t = tableOf(r, "TRAINING_COVERAGE");
    expect(line(t, "TRAINING")).toEqual({ KEY_PERSONS_WITH: 1, KEY_PERSONS: 4, SHARE: 25 });
    expect(line(t, "QUALIFICATION")).toEqual({ KEY_PERSONS_WITH: 1, KEY_PERSONS: 4, SHARE: 25 });
  });

  test("wellbeing as counts: A checked in (late on 31 March) and asked for contact; the statuses of the three active add up", () => {
    const t = tableOf(r, "WELLBEING");
    expect(line(t, "CHECKED_IN")).toEqual({ KEY_PERSONS: 1 });
    expect(line(t, "CONTACT_REQUESTED")).toEqual({ KEY_PERSONS: 1 });
    const statuses = t.rows.filter((row) => row.keyKind === "STATUS");
    expect(statuses.map((row) => row.key)).toEqual(["GREEN", "AMBER", "RED", "UNKNOWN"]);
    expect(statuses.reduce((sum, row) => sum + (row.values[0] ?? 0), 0)).toBe(3);
  });

  test("feedback: seven answers in March (April's not), shares per question", () => {
    const t = tableOf(r, "FEEDBACK");
    expect(line(t, "HELPFUL")).toEqual({ ANSWERS: 7, YES: 57.1, PARTLY: 28.6, NO: 14.3, AVERAGE_SCORE: null });
    expect(line(t, "FELT_SAFE")).toEqual({ ANSWERS: 7, YES: 100, PARTLY: 0, NO: 0, AVERAGE_SCORE: null });
    // No organisation rated an assignment: nothing below the minimum is shown, not even the count.
    expect(line(t, "ORGANISATION_RATING")).toEqual({ ANSWERS: null, YES: null, PARTLY: null, NO: null, AVERAGE_SCORE: null });
  });
});

describe("periods", () => {
  test("a quarter and a year hold March; February's month holds none of it", async () => {
    const quarter = await report(world.coordinator, { period: "QUARTER", start: "2026-01-01" });
    expect(quarter.end).toBe("2026-03-31");
    expect(line(tableOf(quarter, "REQUESTS_BY_KIND"), "TOTAL").REQUESTS).toBe(5);
    // Key persons: A, B, U joined in January, M in February, L in March; L left in the quarter.
    expect(line(tableOf(quarter, "KEY_PERSONS_FLOW"), "TOTAL")).toEqual({ NEW: 5, WORKING: 3, LEFT: 1, REGISTERED_AT_END: 4 });
    const year = await report(world.coordinator, { period: "YEAR", start: "2026-01-01" });
    expect(year.end).toBe("2026-12-31");
    // The year holds r4 too (1 April in Amsterdam), and M's leaving.
    expect(line(tableOf(year, "REQUESTS_BY_KIND"), "TOTAL").REQUESTS).toBe(6);
    expect(line(tableOf(year, "LEAVING_REASONS"), "PAID_WORK").KEY_PERSONS).toBe(1);
    const april = await report(world.coordinator, { period: "MONTH", start: "2026-04-01" });
    expect(line(tableOf(april, "REQUESTS_BY_KIND"), "TOTAL").REQUESTS).toBe(1);
    expect(line(tableOf(april, "HOURS_BY_ACTIVITY_AND_FUNDER"), "TOTAL")).toMatchObject({ DECLARED_HOURS: 5 });
    const february = await report(world.coordinator, { period: "MONTH", start: "2026-02-01" });
    expect(line(tableOf(february, "REQUESTS_BY_KIND"), "TOTAL").REQUESTS).toBe(0);
    expect(line(tableOf(february, "KEY_PERSONS_FLOW"), "TOTAL")).toEqual({ NEW: 1, WORKING: 0, LEFT: 0, REGISTERED_AT_END: 4 });
  });
});

describe("scope", () => {
  test("a regional coordinator sees their municipalities only: Amsterdam's requests, hours of key persons living there, moves to there", async () => {
    const r = await report(regional);
    expect(r.scope).toBe("REGION");
    expect(line(tableOf(r, "REQUESTS_BY_KIND"), "TOTAL")).toEqual({ REQUESTS: 4, MATCHED: 2, MATCHED_SHARE: 50, UNMET_NOW: 1 });
    expect(line(tableOf(r, "HOURS_BY_ACTIVITY_AND_FUNDER"), "TOTAL")).toMatchObject({ DECLARED_HOURS: 6, APPROVED_HOURS: 3, ALLOWANCES: 15 });
    expect(line(tableOf(r, "CONTINUITY"), "TOTAL").MOVES).toBe(2);
    // referrals by their own municipality: f1, f2 and f5 in Amsterdam, not Utrecht's f3
    expect(line(tableOf(r, "REFERRALS_BY_STATE"), "TOTAL")).toEqual({ REFERRALS: 3, MEDIAN_DAYS_TO_ANSWER: 1.5, MEDIAN_DAYS_TO_APPOINTMENT: 4 });
    expect(line(tableOf(r, "KEY_PERSONS_FLOW"), "TOTAL")).toEqual({ NEW: 1, WORKING: 2, LEFT: 1, REGISTERED_AT_END: 3 });
    expect(line(tableOf(r, "FEEDBACK"), "HELPFUL")).toEqual({ ANSWERS: 5, YES: 80, PARTLY: 0, NO: 20, AVERAGE_SCORE: null });
    // Utrecht's two answers are below the minimum of five: suppressed, the count too.
    const utrecht = await report(regionalUtrecht);
    expect(line(tableOf(utrecht, "FEEDBACK"), "HELPFUL")).toEqual({ ANSWERS: null, YES: null, PARTLY: null, NO: null, AVERAGE_SCORE: null });
    // The national coordinator narrowing to a province: Noord-Holland is Amsterdam here.
    const province = await report(world.coordinator, { ...MARCH, provinceCode: "PV27" });
    expect(province.scope).toBe("REGION");
    expect(line(tableOf(province, "REQUESTS_BY_KIND"), "TOTAL").REQUESTS).toBe(4);
  });

  test("outside the region is refused: a municipality or a province with none of theirs", async () => {
    expect(failure(await gql(server.url, REPORT, { input: { ...MARCH, municipalityCodes: ["GM0344"] } }, regional))).toMatchObject({
      code: "FORBIDDEN",
      reason: "OUTSIDE_REGION",
    });
    expect(failure(await gql(server.url, REPORT, { input: { ...MARCH, provinceCode: "PV26" } }, regional))).toMatchObject({
      code: "FORBIDDEN",
      reason: "OUTSIDE_REGION",
    });
  });

  test("an organisation sees its own requests and the hours it funds, and no tables about key persons", async () => {
    const r = await report(otherOrg.token);
    expect(r.scope).toBe("ORGANISATION");
    expect(r.tables.map((t: Table) => t.code)).toEqual([
      "REQUESTS_BY_KIND",
      "REQUESTS_BY_LANGUAGE",
      "REQUESTS_BY_EXPERTISE",
      "REQUEST_OUTCOMES",
      "TIME_TO_ACCEPTANCE",
      "UNMET_BY_RULE",
      "CONTINUITY",
      "REFERRALS_BY_STATE",
      "HOURS_BY_ACTIVITY_AND_FUNDER",
    ]);
    expect(line(tableOf(r, "REQUESTS_BY_KIND"), "TOTAL")).toEqual({ REQUESTS: 1, MATCHED: 1, MATCHED_SHARE: 100, UNMET_NOW: 0 });
    expect(line(tableOf(r, "TIME_TO_ACCEPTANCE"), "TOTAL")).toEqual({ ACCEPTED: 1, MEDIAN_DAYS: 6, P90_DAYS: 6 });
    expect(tableOf(r, "HOURS_BY_ACTIVITY_AND_FUNDER").rows.map((row: { key: string }) => row.key)).toEqual([`ORGANISATION:${otherOrg.id}`, "TOTAL"]);
    expect(line(tableOf(r, "CONTINUITY"), "HANDED_OVER").MOVES).toBe(1);
    // the referral made in its own case (f3), none of GGD Amsterdam's
    expect(line(tableOf(r, "REFERRALS_BY_STATE"), "TOTAL")).toEqual({ REFERRALS: 1, MEDIAN_DAYS_TO_ANSWER: null, MEDIAN_DAYS_TO_APPOINTMENT: null });
    const own = await report(org.token, { ...MARCH, funder: `ORGANISATION:${org.id}` });
    expect(line(tableOf(own, "REQUESTS_BY_KIND"), "TOTAL").REQUESTS).toBe(4);
    expect(line(tableOf(own, "HOURS_BY_ACTIVITY_AND_FUNDER"), "TOTAL")).toMatchObject({ DECLARED_HOURS: 5 });
  });

  test("the funder narrows the national figures", async () => {
    const r = await report(world.coordinator, { ...MARCH, funder: "NATIONAL_SCHEME" });
    expect(line(tableOf(r, "REQUESTS_BY_KIND"), "TOTAL").REQUESTS).toBe(0);
    expect(line(tableOf(r, "HOURS_BY_ACTIVITY_AND_FUNDER"), "TOTAL")).toMatchObject({ TRAINING: 1, DECLARED_HOURS: 1 });
  });

  test("a key person is refused", async () => {
    expect(failure(await gql(server.url, REPORT, { input: MARCH }, kpA.token))).toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("bad input: a code and a reason, nothing changes", () => {
  test.each([
    [{ period: "MONTH", start: "2026-03-02" }, "REPORT_PERIOD_START", "start", { period: "MONTH", start: "2026-03-02" }],
    [{ period: "QUARTER", start: "2026-02-01" }, "REPORT_PERIOD_START", "start", { period: "QUARTER", start: "2026-02-01" }],
    [{ period: "YEAR", start: "2026-03-01" }, "REPORT_PERIOD_START", "start", { period: "YEAR", start: "2026-03-01" }],
    [{ ...MARCH, municipalityCodes: ["GM9999"] }, "UNKNOWN_CODE", "municipalityCodes", { kind: "municipality", code: "GM9999" }],
    [{ ...MARCH, provinceCode: "PV99" }, "UNKNOWN_CODE", "provinceCode", { kind: "province", code: "PV99" }],
    [{ ...MARCH, funder: "ORGANISATION:999999" }, "UNKNOWN_CODE", "funder", { kind: "funder", code: "ORGANISATION:999999" }],
    [{ ...MARCH, funder: "GGD" }, "UNKNOWN_CODE", "funder", { kind: "funder", code: "GGD" }],
    [{ ...MARCH, municipalityCodes: ["GM0363"], provinceCode: "PV27" }, "REPORT_PLACE_TWICE", "provinceCode", {}],
  ])("%j → %s", async (input, reason, field, params) => {
    const refused = await refusedUnchanged(server, () => gql(server.url, REPORT, { input }, world.coordinator));
    expect(refused).toMatchObject({ code: "BAD_USER_INPUT", reason, field, params });
  });
});

describe("a key person who becomes INACTIVE says why", () => {
  const SET = `mutation($id: ID!, $s: KeyPersonStatus!, $r: LeavingReason, $n: String) {
    setKeyPersonStatus(id: $id, status: $s, leavingReason: $r, leavingNote: $n) { status leavingReason leavingNote leftOn } }`;

  test("without a reason: refused, nothing changes; with one: stored with the day; back to active: cleared", async () => {
    const kp = await world.keyPerson({ languages: ["nld"] });
    const refused = await refusedUnchanged(server, () => gql(server.url, SET, { id: kp.id, s: "INACTIVE" }, world.coordinator));
    expect(refused).toMatchObject({ code: "BAD_USER_INPUT", reason: "LEAVING_REASON_REQUIRED", field: "leavingReason" });
    expect((await sql(`SELECT status FROM key_person WHERE id = $1`, [Number(kp.id)]))[0].status).toBe("ACTIVE");
    // A reason without becoming INACTIVE makes no sense.
    const paused = await refusedUnchanged(server, () => gql(server.url, SET, { id: kp.id, s: "PAUSED", r: "OTHER" }, world.coordinator));
    expect(paused).toMatchObject({ code: "BAD_USER_INPUT", reason: "LEAVING_REASON_NOT_INACTIVE" });

    const today = server.clock.now().toISOString().slice(0, 10);
    const set = (await ok(server.url, SET, { id: kp.id, s: "INACTIVE", r: "OVERLOAD", n: " Too many cases " }, world.coordinator)).setKeyPersonStatus;
    expect(set).toEqual({ status: "INACTIVE", leavingReason: "OVERLOAD", leavingNote: "Too many cases", leftOn: today });
    // An organisation never sees why.
    const seen = await ok(server.url, `query($id: ID!) { keyPerson(id: $id) { leavingReason leftOn } }`, { id: kp.id }, org.token).catch(() => null);
    if (seen?.keyPerson) expect(seen.keyPerson).toEqual({ leavingReason: null, leftOn: null });
    const back = (await ok(server.url, SET, { id: kp.id, s: "ACTIVE" }, world.coordinator)).setKeyPersonStatus;
    expect(back).toEqual({ status: "ACTIVE", leavingReason: null, leavingNote: null, leftOn: null });
  });
});

describe("hours by month (hour_month, kept by triggers on hour_entry)", () => {
  const HOURS_OF = (input: Record<string, unknown>) => report(world.coordinator, input).then((r) => line(tableOf(r, "HOURS_BY_ACTIVITY_AND_FUNDER"), "TOTAL"));
  /** The months as the triggers keep them, and as the entries add up now: they must agree after every write. */
  const monthsAgree = async () => {
    const kept = await sql(`SELECT month::text, key_person_id, funder, assignment_id, own_activity::text, status::text, entries, hours, allowance_cents::int
      FROM hour_month ORDER BY 1, 2, 3, 4, 5, 6`);
    const summed = await sql(`SELECT date_trunc('month', date)::date::text AS month, key_person_id, funder, assignment_id, own_activity::text, status::text,
        count(*)::int AS entries, sum(hours::float8) AS hours, COALESCE(sum(allowance_cents), 0)::int AS allowance_cents
      FROM hour_entry GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6`);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).toEqual(summed);
  };

  test("an entry moved to another month, approved, rejected or deleted moves the report's hours with it", async () => {
    await monthsAgree();
    const march = { period: "MONTH", start: "2026-03-01" };
    const april = { period: "MONTH", start: "2026-04-01" };
    // As seeded: March 7.5 declared, 4.5 approved, € 22.50; April A's 5 approved hours, € 25.
    const before = { march: await HOURS_OF(march), april: await HOURS_OF(april) };
    expect(before.march).toMatchObject({ DECLARED_HOURS: 7.5, APPROVED_HOURS: 4.5, ALLOWANCES: 22.5 });
    expect(before.april).toMatchObject({ DECLARED_HOURS: 5, APPROVED_HOURS: 5, ALLOWANCES: 25 });
    // B's submitted 2 hours of 1 March: moved into April, approved with an allowance of € 10.
    const [{ id }] = await sql(`SELECT id FROM hour_entry WHERE date = '2026-03-01' AND status = 'SUBMITTED'`);
    await sql(`UPDATE hour_entry SET date = '2026-04-02', status = 'APPROVED', allowance_cents = 1000 WHERE id = $1`, [id]);
    await monthsAgree();
    expect(await HOURS_OF(march)).toMatchObject({ DECLARED_HOURS: 5.5, APPROVED_HOURS: 4.5, ALLOWANCES: 22.5 });
    expect(await HOURS_OF(april)).toMatchObject({ DECLARED_HOURS: 7, APPROVED_HOURS: 7, ALLOWANCES: 35 });
    // Rejected: out of every figure; deleted: gone from the months too.
    await sql(`UPDATE hour_entry SET status = 'REJECTED', allowance_cents = NULL WHERE id = $1`, [id]);
    await monthsAgree();
    expect(await HOURS_OF(april)).toEqual(before.april);
    const [deleted] = await sql(`SELECT assignment_id, key_person_id, funder, hours, activity FROM hour_entry WHERE id = $1`, [id]);
    await sql(`DELETE FROM hour_entry WHERE id = $1`, [id]);
    await monthsAgree();
    // Back as it was, for the tests that follow.
    await sql(
      `INSERT INTO hour_entry (assignment_id, key_person_id, funder, date, hours, status, activity) VALUES ($1, $2, $3, '2026-03-01', $4, 'SUBMITTED', $5)`,
      [deleted.assignment_id, deleted.key_person_id, deleted.funder, deleted.hours, deleted.activity],
    );
    await monthsAgree();
    expect(await HOURS_OF(march)).toEqual(before.march);
  });
});
