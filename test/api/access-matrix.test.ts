// Every cell of the access matrix (test/support/access-matrix.ts, docs/access-matrix.md)
// against one real server: allowed, or refused with exactly the code the table names and
// no row changed. Then the nested paths: no private field of someone else's record leaks.
import { login, gql, ok, type GraphQLResponse } from "../support/graphql";
import { freshEmail } from "../support/fixtures";
import { AMSTERDAM, MatchingWorld, PASSWORD, UTRECHT, away, type KeyPerson, type KeyPersonSpec, type Organisation } from "../support/matching-fixtures";
import {
  CONTACT_FIELDS,
  ERROR_CODES,
  OPERATIONS,
  PRIVATE_KEY_PERSON_FIELDS,
  ROLES,
  type Call,
  type Operation,
  type Role,
  type Side,
  type SideRecords,
  type World,
} from "../support/access-matrix";
import { startTestServer, type TestServer } from "../support/server";

jest.setTimeout(60_000);

/** The regional coordinator's region: Amsterdam and Amstelveen; Utrecht lies outside it. */
const REGION = ["GM0363", "GM0362"];

let server: TestServer;
let m: MatchingWorld;
let w: World;
let countQuery = "";

const today = () => new Date().toISOString().slice(0, 10);

/** The input MatchingWorld.keyPerson sends, for an update that changes nothing. */
function inputOf(kp: KeyPerson, spec: KeyPersonSpec) {
  return {
    displayName: spec.name,
    email: kp.email,
    phone: "+31 6 12345678",
    gender: "FEMALE",
    languages: [{ code: "tir", level: "NATIVE" }],
    expertiseCodes: [],
    homeLocation: spec.at,
    maxTravelKm: 25,
    remoteAvailable: false,
    weeklyCapacityHours: spec.capacity,
    compensationType: "VOLUNTEER",
    origins: [],
  };
}

