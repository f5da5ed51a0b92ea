// A report as CSV, in "long" form: one line per figure (table, row, column), so an analyst
// pivots or filters it without reshaping; ";"-separated with a byte order mark and CRLF,
// as Excel and LibreOffice open it (like the registry export), every cell neutralised
// against formula injection. Figures exactly as computed: a comma in Dutch, a point in English.
import { csvFields, csvLine } from "../domain/csv";
import { columnName, keyName, plainFigure, tableName, unitName, type CodeNames, type ReportLanguage } from "../domain/report-words";
import type { ReportData } from "./report";

export const BOM = "\uFEFF";

/** The header's column codes; the file's header is their words. */
export const CSV_COLUMNS = ["table", "tableName", "keyKind", "key", "name", "column", "columnName", "unit", "value"] as const;

const HEADER: Record<ReportLanguage, Record<(typeof CSV_COLUMNS)[number], string>> = {
  nl: {
    table: "tabel",
    tableName: "tabelnaam",
    keyKind: "soort",
    key: "code",
    name: "naam",
    column: "kolom",
    columnName: "kolomnaam",
    unit: "eenheid",
    value: "waarde",
  },
  en: {
    table: "table",
    tableName: "table_name",
    keyKind: "key_kind",
    key: "key",
    name: "name",
    column: "column",
    columnName: "column_name",
    unit: "unit",
    value: "value",
  },
};

/** The figures of the report, one per line: [table, tableName, keyKind, key, name, column, columnName, unit, value]. */
export function reportLines(report: ReportData, language: ReportLanguage, codeNames: CodeNames = {}): string[][] {
  const lines: string[][] = [];
  for (const table of report.tables)
    for (const row of table.rows)
      table.columns.forEach((column, i) =>
        lines.push([
          table.code,
          tableName(table.code, language),
          row.keyKind,
          row.key,
          keyName(row, language, codeNames),
          column.code,
          columnName(column.code, language),
          unitName(column.unit, language),
          plainFigure(row.values[i], language),
        ]),
      );
  return lines;
}

export function reportCsv(report: ReportData, language: ReportLanguage, codeNames: CodeNames = {}): string {
  const header = csvLine(CSV_COLUMNS.map((c) => HEADER[language][c]));
  // The figure is written as it is: a negative number is a number here, not a formula to neutralise.
  return (
    BOM +
    header +
    reportLines(report, language, codeNames)
      .map((line) => `${csvFields(line.slice(0, -1))};${line[line.length - 1]}\r\n`)
      .join("")
  );
}
