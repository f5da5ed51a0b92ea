// A list page costs a constant number of SQL statements, whatever its length: every
// relation goes through a per-request DataLoader. Counted with the server's query counter.
import { DEMO, DEMO_PASSWORD, DEMO_REGION } from "../support/fixtures";
import { login, ok } from "../support/graphql";
import { startTestServer, type TestServer } from "../support/server";
import { PAGE_FIELD_COLUMNS } from "../../server/src/registry/registry.resolver";

jest.setTimeout(60_000);

let server: TestServer;
let coordinator: string;
let regional: string;
beforeAll(async () => {
  server = await startTestServer({ seedDemo: true });
  [coordinator, regional] = await Promise.all([
    login(server.url, DEMO.COORDINATOR, DEMO_PASSWORD),
    login(server.url, DEMO.REGIONAL_COORDINATOR, DEMO_PASSWORD),
  ]);
});
afterAll(async () => {
  await server?.stop();
});

// The login, the page, its total and one statement per relation asked for (languages,
// expertise, assignments, hours, cases, supervision and wellbeing …): small, and fixed.
const MAX_STATEMENTS = 12;

/** The data and the number of SQL statements one request cost. */
async function counted(query: string, variables: Record<string, unknown>, token: string) {
  const before = server.queryCounter.count;
  const data = await ok(server.url, query, variables, token);
  return { data, statements: server.queryCounter.count - before };
}

const KEY_PERSONS = `query($perPage: Int) { keyPersons(perPage: $perPage) { total items {
  id displayName
  languages { language { code name } level dialect }
  expertise { code name }
  homeMunicipality { code name province }
  homeLocation { lat lon }
  workload { weeklyCapacityHours committedHours utilisation }
  supervisionStatus wellbeingStatus stale
  publicConsent { listed showName }
} } }`;

const USERS = `query($perPage: Int) { users(perPage: $perPage, filter: { role: KEY_PERSON }) { total items {
  id email role municipalities { code }
  organisation { id name municipality { code } }
  keyPerson { id languages { language { code } } expertise { code } homeMunicipality { code } workload { committedHours } }
} } }`;

describe("the number of SQL statements does not grow with the page", () => {
  test("keyPersons: 10 and 100 per page, every relation", async () => {
    const small = await counted(KEY_PERSONS, { perPage: 10 }, coordinator);
    const large = await counted(KEY_PERSONS, { perPage: 100 }, coordinator);
    // The pages really hold what was asked, relations included.
    expect(small.data.keyPersons.items).toHaveLength(10);
    expect(large.data.keyPersons.items).toHaveLength(100);
    expect(large.data.keyPersons.items.every((kp: { languages: unknown[] }) => kp.languages.length > 0)).toBe(true);
    expect(large.data.keyPersons.items.filter((kp: { expertise: unknown[] }) => kp.expertise.length > 0).length).toBeGreaterThan(50);
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(MAX_STATEMENTS);
    expect(small.statements).toBeGreaterThanOrEqual(2); // the counter counts: the page and its total at least
  });

  test("keyPersons for a regional coordinator: the same", async () => {
    // Both pages full: a page shorter than perPage needs no count query, so would cost one less.
    const [{ n }] = await server.dataSource.query(`SELECT count(*)::int AS n FROM key_person WHERE home_municipality_code = ANY($1)`, [DEMO_REGION]);
    expect(n).toBeGreaterThan(10);
    const small = await counted(KEY_PERSONS, { perPage: 2 }, regional);
    const large = await counted(KEY_PERSONS, { perPage: n - 1 }, regional);
    expect(small.data.keyPersons.items).toHaveLength(2);
    expect(large.data.keyPersons.items).toHaveLength(n - 1);
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(MAX_STATEMENTS);
  });

  test("users with their key persons and organisations: 10 and 100 per page", async () => {
    const small = await counted(USERS, { perPage: 10 }, coordinator);
    const large = await counted(USERS, { perPage: 100 }, coordinator);
    expect(large.data.users.items).toHaveLength(100);
    expect(large.data.users.items.every((u: { keyPerson: { languages: unknown[] } | null }) => u.keyPerson !== null && u.keyPerson.languages.length > 0)).toBe(
      true,
    );
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(MAX_STATEMENTS);
  });

  test("organisation staff with their organisations: 2 and 4 per page", async () => {
    const organisations = await server.dataSource.query(`SELECT id FROM organisation ORDER BY id LIMIT 3`);
    for (const [i, { id }] of organisations.entries()) {
      await ok(
        server.url,
        `mutation($o: ID!, $e: String!) { createOrganisationUser(organisationId: $o, email: $e, password: "staff-password-1") { id } }`,
        { o: id, e: `staff${i}@example.nl` },
        coordinator,
      );
    }
    const query = `query($perPage: Int) { users(perPage: $perPage, filter: { role: ORGANISATION }) { total items { organisation { id name municipality { code } } } } }`;
    const small = await counted(query, { perPage: 2 }, coordinator);
    const large = await counted(query, { perPage: 4 }, coordinator);
    expect(large.data.users.total).toBe(4);
    expect(new Set(large.data.users.items.map((u: { organisation: { id: string } }) => u.organisation.id)).size).toBeGreaterThanOrEqual(3);
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(MAX_STATEMENTS);
  });
});

