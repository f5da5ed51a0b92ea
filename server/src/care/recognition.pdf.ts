// Lays out the recognition statement (domain/recognition.ts) as a PDF with pdfkit.
//
// Names may be written in any script. pdfkit's standard fonts (Helvetica …) encode WinAnsi
// only, so the statement embeds DejaVu Sans when the machine has it: Debian's
// fonts-dejavu-core (installed by the Dockerfile and CI), free to embed (Bitstream Vera
// licence), covering Latin, Greek, Cyrillic, Arabic, Hebrew, Armenian and Georgian among
// others. Without it, or for a character it lacks (e.g. Ge'ez), drawableText() keeps what
// can be drawn, drops accents where the bare letter exists and prints "?" for the rest:
// never a guessed transliteration of someone's name.
import { existsSync } from "node:fs";
import PDFDocument from "pdfkit";
import { STATEMENT_TEXT, drawableText, formatHours, workName, type StatementFacts, type StatementLocale } from "../domain/recognition";

/** The characters of WinAnsi (pdfkit's standard fonts) beyond ASCII and Latin-1. */
const WIN_ANSI_EXTRA = new Set([
  0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017d, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013,
  0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x017e, 0x0178,
]);
const winAnsi = (code: number) => (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(code);

export interface PdfOptions {
  /** A TrueType font to embed (config.statementFontPath); null or missing: Helvetica. */
  fontPath: string | null;
  /** Tests read the text: uncompressed content streams. */
  compress?: boolean;
}

/** The document's bytes once it is ended (doc.end()). */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  return new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}

/**
 * Sets the document's font: the TrueType font at `fontPath` embedded when the machine has
 * it, else Helvetica. Returns what makes a text drawable in that font (drawableText).
 * The reports' PDF (server/src/report-files/) uses it too.
 */
export function useBodyFont(doc: PDFKit.PDFDocument, fontPath: string | null): (value: string) => string {
  const embedded = fontPath !== null && existsSync(fontPath);
  if (embedded) {
    doc.registerFont("body", fontPath);
    doc.font("body");
  } else doc.font("Helvetica");
  // fontkit's glyph table, when a font is embedded: pdfkit keeps it on the current font.
  const glyphs = (doc as unknown as { _font?: { font?: { hasGlyphForCodePoint?: (code: number) => boolean } } })._font?.font;
  const covers = embedded && glyphs?.hasGlyphForCodePoint ? (code: number) => code < 0x20 || glyphs.hasGlyphForCodePoint!(code) : winAnsi;
  return (value: string) => drawableText(value, covers);
}

export function statementPdf(facts: StatementFacts, locale: StatementLocale, options: PdfOptions): Promise<Buffer> {
  const text = STATEMENT_TEXT[locale];
  const doc = new PDFDocument({ size: "A4", margin: 56, compress: options.compress ?? true, info: { Title: text.title(facts.year), Author: "Sleutelkaart" } });
  const done = pdfBytes(doc);

  const safe = useBodyFont(doc, options.fontPath);

  doc.fontSize(20).text(safe(text.title(facts.year)));
  doc.moveDown(0.5).fontSize(14).text(safe(facts.keyPersonName));
  doc
    .moveDown()
    .fontSize(11)
    .text(safe(text.intro(facts.keyPersonName, facts.year)));

  const heading = (title: string) => doc.moveDown().fontSize(13).text(safe(title)).moveDown(0.3).fontSize(11);
  heading(text.qualifications);
  if (facts.qualifications.length === 0) doc.text(safe(text.none));
  for (const q of facts.qualifications) doc.text(safe(`• ${text.qualification(q)}`));

  heading(text.groups);
  if (facts.groupActivities.length === 0) doc.text(safe(text.none));
  for (const g of facts.groupActivities) doc.text(safe(`• ${text.group(g, workName(locale, g.kind))} — ${formatHours(locale, g.hours)} ${text.hoursUnit}`));

  heading(text.hours);
  if (facts.hours.length === 0) doc.text(safe(text.none));
  for (const h of facts.hours) doc.text(safe(`• ${workName(locale, h.work)}: ${formatHours(locale, h.hours)} ${text.hoursUnit}`));
  const total = facts.hours.reduce((sum, h) => sum + h.hours, 0);
  doc.moveDown(0.3).text(safe(`${text.total}: ${formatHours(locale, total)} ${text.hoursUnit}`));
  doc.text(safe(text.requests(facts.requestsSupported)));

  doc
    .moveDown(2)
    .fontSize(9)
    .text(safe(text.made(facts.madeOn)));
  doc.end();
  return done;
}
