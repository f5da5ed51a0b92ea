// The console in Dutch as a Dutch user expects it: the login page says what Sleutelkaart
// is and offers English; moments are shown in Amsterdam time in one style, also in a
// browser whose own clock is in New York; amounts and hours with a decimal comma.
import type { Page } from "playwright-core";
import { describeWithBrowser, type LaunchedBrowser } from "../support/browser";
import { closeConsole, openConsole } from "../support/console";
import type { TestServer } from "../support/server";
import { LoginPage } from "./pages";

jest.setTimeout(120_000);

describeWithBrowser("the console in Dutch, in a browser in another time zone", () => {
  let server: TestServer;
  let browser: LaunchedBrowser;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, page } = await openConsole({ timezoneId: "America/New_York" }));
  });

  afterAll(() => closeConsole({ browser, server }));

  it("the login page says what Sleutelkaart is, and switches to English and back", async () => {
    await page.goto(`${server.url}/#/login`);
    const about = page.locator("[data-testid=login-about]");
    await about.waitFor();
    expect(await about.innerText()).toMatch(/^Sleutelkaart is het landelijke register van sleutelpersonen/);
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe("America/New_York");

    await page.getByRole("button", { name: /Taal \/ Language/ }).click();
    await page.getByRole("menuitem", { name: "English" }).click();
    await page.getByText("Sleutelkaart is the national registry of key persons").waitFor();
    expect(await page.getByRole("button", { name: "Sign in" }).count()).toBe(1);

    await page.getByRole("button", { name: /Taal \/ Language/ }).click();
    await page.getByRole("menuitem", { name: "Nederlands" }).click();
    await page.getByText("Sleutelkaart is het landelijke register").waitFor();
    expect(await page.getByRole("button", { name: "Inloggen" }).count()).toBe(1);
  });

  it("shows a moment in Amsterdam time, not the browser's: 23:30 UTC on 15 January is 16 January 00:30", async () => {
    const [{ id }] = await server.dataSource.query(`SELECT min(id) AS id FROM key_person`);
    await server.dataSource.query(`UPDATE key_person SET created_at = '2026-01-15T23:30:00Z' WHERE id = $1`, [id]);
    await new LoginPage(page, server.url).logIn("coordinator@sleutelkaart.demo", "sleutelkaart-demo");
    await page.goto(`${server.url}/#/keyPersons/${id}/show`);
    // New York would say 15 jan 2026 18:30
    await page.getByText("16 jan 2026, 00:30").waitFor();
    expect(await page.getByText("15 jan 2026").count()).toBe(0);
  });
});
