// Importing key persons from CSV and exporting the registry and organisations, over HTTP
// against the real server: the dry-run report per row, nothing written on a dry run or
// with a refused row, the import in one go, and an export that imports again unchanged.
// Then bad files (empty, binary, 50 MB, missing columns, formulas), region limits, and
// the invitation link that works once.
import { parse } from "csv-parse/sync";
import { ManualClock } from "../../server/src/clock";
import { DEMO, DEMO_PASSWORD, DEMO_REGION, freshEmail, keyPersonInput, CREATE_KEY_PERSON, type DemoRole, startDemoServer } from "../support/fixtures";
import { gql, login, ok, rowCounts } from "../support/graphql";
import type { TestServer } from "../support/server";

jest.setTimeout(120_000);

let server: TestServer;
let tokens: Record<DemoRole, string>;
const clock = new ManualClock(new Date());
/** Invitation links are built from it, never from the request's Origin or Host. */
const PUBLIC_URL = "https://sleutelkaart.test";

beforeAll(async () => {
  ({ server, tokens } = await startDemoServer({ clock, env: { PUBLIC_URL } }));
});
afterAll(async () => {
  await server?.stop();
});

const sql = (text: string, params: unknown[] = []) => server.dataSource.query(text, params);

interface Report {
  dryRun: boolean;
  imported: boolean;
  delimiter: string;
  ignoredColumns: string[];
  rows: {
    line: number;
    action: string;
    email: string;
    name: string;
    problems: { field: string | null; message: string; code: string; params: Record<string, unknown> }[];
    changes?: string[];
    keyPersonId?: number;
    invitationUrl?: string;
  }[];
  summary: { rows: number; create: number; update: number; unchanged: number; refuse: number; invitations: number };
  error?: { code: string; message: string; reason: string; params: Record<string, unknown> };
}

