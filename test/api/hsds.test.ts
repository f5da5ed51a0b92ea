import { login, ok } from "../support/graphql";
import { HsdsSchemas } from "../support/hsds-schemas";
import { startTestServer, type TestServer } from "../support/server";

// The open-data API (/hsds) against the HSDS 3.0 schemas: every answer is validated
// against openapi.json's answer for its path and the compiled schema of its object.
// The services are written straight into the tables (the directory's own API is tested
// with the services feature); what is read here is only ever HTTP.

let server: TestServer;
const ADMIN = { email: "hsds-coordinator@example.nl", password: "een lang wachtwoord voor de hsds test" };
const schemas = new HsdsSchemas();
type Json = Record<string, any>;

/** What the test created: the public services, and what must never show. */
const created = {
  orgWithEntry: "",
  orgServiceOnly: "",
  orgHidden: "",
  publicServices: [] as string[],
  full: "",
  inactive: "",
  notPublic: "",
  hiddenOrgService: "",
  locations: [] as string[],
  hiddenLocation: "",
};

async function insertOrganisation(name: string, municipality: string | null): Promise<{ id: number; hsdsId: string }> {
  const [row] = await server.dataSource.query(`INSERT INTO organisation (name, kind, municipality_code) VALUES ($1, 'NGO', $2) RETURNING id, hsds_id`, [
    name,
    municipality,
  ]);
  return { id: row.id, hsdsId: row.hsds_id };
}

async function insertService(organisationId: number, fields: Json = {}): Promise<string> {
  const columns = { organisation_id: organisationId, name: "Dienst", status: "ACTIVE", public: true, ...fields };
  const names = Object.keys(columns);
  const [row] = await server.dataSource.query(
    `INSERT INTO care_service (${names.join(", ")}) VALUES (${names.map((_, i) => `$${i + 1}`).join(", ")}) RETURNING id`,
    Object.values(columns),
  );
  return row.id;
}

async function insertLocation(serviceId: string, fields: Json): Promise<string> {
  const [row] = await server.dataSource.query(
    `INSERT INTO care_service_location (service_id, name, address, postal_code, city, municipality_code, lat, lon)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING service_at_location_id`,
    [serviceId, fields.name ?? null, fields.address, fields.postalCode, fields.city, fields.municipality, fields.lat ?? null, fields.lon ?? null],
  );
  return row.service_at_location_id;
}

