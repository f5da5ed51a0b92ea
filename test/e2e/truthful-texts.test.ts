import type { Page } from "playwright-core";
import { describeWithBrowser, type LaunchedBrowser } from "../support/browser";
import { closeConsole, openConsole } from "../support/console";
import { login as apiLogin, ok } from "../support/graphql";
import type { TestServer } from "../support/server";
import { MatchingPages } from "./matching-pages";
import { LoginPage } from "./pages";

// Issue 15, point 11: texts that tell the truth, walked as each demo role would on first login.

const DEMO_PASSWORD = "sleutelkaart-demo";
const COORDINATOR = "coordinator@sleutelkaart.demo";
const REGIONAL = "regio@sleutelkaart.demo";
const ORGANISATION = "organisatie@sleutelkaart.demo";
const KEY_PERSON = "sleutelpersoon@sleutelkaart.demo";

jest.setTimeout(180_000);

describeWithBrowser("texts that tell the truth", () => {
  let server: TestServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let loginPage: LoginPage;
  let matching: MatchingPages;

  beforeAll(async () => {
    ({ server, browser, page } = await openConsole({ viewport: { width: 1280, height: 1000 } }));
    loginPage = new LoginPage(page, server.url);
    matching = new MatchingPages(page, server.url);
  });

  afterAll(() => closeConsole({ browser, server }));

  /** What approving a volunteer's hours of each year will do, from the API: refused without figures, provisional, or final. */
  async function yearStates(): Promise<Map<number, "ABSENT" | "PROVISIONAL" | "FINAL">> {
    const token = await apiLogin(server.url, COORDINATOR, DEMO_PASSWORD);
    const { compensationRules } = await ok(server.url, `{ compensationRules { year provisional } }`, {}, token);
    const states = new Map<number, "ABSENT" | "PROVISIONAL" | "FINAL">();
    for (let year = 2020; year <= 2040; year++) {
      const rules = compensationRules.find((r: { year: number }) => r.year === year);
      states.set(year, !rules ? "ABSENT" : rules.provisional ? "PROVISIONAL" : "FINAL");
    }
    return states;
  }

  it("the national coordinator: hours of the national scheme to review, and a rates notice that says what approving them will do", async () => {
    await loginPage.logIn(COORDINATOR, DEMO_PASSWORD);
    const states = await yearStates();

    // The dashboard: this year (and, in December, next) as the server counts them.
    const token = await apiLogin(server.url, COORDINATOR, DEMO_PASSWORD);
    const { compensationRulesMissing: missing } = await ok<{ compensationRulesMissing: number[] }>(server.url, `{ compensationRulesMissing }`, {}, token);
    await page.getByTestId("action-list").waitFor();
    const absent = missing.filter((year) => states.get(year) === "ABSENT");
    const provisional = missing.filter((year) => states.get(year) === "PROVISIONAL");
    if (absent.length > 0) {
      const text = await page.getByTestId("rules-absent").innerText();
      for (const year of absent) expect(text).toContain(String(year));
      expect(text).toContain("goedkeuren wordt geweigerd");
      for (const year of provisional) expect(text).not.toContain(String(year));
    } else {
      await expect(page.getByTestId("rules-absent").count()).resolves.toBe(0);
    }
    if (provisional.length > 0) {
      const text = await page.getByTestId("rules-provisional").innerText();
      for (const year of provisional) expect(text).toContain(String(year));
      expect(text).toContain("Goedkeuren werkt");
      expect(text).not.toContain("geweigerd");
    }

    // The review page: the notice is about the years of the hours waiting there, and says what approving does.
    await page.getByRole("menuitem", { name: /Te beoordelen/ }).click();
    await page.waitForURL(/#\/review$/);
    const rows = page.locator("table.RaDatagrid-table tbody tr");
    await rows.first().waitFor();
    const { hourEntries } = await ok(server.url, `{ hourEntries(filter: { toReview: true, status: SUBMITTED }, perPage: 100) { items { date } } }`, {}, token);
    const waitingYears = [...new Set(hourEntries.items.map((e: { date: string }) => Number(e.date.slice(0, 4))))] as number[];
    expect(waitingYears.length).toBeGreaterThan(0);
    const refused = waitingYears.filter((year) => states.get(year) === "ABSENT");
    const computedProvisionally = waitingYears.filter((year) => states.get(year) === "PROVISIONAL");
    await expect(page.getByTestId("rules-absent").count()).resolves.toBe(refused.length > 0 ? 1 : 0);
    if (computedProvisionally.length > 0) await page.getByTestId("rules-provisional").getByText("Goedkeuren werkt").waitFor();
    else await expect(page.getByTestId("rules-provisional").count()).resolves.toBe(0);
    // A year the dashboard warns about but with no hours waiting is not mentioned here.
    for (const year of missing.filter((y) => !waitingYears.includes(y))) {
      await expect(page.getByText(`voor ${year}`).count()).resolves.toBe(0);
    }

    // And what the notice says is what happens: hours of years with (provisional) figures are approved.
    if (refused.length === 0) {
      await rows.first().locator('input[type="checkbox"]').check();
      await page.getByRole("button", { name: "Goedkeuren" }).click();
      await page.locator(".MuiSnackbar-root").getByText("1 goedgekeurd").waitFor();
    }
  });

  it("the regional coordinator: a key person of the region who asked to be contacted, and no rates notice they cannot act on", async () => {
    await loginPage.logOut();
    await loginPage.logIn(REGIONAL, DEMO_PASSWORD);
    const row = page.getByTestId("action-list").locator("tbody tr", { hasText: "vraagt om contact" }).first();
    await row.waitFor();
    await expect(page.getByTestId("rules-absent").count()).resolves.toBe(0);
    await expect(page.getByTestId("rules-provisional").count()).resolves.toBe(0);
  });

  it("the organisation: an open request with candidates in its own region; 'choose a candidate' only where there is one", async () => {
    await loginPage.logOut();
    await loginPage.logIn(ORGANISATION, DEMO_PASSWORD);
    await expect(page.getByTestId("rules-provisional").count()).resolves.toBe(0);
    await matching.openRequest("DEMO-OPEN-0001");
    expect((await matching.candidateNames()).length).toBeGreaterThan(0);
    expect(await page.getByTestId("no-assignments").innerText()).toBe("Er is nog niemand voorgesteld: kies hieronder een kandidaat.");

    // A request nobody can take: no candidate, so nothing to choose.
    const token = await apiLogin(server.url, ORGANISATION, DEMO_PASSWORD);
    const coordinator = await apiLogin(server.url, COORDINATOR, DEMO_PASSWORD);
    const { languages } = await ok<{ languages: { code: string }[] }>(server.url, `{ languages { code } }`, {}, coordinator);
    let unspoken: string | undefined;
    for (const { code } of languages) {
      const data = await ok(
        server.url,
        `query($codes: [String!]) { keyPersons(filter: { languageCodes: $codes }, perPage: 1) { total } }`,
        { codes: [code] },
        coordinator,
      );
      if (data.keyPersons.total === 0) {
        unspoken = code;
        break;
      }
    }
    expect(unspoken).toBeDefined();
    const create = (caseReference: string, languageCodes: string[]) =>
      ok(
        server.url,
        `mutation($input: MatchRequestInput!) { createMatchRequest(input: $input) { id } }`,
        { input: { caseReference, location: { lat: 52.3731, lon: 4.8926 }, languageCodes, hoursPerWeek: 1, funding: "ORGANISATION", newcomerConsent: true } },
        token,
      );
    await create("E2E-NOBODY-0001", [unspoken!]);
    await page.reload();
    await matching.openRequest("E2E-NOBODY-0001");
    await page.getByTestId("candidates-panel").getByText("Op dit moment voldoet geen sleutelpersoon").waitFor();
    expect(await page.getByTestId("no-assignments").innerText()).toBe("Er is nog niemand voorgesteld: op dit moment is er geen kandidaat.");

    // Cancelled with nobody proposed: the dialog and the message say nobody is told.
    await page.getByRole("button", { name: "Aanvraag intrekken" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("niemand hoeft bericht te krijgen").waitFor();
    await dialog.getByRole("button", { name: "Aanvraag intrekken" }).click();
    await matching.dismissNotification("Aanvraag ingetrokken; er was niemand voorgesteld, dus niemand kreeg bericht.");
    await page.getByTestId("no-assignments").getByText("Voor deze aanvraag is niemand voorgesteld.").waitFor();
  });

  it("on a phone (390 px) the parts of the score fit without sideways scroll", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      const token = await apiLogin(server.url, ORGANISATION, DEMO_PASSWORD);
      const { matchRequests } = await ok(server.url, `{ matchRequests(filter: { status: OPEN }, perPage: 100) { items { id caseReference } } }`, {}, token);
      const demo = matchRequests.items.find((r: { caseReference: string }) => r.caseReference === "DEMO-OPEN-0001");
      await page.goto(`${server.url}/#/matchRequests/${demo.id}/show`);
      await page.getByTestId("score-parts").first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await page.setViewportSize({ width: 1280, height: 1000 });
    }
  });

  it("a coordinator looking at an open request is not told to choose a candidate: only the organisation proposes", async () => {
    await loginPage.logOut();
    await loginPage.logIn(COORDINATOR, DEMO_PASSWORD);
    await matching.openRequest("DEMO-OPEN-0001");
    await matching.waitForCandidates();
    expect(await page.getByTestId("no-assignments").innerText()).toBe("Er is nog niemand voorgesteld.");
  });

  it("the key person: the check-in to do on the home page", async () => {
    await loginPage.logOut();
    await loginPage.logIn(KEY_PERSON, DEMO_PASSWORD);
    await page.getByTestId("check-in-prompt").waitFor();
  });
});
