// A list page costs a constant number of SQL statements, whatever its length: every
// relation goes through a per-request DataLoader. Counted with the server's query counter.
import { DEMO, DEMO_PASSWORD, DEMO_REGION } from "../support/fixtures";
import { login, ok } from "../support/graphql";
import { startTestServer, type TestServer } from "../support/server";

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
