import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { canAccess } from "../../admin/src/canAccess";
import { buildQuery } from "../../admin/src/dataProvider/buildQuery";
import { toMatchRequestInput, type MatchRequestFormValues } from "../../admin/src/dataProvider/matching";
import en from "../../admin/src/i18n/en";
import nl from "../../admin/src/i18n/nl";
import { validateCaseReference, validateOrigin } from "../../admin/src/matchRequests/validation";
import { CASE_REFERENCE_MAX } from "../../server/src/domain/case-reference";
import { boundsOf, municipalityAt, type Boundaries, type MunicipalityFeature } from "../../admin/src/map/geodata";

// The console's pure parts of matching (issue 3, item 8): the queries and inputs, the
// translated reasons, the case-reference check, the map's point-in-municipality, and
// that every text the pages use exists in Dutch and English.

const root = path.resolve(__dirname, "../..");

const FORM: MatchRequestFormValues = {
  caseReference: "  GGD-AMS-2025-0142 ",
  newcomerConsent: true,
  location: { lat: 52.37, lon: 4.89 },
  languageCodes: ["tir"],
  expertiseCodes: [],
  preferredGender: "",
  backgroundPreference: "NO_PREFERENCE",
  newcomerOrigin: "er",
  hoursPerWeek: "2.5",
  startsOn: "",
  remoteAcceptable: undefined,
  funding: "ORGANISATION",
  autoEscalate: true,
};

describe("toMatchRequestInput", () => {
  it("trims, converts and leaves out what the form did not ask", () => {
    expect(toMatchRequestInput(FORM)).toEqual({
      kind: "CASE_SUPPORT",
      caseReference: "GGD-AMS-2025-0142",
      newcomerConsent: true,
      location: { lat: 52.37, lon: 4.89 },
      languageCodes: ["tir"],
      expertiseCodes: [],
      preferredGender: null,
      backgroundPreference: "NO_PREFERENCE",
      // the origin is only sent for a background preference
      newcomerOrigin: null,
      hoursPerWeek: 2.5,
      startsOn: null,
      remoteAcceptable: false,
      funding: "ORGANISATION",
      autoEscalate: true,
      requiredDialect: null,
      preferredDialect: null,
    });
  });

  it("sends the origin, upper-cased, with a background preference", () => {
    expect(toMatchRequestInput({ ...FORM, backgroundPreference: "DIFFERENT" }).newcomerOrigin).toBe("ER");
  });

  it("never turns a missing consent into a yes", () => {
    expect(toMatchRequestInput({ ...FORM, newcomerConsent: undefined }).newcomerConsent).toBe(false);
  });
});

