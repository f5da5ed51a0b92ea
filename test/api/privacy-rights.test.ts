// Privacy rights (docs/domain.md, Privacy; issue 7 item 5): a key person downloads everything
// held about them, and nobody else may; erasure anonymises the person everywhere — name,
// contact, home point, free text, login, public map entry, e-mails in the outbox, payment
// files — and keeps the financial records with the same amounts (7-year retention). The
// proof is twofold: what the API answers afterwards, and a scan of every text column of
// every table for what identified the person. Refused erasures change no row.
import { ManualClock } from "../../server/src/clock";
import { CompensationWorld, csvRecords, failure, type KeyPerson, type Organisation } from "../support/compensation-fixtures";
import { CONSENT_ALL, keyPersonInput } from "../support/fixtures";
import { gql, login, ok, rowCounts, type GraphQLResponse } from "../support/graphql";
import { PASSWORD } from "../support/matching-fixtures";
import { startTestServer, type TestServer } from "../support/server";

jest.setTimeout(90_000);

// The assignments begin on 3 March 2025; the work below is declared in April and May.
const clock = new ManualClock(new Date("2025-03-03T08:00:00Z"));

/** A name that occurs nowhere else, so finding it anywhere means erasure missed it. */
const NAME = "Zewdinesh Habteselassie";
const PHONE = "+31 6 48213579";
const IBAN = "NL91ABNA0417164300";
/** Near the Oosterpark, not any municipality's reference point. */
const HOME = { lat: 52.35871, lon: 4.92213 };
const DIALECT = "Hamasien highlands";
// Free text about the person, each naming them, as people write it.
const DECLINE_REASON = `${NAME} is abroad for a family funeral`;
const SESSION_NOTE = `${NAME} talked about sleeping badly`;
const CLEARANCE_NOTE = `Called ${NAME}; a lighter month agreed`;
const CLAIM_TEXT = `Taxi home for ${NAME} after a late visit`;
const REVIEW_REASON = `${NAME} declared this day twice`;

const EXPORT = `query($k: ID!) { personalDataExport(keyPersonId: $k) }`;
const ERASE = `mutation($k: ID!, $c: String!) { eraseKeyPerson(keyPersonId: $k, confirm: $c) }`;
const PERSON = `query($k: ID!) { keyPerson(id: $k) {
  id displayName email phone gender birthYear origins status erasedAt homeLocation { lat lon } homeMunicipality { code }
  languages { language { code } dialect } expertise { code } unavailablePeriods { startsOn }
  publicConsent { listed showName } } }`;

let server: TestServer;
let world: CompensationWorld;
let org: Organisation;
let other: KeyPerson;
let regional: { token: string };
/** The key person who asks for their data and then to be erased. */
let zewdi: KeyPerson & { userId: string };
let active: string;
let scheme: string;
let declined: string;
let claimId: string;
let approvedHours: string[] = [];
let rejectedHours: string;
let exportId: string;

async function refused(run: () => Promise<GraphQLResponse>) {
  const before = await rowCounts(server.dataSource);
  const result = failure(await run());
  expect(await rowCounts(server.dataSource)).toEqual(before);
  return result;
}

