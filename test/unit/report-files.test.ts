// The report files (issue 20) made from a hand-built Report: the CSV's lines, the
// workbook's sheets and number formats, the PDF's words and figures, and the words of
// codes in Dutch and English. The API test (test/api/report-files.test.ts) checks that
// the files the server serves carry the query's figures.
import ExcelJS from "exceljs";
import { readCsvRows } from "../../server/src/domain/csv";
import { HARD_RULES } from "../../server/src/domain/matching";
import { chartPlan } from "../../server/src/domain/report-charts";
import { REPORT_KEY_WORDS, figureWithUnit, keyName, periodName, plainFigure, tableName } from "../../server/src/domain/report-words";
import type { ReportData } from "../../server/src/report-files/report";
import { reportCsv, reportLines } from "../../server/src/report-files/report.csv";
import { chartBars, reportPdf } from "../../server/src/report-files/report.pdf";
import { NUMBER_FORMATS, reportXlsx, sheetName } from "../../server/src/report-files/report.xlsx";
import { fileName, parseReportQuery } from "../../server/src/report-files/reports.router";
import { pdfText } from "../support/pdf-text";
import { matchingMessagesEn } from "../../admin/src/i18n/matching.en";
import { matchingMessagesNl } from "../../admin/src/i18n/matching.nl";
import { referralsEn } from "../../admin/src/i18n/referrals.en";
import { referralsNl } from "../../admin/src/i18n/referrals.nl";

const FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

const REPORT: ReportData = {
  period: "QUARTER",
  start: "2025-04-01",
  end: "2025-06-30",
  scope: "NATIONAL",
  generatedAt: new Date("2025-07-02T08:30:00Z"),
  tables: [
    {
      code: "REQUESTS_BY_KIND",
      section: "REQUESTS",
      chart: "BAR",
      columns: [
        { code: "REQUESTS", unit: "COUNT" },
        { code: "MATCHED_SHARE", unit: "PERCENT" },
      ],
      rows: [
        { keyKind: "REQUEST_KIND", key: "CASE_SUPPORT", label: null, values: [12, 75] },
        { keyKind: "REQUEST_KIND", key: "APPOINTMENT", label: null, values: [3, 33.333333] },
        { keyKind: "TOTAL", key: "TOTAL", label: null, values: [15, 66.666667] },
      ],
    },
    {
      code: "REQUESTS_BY_LANGUAGE",
      section: "REQUESTS",
      chart: "BAR",
      columns: [{ code: "REQUESTS", unit: "COUNT" }],
      rows: [
        { keyKind: "LANGUAGE", key: "tir", label: "Tigrinya ትግርኛ", values: [9] },
        { keyKind: "LANGUAGE", key: "ara", label: "Arabisch", values: [null] },
      ],
    },
    {
      code: "HOURS_BY_ACTIVITY_AND_FUNDER",
      section: "HOURS",
      chart: "STACKED_BAR",
      columns: [
        { code: "DECLARED_HOURS", unit: "HOURS" },
        { code: "ALLOWANCES", unit: "EUROS" },
      ],
      rows: [{ keyKind: "FUNDER", key: "ORGANISATION:7", label: "GGD Haaglanden", values: [12.5, 187.5] }],
    },
    { code: "LEAVING_REASONS", section: "KEY_PERSONS", chart: "NONE", columns: [{ code: "COUNT", unit: "COUNT" }], rows: [] },
  ],
};

const NAMES = { funder: "GGD Haaglanden", province: null, municipalities: [] };

describe("the words of a report", () => {
  test.each([
    ["MONTH", "2025-03-01", "nl", "maart 2025"],
    ["MONTH", "2025-03-01", "en", "March 2025"],
    ["QUARTER", "2025-04-01", "nl", "2e kwartaal 2025"],
    ["QUARTER", "2025-10-01", "en", "Q4 2025"],
    ["YEAR", "2025-01-01", "nl", "2025"],
  ] as const)("%s from %s in %s is %s", (period, start, language, expected) => {
    expect(periodName(period, start, language)).toBe(expected);
  });

  test.each([
    [12, "COUNT", "nl", "12"],
    [12.5, "HOURS", "nl", "12,50 uur"],
    [187.5, "EUROS", "en", "€ 187.50"],
    [33.333333, "PERCENT", "nl", "33,3%"],
    [4.25, "DAYS", "en", "4.3 days"],
    [null, "COUNT", "en", "—"],
  ] as const)("%s %s in %s reads %s", (value, unit, language, expected) => {
    expect(figureWithUnit(value, unit, language)).toBe(expected);
  });

  test("a name from data is shown as it is; a code is worded; an unknown code stays a code", () => {
    expect(keyName({ keyKind: "LANGUAGE", key: "tir", label: "Tigrinya" }, "en")).toBe("Tigrinya");
    expect(keyName({ keyKind: "REQUEST_KIND", key: "CASE_SUPPORT", label: null }, "nl")).toBe("Begeleiding van een casus");
    expect(keyName({ keyKind: "LEAVING_REASON", key: "OTHER" }, "nl")).toBe("Anders");
    expect(keyName({ keyKind: "RULE", key: "DECLINED" }, "nl")).toBe("Afgewezen");
    expect(keyName({ keyKind: "RULE", key: "NO_SUCH_RULE" }, "en")).toBe("NO_SUCH_RULE");
    expect(tableName("NO_SUCH_TABLE", "nl")).toBe("NO_SUCH_TABLE");
    expect(plainFigure(33.333333, "nl")).toBe("33,333333");
  });
});

