// Every language of the reference data has a Dutch name of its own: none blank, none shared
// (varieties are told apart by a Dutch qualifier), none with an ISO code in parentheses,
// and none that is just the English name where CLDR has a Dutch one.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseCsv } from "../../server/src/domain/csv";

const rows = parseCsv(readFileSync(path.resolve(__dirname, "../../data/languages_nl_newcomers.csv"), "utf8"));

test("125 languages, each with a Dutch name and where it comes from", () => {
  expect(rows).toHaveLength(125);
  for (const row of rows) {
    expect(row.name_nl.trim()).not.toBe("");
    expect(["cldr", "qualifier", "curated"]).toContain(row.name_nl_source);
  }
});

test("no two languages share a Dutch name", () => {
  const seen = new Map<string, string>();
  const shared = rows.filter((row) => {
    const key = row.name_nl.toLowerCase();
    const other = seen.get(key);
    seen.set(key, row.code);
    return other !== undefined;
  });
  expect(shared.map((row) => `${row.code}: ${row.name_nl}`)).toEqual([]);
});

test("no ISO code or English word in parentheses", () => {
  const codes = new Set(rows.map((row) => row.code));
  const withCode = rows.filter((row) =>
    [...row.name_nl.matchAll(/\(([^)]*)\)/g)].some(([, inner]) => codes.has(inner.trim()) || /individual|macrolanguage|language/i.test(inner)),
  );
  expect(withCode.map((row) => row.name_nl)).toEqual([]);
});

test("qualified and curated names are Dutch, not the English name", () => {
  const english = rows.filter((row) => row.name_nl_source !== "cldr" && row.name_nl === row.name_en);
  // the languages' own names, the same in Dutch and English
  expect(english.map((row) => row.code).sort()).toEqual(["fuf", "haz", "kun", "mnk", "nrb"]);
});
