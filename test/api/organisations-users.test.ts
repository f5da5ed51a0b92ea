// Organisations and accounts: the coordinator creates and changes them; the accounts
// created log in and see what their role may see. Checked against the rows.
import { DEMO, DEMO_PASSWORD, DEMO_ROLES, UTRECHT, CREATE_KEY_PERSON, freshEmail, keyPersonInput, type DemoRole, startDemoServer } from "../support/fixtures";
import { errorCode, gql, login, ok, rowCounts } from "../support/graphql";
import type { TestServer } from "../support/server";

// A fresh server and database per file; argon2 logins are slow on a busy machine.
jest.setTimeout(60_000);

let server: TestServer;
let tokens: Record<DemoRole, string>;
beforeAll(async () => {
  ({ server, tokens } = await startDemoServer());
});
afterAll(async () => {
  await server?.stop();
});

const sql = (text: string, params: unknown[] = []) => server.dataSource.query(text, params);
const coordinatorId = async () => (await sql(`SELECT id FROM app_user WHERE email = $1`, [DEMO.COORDINATOR]))[0].id;

const ORGANISATION_FIELDS = `id name kind municipality { code name } createdAt`;
const CREATE_ORGANISATION = `mutation($input: OrganisationInput!) { createOrganisation(input: $input) { ${ORGANISATION_FIELDS} } }`;
const UPDATE_ORGANISATION = `mutation($id: ID!, $input: OrganisationInput!) { updateOrganisation(id: $id, input: $input) { ${ORGANISATION_FIELDS} } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email role locale organisation { id } municipalities { code } keyPerson { id } } }`;
const CREATE_ORGANISATION_USER = `mutation($o: ID!, $e: String!, $p: String!) { createOrganisationUser(organisationId: $o, email: $e, password: $p) { id email role organisation { id name } } }`;
const ME = `{ me { id email role locale organisation { id name } municipalities { code } keyPerson { id } } }`;

