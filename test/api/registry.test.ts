// The registry of key persons over GraphQL: reference data, reading and filtering,
// creating and changing profiles. Each answer is checked against the rows in PostgreSQL.
import { ManualClock } from "../../server/src/clock";
import {
  CONSENT_ALL,
  CREATE_KEY_PERSON,
  DAM,
  DEMO,
  DEMO_PASSWORD,
  KEY_PERSON_FIELDS,
  UPDATE_KEY_PERSON,
  UTRECHT,
  freshEmail,
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
const clock = new ManualClock(new Date());
const DAY_MS = 24 * 3600_000;

beforeAll(async () => {
  ({ server, tokens } = await startDemoServer({ clock }));
});
afterAll(async () => {
  await server?.stop();
});

const sql = (text: string, params: unknown[] = []) => server.dataSource.query(text, params);
const ids = (items: { id: string }[]) => items.map((item) => Number(item.id));

async function demoKeyPersonId(): Promise<number> {
  const [row] = await sql(`SELECT key_person_id FROM app_user WHERE email = $1`, [DEMO.KEY_PERSON]);
  return row.key_person_id;
}
async function userId(email: string): Promise<number> {
  const [row] = await sql(`SELECT id FROM app_user WHERE email = $1`, [email]);
  return row.id;
}
async function auditRows(action: string, entityId: number | string) {
  return sql(`SELECT actor_user_id, actor_role, detail FROM audit_log WHERE action = $1 AND entity_id = $2 ORDER BY id`, [action, String(entityId)]);
}

/** Creates a key person as the coordinator; with a password when the test logs in as them (hashing is slow). */
async function createKeyPerson(overrides: Parameters<typeof keyPersonInput>[0] = {}, password: string | null = null) {
  const input = keyPersonInput(overrides);
  const data = await ok(server.url, CREATE_KEY_PERSON, { input, password }, tokens.COORDINATOR);
  return { input, keyPerson: data.createKeyPerson, id: Number(data.createKeyPerson.id) };
}

describe("reference data", () => {
  test("municipalities: the 342 of 2025, by name, as in the database", async () => {
    const { municipalities } = await ok(server.url, `{ municipalities { code name province provinceCode } }`);
    expect(municipalities).toHaveLength(342);
    const rows = await sql(`SELECT code FROM municipality ORDER BY name`);
    expect(municipalities.map((m: { code: string }) => m.code)).toEqual(rows.map((r: { code: string }) => r.code));
    expect(municipalities).toContainEqual({ code: "GM0363", name: "Amsterdam", province: "Noord-Holland", provinceCode: "PV27" });
    expect(municipalities.find((m: { code: string }) => m.code === "GM0518").name).toBe("'s-Gravenhage");
  });

  test("languages: 125 ISO 639-3 codes with English and Dutch names", async () => {
    const { languages } = await ok(server.url, `{ languages { code name nameNl } }`);
    expect(languages).toHaveLength(125);
    expect(new Set(languages.map((l: { code: string }) => l.code)).size).toBe(125);
    for (const language of languages) expect(language.code).toMatch(/^[a-z]{3}$/);
    expect(languages).toContainEqual({ code: "tir", name: "Tigrinya", nameNl: "Tigrinya" });
    expect(languages).toContainEqual({ code: "nld", name: "Dutch", nameNl: "Nederlands" });
  });

  test("expertiseAreas: the expertise list", async () => {
    const { expertiseAreas } = await ok(server.url, `{ expertiseAreas { code name nameNl } }`);
    const rows = await sql(`SELECT code FROM expertise ORDER BY code`);
    expect(expertiseAreas.map((e: { code: string }) => e.code).sort()).toEqual(rows.map((r: { code: string }) => r.code).sort());
    expect(expertiseAreas.map((e: { code: string }) => e.code)).toEqual(
      expect.arrayContaining(["SGBV", "FGM", "SOGIESC", "HONOUR_VIOLENCE", "HUMAN_TRAFFICKING", "YOUTH"]),
    );
    expect(expertiseAreas.find((e: { code: string }) => e.code === "SGBV")).toEqual({
      code: "SGBV",
      name: "Sexual and gender-based violence",
      nameNl: expect.stringContaining("Seksueel en gendergerelateerd geweld"),
    });
  });
});

describe("keyPerson", () => {
  test("the coordinator reads a key person: every field as stored", async () => {
    const id = await demoKeyPersonId();
    const { keyPerson } = await ok(server.url, `query($id: ID!) { keyPerson(id: $id) { ${KEY_PERSON_FIELDS} } }`, { id }, tokens.COORDINATOR);
    const [row] = await sql(`SELECT * FROM key_person WHERE id = $1`, [id]);
    const languages = await sql(`SELECT language_code, level, dialect FROM key_person_language WHERE key_person_id = $1 ORDER BY language_code`, [id]);
    const expertise = await sql(`SELECT expertise_code FROM key_person_expertise WHERE key_person_id = $1 ORDER BY expertise_code`, [id]);
    expect(keyPerson).toMatchObject({
      id: String(id),
      displayName: row.display_name,
      email: DEMO.KEY_PERSON,
      phone: row.phone,
      gender: row.gender,
      birthYear: row.birth_year,
      origins: row.origins,
      homeMunicipality: { code: row.home_municipality_code },
      homeLocation: { lat: row.home_lat, lon: row.home_lon },
      maxTravelKm: row.max_travel_km,
      remoteAvailable: row.remote_available,
      weeklyCapacityHours: row.weekly_capacity_hours,
      status: row.status,
      compensationType: row.compensation_type,
      profileConfirmedAt: row.profile_confirmed_at.toISOString(),
      stale: false,
      publicConsent: {
        listed: row.consent_listed,
        showName: row.consent_show_name,
        showMunicipality: row.consent_show_municipality,
        showLanguages: row.consent_show_languages,
        showExpertise: row.consent_show_expertise,
        showEmail: row.consent_show_email,
        showPhone: row.consent_show_phone,
      },
    });
    expect(languages.length).toBeGreaterThan(0);
    expect(
      keyPerson.languages.map((l: { language: { code: string }; level: string; dialect: string | null }) => [l.language.code, l.level, l.dialect]),
    ).toEqual(languages.map((l: { language_code: string; level: string; dialect: string | null }) => [l.language_code, l.level, l.dialect]));
    expect(keyPerson.expertise.map((e: { code: string }) => e.code)).toEqual(expertise.map((e: { expertise_code: string }) => e.expertise_code));
  });

  test("fields whose data comes later say what is true for a new key person: nothing committed, never supervised, wellbeing unknown", async () => {
    const { id, input } = await createKeyPerson({ weeklyCapacityHours: 6 }, "later-password");
    const self = await login(server.url, input.email, "later-password");
    const query = `query($id: ID!) { keyPerson(id: $id) { weeklyCapacityHours workload { weeklyCapacityHours committedHours utilisation } supervisionStatus wellbeingStatus } }`;
    for (const token of [tokens.COORDINATOR, tokens.REGIONAL_COORDINATOR, self]) {
      const { keyPerson } = await ok(server.url, query, { id }, token);
      expect(keyPerson).toEqual({
        weeklyCapacityHours: 6,
        workload: { weeklyCapacityHours: 6, committedHours: 0, utilisation: 0 },
        supervisionStatus: "NEVER",
        wellbeingStatus: "UNKNOWN",
      });
    }
  });

  test.each(["999999", "0", "-1", "abc", "1.5", "12345678901234567890"])("id %p is NOT_FOUND and the message names it", async (id) => {
    const response = await gql(server.url, `query($id: ID!) { keyPerson(id: $id) { id } }`, { id }, tokens.COORDINATOR);
    expect(response.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect(response.errors?.[0].message).toContain(id.slice(0, 9));
    expect(response.data?.keyPerson).toBeNull();
  });
});

describe("keyPersons filters (coordinator)", () => {
  const LIST = `query($filter: KeyPersonFilter, $page: Int, $perPage: Int) { keyPersons(filter: $filter, page: $page, perPage: $perPage) { total items { id displayName } } }`;
  const staleBefore = () => new Date(clock.now().getTime() - 180 * DAY_MS);

  // Each filter with the SQL that means the same; the API must give exactly those rows, in name order.
  const cases: [string, () => Record<string, unknown>, () => [string, unknown[]]][] = [
    [
      "languageCodes (one)",
      () => ({ languageCodes: ["tir"] }),
      () => [`EXISTS (SELECT 1 FROM key_person_language l WHERE l.key_person_id = kp.id AND l.language_code = 'tir')`, []],
    ],
    [
      "languageCodes: any of them",
      () => ({ languageCodes: ["tir", "prs", "som"] }),
      () => [`EXISTS (SELECT 1 FROM key_person_language l WHERE l.key_person_id = kp.id AND l.language_code IN ('tir', 'prs', 'som'))`, []],
    ],
    [
      "expertiseCodes (one)",
      () => ({ expertiseCodes: ["FGM"] }),
      () => [`EXISTS (SELECT 1 FROM key_person_expertise e WHERE e.key_person_id = kp.id AND e.expertise_code = 'FGM')`, []],
    ],
    [
      "expertiseCodes: all of them",
      () => ({ expertiseCodes: ["SGBV", "MENTAL_HEALTH"] }),
      () => [`(SELECT count(*) FROM key_person_expertise e WHERE e.key_person_id = kp.id AND e.expertise_code IN ('SGBV', 'MENTAL_HEALTH')) = 2`, []],
    ],
    [
      "expertiseCodes: a code twice counts once",
      () => ({ expertiseCodes: ["SGBV", "SGBV"] }),
      () => [`EXISTS (SELECT 1 FROM key_person_expertise e WHERE e.key_person_id = kp.id AND e.expertise_code = 'SGBV')`, []],
    ],
    ["municipalityCodes", () => ({ municipalityCodes: ["GM0363", "GM0599"] }), () => [`kp.home_municipality_code IN ('GM0363', 'GM0599')`, []]],
    ["status ACTIVE", () => ({ status: "ACTIVE" }), () => [`kp.status = 'ACTIVE'`, []]],
    ["status PAUSED", () => ({ status: "PAUSED" }), () => [`kp.status = 'PAUSED'`, []]],
    ["stale: true", () => ({ stale: true }), () => [`(kp.profile_confirmed_at IS NULL OR kp.profile_confirmed_at < $1)`, [staleBefore()]]],
    ["stale: false", () => ({ stale: false }), () => [`kp.profile_confirmed_at >= $1`, [staleBefore()]]],
    [
      "q: part of a name, a home municipality's name or a language's name, any case",
      () => ({ q: "AN" }),
      () => [
        `(kp.display_name ILIKE '%an%'
          OR EXISTS (SELECT 1 FROM municipality m WHERE m.code = kp.home_municipality_code AND m.name ILIKE '%an%')
          OR EXISTS (SELECT 1 FROM key_person_language l JOIN language lang ON lang.code = l.language_code
                     WHERE l.key_person_id = kp.id AND (lang.name ILIKE '%an%' OR lang.name_nl ILIKE '%an%')))`,
        [],
      ],
    ],
    [
      "q: a municipality",
      () => ({ q: "amsterdam" }),
      () => [`kp.display_name ILIKE '%amsterdam%' OR kp.home_municipality_code IN (SELECT code FROM municipality WHERE name ILIKE '%amsterdam%')`, []],
    ],
    [
      "q: an ISO code",
      () => ({ q: "TIR" }),
      () => [
        `kp.display_name ILIKE '%tir%' OR EXISTS (SELECT 1 FROM key_person_language l JOIN language lang ON lang.code = l.language_code
           WHERE l.key_person_id = kp.id AND (lang.code = 'tir' OR lang.name ILIKE '%tir%' OR lang.name_nl ILIKE '%tir%'))
         OR kp.home_municipality_code IN (SELECT code FROM municipality WHERE name ILIKE '%tir%')`,
        [],
      ],
    ],
    ["ids", () => ({ ids: ["3", "14", "15", "92", "265"] }), () => [`kp.id IN (3, 14, 15, 92, 265)`, []]],
    [
      "several filters together",
      () => ({ languageCodes: ["ara", "apc"], status: "ACTIVE", stale: false }),
      () => [
        `EXISTS (SELECT 1 FROM key_person_language l WHERE l.key_person_id = kp.id AND l.language_code IN ('ara', 'apc'))
              AND kp.status = 'ACTIVE' AND kp.profile_confirmed_at >= $1`,
        [staleBefore()],
      ],
    ],
  ];

  test.each(cases)("%s", async (_name, filter, where) => {
    const [condition, params] = where();
    const expected = await sql(`SELECT kp.id FROM key_person kp WHERE ${condition} ORDER BY kp.display_name, kp.id`, params);
    const [{ n: all }] = await sql(`SELECT count(*)::int AS n FROM key_person`);
    // A filter that keeps some but not all, so ignoring it, or keeping nothing, fails.
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all);
    const { keyPersons } = await ok(server.url, LIST, { filter: filter(), perPage: 100 }, tokens.COORDINATOR);
    expect(keyPersons.total).toBe(expected.length);
    expect(ids(keyPersons.items)).toEqual(expected.slice(0, 100).map((r: { id: number }) => r.id));
  });

  test("expertise all-of is narrower than any single code of it", async () => {
    const total = async (filter: object) => (await ok(server.url, LIST, { filter }, tokens.COORDINATOR)).keyPersons.total;
    const [both, sgbv, mental] = await Promise.all([
      total({ expertiseCodes: ["SGBV", "MENTAL_HEALTH"] }),
      total({ expertiseCodes: ["SGBV"] }),
      total({ expertiseCodes: ["MENTAL_HEALTH"] }),
    ]);
    expect(both).toBeLessThan(Math.min(sgbv, mental));
  });

  test("language any-of is wider than any single code of it", async () => {
    const total = async (filter: object) => (await ok(server.url, LIST, { filter }, tokens.COORDINATOR)).keyPersons.total;
    const [either, tir, som] = await Promise.all([
      total({ languageCodes: ["tir", "som"] }),
      total({ languageCodes: ["tir"] }),
      total({ languageCodes: ["som"] }),
    ]);
    expect(either).toBeGreaterThan(Math.max(tir, som));
  });

  test.each([
    ["a LIKE wildcard in q is taken literally", { q: "%" }],
    ["an underscore in q is taken literally", { q: "_" }],
    ["ids that are not ids", { ids: ["abc", "-1"] }],
    ["a municipality nobody lives in", { municipalityCodes: ["GM0088"] }],
  ])("%s: nothing", async (_name, filter) => {
    const { keyPersons } = await ok(server.url, LIST, { filter }, tokens.COORDINATOR);
    expect(keyPersons).toEqual({ total: 0, items: [] });
  });

  test.each([
    ["languageCodes", { languageCodes: ["tir", "xxx"] }, "xxx"],
    ["expertiseCodes", { expertiseCodes: ["NOT_A_TOPIC"] }, "NOT_A_TOPIC"],
    ["municipalityCodes", { municipalityCodes: ["GM9999"] }, "GM9999"],
  ])("an unknown code in %s is BAD_USER_INPUT naming it", async (field, filter, code) => {
    const response = await gql(server.url, LIST, { filter }, tokens.COORDINATOR);
    expect(response.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(response.errors?.[0].message).toContain(code);
  });
});

describe("keyPersons pagination", () => {
  const PAGE = `query($page: Int, $perPage: Int) { keyPersons(page: $page, perPage: $perPage) { total items { id } } }`;
  const ordered = async () => (await sql(`SELECT id FROM key_person ORDER BY display_name, id`)).map((r: { id: number }) => r.id);

  test.each([
    ["the default: page 1 of 25", {}, 0, 25],
    ["page 2 of 10", { page: 2, perPage: 10 }, 10, 10],
    ["page 3 of 7", { page: 3, perPage: 7 }, 14, 7],
    ["100 per page, the most", { perPage: 100 }, 0, 100],
    ["explicit nulls are the defaults", { page: null, perPage: null }, 0, 25],
  ])("%s", async (_name, args, skip, take) => {
    const all = await ordered();
    const { keyPersons } = await ok(server.url, PAGE, args, tokens.COORDINATOR);
    expect(keyPersons.total).toBe(all.length);
    expect(ids(keyPersons.items)).toEqual(all.slice(skip, skip + take));
  });

  test("the pages together are every key person once", async () => {
    const all = await ordered();
    const seen: number[] = [];
    for (let page = 1; page <= Math.ceil(all.length / 100); page++) {
      const { keyPersons } = await ok(server.url, PAGE, { page, perPage: 100 }, tokens.COORDINATOR);
      seen.push(...ids(keyPersons.items));
    }
    expect(seen).toEqual(all);
  });

  test("a page past the end is empty, with the total", async () => {
    const all = await ordered();
    const { keyPersons } = await ok(server.url, PAGE, { page: 50, perPage: 100 }, tokens.COORDINATOR);
    expect(keyPersons).toEqual({ total: all.length, items: [] });
  });

  test.each([
    ["perPage 101", { perPage: 101 }, "perPage", /100/],
    ["perPage 0", { perPage: 0 }, "perPage", /perPage/],
    ["perPage -5", { perPage: -5 }, "perPage", /-5/],
    ["page 0", { page: 0 }, "page", /from 1/],
    ["page -1", { page: -1 }, "page", /-1/],
  ])("%s is BAD_USER_INPUT saying what to change", async (_name, args, field, message) => {
    const response = await gql(server.url, PAGE, args, tokens.COORDINATOR);
    expect(response.data).toBeNull();
    expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0].message).toContain(field);
    expect(response.errors?.[0].message).toMatch(message);
  });
});

