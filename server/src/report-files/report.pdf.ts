// The quarterly report per funder as a PDF (pdfkit, DejaVu Sans embedded as in the
// recognition statement): title, period, scope and funder, then per section each table's
// bar chart, drawn from the table's own figures, and the table itself; the date it was
// made at the end. Made from the same Report as the page and the other files.
import PDFDocument from "pdfkit";
import { pdfBytes, useBodyFont } from "../care/recognition.pdf";
import { chartPlan } from "../domain/report-charts";
import {
  REPORT_FILE_TEXT,
  columnName,
  figureWithUnit,
  keyName,
  periodName,
  sectionName,
  tableName,
  unitName,
  type CodeNames,
  type ReportLanguage,
} from "../domain/report-words";
import { isoDay, type ReportData, type ReportScopeNames, type ReportTableData } from "./report";

export interface ReportPdfOptions {
  /** A TrueType font to embed (config.statementFont); null or missing: Helvetica. */
  fontPath: string | null;
  compress?: boolean;
}

const MARGIN = 50;
/** The bars' colours: the first for a simple bar chart, in turn for the parts of a stacked one. */
const COLOURS = ["#1f6f8b", "#e07a1f", "#4c9a2a", "#a23b72", "#6c5b7b", "#c9a227", "#2e86ab", "#8d6a9f", "#777777"];
/** At most this many bars per chart; the table below has every row. */
export const MAX_BARS = 15;

/** The bars of a table's chart (domain/report-charts.ts): a name, and per drawn column its figure. */
export function chartBars(
  table: ReportTableData,
  language: ReportLanguage,
  codeNames: CodeNames = {},
): { name: string; parts: number[]; total: number; text: string }[] {
  const plan = chartPlan(table);
  const unit = plan.columns.length ? table.columns[plan.columns[0]].unit : "COUNT";
  return plan.rows.slice(0, MAX_BARS).map((r) => {
    const row = table.rows[r];
    const parts = plan.columns.map((c) => (typeof row.values[c] === "number" ? (row.values[c] as number) : 0));
    const total = parts.reduce((sum, v) => sum + v, 0);
    return { name: keyName(row, language, codeNames), parts, total, text: figureWithUnit(total, unit, language) };
  });
}

