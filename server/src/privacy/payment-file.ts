import { csvFields, readCsvRecords } from "../domain/csv";

// An exported payment file is a financial record: after erasure its amounts stay, but the
// lines of the erased person lose their name, IBAN and claim text. Only their own lines
// change — another person with the same name in the same file keeps theirs — and every
// other byte of the file stays as it was exported.

export const ERASED_TEXT = "[erased]";
/** In a SEPA file, where an IBAN must look like one. */
export const ERASED_IBAN = "XX00ERASED";

/**
 * The payment file with the lines of `keyPersonId` anonymised: `name` instead of theirs, no
 * IBAN, and a claim's description reduced to its kind ("OTHER: [erased]"). Hours lines
 * describe an activity code, which is kept. Amounts, dates and references do not change.
 */
export function erasePaymentLines(csv: string, keyPersonId: number, name: string, separator = ";"): string {
  const [header, ...lines] = readCsvRecords(csv, separator);
  if (!header) return csv;
  // the file's headers are English or Dutch (compensation/payment-csv.ts)
  const column = (...titles: string[]) => header.cells.findIndex((cell) => titles.includes(cell.replace(/^\uFEFF/, "")));
  const idAt = column("key_person_id", "sleutelpersoon_id");
  const nameAt = column("key_person", "sleutelpersoon");
  const ibanAt = column("iban");
  const descriptionAt = column("description", "omschrijving");
  const typeAt = column("type", "soort");
  if (idAt < 0) return csv;
  let out = "";
  let copied = 0;
  for (const line of lines) {
    if (line.cells[idAt] !== String(keyPersonId)) continue;
    const cells = [...line.cells];
    if (nameAt >= 0) cells[nameAt] = name;
    if (ibanAt >= 0 && cells[ibanAt] !== "") cells[ibanAt] = ERASED_TEXT;
    if (descriptionAt >= 0 && typeAt >= 0 && (cells[typeAt] === "CLAIM" || cells[typeAt] === "DECLARATIE"))
      cells[descriptionAt] = `${cells[descriptionAt].split(":")[0]}: ${ERASED_TEXT}`;
    out += csv.slice(copied, line.start) + csvFields(cells, separator);
    copied = line.end;
  }
  return out + csv.slice(copied);
}

/**
 * The SEPA file with the transfer to `keyPersonId` anonymised: `name` for the creditor and
 * XX00ERASED for the IBAN (no country's, yet of the schema's form, so the file stays valid). The export makes one transfer per key person, its EndToEndId
 * SK-<export>-<key person> (compensation/payment-sepa.ts); amounts and everything else stay.
 */
export function erasePaymentTransfer(xml: string, exportId: number, keyPersonId: number, name: string): string {
  return xml.replace(/<CdtTrfTxInf>[\s\S]*?<\/CdtTrfTxInf>/g, (transfer) => {
    if (!transfer.includes(`<EndToEndId>SK-${exportId}-${keyPersonId}</EndToEndId>`)) return transfer;
    return transfer
      .replace(/<Cdtr><Nm>[^<]*<\/Nm>/, `<Cdtr><Nm>${escapeXml(name)}</Nm>`)
      .replace(/<CdtrAcct><Id><IBAN>[^<]*<\/IBAN>/, `<CdtrAcct><Id><IBAN>${ERASED_IBAN}</IBAN>`);
  });
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
