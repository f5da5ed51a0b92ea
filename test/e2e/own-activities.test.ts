// Own activities in the console (issue 16): the key person declares an intervision hour in
// their week grid, without an assignment; the national coordinator sees it in the review
// list as an own activity (no case) and approves it; the organisation never sees it.
import type { Page } from "playwright-core";
import { login as apiLogin, ok } from "../support/graphql";
import { describeWithBrowser, expectNoEnglishServerText, readmeScreenshot, type LaunchedBrowser } from "../support/browser";
import { closeConsole, openConsole } from "../support/console";
import type { TestServer } from "../support/server";
import { HoursPages, ReviewPages } from "./compensation-pages";
import { LoginPage } from "./pages";

const DEMO_PASSWORD = "sleutelkaart-demo";
const KEY_PERSON = "sleutelpersoon@sleutelkaart.demo";
const ORGANISATION = "organisatie@sleutelkaart.demo";
const COORDINATOR = "coordinator@sleutelkaart.demo";

jest.setTimeout(120_000);

describeWithBrowser("own activities in the console", () => {
  let server: TestServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let login: LoginPage;
  let hours: HoursPages;
  let review: ReviewPages;
  let displayName: string;

  beforeAll(async () => {
    ({ server, browser, page } = await openConsole());
    login = new LoginPage(page, server.url);
    hours = new HoursPages(page, server.url);
    review = new ReviewPages(page, server.url);
    const token = await apiLogin(server.url, KEY_PERSON, DEMO_PASSWORD);
    displayName = (await ok(server.url, `{ me { keyPerson { displayName } } }`, {}, token)).me.keyPerson.displayName;
  });

  afterAll(() => closeConsole({ browser, server }));

  // the server counts days in UTC; the week grid offers no day after that
  const today = () => new Date().toISOString().slice(0, 10);

  it("lets the key person declare an intervision hour in the week grid, without an assignment", async () => {
    await login.logIn(KEY_PERSON, DEMO_PASSWORD);
    await hours.openMyHours();
    await page.getByTestId("week-row-own:INTERVISION").getByText("Eigen activiteit · landelijke regeling").waitFor();

    await hours.fillOwnActivity("INTERVISION", today(), "1,5");
    await readmeScreenshot(page, "screenshot-own-activities.png");
    await hours.submitWeek(1);

    // ("Intervisie / supervisie" is also an activity on an assignment: the own activity says "Eigen activiteit")
    const row = page.locator("table.RaDatagrid-table tbody tr", { hasText: "Eigen activiteit" });
    await row.first().waitFor();
    const text = await row.first().innerText();
    expect(text).toContain("1,5");
    expect(text).toContain("Eigen activiteit");
    expect(text).toContain("Ingediend");
  });

  it("fits a phone: the own activities are lines of each day's card, without sideways scrolling", async () => {
    // A second tab of the same (logged-in) browser, phone-sized.
    const small = await browser.context.newPage();
    try {
      await small.setViewportSize({ width: 390, height: 844 });
      await small.goto(`${server.url}/#/my-hours`);
      await small.getByRole("heading", { name: "Uren declareren" }).waitFor();
      await small.locator(`input[name="hours.own:TRAINING.${today()}"]`).waitFor();
      expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    } finally {
      await small.close();
    }
  });

  it("does not show it to the organisation", async () => {
    const organisation = await apiLogin(server.url, ORGANISATION, DEMO_PASSWORD);
    const { hourEntries } = await ok(server.url, `{ hourEntries(perPage: 100) { items { ownActivity } } }`, {}, organisation);
    expect(hourEntries.items.filter((item: { ownActivity: string | null }) => item.ownActivity !== null)).toEqual([]);
  });

  it("lets the coordinator approve it in the review list, where it shows as an own activity", async () => {
    await login.logOut();
    await login.logIn(COORDINATOR, DEMO_PASSWORD);
    await review.openReview();

    const rows = await review.rows();
    const ours = rows.filter((row) => row.includes(displayName) && row.includes("Eigen activiteit"));
    expect(ours).toHaveLength(1);
    expect(ours[0]).toContain("Intervisie");
    expect(ours[0]).toContain("1,5");

    await review.select(displayName, "Eigen activiteit");
    await review.approveSelected(1);
    await page.locator("table.RaDatagrid-table tbody tr", { hasText: "Eigen activiteit" }).waitFor({ state: "detached" });
    await expectNoEnglishServerText(page);

    const coordinator = await apiLogin(server.url, COORDINATOR, DEMO_PASSWORD);
    const { hourEntries } = await ok(
      server.url,
      `{ hourEntries(filter: { status: APPROVED }, perPage: 100) { items { ownActivity hours assignment { id } keyPerson { displayName } } } }`,
      {},
      coordinator,
    );
    expect(hourEntries.items.filter((item: { ownActivity: string | null }) => item.ownActivity === "INTERVISION")).toEqual([
      { ownActivity: "INTERVISION", hours: 1.5, assignment: null, keyPerson: { displayName } },
    ]);
  });
});