describe("organisations", () => {
  test("createOrganisation: the row, the municipality and the audit entry", async () => {
    const { createOrganisation: o } = await ok(
      server.url,
      CREATE_ORGANISATION,
      { input: { name: "  Stichting Vluchtelingenwerk Zaanstad ", kind: "NGO", municipalityCode: "GM0479" } },
      tokens.COORDINATOR,
    );
    expect(o).toEqual({
      id: expect.stringMatching(/^\d+$/),
      name: "Stichting Vluchtelingenwerk Zaanstad",
      kind: "NGO",
      municipality: { code: "GM0479", name: "Zaanstad" },
      createdAt: expect.any(String),
    });
    expect(await sql(`SELECT name, kind, municipality_code FROM organisation WHERE id = $1`, [o.id])).toEqual([
      { name: "Stichting Vluchtelingenwerk Zaanstad", kind: "NGO", municipality_code: "GM0479" },
    ]);
    expect(await sql(`SELECT actor_user_id, actor_role FROM audit_log WHERE action = 'createOrganisation' AND entity_id = $1`, [o.id])).toEqual([
      { actor_user_id: await coordinatorId(), actor_role: "COORDINATOR" },
    ]);
  });

  test("createOrganisation without municipality or kind: OTHER, no municipality", async () => {
    const { createOrganisation: o } = await ok(server.url, CREATE_ORGANISATION, { input: { name: "Huisartsenpraktijk De Linde" } }, tokens.COORDINATOR);
    expect(o).toMatchObject({ name: "Huisartsenpraktijk De Linde", kind: "OTHER", municipality: null });
    expect(await sql(`SELECT kind, municipality_code FROM organisation WHERE id = $1`, [o.id])).toEqual([{ kind: "OTHER", municipality_code: null }]);
  });

  test("updateOrganisation replaces name, kind and municipality", async () => {
    const { createOrganisation: o } = await ok(
      server.url,
      CREATE_ORGANISATION,
      { input: { name: "Azc Leeuwarden", kind: "RECEPTION_LOCATION", municipalityCode: "GM0080" } },
      tokens.COORDINATOR,
    );
    const { updateOrganisation } = await ok(
      server.url,
      UPDATE_ORGANISATION,
      { id: o.id, input: { name: "Azc Zeist", kind: "RECEPTION_LOCATION", municipalityCode: "GM0355" } },
      tokens.COORDINATOR,
    );
    expect(updateOrganisation).toMatchObject({ id: o.id, name: "Azc Zeist", kind: "RECEPTION_LOCATION", municipality: { code: "GM0355", name: "Zeist" } });
    expect(await sql(`SELECT name, municipality_code FROM organisation WHERE id = $1`, [o.id])).toEqual([{ name: "Azc Zeist", municipality_code: "GM0355" }]);
    // Leaving the municipality out clears it: the input is the whole organisation.
    const cleared = await ok(server.url, UPDATE_ORGANISATION, { id: o.id, input: { name: "Azc Zeist" } }, tokens.COORDINATOR);
    expect(cleared.updateOrganisation).toMatchObject({ municipality: null, kind: "OTHER" });
    expect(await sql(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'updateOrganisation' AND entity_id = $1`, [o.id])).toEqual([{ n: 2 }]);
  });

  test.each(["999999", "abc"])("updateOrganisation of organisation %p is NOT_FOUND and changes nothing", async (id) => {
    const before = await rowCounts(server.dataSource);
    expect(await errorCode(server.url, UPDATE_ORGANISATION, { id, input: { name: "X" } }, tokens.COORDINATOR)).toBe("NOT_FOUND");
    expect(await rowCounts(server.dataSource)).toEqual(before);
  });

  test("organisation(id) for the coordinator", async () => {
    const [row] = await sql(`SELECT id, name, kind, municipality_code FROM organisation ORDER BY id LIMIT 1`);
    const { organisation } = await ok(
      server.url,
      `query($id: ID!) { organisation(id: $id) { id name kind municipality { code } } }`,
      { id: row.id },
      tokens.COORDINATOR,
    );
    expect(organisation).toEqual({
      id: String(row.id),
      name: row.name,
      kind: row.kind,
      municipality: row.municipality_code ? { code: row.municipality_code } : null,
    });
  });

  const LIST = `query($filter: OrganisationFilter, $page: Int, $perPage: Int) { organisations(filter: $filter, page: $page, perPage: $perPage) { total items { id } } }`;
  test.each([
    ["everything", {}, ``, []],
    ["kind GGD", { filter: { kind: "GGD" } }, `WHERE kind = 'GGD'`, []],
    ["q, any case", { filter: { q: "ggd" } }, `WHERE name ILIKE '%ggd%'`, []],
    ["ids", { filter: { ids: ["1", "3", "5"] } }, `WHERE id IN (1, 3, 5)`, []],
    ["page 2 of 5", { page: 2, perPage: 5 }, ``, [5, 5]],
  ] as [string, Record<string, unknown>, string, number[]][])("organisations: %s, as in the database", async (_name, variables, where, [skip, take]) => {
    const rows = await sql(`SELECT id FROM organisation ${where} ORDER BY name, id`);
    expect(rows.length).toBeGreaterThan(0);
    const { organisations } = await ok(server.url, LIST, { perPage: 100, ...variables }, tokens.COORDINATOR);
    expect(organisations.total).toBe(rows.length);
    const expected = rows.map((r: { id: number }) => String(r.id));
    expect(organisations.items.map((i: { id: string }) => i.id)).toEqual(take ? expected.slice(skip, skip + take) : expected.slice(0, 100));
  });
});

describe("accounts", () => {
  test("createOrganisationUser: the new user logs in and belongs to that organisation", async () => {
    const { createOrganisation: o } = await ok(
      server.url,
      CREATE_ORGANISATION,
      { input: { name: "GGD Hollands Noorden Test", kind: "GGD", municipalityCode: "GM0361" } },
      tokens.COORDINATOR,
    );
    const email = freshEmail("staff");
    const { createOrganisationUser: user } = await ok(
      server.url,
      CREATE_ORGANISATION_USER,
      { o: o.id, e: ` ${email.toUpperCase()} `, p: "staff-password-1" },
      tokens.COORDINATOR,
    );
    expect(user).toEqual({ id: expect.stringMatching(/^\d+$/), email, role: "ORGANISATION", organisation: { id: o.id, name: "GGD Hollands Noorden Test" } });
    expect(await sql(`SELECT email, role, organisation_id, key_person_id FROM app_user WHERE id = $1`, [user.id])).toEqual([
      { email, role: "ORGANISATION", organisation_id: Number(o.id), key_person_id: null },
    ]);
    expect(await sql(`SELECT actor_role, detail FROM audit_log WHERE action = 'createUser' AND entity_id = $1`, [user.id])).toEqual([
      { actor_role: "COORDINATOR", detail: { role: "ORGANISATION", invited: false } },
    ]);
    // The password is not stored as given.
    const [{ password_hash }] = await sql(`SELECT password_hash FROM app_user WHERE id = $1`, [user.id]);
    expect(password_hash).not.toContain("staff-password-1");
    expect(password_hash).toMatch(/^\$argon2id\$/);

    const token = await login(server.url, email, "staff-password-1");
    const { me } = await ok(server.url, ME, {}, token);
    expect(me).toEqual({
      id: user.id,
      email,
      role: "ORGANISATION",
      locale: "nl",
      organisation: { id: o.id, name: "GGD Hollands Noorden Test" },
      municipalities: [],
      keyPerson: null,
    });
    const { organisations } = await ok(server.url, `{ organisations { total items { id } } }`, {}, token);
    expect(organisations).toEqual({ total: 1, items: [{ id: o.id }] });
  });

  test("createOrganisationUser for an organisation that does not exist is NOT_FOUND and creates nothing", async () => {
    const before = await rowCounts(server.dataSource);
    const response = await gql(server.url, CREATE_ORGANISATION_USER, { o: "999999", e: freshEmail(), p: "staff-password-1" }, tokens.COORDINATOR);
    expect(response.errors?.[0].extensions).toMatchObject({
      code: "NOT_FOUND",
      reason: "RECORD_NOT_FOUND",
      params: { entity: expect.any(String), id: expect.any(String) },
    });
    expect(response.errors?.[0].message).toContain("999999");
    expect(await rowCounts(server.dataSource)).toEqual(before);
  });

  test("createUser REGIONAL_COORDINATOR: their region is what they see and where they may register", async () => {
    const email = freshEmail("regio-rotterdam");
    const region = ["GM0599", "GM0606", "GM0599"]; // Rotterdam twice, Schiedam
    const { createUser: user } = await ok(
      server.url,
      CREATE_USER,
      { input: { email, password: "regio-password-1", role: "REGIONAL_COORDINATOR", municipalityCodes: region } },
      tokens.COORDINATOR,
    );
    expect(user).toMatchObject({ email, role: "REGIONAL_COORDINATOR", organisation: null, keyPerson: null });
    expect(user.municipalities.map((m: { code: string }) => m.code).sort()).toEqual(["GM0599", "GM0606"]);
    expect(await sql(`SELECT role, municipality_codes FROM app_user WHERE id = $1`, [user.id])).toEqual([
      { role: "REGIONAL_COORDINATOR", municipality_codes: ["GM0599", "GM0606"] },
    ]);

    const token = await login(server.url, email, "regio-password-1");
    expect((await ok(server.url, ME, {}, token)).me.municipalities.map((m: { code: string }) => m.code).sort()).toEqual(["GM0599", "GM0606"]);
    const [{ n }] = await sql(`SELECT count(*)::int AS n FROM key_person WHERE home_municipality_code IN ('GM0599', 'GM0606')`);
    expect(n).toBeGreaterThan(0);
    expect((await ok(server.url, `{ keyPersons { total } }`, {}, token)).keyPersons.total).toBe(n);
    expect(await errorCode(server.url, CREATE_KEY_PERSON, { input: keyPersonInput({ homeLocation: UTRECHT }) }, token)).toBe("FORBIDDEN");
    const { createKeyPerson } = await ok(server.url, CREATE_KEY_PERSON, { input: keyPersonInput({ homeLocation: { lat: 51.9225, lon: 4.4792 } }) }, token);
    expect(createKeyPerson.homeMunicipality.code).toBe("GM0599");
  });

  test("createUser COORDINATOR: a second national coordinator who can manage users", async () => {
    const email = freshEmail("coordinator");
    const { createUser: user } = await ok(
      server.url,
      CREATE_USER,
      { input: { email, password: "national-tulip-harbour", role: "COORDINATOR", municipalityCodes: ["GM0363"] } },
      tokens.COORDINATOR,
    );
    // A national coordinator has no region, whatever was sent.
    expect(user).toMatchObject({ email, role: "COORDINATOR", municipalities: [], organisation: null });
    const token = await login(server.url, email, "national-tulip-harbour");
    const [{ n }] = await sql(`SELECT count(*)::int AS n FROM app_user`);
    expect((await ok(server.url, `{ users { total } }`, {}, token)).users.total).toBe(n);
    const [{ k }] = await sql(`SELECT count(*)::int AS k FROM key_person`);
    expect((await ok(server.url, `{ keyPersons { total } }`, {}, token)).keyPersons.total).toBe(k);
  });

  test("createUser ORGANISATION with its organisation", async () => {
    const [org] = await sql(`SELECT id FROM organisation ORDER BY id DESC LIMIT 1`);
    const email = freshEmail("org");
    const { createUser: user } = await ok(
      server.url,
      CREATE_USER,
      { input: { email, password: "org-password-12", role: "ORGANISATION", organisationId: String(org.id) } },
      tokens.COORDINATOR,
    );
    expect(user).toMatchObject({ role: "ORGANISATION", organisation: { id: String(org.id) } });
  });

  const USERS = `query($filter: UserFilter, $page: Int, $perPage: Int) { users(filter: $filter, page: $page, perPage: $perPage) { total items { id email role } } }`;
  test.each([
    ["everyone", {}, ``],
    ["role KEY_PERSON", { role: "KEY_PERSON" }, `WHERE role = 'KEY_PERSON'`],
    ["role COORDINATOR", { role: "COORDINATOR" }, `WHERE role = 'COORDINATOR'`],
    ["q on the e-mail address", { q: "SLEUTELKAART.demo" }, `WHERE email ILIKE '%sleutelkaart.demo%'`],
  ])("users: %s, as in the database", async (_name, filter, where) => {
    const rows = await sql(`SELECT id, email, role FROM app_user ${where} ORDER BY email`);
    expect(rows.length).toBeGreaterThan(0);
    const { users } = await ok(server.url, USERS, { filter, perPage: 100 }, tokens.COORDINATOR);
    expect(users.total).toBe(rows.length);
    expect(users.items).toEqual(
      rows.slice(0, 100).map((r: { id: number; email: string; role: string }) => ({ id: String(r.id), email: r.email, role: r.role })),
    );
  });

  test("user(id) for the coordinator; an unknown id is NOT_FOUND", async () => {
    const [row] = await sql(`SELECT id, email, role FROM app_user WHERE email = $1`, [DEMO.REGIONAL_COORDINATOR]);
    const { user } = await ok(server.url, `query($id: ID!) { user(id: $id) { id email role municipalities { code } } }`, { id: row.id }, tokens.COORDINATOR);
    expect(user).toMatchObject({ id: String(row.id), email: row.email, role: "REGIONAL_COORDINATOR" });
    expect(user.municipalities).toHaveLength(6);
    expect(await errorCode(server.url, `{ user(id: "999999") { id } }`, {}, tokens.COORDINATOR)).toBe("NOT_FOUND");
  });
});

describe("setMyLocale", () => {
  const SET = `mutation($l: String!) { setMyLocale(locale: $l) { id email locale } }`;
  test.each(DEMO_ROLES)("%s switches their own console language to English and back", async (role) => {
    const [row] = await sql(`SELECT id FROM app_user WHERE email = $1`, [DEMO[role]]);
    expect((await ok(server.url, SET, { l: "en" }, tokens[role])).setMyLocale).toEqual({ id: String(row.id), email: DEMO[role], locale: "en" });
    expect(await sql(`SELECT locale FROM app_user WHERE id = $1`, [row.id])).toEqual([{ locale: "en" }]);
    expect((await ok(server.url, `{ me { locale } }`, {}, tokens[role])).me.locale).toBe("en");
    // Only their own: the other demo users keep theirs.
    const others = await sql(`SELECT DISTINCT locale FROM app_user WHERE id <> $1 AND email LIKE '%@sleutelkaart.demo'`, [row.id]);
    expect(others).toEqual([{ locale: "nl" }]);
    expect((await ok(server.url, SET, { l: "nl" }, tokens[role])).setMyLocale.locale).toBe("nl");
    expect(await sql(`SELECT detail FROM audit_log WHERE action = 'setMyLocale' AND entity_id = $1 ORDER BY id`, [String(row.id)])).toEqual([
      { detail: { locale: "en" } },
      { detail: { locale: "nl" } },
    ]);
  });

  test("a password too short (under 12) or too easy for a new account is refused; a long, uncommon one is fine", async () => {
    expect(await errorCode(server.url, CREATE_USER, { input: { email: freshEmail(), password: "k7#vQ2m!pZ9", role: "COORDINATOR" } }, tokens.COORDINATOR)).toBe(
      "BAD_USER_INPUT",
    );
    expect(
      await errorCode(server.url, CREATE_USER, { input: { email: freshEmail(), password: "123456789012", role: "COORDINATOR" } }, tokens.COORDINATOR),
    ).toBe("BAD_USER_INPUT");
    const email = freshEmail();
    await ok(server.url, CREATE_USER, { input: { email, password: "tulip-harbour-quietly", role: "COORDINATOR" } }, tokens.COORDINATOR);
    expect(await login(server.url, email, "tulip-harbour-quietly")).toEqual(expect.any(String));
    expect(DEMO_PASSWORD.length).toBeGreaterThanOrEqual(12);
  });
});
