// Care services (issue 18): the directory's CRUD over HTTP, its refusals by reason (and
// nothing changed), who edits which service, confirmation and staleness, and the
// organisations' contact points that a key person sees only while supporting a case.
import { gql, ok } from "../support/graphql";
import { failure, MatchingWorld, refusedUnchanged, startMatchingSuite, type Organisation } from "../support/matching-fixtures";
import type { TestServer } from "../support/server";

let server: TestServer;
let world: MatchingWorld;
let org: Organisation;
let otherOrg: Organisation;

beforeAll(async () => {
  ({ server, world, org, otherOrg } = await startMatchingSuite(["GGD Amsterdam", "Kliniek Utrecht"], "GM0344"));
});
afterAll(async () => {
  await server?.stop();
});

const FIELDS = `id name description url email status topics interpretersAvailable residenceEligibility eligibilityDescription applicationProcess
  feesDescription anonymousLine nationwide isPublic assuredOn stale canEdit organisation { id name }
  municipalities { code } languages { code } phones { id number description } schedules { id weekday opensAt closesAt notes }
  locations { id serviceAtLocationId name address postalCode city municipalityCode lat lon }`;
const CREATE = `mutation($input: CareServiceInput!) { createCareService(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: CareServiceInput!) { updateCareService(id: $id, input: $input) { ${FIELDS} } }`;
const GET = `query($id: ID!) { careService(id: $id) { ${FIELDS} } }`;
const LIST = `query($filter: CareServiceFilter) { careServices(filter: $filter, perPage: 100) { total items { id name } } }`;

function serviceInput(organisationId: string, overrides: Record<string, unknown> = {}) {
  return {
    organisationId,
    name: "Huisartsenpraktijk De Test",
    description: "Huisartsenzorg, ook voor mensen zonder verzekering",
    url: "https://huisarts.example.nl",
    email: "praktijk@example.nl",
    topics: ["HEALTHCARE_NAVIGATION"],
    interpretersAvailable: true,
    residenceEligibility: ["ASYLUM_SEEKER", "UNDOCUMENTED"],
    eligibilityDescription: "Iedereen in Amsterdam",
    applicationProcess: "Bel voor een afspraak; u krijgt binnen twee dagen een consult",
    feesDescription: "Onverzekerden: via de regeling onverzekerdenzorg (CAK)",
    anonymousLine: false,
    nationwide: false,
    isPublic: true,
    municipalityCodes: ["GM0363"],
    languageCodes: ["nld", "ara"],
    phones: [{ number: "020-123 4567", description: "Assistente" }],
    schedules: [
      { weekday: 1, opensAt: "08:00", closesAt: "17:00" },
      { weekday: 2, opensAt: "08:00", closesAt: "12:00", notes: "Middag alleen spoed" },
    ],
    locations: [{ name: "Praktijk", address: "Damstraat 1", postalCode: "1012jm", city: "Amsterdam", municipalityCode: "GM0363", lat: 52.3728, lon: 4.8936 }],
    ...overrides,
  };
}

const topicCode = async () => (await server.dataSource.query(`SELECT code FROM expertise ORDER BY code LIMIT 1`))[0].code as string;