describe("the CSV", () => {
  test("one line per figure, unrounded, with Dutch words and a decimal comma", () => {
    const csv = reportCsv(REPORT, "nl");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = readCsvRows(csv.slice(1), ";");
    expect(rows[0]).toEqual(["tabel", "tabelnaam", "soort", "code", "naam", "kolom", "kolomnaam", "eenheid", "waarde"]);
    // 3 rows × 2 columns + 2 × 1 + 1 × 2; the empty table has no lines
    expect(rows).toHaveLength(1 + 6 + 2 + 2);
    expect(rows[1]).toEqual([
      "REQUESTS_BY_KIND",
      "Aanvragen per soort",
      "REQUEST_KIND",
      "CASE_SUPPORT",
      "Begeleiding van een casus",
      "REQUESTS",
      "Aanvragen",
      "aantal",
      "12",
    ]);
    expect(rows[4]).toEqual(expect.arrayContaining(["APPOINTMENT", "MATCHED_SHARE", "33,333333"]));
    expect(rows.find((r) => r[3] === "ara")![8]).toBe("");
    expect(rows.find((r) => r[3] === "tir")![4]).toBe("Tigrinya ትግርኛ");
    expect(csv.split("\r\n")).toHaveLength(rows.length + 1);
  });

  test("in English with a decimal point", () => {
    const lines = reportLines(REPORT, "en");
    expect(lines.find((l) => l[3] === "ORGANISATION:7" && l[5] === "ALLOWANCES")).toEqual([
      "HOURS_BY_ACTIVITY_AND_FUNDER",
      "Hours and allowances by activity and funder",
      "FUNDER",
      "ORGANISATION:7",
      "GGD Haaglanden",
      "ALLOWANCES",
      "Allowances",
      "euros",
      "187.5",
    ]);
  });
});

describe("the workbook", () => {
  test("a summary, one sheet per table with numbers and formats per unit, and the data in long form", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await reportXlsx(REPORT, "en", NAMES, "Sleutelkaart report")) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Summary",
      "Requests by kind",
      "Requests by language",
      "Hours and allowances by activit",
      "Reasons for leaving",
      "Data",
    ]);
    const summary = workbook.getWorksheet("Summary")!;
    expect(summary.getCell("B2").value).toBe("Q2 2025 (2025-04-01 – 2025-06-30)");
    const byKind = workbook.getWorksheet("Requests by kind")!;
    expect(byKind.getRow(4).values).toEqual([undefined, "Name", "Code", "Requests (count)", "Share matched (%)"]);
    expect(byKind.getRow(6).values).toEqual([undefined, "Accompanying to one appointment", "APPOINTMENT", 3, 33.333333]);
    expect(byKind.getCell("C6").numFmt).toBe(NUMBER_FORMATS.COUNT);
    expect(byKind.getCell("D6").numFmt).toBe(NUMBER_FORMATS.PERCENT);
    const hours = workbook.getWorksheet("Hours and allowances by activit")!;
    expect(hours.getRow(5).values).toEqual([undefined, "GGD Haaglanden", "ORGANISATION:7", 12.5, 187.5]);
    expect(hours.getCell("D5").numFmt).toBe(NUMBER_FORMATS.EUROS);
    const language = workbook.getWorksheet("Requests by language")!;
    expect(language.getCell("C6").value).toBeNull();
    expect(workbook.getWorksheet("Reasons for leaving")!.getCell("A5").value).toBe("No data in this period.");
    expect(workbook.getWorksheet("Data")!.rowCount).toBe(1 + 10);
  });

  test("sheet names follow Excel's rules", () => {
    const taken = new Set<string>();
    expect(sheetName("a/b:c", taken)).toBe("a b c");
    expect(sheetName("A B C", taken)).toBe("A B C 2");
    expect(sheetName("x".repeat(40), taken)).toHaveLength(31);
  });
});

describe("what a chart draws", () => {
  const columns = ["CASE_SUPPORT", "CONSULT", "TRAINING", "DECLARED_HOURS", "APPROVED_HOURS"].map((code) => ({ code, unit: "HOURS" }));
  test.each([
    ["BAR", [0], false],
    ["STACKED_BAR", [0, 1, 2], true],
    ["NONE", [], false],
  ] as const)("%s: columns %j, stacked %s", (chart, drawn, stacked) => {
    const plan = chartPlan({ chart, columns: [...columns, { code: "ALLOWANCES", unit: "EUROS" }], rows: [] });
    expect(plan.columns).toEqual(drawn);
    expect(plan.stacked).toBe(stacked);
  });

  test("rows: not the total, not one without any drawn figure", () => {
    const plan = chartPlan({
      chart: "STACKED_BAR",
      columns: columns.slice(0, 2),
      rows: [
        { keyKind: "FUNDER", values: [null, 2] },
        { keyKind: "FUNDER", values: [null, null] },
        { keyKind: "TOTAL", values: [1, 2] },
      ],
    });
    expect(plan.rows).toEqual([0]);
  });
});

