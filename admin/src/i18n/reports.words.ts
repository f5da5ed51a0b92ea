// The words of the report's codes (tables, columns, units, row keys) for the console,
// taken from the one table the report files use too (server/src/domain/report-words.ts),
// so the page and the downloaded files word every figure alike.
import {
  REPORT_COLUMN_WORDS,
  REPORT_KEY_KIND_WORDS,
  REPORT_KEY_WORDS,
  REPORT_SECTION_WORDS,
  REPORT_TABLE_WORDS,
  REPORT_UNIT_WORDS,
  type ReportLanguage,
  type Words,
} from "../../../server/src/domain/report-words";

const inLanguage = (table: Record<string, Words>, language: ReportLanguage): Record<string, string> =>
  Object.fromEntries(Object.entries(table).map(([code, words]) => [code, words[language]]));

export const reportCodeWords = (language: ReportLanguage) => ({
  sections: inLanguage(REPORT_SECTION_WORDS, language),
  tables: inLanguage(REPORT_TABLE_WORDS, language),
  columns: inLanguage(REPORT_COLUMN_WORDS, language),
  units: inLanguage(REPORT_UNIT_WORDS, language),
  keyKinds: inLanguage(REPORT_KEY_KIND_WORDS, language),
  keys: Object.fromEntries(Object.entries(REPORT_KEY_WORDS).map(([kind, table]) => [kind, inLanguage(table, language)])),
});