describe("care services", () => {
  let serviceId = "";
  let topic = "";

  beforeAll(async () => {
    topic = await topicCode();
  });

  test("an organisation creates, reads, lists, updates and archives its own service", async () => {
    const { createCareService: created } = await ok(server.url, CREATE, { input: serviceInput(org.id, { topics: [topic] }) }, org.token);
    serviceId = created.id;
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.organisation.id).toBe(org.id);
    expect(created.municipalities.map((m: { code: string }) => m.code)).toEqual(["GM0363"]);
    expect(created.languages.map((l: { code: string }) => l.code).sort()).toEqual(["ara", "nld"]);
    expect(created.schedules).toEqual([
      expect.objectContaining({ weekday: 1, opensAt: "08:00", closesAt: "17:00" }),
      expect.objectContaining({ weekday: 2, opensAt: "08:00", closesAt: "12:00", notes: "Middag alleen spoed" }),
    ]);
    expect(created.locations[0]).toMatchObject({ postalCode: "1012 JM", municipalityCode: "GM0363" });
    expect(created.locations[0].serviceAtLocationId).not.toBe(created.locations[0].id);
    expect(created.residenceEligibility).toEqual(["ASYLUM_SEEKER", "UNDOCUMENTED"]);
    expect(created.assuredOn).not.toBeNull();
    expect(created.stale).toBe(false);
    expect(created.canEdit).toBe(true);

    // filters: municipality, language, topic, organisation
    const ids = async (filter: Record<string, unknown>) =>
      (await ok(server.url, LIST, { filter }, org.token)).careServices.items.map((i: { id: string }) => i.id) as string[];
    expect(await ids({ municipalityCode: "GM0363" })).toContain(serviceId);
    expect(await ids({ municipalityCode: "GM0344" })).not.toContain(serviceId);
    expect(await ids({ languageCode: "ara" })).toContain(serviceId);
    expect(await ids({ languageCode: "tir" })).not.toContain(serviceId);
    expect(await ids({ topic })).toContain(serviceId);
    expect(await ids({ organisationId: org.id })).toContain(serviceId);
    expect(await ids({ organisationId: otherOrg.id })).not.toContain(serviceId);

    // update replaces the lists; a location given by id keeps its HSDS ids
    const location = created.locations[0];
    const { updateCareService: updated } = await ok(
      server.url,
      UPDATE,
      {
        id: serviceId,
        input: serviceInput(org.id, {
          name: "Huisartsenpraktijk De Test (nieuw)",
          topics: [topic],
          languageCodes: ["tir"],
          phones: [],
          locations: [{ ...serviceInput(org.id).locations[0], id: location.id, address: "Damstraat 3" }],
        }),
      },
      org.token,
    );
    expect(updated.name).toBe("Huisartsenpraktijk De Test (nieuw)");
    expect(updated.languages.map((l: { code: string }) => l.code)).toEqual(["tir"]);
    expect(updated.phones).toEqual([]);
    expect(updated.locations).toEqual([
      expect.objectContaining({ id: location.id, serviceAtLocationId: location.serviceAtLocationId, address: "Damstraat 3" }),
    ]);

    // read by a key person (the directory is for referring)
    const kp = await world.keyPerson({ login: true });
    expect((await ok(server.url, GET, { id: serviceId }, kp.token)).careService).toMatchObject({ id: serviceId, canEdit: false });
  });

  test("refusals name their reason and field, and change nothing", async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ name: "  " }, "NAME_EMPTY", "name"],
      [{ municipalityCodes: ["GM9999"] }, "UNKNOWN_CODE", "municipalityCodes"],
      [{ languageCodes: ["xx"] }, "UNKNOWN_CODE", "languageCodes"],
      [{ languageCodes: ["ara", "ara"] }, "LISTED_TWICE", "languageCodes"],
      [{ topics: ["NO_SUCH_TOPIC"] }, "UNKNOWN_CODE", "topics"],
      [{ municipalityCodes: [], nationwide: false }, "SERVICE_AREA_REQUIRED", "municipalityCodes"],
      [{ url: "huisarts dot nl" }, "NOT_A_WEB_ADDRESS", "url"],
      [{ email: "geen-adres" }, "NOT_AN_EMAIL", "email"],
      [{ phones: [{ number: "bel ons" }] }, "NOT_A_PHONE", "phones"],
      [{ schedules: [{ weekday: 8, opensAt: "09:00", closesAt: "10:00" }] }, "NUMBER_OUT_OF_RANGE", "schedules"],
      [{ schedules: [{ weekday: 1, opensAt: "9 uur", closesAt: "10:00" }] }, "NOT_A_TIME", "schedules"],
      [{ schedules: [{ weekday: 1, opensAt: "17:00", closesAt: "09:00" }] }, "WINDOW_ENDS_BEFORE_START", "schedules"],
      [
        {
          schedules: [
            { weekday: 3, opensAt: "09:00", closesAt: "12:00" },
            { weekday: 3, opensAt: "11:00", closesAt: "13:00" },
          ],
        },
        "WINDOWS_OVERLAP",
        "schedules",
      ],
      [{ locations: [{ address: "Damstraat 1", postalCode: "ABCD", city: "Amsterdam", municipalityCode: "GM0363" }] }, "NOT_A_POSTAL_CODE", "locations"],
    ];
    for (const [overrides, reason, field] of cases) {
      const refused = await refusedUnchanged(server, () => gql(server.url, CREATE, { input: serviceInput(org.id, overrides) }, org.token));
      expect({ code: refused.code, reason: refused.reason, field: refused.field }).toEqual({ code: "BAD_USER_INPUT", reason, field });
    }
    // an invalid update leaves the service as it was
    const before = (await ok(server.url, GET, { id: serviceId }, org.token)).careService;
    await refusedUnchanged(server, () => gql(server.url, UPDATE, { id: serviceId, input: serviceInput(org.id, { email: "x" }) }, org.token));
    expect((await ok(server.url, GET, { id: serviceId }, org.token)).careService).toEqual(before);
  });

  test("another organisation cannot edit, archive or confirm it, nor create for someone else", async () => {
    const input = serviceInput(org.id, { topics: [topic] });
    const update = await refusedUnchanged(server, () => gql(server.url, UPDATE, { id: serviceId, input }, otherOrg.token));
    expect(update).toMatchObject({ code: "FORBIDDEN", reason: "OWN_ORGANISATION_ONLY" });
    const archive = await refusedUnchanged(server, () =>
      gql(server.url, `mutation($id: ID!) { archiveCareService(id: $id) { id } }`, { id: serviceId }, otherOrg.token),
    );
    expect(archive.reason).toBe("OWN_ORGANISATION_ONLY");
    const confirm = await refusedUnchanged(server, () =>
      gql(server.url, `mutation($id: ID!) { confirmCareService(id: $id) { id } }`, { id: serviceId }, otherOrg.token),
    );
    expect(confirm.reason).toBe("OWN_ORGANISATION_ONLY");
    const create = await refusedUnchanged(server, () => gql(server.url, CREATE, { input }, otherOrg.token));
    expect(create.reason).toBe("OWN_ORGANISATION_ONLY");
    const kp = await world.keyPerson({ login: true });
    expect(failure(await gql(server.url, CREATE, { input }, kp.token)).code).toBe("FORBIDDEN");
    expect((await ok(server.url, GET, { id: serviceId }, otherOrg.token)).careService.canEdit).toBe(false);
  });

  test("a municipality's staff edit services in their municipality only; a regional coordinator in the region only", async () => {
    const municipality = await world.organisation("Gemeente Amsterdam", "GM0363");
    await server.dataSource.query(`UPDATE organisation SET kind = 'MUNICIPALITY' WHERE id = $1`, [municipality.id]);
    const { updateCareService } = await ok(
      server.url,
      UPDATE,
      { id: serviceId, input: serviceInput(org.id, { topics: [topic], description: "Bewerkt door de gemeente" }) },
      municipality.token,
    );
    expect(updateCareService.description).toBe("Bewerkt door de gemeente");
    const { createCareService: utrecht } = await ok(
      server.url,
      CREATE,
      { input: serviceInput(otherOrg.id, { name: "GGZ Utrecht", municipalityCodes: ["GM0344"], locations: [] }) },
      otherOrg.token,
    );
    const outside = await refusedUnchanged(server, () =>
      gql(server.url, UPDATE, { id: utrecht.id, input: serviceInput(otherOrg.id, { municipalityCodes: ["GM0344"], locations: [] }) }, municipality.token),
    );
    expect(outside).toMatchObject({ code: "FORBIDDEN", reason: "OUTSIDE_MUNICIPALITY", params: { municipality: "GM0363" } });

    const regional = await world.regionalCoordinator(["GM0363"]);
    await ok(server.url, `mutation($id: ID!) { confirmCareService(id: $id) { id } }`, { id: serviceId }, regional);
    const region = await refusedUnchanged(server, () =>
      gql(server.url, `mutation($id: ID!) { archiveCareService(id: $id) { id } }`, { id: utrecht.id }, regional),
    );
    expect(region.reason).toBe("OUTSIDE_REGION");
    // the national coordinator edits every service
    await ok(server.url, `mutation($id: ID!) { archiveCareService(id: $id) { id status } }`, { id: utrecht.id }, world.coordinator);
    const listed = (await ok(server.url, LIST, { filter: { organisationId: otherOrg.id } }, world.coordinator)).careServices.items;
    expect(listed.map((i: { id: string }) => i.id)).not.toContain(utrecht.id);
    const archived = (await ok(server.url, LIST, { filter: { organisationId: otherOrg.id, status: "DEFUNCT" } }, world.coordinator)).careServices.items;
    expect(archived.map((i: { id: string }) => i.id)).toContain(utrecht.id);
  });

  test("a service not assured for 180 days is stale: a reminder to its organisation, on the coordinators' list; confirming makes it fresh", async () => {
    await server.dataSource.query(`UPDATE care_service SET assured_on = current_date - 200 WHERE id = $1`, [serviceId]);
    expect((await ok(server.url, GET, { id: serviceId }, org.token)).careService.stale).toBe(true);
    const staleList = await ok(server.url, `{ staleCareServices { id } }`, {}, world.coordinator);
    expect(staleList.staleCareServices.map((s: { id: string }) => s.id)).toContain(serviceId);
    const staleFilter = await ok(server.url, LIST, { filter: { stale: true } }, org.token);
    expect(staleFilter.careServices.items.map((s: { id: string }) => s.id)).toContain(serviceId);

    const jobs = await server.services.notifications.runJobs();
    expect(jobs.staleServices).toBeGreaterThanOrEqual(1);
    const mails = await server.dataSource.query(
      `SELECT n.subject, n.body FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.kind = 'CARE_SERVICE_STALE' AND u.organisation_id = $1`,
      [Number(org.id)],
    );
    expect(mails.length).toBe(1);
    expect(mails[0].body).toContain(`careServices/${serviceId}/show`);
    expect((await server.services.notifications.runJobs()).staleServices).toBe(0);

    const future = await refusedUnchanged(server, () =>
      gql(
        server.url,
        `mutation($id: ID!, $i: ConfirmCareServiceInput) { confirmCareService(id: $id, input: $i) { id } }`,
        { id: serviceId, i: { assuredOn: "2999-01-01" } },
        org.token,
      ),
    );
    expect(future.reason).toBe("ASSURED_DATE_IN_FUTURE");
    const { confirmCareService } = await ok(server.url, `mutation($id: ID!) { confirmCareService(id: $id) { stale assuredOn } }`, { id: serviceId }, org.token);
    expect(confirmCareService.stale).toBe(false);
    const after = await ok(server.url, `{ staleCareServices { id } }`, {}, world.coordinator);
    expect(after.staleCareServices.map((s: { id: string }) => s.id)).not.toContain(serviceId);
    expect(failure(await gql(server.url, `{ staleCareServices { id } }`, {}, org.token)).code).toBe("FORBIDDEN");
  });

  test("an unknown or malformed id is not found", async () => {
    for (const id of ["00000000-0000-4000-8000-000000000000", "niet-een-id"]) {
      const refused = failure(await gql(server.url, GET, { id }, org.token));
      expect(refused).toMatchObject({ code: "NOT_FOUND", reason: "RECORD_NOT_FOUND" });
    }
  });
});

