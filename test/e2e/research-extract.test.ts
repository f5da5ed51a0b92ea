// The research extract in the console: the national coordinator fills the period and the
// purpose and downloads the anonymised CSV; a period of more than a year is refused in Dutch;
// a regional coordinator is not offered it.
import type { Download, Page } from "playwright-core";
import { describeWithBrowser, expectNoEnglishServerText, type LaunchedBrowser } from "../support/browser";
import { closeConsole, openConsole } from "../support/console";
import type { TestServer } from "../support/server";
import { RESEARCH_COLUMNS } from "../../server/src/research/research.service";
import { LoginPage } from "./pages";

const DEMO_PASSWORD = "sleutelkaart-demo";

jest.setTimeout(120_000);

describeWithBrowser("the research extract in the console", () => {
  let server: TestServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let login: LoginPage;

  beforeAll(async () => {
    ({ server, browser, page } = await openConsole({ server: { seedDemo: true } }));
    login = new LoginPage(page, server.url);
    await login.logIn("coordinator@sleutelkaart.demo", DEMO_PASSWORD);
  });

  afterAll(() => closeConsole({ browser, server }));

  const fill = async (start: string, end: string, purpose: string) => {
    await page.fill("input[data-testid=research-start]", start);
    await page.fill("input[data-testid=research-end]", end);
    await page.fill("textarea[data-testid=research-purpose]", purpose);
  };

  it("downloads the extract of a period, with its purpose audited", async () => {
    await page.getByRole("menuitem", { name: "Onderzoeksextract" }).click();
    await page.waitForURL(/#\/research-extract$/);
    const today = new Date().toISOString().slice(0, 10);
    const monthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    await fill(monthAgo, today, "Browsertest: continuïteit na verhuizing");
    const [download]: [Download, void] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Extract downloaden" }).click()]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    expect(download.suggestedFilename()).toBe(`sleutelkaart-research-${monthAgo}-${today}.csv`);
    expect(text.split("\r\n")[0]).toBe(RESEARCH_COLUMNS.join(","));
    const [entry] = await server.dataSource.query(
      `SELECT detail->>'purpose' AS purpose FROM audit_log WHERE action = 'createResearchExtract' ORDER BY id DESC LIMIT 1`,
    );
    expect(entry.purpose).toBe("Browsertest: continuïteit na verhuizing");
  });

  it("refuses a period of more than a year, in Dutch", async () => {
    await fill("2024-01-01", "2025-06-30", "Te lang");
    await page.getByRole("button", { name: "Extract downloaden" }).click();
    const alert = page.getByRole("alert").filter({ hasText: /periode/i });
    await alert.waitFor();
    await expectNoEnglishServerText(page);
  });

  it("is not offered to a regional coordinator", async () => {
    await login.logOut();
    await login.logIn("regio@sleutelkaart.demo", DEMO_PASSWORD);
    await page.getByRole("menuitem").first().waitFor();
    expect(await page.getByRole("menuitem", { name: "Onderzoeksextract" }).count()).toBe(0);
    await page.goto(`${server.url}/#/research-extract`);
    await page.getByText("Alleen de landelijk coördinator maakt onderzoeksextracten.").waitFor();
  });
});
