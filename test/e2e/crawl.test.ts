// A crawl of the console as each demo role, at 1280 px and on a 390 px phone, in Dutch:
// every page the role's menu, account menu, links and list rows lead to (crawl-pages.ts),
// plus the pages logged out (login, forgotten password, an invitation, the public map).
// On each: no English, no raw translation key, no sideways scroll, no console or page
// error. A failure names the role, the width and the path.
import type { Page } from "playwright-core";
import { hashInvitationToken } from "../../server/src/invitations/invitation.service";
import { describeWithBrowser, launchBrowser, type LaunchedBrowser } from "../support/browser";
import { closeConsole, requireBuiltConsole } from "../support/console";
import { login, ok } from "../support/graphql";
import { startTestServer, type TestServer } from "../support/server";
import { crawlRole, DEMO_PASSWORD, PageWatcher, problemsOnPage, ROLES, routeShape, visit, WIDTHS } from "./crawl-pages";
import { LoginPage } from "./pages";

jest.setTimeout(180_000);

describeWithBrowser("a crawl of every page, for every role, at 1280 and 390 px", () => {
  let server: TestServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let watcher: PageWatcher;
  const [wide, phone] = WIDTHS;

  beforeAll(async () => {
    requireBuiltConsole();
    requireBuiltConsole("kaart.html");
    server = await startTestServer({ seedDemo: true });
    await giveTheOrganisationARequest(server);
    browser = await launchBrowser({ width: wide.width, height: wide.height });
    page = await browser.context.newPage();
    watcher = new PageWatcher(page);
  });

  afterAll(() => closeConsole({ browser, server }));

  it("the checks find what they look for: English, a raw key, sideways scroll, a console error", async () => {
    await page.setViewportSize({ width: phone.width, height: phone.height });
    await visit(page, server.url, "/login", watcher);
    await page.evaluate(() => {
      const planted = document.createElement("div");
      planted.style.width = "2000px";
      planted.textContent = "Rows per page resources.keyPersons.name";
      document.body.append(planted);
      console.error("planted error");
    });
    const problems = [...(await problemsOnPage(page)), ...watcher.takeErrors()];
    expect(problems).toEqual([
      expect.stringMatching(/^English text "Rows per page"/),
      'raw translation key "resources.keyPersons.name"',
      expect.stringMatching(/^sideways scroll: \d+ px wide in 390 px/),
      "console error: planted error",
    ]);
    await page.reload();
  });

  it("logged out: the login, forgotten-password, reset and invitation pages and the public map", async () => {
    const token = "crawl-invitation-token-0123456789abcdefghijk";
    await server.dataSource.query(
      `INSERT INTO invitation (token_hash, user_id, expires_at)
       SELECT $1, u.id, now() + interval '1 day' FROM app_user u WHERE u.email = 'sleutelpersoon@sleutelkaart.demo'`,
      [hashInvitationToken(token)],
    );
    const failures: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width: width.width, height: width.height });
      for (const path of ["/login", "/forgot-password", "/reset-password/not-a-valid-token", `/invitation/${token}`]) {
        const problems = await visit(page, server.url, path, watcher);
        failures.push(...problems.map((problem) => `logged out @ ${width.name} #${path}: ${problem}`));
      }
      await page.goto(`${server.url}/kaart`);
      await page.locator(".leaflet-container").first().waitFor();
      await watcher.settled();
      const problems = [...(await problemsOnPage(page)), ...watcher.takeErrors()];
      failures.push(...problems.map((problem) => `logged out @ ${width.name} /kaart: ${problem}`));
    }
    expect(failures).toEqual([]);
  });

  for (const role of ROLES) {
    it(`${role.name}: every page of the menu, its links and its records`, async () => {
      await page.setViewportSize({ width: wide.width, height: wide.height });
      const login = new LoginPage(page, server.url);
      await login.logIn(role.email, DEMO_PASSWORD);
      await watcher.settled();
      const failures: string[] = [];
      const { paths, visits } = await crawlRole(page, server.url, watcher);
      for (const { path, problems } of visits) failures.push(...problems.map((problem) => `${role.name} @ ${wide.name} #${path}: ${problem}`));

      // as a phone opens the console: anew at its width (a desktop's open sidebar stays a closed drawer)
      await page.setViewportSize({ width: phone.width, height: phone.height });
      await page.reload();
      await watcher.settled();
      for (const path of paths) {
        const problems = await visit(page, server.url, path, watcher);
        failures.push(...problems.map((problem) => `${role.name} @ ${phone.name} #${path}: ${problem}`));
      }
      // the menu on a phone: a drawer over the page
      await visit(page, server.url, "/", watcher);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.locator("header button[aria-label='Menu openen']").click();
      await page.locator(".MuiDrawer-modal a[role=menuitem]").first().waitFor();
      const menu = [...(await problemsOnPage(page)), ...watcher.takeErrors()];
      failures.push(...menu.map((problem) => `${role.name} @ ${phone.name} the menu: ${problem}`));
      await page.locator(".MuiDrawer-modal a[role=menuitem]").last().click();
      await watcher.settled();
      // the drawer closed and lets the page be used again
      await page.locator("header button[aria-label='Menu openen']").click({ trial: true, timeout: 5000 });

      if (process.env.CRAWL_LOG) console.log(`${role.name}: ${paths.join(" ")}`);
      await login.logOut();
      watcher.takeErrors();
      // The crawl reached more than the menu: record pages of what the lists show.
      expect(paths.length).toBeGreaterThan(3);
      const shapes = new Set(paths.map(routeShape));
      expect(role.records.filter((shape) => !shapes.has(shape)).map((shape) => `${role.name} never reached ${shape}`)).toEqual([]);
      expect(failures).toEqual([]);
    });
  }
});

/**
 * The demo organisation asks for nobody yet (its requests are other organisations'), so
 * the crawl gives it one, through the API as the organisation would, to crawl its page.
 */
async function giveTheOrganisationARequest(server: TestServer): Promise<void> {
  const [{ count }] = await server.dataSource.query(
    `SELECT count(*)::int AS count FROM match_request r JOIN app_user u ON u.organisation_id = r.organisation_id WHERE u.email = 'organisatie@sleutelkaart.demo'`,
  );
  if (count > 0) return;
  const token = await login(server.url, "organisatie@sleutelkaart.demo", DEMO_PASSWORD);
  const input = {
    caseReference: "CRAWL-1",
    location: { lat: 52.3676, lon: 4.9041 },
    languageCodes: ["tir"],
    expertiseCodes: [],
    hoursPerWeek: 2,
    funding: "ORGANISATION",
    newcomerConsent: true,
  };
  await ok(server.url, `mutation($input: MatchRequestInput!) { createMatchRequest(input: $input) { id } }`, { input }, token);
}