async function upload(
  body: string | Buffer | ReadableStream,
  options: { dryRun?: boolean; token?: string | null; type?: string } = {},
): Promise<{ status: number; body: Report }> {
  const token = options.token === undefined ? tokens.COORDINATOR : options.token;
  const response = await fetch(`${server.url}/api/import/key-persons?dryRun=${options.dryRun ?? true}`, {
    method: "POST",
    headers: { "content-type": options.type ?? "text/csv", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
  return { status: response.status, body: (await response.json()) as Report };
}

async function download(path: string, token: string | null = tokens.COORDINATOR) {
  const response = await fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const bytes = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    disposition: response.headers.get("content-disposition"),
    bytes,
    text: bytes.toString("utf8"),
  };
}

/** The cells of a ";"-separated export. */
const records = (text: string): string[][] => parse(text, { delimiter: ";", bom: true });

const HEADER = "naam;e-mail;telefoon;talen;expertise;gemeente;uren_per_week;op_afstand";
const GOOD = [
  "Saba Importtest;saba.import@example.nl;+31 6 11111111;Tigrinya (moedertaal)|Nederlands;SGBV;Den Haag;8;ja",
  "Yonas Importtest;yonas.import@example.nl;;tir:NATIVE|Arabisch (vloeiend, Damasceens);;GM0363;4;nee",
];
const BAD = [
  "Klingon Spreker;klingon@example.nl;;Klingon;;Amsterdam;4;nee",
  "Foute Mail;geen-e-mailadres;;Tigrinya;;Utrecht;4;nee",
  "Dubbel;saba.import@example.nl;;Tigrinya;;Utrecht;4;nee",
  "=cmd|' /C calc'!A0;formula@example.nl;;Tigrinya;;Utrecht;4;nee",
  "Nergens;nergens@example.nl;;Tigrinya;;Atlantis;4;nee",
];
const file = (...rows: string[]) => `${HEADER}\r\n${rows.join("\r\n")}\r\n`;

describe("the dry run reports per row, and nothing is written", () => {
  test("good and bad rows: create, refuse with the reason; an update for a known e-mail address", async () => {
    const [existing] = await sql(
      `SELECT email, display_name FROM key_person WHERE home_municipality_code = 'GM0363' AND email LIKE '%@%' AND email <> $1 ORDER BY id LIMIT 1`,
      [DEMO.KEY_PERSON],
    );
    const update = `Nieuwe Naam;${existing.email.toUpperCase()};;tir:NATIVE;;Amsterdam;4;nee`;
    const before = await rowCounts(server.dataSource);
    const { status, body } = await upload(file(...GOOD, ...BAD, update));
    expect(status).toBe(200);
    expect(await rowCounts(server.dataSource)).toEqual(before);
    expect(body.dryRun).toBe(true);
    expect(body.imported).toBe(false);
    expect(body.delimiter).toBe(";");
    expect(body.rows.map((r) => [r.line, r.action])).toEqual([
      [2, "create"],
      [3, "create"],
      [4, "refuse"],
      [5, "refuse"],
      [6, "refuse"],
      [7, "refuse"],
      [8, "refuse"],
      [9, "update"],
    ]);
    const problems = (line: number) =>
      body.rows
        .find((r) => r.line === line)!
        .problems.map((p) => p.message)
        .join(" | ");
    expect(problems(4)).toMatch(/Unknown language "Klingon"/);
    expect(problems(5)).toMatch(/"geen-e-mailadres" is not an e-mail address/);
    expect(problems(6)).toMatch(/also on line 2/);
    expect(problems(7)).toMatch(/looks like a spreadsheet formula/);
    expect(problems(8)).toMatch(/Unknown municipality "Atlantis"/);
    // Each problem carries its code and params: the console words these, never the message.
    const coded = (line: number) => body.rows.find((r) => r.line === line)!.problems.map(({ field, code, params }) => ({ field, code, params }));
    expect(coded(4)).toContainEqual({ field: "languages", code: "IMPORT_UNKNOWN_NAME", params: { kind: "language", text: "Klingon" } });
    expect(coded(5)).toContainEqual({ field: "email", code: "NOT_AN_EMAIL", params: { value: "geen-e-mailadres" } });
    expect(coded(6)).toContainEqual({ field: "email", code: "IMPORT_EMAIL_TWICE", params: { email: expect.any(String), line: 2 } });
    expect(coded(7)).toContainEqual(expect.objectContaining({ code: "IMPORT_FORMULA" }));
    expect(coded(8)).toContainEqual({ field: "municipality", code: "IMPORT_UNKNOWN_NAME", params: { kind: "municipality", text: "Atlantis" } });
    expect(body.rows[7]).toMatchObject({ email: existing.email, changes: expect.arrayContaining(["displayName", "languages"]) });
    expect(body.summary).toEqual({ rows: 8, create: 2, update: 1, unchanged: 0, refuse: 5, invitations: 0 });
  });

  test("with a refused row, the import is refused (422) and nothing is written", async () => {
    const before = await rowCounts(server.dataSource);
    const { status, body } = await upload(file(...GOOD, BAD[0]), { dryRun: false });
    expect(status).toBe(422);
    expect(body.imported).toBe(false);
    expect(body.summary).toMatchObject({ create: 2, refuse: 1 });
    expect(await rowCounts(server.dataSource)).toEqual(before);
  });

  test("English headers, commas, coordinates instead of a municipality", async () => {
    const text = `name,email,languages,latitude,longitude,unknown column\nAmal Test,amal.test@example.nl,"ara:NATIVE|prs:BASIC:Herati",52.0928,5.1187,x\n`;
    const { status, body } = await upload(text);
    expect(status).toBe(200);
    expect(body.delimiter).toBe(",");
    expect(body.ignoredColumns).toEqual(["unknown column"]);
    expect(body.rows).toEqual([{ line: 2, action: "create", email: "amal.test@example.nl", name: "Amal Test", problems: [] }]);
  });
});

describe("the import", () => {
  let report: Report;

  beforeAll(async () => {
    const response = await upload(file(...GOOD), { dryRun: false });
    expect(response.status).toBe(200);
    report = response.body;
  });

  test("creates the key persons, with their accounts, in one go, with an audit entry", async () => {
    expect(report.imported).toBe(true);
    expect(report.summary).toMatchObject({ create: 2, refuse: 0, invitations: 2 });
    const rows = await sql(
      `SELECT kp.id, kp.display_name, kp.phone, kp.home_municipality_code, kp.home_lat, kp.home_lon, kp.weekly_capacity_hours, kp.remote_available,
         kp.profile_confirmed_at, u.role, u.password_hash,
         (SELECT string_agg(language_code || ':' || level, ',' ORDER BY language_code) FROM key_person_language WHERE key_person_id = kp.id) AS languages
       FROM key_person kp JOIN app_user u ON u.key_person_id = kp.id WHERE kp.email = $1`,
      ["saba.import@example.nl"],
    );
    expect(rows).toEqual([
      {
        id: report.rows[0].keyPersonId,
        display_name: "Saba Importtest",
        phone: "+31 6 11111111",
        home_municipality_code: "GM0518",
        home_lat: 52.07334,
        home_lon: 4.30921,
        weekly_capacity_hours: 8,
        remote_available: true,
        // Confirmed when they accept the invitation, not by the import.
        profile_confirmed_at: null,
        role: "KEY_PERSON",
        password_hash: expect.stringMatching(/^!unset:/),
        languages: "nld:FLUENT,tir:NATIVE",
      },
    ]);
    const audit = await sql(
      `SELECT action, entity_id, detail FROM audit_log WHERE action IN ('importKeyPersons', 'createKeyPerson') AND detail->>'via' = 'import' OR action = 'importKeyPersons' ORDER BY id`,
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual(["createKeyPerson", "createKeyPerson", "importKeyPersons"]);
    expect(audit[2].detail).toMatchObject({ rows: 2, created: 2 });
  });

  test("every created key person gets an invitation link, stored only as a hash", async () => {
    for (const row of report.rows) expect(row.invitationUrl).toMatch(new RegExp(`^${PUBLIC_URL}/#/invitation/[A-Za-z0-9_-]{43}$`));
    const [{ n }] = await sql(`SELECT count(*)::int AS n FROM invitation i JOIN app_user u ON u.id = i.user_id WHERE u.key_person_id = ANY($1)`, [
      report.rows.map((r) => r.keyPersonId),
    ]);
    expect(n).toBe(2);
    const token = report.rows[0].invitationUrl!.split("/").pop()!;
    expect(await sql(`SELECT 1 FROM invitation WHERE token_hash = $1`, [token])).toEqual([]);
  });

  test("the imported key persons are in the registry", async () => {
    const { keyPersons } = await ok(
      server.url,
      `{ keyPersons(filter: { q: "Importtest" }) { items { displayName homeMunicipality { code } } } }`,
      {},
      tokens.COORDINATOR,
    );
    expect(keyPersons.items).toEqual([
      { displayName: "Saba Importtest", homeMunicipality: { code: "GM0518" } },
      { displayName: "Yonas Importtest", homeMunicipality: { code: "GM0363" } },
    ]);
  });

  test("importing the same file again changes nothing", async () => {
    const auditCount = async () => (await sql(`SELECT count(*)::int AS n FROM audit_log`))[0].n as number;
    const before = await rowCounts(server.dataSource);
    const auditBefore = await auditCount();
    const { body } = await upload(file(...GOOD), { dryRun: false });
    expect(body.summary).toMatchObject({ create: 0, update: 0, unchanged: 2, refuse: 0 });
    expect(await rowCounts(server.dataSource)).toEqual(before); // rowCounts leaves the audit log out
    expect(await auditCount()).toBe(auditBefore + 1); // only the import's own entry
  });
});

describe("the export", () => {
  test("key persons: the import's columns, ';', a BOM, every key person; importing it changes nothing; exporting again gives the same file", async () => {
    const first = await download("/api/export/key-persons.csv");
    expect(first.status).toBe(200);
    expect(first.type).toBe("text/csv; charset=utf-8");
    expect(first.disposition).toMatch(/attachment; filename="sleutelkaart-sleutelpersonen-\d{4}-\d{2}-\d{2}\.csv"/);
    expect([...first.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = records(first.text);
    expect(header).toEqual([
      "naam",
      "e-mail",
      "telefoon",
      "gender",
      "geboortejaar",
      "talen",
      "expertise",
      "gemeente",
      "breedtegraad",
      "lengtegraad",
      "max_reisafstand_km",
      "op_afstand",
      "uren_per_week",
      "vergoeding",
      "herkomst",
      "status",
    ]);
    const [{ n }] = await sql(`SELECT count(*)::int AS n FROM key_person WHERE erased_at IS NULL`);
    expect(rows).toHaveLength(n);
    expect(rows.find((r) => r[1] === "saba.import@example.nl")).toEqual([
      "Saba Importtest",
      "saba.import@example.nl",
      "'+31 6 11111111",
      "",
      "",
      "tir:NATIVE|nld:FLUENT",
      "SGBV",
      "GM0518",
      "52,07334",
      "4,30921",
      "25",
      "ja",
      "8",
      "VOLUNTEER",
      "",
      "ACTIVE",
    ]);

    const before = await rowCounts(server.dataSource);
    const { status, body } = await upload(first.bytes, { dryRun: false });
    expect(status).toBe(200);
    expect(body.rows.filter((r) => r.action !== "unchanged")).toEqual([]);
    expect(body.summary).toMatchObject({ rows: n, unchanged: n });
    expect(await rowCounts(server.dataSource)).toEqual(before);

    const again = await download("/api/export/key-persons.csv");
    expect(again.text).toBe(first.text);
  });

  test("cells a spreadsheet would run are neutralised, and import back as they were", async () => {
    const name = '=HYPERLINK("http://evil.example";"klik")';
    await ok(server.url, CREATE_KEY_PERSON, { input: keyPersonInput({ displayName: name, email: freshEmail("formula") }) }, tokens.COORDINATOR);
    const { text, bytes } = await download("/api/export/key-persons.csv?lang=en");
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"";""klik"")"`);
    for (const record of records(text)) for (const cell of record) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const { body } = await upload(bytes);
    expect(body.summary.unchanged).toBe(body.summary.rows);
  });

  test("organisations: name, kind, municipality, neutralised", async () => {
    await ok(
      server.url,
      `mutation { createOrganisation(input: { name: "@Formule Stichting", kind: NGO, municipalityCode: "GM0344" }) { id } }`,
      {},
      tokens.COORDINATOR,
    );
    const { status, text } = await download("/api/export/organisations.csv");
    expect(status).toBe(200);
    const [header, ...rows] = records(text);
    expect(header).toEqual(["naam", "soort", "gemeente"]);
    const [{ n }] = await sql(`SELECT count(*)::int AS n FROM organisation`);
    expect(rows).toHaveLength(n);
    expect(rows).toContainEqual(["'@Formule Stichting", "NGO", "GM0344"]);
  });

  test("the template has the columns, and its example row imports", async () => {
    const { status, text, bytes } = await download("/api/import/key-persons/template.csv", null);
    expect(status).toBe(200);
    expect(records(text)[0][0]).toBe("naam");
    const { body } = await upload(bytes);
    expect(body.rows).toEqual([expect.objectContaining({ action: "create", problems: [] })]);
    expect(records((await download("/api/import/key-persons/template.csv?lang=en", null)).text)[0].slice(0, 3)).toEqual(["name", "email", "phone"]);
  });
});

describe("bad files are refused with a clear message, and change nothing", () => {
  test.each<[string, string | Buffer, string | undefined, number, string, RegExp]>([
    ["an empty file", "", undefined, 400, "EMPTY_FILE", /The file is empty/],
    ["a header only", `${HEADER}\r\n`, undefined, 400, "NO_ROWS", /no key persons under it/],
    [
      "an Excel workbook",
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]),
      "application/octet-stream",
      400,
      "NOT_CSV",
      /not an Excel workbook \(\.xlsx\) that can be read/,
    ],
    [
      "a PNG image",
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xd8]),
      "application/octet-stream",
      400,
      "NOT_CSV",
      /not text/,
    ],
    [
      "missing required columns",
      "naam;telefoon\r\nSaba;+31 6 1\r\n",
      undefined,
      400,
      "MISSING_COLUMNS",
      /lacks the required columns "e-mail" \/ "email", "talen" \/ "languages"/,
    ],
    ["an unclosed quote", `${HEADER}\r\n"Saba;saba@example.nl\r\n`, undefined, 400, "BAD_CSV", /quote .* never closed/],
    ["JSON", "{}", "application/json", 415, "UNSUPPORTED_MEDIA_TYPE", /Send the CSV file or Excel workbook \(\.xlsx\) itself/],
  ])("%s", async (_name, body, type, status, code, message) => {
    const before = await rowCounts(server.dataSource);
    const response = await upload(body, { type, dryRun: false });
    expect([response.status, response.body.error?.code]).toEqual([status, code]);
    expect(response.body.error!.message).toMatch(message);
    // A reason for the console, as the GraphQL errors carry it.
    expect(response.body.error).toMatchObject({ reason: expect.stringMatching(/^[A-Z_0-9]+$/), params: expect.any(Object) });
    expect(await rowCounts(server.dataSource)).toEqual(before);
  });

  test("a 50 MB body: 413 with a message, before it is read", async () => {
    const big = Buffer.alloc(50 * 1024 * 1024, "a;");
    const { status, body } = await upload(big, { dryRun: false });
    expect(status).toBe(413);
    expect(body.error).toEqual({
      code: "PAYLOAD_TOO_LARGE",
      message: expect.stringMatching(/larger than 20 MB: split it/),
      reason: "IMPORT_FILE_TOO_LARGE",
      params: { megabytes: 20 },
    });
  });

  test("a body streamed without a length: 413 once it passes 20 MB, nothing written", async () => {
    const before = await rowCounts(server.dataSource);
    // A valid start, then blank lines (quick to read): the limit counts bytes, whatever they hold.
    const blank = Buffer.alloc(1024 * 1024, "\n");
    let sent = 0;
    const stream = new ReadableStream({
      pull(controller) {
        if (sent === 0) controller.enqueue(Buffer.from(file(GOOD[0].replace("saba.import", "stream"))));
        if (sent > 30 * 1024 * 1024) return controller.close();
        controller.enqueue(blank);
        sent += blank.length;
      },
    });
    const { status, body } = await upload(stream, { dryRun: false });
    expect([status, body.error?.code]).toEqual([413, "PAYLOAD_TOO_LARGE"]);
    expect(await rowCounts(server.dataSource)).toEqual(before);
  });
});