describe("createKeyPerson", () => {
  test("on the Dam: Amsterdam, every field as given, and the rows written", async () => {
    const coordinatorId = await userId(DEMO.COORDINATOR);
    const input = keyPersonInput({
      displayName: "  Selam Tesfay  ",
      email: ` Selam.${Date.now()}@Example.NL `,
      languages: [
        { code: "tir", level: "NATIVE", dialect: "Asmara" },
        { code: "nld", level: "BASIC", dialect: null },
      ],
      expertiseCodes: ["SGBV", "FGM"],
      origins: ["ER", "ET"],
      homeLocation: DAM,
    });
    const { createKeyPerson: kp } = await ok(server.url, CREATE_KEY_PERSON, { input, password: "selam-password-1" }, tokens.COORDINATOR);
    const id = Number(kp.id);
    const email = input.email.trim().toLowerCase();
    expect(kp).toEqual({
      id: expect.stringMatching(/^\d+$/),
      displayName: "Selam Tesfay",
      email,
      phone: input.phone,
      gender: "FEMALE",
      birthYear: 1988,
      origins: ["ER", "ET"],
      languages: [
        { language: { code: "nld", name: "Dutch" }, level: "BASIC", dialect: null },
        { language: { code: "tir", name: "Tigrinya" }, level: "NATIVE", dialect: "Asmara" },
      ],
      expertise: [
        { code: "FGM", name: "Female genital mutilation" },
        { code: "SGBV", name: "Sexual and gender-based violence" },
      ],
      homeMunicipality: { code: "GM0363", name: "Amsterdam", province: "Noord-Holland" },
      homeLocation: DAM,
      maxTravelKm: 25,
      remoteAvailable: true,
      weeklyCapacityHours: 8,
      status: "ACTIVE",
      compensationType: "VOLUNTEER",
      workload: { weeklyCapacityHours: 8, committedHours: 0, utilisation: 0 },
      supervisionStatus: "NEVER",
      wellbeingStatus: "UNKNOWN",
      profileConfirmedAt: clock.now().toISOString(),
      stale: false,
      publicConsent: {
        listed: false,
        showName: false,
        showMunicipality: false,
        showLanguages: false,
        showExpertise: false,
        showEmail: false,
        showPhone: false,
      },
    });

    const [row] = await sql(`SELECT * FROM key_person WHERE id = $1`, [id]);
    expect(row).toMatchObject({
      display_name: "Selam Tesfay",
      email,
      home_lat: DAM.lat,
      home_lon: DAM.lon,
      home_municipality_code: "GM0363",
      status: "ACTIVE",
      origins: ["ER", "ET"],
      consent_listed: false,
      birth_year: 1988,
    });
    expect(await sql(`SELECT language_code, level, dialect FROM key_person_language WHERE key_person_id = $1 ORDER BY language_code`, [id])).toEqual([
      { language_code: "nld", level: "BASIC", dialect: null },
      { language_code: "tir", level: "NATIVE", dialect: "Asmara" },
    ]);
    expect(await sql(`SELECT expertise_code FROM key_person_expertise WHERE key_person_id = $1 ORDER BY expertise_code`, [id])).toEqual([
      { expertise_code: "FGM" },
      { expertise_code: "SGBV" },
    ]);
    const users = await sql(`SELECT email, role, organisation_id FROM app_user WHERE key_person_id = $1`, [id]);
    expect(users).toEqual([{ email, role: "KEY_PERSON", organisation_id: null }]);
    expect(await auditRows("createKeyPerson", id)).toEqual([{ actor_user_id: coordinatorId, actor_role: "COORDINATOR", detail: { invited: false } }]);

    // The login works with the password given, with the address in any case.
    const token = await login(server.url, input.email.toUpperCase(), "selam-password-1");
    const { me } = await ok(server.url, `{ me { role keyPerson { id homeLocation { lat lon } } } }`, {}, token);
    expect(me).toEqual({ role: "KEY_PERSON", keyPerson: { id: String(id), homeLocation: DAM } });
  });

  test("a point in the sea just off Scheveningen belongs to the nearest municipality, 's-Gravenhage", async () => {
    const { keyPerson } = await createKeyPerson({ homeLocation: { lat: 52.115, lon: 4.26 } });
    expect(keyPerson.homeMunicipality).toEqual({ code: "GM0518", name: "'s-Gravenhage", province: "Zuid-Holland" });
    expect(keyPerson.homeLocation).toEqual({ lat: 52.115, lon: 4.26 });
  });

  test.each([
    [UTRECHT, "GM0344"],
    [{ lat: 51.9225, lon: 4.4792 }, "GM0599"], // Rotterdam
    [{ lat: 53.2194, lon: 6.5665 }, "GM0014"], // Groningen
    [{ lat: 50.8514, lon: 5.691 }, "GM0935"], // Maastricht
  ])("home %p lies in %s", async (homeLocation, code) => {
    const { keyPerson, id } = await createKeyPerson({ homeLocation });
    expect(keyPerson.homeMunicipality.code).toBe(code);
    expect((await sql(`SELECT home_municipality_code FROM key_person WHERE id = $1`, [id]))[0].home_municipality_code).toBe(code);
  });

  test("without a password the account exists but nobody can log in until one is set", async () => {
    const { input, id } = await createKeyPerson({}, null);
    expect(await sql(`SELECT role FROM app_user WHERE key_person_id = $1`, [id])).toEqual([{ role: "KEY_PERSON" }]);
    for (const password of ["", "!unset:"]) {
      expect(
        await errorCode(server.url, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: input.email, p: password }),
      ).toBe("UNAUTHENTICATED");
    }
  });

  test("a new key person is in the list at once", async () => {
    const { id, input } = await createKeyPerson({ displayName: "Zzyzx Unique-Name" });
    const { keyPersons } = await ok(server.url, `{ keyPersons(filter: { q: "zzyzx unique" }) { total items { id email } } }`, {}, tokens.COORDINATOR);
    expect(keyPersons).toEqual({ total: 1, items: [{ id: String(id), email: input.email }] });
  });
});

