// Every bad input gets BAD_USER_INPUT (or CONFLICT for a taken e-mail address) with a
// message that names what to fix, and changes no row at all.
import { CREATE_KEY_PERSON, DEMO, UPDATE_KEY_PERSON, keyPersonInput, type DemoRole, type KeyPersonInputVars, startDemoServer } from "../support/fixtures";
import { gql, login, ok, rowCounts } from "../support/graphql";
import type { TestServer } from "../support/server";

// A fresh server and database per file; argon2 logins are slow on a busy machine.
jest.setTimeout(60_000);

let server: TestServer;
let tokens: Record<DemoRole, string>;
let existing: { id: number; input: KeyPersonInputVars };
let demoKeyPersonEmail: string;

beforeAll(async () => {
  ({ server, tokens } = await startDemoServer());
  const input = keyPersonInput();
  const { createKeyPerson } = await ok(server.url, CREATE_KEY_PERSON, { input, password: "a-long-password" }, tokens.COORDINATOR);
  existing = { id: Number(createKeyPerson.id), input };
  // A demo key person's own address (not the demo login), taken in key_person and app_user.
  [{ email: demoKeyPersonEmail }] = await server.dataSource.query(
    `SELECT email FROM key_person WHERE email NOT LIKE '%@sleutelkaart.demo' ORDER BY id LIMIT 1`,
  );
});
afterAll(async () => {
  await server?.stop();
});

interface Case {
  code: "BAD_USER_INPUT" | "CONFLICT" | "NOT_FOUND";
  /** Substrings the message must contain: the offending value or field. */
  mentions: (string | RegExp)[];
  field?: string;
  /** The operation; the coordinator sends it unless a token is given. */
  run: () => Promise<{ query: string; variables: Record<string, unknown>; token?: string }>;
}

const create =
  (overrides: Partial<KeyPersonInputVars>, password: string | null = null) =>
  async () => ({
    query: CREATE_KEY_PERSON,
    variables: { input: keyPersonInput(overrides), password },
  });
const update = (overrides: () => Partial<KeyPersonInputVars>) => async () => ({
  query: UPDATE_KEY_PERSON,
  variables: { id: existing.id, input: { ...existing.input, ...overrides() } },
});
const mutation =
  (query: string, variables: Record<string, unknown>, role: DemoRole = "COORDINATOR") =>
  async () => ({ query, variables, token: tokens[role] });

const CREATE_ORGANISATION = `mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }`;
const UPDATE_ORGANISATION = `mutation($id: ID!, $input: OrganisationInput!) { updateOrganisation(id: $id, input: $input) { id } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`;
const CREATE_ORGANISATION_USER = `mutation($o: ID!, $e: String!, $p: String!) { createOrganisationUser(organisationId: $o, email: $e, password: $p) { id } }`;