beforeAll(async () => {
  schemas.warm();
  server = await startTestServer({ env: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password } });
  const withEntry = await insertOrganisation("Zorgpunt Amsterdam", "GM0363");
  await server.dataSource.query(`INSERT INTO organisation_public_entry (organisation_id, website, offers) VALUES ($1, $2, $3)`, [
    withEntry.id,
    "https://zorgpunt.example.nl",
    "Eerste hulp na seksueel geweld en doorverwijzing.",
  ]);
  const serviceOnly = await insertOrganisation("GGZ Utrecht", "GM0344");
  const hidden = await insertOrganisation("Alleen intern", "GM0363");
  Object.assign(created, { orgWithEntry: withEntry.hsdsId, orgServiceOnly: serviceOnly.hsdsId, orgHidden: hidden.hsdsId });

  // One service with every field Sleutelkaart keeps.
  created.full = await insertService(withEntry.id, {
    name: "Aaa Centrum Seksueel Geweld Amsterdam",
    description: "Medische, forensische en psychische hulp binnen 7 dagen na seksueel geweld.",
    url: "https://centrumseksueelgeweld.nl",
    email: "info@csg.example.nl",
    topics: ["SGBV", "SEXUAL_VIOLENCE"],
    interpreters_available: true,
    residence_eligibility: ["ASYLUM_SEEKER", "STATUS_HOLDER", "UNDOCUMENTED"],
    eligibility_description: "Voor iedereen vanaf 12 jaar.",
    application_process: "U belt; een verpleegkundige belt binnen een uur terug.",
    fees_description: "Gratis, ook zonder zorgverzekering (regeling onverzekerden).",
    anonymous_line: true,
    nationwide: true,
    assured_on: "2026-11-01",
  });
  await server.dataSource.query(`INSERT INTO care_service_area (service_id, municipality_code) VALUES ($1, 'GM0363'), ($1, 'GM0362')`, [created.full]);
  await server.dataSource.query(`INSERT INTO care_service_language (service_id, language_code) VALUES ($1, 'ara'), ($1, 'tir')`, [created.full]);
  await server.dataSource.query(
    `INSERT INTO care_service_phone (service_id, number, description) VALUES ($1, '0800-0188', 'Dag en nacht'), ($1, '020 123 4567', NULL)`,
    [created.full],
  );
  await server.dataSource.query(
    `INSERT INTO care_service_schedule (service_id, weekday, opens_at, closes_at, notes) VALUES ($1, 1, '09:00', '17:00', 'Spreekuur'), ($1, 5, '09:00', '12:30', NULL)`,
    [created.full],
  );
  created.locations.push(
    await insertLocation(created.full, {
      name: "CSG Amsterdam",
      address: "Jan Tooropstraat 164",
      postalCode: "1061 AE",
      city: "Amsterdam",
      municipality: "GM0363",
      lat: 52.37,
      lon: 4.84,
    }),
    await insertLocation(created.full, { address: "Stationsplein 1", postalCode: "1181 CE", city: "Amstelveen", municipality: "GM0362" }),
  );
  created.publicServices.push(created.full);
  // Six more with only what is required, spread over both organisations: three pages of three.
  for (let i = 1; i <= 6; i++) {
    const id = await insertService(i % 2 ? withEntry.id : serviceOnly.id, { name: `Dienst ${i}` });
    created.publicServices.push(id);
    if (i === 2) created.locations.push(await insertLocation(id, { address: "Oudegracht 1", postalCode: "3511 AA", city: "Utrecht", municipality: "GM0344" }));
  }
  // Never in the open data: an inactive service, one not public, and an organisation with only those.
  created.inactive = await insertService(withEntry.id, { name: "Geheim inactief", status: "INACTIVE" });
  created.notPublic = await insertService(withEntry.id, { name: "Geheim niet openbaar", public: false });
  created.hiddenOrgService = await insertService(hidden.id, { name: "Geheim intern", public: false });
  created.hiddenLocation = await insertLocation(created.inactive, {
    address: "Geheimstraat 1",
    postalCode: "1011 AA",
    city: "Amsterdam",
    municipality: "GM0363",
  });
}, 120_000);
afterAll(async () => {
  await server?.stop();
});

async function get(path: string, init: RequestInit = {}): Promise<{ status: number; body: any; response: Response }> {
  const response = await fetch(`${server.url}${path}`, init);
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, response };
}

/** GET path and expect a 200 JSON answer valid for specPath (openapi.json) and, for one object, its compiled schema. */
async function valid(path: string, specPath: string, compiled?: Parameters<HsdsSchemas["problemsFor"]>[0]): Promise<any> {
  const { status, body, response } = await get(path);
  expect({ path, status }).toEqual({ path, status: 200 });
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  expect({ path, problems: schemas.problemsForPath(specPath, body) }).toEqual({ path, problems: [] });
  if (compiled) expect({ path, problems: schemas.problemsFor(compiled, body) }).toEqual({ path, problems: [] });
  return body;
}

