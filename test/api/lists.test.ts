// Lists as react-admin users expect (issue 15, point 6): every paged list sorts by every column
// of its own enum (each case iterates the enum's values, so a new sort field is tested here) (ties by id, in the same direction), the key person search finds a
// municipality or a language, organisations a municipality, and the requests list filters
// by organisation, municipality, language, status and period within the caller's scope.
import { REQUEST_KINDS } from "../../server/src/domain/request-kinds";
import {
  AssignmentSortField,
  AuditSortField,
  ExpenseClaimSortField,
  HourEntrySortField,
  KeyPersonSortField,
  MatchRequestSortField,
  NotificationSortField,
  OrganisationSortField,
  UserSortField,
} from "../../server/src/domain/sorting";
import { DEMO_REGION, startDemoServer, type DemoRole } from "../support/fixtures";
import { gql, ok } from "../support/graphql";
import type { TestServer } from "../support/server";

jest.setTimeout(60_000);

let server: TestServer;
let tokens: Record<DemoRole, string>;
beforeAll(async () => ({ server, tokens } = await startDemoServer()));
afterAll(async () => {
  await server?.stop();
});

interface ListCase {
  query: string;
  sortType: string;
  fields: string[];
  role: DemoRole;
  /** what a sorted field reads as, to check the order itself (numbers and ISO dates compare as they are) */
  value?: Record<string, (item: Record<string, unknown>) => string | number | null>;
  selection: string;
}

const LISTS: ListCase[] = [
  {
    query: "keyPersons",
    sortType: "KeyPersonSort",
    fields: Object.values(KeyPersonSortField),
    role: "COORDINATOR",
    selection: "id createdAt homeMunicipality { name }",
    value: { CREATED_AT: (item) => item.createdAt as string },
  },
  {
    query: "organisations",
    sortType: "OrganisationSort",
    fields: Object.values(OrganisationSortField),
    role: "COORDINATOR",
    selection: "id createdAt",
    value: { CREATED_AT: (item) => item.createdAt as string },
  },
  {
    query: "matchRequests",
    sortType: "MatchRequestSort",
    fields: Object.values(MatchRequestSortField),
    role: "COORDINATOR",
    selection: "id createdAt kind",
    value: { CREATED_AT: (item) => item.createdAt as string, KIND: (item) => REQUEST_KINDS.indexOf(item.kind as (typeof REQUEST_KINDS)[number]) },
  },
  {
    query: "assignments",
    sortType: "AssignmentSort",
    fields: Object.values(AssignmentSortField),
    role: "COORDINATOR",
    selection: "id hoursPerWeek",
    value: { HOURS_PER_WEEK: (item) => item.hoursPerWeek as number },
  },
  {
    query: "hourEntries",
    sortType: "HourEntrySort",
    fields: Object.values(HourEntrySortField),
    role: "COORDINATOR",
    selection: "id date hours",
    value: { DATE: (item) => item.date as string, HOURS: (item) => item.hours as number },
  },
  {
    query: "expenseClaims",
    sortType: "ExpenseClaimSort",
    fields: Object.values(ExpenseClaimSortField),
    role: "COORDINATOR",
    selection: "id date amountCents",
    value: { DATE: (item) => item.date as string, AMOUNT: (item) => item.amountCents as number },
  },
  {
    query: "users",
    sortType: "UserSort",
    fields: Object.values(UserSortField),
    role: "COORDINATOR",
    selection: "id createdAt",
    value: { CREATED_AT: (item) => item.createdAt as string },
  },
  {
    query: "notifications",
    sortType: "NotificationSort",
    fields: Object.values(NotificationSortField),
    role: "COORDINATOR",
    selection: "id createdAt",
    value: { CREATED_AT: (item) => item.createdAt as string },
  },
  {
    query: "auditLog",
    sortType: "AuditSort",
    fields: Object.values(AuditSortField),
    role: "COORDINATOR",
    selection: "id at",
    value: { AT: (item) => item.at as string },
  },
];

type Item = Record<string, unknown> & { id: string };

async function page(list: ListCase, sort: { field: string; order: string } | null, pageNumber = 1, perPage = 100) {
  const data = await ok(
    server.url,
    `query($sort: ${list.sortType}, $page: Int, $perPage: Int) { result: ${list.query}(sort: $sort, page: $page, perPage: $perPage) { total items { ${list.selection} } } }`,
    { sort, page: pageNumber, perPage },
    tokens[list.role],
  );
  return data.result as { total: number; items: Item[] };
}

const ids = (items: Item[]) => items.map((item) => item.id);

