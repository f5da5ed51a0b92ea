// Who sees and changes what, per role: the coordinator everything, a regional coordinator
// their municipalities, a key person themself, organisation staff their own organisation.
// Private fields are checked on every path a key person can be reached by.
import {
  CONSENT_ALL,
  CREATE_KEY_PERSON,
  DAM,
  DEMO,
  DEMO_REGION,
  UPDATE_KEY_PERSON,
  UTRECHT,
  keyPersonInput,
  type DemoRole,
  startDemoServer,
} from "../support/fixtures";
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

async function selfId(): Promise<number> {
  return (await sql(`SELECT key_person_id FROM app_user WHERE email = $1`, [DEMO.KEY_PERSON]))[0].key_person_id;
}
async function ownOrganisationId(): Promise<number> {
  return (await sql(`SELECT organisation_id FROM app_user WHERE email = $1`, [DEMO.ORGANISATION]))[0].organisation_id;
}
/** A key person living outside the demo region, and another one inside it (not the demo key person). */
async function outsideRegion(): Promise<number> {
  return (await sql(`SELECT id FROM key_person WHERE NOT (home_municipality_code = ANY($1)) ORDER BY id LIMIT 1`, [DEMO_REGION]))[0].id;
}
async function insideRegion(): Promise<number> {
  return (await sql(`SELECT id FROM key_person WHERE home_municipality_code = ANY($1) AND id <> $2 ORDER BY id LIMIT 1`, [DEMO_REGION, await selfId()]))[0].id;
}

/** Runs a refused operation and proves it wrote nothing. */
async function refused(query: string, variables: Record<string, unknown>, token: string, code: string) {
  const before = await rowCounts(server.dataSource);
  const response = await gql(server.url, query, variables, token);
  expect(response.errors?.[0].extensions?.code).toBe(code);
  expect(typeof response.errors?.[0].extensions?.reason).toBe("string");
  expect(await rowCounts(server.dataSource)).toEqual(before);
  return response;
}

const KEY_PERSON = `query($id: ID!) { keyPerson(id: $id) { id } }`;
const LIST = `query($filter: KeyPersonFilter) { keyPersons(filter: $filter, perPage: 100) { total items { id homeMunicipality { code } } } }`;
const SET_STATUS = `mutation($id: ID!) { setKeyPersonStatus(id: $id, status: PAUSED) { id } }`;
const SET_CONSENT = `mutation($id: ID!, $input: PublicConsentInput!) { setPublicConsent(keyPersonId: $id, input: $input) { id } }`;
const CONFIRM = `mutation($id: ID!) { confirmProfile(id: $id) { id } }`;

async function currentInput(id: number) {
  const [row] = await sql(`SELECT * FROM key_person WHERE id = $1`, [id]);
  const languages = await sql(`SELECT language_code AS code, level, dialect FROM key_person_language WHERE key_person_id = $1`, [id]);
  const expertise = await sql(`SELECT expertise_code FROM key_person_expertise WHERE key_person_id = $1`, [id]);
  return {
    displayName: row.display_name,
    email: row.email,
    phone: row.phone,
    gender: row.gender,
    birthYear: row.birth_year,
    languages,
    expertiseCodes: expertise.map((e: { expertise_code: string }) => e.expertise_code),
    homeLocation: { lat: row.home_lat, lon: row.home_lon },
    maxTravelKm: row.max_travel_km,
    remoteAvailable: row.remote_available,
    weeklyCapacityHours: row.weekly_capacity_hours,
    compensationType: row.compensation_type,
    origins: row.origins,
  };
}

describe("the coordinator", () => {
  test("lists every key person and reads anyone, private fields included", async () => {
    const [{ n }] = await sql(`SELECT count(*)::int AS n FROM key_person`);
    expect((await ok(server.url, LIST, {}, tokens.COORDINATOR)).keyPersons.total).toBe(n);
    const id = await outsideRegion();
    const { keyPerson } = await ok(
      server.url,
      `query($id: ID!) { keyPerson(id: $id) { id homeLocation { lat } wellbeingStatus } }`,
      { id },
      tokens.COORDINATOR,
    );
    expect(keyPerson.id).toBe(String(id));
    expect(keyPerson.homeLocation).not.toBeNull();
    expect(keyPerson.wellbeingStatus).toMatch(/^(GREEN|AMBER|RED|UNKNOWN)$/);
  });

  test("may create a key person anywhere", async () => {
    const { createKeyPerson } = await ok(server.url, CREATE_KEY_PERSON, { input: keyPersonInput({ homeLocation: UTRECHT }) }, tokens.COORDINATOR);
    expect(createKeyPerson.homeMunicipality.code).toBe("GM0344");
  });
});

