// The import takes the files people have: a CSV as a Dutch spreadsheet program saves it
// (Windows-1252, semicolons), UTF-8 with or without a byte order mark, and the Excel
// workbook itself (.xlsx). Each gives the same dry-run report as the UTF-8 CSV of the same
// rows. The files are made here: cp1252 bytes by iconv-lite, the workbook by ExcelJS.
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { type DemoRole, startDemoServer } from "../support/fixtures";
import { rowCounts } from "../support/graphql";
import type { TestServer } from "../support/server";

jest.setTimeout(120_000);

let server: TestServer;
let tokens: Record<DemoRole, string>;

beforeAll(async () => {
  ({ server, tokens } = await startDemoServer());
});
afterAll(async () => {
  await server?.stop();
});

interface Report {
  delimiter: string;
  rows: { line: number; action: string; email: string; name: string; problems: { field: string | null; message: string }[] }[];
  summary: Record<string, number>;
  error?: { code: string; message: string };
}

async function upload(body: Buffer, dryRun = true, type = "application/octet-stream"): Promise<{ status: number; body: Report }> {
  const response = await fetch(`${server.url}/api/import/key-persons?dryRun=${dryRun}`, {
    method: "POST",
    headers: { "content-type": type, authorization: `Bearer ${tokens.COORDINATOR}` },
    body: new Uint8Array(body),
  });
  return { status: response.status, body: (await response.json()) as Report };
}

// Names and a dialect with letters outside ASCII, as Dutch files have them.
const HEADER = ["naam", "e-mail", "telefoon", "talen", "expertise", "gemeente", "uren_per_week", "op_afstand"];
const ROWS = [
  ["Zoë Ünal", "zoe.spreadsheet@example.nl", "+31 6 12345678", "Tigrinya (moedertaal)|Arabisch (vloeiend, Damasceens)", "SGBV", "Den Haag", "8", "ja"],
  ["Hélène Çelik", "helene.spreadsheet@example.nl", "", "tir:NATIVE", "", "’s-Hertogenbosch", "4,5", "nee"],
];
const csv = (separator: string) => [HEADER, ...ROWS].map((row) => row.join(separator)).join("\r\n") + "\r\n";

async function workbook(rows: (string | number)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Sleutelpersonen");
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

let reference: Report;

beforeAll(async () => {
  const { status, body } = await upload(Buffer.from(csv(";"), "utf8"));
  expect(status).toBe(200);
  reference = body;
  expect(reference.rows.map((r) => [r.name, r.action, r.problems])).toEqual([
    ["Zoë Ünal", "create", []],
    ["Hélène Çelik", "create", []],
  ]);
});

test.each<[string, () => Buffer | Promise<Buffer>]>([
  ['Windows-1252 with semicolons (Excel\'s "CSV (semicolon delimited)" in the Netherlands)', () => iconv.encode(csv(";"), "win1252")],
  ['UTF-8 with a byte order mark (Excel\'s "CSV UTF-8")', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv(";"), "utf8")])],
])("%s gives the same report as UTF-8", async (_what, make) => {
  const bytes = await make();
  const { status, body } = await upload(bytes);
  expect(status).toBe(200);
  expect(body).toEqual(reference);
});

test("a Windows-1252 file with non-ASCII bytes only far down is read as Windows-1252 throughout", async () => {
  const many = [HEADER.join(";")];
  for (let i = 0; i < 2000; i++) many.push(`Persoon ${i};persoon.${i}@example.nl;;tir:NATIVE;;Utrecht;4;nee`);
  many.push(ROWS[1].join(";"));
  const { status, body } = await upload(iconv.encode(many.join("\r\n") + "\r\n", "win1252"));
  expect(status).toBe(200);
  expect(body.rows.at(-1)).toMatchObject({ name: "Hélène Çelik", action: "create", problems: [] });
  expect(body.summary.create).toBe(2001);
});

test("an Excel workbook (.xlsx) gives the same report, numbers and all; no delimiter", async () => {
  const rows: (string | number)[][] = [HEADER, ROWS[0].map((cell, i) => (i === 6 ? 8 : cell)), ROWS[1].map((cell, i) => (i === 6 ? 4.5 : cell))];
  const { status, body } = await upload(await workbook(rows), true, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  expect(status).toBe(200);
  expect(body).toEqual({ ...reference, delimiter: "" });
});

test("an Excel workbook imports, in one go, like the CSV would", async () => {
  const before = await rowCounts(server.dataSource);
  const { status, body } = await upload(
    await workbook([HEADER, ["Amal Werkboek", "amal.werkboek@example.nl", "", "ara:NATIVE", "", "Utrecht", 6, "ja"]]),
    false,
  );
  expect(status).toBe(200);
  expect(body.summary).toMatchObject({ rows: 1, create: 1 });
  const [person] = await server.dataSource.query(
    `SELECT display_name, weekly_capacity_hours::float8 AS hours FROM key_person WHERE email = 'amal.werkboek@example.nl'`,
  );
  expect(person).toEqual({ display_name: "Amal Werkboek", hours: 6 });
  expect((await rowCounts(server.dataSource)).key_person).toBe(before.key_person + 1);
});
