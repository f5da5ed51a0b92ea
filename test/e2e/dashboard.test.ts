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

  it("shows the coordinator a RED key person in the action list, with the reason; a tab per kind with its count, paged", async () => {
    await login.logIn("coordinator@sleutelkaart.demo", DEMO_PASSWORD);
    await dashboard.open();

    // The list opens on the most urgent kind with items: asked for contact.
    const coordinator = await apiLogin(server.url, "coordinator@sleutelkaart.demo", DEMO_PASSWORD);
    const { oversightActions } = await ok(server.url, `{ oversightActions(perPage: 1) { counts { kind count } } }`, {}, coordinator);
    const counts = oversightActions.counts as { kind: string; count: number }[];
    expect((await dashboard.selectedActionTab()).replace(/\s+/g, " ")).toContain("Wil contact");
    expect(await dashboard.actionRowOf(redName)).toContain("vraagt om contact");
    await expectNoEnglishServerText(page);
    // Every kind has its tab with the server's count, most urgent first.
    const tabs = await page.getByTestId("action-kinds").getByRole("tab").allInnerTexts();
    expect(tabs.map((t) => t.replace(/\s+/g, " ").trim())).toEqual(
      counts.map(
        (c) =>
          `${{ CONTACT_REQUESTED: "Wil contact", RED: "Rood", SUPERVISION_OVERDUE: "Intervisie achterstallig", SUPERVISION_DUE: "Intervisie binnenkort nodig", STALE: "Profiel verlopen" }[c.kind]} ${c.count.toLocaleString("nl-NL")}`,
      ),
    );
    // Red: the same person, with the reason for the stop.
    await dashboard.openActionTab("Rood");
    expect(await dashboard.actionRowOf(redName)).toContain("vraagt om contact");
    // The longest list, ten at a time: the next page shows the next ten.
    const longest = counts.reduce((a, b) => (b.count > a.count ? b : a));
    expect(longest.count).toBeGreaterThan(10);
    await page.locator(`[data-testid=action-kinds] [data-kind=${longest.kind}]`).click();
    const pages = page.getByTestId("action-pages");
    await pages.getByText(`1-10 van ${longest.count.toLocaleString("nl-NL")}`).waitFor();
    const first = await page.getByTestId("action-list").locator("tbody tr").allInnerTexts();
    expect(first).toHaveLength(10);
    await pages.getByRole("button", { name: "Naar de volgende pagina" }).click();
    await pages.getByText(`11-${Math.min(20, longest.count)} van ${longest.count.toLocaleString("nl-NL")}`).waitFor();
    const second = await page.getByTestId("action-list").locator("tbody tr").allInnerTexts();
    expect(second).toHaveLength(Math.min(10, longest.count - 10));
    expect(second.some((row) => first.includes(row))).toBe(false);
    await dashboard.openActionTab("Wil contact");

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