const cases: [string, Case][] = [
  // The key person's profile
  ["unknown language code", { code: "BAD_USER_INPUT", field: "languages", mentions: ["xyz"], run: create({ languages: [{ code: "xyz", level: "NATIVE" }] }) }],
  [
    "a language code in upper case",
    { code: "BAD_USER_INPUT", field: "languages", mentions: ["TIR"], run: create({ languages: [{ code: "TIR", level: "NATIVE" }] }) },
  ],
  [
    "the same language twice",
    {
      code: "BAD_USER_INPUT",
      field: "languages",
      mentions: ["tir", "twice"],
      run: create({
        languages: [
          { code: "tir", level: "NATIVE" },
          { code: "tir", level: "BASIC" },
        ],
      }),
    },
  ],
  ["no language", { code: "BAD_USER_INPUT", field: "languages", mentions: ["language"], run: create({ languages: [] }) }],
  [
    "unknown expertise code",
    { code: "BAD_USER_INPUT", field: "expertiseCodes", mentions: ["WITCHCRAFT"], run: create({ expertiseCodes: ["SGBV", "WITCHCRAFT"] }) },
  ],
  [
    "the same expertise twice",
    { code: "BAD_USER_INPUT", field: "expertiseCodes", mentions: ["FGM", "twice"], run: create({ expertiseCodes: ["FGM", "FGM"] }) },
  ],
  [
    "home in Brussels",
    { code: "BAD_USER_INPUT", field: "homeLocation", mentions: ["50.85", "4.35", "Netherlands"], run: create({ homeLocation: { lat: 50.85, lon: 4.35 } }) },
  ],
  [
    "home in Berlin",
    { code: "BAD_USER_INPUT", field: "homeLocation", mentions: ["52.52", "13.405", "Netherlands"], run: create({ homeLocation: { lat: 52.52, lon: 13.405 } }) },
  ],
  [
    "home in the North Sea, far from the coast",
    { code: "BAD_USER_INPUT", field: "homeLocation", mentions: ["53.5", "3.5"], run: create({ homeLocation: { lat: 53.5, lon: 3.5 } }) },
  ],
  ["latitude 200", { code: "BAD_USER_INPUT", field: "homeLocation", mentions: ["200", "latitude"], run: create({ homeLocation: { lat: 200, lon: 4.9 } }) }],
  ["longitude -500", { code: "BAD_USER_INPUT", field: "homeLocation", mentions: ["-500"], run: create({ homeLocation: { lat: 52.37, lon: -500 } }) }],
  ["capacity 0 h/week", { code: "BAD_USER_INPUT", field: "weeklyCapacityHours", mentions: ["capacity", "got 0"], run: create({ weeklyCapacityHours: 0 }) }],
  ["capacity -5 h/week", { code: "BAD_USER_INPUT", field: "weeklyCapacityHours", mentions: ["capacity", "-5"], run: create({ weeklyCapacityHours: -5 }) }],
  [
    "capacity 61 h/week",
    { code: "BAD_USER_INPUT", field: "weeklyCapacityHours", mentions: ["capacity", "61", "60"], run: create({ weeklyCapacityHours: 61 }) },
  ],
  [
    "capacity 1000 h/week",
    { code: "BAD_USER_INPUT", field: "weeklyCapacityHours", mentions: ["capacity", "1000"], run: create({ weeklyCapacityHours: 1000 }) },
  ],
  ["maxTravelKm -1", { code: "BAD_USER_INPUT", field: "maxTravelKm", mentions: ["travel", "-1"], run: create({ maxTravelKm: -1 }) }],
  ["maxTravelKm 5000", { code: "BAD_USER_INPUT", field: "maxTravelKm", mentions: ["travel", "5000"], run: create({ maxTravelKm: 5000 }) }],
  ["an empty name", { code: "BAD_USER_INPUT", field: "displayName", mentions: ["name"], run: create({ displayName: "" }) }],
  ["a name of spaces only", { code: "BAD_USER_INPUT", field: "displayName", mentions: ["name"], run: create({ displayName: "   \t " }) }],
  ["a name of 121 characters", { code: "BAD_USER_INPUT", field: "displayName", mentions: ["name", "120"], run: create({ displayName: "A".repeat(121) }) }],
  [
    "a bad e-mail address",
    { code: "BAD_USER_INPUT", field: "email", mentions: ["selam-at-example.nl", "e-mail"], run: create({ email: "selam-at-example.nl" }) },
  ],
  ["an e-mail address without domain", { code: "BAD_USER_INPUT", field: "email", mentions: ["selam@"], run: create({ email: "selam@" }) }],
  ["a bad phone number", { code: "BAD_USER_INPUT", field: "phone", mentions: ["call me maybe"], run: create({ phone: "call me maybe" }) }],
  ["birth year 1800", { code: "BAD_USER_INPUT", field: "birthYear", mentions: ["birth year"], run: create({ birthYear: 1800 }) }],
  ["an origin that is not a country code", { code: "BAD_USER_INPUT", field: "origins", mentions: ["Syria", "country"], run: create({ origins: ["Syria"] }) }],
  ["an origin in lower case", { code: "BAD_USER_INPUT", field: "origins", mentions: ["sy"], run: create({ origins: ["sy"] }) }],
  ["a password too short", { code: "BAD_USER_INPUT", field: "password", mentions: ["password", "12"], run: create({}, "short") }],
  ["an empty password", { code: "BAD_USER_INPUT", field: "password", mentions: ["password"], run: create({}, "") }],
  ["an e-mail address of another login", { code: "CONFLICT", mentions: [DEMO.COORDINATOR], run: create({ email: DEMO.COORDINATOR }) }],
  [
    "an e-mail address of another login, differing only in case",
    { code: "CONFLICT", mentions: [DEMO.ORGANISATION], run: create({ email: "Organisatie@SleutelKaart.DEMO" }) },
  ],
  [
    "an e-mail address of another key person",
    { code: "CONFLICT", mentions: ["already in use"], run: async () => await create({ email: demoKeyPersonEmail.toUpperCase() })() },
  ],
  [
    "several problems at once: all of them are named",
    {
      code: "BAD_USER_INPUT",
      mentions: ["name", "xyz", "capacity"],
      run: create({ displayName: " ", languages: [{ code: "xyz", level: "BASIC" }], weeklyCapacityHours: 99 }),
    },
  ],
  [
    "a status that does not exist",
    {
      code: "BAD_USER_INPUT",
      mentions: ["RETIRED"],
      run: async () => ({
        query: `mutation($id: ID!, $s: KeyPersonStatus!) { setKeyPersonStatus(id: $id, status: $s) { id } }`,
        variables: { id: existing.id, s: "RETIRED" },
      }),
    },
  ],
  [
    "update: unknown language code",
    { code: "BAD_USER_INPUT", field: "languages", mentions: ["qqq"], run: update(() => ({ languages: [{ code: "qqq", level: "FLUENT" }] })) },
  ],
  ["update: capacity 61", { code: "BAD_USER_INPUT", field: "weeklyCapacityHours", mentions: ["61"], run: update(() => ({ weeklyCapacityHours: 61 })) }],
  [
    "update: moving to Brussels",
    { code: "BAD_USER_INPUT", field: "homeLocation", mentions: ["50.85"], run: update(() => ({ homeLocation: { lat: 50.85, lon: 4.35 } })) },
  ],
  [
    "update: an e-mail address of another login",
    { code: "CONFLICT", mentions: [DEMO.REGIONAL_COORDINATOR], run: update(() => ({ email: "REGIO@sleutelkaart.demo" })) },
  ],
  ["update: the e-mail address of another key person", { code: "CONFLICT", mentions: ["already in use"], run: update(() => ({ email: demoKeyPersonEmail })) }],
  [
    "update by the key person themself: empty name",
    {
      code: "BAD_USER_INPUT",
      field: "displayName",
      mentions: ["name"],
      run: async () => ({
        query: UPDATE_KEY_PERSON,
        variables: { id: existing.id, input: { ...existing.input, displayName: "" } },
        token: await login(server.url, existing.input.email, "a-long-password"),
      }),
    },
  ],
  // Lists
  [
    "keyPersons with an unknown language filter",
    {
      code: "BAD_USER_INPUT",
      field: "languageCodes",
      mentions: ["klingon"],
      run: mutation(`{ keyPersons(filter: { languageCodes: ["klingon"] }) { total } }`, {}),
    },
  ],
  // Organisations
  [
    "createOrganisation: unknown municipality code",
    {
      code: "BAD_USER_INPUT",
      field: "municipalityCode",
      mentions: ["GM9999"],
      run: mutation(CREATE_ORGANISATION, { input: { name: "Stichting X", municipalityCode: "GM9999" } }),
    },
  ],
  [
    "createOrganisation: a municipality name instead of its code",
    {
      code: "BAD_USER_INPUT",
      field: "municipalityCode",
      mentions: ["Amsterdam", "GM0363"],
      run: mutation(CREATE_ORGANISATION, { input: { name: "Stichting X", municipalityCode: "Amsterdam" } }),
    },
  ],
  [
    "createOrganisation: empty name",
    { code: "BAD_USER_INPUT", field: "name", mentions: ["name"], run: mutation(CREATE_ORGANISATION, { input: { name: "  " } }) },
  ],
  [
    "createOrganisation: name of 161 characters",
    { code: "BAD_USER_INPUT", field: "name", mentions: ["160"], run: mutation(CREATE_ORGANISATION, { input: { name: "O".repeat(161) } }) },
  ],
  [
    "updateOrganisation: unknown municipality code",
    {
      code: "BAD_USER_INPUT",
      field: "municipalityCode",
      mentions: ["GM0000"],
      run: async () => {
        const [{ id }] = await server.dataSource.query(`SELECT id FROM organisation ORDER BY id LIMIT 1`);
        return { query: UPDATE_ORGANISATION, variables: { id, input: { name: "Renamed", municipalityCode: "GM0000" } } };
      },
    },
  ],
  // Accounts
  [
    "createUser with role KEY_PERSON",
    {
      code: "BAD_USER_INPUT",
      field: "role",
      mentions: ["createKeyPerson"],
      run: mutation(CREATE_USER, { input: { email: "kp@example.nl", password: "a-long-password", role: "KEY_PERSON" } }),
    },
  ],
  [
    "createUser REGIONAL_COORDINATOR without municipalities",
    {
      code: "BAD_USER_INPUT",
      field: "municipalityCodes",
      mentions: ["municipalities"],
      run: mutation(CREATE_USER, { input: { email: "r@example.nl", password: "a-long-password", role: "REGIONAL_COORDINATOR" } }),
    },
  ],
  [
    "createUser REGIONAL_COORDINATOR with an unknown municipality",
    {
      code: "BAD_USER_INPUT",
      field: "municipalityCodes",
      mentions: ["GM1234"],
      run: mutation(CREATE_USER, {
        input: { email: "r@example.nl", password: "a-long-password", role: "REGIONAL_COORDINATOR", municipalityCodes: ["GM0363", "GM1234"] },
      }),
    },
  ],
  [
    "createUser ORGANISATION without organisation",
    {
      code: "BAD_USER_INPUT",
      field: "organisationId",
      mentions: ["organisation"],
      run: mutation(CREATE_USER, { input: { email: "o@example.nl", password: "a-long-password", role: "ORGANISATION" } }),
    },
  ],
  [
    "createUser: a bad e-mail address",
    {
      code: "BAD_USER_INPUT",
      field: "email",
      mentions: ["no-at-sign"],
      run: mutation(CREATE_USER, { input: { email: "no-at-sign", password: "a-long-password", role: "COORDINATOR" } }),
    },
  ],
  [
    "createUser: a password too short",
    {
      code: "BAD_USER_INPUT",
      field: "password",
      mentions: ["password", "12"],
      run: mutation(CREATE_USER, { input: { email: "c@example.nl", password: "abc", role: "COORDINATOR" } }),
    },
  ],
  [
    "createUser: an e-mail address in use, in another case",
    {
      code: "CONFLICT",
      mentions: [DEMO.KEY_PERSON],
      run: mutation(CREATE_USER, { input: { email: "SleutelPersoon@sleutelkaart.demo", password: "a-long-password", role: "COORDINATOR" } }),
    },
  ],
  [
    "createOrganisationUser: an e-mail address in use",
    {
      code: "CONFLICT",
      mentions: [DEMO.COORDINATOR],
      run: async () => {
        const [{ id }] = await server.dataSource.query(`SELECT id FROM organisation ORDER BY id LIMIT 1`);
        return { query: CREATE_ORGANISATION_USER, variables: { o: id, e: DEMO.COORDINATOR, p: "a-long-password" } };
      },
    },
  ],
  [
    "createOrganisationUser: a password too short",
    {
      code: "BAD_USER_INPUT",
      field: "password",
      mentions: ["password"],
      run: async () => {
        const [{ id }] = await server.dataSource.query(`SELECT id FROM organisation ORDER BY id LIMIT 1`);
        return { query: CREATE_ORGANISATION_USER, variables: { o: id, e: "new-staff@example.nl", p: "2short" } };
      },
    },
  ],
  [
    "setMyLocale: a language the console does not have",
    { code: "BAD_USER_INPUT", field: "locale", mentions: ["nl", "en"], run: mutation(`mutation { setMyLocale(locale: "de") { id } }`, {}, "KEY_PERSON") },
  ],
];