describe("the words agree with the console's", () => {
  test.each([
    ["REQUEST_KIND", matchingMessagesNl.matching.enums.kind, matchingMessagesEn.matching.enums.kind],
    ["REFERRAL_STATE", referralsNl.referrals.enums.state, referralsEn.referrals.enums.state],
  ] as const)("%s", (kind, nl, en) => {
    expect(Object.fromEntries(Object.entries(REPORT_KEY_WORDS[kind]).map(([k, v]) => [k, v.nl]))).toEqual(nl);
    expect(Object.fromEntries(Object.entries(REPORT_KEY_WORDS[kind]).map(([k, v]) => [k, v.en]))).toEqual(en);
  });

  test("the rules of matching", () => {
    const rules = REPORT_KEY_WORDS.RULE;
    expect(Object.keys(rules).sort()).toEqual([...HARD_RULES].sort());
    for (const rule of HARD_RULES) {
      expect(rules[rule].nl).toBe(matchingMessagesNl.matching.rules[rule].label);
      expect(rules[rule].en).toBe(matchingMessagesEn.matching.rules[rule].label);
    }
  });
});

describe("the PDF", () => {
  test("title, funder, period, every table with its figures, and the day it was made", async () => {
    const pdf = await reportPdf(REPORT, "nl", NAMES, { fontPath: FONT });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(pdf);
    for (const expected of [
      "Kwartaalrapportage Sleutelkaart",
      "GGD Haaglanden",
      "Periode: 2e kwartaal 2025 (2025-04-01 – 2025-06-30)",
      "Bereik: Landelijk",
      "Aanvragen per soort",
      "Begeleiding van een casus",
      "33,3%",
      "12,50 uur",
      "€ 187,50",
      "Geen gegevens in deze periode.",
      "Opgesteld op 2025-07-02 08:30 UTC",
    ])
      expect(text).toContain(expected);
  });

  test("the chart draws the first column of rows with a figure: not the total, not a suppressed one", () => {
    expect(chartBars(REPORT.tables[0], "en")).toEqual([
      { name: "Case support", parts: [12], total: 12, text: "12" },
      { name: "Accompanying to one appointment", parts: [3], total: 3, text: "3" },
    ]);
    expect(chartBars(REPORT.tables[1], "en")).toEqual([{ name: "Tigrinya ትግርኛ", parts: [9], total: 9, text: "9" }]);
    expect(chartBars(REPORT.tables[3], "en")).toEqual([]);
  });
});

describe("the files' query string", () => {
  test("mirrors ReportInput: municipalities comma-separated or repeated, empty values left out", () => {
    expect(parseReportQuery({ period: "MONTH", start: "2025-03-01", municipalityCodes: "GM0363, GM0344", funder: "" }, null)).toEqual({
      period: "MONTH",
      start: "2025-03-01",
      municipalityCodes: ["GM0363", "GM0344"],
      provinceCode: null,
      funder: null,
    });
    expect(parseReportQuery({ start: "2025-04-01", municipalityCodes: ["GM0363", "GM0344"], provinceCode: "PV27" }, "QUARTER")).toMatchObject({
      period: "QUARTER",
      municipalityCodes: ["GM0363", "GM0344"],
      provinceCode: "PV27",
    });
  });

  test.each([
    [{ start: "2025-04-01" }, "period", "VALUE_REQUIRED"],
    [{ period: "WEEK", start: "2025-04-01" }, "period", "INVALID_INPUT"],
    [{ period: "YEAR" }, "start", "VALUE_REQUIRED"],
    [{ period: "YEAR", start: "2025-02-30" }, "start", "NOT_A_DATE"],
    [{ period: "YEAR", start: "2025-01-01", funder: ["A", "B"] }, "funder", "INVALID_INPUT"],
  ])("%j is refused: %s %s", (query, field, reason) => {
    try {
      parseReportQuery(query, null);
      throw new Error("not refused");
    } catch (error) {
      expect(error).toMatchObject({ field, reason: { code: reason } });
    }
  });

  test("file names say what, when and for which funder", () => {
    const input = { period: "QUARTER" as const, start: "2025-04-01", funder: "ORGANISATION:7" };
    expect(fileName("pdf", REPORT, input, "nl")).toBe("sleutelkaart-kwartaalrapportage-2025-Q2-organisation-7.pdf");
    expect(fileName("csv", { ...REPORT, period: "MONTH", start: "2025-03-01" }, { ...input, funder: null }, "en")).toBe("sleutelkaart-report-2025-03.csv");
    expect(fileName("xlsx", { ...REPORT, period: "YEAR", start: "2025-01-01" }, { ...input, funder: "NATIONAL_SCHEME" }, "nl")).toBe(
      "sleutelkaart-rapportage-2025-national-scheme.xlsx",
    );
  });
});