beforeAll(async () => {
  server = await startTestServer({ clock });
  world = await CompensationWorld.create(server, clock);
  org = await world.organisation("GGD Oost");
  regional = await world.regionalCoordinator(["GM0363"]);
  other = await world.keyPerson({ name: "Other Key Person" });

  // Zewdinesh, created by the coordinator with everything the registry holds.
  const input = keyPersonInput({
    displayName: NAME,
    phone: PHONE,
    homeLocation: HOME,
    birthYear: 1979,
    origins: ["ER", "ET"],
    languages: [
      { code: "tir", level: "NATIVE", dialect: DIALECT },
      { code: "nld", level: "FLUENT", dialect: null },
    ],
    expertiseCodes: ["SGBV"],
    weeklyCapacityHours: 16,
  });
  const { createKeyPerson } = await ok(
    world.url,
    `mutation($i: KeyPersonInput!, $p: String) { createKeyPerson(input: $i, password: $p) { id } }`,
    { i: input, p: PASSWORD },
    world.coordinator,
  );
  const token = await login(world.url, input.email, PASSWORD);
  const { me } = await ok(world.url, `{ me { id } }`, {}, token);
  zewdi = { id: createKeyPerson.id, email: input.email, token, userId: me.id };

  // Work: an active assignment funded by the organisation, one by the national scheme, a declined proposal.
  active = await world.assignment(org, zewdi);
  scheme = await world.assignment(org, zewdi, "NATIONAL_SCHEME");
  const request = await world.matching.request(org, { languageCodes: ["tir"], location: HOME });
  const proposal = await world.matching.propose(org, request.id, zewdi.id);
  declined = (await world.matching.respond(zewdi, proposal.id, false, DECLINE_REASON)).id;

  await world.setClock("2025-06-16T10:00:00Z");
  zewdi.token = await login(world.url, zewdi.email, PASSWORD);
  await ok(world.url, `mutation($k: ID!, $iban: String!) { setPaymentDetails(keyPersonId: $k, iban: $iban) }`, { k: zewdi.id, iban: IBAN }, zewdi.token);
  approvedHours = [
    (await world.approved(zewdi, active, org.token, "2025-04-07", 3)).id,
    (await world.approved(zewdi, active, org.token, "2025-04-14", 2.5)).id,
    (await world.approved(zewdi, scheme, world.coordinator, "2025-04-09", 4)).id,
  ];
  const twice = await world.declare(zewdi, active, "2025-04-15", 2);
  rejectedHours = (await world.review(org.token, twice.id, false, REVIEW_REASON)).id;
  const claim = await world.claim(zewdi, { assignmentId: active, kind: "OTHER", amountCents: 2450, date: "2025-04-16", description: CLAIM_TEXT });
  claimId = (await world.reviewClaim(org.token, claim.id, true)).id;
  exportId = (await world.export(org.token, org.id, "2025-04-01", "2025-04-30")).id;

  // Oversight: a check-in asking for contact (coordinators are e-mailed), a clearance, a supervision session, leave.
  await ok(
    world.url,
    `mutation($i: WellbeingCheckInInput!) { submitWellbeingCheckIn(input: $i) { id } }`,
    { i: { strain: 4, emotionalImpact: 4, support: 2, contactRequested: true } },
    zewdi.token,
  );
  clock.advanceHours(1);
  await ok(
    world.url,
    `mutation($k: ID!, $n: String!) { clearWellbeingFlag(keyPersonId: $k, note: $n) { id } }`,
    { k: zewdi.id, n: CLEARANCE_NOTE },
    world.coordinator,
  );
  await ok(
    world.url,
    `mutation($k: ID!, $d: Date!, $n: String) { logSupervisionSession(keyPersonId: $k, date: $d, kind: SUPERVISION, note: $n) { id } }`,
    { k: zewdi.id, d: "2025-06-10", n: SESSION_NOTE },
    world.coordinator,
  );
  await ok(
    world.url,
    `mutation($k: ID!, $i: LeaveInput!) { addLeave(keyPersonId: $k, input: $i) { id } }`,
    { k: zewdi.id, i: { startsOn: "2025-08-01", endsOn: "2025-08-21" } },
    zewdi.token,
  );
  // On the public map with everything shown.
  await ok(
    world.url,
    `mutation($k: ID!, $i: PublicConsentInput!) { setPublicConsent(keyPersonId: $k, input: $i) { id } }`,
    { k: zewdi.id, i: CONSENT_ALL },
    zewdi.token,
  );
});
afterAll(async () => {
  await server?.stop();
});

