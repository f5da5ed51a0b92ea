import { readFileSync } from "node:fs";
import path from "node:path";
import { booleanPointInPolygon } from "@turf/turf";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { createRandom, generateDemoData } from "../../server/src/seed/demo-data";
import type { DemoData, DemoKeyPerson } from "../../server/src/seed/demo-data";
import { parseCsv } from "../../server/src/domain/csv";
import { projectRoot } from "../../server/src/shared/paths";

const today = new Date("2025-06-01T09:00:00Z");
const DAY_MS = 86_400_000;

function readData(file: string): string {
  return readFileSync(path.join(projectRoot(), "data", file), "utf8");
}

const municipalities = parseCsv(readData("nl_gemeenten_2025.csv"));
const provinceOf = new Map(municipalities.map((row) => [row.gemeentecode, row.provincienaam]));
const languageCodes = new Set(parseCsv(readData("languages_nl_newcomers.csv")).map((row) => row.code));
const expertiseCodes = new Set(parseCsv(readData("expertise.csv")).map((row) => row.code));
const shapes = new Map(
  (JSON.parse(readData("nl_gemeenten_2025.geojson")) as FeatureCollection<Polygon | MultiPolygon>).features.map(
    (feature): [string, Feature<Polygon | MultiPolygon>] => [String(feature.id), feature],
  ),
);

function isInside(point: { lat: number; lon: number }, municipalityCode: string): boolean {
  const shape = shapes.get(municipalityCode);
  return shape !== undefined && booleanPointInPolygon([point.lon, point.lat], shape);
}

function share(persons: DemoKeyPerson[], test: (person: DemoKeyPerson) => boolean): number {
  return persons.filter(test).length / persons.length;
}

function hasAtMost5Decimals(value: number): boolean {
  return Math.abs(Math.round(value * 1e5) / 1e5 - value) < 1e-12;
}

describe("parseCsv", () => {
  test.each([
    ["plain fields", "a,b\n1,2\n", [{ a: "1", b: "2" }]],
    ["a quoted comma", 'code,name\nGM0820,"Nuenen, Gerwen en Nederwetten"', [{ code: "GM0820", name: "Nuenen, Gerwen en Nederwetten" }]],
    ["doubled quotes", 'a,b\n"say ""hi""",x', [{ a: 'say "hi"', b: "x" }]],
    ["a line break inside quotes", 'a,b\n"one\ntwo",x', [{ a: "one\ntwo", b: "x" }]],
    [
      "CRLF, a BOM and blank lines",
      "\uFEFFa,b\r\n1,2\r\n\r\n3,\r\n",
      [
        { a: "1", b: "2" },
        { a: "3", b: "" },
      ],
    ],
    ["only a header", "a,b\n", []],
    ["nothing", "", []],
  ])("reads %s", (_case, text, expected) => {
    expect(parseCsv(text)).toEqual(expected);
  });

  test("refuses a record with the wrong number of fields", () => {
    expect(() => parseCsv("a,b\n1,2,3")).toThrow(/3 fields/);
  });

  test("reads all 342 municipalities, including the one with a comma in its name", () => {
    expect(municipalities).toHaveLength(342);
    expect(municipalities.find((row) => row.gemeentecode === "GM0820")?.gemeentenaam).toBe("Nuenen, Gerwen en Nederwetten");
  });
});

describe("createRandom", () => {
  test("the same seed gives the same stream, another seed another", () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRandom(seed).next);
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
  });

  test("int stays within its bounds and reaches both", () => {
    const random = createRandom(3);
    const values = new Set(Array.from({ length: 1000 }, () => random.int(2, 5)));
    expect([...values].sort()).toEqual([2, 3, 4, 5]);
  });

  test("weighted follows the weights and never picks a zero weight", () => {
    const random = createRandom(4);
    const picks = Array.from({ length: 10_000 }, () =>
      random.weighted([
        ["a", 3],
        ["b", 1],
        ["never", 0],
      ] as const),
    );
    expect(picks.filter((p) => p === "a").length / picks.length).toBeCloseTo(0.75, 1);
    expect(picks).not.toContain("never");
  });
});