test.each(cases)("%s", async (_name, { code, mentions, field, run }) => {
  const { query, variables, token = tokens.COORDINATOR } = await run();
  const before = await rowCounts(server.dataSource);
  const response = await gql(server.url, query, variables, token);
  expect(response.errors).toHaveLength(1);
  const [error] = response.errors!;
  expect(error.extensions?.code).toBe(code);
  // Every refusal names its reason, with its parameters as values.
  expect(typeof error.extensions?.reason).toBe("string");
  expect(error.extensions?.params).toEqual(expect.any(Object));
  if (field) expect(error.extensions?.field).toBe(field);
  for (const mention of mentions) {
    if (typeof mention === "string") expect(error.message.toLowerCase()).toContain(mention.toLowerCase());
    else expect(error.message).toMatch(mention);
  }
  expect(await rowCounts(server.dataSource)).toEqual(before);
});

test("a refused update leaves the profile, its languages and its login exactly as they were", async () => {
  const snapshot = async () => ({
    keyPerson: await server.dataSource.query(`SELECT * FROM key_person WHERE id = $1`, [existing.id]),
    languages: await server.dataSource.query(`SELECT * FROM key_person_language WHERE key_person_id = $1 ORDER BY language_code`, [existing.id]),
    expertise: await server.dataSource.query(`SELECT * FROM key_person_expertise WHERE key_person_id = $1 ORDER BY expertise_code`, [existing.id]),
    user: await server.dataSource.query(`SELECT email, password_hash FROM app_user WHERE key_person_id = $1`, [existing.id]),
  });
  const before = await snapshot();
  // Valid languages and a new address, but the address is taken: nothing of it may stick.
  const response = await gql(
    server.url,
    UPDATE_KEY_PERSON,
    {
      id: existing.id,
      input: { ...existing.input, displayName: "Changed", languages: [{ code: "ara", level: "NATIVE" }], expertiseCodes: ["YOUTH"], email: DEMO.COORDINATOR },
    },
    tokens.COORDINATOR,
  );
  expect(response.errors?.[0].extensions?.code).toBe("CONFLICT");
  expect(await snapshot()).toEqual(before);
});

test("the problems are listed one by one in extensions.problems, each with its field", async () => {
  const response = await gql(
    server.url,
    CREATE_KEY_PERSON,
    { input: keyPersonInput({ displayName: "", weeklyCapacityHours: 0, origins: ["XX1"] }) },
    tokens.COORDINATOR,
  );
  const problems = response.errors?.[0].extensions?.problems as { field: string; message: string; code: string; params: Record<string, unknown> }[];
  expect(problems.map((p) => p.field).sort()).toEqual(["displayName", "origins", "weeklyCapacityHours"]);
  for (const problem of problems) expect(problem.message.length).toBeGreaterThan(10);
  // Each problem carries its code and params too; the error's reason is the first problem's.
  expect(Object.fromEntries(problems.map((p) => [p.field, { code: p.code, params: p.params }]))).toEqual({
    displayName: { code: "NAME_EMPTY", params: {} },
    weeklyCapacityHours: { code: "NUMBER_OUT_OF_RANGE", params: { min: 0.5, max: 60 } },
    origins: { code: "NOT_A_COUNTRY_CODE", params: { value: "XX1" } },
  });
  expect(response.errors?.[0].extensions).toMatchObject({ reason: problems[0].code, params: problems[0].params });
});