describe("organisation contact points", () => {
  const CONTACTS = `query($o: ID!) { organisationContacts(organisationId: $o) { id name title email phone } }`;
  const ORG_CONTACTS = `query($o: ID!) { organisation(id: $o) { contacts { id name } } }`;
  const CREATE_CONTACT = `mutation($o: ID!, $i: OrganisationContactInput!) { createOrganisationContact(organisationId: $o, input: $i) { id name title email phone } }`;

  test("the organisation keeps them; others refused; a key person sees them only while supporting one of its cases", async () => {
    const { createOrganisationContact: contact } = await ok(
      server.url,
      CREATE_CONTACT,
      { o: org.id, i: { name: "Fatima de Vries", title: "Casemanager", email: "f.devries@example.nl", phone: "020-555 1234" } },
      org.token,
    );
    expect(contact).toMatchObject({ name: "Fatima de Vries", title: "Casemanager" });
    const empty = await refusedUnchanged(server, () => gql(server.url, CREATE_CONTACT, { o: org.id, i: { name: "Zonder gegevens" } }, org.token));
    expect(empty).toMatchObject({ code: "BAD_USER_INPUT", reason: "VALUE_REQUIRED" });
    const badPhone = await refusedUnchanged(server, () => gql(server.url, CREATE_CONTACT, { o: org.id, i: { name: "X", phone: "geen" } }, org.token));
    expect(badPhone.reason).toBe("NOT_A_PHONE");
    const other = await refusedUnchanged(server, () =>
      gql(server.url, CREATE_CONTACT, { o: org.id, i: { name: "Indringer", email: "x@example.nl" } }, otherOrg.token),
    );
    expect(other).toMatchObject({ code: "FORBIDDEN", reason: "OWN_ORGANISATION_ONLY" });
    const { updateOrganisationContact } = await ok(
      server.url,
      `mutation($id: ID!, $i: OrganisationContactInput!) { updateOrganisationContact(id: $id, input: $i) { title } }`,
      { id: contact.id, i: { name: "Fatima de Vries", title: "Teamleider", email: "f.devries@example.nl" } },
      org.token,
    );
    expect(updateOrganisationContact.title).toBe("Teamleider");
    expect((await ok(server.url, ORG_CONTACTS, { o: org.id }, org.token)).organisation.contacts.map((c: { id: string }) => c.id)).toEqual([contact.id]);
    expect((await ok(server.url, CONTACTS, { o: org.id }, world.coordinator)).organisationContacts).toHaveLength(1);

    // a key person without an active case of the organisation: refused
    const kp = await world.keyPerson({ login: true, languages: ["tir"] });
    const hidden = failure(await gql(server.url, CONTACTS, { o: org.id }, kp.token));
    expect(hidden).toMatchObject({ code: "FORBIDDEN", reason: "CONTACTS_NEED_ACTIVE_CASE" });
    // proposed is not yet supporting
    const request = await world.request(org, { languageCodes: ["tir"] });
    const { proposeAssignment } = await ok(
      server.url,
      `mutation($r: ID!, $k: ID!) { proposeAssignment(requestId: $r, keyPersonId: $k) { id } }`,
      { r: request.id, k: kp.id },
      org.token,
    );
    expect(failure(await gql(server.url, CONTACTS, { o: org.id }, kp.token)).reason).toBe("CONTACTS_NEED_ACTIVE_CASE");
    // the organisation field of a service hides them instead of refusing
    const viaService = await ok(server.url, `query($id: ID!) { careService(id: $id) { organisation { contacts { id } } } }`, { id: serviceId() }, kp.token);
    expect(viaService.careService.organisation.contacts).toEqual([]);
    await ok(server.url, `mutation($a: ID!) { respondToAssignment(assignmentId: $a, accept: true) { status } }`, { a: proposeAssignment.id }, kp.token);
    const seen = await ok(server.url, CONTACTS, { o: org.id }, kp.token);
    expect(seen.organisationContacts.map((c: { id: string }) => c.id)).toEqual([contact.id]);
    const viaServiceNow = await ok(server.url, `query($id: ID!) { careService(id: $id) { organisation { contacts { id } } } }`, { id: serviceId() }, kp.token);
    expect(viaServiceNow.careService.organisation.contacts.map((c: { id: string }) => c.id)).toEqual([contact.id]);
    // but not the other organisation's
    expect(failure(await gql(server.url, CONTACTS, { o: otherOrg.id }, kp.token)).reason).toBe("CONTACTS_NEED_ACTIVE_CASE");

    await ok(server.url, `mutation($id: ID!) { removeOrganisationContact(id: $id) }`, { id: contact.id }, org.token);
    expect((await ok(server.url, CONTACTS, { o: org.id }, org.token)).organisationContacts).toEqual([]);
  });

  let firstService = "";
  const serviceId = () => firstService;
  beforeAll(async () => {
    const [row] = await server.dataSource.query(`SELECT id FROM care_service WHERE organisation_id = $1 ORDER BY created_at LIMIT 1`, [Number(org.id)]);
    firstService = row.id;
  });
});
