// The import in the console: upload a file (CSV, or the Excel workbook itself) with good and bad rows, see the refused
// rows highlighted with their reasons and the import held back, upload the corrected
// file, confirm, find the imported key persons in the list; export the list as CSV; and
// an imported key person sets their password through the invitation link.
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { describeWithBrowser, expectNoEnglishServerText, type LaunchedBrowser, readmeScreenshot } from "../support/browser";
import { closeConsole, openConsole } from "../support/console";
import { freePort, type TestServer } from "../support/server";
import { ImportPages } from "./import-pages";
import { KeyPersonPages, LoginPage } from "./pages";

const DEMO_PASSWORD = "sleutelkaart-demo";

jest.setTimeout(120_000);

const HEADER = "naam;e-mail;talen;gemeente;uren_per_week";
const GOOD = [
  "Mebrat E2eimport;mebrat.e2e@example.nl;Tigrinya (moedertaal)|Nederlands;Den Haag;8",
  "Hamid E2eimport;hamid.e2e@example.nl;prs:NATIVE:Herati;GM0363;4",
];
const REFUSED = "Klingon E2eimport;klingon.e2e@example.nl;Klingon;Utrecht;4";
const csv = (...rows: string[]) => `${HEADER}\r\n${rows.join("\r\n")}\r\n`;

describeWithBrowser("importing key persons in the console", () => {
  let server: TestServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let login: LoginPage;
  let imports: ImportPages;
  let keyPersons: KeyPersonPages;
  let links: string[] = [];
  let publicUrl = "";

  beforeAll(async () => {
    // Invitation links are built from PUBLIC_URL, never from the request (docs/security.md): the browser opens that address.
    const port = await freePort();
    publicUrl = `http://localhost:${port}`;
    ({ server, browser, page } = await openConsole({ server: { seedDemo: true, env: { PORT: String(port), PUBLIC_URL: publicUrl } } }));
    login = new LoginPage(page, server.url);
    imports = new ImportPages(page, server.url);
    keyPersons = new KeyPersonPages(page, server.url);
    await login.logIn("coordinator@sleutelkaart.demo", DEMO_PASSWORD);
  });

  afterAll(() => closeConsole({ browser, server }));

  it("shows the dry run: the refused row highlighted with its reason, and the import held back", async () => {
    await imports.openFromList();
    await imports.upload("sleutelpersonen.csv", csv(GOOD[0], REFUSED, GOOD[1]));

    const rows = await imports.reportRows();
    // Refused rows first.
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ["3", "Geweigerd", "Klingon E2eimport"],
      ["2", "Nieuw", "Mebrat E2eimport"],
      ["4", "Nieuw", "Hamid E2eimport"],
    ]);
    // The reason in Dutch, worded by the console from its code: no English server text.
    expect(rows[0][4]).toMatch(/Talen: Onbekende taal: „Klingon”/);
    await expectNoEnglishServerText(page);
    const [refusedBackground] = await imports.backgroundOf("refuse");
    const [createBackground] = await imports.backgroundOf("create");
    expect(refusedBackground).not.toBe(createBackground);
    expect(refusedBackground).not.toBe("rgba(0, 0, 0, 0)");
    await page.getByText("1 rij is geweigerd").waitFor();
    expect(await imports.confirmButton().isDisabled()).toBe(true);
    await readmeScreenshot(page, "screenshot-import.png", { fullPage: true });
    const [{ n }] = await server.dataSource.query(`SELECT count(*)::int AS n FROM key_person WHERE display_name LIKE '%E2eimport'`);
    expect(n).toBe(0);
  });

  it("imports the corrected file on confirmation and shows the invitation links", async () => {
    await imports.upload("sleutelpersonen-verbeterd.csv", csv(...GOOD));
    expect((await imports.reportRows()).map((r) => r[1])).toEqual(["Nieuw", "Nieuw"]);
    expect(await imports.confirmButton().innerText()).toMatch(/2 sleutelpersonen importeren/i);

    expect(await imports.confirm()).toBe("Geïmporteerd: 2 nieuw, 0 bijgewerkt, 0 ongewijzigd.");
    links = await imports.invitationLinks();
    expect(links).toHaveLength(2);
    for (const link of links) expect(link.startsWith(`${publicUrl}/#/invitation/`)).toBe(true);
    for (const link of links) expect(link).toMatch(/\/#\/invitation\/[A-Za-z0-9_-]{43}$/);
  });

  it("takes the Excel workbook itself: the same dry run, then the import", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Blad1");
    sheet.addRow(HEADER.split(";"));
    sheet.addRow(["Zoë E2eimport", "zoe.e2e@example.nl", "Arabisch (moedertaal)", "Utrecht", 6]);
    sheet.addRow(["Klingon E2eimport", "klingon.e2e@example.nl", "Klingon", "Utrecht", 4]);
    await imports.upload(
      "sleutelpersonen.xlsx",
      Buffer.from(await book.xlsx.writeBuffer()),
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    const rows = await imports.reportRows();
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ["3", "Geweigerd", "Klingon E2eimport"],
      ["2", "Nieuw", "Zoë E2eimport"],
    ]);
    expect(await imports.confirmButton().isDisabled()).toBe(true);

    sheet.spliceRows(3, 1);
    await imports.upload(
      "sleutelpersonen-verbeterd.xlsx",
      Buffer.from(await book.xlsx.writeBuffer()),
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect((await imports.reportRows()).map((r) => r.slice(0, 3))).toEqual([["2", "Nieuw", "Zoë E2eimport"]]);
    expect(await imports.confirm()).toBe("Geïmporteerd: 1 nieuw, 0 bijgewerkt, 0 ongewijzigd.");
  });

  it("finds the imported key persons in the list", async () => {
    await keyPersons.openList();
    await keyPersons.filterByName("E2eimport");
    expect(await keyPersons.namesInList()).toEqual(["Hamid E2eimport", "Mebrat E2eimport", "Zoë E2eimport"]);
  });

  it("exports the list as CSV with the import's columns", async () => {
    const { name, text } = await imports.exportFrom("keyPersons");
    expect(name).toMatch(/^sleutelkaart-sleutelpersonen-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(text.startsWith("\uFEFFnaam;e-mail;telefoon;")).toBe(true);
    expect(text).toContain("Mebrat E2eimport;mebrat.e2e@example.nl;");
    const organisations = await imports.exportFrom("organisations");
    expect(organisations.text.startsWith("\uFEFFnaam;soort;gemeente")).toBe(true);
  });

  it("lets an imported key person set a password through the invitation link", async () => {
    await login.logOut();
    // As the key person would: the link opened in a new tab, nobody logged in.
    const tab = await browser.context.newPage();
    await new ImportPages(tab, server.url).acceptInvitation(links[0], "een-lang-genoeg-wachtwoord");
    expect(await new KeyPersonPages(tab, server.url).displayNameInForm()).toBe("Mebrat E2eimport");
    await tab.close();
  });
});