describe("a regional coordinator", () => {
  test("lists exactly the key persons living in their municipalities", async () => {
    const [{ n }] = await sql(`SELECT count(*)::int AS n FROM key_person WHERE home_municipality_code = ANY($1)`, [DEMO_REGION]);
    expect(n).toBeGreaterThan(0);
    const { keyPersons } = await ok(server.url, LIST, {}, tokens.REGIONAL_COORDINATOR);
    expect(keyPersons.total).toBe(n);
    for (const item of keyPersons.items) expect(DEMO_REGION).toContain(item.homeMunicipality.code);
  });

  test("filtering on a municipality outside the region finds nobody", async () => {
    const { keyPersons } = await ok(server.url, LIST, { filter: { municipalityCodes: ["GM0599", "GM0344"] } }, tokens.REGIONAL_COORDINATOR);
    expect(keyPersons).toEqual({ total: 0, items: [] });
  });

  test("reads a key person in the region, private fields included", async () => {
    const id = await insideRegion();
    const [row] = await sql(`SELECT home_lat, home_lon FROM key_person WHERE id = $1`, [id]);
    const { keyPerson } = await ok(
      server.url,
      `query($id: ID!) { keyPerson(id: $id) { homeLocation { lat lon } publicConsent { listed } } }`,
      { id },
      tokens.REGIONAL_COORDINATOR,
    );
    expect(keyPerson.homeLocation).toEqual({ lat: row.home_lat, lon: row.home_lon });
    expect(keyPerson.publicConsent).not.toBeNull();
  });

  test.each([
    ["keyPerson", KEY_PERSON, {}],
    ["updateKeyPerson", UPDATE_KEY_PERSON, null],
    ["setKeyPersonStatus", SET_STATUS, {}],
    ["setPublicConsent", SET_CONSENT, { input: CONSENT_ALL }],
  ])("%s of someone outside the region is NOT_FOUND, and changes nothing", async (_op, query, extra) => {
    const id = await outsideRegion();
    const variables = { id, ...(extra ?? { input: await currentInput(id) }) };
    const response = await refused(query, variables, tokens.REGIONAL_COORDINATOR, "NOT_FOUND");
    expect(response.errors?.[0].message).toContain(String(id));
  });

  test("creating a key person outside the region is FORBIDDEN, inside is fine", async () => {
    const response = await refused(CREATE_KEY_PERSON, { input: keyPersonInput({ homeLocation: UTRECHT }) }, tokens.REGIONAL_COORDINATOR, "FORBIDDEN");
    expect(response.errors?.[0].message).toMatch(/region/);
    const { createKeyPerson } = await ok(server.url, CREATE_KEY_PERSON, { input: keyPersonInput({ homeLocation: DAM }) }, tokens.REGIONAL_COORDINATOR);
    expect(createKeyPerson.homeMunicipality.code).toBe("GM0363");
    const [audit] = await sql(`SELECT actor_role FROM audit_log WHERE action = 'createKeyPerson' AND entity_id = $1`, [createKeyPerson.id]);
    expect(audit.actor_role).toBe("REGIONAL_COORDINATOR");
  });

  test("moving a key person of the region out of it is FORBIDDEN; the profile stays", async () => {
    const id = await insideRegion();
    const input = await currentInput(id);
    const [before] = await sql(`SELECT * FROM key_person WHERE id = $1`, [id]);
    await refused(UPDATE_KEY_PERSON, { id, input: { ...input, homeLocation: UTRECHT } }, tokens.REGIONAL_COORDINATOR, "FORBIDDEN");
    expect((await sql(`SELECT * FROM key_person WHERE id = $1`, [id]))[0]).toEqual(before);
    // Within the region is fine.
    const { updateKeyPerson } = await ok(server.url, UPDATE_KEY_PERSON, { id, input: { ...input, maxTravelKm: 33 } }, tokens.REGIONAL_COORDINATOR);
    expect(updateKeyPerson.maxTravelKm).toBe(33);
  });

  test("cannot confirm a profile for someone (only the key person can)", async () => {
    await refused(CONFIRM, { id: await insideRegion() }, tokens.REGIONAL_COORDINATOR, "FORBIDDEN");
  });

  test("reads every organisation, but changes none", async () => {
    const [{ n }] = await sql(`SELECT count(*)::int AS n FROM organisation`);
    expect((await ok(server.url, `{ organisations(perPage: 100) { total } }`, {}, tokens.REGIONAL_COORDINATOR)).organisations.total).toBe(n);
    await refused(
      `mutation($id: ID!) { updateOrganisation(id: $id, input: { name: "Renamed" }) { id } }`,
      { id: await ownOrganisationId() },
      tokens.REGIONAL_COORDINATOR,
      "FORBIDDEN",
    );
  });
});

