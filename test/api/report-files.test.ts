// The report as files (issue 20): GET /api/reports/report.csv, report.xlsx and
// quarterly.pdf carry the very figures of the query `report(input)` for the same input and
// caller — the CSV's and the workbook's read back and compared figure by figure, the PDF's
// text read back (test/support/pdf-text.ts) — in Dutch and English; refusals as JSON with
// a code and a reason; every download audited.
import ExcelJS from "exceljs";
import { ManualClock } from "../../server/src/clock";
import { readCsvRows } from "../../server/src/domain/csv";
import { REPORT_COLUMN_WORDS, REPORT_KEY_WORDS, REPORT_TABLE_WORDS, figureWithUnit, keyName, tableName } from "../../server/src/domain/report-words";
import { ok } from "../support/graphql";
import { OversightWorld, type Account, type KeyPerson, type Organisation } from "../support/oversight-fixtures";
import { pdfText } from "../support/pdf-text";
import type { TestServer } from "../support/server";

jest.setTimeout(120_000);

const clock = new ManualClock(new Date("2025-06-16T10:00:00Z"));
let server: TestServer;
let world: OversightWorld;
let org: Organisation;
let kp: KeyPerson;
let regional: Account;

interface Table {
  code: string;
  section: string;
  chart: string;
  columns: { code: string; unit: string }[];
  rows: { keyKind: string; key: string; label: string | null; values: (number | null)[] }[];
}
interface Report {
  period: string;
  start: string;
  end: string;
  scope: string;
  generatedAt: string;
  tables: Table[];
}

const REPORT = `query($input: ReportInput!) { report(input: $input) { period start end scope generatedAt
  tables { code section chart columns { code unit } rows { keyKind key label values } } } }`;

const Q2 = { period: "QUARTER", start: "2025-04-01" };

const query = async (input: Record<string, unknown>, token: string): Promise<Report> => (await ok(world.url, REPORT, { input }, token)).report;