/** Every page of a list, each validated; the pages' flags and counts checked against each other. */
async function walk(path: string, specPath: string, item: Parameters<HsdsSchemas["problemsFor"]>[0], perPage: number): Promise<Json[]> {
  const all: Json[] = [];
  const separator = path.includes("?") ? "&" : "?";
  const first = await valid(`${path}${separator}per_page=${perPage}`, specPath);
  for (let page = 1; page <= first.total_pages + 1; page++) {
    const body = await valid(`${path}${separator}per_page=${perPage}&page=${page}`, specPath);
    expect(body).toMatchObject({
      total_items: first.total_items,
      total_pages: Math.ceil(first.total_items / perPage),
      page_number: page,
      first_page: page === 1,
      last_page: page >= first.total_pages,
      empty: page > first.total_pages,
      size: body.contents.length,
    });
    expect(body.contents.length).toBe(page < first.total_pages ? perPage : page === first.total_pages ? first.total_items - perPage * (page - 1) : 0);
    for (const content of body.contents) expect(schemas.problemsFor(item, content)).toEqual([]);
    all.push(...body.contents);
  }
  expect(all).toHaveLength(first.total_items);
  return all;
}

test("GET /hsds/ tells the version and where openapi.json is, which answers", async () => {
  const about = await valid("/hsds/", "/");
  expect(about.version).toBe("3.0");
  const openapi = await get(new URL(about.openapi_url).pathname);
  expect(openapi.status).toBe(200);
  expect(openapi.body.paths["/services"]).toBeDefined();
  expect(openapi.body.servers[0].url).toMatch(/\/hsds$/);
});

test("services: every page and every service valid, only the public active ones", async () => {
  const listed = await walk("/hsds/services", "/services", "service_list", 3);
  expect(listed.map((s) => s.id).sort()).toEqual([...created.publicServices].sort());
  for (const id of created.publicServices) {
    const service = await valid(`/hsds/services/${id}`, "/services/{id}", "service");
    expect(service).toMatchObject({ id, status: "active" });
    expect(service.organization.id).toBe(service.organization_id);
  }
  const full = await get("/hsds/services?full=true&per_page=2");
  expect(schemas.problemsForPath("/services", full.body)).toEqual([]);
  for (const service of full.body.contents) expect(schemas.problemsFor("service", service)).toEqual([]);
  expect(full.body.contents[0].id).toBe(created.full);
  expect(full.body.contents[0].languages).toHaveLength(2);
});