describe("a key person", () => {
  test("lists only themself", async () => {
    const { keyPersons } = await ok(server.url, LIST, {}, tokens.KEY_PERSON);
    expect(keyPersons.total).toBe(1);
    expect(keyPersons.items.map((i: { id: string }) => i.id)).toEqual([String(await selfId())]);
    // Also when asking for others by id.
    const others = await ok(server.url, LIST, { filter: { ids: [String(await insideRegion()), String(await outsideRegion())] } }, tokens.KEY_PERSON);
    expect(others.keyPersons.total).toBe(0);
  });

  test.each([
    ["keyPerson", KEY_PERSON, {}],
    ["updateKeyPerson", UPDATE_KEY_PERSON, null],
    ["setKeyPersonStatus", SET_STATUS, {}],
    ["setPublicConsent", SET_CONSENT, { input: CONSENT_ALL }],
    ["confirmProfile", CONFIRM, {}],
  ])("%s of another key person is NOT_FOUND, and changes nothing", async (_op, query, extra) => {
    const id = await insideRegion();
    await refused(query, { id, ...(extra ?? { input: await currentInput(id) }) }, tokens.KEY_PERSON, "NOT_FOUND");
  });

  test("cannot create a key person", async () => {
    await refused(CREATE_KEY_PERSON, { input: keyPersonInput() }, tokens.KEY_PERSON, "FORBIDDEN");
  });

  test("updates their own profile", async () => {
    const id = await selfId();
    const input = await currentInput(id);
    const { updateKeyPerson } = await ok(
      server.url,
      UPDATE_KEY_PERSON,
      {
        id,
        input: {
          ...input,
          weeklyCapacityHours: 6.5,
          languages: [...input.languages, { code: "eng", level: "BASIC" }].filter((l, i, all) => all.findIndex((m) => m.code === l.code) === i),
        },
      },
      tokens.KEY_PERSON,
    );
    expect(updateKeyPerson.weeklyCapacityHours).toBe(6.5);
    expect(updateKeyPerson.languages.map((l: { language: { code: string } }) => l.language.code)).toContain("eng");
    expect((await sql(`SELECT weekly_capacity_hours FROM key_person WHERE id = $1`, [id]))[0].weekly_capacity_hours).toBe(6.5);
  });

  test("sees no organisation", async () => {
    expect((await ok(server.url, `{ organisations { total items { id } } }`, {}, tokens.KEY_PERSON)).organisations).toEqual({ total: 0, items: [] });
    await refused(`query($id: ID!) { organisation(id: $id) { id } }`, { id: await ownOrganisationId() }, tokens.KEY_PERSON, "NOT_FOUND");
  });
});

describe("organisation staff", () => {
  test("cannot list key persons", async () => {
    const response = await refused(LIST, {}, tokens.ORGANISATION, "FORBIDDEN");
    expect(response.data).toBeNull();
  });

  test("cannot read a key person by id", async () => {
    await refused(KEY_PERSON, { id: await selfId() }, tokens.ORGANISATION, "NOT_FOUND");
  });

  test.each([
    ["createKeyPerson", async () => [CREATE_KEY_PERSON, { input: keyPersonInput() }]],
    ["updateKeyPerson", async () => [UPDATE_KEY_PERSON, { id: await selfId(), input: await currentInput(await selfId()) }]],
    ["setKeyPersonStatus", async () => [SET_STATUS, { id: await selfId() }]],
    ["setPublicConsent", async () => [SET_CONSENT, { id: await selfId(), input: CONSENT_ALL }]],
    ["confirmProfile", async () => [CONFIRM, { id: await selfId() }]],
  ] as [string, () => Promise<[string, Record<string, unknown>]>][])("%s is FORBIDDEN and changes nothing", async (_op, make) => {
    const [query, variables] = await make();
    await refused(query, variables, tokens.ORGANISATION, "FORBIDDEN");
  });

  test("sees only its own organisation", async () => {
    const own = await ownOrganisationId();
    const [row] = await sql(`SELECT name FROM organisation WHERE id = $1`, [own]);
    const { organisations } = await ok(server.url, `{ organisations(perPage: 100) { total items { id name } } }`, {}, tokens.ORGANISATION);
    expect(organisations).toEqual({ total: 1, items: [{ id: String(own), name: row.name }] });
    expect((await ok(server.url, `query($id: ID!) { organisation(id: $id) { id } }`, { id: own }, tokens.ORGANISATION)).organisation).toEqual({
      id: String(own),
    });
    const [other] = await sql(`SELECT id FROM organisation WHERE id <> $1 ORDER BY id LIMIT 1`, [own]);
    await refused(`query($id: ID!) { organisation(id: $id) { id } }`, { id: other.id }, tokens.ORGANISATION, "NOT_FOUND");
  });
});

