import { saveFile } from "../common/download";

/**
 * Saves a payment export's CSV as a file. The byte order mark makes spreadsheet programs
 * read it as UTF-8 (names with accents); the server keeps the CSV itself unchanged.
 */
export function downloadCsv(csv: string, filename: string): void {
  saveFile(["\uFEFF", csv], "text/csv;charset=utf-8", filename);
}

/** Saves the SEPA credit transfer (pain.001.001.03) for the bank, as the server made it. */
export function downloadSepa(xml: string, filename: string): void {
  saveFile([xml], "application/xml;charset=utf-8", filename);
}

export const exportFilename = (periodFrom: string, periodTo: string, id: string | number, extension: "csv" | "xml" = "csv"): string =>
  `sleutelkaart-betalingen-${periodFrom}-${periodTo}-${id}.${extension}`;
