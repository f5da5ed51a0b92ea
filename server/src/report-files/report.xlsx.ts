// A report as an Excel workbook (exceljs), for a funder's analyst: a summary sheet (title,
// period, scope, when it was made, the tables with a link to each), one sheet per table
// (the rows' names and codes, one column per figure with a number format per unit, so
// the figures stay numbers to compute with), and a "Data" sheet with every figure on its
// own line (the CSV's long form) for pivot tables.
import ExcelJS from "exceljs";
import { REPORT_FILE_TEXT, columnName, keyName, periodName, sectionName, tableName, unitName, type ReportLanguage } from "../domain/report-words";
import { CSV_COLUMNS } from "./report.csv";
import { isoDay, type ReportData, type ReportScopeNames } from "./report";

/** Excel number formats per unit (the figures are stored unrounded; the format only shows them). */
export const NUMBER_FORMATS: Record<string, string> = {
  COUNT: "#,##0",
  PERCENT: '0.0"%"',
  HOURS: "#,##0.00",
  EUROS: '"€" #,##0.00',
  DAYS: "0.0",
  SCORE: "0.00",
};

/**
 * A cell's number format. A new style object per cell: the cells of a new row share one
 * style object in exceljs, so setting `numFmt` on one would change its neighbours too.
 */
function formatCell(cell: ExcelJS.Cell, unit: string): void {
  cell.style = { ...cell.style, numFmt: NUMBER_FORMATS[unit] ?? "General" };
}

/** Excel's rules for a sheet name: at most 31 characters, none of []:*?/\ and unique in the workbook. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base =
    wanted
      .replace(/[[\]:*?/\\]/g, " ")
      .trim()
      .slice(0, 31) || "Sheet";
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

export async function reportXlsx(report: ReportData, language: ReportLanguage, names: ReportScopeNames, title: string): Promise<Buffer> {
  const text = REPORT_FILE_TEXT[language];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Sleutelkaart";
  workbook.created = report.generatedAt;
  const taken = new Set<string>();

  const summary = workbook.addWorksheet(sheetName(text.summary, taken));
  summary.columns = [{ width: 28 }, { width: 60 }];
  summary.addRow([title]).font = { bold: true, size: 14 };
  summary.addRow([text.period, `${periodName(report.period, isoDay(report.start), language)} (${isoDay(report.start)} – ${isoDay(report.end)})`]);
  summary.addRow([text.scope, text.scopes[report.scope] ?? report.scope]);
  if (names.province) summary.addRow([text.province, names.province]);
  if (names.municipalities.length) summary.addRow([text.municipalities, names.municipalities.join(", ")]);
  summary.addRow([text.funder, names.funder ?? text.allFunders]);
  summary.addRow([text.generated, report.generatedAt.toISOString().slice(0, 16).replace("T", " ") + " UTC"]);
  summary.addRow([text.suppressedNote]);
  summary.addRow([]);
  summary.addRow([text.contents]).font = { bold: true };

  for (const table of report.tables) {
    const name = sheetName(tableName(table.code, language), taken);
    summary.addRow([sectionName(table.section, language), { text: tableName(table.code, language), hyperlink: `#'${name}'!A1` }]);
    const sheet = workbook.addWorksheet(name);
    sheet.addRow([tableName(table.code, language)]).font = { bold: true, size: 12 };
    sheet.addRow([`${text.period}: ${periodName(report.period, isoDay(report.start), language)}`]);
    sheet.addRow([]);
    const header = sheet.addRow([text.name, text.key, ...table.columns.map((c) => `${columnName(c.code, language)} (${unitName(c.unit, language)})`)]);
    header.font = { bold: true };
    sheet.views = [{ state: "frozen", ySplit: 4, xSplit: 1 }];
    sheet.getColumn(1).width = 36;
    sheet.getColumn(2).width = 18;
    table.columns.forEach((_, i) => (sheet.getColumn(i + 3).width = 18));
    if (table.rows.length === 0) sheet.addRow([text.noRows]);
    for (const row of table.rows) {
      const line = sheet.addRow([keyName(row, language, names.codeNames), row.key, ...row.values.map((v) => (v === null || v === undefined ? null : v))]);
      table.columns.forEach((column, i) => formatCell(line.getCell(i + 3), column.unit));
    }
  }

  const data = workbook.addWorksheet(sheetName(text.data, taken));
  const words: Record<(typeof CSV_COLUMNS)[number], string> = {
    table: text.table,
    tableName: text.table,
    keyKind: text.keyKind,
    key: text.key,
    name: text.name,
    column: text.column,
    columnName: text.column,
    unit: text.unit,
    value: text.value,
  };
  data.addRow(CSV_COLUMNS.map((c) => (c === "table" || c === "column" ? `${words[c]} (code)` : words[c]))).font = { bold: true };
  data.views = [{ state: "frozen", ySplit: 1 }];
  for (const table of report.tables)
    for (const row of table.rows)
      table.columns.forEach((column, i) => {
        const value = row.values[i];
        const line = data.addRow([
          table.code,
          tableName(table.code, language),
          row.keyKind,
          row.key,
          keyName(row, language, names.codeNames),
          column.code,
          columnName(column.code, language),
          unitName(column.unit, language),
          value === null || value === undefined ? null : value,
        ]);
        formatCell(line.getCell(9), column.unit);
      });
  data.columns.forEach((c, i) => (c.width = [24, 36, 18, 18, 30, 18, 28, 10, 14][i]));

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