describe("coordinator-only operations", () => {
  const operations: [string, () => Promise<[string, Record<string, unknown>]>][] = [
    ["users", async () => [`{ users { total } }`, {}]],
    ["user", async () => [`query($id: ID!) { user(id: $id) { id } }`, { id: (await sql(`SELECT id FROM app_user ORDER BY id LIMIT 1`))[0].id }]],
    [
      "createUser",
      async () => [
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        { input: { email: "new.coordinator@example.nl", password: "a-long-password", role: "COORDINATOR" } },
      ],
    ],
    ["createOrganisation", async () => [`mutation { createOrganisation(input: { name: "Nieuwe Stichting", municipalityCode: "GM0363" }) { id } }`, {}]],
    [
      "createOrganisationUser",
      async () => [
        `mutation($o: ID!) { createOrganisationUser(organisationId: $o, email: "staff@example.nl", password: "a-long-password") { id } }`,
        { o: await ownOrganisationId() },
      ],
    ],
    [
      "updateOrganisation",
      async () => [`mutation($id: ID!) { updateOrganisation(id: $id, input: { name: "Renamed" }) { id } }`, { id: await ownOrganisationId() }],
    ],
  ];
  const others: DemoRole[] = ["REGIONAL_COORDINATOR", "ORGANISATION", "KEY_PERSON"];
  test.each(operations.flatMap(([name, make]) => others.map((role) => [name, role, make] as const)))(
    "%s by %s is FORBIDDEN and changes nothing",
    async (_name, role, make) => {
      const [query, variables] = await make();
      const response = await refused(query, variables, tokens[role], "FORBIDDEN");
      expect(response.errors?.[0].message).toMatch(/coordinator/i);
    },
  );
});

