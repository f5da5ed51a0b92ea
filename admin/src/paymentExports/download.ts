/**
 * Saves a payment export's CSV as a file. The byte order mark makes spreadsheet programs
 * read it as UTF-8 (names with accents); the server keeps the CSV itself unchanged.
 */
export function downloadCsv(csv: string, filename: string): void {
  const blob = new Blob(["\uFEFF", csv], { type: "text/csv;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // let the download start before the URL goes
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const exportFilename = (periodFrom: string, periodTo: string, id: string | number): string =>
  `sleutelkaart-betalingen-${periodFrom}-${periodTo}-${id}.csv`;