describe("downloading everything held about oneself", () => {
  test("the key person's export holds their profile, work, money, oversight and consent as they entered it", async () => {
    const data = (await ok(world.url, EXPORT, { k: zewdi.id }, zewdi.token)).personalDataExport;

    expect(data.profile).toMatchObject({
      id: Number(zewdi.id),
      displayName: NAME,
      email: zewdi.email,
      phone: PHONE,
      birthYear: 1979,
      homeLat: HOME.lat,
      homeLon: HOME.lon,
      homeMunicipality: "Amsterdam",
    });
    expect(data.profile.origins).toEqual(["ER", "ET"]);
    expect(data.account).toMatchObject({ email: zewdi.email, role: "KEY_PERSON" });
    expect(data.languages).toEqual(
      expect.arrayContaining([
        { language_code: "tir", level: "NATIVE", dialect: DIALECT },
        { language_code: "nld", level: "FLUENT", dialect: null },
      ]),
    );
    expect(data.expertise).toEqual([{ expertise_code: "SGBV" }]);
    expect(data.leave).toEqual([{ starts_on: "2025-08-01", ends_on: "2025-08-21" }]);
    expect(data.publicConsent).toEqual({
      listed: true,
      showName: true,
      showMunicipality: true,
      showLanguages: true,
      showExpertise: true,
      showEmail: true,
      showPhone: true,
      // issue 19: not given, so not agreed
      showRemote: false,
      showReach: false,
      contact: false,
    });

    const assignments = Object.fromEntries(data.assignments.map((a: { id: number }) => [String(a.id), a]));
    expect(assignments[active]).toMatchObject({ status: "ACTIVE", funding: "ORGANISATION" });
    expect(assignments[scheme]).toMatchObject({ status: "ACTIVE", funding: "NATIONAL_SCHEME" });
    expect(assignments[declined]).toMatchObject({ status: "DECLINED", decline_reason: DECLINE_REASON });

    expect(data.hourEntries.map((h: { id: number; hours: number; status: string }) => [String(h.id), h.hours, h.status])).toEqual([
      [approvedHours[0], 3, "APPROVED"],
      [approvedHours[2], 4, "APPROVED"],
      [approvedHours[1], 2.5, "APPROVED"],
      [rejectedHours, 2, "REJECTED"],
    ]);
    expect(data.hourEntries.find((h: { id: number }) => String(h.id) === rejectedHours).review_reason).toBe(REVIEW_REASON);
    expect(data.expenseClaims).toEqual([
      expect.objectContaining({ id: Number(claimId), kind: "OTHER", amount_cents: 2450, description: CLAIM_TEXT, status: "APPROVED" }),
    ]);
    expect(data.paymentDetails).toEqual({ iban: IBAN });

    expect(data.supervisionSessions).toEqual([{ date: "2025-06-10", kind: "SUPERVISION", note: SESSION_NOTE }]);
    expect(data.wellbeingCheckIns).toEqual([expect.objectContaining({ strain: 4, emotional_impact: 4, support: 2, contact_requested: true })]);
    expect(data.wellbeingClearances).toEqual([expect.objectContaining({ note: CLEARANCE_NOTE })]);
    // The e-mails the outbox holds for them: the proposals, and the hours that were rejected, with why.
    expect(data.emails.map((m: { kind: string }) => m.kind)).toEqual(expect.arrayContaining(["PROPOSAL", "HOURS_REJECTED"]));
    expect(data.emails.find((m: { kind: string }) => m.kind === "HOURS_REJECTED").body).toContain(REVIEW_REASON);
    // What was done to their record, without anyone's name: e.g. their consent.
    expect(data.auditTrail.map((row: { action: string }) => row.action)).toEqual(expect.arrayContaining(["setPublicConsent", "logSupervisionSession"]));
  });

  test("the download is itself written to the audit log", async () => {
    const rows = await server.dataSource.query(
      `SELECT actor_user_id::text AS actor, entity_id FROM audit_log WHERE action = 'exportPersonalData' AND entity_type = 'KeyPerson' ORDER BY id`,
    );
    expect(rows).toContainEqual({ actor: zewdi.userId, entity_id: zewdi.id });
  });

  test("nobody else gets it: another key person finds nothing, an organisation and a regional coordinator are refused", async () => {
    expect(failure(await gql(world.url, EXPORT, { k: zewdi.id }, other.token)).code).toBe("NOT_FOUND");
    expect(failure(await gql(world.url, EXPORT, { k: zewdi.id }, org.token)).code).toBe("FORBIDDEN");
    expect(failure(await gql(world.url, EXPORT, { k: zewdi.id }, regional.token)).code).toBe("FORBIDDEN");
    expect(failure(await gql(world.url, EXPORT, { k: zewdi.id })).code).toBe("UNAUTHENTICATED");
  });
});

