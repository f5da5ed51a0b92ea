/** Lets the browser save what the console made or fetched as a file with the given name. */
export function saveFile(parts: BlobPart[], type: string, filename: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // let the download start before the URL goes
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