describe("who may import and export", () => {
  test.each<[string, () => string | null, number]>([
    ["anonymous", () => null, 401],
    ["a key person", () => tokens.KEY_PERSON, 403],
    ["an organisation", () => tokens.ORGANISATION, 403],
  ])("%s is refused", async (_name, token, status) => {
    expect((await upload(file(GOOD[0]), { token: token() })).status).toBe(status);
    expect((await download("/api/export/key-persons.csv", token())).status).toBe(status);
    expect((await download("/api/export/organisations.csv", token())).status).toBe(status);
  });

  test("a regional coordinator: rows outside the region are refused; the export holds their region only", async () => {
    const [outside] = await sql(`SELECT email FROM key_person WHERE home_municipality_code <> ALL($1) AND email IS NOT NULL ORDER BY id LIMIT 1`, [
      DEMO_REGION,
    ]);
    const { body } = await upload(
      file(
        "Regio Binnen;regio.binnen@example.nl;;Tigrinya;;Amsterdam;4;nee",
        "Regio Buiten;regio.buiten@example.nl;;Tigrinya;;Utrecht;4;nee",
        `Andermans;${outside.email};;Tigrinya;;Amsterdam;4;nee`,
        `Organisatieadres;${DEMO.ORGANISATION};;Tigrinya;;Amsterdam;4;nee`,
      ),
      { token: tokens.REGIONAL_COORDINATOR },
    );
    expect(body.rows.map((r) => r.action)).toEqual(["create", "refuse", "refuse", "refuse"]);
    expect(body.rows[1].problems[0].message).toMatch(/Utrecht lies outside your region/);
    expect(body.rows[1].problems[0]).toMatchObject({ code: "IMPORT_OUTSIDE_REGION", params: { municipality: "GM0344" } });
    // Whether an address has an account, and where its key person lives, is not told: one neutral answer for both.
    expect(body.rows[2].problems).toEqual(body.rows[3].problems);
    expect(body.rows[2].problems[0]).toMatchObject({ field: "email", code: "IMPORT_EMAIL_NOT_AVAILABLE" });
    const [{ home_municipality_code: code }] = await sql(`SELECT home_municipality_code FROM key_person WHERE email = $1`, [outside.email]);
    const [{ name: place }] = await sql(`SELECT name FROM municipality WHERE code = $1`, [code]);
    expect(body.rows[2].problems[0].message).not.toContain(place);
    expect(body.rows[2].problems[0].message).not.toMatch(/account|region/i);

    const [header, ...rows] = records((await download("/api/export/key-persons.csv", tokens.REGIONAL_COORDINATOR)).text);
    const at = header.indexOf("gemeente");
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(DEMO_REGION).toContain(row[at]);
    const [{ n }] = await sql(`SELECT count(*)::int AS n FROM key_person WHERE home_municipality_code = ANY($1) AND erased_at IS NULL`, [DEMO_REGION]);
    expect(rows).toHaveLength(n);

    const organisations = records((await download("/api/export/organisations.csv", tokens.REGIONAL_COORDINATOR)).text).slice(1);
    for (const row of organisations) expect(DEMO_REGION).toContain(row[2]);
  });
});