test("the service with every field carries each of them as HSDS asks", async () => {
  const s = await valid(`/hsds/services/${created.full}`, "/services/{id}", "service");
  expect(s).toMatchObject({
    name: "Aaa Centrum Seksueel Geweld Amsterdam",
    url: "https://centrumseksueelgeweld.nl",
    email: "info@csg.example.nl",
    assured_date: "2026-11-01",
    application_process: "U belt; een verpleegkundige belt binnen een uur terug.",
    fees_description: "Gratis, ook zonder zorgverzekering (regeling onverzekerden).",
    organization: { id: created.orgWithEntry, name: "Zorgpunt Amsterdam", website: "https://zorgpunt.example.nl" },
  });
  expect(s.last_modified).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  expect(s.interpretation_services).toMatch(/Tolk/);
  expect(s.eligibility_description).toMatch(/^Voor iedereen vanaf 12 jaar\. Verblijfsstatus: Asielzoekers, Statushouders, Ongedocumenteerden\.$/);
  expect(s.languages.map((l: Json) => [l.code, l.name])).toEqual([
    ["ara", "Arabic"],
    ["tir", "Tigrinya"],
  ]);
  expect(s.service_areas.map((a: Json) => [a.name, a.extent, a.extent_type])).toEqual([
    ["Nederland", "NL", "text"],
    ["Amstelveen", "GM0362", "text"],
    ["Amsterdam", "GM0363", "text"],
  ]);
  expect(s.service_areas[2].uri).toBe("https://identifier.overheid.nl/tooi/id/gemeente/gm0363");
  expect(s.schedules.map((x: Json) => [x.freq, x.byday, x.opens_at.slice(0, 5), x.closes_at.slice(0, 5)])).toEqual([
    ["WEEKLY", "MO", "09:00", "17:00"],
    ["WEEKLY", "FR", "09:00", "12:30"],
  ]);
  for (const schedule of s.schedules) expect(schedule.opens_at).toMatch(/^\d{2}:\d{2}\+0[12]:00$/);
  expect(s.schedules[0].notes).toBe("Spreekuur");
  expect(s.phones.map((p: Json) => p.number).sort()).toEqual(["020 123 4567", "0800-0188"]);
  expect(s.contacts).toEqual([expect.objectContaining({ email: "info@csg.example.nl" })]);
  expect(s.cost_options).toEqual([expect.objectContaining({ option: "Gratis, ook zonder zorgverzekering (regeling onverzekerden).", currency: "EUR" })]);
  const terms = s.attributes.map((a: Json) => [a.link_type, a.taxonomy_term.code]);
  expect(terms).toEqual([
    ["topic", "SGBV"],
    ["topic", "SEXUAL_VIOLENCE"],
    ["eligibility", "ASYLUM_SEEKER"],
    ["eligibility", "STATUS_HOLDER"],
    ["eligibility", "UNDOCUMENTED"],
    ["service_feature", "ANONYMOUS_LINE"],
    ["service_feature", "NATIONWIDE"],
    ["service_feature", "INTERPRETERS"],
  ]);
  expect(s.service_at_locations).toHaveLength(2);
  const amsterdam = s.service_at_locations.find((l: Json) => l.location.name === "CSG Amsterdam");
  expect(amsterdam.location).toMatchObject({ location_type: "physical", latitude: 52.37, longitude: 4.84 });
  expect(amsterdam.location.addresses[0]).toMatchObject({
    address_1: "Jan Tooropstraat 164",
    postal_code: "1061 AE",
    city: "Amsterdam",
    state_province: "Noord-Holland",
    country: "NL",
  });

  // a topic's taxonomy term filters the list
  const topic = s.attributes[0];
  const byTerm = await valid(`/hsds/services?taxonomy_term_id=${topic.taxonomy_term_id}`, "/services");
  expect(byTerm.contents.map((x: Json) => x.id)).toEqual([created.full]);
  const byTaxonomy = await valid(`/hsds/services?taxonomy_id=${topic.taxonomy_term.taxonomy_id}`, "/services");
  expect(byTaxonomy.total_items).toBe(1);
});

test("organizations: only those with a public service or a public entry, every page and detail valid", async () => {
  const listed = await walk("/hsds/organizations", "/organizations", "organization_list", 1);
  expect(listed.map((o) => o.id).sort()).toEqual([created.orgWithEntry, created.orgServiceOnly].sort());
  const withEntry = await valid(`/hsds/organizations/${created.orgWithEntry}`, "/organizations/{id}", "organization");
  expect(withEntry.description).toBe("Eerste hulp na seksueel geweld en doorverwijzing.");
  expect(withEntry.services.map((s: Json) => s.id).sort()).toEqual(created.publicServices.filter((_, i) => i === 0 || i % 2 === 1).sort());
  for (const service of withEntry.services) expect(schemas.problemsFor("service_list", service)).toEqual([]);
  const full = await valid(`/hsds/organizations/${created.orgWithEntry}?full_service=true`, "/organizations/{id}", "organization");
  expect(full.services.find((s: Json) => s.id === created.full).phones).toHaveLength(2);
  const fullList = await valid(`/hsds/organizations?full=true&full_service=true`, "/organizations");
  for (const organisation of fullList.contents) expect(schemas.problemsFor("organization", organisation)).toEqual([]);
  await valid(`/hsds/organizations/${created.orgServiceOnly}`, "/organizations/{id}", "organization");
});

