// Reading and writing CSV text, one definition for the server, the console and the tests:
// the reference files in data/ (comma-separated; the public map bundles the municipalities),
// the payment files and the registry export (semicolon-separated, for Dutch spreadsheets). Uploaded files are streamed
// through csv-parse instead (registry-import/csv-stream.ts): they can be large, arrive
// in chunks and need their delimiter sniffed.

/** One record of a CSV text, with where it stands in the text (its line break not included). */
export interface LocatedRecord {
  cells: string[];
  start: number;
  end: number;
}

/**
 * The records of a CSV text (RFC 4180): quoted cells may hold the separator, line breaks
 * and doubled quotes (`"Nuenen, Gerwen en Nederwetten"`); CRLF, LF and CR all end a record.
 * One pass over the characters, because a line break inside quotes is not a record end.
 */
export function readCsvRecords(text: string, separator = ","): LocatedRecord[] {
  const records: LocatedRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char !== '"') cell += char;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      cells.push(cell);
      cell = "";
    } else if (char === "\n" || char === "\r") {
      cells.push(cell);
      records.push({ cells, start, end: i });
      if (char === "\r" && text[i + 1] === "\n") i++;
      cells = [];
      cell = "";
      start = i + 1;
    } else cell += char;
  }
  if (cell !== "" || cells.length > 0) {
    cells.push(cell);
    records.push({ cells, start, end: text.length });
  }
  return records;
}

/** The cells of every record, the header included. */
export function readCsvRows(text: string, separator = ","): string[][] {
  return readCsvRecords(text, separator).map((record) => record.cells);
}

/**
 * The first record is the header; each later record becomes an object keyed by it. A BOM
 * and blank lines are skipped; a record with another number of fields than the header is refused.
 */
export function parseCsv(text: string, separator = ","): Record<string, string>[] {
  const [header, ...records] = readCsvRows(stripBom(text), separator).filter((record) => !isBlank(record));
  if (!header) return [];
  return records.map((record) => toObject(header, record, separator));
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function isBlank(record: string[]): boolean {
  return record.length === 1 && record[0] === "";
}

function toObject(header: string[], record: string[], separator: string): Record<string, string> {
  if (record.length !== header.length) {
    throw new Error(`CSV record has ${record.length} fields, the header has ${header.length}: ${record.join(separator)}`);
  }
  const row: Record<string, string> = {};
  header.forEach((name, i) => (row[name] = record[i]));
  return row;
}

/**
 * A cell a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) is
 * prefixed with an apostrophe, so Excel and LibreOffice show it as text (CSV injection).
 */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** One neutralised cell, quoted when it holds the separator, a quote or a line break. */
export function csvCell(value: string | number | null | undefined, separator = ";"): string {
  const text = neutralise(value == null ? "" : String(value));
  return text.includes(separator) || /["\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record's cells, neutralised and quoted where needed, without a line break. */
export function csvFields(values: readonly (string | number | null | undefined)[], separator = ";"): string {
  return values.map((value) => csvCell(value, separator)).join(separator);
}

/** One record, CRLF-terminated as RFC 4180 asks. */
export function csvLine(values: readonly (string | number | null | undefined)[], separator = ";"): string {
  return `${csvFields(values, separator)}\r\n`;
}