describe("erasure", () => {
  /** The financial records as the database held them before erasure. */
  let money: { hours: unknown[]; claims: unknown[]; exports: unknown[]; csvAmounts: Record<string, string> };
  let phoneAsStored: string;

  const financialRows = async () => ({
    hours: await server.dataSource.query(
      `SELECT id, assignment_id, funder, date::text, hours, activity, status, allowance_cents, exported_at, export_batch_id FROM hour_entry WHERE key_person_id = $1 ORDER BY id`,
      [zewdi.id],
    ),
    claims: await server.dataSource.query(
      `SELECT id, assignment_id, funder, kind, km, amount_cents, date::text, status, exported_at, export_batch_id FROM expense_claim WHERE key_person_id = $1 ORDER BY id`,
      [zewdi.id],
    ),
    exports: await server.dataSource.query(`SELECT id, funder, period_from::text, period_to::text, line_count, total_cents FROM payment_export ORDER BY id`),
  });

  /** Amount per line reference (H-12, C-3) over every payment file. */
  const csvAmounts = async (): Promise<Record<string, string>> => {
    const files: { csv: string }[] = await server.dataSource.query(`SELECT csv FROM payment_export ORDER BY id`);
    return Object.fromEntries(
      files.flatMap((f) => csvRecords(f.csv).map((line) => [line.reference, `${line.key_person_id} ${line.amount_cents} ${line.amount_eur}`])),
    );
  };

  beforeAll(async () => {
    money = { ...(await financialRows()), csvAmounts: await csvAmounts() };
    [{ phone: phoneAsStored }] = await server.dataSource.query(`SELECT phone FROM key_person WHERE id = $1`, [zewdi.id]);
  });

  test("before: the person is in the outbox, the payment file and on the public map (so the scan below can tell)", async () => {
    expect(await columnsHolding(NAME)).toEqual(
      expect.arrayContaining(["key_person.display_name", "notification.body", "notification.subject", "payment_export.csv"]),
    );
    expect(await columnsHolding(IBAN)).toEqual(expect.arrayContaining(["payment_details.iban", "payment_export.csv"]));
    expect(await publicNames()).toContain(NAME);
  });

  test("refused for anyone but the national coordinator, for bad ids and without the right name; nothing changes", async () => {
    expect((await refused(() => gql(world.url, ERASE, { k: zewdi.id, c: NAME }))).code).toBe("UNAUTHENTICATED");
    expect((await refused(() => gql(world.url, ERASE, { k: zewdi.id, c: NAME }, org.token))).code).toBe("FORBIDDEN");
    expect((await refused(() => gql(world.url, ERASE, { k: zewdi.id, c: NAME }, regional.token))).code).toBe("FORBIDDEN");
    expect((await refused(() => gql(world.url, ERASE, { k: zewdi.id, c: NAME }, other.token))).code).toBe("NOT_FOUND");
    for (const id of ["999999", "abc", "-1", "0", "1e3", "' OR 1=1 --"]) {
      expect((await refused(() => gql(world.url, ERASE, { k: id, c: NAME }, world.coordinator))).code).toBe("NOT_FOUND");
    }
    expect(await refused(() => gql(world.url, ERASE, { k: zewdi.id, c: "Zewdinesh" }, world.coordinator))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "confirm",
    });
  });

  test("the coordinator erases the key person; a second erasure is a conflict", async () => {
    expect((await ok(world.url, ERASE, { k: zewdi.id, c: ` ${NAME} ` }, world.coordinator)).eraseKeyPerson).toBe(true);
    const label = `Erased key person #${zewdi.id}`;
    expect((await refused(() => gql(world.url, ERASE, { k: zewdi.id, c: label }, world.coordinator))).code).toBe("CONFLICT");
  });

  test("the API shows an anonymous, inactive record without contact, origins, languages, consent or leave", async () => {
    const { keyPerson } = await ok(world.url, PERSON, { k: zewdi.id }, world.coordinator);
    expect(keyPerson).toMatchObject({
      displayName: `Erased key person #${zewdi.id}`,
      email: null,
      phone: null,
      gender: null,
      birthYear: null,
      origins: [],
      status: "INACTIVE",
      homeMunicipality: { code: "GM0363" },
      languages: [],
      expertise: [],
      unavailablePeriods: [],
      publicConsent: { listed: false, showName: false },
    });
    expect(keyPerson.erasedAt).not.toBeNull();
    expect(keyPerson.homeLocation).not.toEqual(HOME);
    const { keyPersons } = await ok(world.url, `query($q: String) { keyPersons(filter: { q: $q }) { total } }`, { q: "Zewdinesh" }, world.coordinator);
    expect(keyPersons.total).toBe(0);
  });

  test("the login is gone: the old session, the password and the account list know nothing of them", async () => {
    expect((await ok(world.url, `{ me { id } }`, {}, zewdi.token)).me).toBeNull();
    expect(failure(await gql(world.url, EXPORT, { k: zewdi.id }, zewdi.token)).code).toBe("UNAUTHENTICATED");
    expect(
      failure(await gql(world.url, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: zewdi.email, p: PASSWORD })).code,
    ).toBe("UNAUTHENTICATED");
    const { users } = await ok(world.url, `query($q: String) { users(filter: { q: $q }) { total } }`, { q: zewdi.email }, world.coordinator);
    expect(users.total).toBe(0);
    expect(failure(await gql(world.url, `query($id: ID!) { user(id: $id) { id } }`, { id: zewdi.userId }, world.coordinator)).code).toBe("NOT_FOUND");
  });

  test("the public map no longer lists them", async () => {
    expect(await publicNames()).not.toContain(NAME);
    expect(await publicIds()).not.toContain(zewdi.id);
  });

  test("free text is gone: decline reason, supervision note, clearance, claim description, review reason, outbox", async () => {
    const { assignments } = await ok(world.url, `{ assignments(perPage: 100) { items { id status declineReason keyPerson { id } } } }`, {}, org.token);
    const theirs = assignments.items.filter((a: { keyPerson: { id: string } }) => a.keyPerson.id === zewdi.id);
    expect(theirs.map((a: { id: string }) => a.id).sort()).toEqual([active, scheme, declined].sort());
    expect(theirs.every((a: { declineReason: string | null }) => a.declineReason === null)).toBe(true);
    // Open work ended: nobody holds a case with an erased person.
    expect(theirs.filter((a: { status: string }) => a.status === "ACTIVE" || a.status === "PROPOSED")).toEqual([]);

    const { supervisionSessions } = await ok(
      world.url,
      `query($k: ID!) { supervisionSessions(keyPersonId: $k) { date note } }`,
      { k: zewdi.id },
      world.coordinator,
    );
    expect(supervisionSessions).toEqual([{ date: "2025-06-10", note: null }]);
    expect(
      (await ok(world.url, `query($k: ID!) { wellbeingClearances(keyPersonId: $k) { note } }`, { k: zewdi.id }, world.coordinator)).wellbeingClearances,
    ).toEqual([]);

    const { notifications } = await ok(world.url, `{ notifications(perPage: 100) { items { kind subject body } } }`, {}, world.coordinator);
    const mail = JSON.stringify(notifications.items);
    for (const text of [NAME, DECLINE_REASON, zewdi.email]) expect(mail).not.toContain(text);
    // The organisation and coordinators still have their messages, about an anonymous person.
    expect(notifications.items.map((n: { kind: string }) => n.kind)).toEqual(
      expect.arrayContaining(["PROPOSAL_ACCEPTED", "PROPOSAL_DECLINED", "WELLBEING_ATTENTION"]),
    );
  });

  test("no text or JSON column of any table holds their name, e-mail, phone, IBAN, dialect or free text any more", async () => {
    for (const needle of [NAME, zewdi.email, phoneAsStored, PHONE, IBAN, DIALECT, DECLINE_REASON, SESSION_NOTE, CLEARANCE_NOTE, CLAIM_TEXT, REVIEW_REASON]) {
      expect({ needle, columns: await columnsHolding(needle) }).toEqual({ needle, columns: [] });
    }
    expect(await server.dataSource.query(`SELECT id FROM key_person WHERE home_lat = $1 AND home_lon = $2`, [HOME.lat, HOME.lon])).toEqual([]);
    expect(await server.dataSource.query(`SELECT id FROM app_user WHERE key_person_id = $1`, [zewdi.id])).toEqual([]);
  });

  test("the audit log keeps the erasure under the person's id, and nothing that names them", async () => {
    const rows = await server.dataSource.query(
      `SELECT action, entity_id, detail::text AS detail FROM audit_log WHERE entity_type = 'KeyPerson' AND entity_id = $1 ORDER BY id`,
      [zewdi.id],
    );
    expect(rows.map((r: { action: string }) => r.action)).toContain("eraseKeyPerson");
    expect(rows.map((r: { detail: string }) => r.detail).join(" ")).not.toMatch(/Zewdinesh|Habteselassie|@example\.nl|48213579/);
  });

  test("the financial records stay, with the same amounts, in the database, the API and the payment file", async () => {
    expect(await financialRows()).toEqual({ hours: money.hours, claims: money.claims, exports: money.exports });
    expect(await csvAmounts()).toEqual(money.csvAmounts);

    const hours = await world.hourEntries(org.token, { keyPersonId: zewdi.id });
    expect(
      hours.items.map((h: { id: string; hours: number; status: string; allowanceCents: number | null }) => [h.id, h.hours, h.status, h.allowanceCents]).sort(),
    ).toEqual(
      [
        [approvedHours[0], 3, "APPROVED", 1680],
        [approvedHours[1], 2.5, "APPROVED", 1400],
        [rejectedHours, 2, "REJECTED", null],
      ].sort(),
    );
    const claims = await world.expenseClaims(org.token, { keyPersonId: zewdi.id });
    expect(claims.items).toEqual([expect.objectContaining({ id: claimId, amountCents: 2450, status: "APPROVED", description: "[erased]" })]);
    expect((await world.overview(world.coordinator, zewdi.id, 2025)).months[3]).toMatchObject({ hoursApproved: 9.5, allowanceCents: 5320 });

    const { paymentExports } = await ok(world.url, `{ paymentExports(perPage: 100) { items { id lineCount totalCents csv } } }`, {}, org.token);
    const file = paymentExports.items.find((e: { id: string }) => e.id === exportId);
    expect(file).toMatchObject({ lineCount: 3, totalCents: 1680 + 1400 + 2450 });
    const lines = csvRecords(file.csv);
    expect(lines.map((l) => [l.reference, l.key_person_id, l.key_person, l.iban, l.amount_cents])).toEqual([
      [`H-${approvedHours[0]}`, zewdi.id, `Erased key person #${zewdi.id}`, "[erased]", "1680"],
      [`H-${approvedHours[1]}`, zewdi.id, `Erased key person #${zewdi.id}`, "[erased]", "1400"],
      [`C-${claimId}`, zewdi.id, `Erased key person #${zewdi.id}`, "[erased]", "2450"],
    ]);
    expect(lines.find((l) => l.type === "CLAIM")!.description).toBe("OTHER: [erased]");
  });

  test("the other key person is untouched", async () => {
    const { keyPerson } = await ok(world.url, `query($k: ID!) { keyPerson(id: $k) { displayName email erasedAt } }`, { k: other.id }, world.coordinator);
    expect(keyPerson).toEqual({ displayName: "Other Key Person", email: other.email, erasedAt: null });
    expect((await ok(world.url, `{ me { id } }`, {}, other.token)).me).not.toBeNull();
  });
});