describe("updateKeyPerson", () => {
  test("replaces the languages and expertise, and changes the fields given", async () => {
    const { id, input } = await createKeyPerson();
    const changed = {
      ...input,
      displayName: "Selam T.",
      languages: [
        { code: "ara", level: "NATIVE", dialect: "Damascene" },
        { code: "eng", level: "BASIC", dialect: null },
      ],
      expertiseCodes: ["HOUSING"],
      weeklyCapacityHours: 12.5,
      maxTravelKm: 40,
      remoteAvailable: false,
      homeLocation: UTRECHT,
    };
    const { updateKeyPerson: kp } = await ok(server.url, UPDATE_KEY_PERSON, { id, input: changed }, tokens.COORDINATOR);
    expect(kp).toMatchObject({
      displayName: "Selam T.",
      languages: [
        { language: { code: "ara" }, level: "NATIVE", dialect: "Damascene" },
        { language: { code: "eng" }, level: "BASIC", dialect: null },
      ],
      expertise: [{ code: "HOUSING" }],
      weeklyCapacityHours: 12.5,
      workload: { weeklyCapacityHours: 12.5, committedHours: 0, utilisation: 0 },
      maxTravelKm: 40,
      remoteAvailable: false,
      homeMunicipality: { code: "GM0344", name: "Utrecht" },
      homeLocation: UTRECHT,
    });
    expect(await sql(`SELECT language_code, level, dialect FROM key_person_language WHERE key_person_id = $1 ORDER BY language_code`, [id])).toEqual([
      { language_code: "ara", level: "NATIVE", dialect: "Damascene" },
      { language_code: "eng", level: "BASIC", dialect: null },
    ]);
    expect(await sql(`SELECT expertise_code FROM key_person_expertise WHERE key_person_id = $1`, [id])).toEqual([{ expertise_code: "HOUSING" }]);
    const [audit] = await auditRows("updateKeyPerson", id);
    expect(audit.actor_role).toBe("COORDINATOR");
    expect(audit.detail.changed).toEqual(
      expect.arrayContaining(["displayName", "homeLat", "homeLon", "homeMunicipalityCode", "weeklyCapacityHours", "maxTravelKm", "remoteAvailable"]),
    );
    expect(audit.detail.changed).not.toContain("email");
    // The audit log names what changed, never the personal content.
    expect(JSON.stringify(audit.detail)).not.toContain("Selam");
  });

  test("a new e-mail address moves the login with it", async () => {
    const { id, input } = await createKeyPerson({}, "first-password-1");
    const newEmail = freshEmail("moved");
    await ok(server.url, UPDATE_KEY_PERSON, { id, input: { ...input, email: newEmail.toUpperCase() } }, tokens.COORDINATOR);
    expect(await sql(`SELECT email FROM key_person WHERE id = $1`, [id])).toEqual([{ email: newEmail }]);
    expect(await sql(`SELECT email FROM app_user WHERE key_person_id = $1`, [id])).toEqual([{ email: newEmail }]);
    expect(
      await errorCode(server.url, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: input.email, p: "first-password-1" }),
    ).toBe("UNAUTHENTICATED");
    const token = await login(server.url, newEmail, "first-password-1");
    expect((await ok(server.url, `{ me { email keyPerson { id email } } }`, {}, token)).me).toEqual({
      email: newEmail,
      keyPerson: { id: String(id), email: newEmail },
    });
    const [audit] = await auditRows("updateKeyPerson", id);
    expect(audit.detail.changed).toEqual(["email"]);
  });

  test("the key person edits their own profile, which confirms it; a coordinator's edit does not", async () => {
    const { id, input } = await createKeyPerson({}, "own-password-12");
    const token = await login(server.url, input.email, "own-password-12");
    const created = (await sql(`SELECT profile_confirmed_at FROM key_person WHERE id = $1`, [id]))[0].profile_confirmed_at;

    clock.advanceHours(2);
    await ok(server.url, UPDATE_KEY_PERSON, { id, input: { ...input, phone: "+31 20 1234567" } }, tokens.COORDINATOR);
    expect((await sql(`SELECT profile_confirmed_at FROM key_person WHERE id = $1`, [id]))[0].profile_confirmed_at).toEqual(created);

    clock.advanceHours(2);
    const { updateKeyPerson: kp } = await ok(server.url, UPDATE_KEY_PERSON, { id, input: { ...input, phone: "+31 20 7654321", maxTravelKm: 5 } }, token);
    expect(kp).toMatchObject({ phone: "+31 20 7654321", maxTravelKm: 5, profileConfirmedAt: clock.now().toISOString() });
    const audits = await auditRows("updateKeyPerson", id);
    expect(audits.map((a: { actor_role: string }) => a.actor_role)).toEqual(["COORDINATOR", "KEY_PERSON"]);
  });
});

