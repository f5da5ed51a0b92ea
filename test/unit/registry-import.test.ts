// The CSV import's row mapper, by table: headers in Dutch or English, languages in every
// form people write them, municipalities by code or name, formulas and markup refused,
// and the export's cells reading back to the same profile.
import { readFileSync } from "node:fs";
import path from "node:path";
import { resolveHeader } from "../../server/src/registry-import/columns";
import { sniffDelimiter, readCsv, FileProblem } from "../../server/src/registry-import/csv-stream";
import { ImportLookups, type ImportReference } from "../../server/src/registry-import/lookups";
import {
  cellText,
  changedFields,
  mapRow,
  parseLanguage,
  profileCells,
  resolveRow,
  splitList,
  type Cells,
  type Profile,
} from "../../server/src/registry-import/row-mapper";
import { MunicipalityLocator } from "../../server/src/reference/municipality-locator";
import { csvLine, neutralise, parseCsv } from "../../server/src/domain/csv";
import { parse } from "csv-parse/sync";

const data = (file: string) => parseCsv(readFileSync(path.join(__dirname, "../../data", file), "utf8"));
const named = (rows: Record<string, string>[]) => new Map(rows.map((r) => [r.code, { code: r.code, name: r.name_en, nameNl: r.name_nl || r.name_en }]));

let lookups: ImportLookups;
beforeAll(() => {
  const reference: ImportReference = {
    languages: named(data("languages_nl_newcomers.csv")),
    expertise: named(data("expertise.csv")),
    municipalities: new Map(
      data("nl_gemeenten_2025.csv").map((m) => [
        m.gemeentecode,
        { code: m.gemeentecode, name: m.gemeentenaam, insideLat: Number(m.inside_lat), insideLon: Number(m.inside_lon) },
      ]),
    ),
    locator: MunicipalityLocator.fromDataFile(),
  };
  lookups = new ImportLookups(reference);
});