/** Every "table.column" of a text, JSON or array column, in every schema of ours, that contains `needle` (case-insensitive). */
async function columnsHolding(needle: string): Promise<string[]> {
  const columns: { table_schema: string; table_name: string; column_name: string }[] = await server.dataSource.query(
    `SELECT c.table_schema, c.table_name, c.column_name
     FROM information_schema.columns c JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
     WHERE t.table_type = 'BASE TABLE' AND c.table_schema NOT IN ('pg_catalog', 'information_schema')
       AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')
     ORDER BY c.table_name, c.column_name`,
  );
  expect(columns.length).toBeGreaterThan(20);
  const hits: string[] = [];
  for (const { table_schema, table_name, column_name } of columns) {
    const [{ n }] = await server.dataSource.query(
      `SELECT count(*)::int AS n FROM "${table_schema}"."${table_name}" WHERE strpos(lower("${column_name}"::text), lower($1)) > 0`,
      [needle],
    );
    if (n > 0) hits.push(`${table_name}.${column_name}`);
  }
  return hits;
}

async function publicNames(): Promise<(string | null)[]> {
  const { publicKeyPersons } = await ok(world.url, `{ publicKeyPersons(languageCodes: ["tir"], perPage: 100) { items { displayName } } }`);
  return publicKeyPersons.items.map((p: { displayName: string | null }) => p.displayName);
}

async function publicIds(): Promise<string[]> {
  const { publicKeyPersons } = await ok(world.url, `{ publicKeyPersons(perPage: 100) { items { id } } }`);
  return publicKeyPersons.items.map((p: { id: string }) => p.id);
}
