// Reading an uploaded Excel workbook (.xlsx) with ExcelJS: the first worksheet, one record
// per row that is not empty, each cell as the text a CSV of the same sheet would hold, so
// everything after the reader (the header, the rows, the dry-run report) is the same.

import ExcelJS from "exceljs";
import type { CsvRecord } from "./csv-stream";
import { FileProblem } from "./csv-stream";
import { coded } from "../domain/reasons";

/** A cell as text: numbers with a decimal point, dates as YYYY-MM-DD, formulas by their result. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "string") return value;
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ("hyperlink" in value) return String((value as ExcelJS.CellHyperlinkValue).text ?? "");
  if ("error" in value) return "";
  return String(value);
}

/** The records of the workbook's first worksheet (the header too, as the first), to `onRecord` in order. */
export async function readWorkbook(bytes: Buffer, onRecord: (record: CsvRecord) => void | Promise<void>): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new FileProblem(
      400,
      "NOT_CSV",
      "This zip file is not an Excel workbook (.xlsx) that can be read: open it in Excel or LibreOffice and save it as .xlsx or as CSV",
      coded("IMPORT_NOT_CSV", { kind: "XLSX" }),
    );
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet)
    throw new FileProblem(
      400,
      "EMPTY_FILE",
      "The workbook has no filled-in sheet: fill in the template (one key person per row under the header row) and try again",
      coded("IMPORT_EMPTY_FILE"),
    );
  const rows: CsvRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column).value).trim());
    // like the CSV reader: a row of empty cells is no record
    while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
    if (cells.length > 0) rows.push({ line: rowNumber, cells });
  });
  for (const record of rows) await onRecord(record);
}
