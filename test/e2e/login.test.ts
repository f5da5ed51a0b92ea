import type { Page } from "playwright-core";
import { describeWithBrowser, launchBrowser, type LaunchedBrowser } from "../support/browser";
import { closeConsole } from "../support/console";
import { startTestServer } from "../support/server";
import { LoginPage } from "./pages";

jest.setTimeout(120_000);

/**
 * Counts every change of address the console makes (react-router's hash history goes
 * through history.pushState/replaceState), installed before any script of the page runs.
 */
const COUNT_NAVIGATIONS = () => {
  const counted = window as unknown as { __navigations: number };
  counted.__navigations = 0;
  for (const method of ["pushState", "replaceState"] as const) {
    const original = history[method].bind(history);
    history[method] = (...args: Parameters<History["pushState"]>) => {
      counted.__navigations++;
      return original(...args);
    };
  }
};

describeWithBrowser("the console, logged out", () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    server = await startTestServer({ seedDemo: true });
    browser = await launchBrowser();
  });

  afterAll(() => closeConsole({ browser, server }));

  /** A fresh tab: a hash-only goto in the same tab would not load the page anew. */
  async function freshPage(): Promise<Page> {
    const page = await browser.context.newPage();
    await page.addInitScript(COUNT_NAVIGATIONS);
    return page;
  }

  // A logged-out visitor saw a blank page for 10-20 s while the console redirected to
  // #/login over 3,000 times (react-router's transitions against react-admin's logout).
  // The form must come at once: after a redirect or two, and well within a generous bound.
  it.each(["/", "/#/keyPersons", "/#/matchRequests/123/show", "/#/my-profile"])(
    "shows the login form for %s after at most a couple of redirects",
    async (address) => {
      const page = await freshPage();
      await page.goto(`${server.url}${address}`);
      await page.locator("input[name=username]").waitFor({ timeout: 5_000 });
      const shownAfterMs = await page.evaluate(() => performance.now());
      // a loop would go on after the form first shows: give it a moment to show itself
      await page.waitForTimeout(300);
      const navigations = await page.evaluate(() => (window as unknown as { __navigations: number }).__navigations);

      expect(page.url()).toMatch(/#\/login$/);
      expect(navigations).toBeLessThanOrEqual(3);
      // generous: the loop took 10,000-20,000 ms; a page load on a busy CI machine takes one or two seconds
      expect(shownAfterMs).toBeLessThan(5_000);
      await page.close();
    },
  );

  it("returns to the deep link after logging in", async () => {
    const page = await freshPage();
    await page.goto(`${server.url}/#/organisations`);
    await page.fill("input[name=username]", "coordinator@sleutelkaart.demo");
    await page.fill("input[name=password]", "sleutelkaart-demo");
    await page.click("button[type=submit]");
    await page.waitForURL(/#\/organisations$/);
    await page.locator("table tbody tr").first().waitFor();
    await new LoginPage(page, server.url).logOut();
    await page.close();
  });
});