async function buildWorld(): Promise<World> {
  m = await MatchingWorld.create(server);
  const [orgA, orgB] = [await m.organisation("GGD Amsterdam", "GM0363"), await m.organisation("GGD Utrecht", "GM0344")];
  const regional = await m.regionalCoordinator(REGION);
  const specA = { name: "Selam Amsterdam", at: AMSTERDAM, capacity: 40, login: true };
  const specB = { name: "Yonas Utrecht", at: UTRECHT, capacity: 40, login: true };
  const [kpA, kpB] = [await m.keyPerson(specA), await m.keyPerson(specB)];
  const orgs = { own: orgA, other: orgB } as Record<Side, Organisation>;
  const kps = { own: kpA, other: kpB } as Record<Side, KeyPerson>;
  const places = { own: AMSTERDAM, other: UTRECHT };
  const funders: Record<"A" | "B", Organisation> = { A: orgA, B: orgB };

  const request = async (s: Side, funding: "ORGANISATION" | "NATIONAL_SCHEME" = "ORGANISATION") =>
    (await m.request(orgs[s], { location: places[s], hoursPerWeek: 1, funding })).id as string;
  const active = async (s: Side, funding?: "ORGANISATION" | "NATIONAL_SCHEME") =>
    (await m.activeAssignment(orgs[s], await request(s, funding), kps[s])).id as string;
  const assignments = { own: await active("own"), other: await active("other") };
  const nationalAssignment = await active("own", "NATIONAL_SCHEME");

  const declare = async (kp: KeyPerson, assignmentId: string) =>
    (
      await ok(
        m.url,
        `mutation($i: HourEntryInput!) { declareHours(input: $i) { id } }`,
        { i: { assignmentId, date: today(), hours: 0.25, activity: "SUPPORT" } },
        kp.token,
      )
    ).declareHours.id as string;
  const claim = async (kp: KeyPerson, assignmentId: string | null) =>
    (
      await ok(
        m.url,
        `mutation($i: ExpenseClaimInput!) { submitExpenseClaim(input: $i) { id } }`,
        { i: { assignmentId, kind: "PUBLIC_TRANSPORT", amountCents: 250, date: today(), description: "Bus", idempotencyKey: freshEmail("claim") } },
        kp.token,
      )
    ).submitExpenseClaim.id as string;
  const leave = async (s: Side) =>
    (
      await ok(
        m.url,
        `mutation($id: ID!) { addLeave(keyPersonId: $id, input: { startsOn: "2099-01-01", endsOn: "2099-01-02" }) { id } }`,
        { id: kps[s].id },
        m.coordinator,
      )
    ).addLeave.id as string;
  // qualifications (issue 17): a SELF_DECLARED qualification, each on a day of its own
  let qualificationDays = 0;
  const qualification = async (s: Side) =>
    (
      await ok(
        m.url,
        `mutation($id: ID!, $input: QualificationInput!) { addQualification(keyPersonId: $id, input: $input) { id } }`,
        {
          id: kps[s].id,
          input: {
            code: "FGM_TRAINING",
            issuer: "Pharos",
            obtainedOn: new Date(Date.now() - (400 + ++qualificationDays) * 86_400_000).toISOString().slice(0, 10),
          },
        },
        m.coordinator,
      )
    ).addQualification.id as string;
  // care services (issue 18): made by the national coordinator, one per side
  const careService = async (s: Side) =>
    (
      await ok(
        m.url,
        `mutation($i: CareServiceInput!) { createCareService(input: $i) { id } }`,
        { i: { organisationId: orgs[s].id, name: `Huisartsenpraktijk ${s}`, municipalityCodes: [s === "own" ? "GM0363" : "GM0344"] } },
        m.coordinator,
      )
    ).createCareService.id as string;
  const organisationContact = async (s: Side) =>
    (
      await ok(
        m.url,
        `mutation($o: ID!) { createOrganisationContact(organisationId: $o, input: { name: "Contactpunt", email: "contactpunt@example.nl" }) { id } }`,
        { o: orgs[s].id },
        m.coordinator,
      )
    ).createOrganisationContact.id as string;
  const userId = async (email: string) => String((await server.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [email]))[0].id);

  const records = async (s: Side): Promise<SideRecords> => ({
    keyPerson: kps[s].id,
    keyPersonInput: inputOf(kps[s], s === "own" ? specA : specB),
    organisation: orgs[s].id,
    organisationInput: { name: s === "own" ? "GGD Amsterdam" : "GGD Utrecht", municipalityCode: s === "own" ? "GM0363" : "GM0344", kind: "GGD" },
    user: await userId(orgs[s].email),
    keyPersonUser: await userId(kps[s].email),
    request: (await ok(m.url, `query($id: ID!) { assignments(filter: { ids: [$id] }) { items { request { id } } } }`, { id: assignments[s] }, m.coordinator))
      .assignments.items[0].request.id,
    assignment: assignments[s],
    hourEntry: await declare(kps[s], assignments[s]),
    claim: await claim(kps[s], assignments[s]),
    leave: await leave(s),
    municipality: s === "own" ? "GM0363" : "GM0344",
    location: away(places[s], 1, 90),
    qualification: await qualification(s),
    // care services (issue 18)
    careService: await careService(s),
    organisationContact: await organisationContact(s),
  });
  const [A, B] = [await records("own"), await records("other")];

  // Group activities (issue 17): each organisation supervises its side's key person and runs a group for them.
  const affiliate = async (keyPersonId: string, organisationId: string, responsibleForSupervision: boolean) =>
    (
      await ok(
        m.url,
        `mutation($i: AffiliationInput!) { addAffiliation(input: $i) { id } }`,
        { i: { keyPersonId, organisationId, startsOn: "2025-01-01", responsibleForSupervision } },
        m.coordinator,
      )
    ).addAffiliation.id as string;
  const affiliation = { A: await affiliate(kpA.id, orgA.id, true), B: await affiliate(kpB.id, orgB.id, true) };
  const groupActivity = async (token: string, invite: KeyPerson | null) => {
    const { createGroupActivity } = await ok(
      m.url,
      `mutation($i: GroupActivityInput!) { createGroupActivity(input: $i) { id } }`,
      {
        i: {
          kind: "INTERVISION",
          title: `Intervisie ${++throwaways}`,
          startsAt: new Date(Date.now() + 86_400_000).toISOString(),
          endsAt: new Date(Date.now() + 86_400_000 + 7_200_000).toISOString(),
          capacity: 8,
          onlineUrl: "https://meet.example.org/intervisie",
        },
      },
      token,
    );
    if (invite)
      await ok(
        m.url,
        `mutation($id: ID!, $k: ID!) { inviteToGroupActivity(activityId: $id, input: { keyPersonIds: [$k] }) { invited } }`,
        {
          id: createGroupActivity.id,
          k: invite.id,
        },
        token,
      );
    return createGroupActivity.id as string;
  };
  // Request transfers (issue 18): an organisation near each side's newcomer's new place.
  const transferTargets = { own: await m.organisation("GGD Amstelveen", "GM0362"), other: await m.organisation("GGD Nieuwegein", "GM0356") };
  const movedTo = { own: { lat: 52.2893, lon: 4.8507 }, other: { lat: 52.0307, lon: 5.0947 } };
  const moved = async (s: Side, to: { lat: number; lon: number } = movedTo[s], by: Organisation = orgs[s]) => {
    const id = (await m.request(by, { location: places[s], hoursPerWeek: 1 })).id as string;
    await ok(m.url, `mutation($id: ID!, $l: GeoPointInput!) { relocateNewcomer(requestId: $id, location: $l) { id } }`, { id, l: to }, by.token);
    return id;
  };
  const transfer = async (requestId: string, by: Organisation, to: Organisation) =>
    (
      await ok(
        m.url,
        `mutation($i: ProposeTransferInput!) { proposeTransfer(input: $i) { id } }`,
        { i: { requestId, toOrganisationId: to.id, consent: true } },
        by.token,
      )
    ).proposeTransfer.id as string;
  const outgoingTransfer = async (s: Side) => transfer(await moved(s), orgs[s], transferTargets[s]);
  // Offered to A: a request of B whose newcomer moved to Amsterdam.
  const incomingTransfer = async (s: Side) =>
    s === "own" ? transfer(await moved("other", away(AMSTERDAM, 1, 90), orgB), orgB, orgA) : outgoingTransfer("other");
  const transfers = { A: await outgoingTransfer("own"), B: await outgoingTransfer("other") };

  let throwaways = 0;
  const groups = {
    coordinatorActivity: await groupActivity(m.coordinator, kpA),
    activity: { A: await groupActivity(orgA.token, kpA), B: await groupActivity(orgB.token, kpB) },
    affiliation,
  };

  return {
    tokens: { anonymous: null, KEY_PERSON: kpA.token, ORGANISATION: orgA.token, REGIONAL_COORDINATOR: regional, COORDINATOR: m.coordinator },
    A,
    B,
    nationalAssignment,
    transfers,
    transferTargets: { A: transferTargets.own.id, B: transferTargets.other.id },
    notification: String((await server.dataSource.query(`SELECT id FROM notification WHERE status <> 'SENT' ORDER BY id LIMIT 1`))[0].id),
    login: { email: kpA.email, password: PASSWORD },
    today: today(),
    groups,
    email: (prefix) => freshEmail(prefix),
    keyPersonInput: (s) => ({ ...inputOf(kpA, specA), displayName: "New Key Person", email: freshEmail("new"), homeLocation: places[s] }),
    requestInput: (s) => m.requestInput({ location: places[s], hoursPerWeek: 1 }),
    fresh: {
      request,
      proposal: async (s) => (await m.propose(orgs[s], await request(s), kps[s].id)).id,
      activeAssignment: (s) => active(s),
      hourEntry: (funder) => declare(funder === "B" ? kpB : kpA, funder === "A" ? A.assignment : funder === "B" ? B.assignment : nationalAssignment),
      claim: async (funder, approved) => {
        const id = await claim(funder === "B" ? kpB : kpA, funder === "A" ? A.assignment : funder === "B" ? B.assignment : null);
        if (approved) {
          await ok(
            m.url,
            `mutation($id: ID!) { reviewExpenseClaim(id: $id, approve: true) { id } }`,
            { id },
            funder === "national" ? m.coordinator : funders[funder].token,
          );
        }
        return id;
      },
      leave,
      qualification,
      invitation: async () => {
        const kp = await m.keyPerson({ name: `Invited ${++throwaways}` });
        const [{ id }] = await server.dataSource.query(`SELECT id FROM app_user WHERE key_person_id = $1`, [kp.id]);
        return (await server.services.invitations.createMany(server.dataSource.manager, [id]))[0];
      },
      passwordReset: async () => {
        const kp = await m.keyPerson({ name: `Resetting ${++throwaways}`, login: true });
        await ok(m.url, `mutation($e: String!) { requestPasswordReset(email: $e) }`, { e: kp.email });
        const [row] = await server.dataSource.query(
          `SELECT n.body FROM notification n JOIN app_user u ON u.id = n.user_id WHERE u.key_person_id = $1 AND n.kind = 'PASSWORD_RESET'`,
          [kp.id],
        );
        return /#\/reset-password\/([\w-]+)/.exec(row.body)![1];
      },
      invitee: async (s) => {
        const kp = await m.keyPerson({ name: `Invitee ${++throwaways}`, at: places[s], invited: true });
        return userId(kp.email);
      },
      account: async (s) => {
        const kp = await m.keyPerson({ name: `Account ${++throwaways}`, at: places[s], login: true });
        return { userId: await userId(kp.email), token: kp.token };
      },
      completedAssignment: async (s) => {
        const id = await active(s);
        await ok(m.url, `mutation($a: ID!) { completeAssignment(assignmentId: $a) { id } }`, { a: id }, orgs[s].token);
        return id;
      },
      feedbackToken: async () => {
        const id = await active("own");
        await ok(m.url, `mutation($a: ID!) { completeAssignment(assignmentId: $a) { id } }`, { a: id }, orgA.token);
        const { assignments } = await ok(
          m.url,
          `query($id: ID!) { assignments(filter: { ids: [$id] }) { items { feedbackLink { url } } } }`,
          { id },
          kpA.token,
        );
        return new URL(assignments.items[0].feedbackLink.url).pathname.split("/").pop()!;
      },
      complaint: async (s, responded) => {
        const assignmentId = await active(s);
        const { fileComplaint } = await ok(
          m.url,
          `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id } }`,
          { i: { assignmentId, kind: "NO_SHOW", description: "Did not come." } },
          orgs[s].token,
        );
        if (responded)
          await ok(m.url, `mutation($id: ID!) { respondToComplaint(id: $id, response: "I was ill.") { id } }`, { id: fileComplaint.id }, kps[s].token);
        return fileComplaint.id as string;
      },
      flag: async (s) =>
        (
          await ok(
            m.url,
            `mutation($i: FlagOrganisationInput!) { flagOrganisation(input: $i) { id } }`,
            { i: { organisationId: orgs[s].id, kind: "NO_CONTACT_PERSON" } },
            kps[s].token,
          )
        ).flagOrganisation.id as string,
      publicMessage: async () => {
        const kp = await m.keyPerson({ name: `Writable ${++throwaways}`, login: true });
        await server.dataSource.query(`UPDATE key_person SET consent_listed = true, consent_contact = true, profile_confirmed_at = now() WHERE id = $1`, [
          kp.id,
        ]);
        const { publicMessageForm } = await ok(m.url, `{ publicMessageForm { token } }`);
        // A person needs a moment to write (PUBLIC_MESSAGE_MIN_FILL_SECONDS below).
        await new Promise((resolve) => setTimeout(resolve, 1100));
        return { keyPersonId: kp.id, formToken: publicMessageForm.token };
      },
      groupActivity: (organiser, inviteA) => groupActivity(organiser === "A" ? orgA.token : m.coordinator, inviteA ? kpA : null),
      begunGroupActivity: async (organiser) => {
        // Made in the past directly: the API plans activities in the future only.
        const [{ id }] = await server.dataSource.query(
          `INSERT INTO group_activity (kind, title, starts_at, ends_at, capacity, online_url, organisation_id)
           VALUES ('INTERVISION', 'Intervisie vanochtend', now() - interval '3 hours', now() - interval '1 hour', 8, 'https://meet.example.org/x', $1) RETURNING id`,
          [organiser === "A" ? orgA.id : null],
        );
        await server.dataSource.query(`INSERT INTO group_activity_invitation (activity_id, key_person_id, invited_at) VALUES ($1, $2, now())`, [id, kpA.id]);
        return String(id);
      },
      affiliation: async (s) => {
        const kp = await m.keyPerson({ name: `Affiliated ${++throwaways}`, at: places[s] });
        return affiliate(kp.id, orgA.id, false);
      },
      keyPerson: async (s, withLogin) => {
        const name = `Throwaway ${++throwaways}`;
        const kp = await m.keyPerson({ name, at: places[s], login: withLogin });
        return { id: kp.id, displayName: name, token: withLogin ? kp.token : null };
      },
      // care services (issue 18)
      careService,
      organisationContact,
      movedRequest: (s) => moved(s),
      outgoingTransfer,
      incomingTransfer,
    },
  };
}

