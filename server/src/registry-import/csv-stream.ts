// Reading an uploaded file as a stream: bytes are counted against the size limit; an Excel
// workbook (.xlsx) goes to workbook.ts; text is read as UTF-8 or, when it is not valid
// UTF-8, as Windows-1252 (what a Dutch Excel saves as "CSV (semicolon delimited)"); other
// files (.xls, UTF-16, PDF) get a message that says how to save them right; the delimiter
// is taken from the header row, and csv-parse yields the records one at a time, so memory
// does not grow with the file.

import { pipeline } from "node:stream/promises";
import { CsvError, parse } from "csv-parse";
import iconv from "iconv-lite";
import { coded, type Coded } from "../domain/reasons";
import { readWorkbook } from "./workbook";

/** The largest upload: about 100,000 key persons. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** A problem with the file as a whole: answered with `status`, a message and its reason, nothing read further. */
export class FileProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly reason: Coded,
  ) {
    super(message);
  }
}

export const tooLarge = (limit: number) => {
  const megabytes = Math.round(limit / 1024 / 1024);
  return new FileProblem(
    413,
    "PAYLOAD_TOO_LARGE",
    `The file is larger than ${megabytes} MB: split it into smaller files and import them one after another`,
    coded("IMPORT_FILE_TOO_LARGE", { megabytes }),
  );
};

const notCsv = (kind: "XLSX" | "XLS" | "PDF" | "UTF16" | "BINARY", message: string) =>
  new FileProblem(400, "NOT_CSV", message, coded("IMPORT_NOT_CSV", { kind }));

const SAVE_AS =
  'Save it as an Excel workbook (.xlsx) or as CSV (in Excel: File → Save As → "CSV UTF-8 (comma delimited)" or "CSV (semicolon delimited)"; in LibreOffice: "Text CSV").';

const isZip = (head: Buffer) => head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;

/** What the first bytes say about a file that is neither CSV text nor a workbook. */
function sniffBinary(head: Buffer): FileProblem | null {
  const starts = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return notCsv("XLS", `This is an old Excel (.xls) file. ${SAVE_AS}`);
  if (starts(0x25, 0x50, 0x44, 0x46)) return notCsv("PDF", "This is a PDF file, not CSV: export the list from the program it came from as CSV.");
  if (starts(0xff, 0xfe) || starts(0xfe, 0xff)) return notCsv("UTF16", `This file is UTF-16 text; the import reads UTF-8 and Windows-1252. ${SAVE_AS}`);
  return null;
}

const notText = () => notCsv("BINARY", `The file is not text (is it a spreadsheet or an image?). ${SAVE_AS}`);

const EMPTY = () =>
  new FileProblem(
    400,
    "EMPTY_FILE",
    "The file is empty: fill in the template (one key person per row under the header row) and try again",
    coded("IMPORT_EMPTY_FILE"),
  );

/** Which character set a text file is in: decided at its first byte above 127. */
export type TextEncoding = "utf-8" | "windows-1252";

/**
 * The chunks of a body as text, within the size limit; throws a FileProblem otherwise.
 * A byte order mark or valid UTF-8 means UTF-8; a file whose first chunk with non-ASCII
 * bytes (chunks are 64 kB) is not valid UTF-8 is Windows-1252 throughout (ASCII reads the
 * same in both, so nothing read before that point changes). A file found to be UTF-8 in
 * one chunk and broken in a later one is refused: it is neither.
 */
export async function* decodedText(
  body: AsyncIterable<Buffer | string>,
  limit = MAX_UPLOAD_BYTES,
  found?: (encoding: TextEncoding) => void,
): AsyncGenerator<string> {
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  let encoding: TextEncoding | null = null;
  let bytes = 0;
  let first = true;
  const decide = (chosen: TextEncoding) => {
    encoding = chosen;
    found?.(chosen);
  };
  for await (const piece of body) {
    const chunk = typeof piece === "string" ? Buffer.from(piece) : piece;
    bytes += chunk.length;
    if (bytes > limit) throw tooLarge(limit);
    if (first && chunk.length > 0) {
      const binary = sniffBinary(chunk);
      if (binary) throw binary;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) decide("utf-8");
      first = false;
    }
    let text: string;
    if (encoding === "windows-1252") text = iconv.decode(chunk, "win1252");
    else {
      try {
        text = utf8.decode(chunk, { stream: true });
        if (encoding === null && chunk.some((byte) => byte > 0x7f)) decide("utf-8");
      } catch {
        // Still undecided means every byte so far was ASCII: read the rest as Windows-1252.
        if (encoding !== null) throw notText();
        decide("windows-1252");
        text = iconv.decode(chunk, "win1252");
      }
    }
    if (text.includes("\u0000")) throw notText();
    if (text) yield text;
  }
  if (encoding !== "windows-1252") {
    try {
      const rest = utf8.decode();
      if (rest) yield rest;
    } catch {
      throw notText();
    }
  }
  if (bytes === 0) throw EMPTY();
}

