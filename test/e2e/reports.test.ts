// The reports page (issue 20) in a real Chromium: the national coordinator of the demo
// opens "Rapportages", sees a table's chart and the table behind it, and downloads the
// figures as CSV, Excel and the quarterly PDF (each file lands, is not empty and is what
// its name says).
import { readFile } from "node:fs/promises";
import type { Download, Page } from "playwright-core";
import { describeWithBrowser, expectNoEnglishServerText, type LaunchedBrowser } from "../support/browser";
import { closeConsole, openConsole } from "../support/console";
import { pdfText } from "../support/pdf-text";
import type { TestServer } from "../support/server";
import { LoginPage } from "./pages";

const DEMO_PASSWORD = "sleutelkaart-demo";

jest.setTimeout(150_000);

describeWithBrowser("the reports page", () => {
  let server: TestServer;
  let browser: LaunchedBrowser;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, page } = await openConsole({ viewport: { width: 1400, height: 1000 } }));
    await new LoginPage(page, server.url).logIn("coordinator@sleutelkaart.demo", DEMO_PASSWORD);
  });

  afterAll(() => closeConsole({ browser, server }));

  const save = async (name: string): Promise<{ file: string; bytes: Buffer }> => {
    const [download]: [Download, void] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name, exact: true }).click()]);
    const path = await download.path();
    expect(path).toBeTruthy();
    return { file: download.suggestedFilename(), bytes: await readFile(path!) };
  };

  it("shows each table as a chart with the table behind it", async () => {
    await page.getByRole("menuitem", { name: "Rapportages" }).click();
    await page.waitForURL(/#\/reports$/);
    const requests = page.getByTestId("report-table-REQUESTS_BY_KIND");
    await requests.getByRole("heading", { name: "Aanvragen per soort" }).waitFor();
    await requests.getByTestId("report-chart").locator("svg.recharts-surface").first().waitFor();
    const table = requests.getByTestId("report-table");
    expect(await table.locator("thead th").allInnerTexts()).toEqual(["Naam", "Aanvragen", "Gekoppeld", "Aandeel gekoppeld", "Nu onvervuld"]);
    const names = await table.locator("tbody tr td:first-child").allInnerTexts();
    expect(names).toEqual(["Begeleiding van een casus", "Begeleiding naar één afspraak", "Advies aan een professional", "Voorlichting", "Totaal"]);
    // the sections of a national report, in order
    expect(await page.locator("main h2").allInnerTexts()).toEqual(
      expect.arrayContaining([
        "Aanvragen",
        "Continuïteit",
        "Doorverwijzingen",
        "Uren en vergoedingen",
        "Sleutelpersonen",
        "Zorg voor sleutelpersonen",
        "Feedback",
      ]),
    );
    await expectNoEnglishServerText(page);
  });

  it("downloads the CSV, the workbook and the quarterly PDF", async () => {
    const csv = await save("CSV");
    expect(csv.file).toMatch(/^sleutelkaart-rapportage-\d{4}-Q[1-4]\.csv$/);
    expect(csv.bytes.toString("utf8")).toMatch(/^\uFEFFtabel;tabelnaam;soort;code;naam;kolom;kolomnaam;eenheid;waarde\r\nREQUESTS_BY_KIND;/);

    const xlsx = await save("Excel (xlsx)");
    expect(xlsx.file).toMatch(/^sleutelkaart-rapportage-\d{4}-Q[1-4]\.xlsx$/);
    expect(xlsx.bytes.subarray(0, 2).toString()).toBe("PK");
    expect(xlsx.bytes.length).toBeGreaterThan(5000);

    const pdf = await save("Kwartaalrapportage (pdf)");
    expect(pdf.file).toMatch(/^sleutelkaart-kwartaalrapportage-\d{4}-Q[1-4]\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdfText(pdf.bytes)).toContain("Aanvragen per soort");
  });

  it("leads the national coordinator on to the research extract", async () => {
    await page.getByRole("link", { name: /onderzoeksextract/ }).click();
    await page.waitForURL(/#\/research-extract$/);
    await page.getByTestId("research-start").waitFor();
  });
});