describe("the header row", () => {
  test.each([
    ["Dutch", ["naam", "e-mail", "talen", "gemeente"], { name: 0, email: 1, languages: 2, municipality: 3 }],
    ["English", ["name", "email", "languages", "latitude", "longitude"], { name: 0, email: 1, languages: 2, lat: 3, lon: 4 }],
    [
      "case, spaces, accents",
      ["Naam", "E-MAIL ADRES", " Talen ", "Gemeentecode", "Uren per week"],
      { name: 0, email: 1, languages: 2, municipality: 3, weeklyHours: 4 },
    ],
    ["aliases", ["Display name", "E-mailadres", "Taal", "lat", "lng", "Op afstand"], { name: 0, email: 1, languages: 2, lat: 3, lon: 4, remote: 5 }],
  ])("%s", (_name, header, index) => {
    const resolved = resolveHeader(header);
    expect(resolved.problems).toEqual([]);
    expect(resolved.index).toEqual(index);
  });

  test.each([
    ["no e-mail", ["naam", "talen", "gemeente"], /lacks the required column "e-mail" \/ "email"/],
    ["no location", ["naam", "e-mail", "talen"], /"gemeente" \/ "municipality" \(or "breedtegraad" \/ "latitude" and/],
    ["half a point", ["naam", "e-mail", "talen", "lat"], /"lengtegraad" \/ "longitude"/],
    ["one field twice", ["naam", "name", "e-mail", "talen", "gemeente"], /"naam" and "name" both mean/],
    ["not our file at all", ["id", "amount", "iban"], /lacks the required columns .*it has: "id", "amount", "iban"/],
  ])("refused: %s", (_name, header, message) => {
    expect(
      resolveHeader(header)
        .problems.map((p) => p.message)
        .join(" "),
    ).toMatch(message);
  });

  test("columns that are not ours are ignored and named", () => {
    expect(resolveHeader(["naam", "e-mail", "talen", "gemeente", "opmerking", ""]).ignored).toEqual(["opmerking"]);
  });
});

describe("languages", () => {
  test.each([
    ["tir", { code: "tir", level: "FLUENT", dialect: null }],
    ["Tigrinya", { code: "tir", level: "FLUENT", dialect: null }],
    ["Tigrinya (moedertaal)", { code: "tir", level: "NATIVE", dialect: null }],
    ["tir:NATIVE", { code: "tir", level: "NATIVE", dialect: null }],
    ["TIR:native", { code: "tir", level: "NATIVE", dialect: null }],
    ["tigrinya:moedertaal", { code: "tir", level: "NATIVE", dialect: null }],
    ["Arabisch (vloeiend, Damasceens)", { code: "ara", level: "FLUENT", dialect: "Damasceens" }],
    ["Arabic (basic)", { code: "ara", level: "BASIC", dialect: null }],
    ["apc:FLUENT:Damascene, Aleppo", { code: "apc", level: "FLUENT", dialect: "Damascene, Aleppo" }],
    ["Dari (Herati)", { code: "prs", level: "FLUENT", dialect: "Herati" }],
    ["Nederlands", { code: "nld", level: "FLUENT", dialect: null }],
    ["Tamazight (Centraal-Marokko)", { code: "tzm", level: "FLUENT", dialect: null }],
    ["Tamazight (Centraal-Marokko) (moedertaal)", { code: "tzm", level: "NATIVE", dialect: null }],
    ["Swahili (individual language)", { code: "swh", level: "FLUENT", dialect: null }],
    // every Dutch name is its own (data/languages_nl_newcomers.csv): a qualifier tells varieties apart
    ["Perzisch", { code: "fas", level: "FLUENT", dialect: null }],
    ["Iraans Perzisch (Farsi)", { code: "pes", level: "FLUENT", dialect: null }],
    ["Noord-Levantijns-Arabisch (moedertaal)", { code: "apc", level: "NATIVE", dialect: null }],
    ["Zuid-Levantijns-Arabisch", { code: "ajp", level: "FLUENT", dialect: null }],
  ])("%s", (item, skill) => {
    expect(parseLanguage(item, lookups)).toEqual({ skill });
  });

  test.each([
    ["Klingon", /Unknown language "Klingon"/],
    ["xyz", /Unknown language "xyz"/],
    ["tir:SUPERB", /"SUPERB" is not a language level/],
  ])("refused: %s", (item, message) => {
    const parsed = parseLanguage(item, lookups);
    expect("problem" in parsed && parsed.problem.message).toMatch(message);
  });

  test.each([
    ["tir:NATIVE|nld:FLUENT", ["tir:NATIVE", "nld:FLUENT"]],
    ["Tigrinya, Arabisch (vloeiend, Damasceens); Nederlands", ["Tigrinya", "Arabisch (vloeiend, Damasceens)", "Nederlands"]],
    ["apc:FLUENT:Damascene, Aleppo|", ["apc:FLUENT:Damascene, Aleppo"]],
    ["  ", []],
  ])("lists: %s", (cell, items) => {
    expect(splitList(cell)).toEqual(items);
  });
});

describe("municipalities", () => {
  test.each([
    ["GM0518", "GM0518"],
    ["gm0518", "GM0518"],
    ["0518", "GM0518"],
    ["518", "GM0518"],
    ["'s-Gravenhage", "GM0518"],
    ["’s Gravenhage", "GM0518"],
    ["Den Haag", "GM0518"],
    ["den haag", "GM0518"],
    ["The Hague", "GM0518"],
    ["Den Bosch", "GM0796"],
    ["s-hertogenbosch", "GM0796"],
    ["Súdwest-Fryslân", "GM1900"],
    ["sudwest fryslan", "GM1900"],
    ["AMSTERDAM", "GM0363"],
  ])("%s → %s", (text, code) => {
    const found = lookups.municipality(text);
    expect(found.ok && found.value.code).toBe(code);
  });

  test.each([
    ["GM0518", 52.07334, 4.30921],
    ["GM0599", null, null],
    ["GM1700", null, null],
  ])("a home by municipality lies in it, also where the data's inside point does not (Rotterdam, Twenterand): %s", (code, lat, lon) => {
    const home = lookups.homePoint(code);
    expect(lookups.reference.locator.locate(home.lat, home.lon)?.code).toBe(code);
    if (lat !== null) expect(home).toEqual({ lat, lon });
  });

  test.each([["Atlantis"], ["GM9999"]])("refused: %s", (text) => {
    expect(lookups.municipality(text).ok).toBe(false);
  });
});

describe("cells", () => {
  test.each([
    ["plain", "Selam", false, "Selam"],
    ["trimmed", "  Selam  ", false, "Selam"],
    ["a formula", "=cmd|' /C calc'!A0", false, null],
    ["a formula after spaces", "  =1+1", false, null],
    ["an @ function", "@SUM(A1)", true, null],
    ["a leading minus in text", "-Selam", false, null],
    ["a leading plus in a phone number", "+31 6 12345678", true, "+31 6 12345678"],
    ["our export's neutralised form", "'=1+1", false, "=1+1"],
    ["a neutralised phone number", "'+31 6 12345678", true, "+31 6 12345678"],
    ["a tab", "\tSelam", false, null],
  ])("%s", (_name, raw, allowSign, text) => {
    expect(cellText(raw, allowSign)).toBe(text);
  });

  test.each([
    ["=cmd", "'=cmd"],
    ["+31", "'+31"],
    ["-1", "'-1"],
    ["@SUM", "'@SUM"],
    ["\tx", "'\tx"],
    ["Selam", "Selam"],
    ["", ""],
  ])("neutralise(%j) = %j", (cell, expected) => {
    expect(neutralise(cell)).toBe(expected);
  });

  test("csvLine quotes separators, quotes and line breaks and neutralises formulas", () => {
    expect(csvLine(["a;b", 'say "hi"', "two\nlines", "=1+1", 7, null])).toBe(`"a;b";"say ""hi""";"two\nlines";'=1+1;7;\r\n`);
  });
});

const ROW: Cells = { name: "Selam Tesfay", email: " Selam.Tesfay@Example.NL ", languages: "Tigrinya (moedertaal)|nld:FLUENT", municipality: "Den Haag" };
const YEAR = 2026;

const stored: Profile = {
  displayName: "Selam Tesfay",
  email: "selam.tesfay@example.nl",
  phone: "+31 6 12345678",
  gender: "FEMALE",
  birthYear: 1988,
  languages: [
    { code: "tir", level: "NATIVE", dialect: null },
    { code: "apc", level: "FLUENT", dialect: "Damascene, Aleppo" },
  ],
  expertiseCodes: ["SGBV", "MENTAL_HEALTH"],
  homeLat: 52.3731,
  homeLon: 4.8926,
  homeMunicipalityCode: "GM0363",
  maxTravelKm: 25,
  remoteAvailable: true,
  weeklyCapacityHours: 7.5,
  compensationType: "VOLUNTEER",
  origins: ["ER"],
  status: "ACTIVE",
};

describe("a row → the profile to write", () => {
  test("a new key person with a municipality: its inside point, the defaults for columns the file lacks", () => {
    const { profile, problems } = resolveRow(mapRow(ROW, lookups), null, lookups, YEAR);
    expect(problems).toEqual([]);
    expect(profile).toEqual({
      displayName: "Selam Tesfay",
      email: "selam.tesfay@example.nl",
      phone: null,
      gender: null,
      birthYear: null,
      languages: [
        { code: "tir", level: "NATIVE", dialect: null },
        { code: "nld", level: "FLUENT", dialect: null },
      ],
      expertiseCodes: [],
      homeLat: 52.07334,
      homeLon: 4.30921,
      homeMunicipalityCode: "GM0518",
      maxTravelKm: 25,
      remoteAvailable: false,
      weeklyCapacityHours: 4,
      compensationType: "VOLUNTEER",
      origins: [],
      status: "ACTIVE",
    });
  });

  test("every column, Dutch words and decimal commas", () => {
    const cells: Cells = {
      ...ROW,
      phone: "'+31 6 12345678",
      gender: "vrouw",
      birthYear: "1988",
      expertise: "SGBV, mental health",
      lat: "52,3731",
      lon: "4,8926",
      municipality: "",
      maxTravelKm: "30",
      remote: "ja",
      weeklyHours: "7,5",
      compensation: "freelancer",
      origins: "er|sy",
      status: "gepauzeerd",
    };
    const { profile, problems } = resolveRow(mapRow(cells, lookups), null, lookups, YEAR);
    expect(problems).toEqual([]);
    expect(profile).toMatchObject({
      phone: "+31 6 12345678",
      gender: "FEMALE",
      birthYear: 1988,
      expertiseCodes: ["SGBV", "MENTAL_HEALTH"],
      homeLat: 52.3731,
      homeLon: 4.8926,
      homeMunicipalityCode: "GM0363",
      maxTravelKm: 30,
      remoteAvailable: true,
      weeklyCapacityHours: 7.5,
      compensationType: "FREELANCE",
      origins: ["ER", "SY"],
      status: "PAUSED",
    });
  });

  test.each<[string, Cells, RegExp]>([
    ["a bad e-mail", { ...ROW, email: "selam@" }, /"selam@" is not an e-mail address/],
    ["no e-mail", { ...ROW, email: "" }, /e-mail address is empty/],
    ["an unknown language", { ...ROW, languages: "Klingon" }, /Unknown language "Klingon"/],
    ["no language", { ...ROW, languages: "" }, /at least one language/],
    ["an unknown municipality", { ...ROW, municipality: "Atlantis" }, /Unknown municipality "Atlantis"/],
    ["a point abroad", { ...ROW, municipality: "", lat: "48.85", lon: "2.35" }, /not in the Netherlands/],
    [
      "a point in another municipality",
      { ...ROW, municipality: "Utrecht", lat: "52.3731", lon: "4.8926" },
      /lies in Amsterdam \(GM0363\), not in Utrecht \(GM0344\)/,
    ],
    ["half a point", { ...ROW, municipality: "", lat: "52.37", lon: "" }, /both latitude and longitude/],
    ["no location", { ...ROW, municipality: "" }, /Give the municipality, or latitude and longitude/],
    ["a formula name", { ...ROW, name: "=cmd|' /C calc'!A0" }, /looks like a spreadsheet formula/],
    ["a script", { ...ROW, name: "<script>alert(1)</script>" }, /HTML or script markup/],
    ["a capacity out of range", { ...ROW, weeklyHours: "80" }, /Weekly capacity must be from 0.5 to 60 hours/],
    ["not a number", { ...ROW, maxTravelKm: "far" }, /"far" is not a number/],
    ["an unknown expertise", { ...ROW, expertise: "ASTROLOGY" }, /Unknown expertise "ASTROLOGY"/],
    ["a bad gender", { ...ROW, gender: "yes" }, /"yes" is not one of FEMALE/],
    ["a bad origin", { ...ROW, origins: "Eritrea" }, /"ERITREA" is not a two-letter country code/],
    ["a birth year too late", { ...ROW, birthYear: "2020" }, /birth year must lie between/],
  ])("refused: %s", (_name, cells, message) => {
    const { profile, problems } = resolveRow(mapRow(cells, lookups), null, lookups, YEAR);
    expect(profile).toBeNull();
    expect(problems.map((p) => p.message).join(" | ")).toMatch(message);
  });

  test("an update keeps what the file does not say, and the precise point within the same municipality", () => {
    const { profile } = resolveRow(
      mapRow({ name: "Selam T.", email: stored.email, languages: "tir:NATIVE", municipality: "Amsterdam" }, lookups),
      stored,
      lookups,
      YEAR,
    );
    expect(profile).toEqual({ ...stored, displayName: "Selam T.", languages: [{ code: "tir", level: "NATIVE", dialect: null }] });
    expect(changedFields(stored, profile!)).toEqual(["displayName", "languages"]);
  });

  test("an update to another municipality moves the home to its inside point", () => {
    const { profile } = resolveRow(mapRow({ ...ROW, email: stored.email, municipality: "GM0344" }, lookups), stored, lookups, YEAR);
    expect(profile).toMatchObject({ homeMunicipalityCode: "GM0344", homeLat: 52.08407, homeLon: 5.08263 });
  });
});

describe("the export's cells import to the same profile", () => {
  const header = (language: "nl" | "en") =>
    language === "nl"
      ? [
          "naam",
          "e-mail",
          "telefoon",
          "gender",
          "geboortejaar",
          "talen",
          "expertise",
          "gemeente",
          "breedtegraad",
          "lengtegraad",
          "max_reisafstand_km",
          "op_afstand",
          "uren_per_week",
          "vergoeding",
          "herkomst",
          "status",
        ]
      : [
          "name",
          "email",
          "phone",
          "gender",
          "birth_year",
          "languages",
          "expertise",
          "municipality",
          "latitude",
          "longitude",
          "max_travel_km",
          "remote",
          "hours_per_week",
          "compensation",
          "origins",
          "status",
        ];

  test.each<[string, Profile, "nl" | "en"]>([
    ["every field", stored, "nl"],
    ["empty optional fields", { ...stored, phone: null, gender: null, birthYear: null, expertiseCodes: [], origins: [], remoteAvailable: false }, "en"],
    ["a formula-like name and dialect", { ...stored, displayName: "=Selam", languages: [{ code: "tir", level: "BASIC", dialect: "-north; (Asmara" }] }, "nl"],
  ])("%s", (_name, profile, language) => {
    const cells = profileCells(profile, language);
    const { index } = resolveHeader(header(language));
    // Through the CSV writer and reader, as a file goes.
    const line = csvLine(header(language).map((_, i) => cells[Object.entries(index).find(([, at]) => at === i)![0] as keyof typeof cells]));
    const [read] = parse(line, { delimiter: ";" }) as string[][];
    const back: Cells = {};
    for (const [key, i] of Object.entries(index)) back[key as keyof Cells] = read[i];
    const { profile: again, problems } = resolveRow(mapRow(back, lookups), profile, lookups, YEAR);
    expect(problems).toEqual([]);
    expect(changedFields(profile, again!)).toEqual([]);
  });
});

describe("reading a CSV stream", () => {
  const read = async (...chunks: (string | Buffer)[]) => {
    const records: string[][] = [];
    const { delimiter } = await readCsv(
      (async function* () {
        for (const c of chunks) yield typeof c === "string" ? Buffer.from(c) : c;
      })(),
      ({ cells }) => {
        records.push(cells);
      },
    );
    return { delimiter, records };
  };

  test.each([
    ["naam;e-mail;talen\n", ";"],
    ["name,email,languages\n", ","],
    ['"naam";"e-mail, werk";talen', ";"],
    ["naam", ","],
  ])("delimiter of %j: %s", (text, delimiter) => {
    expect(sniffDelimiter(text)).toBe(delimiter);
  });

  test("semicolons with quoted commas, a BOM, CRLF, blank lines, a header split over chunks", async () => {
    const { delimiter, records } = await read("\uFEFFna", 'am;e-mail\r\n"Tesfay, Selam";s@e.nl\r\n\r\n;\r\n', "Yonas;y@e.nl");
    expect(delimiter).toBe(";");
    expect(records).toEqual([
      ["naam", "e-mail"],
      ["Tesfay, Selam", "s@e.nl"],
      ["Yonas", "y@e.nl"],
    ]);
  });

  test("a multi-byte character split over two chunks", async () => {
    const bytes = Buffer.from("naam\nSúdwest\n");
    const { records } = await read(bytes.subarray(0, 7), bytes.subarray(7));
    expect(records).toEqual([["naam"], ["Súdwest"]]);
  });

  test("Windows-1252 bytes (a Dutch Excel's CSV) are read as such, also when split over chunks", async () => {
    const { records } = await read(Buffer.from("naam;plaats\n"), Buffer.from([0x5a, 0x6f, 0xeb, 0x3b, 0x80, 0x20, 0x92, 0x73, 0x2d, 0x48, 0x0a]));
    expect(records).toEqual([
      ["naam", "plaats"],
      ["Zoë", "€ ’s-H"],
    ]);
  });

  test.each<[string, (string | Buffer)[], number, string]>([
    ["empty", [], 400, "EMPTY_FILE"],
    ["an Excel workbook", [Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])], 400, "NOT_CSV"],
    ["UTF-16", [Buffer.from([0xff, 0xfe, 0x6e, 0x00])], 400, "NOT_CSV"],
    ["UTF-8 in one chunk, broken in a later one", [Buffer.from("naam\nZoë\n"), Buffer.from([0x4a, 0xe9, 0x0a])], 400, "NOT_CSV"],
    ["NUL bytes", [Buffer.from([0x6e, 0x00, 0x6d])], 400, "NOT_CSV"],
    ["an unclosed quote", ['naam;e-mail\n"Selam;s@e.nl\n'], 400, "BAD_CSV"],
  ])("refused: %s", async (_name, chunks, status, code) => {
    const error = await read(...chunks).catch((e) => e);
    expect(error).toBeInstanceOf(FileProblem);
    expect([error.status, error.code]).toEqual([status, code]);
  });
});
