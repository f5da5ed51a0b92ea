import type { Page } from "playwright-core";
import { login as apiLogin, ok } from "../support/graphql";
import { describeWithBrowser, expectNoEnglishServerText, type LaunchedBrowser, readmeScreenshot } from "../support/browser";
import { closeConsole, openConsole } from "../support/console";
import type { TestServer } from "../support/server";
import { DashboardPage } from "./compensation-pages";
import { LoginPage } from "./pages";

const DEMO_PASSWORD = "sleutelkaart-demo";

jest.setTimeout(120_000);

describeWithBrowser("the coordinator's dashboard", () => {
  let server: TestServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let login: LoginPage;
  let dashboard: DashboardPage;
  let redName: string;

  beforeAll(async () => {
    ({ server, browser, page } = await openConsole({ viewport: { width: 1400, height: 1000 } }));
    // The demo key person asks to be contacted: RED until a coordinator clears it.
    const keyPerson = await apiLogin(server.url, "sleutelpersoon@sleutelkaart.demo", DEMO_PASSWORD);
    const { submitWellbeingCheckIn } = await ok(
      server.url,
      `mutation($input: WellbeingCheckInInput!) { submitWellbeingCheckIn(input: $input) { displayName wellbeingStatus } }`,
      { input: { strain: 4, emotionalImpact: 4, support: 3, contactRequested: true } },
      keyPerson,
    );
    expect(submitWellbeingCheckIn.wellbeingStatus).toBe("RED");
    redName = submitWellbeingCheckIn.displayName;
    login = new LoginPage(page, server.url);
    dashboard = new DashboardPage(page, server.url);
  });

  afterAll(() => closeConsole({ browser, server }));

  it("shows the coordinator a RED key person in the action list, with the reason", async () => {
    await login.logIn("coordinator@sleutelkaart.demo", DEMO_PASSWORD);
    await dashboard.open();

    const row = await dashboard.actionRowOf(redName);
    expect(row).toContain("Rood");
    expect(row).toContain("vraagt om contact");
    await expectNoEnglishServerText(page);
    // red comes first
    const kinds = (await page.getByTestId("action-list").locator("tbody tr").allInnerTexts()).map((text) => text.includes("Rood"));
    expect(kinds[0]).toBe(true);
    expect(kinds.indexOf(false) === -1 || kinds.lastIndexOf(true) < kinds.indexOf(false)).toBe(true);

    await dashboard.waitForChartsAndMap();
    await readmeScreenshot(page, "screenshot-dashboard.png", { fullPage: true });
  });

  it("lets the coordinator read why, and clear the flag with a note", async () => {
    await page.getByTestId("action-list").getByRole("link", { name: redName }).click();
    await page.waitForURL(/#\/keyPersons\/[^/]+\/show$/);
    // the reasons are read only on request (every read is audited)
    expect(await page.getByTestId("wellbeing-detail").count()).toBe(0);
    await page.getByRole("button", { name: "Welzijn tonen" }).click();
    await page.getByTestId("wellbeing-detail").getByText("vraagt om contact").waitFor();
    await expectNoEnglishServerText(page);

    await page.getByRole("button", { name: "Vlag opheffen" }).click();
    await page.fill("textarea[name=clearanceNote]", "Gebeld; gaat het rustiger aan doen en komt naar de intervisie.");
    await page.getByRole("dialog").getByRole("button", { name: "Vlag opheffen" }).click();
    await page.locator(".MuiSnackbar-root").getByText("Vlag opgeheven").waitFor();
    await page.getByRole("button", { name: "Vlag opheffen" }).waitFor({ state: "detached" });
  });

  it("fits a phone: the action list, the charts and the coverage map scroll inside their cards, not the page", async () => {
    // A second tab of the same (logged-in) browser, phone-sized.
    const small = await browser.context.newPage();
    try {
      await small.setViewportSize({ width: 390, height: 844 });
      const onPhone = new DashboardPage(small, server.url);
      await onPhone.open();
      await onPhone.waitForChartsAndMap();
      expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    } finally {
      await small.close();
    }
  });
});