// Issue 21: the console's list of key persons reads its page, its total and the relations
// its fields ask for in one statement, and primes the per-request loaders with them; with
// the login's check that is two statements (three for an empty page past the end).
describe("the console's page of key persons: at most 3 SQL statements", () => {
  // As the console sends it (admin/src/dataProvider/registry.ts: KeyPersonList), through a fragment.
  const CONSOLE_LIST = `query KeyPersonList($filter: KeyPersonFilter, $page: Int, $perPage: Int, $sort: KeyPersonSort) {
    result: keyPersons(filter: $filter, page: $page, perPage: $perPage, sort: $sort) { items { ...KeyPersonListFields } total }
  }
  fragment KeyPersonListFields on KeyPerson {
    id displayName status stale weeklyCapacityHours
    homeMunicipality { code name }
    languages { language { code name nameNl } level }
    expertise { code name nameNl }
    workload { weeklyCapacityHours committedHours utilisation }
  }`;
  type Item = {
    id: string;
    homeMunicipality: { code: string; name: string };
    languages: { language: { code: string }; level: string }[];
    expertise: { code: string }[];
    workload: { committedHours: number };
  };

  /** What the database holds for these key persons, read here with plain SQL. */
  async function expected(ids: string[]) {
    const rows: { id: number; municipality: string; languages: string[]; expertise: string[]; hours: number }[] = await server.dataSource.query(
      `SELECT kp.id, m.name AS municipality,
         ARRAY(SELECT l.language_code || ':' || l.level FROM key_person_language l WHERE l.key_person_id = kp.id ORDER BY l.language_code) AS languages,
         ARRAY(SELECT e.expertise_code FROM key_person_expertise e WHERE e.key_person_id = kp.id ORDER BY e.expertise_code) AS expertise,
         COALESCE((SELECT sum(a.hours_per_week::numeric)::float8 FROM assignment a WHERE a.key_person_id = kp.id AND a.status IN ('PROPOSED', 'ACTIVE')), 0) AS hours
       FROM key_person kp JOIN municipality m ON m.code = kp.home_municipality_code WHERE kp.id = ANY($1)`,
      [ids.map(Number)],
    );
    return new Map(rows.map((row) => [String(row.id), row]));
  }

  function asRead(items: Item[]) {
    return items.map((kp) => ({
      id: Number(kp.id),
      municipality: kp.homeMunicipality.name,
      languages: kp.languages.map((l) => `${l.language.code}:${l.level}`),
      expertise: kp.expertise.map((e) => e.code),
      hours: kp.workload.committedHours,
    }));
  }

  test("a page of 100 with languages, expertise, municipality and workload: the login's check and one statement, the same data as SQL", async () => {
    const { data, statements } = await counted(CONSOLE_LIST, { perPage: 100 }, coordinator);
    const items = data.result.items as Item[];
    expect(items).toHaveLength(100);
    expect(statements).toBeLessThanOrEqual(3);
    expect(statements).toBe(2);
    const [{ n }] = await server.dataSource.query(`SELECT count(*)::int AS n FROM key_person`);
    expect(data.result.total).toBe(n);
    const [{ ids }] = await server.dataSource.query(
      `SELECT array_agg(id::text ORDER BY display_name, id) AS ids FROM (SELECT id, display_name FROM key_person ORDER BY display_name, id LIMIT 100) p`,
    );
    expect(items.map((kp) => kp.id)).toEqual(ids);
    const truth = await expected(ids);
    expect(asRead(items)).toEqual(ids.map((id: string) => truth.get(id)));
    // the demo has key persons with committed hours, several languages and expertise on this page
    expect(items.some((kp) => kp.workload.committedHours > 0)).toBe(true);
    expect(items.some((kp) => kp.languages.length > 1)).toBe(true);
    expect(items.some((kp) => kp.expertise.length > 1)).toBe(true);
  });

  test("sorted by municipality, a regional coordinator's page: still two statements, only their region, the same data as SQL", async () => {
    const { data, statements } = await counted(CONSOLE_LIST, { perPage: 100, sort: { field: "MUNICIPALITY", order: "DESC" } }, regional);
    const items = data.result.items as Item[];
    expect(statements).toBe(2);
    const [{ n }] = await server.dataSource.query(`SELECT count(*)::int AS n FROM key_person WHERE home_municipality_code = ANY($1)`, [DEMO_REGION]);
    expect(data.result.total).toBe(n);
    expect(items).toHaveLength(Math.min(n, 100));
    expect(items.every((kp) => DEMO_REGION.includes(kp.homeMunicipality.code))).toBe(true);
    const names = items.map((kp) => kp.homeMunicipality.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
    const truth = await expected(items.map((kp) => kp.id));
    expect(asRead(items)).toEqual(items.map((kp) => truth.get(kp.id)));
  });

  test("a page past the end is empty and still has the total (one statement more); a search without matches has total 0", async () => {
    const [{ n }] = await server.dataSource.query(`SELECT count(*)::int AS n FROM key_person`);
    const past = await counted(CONSOLE_LIST, { perPage: 100, page: Math.ceil(n / 100) + 1 }, coordinator);
    expect(past.data.result).toEqual({ items: [], total: n });
    expect(past.statements).toBe(3);
    const none = await counted(CONSOLE_LIST, { perPage: 100, filter: { q: "no-such-key-person-anywhere" } }, coordinator);
    expect(none.data.result).toEqual({ items: [], total: 0 });
    expect(none.statements).toBe(2);
  });

  test("every page of a list is one statement text, the window its parameters: paging does not use up the prepared statements", async () => {
    const [{ ids }] = await server.dataSource.query(
      `SELECT array_agg(id::text ORDER BY display_name, id) AS ids FROM (SELECT id, display_name FROM key_person ORDER BY display_name, id LIMIT 30) p`,
    );
    const texts: string[] = [];
    for (const page of [1, 2, 3]) {
      const { data, statements } = await counted(CONSOLE_LIST, { perPage: 10, page }, coordinator);
      expect(statements).toBe(2);
      expect((data.result.items as Item[]).map((kp) => kp.id)).toEqual(ids.slice((page - 1) * 10, page * 10));
      texts.push(server.queryCounter.recent.at(-1)!);
    }
    expect(texts[0]).toMatch(/LIMIT \$\d+ OFFSET \$\d+/);
    expect(new Set(texts).size).toBe(1);
  });

  test("a page that asks for no relation reads none; asked under an alias and an inline fragment, they come along", async () => {
    const bare = await counted(`{ keyPersons(perPage: 100) { total items { id displayName } } }`, {}, coordinator);
    expect(bare.statements).toBe(2);
    const aliased = await counted(
      `{ keyPersons(perPage: 100) { total list: items { id ... on KeyPerson { spoken: languages { language { code } } } skills: expertise { code } } } }`,
      {},
      coordinator,
    );
    expect(aliased.statements).toBe(2);
    const items = aliased.data.keyPersons.list as { id: string; spoken: { language: { code: string } }[]; skills: { code: string }[] }[];
    const truth = await expected(items.map((kp) => kp.id));
    expect(items.map((kp) => [kp.spoken.map((l) => l.language.code), kp.skills.map((e) => e.code)])).toEqual(
      items.map((kp) => [truth.get(kp.id)!.languages.map((l) => l.split(":")[0]), truth.get(kp.id)!.expertise]),
    );
  });
});

// The list page reads only the columns its fields need (PAGE_FIELD_COLUMNS, kept by hand):
// a field that starts reading a column not named there would see it undefined on a page.
describe("narrow rows: every field the page may read narrowly answers as on a page of full rows", () => {
  type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null };
  type Field = { name: string; type: TypeRef; args: unknown[] };
  const named = (type: TypeRef): TypeRef => (type.ofType ? named(type.ofType) : type);

  /** The field with every argument-free scalar under it, two levels deep. */
  async function selectionOf(typeName: string, field: string, depth = 2): Promise<string> {
    const { __type } = await ok<{ __type: { fields: Field[] } }>(
      server.url,
      `query($t: String!) { __type(name: $t) { fields { name args { name } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }`,
      { t: typeName },
      coordinator,
    );
    const found = __type.fields.find((f) => f.name === field);
    if (!found) throw new Error(`${typeName} has no field ${field}`);
    const target = named(found.type);
    if (target.kind !== "OBJECT") return field;
    if (depth === 0) return "";
    const { __type: inner } = await ok<{ __type: { fields: Field[] } }>(
      server.url,
      `query($t: String!) { __type(name: $t) { fields { name args { name } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }`,
      { t: target.name },
      coordinator,
    );
    const parts = (await Promise.all(inner.fields.filter((f) => f.args.length === 0).map((f) => selectionOf(target.name!, f.name, depth - 1)))).filter(Boolean);
    return `${field} { ${parts.join(" ")} }`;
  }

  test.each(Object.keys(PAGE_FIELD_COLUMNS).filter((field) => field !== "__typename"))("%s", async (field) => {
    const selection = await selectionOf("KeyPerson", field);
    // publicConsent is not in the table: asked along, the page reads every column
    const narrow = await ok(server.url, `{ keyPersons(perPage: 50) { items { id ${selection} } } }`, {}, coordinator);
    const full = await ok(server.url, `{ keyPersons(perPage: 50) { items { id ${selection} publicConsent { listed } } } }`, {}, coordinator);
    const items = narrow.keyPersons.items as Record<string, unknown>[];
    expect(items).toHaveLength(50);
    expect(items).toEqual((full.keyPersons.items as Record<string, unknown>[]).map(({ publicConsent: _consent, ...rest }) => rest));
    // the field answers something on some key person of the page (not null everywhere), where the demo holds it
    if (!["erasedAt", "profileConfirmedAt"].includes(field)) expect(items.some((item) => item[field] !== null && item[field] !== undefined)).toBe(true);
  });
});