const get = (path: string, token?: string) => fetch(`${world.url}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });

const file = async (path: string, token: string) => {
  const response = await get(path, token);
  expect(response.status).toBe(200);
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
};

/** Every figure of the report as [table, keyKind, key, column, value]. */
const figures = (report: Report) =>
  report.tables.flatMap((t) => t.rows.flatMap((r) => t.columns.map((c, i) => [t.code, r.keyKind, r.key, c.code, r.values[i]] as const)));

beforeAll(async () => {
  ({ server, world } = await OversightWorld.start(clock));
  org = await world.organisation("GGD Amsterdam", "GM0363");
  kp = await world.keyPerson({ name: "Selam Tesfay" });
  const first = await world.assignment(org, kp);
  const second = await world.assignment(org, kp, { languageCodes: ["tir"] });
  await world.declare(kp, first, "2025-06-16", 2.5);
  await world.declare(kp, second, "2025-06-16", 1.25);
  regional = await world.regionalCoordinator(["GM0363"]);
});
afterAll(async () => {
  await server?.stop();
});

describe("the CSV", () => {
  test("one line per figure of the query, in Dutch with a decimal comma; audited", async () => {
    const report = await query(Q2, world.coordinator);
    expect(figures(report).length).toBeGreaterThan(20);
    const { rows, result } = await world.audited("exportReport", () => file("/api/reports/report.csv?period=QUARTER&start=2025-04-01", world.coordinator));
    const { response, bytes } = result;
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="sleutelkaart-rapportage-2025-Q2.csv"');
    const text = bytes.toString("utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const [header, ...lines] = readCsvRows(text.slice(1), ";").filter((line) => line.length > 1);
    expect(header).toEqual(["tabel", "tabelnaam", "soort", "code", "naam", "kolom", "kolomnaam", "eenheid", "waarde"]);
    const fromCsv = lines.map((l) => [l[0], l[2], l[3], l[5], l[8] === "" ? null : Number(l[8].replace(",", "."))]);
    expect(fromCsv).toEqual(figures(report));
    // the hours declared above: 2.5 + 1.25 for the organisation as funder
    const hours = report.tables.find((t) => t.code === "HOURS_BY_ACTIVITY_AND_FUNDER")!;
    const declared = hours.columns.findIndex((c) => c.code === "DECLARED_HOURS");
    expect(hours.rows.find((r) => r.keyKind === "TOTAL")!.values[declared]).toBe(3.75);
    expect(lines.find((l) => l[0] === "HOURS_BY_ACTIVITY_AND_FUNDER" && l[2] === "TOTAL" && l[5] === "DECLARED_HOURS")![8]).toBe("3,75");
    expect(rows).toHaveLength(1);
    expect(rows[0].entity_type).toBe("Report");
    expect(rows[0].detail).toMatchObject({ format: "csv", language: "nl", period: "QUARTER", start: "2025-04-01", scope: "NATIONAL" });
  });

  test("in English, narrowed to a municipality and a funder: the same figures as the query for that input", async () => {
    const input = { ...Q2, municipalityCodes: ["GM0363"], funder: `ORGANISATION:${org.id}` };
    const report = await query(input, world.coordinator);
    const { bytes } = await file(
      `/api/reports/report.csv?period=QUARTER&start=2025-04-01&municipalityCodes=GM0363&funder=ORGANISATION:${org.id}&lang=en`,
      world.coordinator,
    );
    const [header, ...lines] = readCsvRows(bytes.toString("utf8").slice(1), ";").filter((line) => line.length > 1);
    expect(header[0]).toBe("table");
    expect(lines.map((l) => [l[0], l[2], l[3], l[5], l[8] === "" ? null : Number(l[8])])).toEqual(figures(report));
    expect(lines[0][1]).toBe(tableName(report.tables[0].code, "en"));
  });
});

describe("the words", () => {
  test("every table, column and coded key of the national report has Dutch and English words", async () => {
    const report = await query(Q2, world.coordinator);
    const DATA_KINDS = new Set(["LANGUAGE", "EXPERTISE", "MUNICIPALITY", "PROVINCE", "FUNDER"]);
    const missing = report.tables.flatMap((t) => [
      ...(REPORT_TABLE_WORDS[t.code] ? [] : [`table ${t.code}`]),
      ...t.columns.filter((c) => !REPORT_COLUMN_WORDS[c.code]).map((c) => `column ${t.code}.${c.code}`),
      ...t.rows
        .filter((r) => !r.label && !(DATA_KINDS.has(r.keyKind) && r.key !== "NATIONAL_SCHEME") && !REPORT_KEY_WORDS[r.keyKind]?.[r.key])
        .map((r) => `key ${r.keyKind}.${r.key}`),
    ]);
    expect(missing).toEqual([]);
  });
});

describe("the workbook", () => {
  test("a sheet per table holding the query's figures as numbers, and the data sheet", async () => {
    const report = await query(Q2, world.coordinator);
    const { response, bytes } = await file("/api/reports/report.xlsx?period=QUARTER&start=2025-04-01&lang=en", world.coordinator);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("content-disposition")).toContain("sleutelkaart-report-2025-Q2.xlsx");
    // expertise areas are codes in the report, named from reference data in the files
    const { expertiseAreas } = await ok(world.url, `{ expertiseAreas { code name } }`, {}, world.coordinator);
    const EXPERTISE = new Map<string, { nl: string; en: string }>(
      expertiseAreas.map((e: { code: string; name: string }) => [e.code, { nl: e.name, en: e.name }]),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets).toHaveLength(report.tables.length + 2);
    expect(workbook.worksheets[0].name).toBe("Summary");
    report.tables.forEach((table, t) => {
      const sheet = workbook.worksheets[t + 1];
      expect(sheet.getCell("A1").value).toBe(tableName(table.code, "en"));
      table.rows.forEach((row, r) => {
        const line = sheet.getRow(5 + r);
        expect(line.getCell(1).value).toBe(keyName(row, "en", { EXPERTISE }));
        if (row.keyKind === "EXPERTISE") expect(line.getCell(1).value).not.toBe(row.key);
        expect(line.getCell(2).value).toBe(row.key);
        expect(table.columns.map((_, c) => line.getCell(3 + c).value ?? null)).toEqual(row.values);
      });
    });
    const data = workbook.worksheets[workbook.worksheets.length - 1];
    const fromData: unknown[] = [];
    data.eachRow((row, n) => {
      if (n > 1) fromData.push([row.getCell(1).value, row.getCell(3).value, row.getCell(4).value, row.getCell(6).value, row.getCell(9).value ?? null]);
    });
    expect(fromData).toEqual(figures(report));
  });
});

describe("the quarterly PDF", () => {
  test("per funder: its name, the period and the figures of the query", async () => {
    const funder = `ORGANISATION:${org.id}`;
    const report = await query({ ...Q2, funder }, world.coordinator);
    const { response, bytes } = await file(`/api/reports/quarterly.pdf?start=2025-04-01&funder=${funder}`, world.coordinator);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toContain(`sleutelkaart-kwartaalrapportage-2025-Q2-organisation-${org.id}.pdf`);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(bytes);
    expect(text).toContain("Kwartaalrapportage Sleutelkaart");
    expect(text).toContain("GGD Amsterdam");
    expect(text).toContain("Periode: 2e kwartaal 2025 (2025-04-01 – 2025-06-30)");
    expect(text).toContain(`Opgesteld op ${report.generatedAt.slice(0, 10)}`);
    for (const table of report.tables) {
      expect(text).toContain(tableName(table.code, "nl"));
      for (const row of table.rows) table.columns.forEach((c, i) => expect(text).toContain(figureWithUnit(row.values[i], c.unit, "nl")));
    }
    expect(text).toContain("3,75 uur");
  });
});

describe("who may download, and refusals", () => {
  test("without a token: 401", async () => {
    const response = await get("/api/reports/report.csv?period=QUARTER&start=2025-04-01");
    expect(response.status).toBe(401);
    expect((await response.json()).error).toMatchObject({ code: "UNAUTHENTICATED", reason: "NOT_SIGNED_IN" });
  });

  test("a key person: 403", async () => {
    for (const path of ["report.csv", "report.xlsx", "quarterly.pdf"]) {
      const response = await get(`/api/reports/${path}?period=QUARTER&start=2025-04-01`, kp.token);
      expect(response.status).toBe(403);
      expect((await response.json()).error).toMatchObject({ code: "FORBIDDEN", reason: "ROLE_NOT_ALLOWED" });
    }
  });

  test("a regional coordinator: their region yes, a municipality outside it 403", async () => {
    const report = await query(Q2, regional.token);
    expect(report.scope).toBe("REGION");
    const { bytes } = await file("/api/reports/report.csv?period=QUARTER&start=2025-04-01", regional.token);
    expect(readCsvRows(bytes.toString("utf8").slice(1), ";").filter((l) => l.length > 1)).toHaveLength(figures(report).length + 1);
    const response = await get("/api/reports/report.xlsx?period=QUARTER&start=2025-04-01&municipalityCodes=GM0344", regional.token);
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe("FORBIDDEN");
  });

  test("an organisation reads its own report", async () => {
    const report = await query(Q2, org.token);
    expect(report.scope).toBe("ORGANISATION");
    const { bytes } = await file("/api/reports/quarterly.pdf?start=2025-04-01", org.token);
    expect(pdfText(bytes)).toContain("Bereik: Organisatie");
  });

  test.each([
    ["period=WEEK&start=2025-04-01", "INVALID_INPUT", "period"],
    ["start=2025-04-01", "VALUE_REQUIRED", "period"],
    ["period=QUARTER", "VALUE_REQUIRED", "start"],
    ["period=QUARTER&start=1-4-2025", "NOT_A_DATE", "start"],
    ["period=QUARTER&start=2025-05-01", "REPORT_PERIOD_START", undefined],
  ])("bad input %s: 400 %s", async (params, reason, field) => {
    const response = await get(`/api/reports/report.csv?${params}`, world.coordinator);
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error).toMatchObject({ code: "BAD_USER_INPUT", reason });
    if (field) expect(error.field).toBe(field);
  });
});
