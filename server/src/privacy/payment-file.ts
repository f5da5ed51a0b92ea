import { csvFields, readCsvRecords } from "../domain/csv";

// An exported payment file is a financial record: after erasure its amounts stay, but the
// lines of the erased person lose their name, IBAN and claim text. Only their own lines
// change — another person with the same name in the same file keeps theirs — and every
// other byte of the file stays as it was exported.

export const ERASED_TEXT = "[erased]";

/**
 * The payment file with the lines of `keyPersonId` anonymised: `name` instead of theirs, no
 * IBAN, and a claim's description reduced to its kind ("OTHER: [erased]"). Hours lines
 * describe an activity code, which is kept. Amounts, dates and references do not change.
 */
export function erasePaymentLines(csv: string, keyPersonId: number, name: string, separator = ";"): string {
  const [header, ...lines] = readCsvRecords(csv, separator);
  if (!header) return csv;
  const column = (title: string) => header.cells.indexOf(title);
  const [idAt, nameAt, ibanAt, descriptionAt, typeAt] = ["key_person_id", "key_person", "iban", "description", "type"].map(column);
  if (idAt < 0) return csv;
  let out = "";
  let copied = 0;
  for (const line of lines) {
    if (line.cells[idAt] !== String(keyPersonId)) continue;
    const cells = [...line.cells];
    if (nameAt >= 0) cells[nameAt] = name;
    if (ibanAt >= 0 && cells[ibanAt] !== "") cells[ibanAt] = ERASED_TEXT;
    if (descriptionAt >= 0 && typeAt >= 0 && cells[typeAt] === "CLAIM") cells[descriptionAt] = `${cells[descriptionAt].split(":")[0]}: ${ERASED_TEXT}`;
    out += csv.slice(copied, line.start) + csvFields(cells, separator);
    copied = line.end;
  }
  return out + csv.slice(copied);
}
