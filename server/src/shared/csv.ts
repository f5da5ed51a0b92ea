/**
 * A small RFC 4180 reader for the reference files in data/: quoted fields may hold
 * commas, line breaks and doubled quotes (`"Nuenen, Gerwen en Nederwetten"`).
 * The first record is the header; each later record becomes an object keyed by it.
 */
export function parseCsv(text: string): Record<string, string>[] {
  const [header, ...records] = splitRecords(stripBom(text)).filter((record) => !isBlank(record));
  if (!header) return [];
  return records.map((record) => toObject(header, record));
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

// One pass over the characters, because a line break inside quotes is not a record end.
function splitRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      record.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      record.push(field);
      records.push(record);
      record = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

function isBlank(record: string[]): boolean {
  return record.length === 1 && record[0] === "";
}

function toObject(header: string[], record: string[]): Record<string, string> {
  if (record.length !== header.length) {
    throw new Error(`CSV record has ${record.length} fields, the header has ${header.length}: ${record.join(",")}`);
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

/** One record, CRLF-terminated as RFC 4180 asks. */
export function csvLine(values: readonly (string | number | null | undefined)[], separator = ";"): string {
  return `${values.map((value) => csvCell(value, separator)).join(separator)}\r\n`;
}
