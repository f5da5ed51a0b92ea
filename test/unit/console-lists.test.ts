import { buildQuery } from "../../admin/src/dataProvider/buildQuery";
import { requestFilter } from "../../admin/src/dataProvider/matching";
import { sortOf } from "../../admin/src/dataProvider/queryKit";
import en from "../../admin/src/i18n/en";
import nl from "../../admin/src/i18n/nl";
import { amsterdamDay, decimal, requestsCsv, REQUEST_COLUMNS, type CsvRequest } from "../../admin/src/matchRequests/requestsCsv";
import { parseCsv } from "../../server/src/domain/csv";
import type { GetListParams } from "react-admin";

// The console's side of sortable, filterable and exportable lists (issue 15, point 6).

const list = (sort: { field: string; order: "ASC" | "DESC" }, filter: Record<string, unknown> = {}) =>
  ({ sort, filter, pagination: { page: 1, perPage: 25 } }) as GetListParams;

test.each([
  ["a column the table names", { field: "homeMunicipality.name", order: "DESC" as const }, { sort: { field: "MUNICIPALITY", order: "DESC" } }],
  ["ascending", { field: "displayName", order: "ASC" as const }, { sort: { field: "DISPLAY_NAME", order: "ASC" } }],
  ["react-admin's default id: the API's own order", { field: "id", order: "ASC" as const }, {}],
  ["a column the table does not name", { field: "capacity", order: "ASC" as const }, {}],
])("sortOf: %s", (_what, sort, expected) => {
  expect(sortOf(list(sort), { displayName: "DISPLAY_NAME", "homeMunicipality.name": "MUNICIPALITY" })).toEqual(expected);
});

test("the key person list sends react-admin's sort as the API's sort enum", () => {
  const built = buildQuery("getList", "keyPersons", list({ field: "displayName", order: "DESC" }));
  expect(built.variables).toMatchObject({ sort: { field: "DISPLAY_NAME", order: "DESC" }, page: 1, perPage: 25 });
  expect(String(built.query)).toContain("sort: $sort");
});

test.each([
  ["matchRequests", "organisation.name", "ORGANISATION"],
  ["unmetRequests", "unmetSince", "UNMET_SINCE"],
  ["organisations", "municipality.name", "MUNICIPALITY"],
  ["users", "lastLoginAt", "LAST_LOGIN_AT"],
  ["hourEntries", "hours", "HOURS"],
  ["expenseClaims", "amountCents", "AMOUNT"],
  ["notifications", "sentAt", "SENT_AT"],
  ["auditLog", "entityType", "ENTITY_TYPE"],
])("%s sorts by %s as %s", (resource, field, expected) => {
  expect(buildQuery("getList", resource, list({ field, order: "ASC" })).variables).toMatchObject({ sort: { field: expected, order: "ASC" } });
});

test("the request filters: one organisation, municipality and language from the form become the API's lists", () => {
  expect(
    requestFilter({
      q: "GGD",
      status: "OPEN",
      organisationId: 7,
      municipalityCode: "GM0363",
      languageCodes: ["tir"],
      createdFrom: "2026-01-01",
      createdTo: "",
    }),
  ).toEqual({ q: "GGD", status: "OPEN", organisationIds: ["7"], municipalityCodes: ["GM0363"], languageCodes: ["tir"], createdFrom: "2026-01-01" });
  expect(requestFilter({})).toEqual({});
});

const REQUEST: CsvRequest = {
  caseReference: "=GGD-AMS-0142",
  organisation: { name: "GGD Amsterdam; Oost" },
  municipality: { name: "Amsterdam", province: "Noord-Holland" },
  languages: [
    { code: "tir", name: "Tigrinya", nameNl: "Tigrinya" },
    { code: "ara", name: "Arabic", nameNl: "Arabisch" },
  ],
  expertise: [{ code: "SGBV", name: "Sexual and gender-based violence", nameNl: "Seksueel en gendergerelateerd geweld" }],
  hoursPerWeek: 2.5,
  startsOn: "2026-12-08",
  status: "OPEN",
  // 23:30 UTC on 31 December is 1 January in Amsterdam
  createdAt: "2026-12-31T23:30:00.000Z",
  unmetSince: "2026-12-31T23:30:00.000Z",
  unmetExclusions: [
    { rule: "LANGUAGE", count: 5 },
    { rule: "REACH", count: 0 },
    { rule: "CAPACITY", count: 2 },
  ],
};

const wordsFor = (messages: typeof nl, locale: string) => {
  const lookup = (key: string): string => key.split(".").reduce<any>((node, part) => node?.[part], messages) ?? key;
  return {
    locale,
    header: (column: string) => lookup(`matching.csv.headers.${column}`),
    status: (status: string) => lookup(`matching.enums.requestStatus.${status}`),
    rule: (rule: string) => lookup(`matching.rules.${rule}.label`),
    nameOf: (item: { name: string; nameNl: string }) => (locale === "nl" ? item.nameNl : item.name),
  };
};

test("the requests CSV in Dutch: Dutch headers, ';', decimal comma, Amsterdam days, neutralised cells, exclusions worded", () => {
  const text = requestsCsv([REQUEST], wordsFor(nl, "nl"), true);
  expect(text.startsWith("\uFEFF")).toBe(true);
  expect(text.endsWith("\r\n")).toBe(true);
  const [row] = parseCsv(text, ";");
  expect(Object.keys(row)).toEqual([
    "zaakreferentie",
    "organisatie",
    "gemeente",
    "provincie",
    "talen",
    "expertise",
    "uren_per_week",
    "startdatum",
    "status",
    "aangemaakt_op",
    "onvervuld_sinds",
    "uitgesloten_per_regel",
  ]);
  expect(row).toMatchObject({
    zaakreferentie: "'=GGD-AMS-0142",
    organisatie: "GGD Amsterdam; Oost",
    talen: "Tigrinya, Arabisch",
    uren_per_week: "2,5",
    startdatum: "2026-12-08",
    status: "Open",
    aangemaakt_op: "2027-01-01",
    onvervuld_sinds: "2027-01-01",
  });
  expect(row.uitgesloten_per_regel).toBe(`${nl.matching.rules.LANGUAGE.label}: 5, ${nl.matching.rules.CAPACITY.label}: 2`);
});

test("the requests CSV in English: English headers and a decimal point; without unmet no exclusions column", () => {
  const [row] = parseCsv(requestsCsv([REQUEST], wordsFor(en as typeof nl, "en"), false), ";");
  expect(Object.keys(row)).toHaveLength(REQUEST_COLUMNS.length);
  expect(row).toMatchObject({ case_reference: "'=GGD-AMS-0142", languages: "Tigrinya, Arabic", hours_per_week: "2.5" });
});

test.each([
  [2, "nl", "2"],
  [2.25, "nl", "2,25"],
  [1.5, "en", "1.5"],
])("decimal(%p, %s) = %s", (value, locale, expected) => expect(decimal(value, locale)).toBe(expected));

test("amsterdamDay takes the day in the Netherlands, summer time too", () => {
  expect(amsterdamDay("2026-06-30T22:30:00Z")).toBe("2026-07-01");
  expect(amsterdamDay("2026-06-30T21:30:00Z")).toBe("2026-06-30");
  expect(amsterdamDay(null)).toBe("");
});