export function reportPdf(report: ReportData, language: ReportLanguage, names: ReportScopeNames, options: ReportPdfOptions): Promise<Buffer> {
  const text = REPORT_FILE_TEXT[language];
  const period = periodName(report.period, isoDay(report.start), language);
  const title = report.period === "QUARTER" ? text.quarterlyTitle : text.title;
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    compress: options.compress ?? true,
    bufferPages: true,
    info: { Title: `${title} ${period}`, Author: "Sleutelkaart" },
  });
  const done = pdfBytes(doc);
  const safe = useBodyFont(doc, options.fontPath);
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN - 20;
  const room = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };

  doc.fontSize(20).text(safe(title));
  doc
    .moveDown(0.3)
    .fontSize(13)
    .text(safe(names.funder ?? text.allFunders));
  doc.moveDown(0.5).fontSize(10);
  const fact = (label: string, value: string) => doc.text(safe(`${label}: ${value}`));
  fact(text.period, `${period} (${isoDay(report.start)} – ${isoDay(report.end)})`);
  fact(text.scope, text.scopes[report.scope] ?? report.scope);
  if (names.province) fact(text.province, names.province);
  if (names.municipalities.length) fact(text.municipalities, names.municipalities.join(", "));
  fact(text.funder, names.funder ?? text.allFunders);

  let section = "";
  for (const table of report.tables) {
    if (table.section !== section) {
      section = table.section;
      room(80);
      doc
        .moveDown(1)
        .fontSize(15)
        .fillColor("black")
        .text(safe(sectionName(section, language)), MARGIN);
    }
    room(60);
    doc
      .moveDown(0.6)
      .fontSize(12)
      .text(safe(tableName(table.code, language)), MARGIN);
    doc.moveDown(0.3).fontSize(9);
    if (table.rows.length === 0) {
      doc.text(safe(text.noRows), MARGIN);
      continue;
    }
    drawChart(table);
    drawTable(table);
  }

  doc.moveDown(1.5).fontSize(8).fillColor("black");
  room(30);
  doc.text(safe(text.suppressedNote), MARGIN);
  doc.text(
    safe(`${text.generated} ${report.generatedAt.toISOString().slice(0, 10)} ${report.generatedAt.toISOString().slice(11, 16)} UTC — Sleutelkaart`),
    MARGIN,
  );

  const pages = doc.bufferedPageRange();
  for (let i = 0; i < pages.count; i++) {
    doc.switchToPage(pages.start + i);
    // Below the bottom margin: without lifting it pdfkit would start a new page for the footer.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .fontSize(8)
      .fillColor("gray")
      .text(safe(`${title} — ${period} — ${text.page(i + 1, pages.count)}`), MARGIN, doc.page.height - MARGIN + 10, {
        width,
        align: "center",
        lineBreak: false,
      });
    doc.page.margins.bottom = margin;
  }
  doc.end();
  return done;

  /** Horizontal bars, one per row: the name left, the bar (stacked: one colour per column, a legend above), its figure right. */
  function drawChart(table: ReportTableData) {
    const bars = chartBars(table, language, names.codeNames);
    if (bars.length === 0) return;
    const plan = chartPlan(table);
    const labelWidth = width * 0.35;
    const valueWidth = 70;
    const barSpace = width - labelWidth - valueWidth - 10;
    const barHeight = 10;
    const step = 14;
    const max = Math.max(...bars.map((b) => b.total), 0);
    room(bars.length * step + 20 + (plan.stacked ? 12 : 0));
    doc.fontSize(7).fillColor("gray");
    if (plan.stacked) {
      let x = MARGIN;
      const y = doc.y;
      plan.columns.forEach((c, i) => {
        const name = safe(columnName(table.columns[c].code, language));
        doc.rect(x, y + 1, 6, 6).fill(COLOURS[i % COLOURS.length]);
        doc.fillColor("gray").text(name, x + 8, y, { lineBreak: false });
        x += 8 + doc.widthOfString(name) + 10;
      });
      doc.x = MARGIN;
      doc.y = y + 10;
      doc.text(safe(unitName(table.columns[plan.columns[0]].unit, language)), MARGIN);
    } else doc.text(safe(`${columnName(table.columns[plan.columns[0]].code, language)} (${unitName(table.columns[plan.columns[0]].unit, language)})`), MARGIN);
    let y = doc.y + 2;
    doc.fontSize(8);
    for (const bar of bars) {
      doc.fillColor("black").text(safe(bar.name), MARGIN, y, { width: labelWidth - 6, height: step, ellipsis: true, lineBreak: false });
      let x = MARGIN + labelWidth;
      bar.parts.forEach((part, i) => {
        const length = max > 0 ? (part / max) * barSpace : 0;
        if (length > 0) doc.rect(x, y, Math.max(length, 0.5), barHeight).fill(COLOURS[i % COLOURS.length]);
        x += Math.max(length, 0);
      });
      doc.fillColor("black").text(safe(bar.text), x + 4, y, { width: valueWidth, lineBreak: false });
      y += step;
    }
    doc.x = MARGIN;
    doc.y = y + 6;
  }

  /** The table: names, then one column per figure, with its unit. */
  function drawTable(table: ReportTableData) {
    const nameWidth = Math.min(width * 0.34, width - table.columns.length * 50);
    const cellWidth = (width - nameWidth) / Math.max(table.columns.length, 1);
    const line = (cells: string[], bold: boolean) => {
      const heights = cells.map((cell, i) => doc.heightOfString(safe(cell), { width: (i === 0 ? nameWidth : cellWidth) - 4 }));
      const height = Math.max(...heights, 10) + 3;
      room(height);
      const y = doc.y;
      doc.fillColor(bold ? "#333333" : "black");
      cells.forEach((cell, i) => {
        const x = i === 0 ? MARGIN : MARGIN + nameWidth + (i - 1) * cellWidth;
        doc.text(safe(cell), x, y, { width: (i === 0 ? nameWidth : cellWidth) - 4, align: i === 0 ? "left" : "right" });
      });
      doc.x = MARGIN;
      doc.y = y + height;
      doc
        .moveTo(MARGIN, doc.y - 1.5)
        .lineTo(MARGIN + width, doc.y - 1.5)
        .lineWidth(0.3)
        .strokeColor("#cccccc")
        .stroke();
    };
    doc.fontSize(8);
    line(["", ...table.columns.map((c) => columnName(c.code, language))], true);
    for (const row of table.rows)
      line([keyName(row, language, names.codeNames), ...table.columns.map((c, i) => figureWithUnit(row.values[i], c.unit, language))], false);
    doc.fillColor("black");
  }
}
