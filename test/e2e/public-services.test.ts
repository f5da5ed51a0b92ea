import type { Page } from "playwright-core";
import { describeWithBrowser, launchBrowser, type LaunchedBrowser } from "../support/browser";
import { closeConsole, requireBuiltConsole } from "../support/console";
import { startTestServer } from "../support/server";

// Care services on the public map (issue 18): beside the key persons, filtered by the same
// language and topic, in Dutch and English; the emergency numbers stay on top.

jest.setTimeout(120_000);

describeWithBrowser("care services on the public map", () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: LaunchedBrowser;
  let page: Page;

  beforeAll(async () => {
    requireBuiltConsole("kaart.html");
    server = await startTestServer();
    const [organisation] = await server.dataSource.query(
      `INSERT INTO organisation (name, kind, municipality_code) VALUES ('Zorgnet Test', 'NGO', 'GM0363') RETURNING id`,
    );
    const service = async (fields: Record<string, unknown>, languages: string[], areas: string[], phone?: string) => {
      const columns = { organisation_id: organisation.id, status: "ACTIVE", public: true, ...fields };
      const names = Object.keys(columns);
      const [row] = await server.dataSource.query(
        `INSERT INTO care_service (${names.join(", ")}) VALUES (${names.map((_, i) => `$${i + 1}`).join(", ")}) RETURNING id`,
        Object.values(columns),
      );
      for (const code of languages)
        await server.dataSource.query(`INSERT INTO care_service_language (service_id, language_code) VALUES ($1, $2)`, [row.id, code]);
      for (const code of areas) await server.dataSource.query(`INSERT INTO care_service_area (service_id, municipality_code) VALUES ($1, $2)`, [row.id, code]);
      if (phone)
        await server.dataSource.query(`INSERT INTO care_service_phone (service_id, number, description) VALUES ($1, $2, 'dag en nacht')`, [row.id, phone]);
    };
    await service(
      { name: "Tigrinya spreekuur Amsterdam", topics: ["SGBV"], application_process: "U krijgt binnen twee dagen een afspraak.", fees_description: "Gratis" },
      ["tir"],
      ["GM0363"],
    );
    await service({ name: "Huisartsenpraktijk Utrecht", topics: ["HEALTHCARE_NAVIGATION"] }, ["ara"], ["GM0344"]);
    await service(
      { name: "Landelijke hulplijn met tolk", topics: ["SGBV", "SEXUAL_VIOLENCE"], interpreters_available: true, anonymous_line: true, nationwide: true },
      [],
      [],
      "0800-0188",
    );
    await service({ name: "Geheim inactief aanbod", status: "INACTIVE", topics: ["SGBV"] }, ["tir"], ["GM0363"]);
    await service({ name: "Geheim niet openbaar aanbod", public: false, topics: ["SGBV"] }, ["tir"], ["GM0363"]);
    browser = await launchBrowser();
    page = await browser.context.newPage();
  });

  afterAll(() => closeConsole({ browser, server }));

  const names = () => page.locator(".pk-services h3").allInnerTexts();

  it("shows the public services beside the key persons, under the emergency numbers, filtered by language and topic", async () => {
    await page.goto(`${server.url}/kaart`);
    const services = page.getByTestId("public-services");
    await services.getByRole("heading", { name: "Hulpaanbod" }).waitFor();
    await page.locator(".pk-services h3", { hasText: "Huisartsenpraktijk Utrecht" }).waitFor();
    expect((await names()).sort()).toEqual(["Huisartsenpraktijk Utrecht", "Landelijke hulplijn met tolk", "Tigrinya spreekuur Amsterdam"]);
    expect(await page.locator("body").innerText()).not.toContain("Geheim");

    // The emergency numbers come first on the page, the services after the key persons.
    const order = await page.evaluate(() => {
      const top = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().top + window.scrollY;
      return { emergency: top(".pk-emergency"), people: top(".pk-area-results"), services: top(".pk-area-services") };
    });
    expect(order.emergency).toBeLessThan(order.people);
    expect(order.people).toBeLessThan(order.services);

    // The nationwide line: its tags, its number to call.
    const line = page.locator(".pk-service", { hasText: "Landelijke hulplijn met tolk" });
    expect(await line.innerText()).toMatch(/Anoniem[\s\S]*Met tolk/);
    expect(await line.locator("a[href='tel:08000188']").count()).toBe(1);

    // Tigrinya: the service in Tigrinya and the one with an interpreter, not the Arabic GP.
    await page.locator("select[name=language] option[value=tir]").waitFor({ state: "attached" });
    await page.locator("select[name=language]").selectOption("tir");
    await page.locator(".pk-services h3", { hasText: "Huisartsenpraktijk Utrecht" }).waitFor({ state: "detached" });
    expect((await names()).sort()).toEqual(["Landelijke hulplijn met tolk", "Tigrinya spreekuur Amsterdam"]);

    // And a topic only the national line helps with.
    await page.locator("select[name=topic]").selectOption("SEXUAL_VIOLENCE");
    await page.locator(".pk-services h3", { hasText: "Tigrinya spreekuur Amsterdam" }).waitFor({ state: "detached" });
    expect(await names()).toEqual(["Landelijke hulplijn met tolk"]);

    // No match at all says so, and points at the numbers on top.
    await page.locator("select[name=topic]").selectOption("FGM");
    await services.getByText(/Geen hulpaanbod gevonden/).waitFor();
  });

  it("in English too", async () => {
    await page.locator("select[name=language]").selectOption("");
    await page.locator("select[name=topic]").selectOption("");
    await page.getByTestId("language-picker").selectOption("en");
    const services = page.getByTestId("public-services");
    await services.getByRole("heading", { name: "Care services" }).waitFor();
    await page.locator(".pk-services h3", { hasText: "Tigrinya spreekuur Amsterdam" }).waitFor();
    const tigrinya = page.locator(".pk-service", { hasText: "Tigrinya spreekuur Amsterdam" });
    expect(await tigrinya.innerText()).toMatch(/After contact[\s\S]*U krijgt binnen twee dagen een afspraak\.[\s\S]*Costs[\s\S]*Gratis/);
    expect(await page.locator(".pk-service", { hasText: "Landelijke hulplijn met tolk" }).innerText()).toMatch(/Anonymous[\s\S]*With an interpreter/);
    expect(await services.innerText()).toMatch(/All of the Netherlands/);
  });
});