test("service_at_locations: every page and detail valid against both the object's schema and openapi.json's", async () => {
  const listed = await walk("/hsds/service_at_locations", "/service_at_locations", "service_at_location_list", 2);
  expect(listed.map((s) => s.id).sort()).toEqual([...created.locations].sort());
  for (const id of created.locations) {
    const sal = await valid(`/hsds/service_at_locations/${id}`, "/service_at_locations/{id}", "service_at_location");
    expect(sal.id).toBe(id);
    expect(sal.service.id).toBe(sal.service_id);
    expect(sal.location.addresses).toHaveLength(1);
  }
  const utrecht = await valid("/hsds/service_at_locations?postcode=3511AB", "/service_at_locations");
  expect(utrecht.contents.map((s: Json) => s.location.name)).toEqual(["Oudegracht 1, Utrecht"]);
  const full = await valid("/hsds/service_at_locations?full=true", "/service_at_locations");
  for (const sal of full.contents) expect(schemas.problemsFor("service_at_location", sal)).toEqual([]);
});

test("filters: search, organization_id, modified_after; NDJSON gives every result", async () => {
  const search = await valid("/hsds/services?search=seksueel", "/services");
  expect(search.contents.map((s: Json) => s.id)).toEqual([created.full]);
  const byOrganisation = await valid(`/hsds/services?organization_id=${created.orgServiceOnly}`, "/services");
  expect(byOrganisation.total_items).toBe(3);
  expect((await valid("/hsds/services?organization_id=not-a-uuid", "/services")).empty).toBe(true);
  expect((await valid("/hsds/services?modified_after=2999-01-01T00:00:00Z", "/services")).total_items).toBe(0);
  expect((await valid("/hsds/services?modified_after=2000-01-01", "/services")).total_items).toBe(created.publicServices.length);
  const ndjson = await fetch(`${server.url}/hsds/services?format=ndjson`);
  expect(ndjson.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
  const lines = (await ndjson.text())
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
  expect(lines.map((s) => s.id).sort()).toEqual([...created.publicServices].sort());
  for (const line of lines) expect(schemas.problemsFor("service_list", line)).toEqual([]);
});

test("unknown and malformed ids, unknown paths and bad parameters are JSON errors", async () => {
  for (const path of [
    "/hsds/services/00000000-0000-4000-8000-000000000000",
    "/hsds/services/abc",
    "/hsds/services/1",
    "/hsds/organizations/00000000-0000-4000-8000-000000000000",
    "/hsds/organizations/abc",
    "/hsds/service_at_locations/abc",
    "/hsds/service_at_locations/00000000-0000-4000-8000-000000000000",
    "/hsds/taxonomies",
    "/hsds/nothing",
  ]) {
    const { status, body, response } = await get(path);
    expect({ path, status }).toEqual({ path, status: 404 });
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(body.error.reason).toBe("RECORD_NOT_FOUND");
  }
  for (const [path, reason] of [
    ["/hsds/services?page=0", "NUMBER_OUT_OF_RANGE"],
    ["/hsds/services?per_page=1000", "NUMBER_OUT_OF_RANGE"],
    ["/hsds/services?page=x", "INVALID_INPUT"],
    ["/hsds/services?modified_after=gisteren", "INVALID_INPUT"],
    ["/hsds/service_at_locations?proximity=500", "HSDS_PARAMETER_UNSUPPORTED"],
  ]) {
    const { status, body } = await get(path);
    expect({ path, status, reason: body.error.reason }).toEqual({ path, status: 400, reason });
  }
});

test("nothing that is not public leaks: inactive, unlisted services and their organisation and locations", async () => {
  for (const id of [created.inactive, created.notPublic, created.hiddenOrgService]) expect((await get(`/hsds/services/${id}`)).status).toBe(404);
  expect((await get(`/hsds/organizations/${created.orgHidden}`)).status).toBe(404);
  expect((await get(`/hsds/service_at_locations/${created.hiddenLocation}`)).status).toBe(404);
  const everything = [
    await get("/hsds/services?full=true&per_page=200"),
    await get("/hsds/organizations?full=true&full_service=true&per_page=200"),
    await get("/hsds/service_at_locations?full=true&per_page=200"),
    await get("/hsds/organizations/" + created.orgWithEntry + "?full_service=true"),
  ]
    .map((r) => JSON.stringify(r.body))
    .join("\n");
  for (const secret of [
    "Geheim",
    "Alleen intern",
    "Geheimstraat",
    created.inactive,
    created.notPublic,
    created.hiddenOrgService,
    created.orgHidden,
    created.hiddenLocation,
  ])
    expect(everything).not.toContain(secret);
  // and the moment a service stops being public, it is gone
  await server.dataSource.query(`UPDATE care_service SET status = 'TEMPORARILY_CLOSED' WHERE id = $1`, [created.publicServices[2]]);
  expect((await get(`/hsds/services/${created.publicServices[2]}`)).status).toBe(404);
  expect((await valid("/hsds/services", "/services")).total_items).toBe(created.publicServices.length - 1);
  await server.dataSource.query(`UPDATE care_service SET status = 'ACTIVE' WHERE id = $1`, [created.publicServices[2]]);
});

test("a page costs the same number of queries however long it is", async () => {
  const statements = async (path: string) => {
    const before = server.queryCounter.count;
    expect((await get(path)).status).toBe(200);
    return server.queryCounter.count - before;
  };
  for (const list of ["/hsds/services?full=true", "/hsds/organizations?full=true&full_service=true", "/hsds/service_at_locations?full=true"])
    expect(await statements(`${list}&per_page=1`)).toBe(await statements(`${list}&per_page=100`));
});

test("open to every origin (CORS), with a JSON content type", async () => {
  const answer = await fetch(`${server.url}/hsds/services`, { headers: { origin: "https://sociale-kaart.example.org" } });
  expect(answer.headers.get("access-control-allow-origin")).toBe("*");
  expect(answer.headers.get("content-type")).toMatch(/^application\/json/);
  const preflight = await fetch(`${server.url}/hsds/services`, {
    method: "OPTIONS",
    headers: { origin: "https://sociale-kaart.example.org", "access-control-request-method": "GET" },
  });
  expect(preflight.status).toBe(204);
  expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
});

test("limited per client address like the public map", async () => {
  const limited = await startTestServer({ env: { PUBLIC_RATE_LIMIT: "3" } });
  try {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await fetch(`${limited.url}/hsds/services`)).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const refused = await fetch(`${limited.url}/hsds/services`);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await refused.json()).error.reason).toBe("RATE_LIMITED");
  } finally {
    await limited.stop();
  }
});