/**
 * The delimiter of a file from its header row: ";" or ",", whichever occurs more outside
 * quotes (csv-parse's own delimiter_auto trips over quoted fields, so the header decides).
 */
export function sniffDelimiter(text: string): ";" | "," {
  let quoted = false;
  let commas = 0;
  let semicolons = 0;
  for (const char of text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && char === ",") commas++;
    else if (!quoted && char === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

/** Whether the text holds a whole first line (or the header can be judged anyway: 64 kB of it). */
function hasHeaderLine(text: string): boolean {
  return /[\r\n]/.test(text) || text.length > 64 * 1024;
}

export interface CsvRecord {
  /** The line of the file the record ends on (the header is line 1). */
  line: number;
  cells: string[];
}

/**
 * Streams the records of a CSV body to `onRecord` (the header too, as the first). Awaits
 * `onRecord`, so a slow consumer slows the reading rather than filling memory.
 */
export async function readCsv(
  body: AsyncIterable<Buffer | string>,
  onRecord: (record: CsvRecord) => void | Promise<void>,
  limit = MAX_UPLOAD_BYTES,
): Promise<{ delimiter: string }> {
  const chunks = body[Symbol.asyncIterator]();
  let head = await chunks.next();
  while (!head.done && head.value.length === 0) head = await chunks.next();
  if (head.done) throw EMPTY();
  const firstChunk = typeof head.value === "string" ? Buffer.from(head.value) : head.value;
  // An Excel workbook: read whole (it is a zip), the first sheet's rows as records; no delimiter.
  if (isZip(firstChunk)) {
    await readWorkbook(await collect(firstChunk, chunks, limit), onRecord);
    return { delimiter: "" };
  }
  // the first chunk again, then the rest; closed early (a bad file), it closes the body too, as for-await would
  async function* again() {
    try {
      yield firstChunk;
      for (;;) {
        const next = await chunks.next();
        if (next.done) return;
        yield next.value;
      }
    } finally {
      await chunks.return?.();
    }
  }
  return readCsvText(again(), onRecord, limit);
}

/** The whole of a body in memory, within the size limit (for a workbook, which cannot be streamed). */
async function collect(first: Buffer, rest: AsyncIterator<Buffer | string>, limit: number): Promise<Buffer> {
  const parts = [first];
  let bytes = first.length;
  if (bytes > limit) throw tooLarge(limit);
  for (;;) {
    const next = await rest.next();
    if (next.done) break;
    const chunk = typeof next.value === "string" ? Buffer.from(next.value) : next.value;
    bytes += chunk.length;
    if (bytes > limit) throw tooLarge(limit);
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

async function readCsvText(
  body: AsyncIterable<Buffer | string>,
  onRecord: (record: CsvRecord) => void | Promise<void>,
  limit: number,
): Promise<{ delimiter: string }> {
  const texts = decodedText(body, limit)[Symbol.asyncIterator]();
  let head = "";
  while (!hasHeaderLine(head)) {
    const next = await texts.next();
    if (next.done) break;
    head += next.value;
  }
  const delimiter = sniffDelimiter(head);
  const parser = parse({
    delimiter,
    // Hand-edited files mix line endings.
    record_delimiter: ["\r\n", "\n", "\r"],
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    // One record of more than 64 kB is a wrong quote, not a key person.
    max_record_size: 64 * 1024,
  });
  async function* source() {
    if (head) yield head;
    for (;;) {
      const next = await texts.next();
      if (next.done) return;
      yield next.value;
    }
  }
  try {
    await pipeline(source, parser, async (records: AsyncIterable<{ record: string[]; info: { lines: number } }>) => {
      for await (const { record, info } of records) await onRecord({ line: info.lines, cells: record });
    });
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    const code = (error as { code?: string }).code;
    // csv-parse names most of its errors CSV_…, but not all (INVALID_OPENING_QUOTE: a quote
    // inside an unquoted cell, as in =cmd|"/C calc"!A0 or =HYPERLINK("x")).
    if (error instanceof CsvError || (typeof code === "string" && code.startsWith("CSV_"))) {
      const line = (error as { lines?: number }).lines;
      throw new FileProblem(
        400,
        "BAD_CSV",
        `The file is not valid CSV${line ? ` at line ${line}` : ""}: ${csvMessage(code ?? "", (error as Error).message)}`,
        coded("IMPORT_BAD_CSV", { line: line ?? 0 }),
      );
    }
    throw error;
  }
  return { delimiter };
}

function csvMessage(code: string, message: string): string {
  if (code === "CSV_QUOTE_NOT_CLOSED") return 'a quote (") is opened and never closed';
  if (code === "CSV_INVALID_CLOSING_QUOTE") return "a quoted cell is followed by more text before the separator";
  if (code === "INVALID_OPENING_QUOTE")
    return 'a quote (") stands inside a cell that does not start with one: put the whole cell in quotes and double the quotes inside it';
  if (code === "CSV_MAX_RECORD_SIZE") return "one row is longer than 64 kB (an unclosed quote?)";
  return message;
}
