import type { Page } from "playwright-core";
import { describeWithBrowser, launchBrowser, type LaunchedBrowser, readmeScreenshot } from "../support/browser";
import { login, ok } from "../support/graphql";
import { closeConsole, requireBuiltConsole } from "../support/console";
import { startTestServer } from "../support/server";

const DEMO_PASSWORD = "sleutelkaart-demo";
const PHONE = { width: 390, height: 844 };

// Jest reads testTimeout only from the root config, not from a project's.
jest.setTimeout(120_000);

interface Listed {
  displayName: string | null;
  municipality: { code: string; name: string } | null;
  languages: { language: { code: string; nameNl: string } }[] | null;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const LISTED = `query($languageCodes: [String!], $perPage: Int) {
  publicKeyPersons(languageCodes: $languageCodes, perPage: $perPage) {
    items { displayName municipality { code name } languages { language { code nameNl } } }
    total
  }
}`;

describeWithBrowser("the public map", () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: LaunchedBrowser;
  let page: Page;
  /** a language that a listed, named key person on the first page of results speaks */
  let language: { code: string; nameNl: string };
  let listedName: string;
  let listedMunicipality: { code: string; name: string } | null;
  let unlistedName: string;

  beforeAll(async () => {
    requireBuiltConsole("kaart.html");
    server = await startTestServer({ seedDemo: true });

    // A language of a listed key person who shows their name, other than Dutch or English,
    // and that person as the first page of that filter shows them.
    const everyone = (await ok(server.url, LISTED, { perPage: 100 })).publicKeyPersons.items as Listed[];
    // The most spoken such language first: the map then has something to show.
    const spoken = new Map<string, number>();
    for (const code of everyone.flatMap((p) => (p.languages ?? []).map((l) => l.language.code))) spoken.set(code, (spoken.get(code) ?? 0) + 1);
    const codes = [...new Set(everyone.flatMap((p) => (p.displayName ? (p.languages ?? []) : []).map((l) => l.language.code)))]
      .filter((c) => c !== "nld" && c !== "eng")
      .sort((a, b) => spoken.get(b)! - spoken.get(a)! || a.localeCompare(b));
    for (const code of codes) {
      const found = (await ok(server.url, LISTED, { languageCodes: [code], perPage: 20 })).publicKeyPersons.items as Listed[];
      const named = found.find((p) => p.displayName);
      if (named) {
        language = named.languages!.find((l) => l.language.code === code)!.language;
        listedName = named.displayName!;
        listedMunicipality = named.municipality;
        break;
      }
    }
    expect(listedName).toBeTruthy();

    // The two organisations nearest to that person on the social map, entered through the API as the coordinator would.
    const token = await login(server.url, "coordinator@sleutelkaart.demo", DEMO_PASSWORD);
    const nearest: { id: number }[] = await server.dataSource.query(
      `SELECT o.id FROM organisation o JOIN municipality m ON m.code = o.municipality_code
       LEFT JOIN municipality p ON p.code = $1
       ORDER BY power(m.centroid_lat - coalesce(p.centroid_lat, 52.1), 2) + power((m.centroid_lon - coalesce(p.centroid_lon, 5.1)) * 0.6, 2), o.id LIMIT 2`,
      [listedMunicipality?.code ?? null],
    );
    for (const [i, organisation] of nearest.entries()) {
      await ok(
        server.url,
        `mutation($id: ID!, $input: OrganisationPublicEntryInput!) { setOrganisationPublicEntry(organisationId: $id, input: $input) }`,
        {
          id: String(organisation.id),
          input: {
            listed: true,
            website: `https://example.org/organisatie-${i + 1}`,
            offers: "Informatie en doorverwijzing voor nieuwkomers; inloopspreekuur op dinsdag.",
          },
        },
        token,
      );
    }

    const [unlisted] = await server.dataSource.query(
      `SELECT display_name FROM key_person WHERE NOT consent_listed AND display_name NOT IN (SELECT display_name FROM key_person WHERE consent_listed) LIMIT 1`,
    );
    unlistedName = unlisted.display_name;

    browser = await launchBrowser(PHONE);
    page = await browser.context.newPage();
  });

  afterAll(() => closeConsole({ browser, server }));

  it("finds a consenting key person by language on a phone, and never an unlisted one", async () => {
    await page.goto(`${server.url}/kaart`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("nl");

    const languageSelect = page.getByRole("combobox", { name: /^Taal die/ });
    await page.locator(`select[name=language] option[value="${language.code}"]`).waitFor({ state: "attached" });
    await languageSelect.selectOption(language.code);

    // The result count is announced, and says what was filtered on.
    const summary = page.getByRole("status");
    await summary.filter({ hasText: new RegExp(`gevonden die ${escape(language.nameNl)} spreken in heel Nederland`) }).waitFor();
    const names = page.locator(".pk-people h3");
    await names.filter({ hasText: listedName }).first().waitFor();
    expect(await names.allInnerTexts()).toContain(listedName);
    expect(await page.locator("body").innerText()).not.toContain(unlistedName);

    // The page fits the phone: nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    // The map drew the 342 municipalities, shaded by the filtered counts.
    await page.waitForFunction(() => document.querySelectorAll(".pk-map path.leaflet-interactive").length >= 342);
    await page.evaluate(() => document.getElementById("map-title")?.closest("section")?.scrollIntoView({ block: "start" }));
    await readmeScreenshot(page, "screenshot-kaart.png");

    // The social map: organisations with their website.
    await page.locator(".pk-organisations a[href^='https://example.org/']").first().waitFor();

    // "Near": the key person's own municipality, picked from the list (the keyboard way to click the map).
    if (listedMunicipality) {
      await page.getByRole("combobox", { name: "Gemeente" }).selectOption(listedMunicipality.code);
      await page.getByRole("combobox", { name: "Afstand" }).selectOption("10");
      await summary.filter({ hasText: "binnen 10 km van" }).waitFor();
      await names.filter({ hasText: listedName }).first().waitFor();
      await page.locator(".pk-map path.pk-search-circle").waitFor({ state: "attached" });
    }
  });

  it("switches to English and remembers it", async () => {
    await page.getByTestId("language-picker").selectOption("en");
    await page.getByRole("heading", { name: "Key persons", exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await page.reload();
    await page.getByRole("heading", { name: "Key persons", exact: true }).waitFor();
    await page.locator(`select[name=language] option[value="${language.code}"]`).waitFor({ state: "attached" });
    expect(await page.locator("select[name=language]").inputValue()).toBe(language.code);
  });
});