describe.each(LISTS.map((list) => [list.query, list] as const))("%s sorts", (_name, list) => {
  test.each(list.fields)("by %s: the same rows as unsorted, descending is ascending reversed, pages neither repeat nor skip", async (field) => {
    const unsorted = await page(list, null);
    const asc = await page(list, { field, order: "ASC" });
    const desc = await page(list, { field, order: "DESC" });
    expect(asc.total).toBe(unsorted.total);
    expect(desc.total).toBe(unsorted.total);
    if (asc.total <= 100) {
      // the whole list on one page: the same rows, and DESC is exactly ASC reversed (ties by id, same direction)
      expect([...ids(asc.items)].sort()).toEqual([...ids(unsorted.items)].sort());
      expect(ids(desc.items)).toEqual([...ids(asc.items)].reverse());
    }
    // small pages, glued together, are the first page of the whole list
    const perPage = 2;
    const glued: Item[] = [];
    for (let n = 1; n <= 3; n++) glued.push(...(await page(list, { field, order: "ASC" }, n, perPage)).items);
    expect(ids(glued)).toEqual(ids(asc.items).slice(0, 3 * perPage));
    const value = list.value?.[field];
    if (value) {
      const values = asc.items.map(value).filter((v) => v !== null) as (string | number)[];
      expect(values).toEqual([...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    }
  });
});

test("the demo has enough rows for the sorting tests to mean something", async () => {
  for (const name of ["keyPersons", "organisations", "matchRequests", "auditLog"]) {
    const list = LISTS.find((l) => l.query === name)!;
    expect((await page(list, null)).total).toBeGreaterThanOrEqual(5);
  }
});

test("a sort by municipality groups each municipality together, ids ascending within it", async () => {
  const list = LISTS[0];
  const { items } = await page(list, { field: "MUNICIPALITY", order: "ASC" });
  const names = items.map((item) => (item.homeMunicipality as { name: string }).name);
  const runs = names.filter((name, i) => i === 0 || names[i - 1] !== name);
  expect(new Set(runs).size).toBe(runs.length);
  for (let i = 1; i < items.length; i++) if (names[i] === names[i - 1]) expect(Number(items[i].id)).toBeGreaterThan(Number(items[i - 1].id));
});

test("without a sort the order is the one from before (key persons by name, requests newest first)", async () => {
  const [kp] = await server.dataSource.query(`SELECT array_agg(id::text ORDER BY display_name, id) AS ids FROM key_person`);
  expect(ids((await page(LISTS[0], null)).items)).toEqual(kp.ids.slice(0, 100));
  const [mr] = await server.dataSource.query(`SELECT array_agg(id::text ORDER BY created_at DESC, id DESC) AS ids FROM match_request`);
  expect(ids((await page(LISTS[2], null)).items)).toEqual(mr.ids.slice(0, 100));
});

test.each([
  ["an unknown field", `{ result: keyPersons(sort: { field: display_name }) { total } }`, {}],
  [
    "SQL as a field",
    `query($s: KeyPersonSort) { result: keyPersons(sort: $s) { total } }`,
    { s: { field: "display_name; DROP TABLE key_person", order: "ASC" } },
  ],
  ["another list's field", `query($s: KeyPersonSort) { result: keyPersons(sort: $s) { total } }`, { s: { field: "CASE_REFERENCE" } }],
  ["an unknown direction", `query($s: MatchRequestSort) { result: matchRequests(sort: $s) { total } }`, { s: { field: "CREATED_AT", order: "SIDEWAYS" } }],
])("%s is refused with a reason code, naming no field to guess from", async (_what, query, variables) => {
  const response = await gql(server.url, query, variables, tokens.COORDINATOR);
  expect(response.data?.result).toBeUndefined();
  expect(response.errors?.[0].extensions).toMatchObject({ code: expect.stringMatching(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/), reason: "INVALID_INPUT" });
  expect(response.errors?.[0].message).not.toMatch(/Did you mean/);
  expect((await server.dataSource.query(`SELECT count(*)::int AS n FROM key_person`))[0].n).toBeGreaterThan(0);
});

// ---- search ------------------------------------------------------------------------------

const KP_SEARCH = `query($q: String) { keyPersons(filter: { q: $q }, perPage: 100) { total items { id displayName homeMunicipality { name } languages { language { code } } } } }`;

test("the key person search finds a municipality by its name", async () => {
  const [{ name, n }] = await server.dataSource.query(
    `SELECT m.name, count(*)::int AS n FROM key_person kp JOIN municipality m ON m.code = kp.home_municipality_code GROUP BY m.name ORDER BY count(*) DESC, m.name LIMIT 1`,
  );
  const { keyPersons } = await ok(server.url, KP_SEARCH, { q: name.toLowerCase() }, tokens.COORDINATOR);
  expect(keyPersons.total).toBeGreaterThanOrEqual(n);
  const inIt = keyPersons.items.filter((kp: { homeMunicipality: { name: string } }) => kp.homeMunicipality.name === name);
  expect(inIt).toHaveLength(n);
});

test("the key person search finds a language by its Dutch name, its English name and its ISO code", async () => {
  const [{ code, name, name_nl, n }] = await server.dataSource.query(
    `SELECT l.code, l.name, l.name_nl, count(DISTINCT kpl.key_person_id)::int AS n FROM key_person_language kpl JOIN language l ON l.code = kpl.language_code
      WHERE l.name <> l.name_nl GROUP BY l.code HAVING count(*) > 1 ORDER BY count(*), l.code LIMIT 1`,
  );
  for (const q of [name_nl, name.toUpperCase(), code]) {
    const { keyPersons } = await ok(server.url, KP_SEARCH, { q }, tokens.COORDINATOR);
    const speakers = keyPersons.items.filter((kp: { languages: { language: { code: string } }[] }) => kp.languages.some((l) => l.language.code === code));
    expect(keyPersons.total).toBeLessThanOrEqual(100);
    expect([q, speakers.length]).toEqual([q, n]);
  }
});

test("the key person search still finds a name, and a regional coordinator's search stays in their region", async () => {
  const [{ display_name: name }] = await server.dataSource.query(`SELECT display_name FROM key_person ORDER BY id LIMIT 1`);
  const { keyPersons } = await ok(server.url, KP_SEARCH, { q: name }, tokens.COORDINATOR);
  expect(keyPersons.items.map((kp: { displayName: string }) => kp.displayName)).toContain(name);
  // a municipality outside the region finds nobody for the regional coordinator
  const [{ name: outside }] = await server.dataSource.query(
    `SELECT m.name FROM key_person kp JOIN municipality m ON m.code = kp.home_municipality_code WHERE NOT kp.home_municipality_code = ANY($1) LIMIT 1`,
    [DEMO_REGION],
  );
  const regional = await ok(server.url, KP_SEARCH, { q: outside }, tokens.REGIONAL_COORDINATOR);
  expect(regional.keyPersons.items.filter((kp: { homeMunicipality: { name: string } }) => kp.homeMunicipality.name === outside)).toHaveLength(0);
});

test("a search of percent signs and underscores matches them literally, not everything", async () => {
  const { keyPersons } = await ok(server.url, KP_SEARCH, { q: "%_%" }, tokens.COORDINATOR);
  expect(keyPersons.total).toBe(0);
});

test("the organisation search finds a municipality by its name", async () => {
  const [{ name, n }] = await server.dataSource.query(
    `SELECT m.name, count(*)::int AS n FROM organisation o JOIN municipality m ON m.code = o.municipality_code GROUP BY m.name ORDER BY count(*) DESC, m.name LIMIT 1`,
  );
  const { organisations } = await ok(
    server.url,
    `query($q: String) { organisations(filter: { q: $q }, perPage: 100) { total items { id name municipality { name } } } }`,
    { q: name },
    tokens.COORDINATOR,
  );
  expect(organisations.items.filter((o: { municipality: { name: string } | null }) => o.municipality?.name === name)).toHaveLength(n);
});

// ---- request filters -----------------------------------------------------------------------

const REQUESTS = `query($f: MatchRequestFilter) { matchRequests(filter: $f, perPage: 100) { total items { id organisation { id } municipality { code } languages { code } status createdAt } } }`;
type Req = { id: string; organisation: { id: string }; municipality: { code: string }; languages: { code: string }[]; status: string; createdAt: string };
const requests = async (filter: Record<string, unknown>, role: DemoRole = "COORDINATOR") =>
  (await ok(server.url, REQUESTS, { f: filter }, tokens[role])).matchRequests as { total: number; items: Req[] };

test("requests filter by organisation", async () => {
  const [{ organisation_id: orgId, n }] = await server.dataSource.query(
    `SELECT organisation_id, count(*)::int AS n FROM match_request GROUP BY organisation_id ORDER BY count(*) DESC LIMIT 1`,
  );
  const { items, total } = await requests({ organisationIds: [String(orgId)] });
  expect(total).toBe(n);
  expect(items.every((r) => r.organisation.id === String(orgId))).toBe(true);
});

test("an organisation filtering by another organisation gets nothing of theirs; by itself, its own", async () => {
  const [{ organisation_id: own }] = await server.dataSource.query(`SELECT organisation_id FROM app_user WHERE email = 'organisatie@sleutelkaart.demo'`);
  const [{ organisation_id: other }] = await server.dataSource.query(
    `SELECT organisation_id FROM match_request WHERE organisation_id <> $1 GROUP BY organisation_id LIMIT 1`,
    [own],
  );
  expect((await requests({ organisationIds: [String(other)] }, "ORGANISATION")).total).toBe(0);
  const mine = await requests({ organisationIds: [String(own), String(other)] }, "ORGANISATION");
  expect(mine.items.every((r) => r.organisation.id === String(own))).toBe(true);
  const [{ n }] = await server.dataSource.query(`SELECT count(*)::int AS n FROM match_request WHERE organisation_id = $1`, [own]);
  expect(mine.total).toBe(n);
});

test("requests filter by municipality; a regional coordinator asking outside the region gets nothing", async () => {
  const [{ municipality_code: code, n }] = await server.dataSource.query(
    `SELECT municipality_code, count(*)::int AS n FROM match_request GROUP BY municipality_code ORDER BY count(*) DESC LIMIT 1`,
  );
  const { items, total } = await requests({ municipalityCodes: [code] });
  expect(total).toBe(n);
  expect(items.every((r) => r.municipality.code === code)).toBe(true);
  const [outside] = await server.dataSource.query(`SELECT municipality_code FROM match_request WHERE NOT municipality_code = ANY($1) LIMIT 1`, [DEMO_REGION]);
  expect(outside).toBeDefined();
  expect((await requests({ municipalityCodes: [outside.municipality_code] }, "REGIONAL_COORDINATOR")).total).toBe(0);
  const regional = await requests({}, "REGIONAL_COORDINATOR");
  expect(regional.items.every((r) => DEMO_REGION.includes(r.municipality.code))).toBe(true);
});

test("requests filter by language (any of those asked for) and by status, together", async () => {
  const [{ code }] = await server.dataSource.query(`SELECT unnest(language_codes) AS code FROM match_request GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`);
  const [{ n }] = await server.dataSource.query(`SELECT count(*)::int AS n FROM match_request WHERE $1 = ANY(language_codes) AND status = 'OPEN'`, [code]);
  const { items, total } = await requests({ languageCodes: [code], status: "OPEN" });
  expect(total).toBe(n);
  expect(items.every((r) => r.status === "OPEN" && r.languages.some((l) => l.code === code))).toBe(true);
});

test("requests filter by period: whole days in Amsterdam, from and to inclusive", async () => {
  const [a, b, c] = (await server.dataSource.query(`SELECT id FROM match_request ORDER BY id LIMIT 3`)) as { id: number }[];
  // 1 March 2021 00:30 in Amsterdam is 28 February 23:30 UTC; 2 March 23:59 in Amsterdam; 3 March 00:00:30 in Amsterdam
  await server.dataSource.query(`UPDATE match_request SET created_at = '2021-03-01T00:30:00+01:00' WHERE id = $1`, [a.id]);
  await server.dataSource.query(`UPDATE match_request SET created_at = '2021-03-02T23:59:00+01:00' WHERE id = $1`, [b.id]);
  await server.dataSource.query(`UPDATE match_request SET created_at = '2021-03-03T00:00:30+01:00' WHERE id = $1`, [c.id]);
  const inMarch = await requests({ createdFrom: "2021-03-01", createdTo: "2021-03-02" });
  expect(inMarch.items.map((r) => Number(r.id)).sort()).toEqual([a.id, b.id].sort());
  expect((await requests({ createdFrom: "2021-03-03", createdTo: "2021-03-03" })).items.map((r) => Number(r.id))).toEqual([c.id]);
  const upTo = await requests({ createdTo: "2021-02-28" });
  expect(upTo.items.map((r) => Number(r.id))).not.toContain(a.id);
});

test("a period that ends before it starts, or an unknown code, is refused with reason codes and changes nothing", async () => {
  const period = await gql(server.url, REQUESTS, { f: { createdFrom: "2021-03-02", createdTo: "2021-03-01" } }, tokens.COORDINATOR);
  expect(period.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT" });
  expect(JSON.stringify(period.errors?.[0].extensions)).toContain("PERIOD_INVALID");
  const codes = await gql(server.url, REQUESTS, { f: { municipalityCodes: ["GM9999"], languageCodes: ["xxx"] } }, tokens.COORDINATOR);
  const text = JSON.stringify(codes.errors?.[0].extensions);
  expect(text).toContain("UNKNOWN_CODE");
  expect(text).toContain("GM9999");
  expect(text).toContain("xxx");
});