describe("generateDemoData", () => {
  let small: DemoData;
  let large: DemoData;
  let persons: DemoKeyPerson[];

  beforeAll(() => {
    small = generateDemoData({ seed: 1, keyPersons: 300, today });
    large = generateDemoData({ seed: 2, keyPersons: 10_000, today });
    persons = large.keyPersons;
  });

  describe("determinism", () => {
    test("the same seed and options give deep-equal data", () => {
      expect(generateDemoData({ seed: 1, keyPersons: 300, today })).toEqual(small);
    });

    test("another seed gives other data", () => {
      const other = generateDemoData({ seed: 99, keyPersons: 300, today });
      expect(other.keyPersons).not.toEqual(small.keyPersons);
      expect(other.organisations).not.toEqual(small.organisations);
    });

    test("a smaller run is the start of a larger one with the same seed", () => {
      expect(generateDemoData({ seed: 1, keyPersons: 100, today }).keyPersons).toEqual(small.keyPersons.slice(0, 100));
    });
  });

  describe("counts", () => {
    test.each([
      [0, undefined, 0, 20],
      [1, undefined, 1, 20],
      [300, 5, 300, 5],
      [50, 0, 50, 0],
      [10, 60, 10, 60],
    ])("keyPersons %p, organisations %p => %p key persons and %p organisations", (keyPersons, organisations, expectedPersons, expectedOrganisations) => {
      const data = generateDemoData({ seed: 5, keyPersons, organisations, today });
      expect(data.keyPersons).toHaveLength(expectedPersons);
      expect(data.organisations).toHaveLength(expectedOrganisations);
    });

    test.each([-1, 1.5, Number.NaN])("refuses keyPersons %p", (keyPersons) => {
      expect(() => generateDemoData({ seed: 1, keyPersons, today })).toThrow(RangeError);
    });
  });

  describe("places", () => {
    test("every home point lies inside its municipality, with at most 5 decimals", () => {
      const outside = persons.filter((p) => !isInside(p.home, p.municipalityCode));
      expect(outside).toEqual([]);
      expect(persons.every((p) => hasAtMost5Decimals(p.home.lat) && hasAtMost5Decimals(p.home.lon))).toBe(true);
    });

    test("every municipality's inside point, the last-resort home, lies inside its polygon", () => {
      const outside = municipalities.filter((row) => !isInside({ lat: Number(row.inside_lat), lon: Number(row.inside_lon) }, row.gemeentecode));
      expect(outside).toEqual([]);
    });

    test("the four big cities hold clearly more key persons than an average municipality", () => {
      const perMunicipality = persons.length / municipalities.length;
      for (const code of ["GM0363", "GM0599", "GM0518", "GM0344"]) {
        expect(persons.filter((p) => p.municipalityCode === code).length).toBeGreaterThan(5 * perMunicipality);
      }
    });

    test("all twelve provinces have key persons", () => {
      const provinces = new Set(persons.map((p) => provinceOf.get(p.municipalityCode)));
      expect(provinces.size).toBe(12);
    });
  });

  describe("key persons", () => {
    test("languages: known codes, no duplicates, exactly one native, mostly Dutch", () => {
      const codesOf = (p: DemoKeyPerson) => p.languages.map((l) => l.code);
      expect(persons.flatMap(codesOf).filter((code) => !languageCodes.has(code))).toEqual([]);
      expect(persons.filter((p) => new Set(codesOf(p)).size !== p.languages.length)).toEqual([]);
      expect(persons.filter((p) => p.languages.filter((l) => l.level === "NATIVE").length !== 1)).toEqual([]);
      expect(share(persons, (p) => p.languages.some((l) => l.code === "nld" && l.level !== "NATIVE"))).toBeGreaterThan(0.8);
      expect(share(persons, (p) => p.languages.some((l) => l.dialect !== null))).toBeGreaterThan(0.1);
    });

    test.each([
      ["apc", "SY"],
      ["tir", "ER"],
      ["prs", "AF"],
      ["ukr", "UA"],
      ["som", "SO"],
      ["tur", "TR"],
      ["ary", "MA"],
    ])("native %s speakers come from %s", (code, origin) => {
      const speakers = persons.filter((p) => p.languages[0].code === code && p.languages[0].level === "NATIVE");
      expect(speakers.length).toBeGreaterThan(50);
      expect(share(speakers, (p) => p.origins.includes(origin))).toBeGreaterThan(0.5);
    });

    test("origins are ISO 3166-1 alpha-2 codes", () => {
      expect(persons.every((p) => p.origins.length > 0 && p.origins.every((o) => /^[A-Z]{2}$/.test(o)))).toBe(true);
    });

    test("expertise: 1 to 5 known codes, no duplicates, SGBV common but not universal", () => {
      const codes = persons.map((p) => p.expertiseCodes);
      expect(codes.filter((c) => c.length < 1 || c.length > 5 || new Set(c).size !== c.length)).toEqual([]);
      expect(codes.flat().filter((code) => !expertiseCodes.has(code))).toEqual([]);
      const sgbv = share(persons, (p) => p.expertiseCodes.includes("SGBV"));
      expect(sgbv).toBeGreaterThan(0.4);
      expect(sgbv).toBeLessThan(0.9);
    });

    test("e-mail addresses are unique, lower-case and at example.org", () => {
      const emails = persons.map((p) => p.email);
      expect(new Set(emails).size).toBe(emails.length);
      expect(emails.filter((email) => !/^[a-z-]+\.[a-z-]+\d*@example\.org$/.test(email))).toEqual([]);
    });

    test("names are plausible and phones fictional Dutch mobiles", () => {
      expect(persons.every((p) => /^\S.*\S$/.test(p.displayName))).toBe(true);
      expect(new Set(small.keyPersons.map((p) => p.displayName)).size).toBeGreaterThan(0.95 * small.keyPersons.length);
      expect(persons.filter((p) => p.phone !== null && !/^06-1\d{7}$/.test(p.phone))).toEqual([]);
    });

    test("numbers stay within their ranges", () => {
      expect(persons.filter((p) => p.maxTravelKm < 5 || p.maxTravelKm > 80)).toEqual([]);
      expect(share(persons, (p) => p.maxTravelKm >= 15 && p.maxTravelKm <= 40)).toBeGreaterThan(0.6);
      const capacities = persons.map((p) => p.weeklyCapacityHours);
      expect(capacities.filter((h) => h < 2 || h > 24 || !Number.isInteger(h * 2))).toEqual([]);
      expect(share(persons, (p) => p.weeklyCapacityHours >= 4 && p.weeklyCapacityHours <= 12)).toBeGreaterThan(0.6);
      const year = today.getUTCFullYear();
      expect(share(persons, (p) => p.birthYear !== null && p.birthYear > year - 21)).toBeGreaterThan(0.01);
      expect(share(persons, (p) => p.birthYear !== null && p.birthYear > year - 21)).toBeLessThan(0.08);
      expect(share(persons, (p) => p.birthYear !== null && year - p.birthYear >= 25 && year - p.birthYear <= 65)).toBeGreaterThan(0.75);
    });

    test("profiles were confirmed before today, some of them more than 180 days ago", () => {
      const ages = persons.map((p) => (today.getTime() - Date.parse(p.profileConfirmedAt)) / DAY_MS);
      expect(ages.every((age) => age > 0)).toBe(true);
      expect(ages.filter((age) => age > 180).length / ages.length).toBeCloseTo(0.08, 1);
    });

    test("a key person who is not listed shows nothing; listed ones vary per field", () => {
      const notListed = persons.filter((p) => !p.publicConsent.listed);
      expect(notListed.every((p) => Object.values(p.publicConsent).every((shown) => !shown))).toBe(true);
      const listed = persons.filter((p) => p.publicConsent.listed);
      expect(share(listed, (p) => p.publicConsent.showName)).toBeLessThan(1);
      expect(share(listed, (p) => p.publicConsent.showEmail)).toBeGreaterThan(0);
      expect(listed.some((p) => p.phone === null && p.publicConsent.showPhone)).toBe(false);
    });

    test.each<[string, number, (p: DemoKeyPerson) => boolean]>([
      ["status ACTIVE", 0.85, (p) => p.status === "ACTIVE"],
      ["status PAUSED", 0.1, (p) => p.status === "PAUSED"],
      ["status INACTIVE", 0.05, (p) => p.status === "INACTIVE"],
      ["compensation VOLUNTEER", 0.7, (p) => p.compensationType === "VOLUNTEER"],
      ["compensation FREELANCE", 0.2, (p) => p.compensationType === "FREELANCE"],
      ["compensation EMPLOYED", 0.1, (p) => p.compensationType === "EMPLOYED"],
      ["remote available", 0.4, (p) => p.remoteAvailable],
      ["listed on the public map", 0.45, (p) => p.publicConsent.listed],
    ])("%s: about %p of 10,000", (_label, expected, matches) => {
      expect(Math.abs(share(persons, matches) - expected)).toBeLessThan(0.03);
    });
  });

  describe("organisations", () => {
    test("twenty by default, of every kind, with unique names, inside their municipality", () => {
      const organisations = small.organisations;
      expect(organisations).toHaveLength(20);
      expect(new Set(organisations.map((o) => o.kind))).toEqual(new Set(["GGD", "MUNICIPALITY", "CLINIC", "RECEPTION_LOCATION", "NGO"]));
      expect(new Set(organisations.map((o) => o.name)).size).toBe(organisations.length);
      expect(organisations.filter((o) => !isInside(o.location, o.municipalityCode))).toEqual([]);
    });

    test("reception locations, clinics and NGOs are marked fictional", () => {
      const madeUp = small.organisations.filter((o) => ["CLINIC", "RECEPTION_LOCATION", "NGO"].includes(o.kind));
      expect(madeUp.filter((o) => !o.name.endsWith("(fictief)"))).toEqual([]);
    });

    test("they are spread over several provinces", () => {
      expect(new Set(small.organisations.map((o) => provinceOf.get(o.municipalityCode))).size).toBeGreaterThanOrEqual(8);
    });

    test("names stay unique when many are asked for", () => {
      const many = generateDemoData({ seed: 3, keyPersons: 0, organisations: 200, today }).organisations;
      expect(new Set(many.map((o) => o.name)).size).toBe(200);
    });
  });

  test("generates 100,000 key persons", () => {
    const data = generateDemoData({ seed: 100, keyPersons: 100_000, organisations: 0, today });
    expect(data.keyPersons).toHaveLength(100_000);
    expect(new Set(data.keyPersons.map((p) => p.email)).size).toBe(100_000);
  }, 60_000);
});
