import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import polyglotI18nProvider from "ra-i18n-polyglot";
import { errorText, wordReason, type Wording } from "../../admin/src/common/wordReason";
import en from "../../admin/src/i18n/en";
import nl from "../../admin/src/i18n/nl";
import reasonsEn from "../../admin/src/i18n/reasons.en";
import reasonsNl from "../../admin/src/i18n/reasons.nl";
import { REASON_CODES, type ReasonParams } from "../../server/src/domain/reasons";

// The server says why by reason code (server/src/domain/reasons.ts); the console words
// each code in Dutch and English (admin/src/i18n/reasons.{nl,en}.ts). Nothing parses the
// server's English.

const root = path.resolve(__dirname, "../..");

describe("the reason catalogue", () => {
  it("lists every reason of ReasonParams in REASON_CODES, once", () => {
    // ReasonParams is a type: its keys are read from the source, as the compiler sees them.
    const source = readFileSync(path.join(root, "server/src/domain/reasons.ts"), "utf8");
    const body = source.slice(source.indexOf("export interface ReasonParams {"), source.indexOf("\n}\n", source.indexOf("export interface ReasonParams {")));
    const keys = [...body.matchAll(/^ {2}([A-Z][A-Z0-9_]*):/gm)].map((m) => m[1]);
    expect(keys.length).toBeGreaterThan(50);
    expect([...keys].sort()).toEqual([...REASON_CODES].sort());
    expect(new Set(REASON_CODES).size).toBe(REASON_CODES.length);
  });

  it("and the compiler agrees (a missing code fails the typecheck)", () => {
    type Missing = Exclude<keyof ReasonParams, (typeof REASON_CODES)[number]>;
    const none: [Missing] extends [never] ? true : false = true;
    expect(none).toBe(true);
  });

  it.each([
    ["nl", reasonsNl],
    ["en", reasonsEn],
  ])("has a %s text for every code, and no text without a code", (_, texts) => {
    const codes = new Set<string>(REASON_CODES);
    expect(
      REASON_CODES.filter((code) => typeof (texts as Record<string, unknown>)[code] !== "string" || !(texts as Record<string, string>)[code].trim()),
    ).toEqual([]);
    expect(Object.keys(texts).filter((key) => !codes.has(key))).toEqual([]);
  });

  it("uses in the texts only parameters the code carries (or smart_count for a count)", () => {
    const source = readFileSync(path.join(root, "server/src/domain/reasons.ts"), "utf8");
    const body = source.slice(source.indexOf("export interface ReasonParams {"), source.indexOf("\n}\n", source.indexOf("export interface ReasonParams {")));
    const paramsOf = new Map<string, Set<string>>();
    for (const [, code, rest] of body.matchAll(/^ {2}([A-Z][A-Z0-9_]*): (\{[\s\S]*?\}|NoParams);/gm)) {
      paramsOf.set(code, new Set([...rest.matchAll(/(\w+)\??:/g)].map((m) => m[1])));
    }
    const wrong: string[] = [];
    for (const texts of [reasonsNl, reasonsEn] as Record<string, string>[]) {
      for (const [code, text] of Object.entries(texts)) {
        for (const [, name] of text.matchAll(/%\{(\w+)\}/g)) {
          const counts = ["days", "weeks", "cases"].some((key) => paramsOf.get(code)?.has(key));
          if (!paramsOf.get(code)?.has(name) && !(name === "smart_count" && counts)) wrong.push(`${code}: %{${name}}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe("a reason in the reader's language", () => {
  const wording = (messages: object, locale: "nl" | "en"): Wording => {
    // The console's own i18n provider (react-admin's polyglot), with one language loaded.
    const provider = polyglotI18nProvider(() => messages as never, locale);
    return { translate: (key, options) => provider.translate(key, options), locale: locale === "nl" ? "nl-NL" : "en-GB" };
  };
  const nlWording = wording(nl, "nl");
  const enWording = wording(en, "en");
  // Intl separates € from the amount by a no-break space.
  const plain = (text: string | null) => text?.replace(/\u00a0/g, " ") ?? null;

  it("shows the cap's room in euros, formatted for the reader", () => {
    const cap = {
      code: "CAP_EXCEEDED",
      params: { cap: "MONTH", year: 2025, hours: 6, amountCents: 3360, capCents: 21000, monthRoomCents: 1240, yearRoomCents: 150000 },
    };
    const dutch = plain(wordReason(cap, nlWording))!;
    expect(dutch).toContain("het maandmaximum van € 210,00");
    expect(dutch).toContain("Nog ruimte: € 12,40 deze maand, € 1.500,00 dit jaar");
    const english = plain(wordReason({ ...cap, params: { ...cap.params, cap: "YEAR" } }, enWording))!;
    expect(english).toContain("the 2025 cap of €210.00");
    expect(english).toContain("Room left: €12.40 this month, €1,500.00 this year");
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["NO_YEAR_FIGURES", { year: 2026 }, "bedragen voor de vrijwilligersvergoeding van 2026"],
    ["NOTHING_TO_EXPORT", { from: "2025-01-01", to: "2025-01-31" }, "tussen 1 januari 2025 en 31 januari 2025"],
    ["ALREADY_REVIEWED", { status: "APPROVED" }, "Al goedgekeurd."],
    ["DAY_FULL", { date: "2025-03-01", totalHours: 25.5, maxHours: 24 }, "Dan komt 1 maart 2025 op 25,5 uur"],
    ["NOT_THE_FUNDER", { funder: "NATIONAL" }, "landelijk coördinator"],
    ["CONTACT_REQUESTED", {}, "vraagt om contact"],
    ["HIGH_STRAIN", { strain: 5, support: 1 }, "belasting of impact 5/5 bij steun 1/5"],
    ["OVER_CAPACITY", { weeks: 3 }, "3 weken op rij meer uren gedeclareerd dan de capaciteit"],
    ["MANY_SGBV_CASES", { cases: 1 }, "1 SGGG-zaak tegelijk"],
    ["LAST_SUPERVISION", { date: null }, "laatste sessie: nog geen"],
    ["MATCH_LOAD", { beforePercent: 20, afterPercent: 45 }, "belasting 20% → 45%"],
    ["MATCH_SPEAKS", { language: "tir", level: "NATIVE" }, "spreekt tir (moedertaal)"],
    ["IMPORT_NOT_CSV", { kind: "XLSX" }, "Dit is een Excel-werkmap"],
    ["IMPORT_UNKNOWN_NAME", { kind: "language", text: "Klingon" }, "Onbekende taal: „Klingon”"],
  ])("%s in Dutch", (code, params, expected) => {
    expect(plain(wordReason({ code, params }, nlWording))).toContain(expected);
  });

  it("names languages and expertise by the lookup it is given", () => {
    const names = { language: (code: string) => ({ tir: "Tigrinya" })[code] ?? code, expertise: (code: string) => ({ SGBV: "seksueel geweld" })[code] ?? code };
    expect(wordReason({ code: "MATCH_SPEAKS", params: { language: "tir", level: "FLUENT" } }, { ...nlWording, names })).toBe("spreekt Tigrinya (vloeiend)");
    expect(wordReason({ code: "MATCH_KNOWS", params: { expertiseCodes: ["SGBV", "FGM"] } }, { ...nlWording, names })).toBe("kent seksueel geweld, FGM");
  });

  it.each([
    ["nl", nlWording],
    ["en", enWording],
  ] as const)("words every code in %s with every placeholder filled", (_, words) => {
    const source = readFileSync(path.join(root, "server/src/domain/reasons.ts"), "utf8");
    const body = source.slice(source.indexOf("export interface ReasonParams {"), source.indexOf("\n}\n", source.indexOf("export interface ReasonParams {")));
    const sample = (name: string, type: string): unknown => {
      if (type.includes("[]")) return ["A", "B"];
      if (type.includes("number")) return 3;
      if (["date", "from", "to", "began"].includes(name)) return "2025-03-01";
      if (name === "sentAt") return "2025-03-01T10:00:00.000Z";
      if (name === "kind") return "language";
      if (name === "funder") return "NATIONAL";
      if (name === "cap") return "MONTH";
      return "X";
    };
    const unfilled: string[] = [];
    for (const [, code, rest] of body.matchAll(/^ {2}([A-Z][A-Z0-9_]*): (\{[\s\S]*?\}|NoParams);/gm)) {
      const params = Object.fromEntries([...rest.matchAll(/(\w+)\??: ([^;}]+)/g)].map(([, name, type]) => [name, sample(name, type)]));
      const text = wordReason({ code, params }, words);
      if (!text || text.includes("%{") || text.includes("undefined")) unfilled.push(`${code}: ${text}`);
    }
    expect(unfilled).toEqual([]);
  });

  it("answers null for a code it does not know, so the caller can fall back", () => {
    expect(wordReason({ code: "SOMETHING_NEW", params: {} }, nlWording)).toBeNull();
  });

  it("words an error by the reason on it, never by its English message", () => {
    const error = Object.assign(new Error("These hours are already approved"), { body: { reason: "ALREADY_REVIEWED", params: { status: "REJECTED" } } });
    expect(errorText(error, nlWording)).toBe("Al afgewezen.");
    expect(errorText(new Error("ra.notification.offline"), nlWording)).toBe(nl.ra.notification.offline);
  });
});

describe("no console file parses a server message", () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
    });

  it("has no regular expression over an English server sentence", () => {
    // The old translators matched sentences such as /^Approving ([\d.]+) h/ or /^last session/.
    const english =
      /\/\^?(?:Approving|There are no|Nothing approved|These hours|That makes|The date|last session|strain or|speaks|knows|load|\(\\d\+\) km away)/;
    const offenders = files(path.join(root, "admin/src")).filter((file) => english.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });
});