describe("setKeyPersonStatus", () => {
  const SET_STATUS = `mutation($id: ID!, $status: KeyPersonStatus!) { setKeyPersonStatus(id: $id, status: $status) { id status } }`;

  test("the coordinator pauses a key person: the row, the list filter and the audit log follow", async () => {
    const { id } = await createKeyPerson();
    expect((await ok(server.url, SET_STATUS, { id, status: "PAUSED" }, tokens.COORDINATOR)).setKeyPersonStatus).toEqual({ id: String(id), status: "PAUSED" });
    expect(await sql(`SELECT status FROM key_person WHERE id = $1`, [id])).toEqual([{ status: "PAUSED" }]);
    const paused = await ok(
      server.url,
      `query($ids: [ID!]) { keyPersons(filter: { ids: $ids, status: PAUSED }) { total } }`,
      { ids: [String(id)] },
      tokens.COORDINATOR,
    );
    expect(paused.keyPersons.total).toBe(1);
    expect(await auditRows("setKeyPersonStatus", id)).toEqual([
      { actor_user_id: await userId(DEMO.COORDINATOR), actor_role: "COORDINATOR", detail: { from: "ACTIVE", to: "PAUSED" } },
    ]);
  });

  describe("the key person themself", () => {
    let id: number;
    let token: string;
    beforeAll(async () => {
      const created = await createKeyPerson({}, "status-password");
      id = created.id;
      token = await login(server.url, created.input.email, "status-password");
    });
    test.each(["PAUSED", "ACTIVE"])("sets their own status to %s", async (status) => {
      expect((await ok(server.url, SET_STATUS, { id, status }, token)).setKeyPersonStatus.status).toBe(status);
      expect(await sql(`SELECT status FROM key_person WHERE id = $1`, [id])).toEqual([{ status }]);
    });
    test("may not set themself INACTIVE: that is the coordinators' (nothing changes)", async () => {
      const response = await gql(server.url, SET_STATUS, { id, status: "INACTIVE" }, token);
      expect(response.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", reason: "KEY_PERSON_STATUS_COORDINATORS_ONLY" });
      expect(await sql(`SELECT status FROM key_person WHERE id = $1`, [id])).toEqual([{ status: "ACTIVE" }]);
    });
  });
});

describe("confirmProfile", () => {
  const CONFIRM = `mutation($id: ID!) { confirmProfile(id: $id) { id profileConfirmedAt stale } }`;

  test("a stale profile is fresh again once the key person confirms it", async () => {
    const { id, input } = await createKeyPerson({}, "confirm-password");
    const token = await login(server.url, input.email, "confirm-password");
    await sql(`UPDATE key_person SET profile_confirmed_at = $2 WHERE id = $1`, [id, new Date(clock.now().getTime() - 200 * DAY_MS)]);
    const read = `query($id: ID!) { keyPerson(id: $id) { stale } keyPersons(filter: { stale: true, ids: [$id] }) { total } }`;
    expect(await ok(server.url, read, { id: String(id) }, tokens.COORDINATOR)).toEqual({ keyPerson: { stale: true }, keyPersons: { total: 1 } });

    clock.advanceHours(1);
    const { confirmProfile } = await ok(server.url, CONFIRM, { id }, token);
    expect(confirmProfile).toEqual({ id: String(id), profileConfirmedAt: clock.now().toISOString(), stale: false });
    expect((await sql(`SELECT profile_confirmed_at FROM key_person WHERE id = $1`, [id]))[0].profile_confirmed_at.toISOString()).toBe(
      clock.now().toISOString(),
    );
    expect(await ok(server.url, read, { id: String(id) }, tokens.COORDINATOR)).toEqual({ keyPerson: { stale: false }, keyPersons: { total: 0 } });
    expect(await auditRows("confirmProfile", id)).toHaveLength(1);
  });

  test("a never-confirmed profile counts as stale", async () => {
    const { id } = await createKeyPerson();
    await sql(`UPDATE key_person SET profile_confirmed_at = NULL WHERE id = $1`, [id]);
    const { keyPerson } = await ok(server.url, `query($id: ID!) { keyPerson(id: $id) { stale profileConfirmedAt } }`, { id }, tokens.COORDINATOR);
    expect(keyPerson).toEqual({ stale: true, profileConfirmedAt: null });
  });

  test.each([
    ["the coordinator", "COORDINATOR", "FORBIDDEN"],
    ["the regional coordinator", "REGIONAL_COORDINATOR", "FORBIDDEN"],
    ["organisation staff", "ORGANISATION", "FORBIDDEN"],
    ["another key person", "KEY_PERSON", "NOT_FOUND"],
  ] as const)("%s cannot confirm someone's profile (%s → %s), and nothing changes", async (_who, role, code) => {
    const { id } = await createKeyPerson(); // on the Dam: in the regional coordinator's region
    const before = await rowCounts(server.dataSource);
    const [row] = await sql(`SELECT profile_confirmed_at FROM key_person WHERE id = $1`, [id]);
    clock.advanceHours(1);
    expect(await errorCode(server.url, CONFIRM, { id }, tokens[role])).toBe(code);
    expect(await rowCounts(server.dataSource)).toEqual(before);
    expect((await sql(`SELECT profile_confirmed_at FROM key_person WHERE id = $1`, [id]))[0]).toEqual(row);
  });
});

describe("setPublicConsent", () => {
  const SET_CONSENT = `mutation($id: ID!, $input: PublicConsentInput!) {
    setPublicConsent(keyPersonId: $id, input: $input) { id publicConsent { listed showName showMunicipality showLanguages showExpertise showEmail showPhone } }
  }`;
  const consentRow = async (id: number) =>
    (
      await sql(
        `SELECT consent_listed AS listed, consent_show_name AS "showName", consent_show_municipality AS "showMunicipality",
            consent_show_languages AS "showLanguages", consent_show_expertise AS "showExpertise",
            consent_show_email AS "showEmail", consent_show_phone AS "showPhone" FROM key_person WHERE id = $1`,
        [id],
      )
    )[0];

  test("the key person chooses for themself; audited, not on behalf", async () => {
    const { id, input } = await createKeyPerson({}, "consent-password");
    const token = await login(server.url, input.email, "consent-password");
    const { setPublicConsent } = await ok(server.url, SET_CONSENT, { id, input: CONSENT_ALL }, token);
    expect(setPublicConsent).toEqual({ id: String(id), publicConsent: CONSENT_ALL });
    expect(await consentRow(id)).toEqual(CONSENT_ALL);
    const [keyPersonUser] = await sql(`SELECT id FROM app_user WHERE key_person_id = $1`, [id]);
    expect(await auditRows("setPublicConsent", id)).toEqual([
      { actor_user_id: keyPersonUser.id, actor_role: "KEY_PERSON", detail: { onBehalf: false, consent: CONSENT_ALL } },
    ]);
  });

  test.each(["COORDINATOR", "REGIONAL_COORDINATOR"] as const)("the %s on their behalf: audited with onBehalf true", async (role) => {
    const { id } = await createKeyPerson();
    const consent = { listed: true, showName: true, showMunicipality: true, showLanguages: false, showExpertise: true, showEmail: false, showPhone: false };
    expect((await ok(server.url, SET_CONSENT, { id, input: consent }, tokens[role])).setPublicConsent.publicConsent).toEqual(consent);
    expect(await consentRow(id)).toEqual(consent);
    expect(await auditRows("setPublicConsent", id)).toEqual([
      { actor_user_id: await userId(DEMO[role]), actor_role: role, detail: { onBehalf: true, consent } },
    ]);
  });

  test("not listed shows nothing, whatever the single fields say", async () => {
    const { id } = await createKeyPerson();
    const input = { ...CONSENT_ALL, listed: false };
    const { setPublicConsent } = await ok(server.url, SET_CONSENT, { id, input }, tokens.COORDINATOR);
    const nothing = { listed: false, showName: false, showMunicipality: false, showLanguages: false, showExpertise: false, showEmail: false, showPhone: false };
    expect(setPublicConsent.publicConsent).toEqual(nothing);
    expect(await consentRow(id)).toEqual(nothing);
  });

  test.each([
    ["organisation staff", "ORGANISATION", "FORBIDDEN"],
    ["another key person", "KEY_PERSON", "NOT_FOUND"],
  ] as const)("%s cannot (%s → %s), and nothing changes", async (_who, role, code) => {
    const { id } = await createKeyPerson();
    const before = await rowCounts(server.dataSource);
    expect(await errorCode(server.url, SET_CONSENT, { id, input: CONSENT_ALL }, tokens[role])).toBe(code);
    expect(await rowCounts(server.dataSource)).toEqual(before);
    expect((await consentRow(id)).listed).toBe(false);
  });
});

// Last: moves the clock half a year, so the tokens above expire.
describe("staleness follows the clock", () => {
  test("a profile confirmed 180 days ago is fresh; a minute later it is stale and drops into the stale filter", async () => {
    const { id } = await createKeyPerson();
    const read = `query($id: ID!) { keyPerson(id: $id) { stale } keyPersons(filter: { stale: true, ids: [$id] }) { total } }`;
    clock.advanceHours(180 * 24);
    let token = await login(server.url, DEMO.COORDINATOR, DEMO_PASSWORD);
    expect(await ok(server.url, read, { id: String(id) }, token)).toEqual({ keyPerson: { stale: false }, keyPersons: { total: 0 } });
    clock.advanceHours(1 / 60);
    token = await login(server.url, DEMO.COORDINATOR, DEMO_PASSWORD);
    expect(await ok(server.url, read, { id: String(id) }, token)).toEqual({ keyPerson: { stale: true }, keyPersons: { total: 1 } });
  });
});