test("the public map's publicServices: the same public services, filtered by language (or interpreters), topic and place", async () => {
  const query = `query($l: [String!], $e: [String!], $near: GeoPointInput, $km: Float, $perPage: Int) {
    publicServices(languageCodes: $l, expertiseCodes: $e, near: $near, withinKm: $km, perPage: $perPage) {
      total items { id name organisationName languages { code } topics { code } municipalities { code } nationwide interpretersAvailable phones { number } }
    }
  }`;
  const all = (await ok(server.url, query, { perPage: 100 })).publicServices;
  expect(all.items.map((s: Json) => s.id).sort()).toEqual([...created.publicServices].sort());
  expect(all.total).toBe(created.publicServices.length);
  expect(JSON.stringify(all)).not.toContain("Geheim");
  // Tigrinya: the full service offers it (and has interpreters); the others neither
  expect((await ok(server.url, query, { l: ["tir"] })).publicServices.items.map((s: Json) => s.id)).toEqual([created.full]);
  expect((await ok(server.url, query, { e: ["SGBV", "SEXUAL_VIOLENCE"] })).publicServices.total).toBe(1);
  expect((await ok(server.url, query, { e: ["FGM"] })).publicServices.total).toBe(0);
  // near Utrecht within 10 km: the nationwide service and the one at a location in Utrecht
  const utrecht = (await ok(server.url, query, { near: { lat: 52.09, lon: 5.12 }, km: 10 })).publicServices.items.map((s: Json) => s.id);
  expect(utrecht.sort()).toEqual([created.full, created.publicServices[2]].sort());
  const paged = (await ok(server.url, query, { perPage: 3 })).publicServices;
  expect(paged.items).toHaveLength(3);
  expect(paged.total).toBe(created.publicServices.length);
});

