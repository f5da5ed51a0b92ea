// Maps people can read: the municipality base layer carries place names (the big cities
// zoomed out, every municipality zoomed in) without a tile server; and leaving a map page
// throws nothing (Leaflet's "_leaflet_pos" errors came from work on a map already gone).
import type { Page } from "playwright-core";
import { describeWithBrowser, type LaunchedBrowser } from "../support/browser";
import { closeConsole, openConsole } from "../support/console";
import type { TestServer } from "../support/server";
import { LoginPage } from "./pages";

jest.setTimeout(120_000);

describeWithBrowser("maps in the console", () => {
  let server: TestServer;
  let browser: LaunchedBrowser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    ({ server, browser, page } = await openConsole());
    page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(`console: ${message.text()}`);
    });
    await new LoginPage(page, server.url).logIn("coordinator@sleutelkaart.demo", "sleutelkaart-demo");
  });

  afterAll(() => closeConsole({ browser, server }));

  it("names the big cities on the country's map, and every municipality zoomed in", async () => {
    const map = page.locator(".leaflet-container").first();
    await map.waitFor();
    const labels = () => map.locator(".sk-place-label").allInnerTexts();
    await map.locator(".sk-place-label", { hasText: "Amsterdam" }).waitFor();
    const country = await labels();
    expect(country).toEqual(expect.arrayContaining(["Amsterdam", "Rotterdam", "Groningen", "Maastricht"]));
    // not all 342 at once
    expect(country.length).toBeLessThan(40);
    expect(country).not.toContain("Diemen");

    // zoomed in on Amsterdam, the smaller municipalities get their names
    await map.locator(".leaflet-control-zoom-in").click();
    await map.locator(".leaflet-control-zoom-in").click();
    await map.locator(".leaflet-control-zoom-in").click();
    await map.locator(".sk-place-label").nth(40).waitFor();
    expect((await labels()).length).toBeGreaterThan(40);
  });

  it("leaves a map page without errors", async () => {
    for (let round = 0; round < 3; round++) {
      await page.getByRole("menuitem", { name: "Overzicht" }).click();
      await page.locator(".leaflet-container").first().waitFor();
      await page.locator(".leaflet-control-zoom-in").first().click();
      // leave at once, while the map is still moving
      await page.getByRole("menuitem", { name: "Sleutelpersonen" }).click();
      await page.locator("table tbody tr").first().waitFor();
    }
    await page.waitForTimeout(500);
    expect(errors.filter((e) => !/favicon/.test(e))).toEqual([]);
  });
});