describe("private fields: home location, birth year, origins, wellbeing, consent", () => {
  const PRIVATE = `homeLocation { lat lon } birthYear origins wellbeingStatus publicConsent { listed }`;

  async function expectPrivate(keyPerson: Record<string, unknown>, visible: boolean) {
    const [row] = await sql(`SELECT home_lat, home_lon, birth_year, origins, consent_listed FROM key_person WHERE id = $1`, [Number(keyPerson.id)]);
    const shown = {
      homeLocation: { lat: row.home_lat, lon: row.home_lon },
      birthYear: row.birth_year,
      origins: row.origins,
      wellbeingStatus: expect.stringMatching(/^(GREEN|AMBER|RED|UNKNOWN)$/),
      publicConsent: { listed: row.consent_listed },
    };
    const hidden = { homeLocation: null, birthYear: null, origins: null, wellbeingStatus: null, publicConsent: null };
    expect(keyPerson).toMatchObject(visible ? shown : hidden);
  }

  test("self, through me { keyPerson }", async () => {
    const { me } = await ok(server.url, `{ me { keyPerson { id ${PRIVATE} } } }`, {}, tokens.KEY_PERSON);
    expect(me.keyPerson.homeLocation).not.toBeNull();
    await expectPrivate(me.keyPerson, true);
  });

  test("self, through keyPerson and keyPersons", async () => {
    const id = await selfId();
    const data = await ok(
      server.url,
      `query($id: ID!) { keyPerson(id: $id) { id ${PRIVATE} } keyPersons { items { id ${PRIVATE} } } }`,
      { id },
      tokens.KEY_PERSON,
    );
    await expectPrivate(data.keyPerson, true);
    await expectPrivate(data.keyPersons.items[0], true);
  });

  test("the coordinator, through users { items { keyPerson } }", async () => {
    const { users } = await ok(
      server.url,
      `{ users(filter: { role: KEY_PERSON }, perPage: 20) { items { keyPerson { id ${PRIVATE} } } } }`,
      {},
      tokens.COORDINATOR,
    );
    expect(users.items).toHaveLength(20);
    for (const user of users.items) await expectPrivate(user.keyPerson, true);
  });

  test("the coordinator, through keyPersons", async () => {
    const { keyPersons } = await ok(server.url, `{ keyPersons(perPage: 20) { items { id ${PRIVATE} } } }`, {}, tokens.COORDINATOR);
    for (const item of keyPersons.items) await expectPrivate(item, true);
  });

  test("the regional coordinator, through keyPersons in the region", async () => {
    const { keyPersons } = await ok(server.url, `{ keyPersons(perPage: 20) { items { id ${PRIVATE} } } }`, {}, tokens.REGIONAL_COORDINATOR);
    expect(keyPersons.items.length).toBeGreaterThan(0);
    for (const item of keyPersons.items) await expectPrivate(item, true);
  });

  describe("through match candidates", () => {
    let requestId: string;
    beforeAll(async () => {
      const languages = (await sql(`SELECT DISTINCT language_code FROM key_person_language ORDER BY 1 LIMIT 12`)).map(
        (r: { language_code: string }) => r.language_code,
      );
      const { createMatchRequest } = await ok(
        server.url,
        `mutation($input: MatchRequestInput!) { createMatchRequest(input: $input) { id } }`,
        {
          input: {
            caseReference: "ACCESS-TEST-1",
            location: DAM,
            languageCodes: languages,
            hoursPerWeek: 1,
            remoteAcceptable: true,
            funding: "ORGANISATION",
            newcomerConsent: true,
          },
        },
        tokens.ORGANISATION,
      );
      requestId = createMatchRequest.id;
    });
    const CANDIDATES = `query($id: ID!) { matchCandidates(requestId: $id, limit: 50) { keyPerson { id displayName homeMunicipality { code } ${PRIVATE} } } }`;

    test("organisation staff see candidates without their private fields", async () => {
      const { matchCandidates } = await ok(server.url, CANDIDATES, { id: requestId }, tokens.ORGANISATION);
      expect(matchCandidates.length).toBeGreaterThan(0);
      for (const { keyPerson } of matchCandidates) {
        expect(keyPerson.displayName).toEqual(expect.any(String));
        expect(keyPerson.homeMunicipality.code).toMatch(/^GM\d{4}$/);
        await expectPrivate(keyPerson, false);
      }
    });

    test("the regional coordinator sees private fields of candidates in the region only", async () => {
      const { matchCandidates } = await ok(server.url, CANDIDATES, { id: requestId }, tokens.REGIONAL_COORDINATOR);
      const inRegion = matchCandidates.filter((c: { keyPerson: { homeMunicipality: { code: string } } }) =>
        DEMO_REGION.includes(c.keyPerson.homeMunicipality.code),
      );
      expect(inRegion.length).toBeGreaterThan(0);
      expect(inRegion.length).toBeLessThan(matchCandidates.length);
      for (const { keyPerson } of matchCandidates) await expectPrivate(keyPerson, DEMO_REGION.includes(keyPerson.homeMunicipality.code));
    });

    test("the coordinator sees them all", async () => {
      const { matchCandidates } = await ok(server.url, CANDIDATES, { id: requestId }, tokens.COORDINATOR);
      expect(matchCandidates.length).toBeGreaterThan(0);
      for (const { keyPerson } of matchCandidates) await expectPrivate(keyPerson, true);
    });
  });
});

test("a key person who logs in sees their own data only, with a new login too", async () => {
  const input = keyPersonInput();
  const { createKeyPerson } = await ok(server.url, CREATE_KEY_PERSON, { input, password: "fresh-password-1" }, tokens.COORDINATOR);
  const token = await login(server.url, input.email, "fresh-password-1");
  const { keyPersons } = await ok(server.url, `{ keyPersons { total items { id } } }`, {}, token);
  expect(keyPersons).toEqual({ total: 1, items: [{ id: createKeyPerson.id }] });
  expect(await errorCode(server.url, KEY_PERSON, { id: await selfId() }, token)).toBe("NOT_FOUND");
});