describe("buildQuery for the matching resources", () => {
  it("asks for the ranked candidates of one request and numbers them", () => {
    const built = buildQuery("getList", "matchCandidates", {
      filter: { requestId: "7" },
      pagination: { page: 1, perPage: 10 },
      sort: { field: "rank", order: "ASC" },
    })!;
    expect(String(built.query)).toContain("matchCandidates(requestId: $requestId, limit: $limit)");
    expect(built.variables).toEqual({ requestId: "7", limit: 10 });
    const parsed = built.parseResponse({
      result: [
        { score: 0.9, distanceKm: 2, reasons: ["2 km away"], keyPerson: { id: "12" } },
        { score: 0.8, distanceKm: 5, reasons: ["5 km away"], keyPerson: { id: "3" } },
      ],
    });
    expect(parsed.total).toBe(2);
    expect((parsed.data as { id: string; rank: number }[]).map(({ id, rank }) => [id, rank])).toEqual([
      ["12", 1],
      ["3", 2],
    ]);
  });

  it("lists unmet requests as match requests with the unmet filter", () => {
    const built = buildQuery("getList", "unmetRequests", {
      filter: { q: "AMS" },
      pagination: { page: 2, perPage: 25 },
      sort: { field: "id", order: "ASC" },
    })!;
    expect(String(built.query)).toMatch(/matchRequests\(\s*filter: \$filter/);
    expect(built.variables).toEqual({ filter: { q: "AMS", unmet: true }, page: 2, perPage: 25 });
  });

  it("never asks, for a key person's proposals, who the newcomer is", () => {
    const built = buildQuery("getList", "assignments", { filter: {}, pagination: { page: 1, perPage: 100 }, sort: { field: "id", order: "ASC" } })!;
    expect(String(built.query)).not.toMatch(/caseReference|location|newcomerOrigin/);
    expect(String(built.query)).toContain("municipality");
  });

  it("reads one record by its own query", () => {
    expect(String(buildQuery("getOne", "keyPersons", { id: "1" }).query)).toContain("keyPerson(id: $id)");
    expect(String(buildQuery("getOne", "matchRequests", { id: "4" }).query)).toContain("matchRequest(id: $id)");
  });
});

describe("the case reference in the form", () => {
  it.each(["GGD-AMS-2025-0142", "casus 17", "AZC-Zandweg/ K3"])("accepts the pseudonym %s", (value) => {
    expect(validateCaseReference(value)).toBeUndefined();
  });

  it.each([
    ["", "required"],
    ["jan@example.org", "email"],
    ["06-12345678", "phone"],
    ["geboren 12-03-1990", "date"],
    ["V 12.34.56.78.90", "vNumber"],
    ["123456782", "bsn"],
  ])("refuses %p (%s)", (value, problem) => {
    expect(validateCaseReference(value)).toBe(`matching.validation.caseReference.${problem}`);
  });

  it("refuses one longer than the server allows, saying how long it may be", () => {
    expect(validateCaseReference("x".repeat(CASE_REFERENCE_MAX))).toBeUndefined();
    expect(validateCaseReference("x".repeat(CASE_REFERENCE_MAX + 1))).toEqual({
      message: "matching.validation.caseReference.tooLong",
      args: { max: CASE_REFERENCE_MAX },
    });
  });

  it("wants the origin for a DIFFERENT background, as a two-letter code", () => {
    expect(validateOrigin("", { backgroundPreference: "DIFFERENT" })).toBe("matching.validation.originRequired");
    expect(validateOrigin("", { backgroundPreference: "SAME" })).toBeUndefined();
    expect(validateOrigin("Syria", { backgroundPreference: "SAME" })).toBe("matching.validation.origin");
    expect(validateOrigin("sy", { backgroundPreference: "DIFFERENT" })).toBeUndefined();
  });
});

describe("the map's municipalities", () => {
  const collection = JSON.parse(readFileSync(path.join(root, "data/nl_gemeenten_2025.geojson"), "utf8")) as Boundaries["municipalities"];
  const boundaries: Boundaries = {
    municipalities: collection,
    provinces: { type: "FeatureCollection", features: [] },
    byCode: new Map(collection.features.map((feature) => [feature.properties.gemeentecode, feature as MunicipalityFeature])),
  };

  it.each([
    [52.3728, 4.8936, "Amsterdam"],
    [51.9225, 4.4792, "Rotterdam"],
    [53.2194, 6.5665, "Groningen"],
    [50.8514, 5.691, "Maastricht"],
  ])("finds the municipality of (%f, %f): %s", (lat, lon, name) => {
    expect(municipalityAt(boundaries, lat, lon)?.properties.gemeentenaam).toBe(name);
  });

  it("finds none in the North Sea", () => {
    expect(municipalityAt(boundaries, 52.6, 3.9)).toBeNull();
  });

  it("gives a municipality's bounds around its centroid", () => {
    const amsterdam = boundaries.byCode.get("GM0363")!;
    const [[south, west], [north, east]] = boundsOf(amsterdam);
    expect(south).toBeLessThan(amsterdam.properties.centroid_lat);
    expect(north).toBeGreaterThan(amsterdam.properties.centroid_lat);
    expect(west).toBeLessThan(amsterdam.properties.centroid_lon);
    expect(east).toBeGreaterThan(amsterdam.properties.centroid_lon);
  });
});

describe("who sees the matching pages", () => {
  it.each([
    ["ORGANISATION", "list", "matchRequests", true],
    ["ORGANISATION", "create", "matchRequests", true],
    ["ORGANISATION", "list", "unmetRequests", false],
    ["ORGANISATION", "list", "assignments", false],
    ["KEY_PERSON", "list", "assignments", true],
    ["KEY_PERSON", "list", "matchRequests", false],
    ["COORDINATOR", "list", "matchRequests", true],
    ["COORDINATOR", "create", "matchRequests", false],
    ["COORDINATOR", "list", "unmetRequests", true],
    ["REGIONAL_COORDINATOR", "list", "unmetRequests", true],
    ["REGIONAL_COORDINATOR", "show", "matchRequests", true],
  ] as const)("%s may %s %s: %s", (role, action, resource, expected) => {
    expect(canAccess(role, action, resource)).toBe(expected);
  });
});

describe("the matching texts", () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
    });
  const sources = [
    ...files(path.join(root, "admin/src/matchRequests")),
    ...files(path.join(root, "admin/src/assignments")),
    ...files(path.join(root, "admin/src/map")),
  ];
  // literal keys only; keys built from enum values are checked through their enums below
  const keys = [...new Set(sources.flatMap((file) => [...readFileSync(file, "utf8").matchAll(/"(matching\.[A-Za-z0-9_.]+[A-Za-z0-9_])"/g)].map((m) => m[1])))];
  const lookup = (messages: unknown, key: string) =>
    key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);

  it("finds the keys", () => {
    expect(keys.length).toBeGreaterThan(50);
  });

  it.each([
    ["nl", nl],
    ["en", en],
  ])("has every key the pages use in %s", (_, messages) => {
    expect(keys.filter((key) => typeof lookup(messages, key) !== "string")).toEqual([]);
  });

  it.each(["STATUS", "STALE", "UNAVAILABLE", "LANGUAGE", "EXPERTISE", "REACH", "CAPACITY", "WELLBEING", "SUPERVISION", "BACKGROUND", "DECLINED"])(
    "names the hard rule %s in both languages",
    (rule) => {
      for (const messages of [nl, en]) {
        expect(typeof lookup(messages, `matching.rules.${rule}.label`)).toBe("string");
        expect(typeof lookup(messages, `matching.rules.${rule}.help`)).toBe("string");
      }
    },
  );
});