beforeAll(async () => {
  server = await startTestServer({ seedDemo: false, env: { PUBLIC_MESSAGE_MIN_FILL_SECONDS: "1", PUBLIC_MESSAGES_PER_CLIENT_PER_HOUR: "1000" } });
  w = await buildWorld();
  const tables: { table_name: string }[] = await server.dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'audit_log' ORDER BY table_name`,
  );
  // The audit log is left out: refusals on someone else's record are audited on purpose.
  countQuery = `SELECT ${tables.map(({ table_name: t }) => `(SELECT count(*)::int FROM "${t}") AS "${t}"`).join(", ")}`;
});
afterAll(async () => {
  await server?.stop();
});

/** Row counts of every table, in one statement. */
async function counts(): Promise<Record<string, number>> {
  return (await server.dataSource.query(countQuery))[0];
}

const describeCall = (op: Operation, role: Role, side: Side, response: GraphQLResponse) =>
  `${op.name} as ${role} on the ${side} record: ${JSON.stringify(response).slice(0, 600)}`;

async function send(call: Call, role: Role): Promise<GraphQLResponse> {
  return gql(server.url, call.query, call.variables ?? {}, (call.token === undefined ? w.tokens[role] : call.token) ?? undefined);
}

async function succeeds(op: Operation, role: Role, side: Side, fresh: boolean): Promise<{ call: Call; data: any }> {
  const call = await op.build(w, role, side, fresh);
  const response = await send(call, role);
  if (response.errors?.length || !response.data) throw new Error(`Expected success: ${describeCall(op, role, side, response)}`);
  return { call, data: response.data };
}

/** Refused with exactly that code, and for a mutation: no row changed. */
async function refused(op: Operation, role: Role, side: Side, code: string) {
  const call = await op.build(w, role, side, false);
  const before = op.type === "Mutation" ? await counts() : null;
  const response = await send(call, role);
  const got = response.errors?.[0]?.extensions?.code;
  if (got !== code) throw new Error(`Expected ${code}: ${describeCall(op, role, side, response)}`);
  expect(response.data?.[op.name] ?? null).toBeNull();
  if (before) expect(await counts()).toEqual(before);
}

describe.each(OPERATIONS.map((op) => [`${op.type === "Mutation" ? "mutation" : "query"} ${op.name}`, op] as const))("%s", (_label, op) => {
  test.each([...ROLES])("%s", async (role) => {
    const cell = op.cells[role];
    if (ERROR_CODES.includes(cell.access)) {
      // Refused even on the record closest to the caller.
      await refused(op, role, "own", cell.access);
    } else if (cell.access === "allowed") {
      // Allowed on someone else's record too; a list shows it.
      const { call, data } = await succeeds(op, role, op.outside ? "other" : "own", true);
      if (call.found) expect(call.found(data)).toBe(true);
    } else {
      const { call, data } = await succeeds(op, role, "own", true);
      if (call.found) expect(call.found(data)).toBe(!cell.empty);
      if (op.outside === "hidden") {
        const other = await succeeds(op, role, "other", false);
        expect(other.call.found!(other.data)).toBe(false);
      } else if (op.outside) {
        await refused(op, role, "other", op.outside);
      }
    }
  });
});

// ---- nested paths -------------------------------------------------------------------------

const PRIVATE = PRIVATE_KEY_PERSON_FIELDS.map((f) =>
  f === "homeLocation"
    ? "homeLocation { lat }"
    : f === "wellbeing"
      ? "wellbeing { status }"
      : f === "publicConsent"
        ? "publicConsent { listed }"
        : f === "unavailablePeriods"
          ? "unavailablePeriods { id }"
          : f,
).join(" ");
const KEY_PERSON_SELECTION = `id displayName ${PRIVATE} ${CONTACT_FIELDS.join(" ")}`;

function expectNoPrivateFields(keyPerson: Record<string, unknown>, contact: "hidden" | "shown") {
  for (const field of PRIVATE_KEY_PERSON_FIELDS) expect([field, keyPerson[field]]).toEqual([field, null]);
  for (const field of CONTACT_FIELDS) {
    if (contact === "hidden") expect([field, keyPerson[field]]).toEqual([field, null]);
    else expect([field, keyPerson[field]]).toEqual([field, expect.any(String)]);
  }
}

describe("nested paths", () => {
  let org: Organisation;
  let regional: string;
  let chosen: KeyPerson;
  let decliner: KeyPerson;
  let requestId: string;
  let assignmentId: string;
  const language = "amh";

  beforeAll(async () => {
    org = await m.organisation("GGD Nested", "GM0363");
    regional = w.tokens.REGIONAL_COORDINATOR!;
    chosen = await m.keyPerson({ name: "Chosen", languages: [language], login: true, origins: ["ET"] });
    decliner = await m.keyPerson({ name: "Decliner", languages: [language], login: true, origins: ["ET"] });
    requestId = (await m.request(org, { languageCodes: [language], hoursPerWeek: 1 })).id;
  });

  test("an organisation's candidates show no private field and no contact details", async () => {
    const { matchCandidates } = await ok(
      server.url,
      `query($r: ID!) { matchCandidates(requestId: $r) { keyPerson { ${KEY_PERSON_SELECTION} } } }`,
      { r: requestId },
      org.token,
    );
    expect(matchCandidates.map((c: any) => c.keyPerson.id).sort()).toEqual([chosen.id, decliner.id].sort());
    for (const { keyPerson } of matchCandidates) expectNoPrivateFields(keyPerson, "hidden");
  });

  test("contact details reach the organisation only once the key person accepted; private fields never", async () => {
    const declined = await m.propose(org, requestId, decliner.id);
    await m.respond(decliner, declined.id, false, "Not now");
    const proposed = await m.propose(org, requestId, chosen.id);
    assignmentId = proposed.id;
    const read = async () =>
      (
        await ok(
          server.url,
          `query($r: ID!) { assignments(filter: { requestId: $r }) { items { id status keyPerson { ${KEY_PERSON_SELECTION} } } } }`,
          { r: requestId },
          org.token,
        )
      ).assignments.items;
    for (const item of await read()) expectNoPrivateFields(item.keyPerson, "hidden");
    await m.respond(chosen, proposed.id, true);
    for (const item of await read()) expectNoPrivateFields(item.keyPerson, item.status === "ACTIVE" ? "shown" : "hidden");
    // The same through the request and through the candidates.
    const { matchRequest } = await ok(
      server.url,
      `query($r: ID!) { matchRequest(id: $r) { assignments { status keyPerson { ${KEY_PERSON_SELECTION} } } } }`,
      { r: requestId },
      org.token,
    );
    for (const item of matchRequest.assignments) expectNoPrivateFields(item.keyPerson, item.status === "ACTIVE" ? "shown" : "hidden");
  });

  test("an organisation reading wellbeing gets null, and no wellbeing read is audited", async () => {
    const audited = async () => (await server.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'readWellbeing'`))[0].n;
    const before = await audited();
    const { assignments } = await ok(
      server.url,
      `query($r: ID!) { assignments(filter: { requestId: $r }) { items { keyPerson { wellbeing { status reasons { message } } wellbeingStatus } } } }`,
      { r: requestId },
      org.token,
    );
    for (const item of assignments.items) expect(item.keyPerson).toEqual({ wellbeing: null, wellbeingStatus: null });
    expect(await audited()).toBe(before);
  });

  test("a key person reaches only their own assignments through a request", async () => {
    const { assignments } = await ok(
      server.url,
      `{ assignments { items { keyPerson { id } request { id assignments { id keyPerson { ${KEY_PERSON_SELECTION} } } } } } }`,
      {},
      chosen.token,
    );
    expect(assignments.items).toHaveLength(1);
    const nested = assignments.items[0].request.assignments;
    expect(nested.map((a: any) => a.keyPerson.id)).toEqual([chosen.id]);
    expect(nested.map((a: any) => a.id)).toEqual([assignmentId]);
  });

  test("a key person's hours and claims lead to no one else", async () => {
    await ok(
      server.url,
      `mutation($i: HourEntryInput!) { declareHours(input: $i) { id } }`,
      { i: { assignmentId, date: today(), hours: 1, activity: "SUPPORT" } },
      chosen.token,
    );
    await ok(
      server.url,
      `mutation($i: ExpenseClaimInput!) { submitExpenseClaim(input: $i) { id } }`,
      { i: { assignmentId, kind: "OTHER", amountCents: 500, date: today(), description: "Interpreter coffee", idempotencyKey: freshEmail("nested") } },
      chosen.token,
    );
    const paths = `keyPerson { id } assignment { keyPerson { id } request { assignments { keyPerson { id } } } }`;
    const data = await ok(
      server.url,
      `{ hourEntries(perPage: 100) { items { ${paths} } } expenseClaims(perPage: 100) { items { ${paths} } } }`,
      {},
      chosen.token,
    );
    const ids = JSON.stringify(data).match(/"id":"\d+"/g)!;
    expect(new Set(ids)).toEqual(new Set([`"id":"${chosen.id}"`]));
    expect(data.hourEntries.items).toHaveLength(1);
    expect(data.expenseClaims.items).toHaveLength(1);
  });

  test("an organisation's hour entries show the key person without private fields", async () => {
    const { hourEntries } = await ok(
      server.url,
      `query($a: ID!) { hourEntries(filter: { assignmentId: $a }) { items { keyPerson { ${KEY_PERSON_SELECTION} } } } }`,
      { a: assignmentId },
      org.token,
    );
    expect(hourEntries.items).toHaveLength(1);
    expectNoPrivateFields(hourEntries.items[0].keyPerson, "shown");
  });

  test("a regional coordinator sees a request in the region, but not the private fields of a key person from elsewhere", async () => {
    const traveller = await m.keyPerson({ name: "Traveller", languages: ["som"], at: UTRECHT, maxTravelKm: 60, origins: ["SO"] });
    const request = await m.request(org, { languageCodes: ["som"], hoursPerWeek: 1 });
    await m.propose(org, request.id, traveller.id);
    const { assignments } = await ok(
      server.url,
      `query($r: ID!) { assignments(filter: { requestId: $r }) { items { keyPerson { ${KEY_PERSON_SELECTION} } } } }`,
      { r: request.id },
      regional,
    );
    expect(assignments.items).toHaveLength(1);
    expectNoPrivateFields(assignments.items[0].keyPerson, "hidden");
    // In the region, the regional coordinator does read them.
    const { keyPerson } = await ok(server.url, `query($id: ID!) { keyPerson(id: $id) { origins homeLocation { lat } } }`, { id: chosen.id }, regional);
    expect(keyPerson.origins).toEqual(["ET"]);
  });

  test("a regional coordinator does not reach a request outside the region through hours or claims of a key person in the region", async () => {
    // A key person living in Amsterdam (in the region) supports a newcomer in Zaanstad (outside it).
    const zaanstad = { lat: 52.46895, lon: 4.76876 };
    const other = await m.organisation("GGD Zaanstad", "GM0479");
    const commuter = await m.keyPerson({ name: "Commuter", languages: ["orm"], at: AMSTERDAM, maxTravelKm: 40, login: true });
    const request = await m.request(other, { languageCodes: ["orm"], location: zaanstad, hoursPerWeek: 1, newcomerOrigin: "ET" });
    const active = await m.activeAssignment(other, request.id, commuter);
    await ok(
      server.url,
      `mutation($i: HourEntryInput!) { declareHours(input: $i) { id } }`,
      { i: { assignmentId: active.id, date: today(), hours: 1, activity: "SUPPORT" } },
      commuter.token,
    );
    await ok(
      server.url,
      `mutation($i: ExpenseClaimInput!) { submitExpenseClaim(input: $i) { id } }`,
      { i: { assignmentId: active.id, kind: "OTHER", amountCents: 300, date: today(), description: "Bus", idempotencyKey: freshEmail("zaanstad") } },
      commuter.token,
    );
    const PATH = `assignment { id request { id caseReference newcomerOrigin location { lat lon } organisation { id } } }`;
    const READ = `query($k: ID!) { hourEntries(filter: { keyPersonId: $k }) { items { id ${PATH} } } expenseClaims(filter: { keyPersonId: $k }) { items { id ${PATH} } } }`;
    const asRegional = await ok(server.url, READ, { k: commuter.id }, regional);
    expect(asRegional.hourEntries.items).toHaveLength(1);
    expect(asRegional.expenseClaims.items).toHaveLength(1);
    expect(asRegional.hourEntries.items[0].assignment).toBeNull();
    expect(asRegional.expenseClaims.items[0].assignment).toBeNull();
    expect(JSON.stringify(asRegional)).not.toContain(request.caseReference);
    // The national coordinator reaches it, as the top-level query does.
    const asCoordinator = await ok(server.url, READ, { k: commuter.id }, m.coordinator);
    expect(asCoordinator.hourEntries.items[0].assignment.request.id).toBe(request.id);
  });

  test.each(ROLES.filter((role) => role !== "anonymous"))(
    "every nested path of %s reaches only requests and assignments the top-level queries give",
    async (role) => {
      const token = w.tokens[role]!;
      const top = async (query: string) => (await gql(server.url, query, {}, token)).data;
      // What the top-level queries give this role.
      const assignmentsTop = (await top(`{ assignments(perPage: 100) { items { id request { id } } } }`)).assignments.items;
      const requestsTop =
        role === "KEY_PERSON"
          ? assignmentsTop.map((a: any) => a.request.id)
          : (await top(`{ matchRequests(perPage: 100) { items { id } } }`)).matchRequests.items.map((r: any) => r.id);
      const visible = { MatchRequest: new Set<string>(requestsTop), Assignment: new Set<string>(assignmentsTop.map((a: any) => a.id)) };
      // Every path that leads to a request or an assignment.
      const ASSIGNMENT = `__typename id request { __typename id assignments { __typename id request { __typename id } } }`;
      const paths = [
        `{ hourEntries(perPage: 100) { items { assignment { ${ASSIGNMENT} } } } }`,
        `{ expenseClaims(perPage: 100) { items { assignment { ${ASSIGNMENT} } } } }`,
        `{ assignments(perPage: 100) { items { ${ASSIGNMENT} } } }`,
        ...(role === "KEY_PERSON" ? [] : [`{ matchRequests(perPage: 100) { items { __typename id assignments { ${ASSIGNMENT} } } } }`]),
      ];
      let reached = 0;
      for (const path of paths) {
        const response = await gql(server.url, path, {}, token);
        expect(response.errors).toBeUndefined();
        const walk = (node: unknown): void => {
          if (Array.isArray(node)) return node.forEach(walk);
          if (node === null || typeof node !== "object") return;
          const record = node as Record<string, unknown>;
          const type = record.__typename as keyof typeof visible | undefined;
          if (type && type in visible) {
            reached++;
            expect([type, record.id, visible[type].has(record.id as string)]).toEqual([type, record.id, true]);
          }
          Object.values(record).forEach(walk);
        };
        walk(response.data);
      }
      expect(reached).toBeGreaterThan(0);
    },
  );

  test("a key person's own `me` path shows their own private fields", async () => {
    const token = await login(server.url, chosen.email, PASSWORD);
    const { me } = await ok(server.url, `{ me { keyPerson { id origins homeLocation { lat } email } } }`, {}, token);
    expect(me.keyPerson).toMatchObject({ id: chosen.id, origins: ["ET"], email: chosen.email });
  });
});