describe("a file of several batches: checked and written 2,000 rows at a time, still all or nothing", () => {
  const ROWS = 2100;
  const many = (prefix: string) => Array.from({ length: ROWS }, (_, i) => `Batch ${i};${prefix}.${i}@example.nl;;Tigrinya;;Amsterdam;4;nee`);
  /** Other connections to the test database inside a transaction; `writing`: one that has written (has a transaction id). */
  // `startedBefore`: only transactions begun before that moment. A statement that runs while we
  // look (the upload stream's own polling below, asked for one more chunk as the fetch is aborted)
  // is in a transaction too, and must not be taken for a leaked import.
  const transactions = async (which: "open" | "writing", startedBefore?: Date) =>
    (
      await sql(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
         AND ${which === "writing" ? "backend_xid IS NOT NULL" : "xact_start IS NOT NULL"}
         AND ($1::timestamptz IS NULL OR xact_start < $1)`,
        [startedBefore ?? null],
      )
    )[0].n as number;

  test("a refused row after a written batch: 422, nothing written, and the report the dry run gives", async () => {
    // Repeats line 2's address without a municipality: checked against the registry as it was
    // (no such key person yet), not against the row an earlier batch had just written.
    const rows = [...many("late"), "Dubbel Laat;late.0@example.nl;;Tigrinya;;;4;nee"];
    const dry = await upload(file(...rows));
    const before = await rowCounts(server.dataSource);
    const { status, body } = await upload(file(...rows), { dryRun: false });
    expect(status).toBe(422);
    expect(await rowCounts(server.dataSource)).toEqual(before);
    expect(body.imported).toBe(false);
    expect(body.summary).toEqual({ rows: ROWS + 1, create: ROWS, update: 0, unchanged: 0, refuse: 1, invitations: 0 });
    expect(body.rows).toEqual(dry.body.rows);
    expect(body.rows[ROWS].problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/Where does the key person live/),
      expect.stringMatching(/also on line 2:/),
    ]);
  });

  test("every row accepted: all batches written in the one import", async () => {
    const { status, body } = await upload(file(...many("batch")), { dryRun: false });
    expect(status).toBe(200);
    expect(body.summary).toEqual({ rows: ROWS, create: ROWS, update: 0, unchanged: 0, refuse: 0, invitations: ROWS });
    const [{ n, ids }] = await sql(`SELECT count(*)::int AS n, array_agg(id ORDER BY id) AS ids FROM key_person WHERE email LIKE 'batch.%@example.nl'`);
    expect(n).toBe(ROWS);
    expect(body.rows.map((r) => r.keyPersonId).sort((a, b) => a! - b!)).toEqual(ids);
    const [audit] = await sql(`SELECT detail FROM audit_log WHERE action = 'importKeyPersons' ORDER BY id DESC LIMIT 1`);
    expect(audit.detail).toMatchObject({ rows: ROWS, created: ROWS });
  });

  test("an upload broken off after a written batch: nothing stays, and the transaction is given back", async () => {
    const before = await rowCounts(server.dataSource);
    const rows = many("broken");
    const controller = new AbortController();
    let sent = 0;
    const stream = new ReadableStream({
      async pull(stream) {
        if (sent < rows.length) {
          stream.enqueue(Buffer.from(sent === 0 ? file(...rows.slice(0, 500)) : `${rows.slice(sent, sent + 500).join("\r\n")}\r\n`));
          sent += 500;
          return;
        }
        // Once the first batch is being written (its transaction then waits for more): break off.
        while (!controller.signal.aborted && (await transactions("writing")) === 0) await new Promise((resolve) => setTimeout(resolve, 50));
        controller.abort();
      },
    });
    const answer = await fetch(`${server.url}/api/import/key-persons?dryRun=false`, {
      method: "POST",
      headers: { "content-type": "text/csv", authorization: `Bearer ${tokens.COORDINATOR}` },
      body: stream,
      duplex: "half",
      signal: controller.signal,
    } as RequestInit).catch((error: Error) => error);
    expect(answer).toMatchObject({ name: "AbortError" });
    const [{ at: brokenOffAt }] = await sql(`SELECT clock_timestamp() AS at`);
    for (let tries = 0; tries < 200 && (await transactions("open", brokenOffAt)) > 0; tries++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await transactions("open", brokenOffAt)).toBe(0);
    expect(await rowCounts(server.dataSource)).toEqual(before);
  });
});

describe("the invitation", () => {
  const ACCEPT = `mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { token user { email role keyPerson { id profileConfirmedAt } } } }`;
  let tokenOf: (email: string) => string;

  beforeAll(async () => {
    const { body } = await upload(
      file("Invite Een;invite.een@example.nl;;Tigrinya;;Amsterdam;4;nee", "Invite Twee;invite.twee@example.nl;;Tigrinya;;Amsterdam;4;nee"),
      { dryRun: false },
    );
    tokenOf = (email) =>
      body.rows
        .find((r) => r.email === email)!
        .invitationUrl!.split("/")
        .pop()!;
  });

  test("sets the password, confirms the profile and logs in; works once", async () => {
    const token = tokenOf("invite.een@example.nl");
    expect((await gql(server.url, ACCEPT, { t: token, p: "short" })).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "password" });
    const { acceptInvitation } = await ok(server.url, ACCEPT, { t: token, p: "a-long-enough-password" });
    expect(acceptInvitation.user).toMatchObject({ email: "invite.een@example.nl", role: "KEY_PERSON", keyPerson: { profileConfirmedAt: expect.any(String) } });
    const { me } = await ok(server.url, `{ me { email } }`, {}, acceptInvitation.token);
    expect(me.email).toBe("invite.een@example.nl");
    expect(await login(server.url, "invite.een@example.nl", "a-long-enough-password")).toEqual(expect.any(String));

    const again = await gql(server.url, ACCEPT, { t: token, p: "another-long-password" });
    expect(again.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/does not work \(any more\)/),
      extensions: { code: "BAD_USER_INPUT", field: "token" },
    });
    expect((await gql(server.url, ACCEPT, { t: "made-up-token", p: "another-long-password" })).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const audit = await sql(`SELECT actor_role FROM audit_log WHERE action = 'acceptInvitation'`);
    expect(audit).toEqual([{ actor_role: "KEY_PERSON" }]);
  });

  test("expires after 14 days", async () => {
    clock.advanceHours(15 * 24);
    const response = await gql(server.url, ACCEPT, { t: tokenOf("invite.twee@example.nl"), p: "a-long-enough-password" });
    expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const [row] = await sql(`SELECT password_hash FROM app_user WHERE email = 'invite.twee@example.nl'`);
    expect(row.password_hash).toMatch(/^!unset:/);
  });
});

test("the demo logins still work (no import touched them)", async () => {
  expect(await login(server.url, DEMO.COORDINATOR, DEMO_PASSWORD)).toEqual(expect.any(String));
});