test("a service entered through the services' own API (every field) is published valid, and updated where it changes", async () => {
  const token = await login(server.url, ADMIN.email, ADMIN.password);
  const [organisation] = await server.dataSource.query(`SELECT id FROM organisation WHERE hsds_id = $1`, [created.orgServiceOnly]);
  const input = {
    organisationId: String(organisation.id),
    name: "Zzz Sociaal wijkteam Utrecht",
    description: "Hulp bij geldzaken, wonen en zorg.",
    url: "https://wijkteams.example.nl",
    email: "wijkteam@example.nl",
    topics: ["HEALTHCARE_NAVIGATION"],
    interpretersAvailable: true,
    residenceEligibility: ["STATUS_HOLDER"],
    eligibilityDescription: "Voor inwoners van Utrecht.",
    applicationProcess: "Binnen een week een gesprek.",
    feesDescription: "Gratis",
    anonymousLine: false,
    nationwide: false,
    isPublic: true,
    municipalityCodes: ["GM0344"],
    languageCodes: ["ara", "prs"],
    phones: [{ number: "030 123 4567", description: "werkdagen" }],
    schedules: [{ weekday: 3, opensAt: "13:00", closesAt: "16:30", notes: "inloop" }],
    locations: [{ name: "Wijkteam Noordoost", address: "Neude 11", postalCode: "3512 AE", city: "Utrecht", municipalityCode: "GM0344", lat: 52.09, lon: 5.12 }],
  };
  const { createCareService } = await ok(server.url, `mutation($input: CareServiceInput!) { createCareService(input: $input) { id } }`, { input }, token);
  await ok(server.url, `mutation($id: ID!) { confirmCareService(id: $id) { id } }`, { id: createCareService.id }, token);
  const s = await valid(`/hsds/services/${createCareService.id}`, "/services/{id}", "service");
  expect(s).toMatchObject({ name: input.name, organization_id: created.orgServiceOnly, email: input.email, url: input.url });
  expect(s.assured_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(s.languages.map((l: Json) => l.code)).toEqual(["ara", "prs"]);
  expect(s.schedules[0]).toMatchObject({ freq: "WEEKLY", byday: "WE", notes: "inloop" });
  expect(s.service_areas.map((a: Json) => a.extent)).toEqual(["GM0344"]);
  const [sal] = s.service_at_locations;
  await valid(`/hsds/service_at_locations/${sal.id}`, "/service_at_locations/{id}", "service_at_location");

  // changed through the API: last_modified moves, modified_after finds it
  const before = s.last_modified;
  await new Promise((resolve) => setTimeout(resolve, 20));
  await ok(
    server.url,
    `mutation($id: ID!, $input: CareServiceInput!) { updateCareService(id: $id, input: $input) { id } }`,
    { id: createCareService.id, input: { ...input, name: "Zzz Sociaal wijkteam Utrecht-Noordoost", locations: [] } },
    token,
  );
  const after = await valid(`/hsds/services/${createCareService.id}`, "/services/{id}", "service");
  expect(after.name).toBe("Zzz Sociaal wijkteam Utrecht-Noordoost");
  expect(after.last_modified > before).toBe(true);
  const changed = await valid(`/hsds/services?modified_after=${encodeURIComponent(before)}`, "/services");
  expect(changed.contents.map((x: Json) => x.id)).toContain(createCareService.id);
  // archived through the API: gone from the open data
  await server.dataSource.query(`UPDATE care_service SET status = 'INACTIVE' WHERE id = $1`, [createCareService.id]);
  expect((await get(`/hsds/services/${createCareService.id}`)).status).toBe(404);
});
