// Issue 19: every language of /kaart has every text, topic and public refusal; the codes
// that open it; and the review record of each translation.
import { readFileSync } from "node:fs";
import path from "node:path";
import reasonsEn from "../../admin/src/i18n/reasons.en";
import { LANGUAGE, LANGUAGES, langFromCode, startingLanguage, TEXTS } from "../../admin/src/public/i18n";
import { parseCsv } from "../../server/src/domain/csv";

const EXPERTISE = parseCsv(readFileSync(path.join(__dirname, "../../data/expertise.csv"), "utf8")).map((row) => row.code);
const LANGUAGE_CODES = new Set(parseCsv(readFileSync(path.join(__dirname, "../../data/languages_nl_newcomers.csv"), "utf8")).map((row) => row.code));
/** The refusals the public map can meet. */
const PUBLIC_REASONS = [
  "MESSAGE_REFUSED_AUTOMATED",
  "MESSAGE_FORM_EXPIRED",
  "MESSAGE_SENT_TOO_FAST",
  "MESSAGE_TOO_SHORT",
  "MESSAGE_TOO_MANY_LINKS",
  "REPLY_ADDRESS_REQUIRED",
  "KEY_PERSON_NOT_CONTACTABLE",
  "MESSAGE_THROTTLED",
  "NOT_AN_EMAIL",
  "NOT_A_PHONE",
  "TEXT_TOO_LONG",
];

const translated = LANGUAGES.filter((l) => l.code !== "nl" && l.code !== "en");

test.each(translated.map((l) => [l.code, l] as const))("%s translates every text, topic and public refusal", (_, language) => {
  const missing = Object.keys(TEXTS.nl).filter((key) => !(key in language.texts));
  expect(missing).toEqual([]);
  expect(EXPERTISE.filter((code) => !language.expertise[code])).toEqual([]);
  expect(PUBLIC_REASONS.filter((code) => !language.reasons[code as keyof typeof language.reasons])).toEqual([]);
  // Only placeholders the reason has (a misspelt one would show empty).
  const placeholders = (text: string): string[] => text.match(/%\{\w+\}/g) ?? [];
  for (const [code, text] of Object.entries(language.reasons)) {
    const known = placeholders(reasonsEn[code as keyof typeof reasonsEn]);
    expect([code, placeholders(text!).filter((p) => !known.includes(p))]).toEqual([code, []]);
  }
});

test("each language has its own name, a direction, and a review record that is null or dated", () => {
  expect(new Set(LANGUAGES.map((l) => l.name)).size).toBe(LANGUAGES.length);
  expect(LANGUAGES.filter((l) => l.dir === "rtl").map((l) => l.code)).toEqual(["ar", "prs", "fa", "ps", "ckb"]);
  for (const language of LANGUAGES) {
    if (language.reviewed) expect(language.reviewed.on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // A machine translation is never marked reviewed without a date and a reviewer.
    if (language.machineTranslated && language.reviewed) expect(language.reviewed.by).toBeTruthy();
    for (const code of language.speaks.slice(0, 1)) expect(LANGUAGE_CODES.has(code)).toBe(true);
  }
  expect(LANGUAGE.ar.reviewed).toBeNull();
});

test.each<[string, string | null]>([
  ["ar", "ar"],
  ["ara", "ar"],
  ["arb", "ar"],
  ["ti", "ti"],
  ["TIR", "ti"],
  ["prs", "prs"],
  ["fa", "fa"],
  ["pes", "fa"],
  ["so", "so"],
  ["som", "so"],
  ["kmr", "kmr"],
  ["ckb", "ckb"],
  ["tr", "tr"],
  ["tur", "tr"],
  ["uk", "uk"],
  ["ukr", "uk"],
  ["ps", "ps"],
  ["pus", "ps"],
  ["nld", "nl"],
  ["en", "en"],
  ["xx", null],
  ["", null],
])("?lang=%s opens %s", (code, lang) => {
  expect(langFromCode(code)).toBe(lang);
});

test("the language filter starts with the page's language only when listed key persons speak it", () => {
  expect(startingLanguage("ar", [{ code: "apc", keyPersons: 3 }])).toBe("apc");
  expect(
    startingLanguage("ar", [
      { code: "apc", keyPersons: 3 },
      { code: "ara", keyPersons: 1 },
    ]),
  ).toBe("ara");
  expect(startingLanguage("ti", [{ code: "ara", keyPersons: 3 }])).toBe("");
  expect(startingLanguage("nl", [{ code: "nld", keyPersons: 30 }])).toBe("");
});
