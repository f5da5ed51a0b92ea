import type { Page } from "playwright-core";
import { describeWithBrowser, expectNoEnglishServerText, type LaunchedBrowser, readmeScreenshot } from "../support/browser";
import { login, ok } from "../support/graphql";
import { closeConsole, openConsole } from "../support/console";
import type { TestServer } from "../support/server";
import { MatchingPages } from "./matching-pages";
import { LoginPage } from "./pages";

const DEMO_PASSWORD = "sleutelkaart-demo";
const ORGANISATION = "organisatie@sleutelkaart.demo";
const KEY_PERSON = "sleutelpersoon@sleutelkaart.demo";
const COORDINATOR = "coordinator@sleutelkaart.demo";

// Jest reads testTimeout only from the root config, not from a project's.
jest.setTimeout(180_000);

interface Language {
  code: string;
  name: string;
  nameNl: string;
}

interface DemoKeyPerson {
  id: string;
  displayName: string;
  homeLocation: { lat: number; lon: number };
  homeMunicipality: { code: string; name: string };
  languages: { language: Language; level: string }[];
}

/** The label of a language in the console's Dutch autocomplete: shared Dutch names carry the English one. */
/** The option as the console shows it: the Dutch name alone (every language has its own). */
function dutchLabel(language: Language, all: Language[]): string {
  expect(all.filter((other) => other.nameNl === language.nameNl)).toHaveLength(1);
  return language.nameNl;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describeWithBrowser("matching in the console", () => {
  let server: TestServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let loginPage: LoginPage;
  let matching: MatchingPages;
  /** The only demo key person with a password: the request is made to match them. */
  let keyPerson: DemoKeyPerson;
  /** the languages asked for: the key person's own, the rarest first */
  let requested: { search: string; option: string }[];

  beforeAll(async () => {
    ({ server, browser, page } = await openConsole());
    loginPage = new LoginPage(page, server.url);
    matching = new MatchingPages(page, server.url);

    // Who the demo key person is, where they live and what they speak (they may read it all).
    const own = await ok<{ me: { keyPerson: DemoKeyPerson } }>(
      server.url,
      `{ me { keyPerson { id displayName homeLocation { lat lon } homeMunicipality { code name }
          languages { language { code name nameNl } level } } } }`,
      {},
      await login(server.url, KEY_PERSON, DEMO_PASSWORD),
    );
    keyPerson = own.me.keyPerson;

    // Their best-spoken language that the fewest key persons speak, so they rank high for it.
    const coordinator = await login(server.url, COORDINATOR, DEMO_PASSWORD);
    const { languages } = await ok<{ languages: Language[] }>(server.url, `{ languages { code name nameNl } }`, {}, coordinator);
    const spoken = keyPerson.languages.filter((skill) => skill.level !== "BASIC");
    const speakers = await Promise.all(
      spoken.map(async (skill) => {
        const data = await ok<{ keyPersons: { total: number } }>(
          server.url,
          `query($codes: [String!]) { keyPersons(filter: { languageCodes: $codes, status: ACTIVE }, perPage: 1) { total } }`,
          { codes: [skill.language.code] },
          coordinator,
        );
        return { language: skill.language, total: data.keyPersons.total };
      }),
    );
    // two of them (one suffices for a candidate), so the list and the map have more to show
    requested = speakers
      .sort((a, b) => a.total - b.total)
      .slice(0, 2)
      .map(({ language }) => ({ search: language.nameNl, option: dutchLabel(language, languages) }));
  });

  afterAll(() => closeConsole({ browser, server }));

  it("takes an organisation from a request to a proposal, with ranked candidates on a list and a map", async () => {
    await loginPage.logIn(ORGANISATION, DEMO_PASSWORD);

    await matching.createRequest({
      caseReference: "E2E-AMS-0001",
      languages: requested,
      hoursPerWeek: 1,
      funding: "Onze organisatie",
      municipality: keyPerson.homeMunicipality,
      location: keyPerson.homeLocation,
    });

    const names = await matching.candidateNames();
    expect(names.length).toBeGreaterThan(0);
    expect(names).toContain(keyPerson.displayName);
    // every candidate says why, in Dutch
    expect(await matching.reasonsOf(keyPerson.displayName)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^spreekt (${requested.map(({ search }) => escapeRegExp(search)).join("|")}) \\(`)),
        expect.stringMatching(/^belasting \d+% → \d+%$/),
      ]),
    );
    await expectNoEnglishServerText(page);
    expect(await page.locator("path.sk-newcomer").count()).toBe(1);
    expect(await page.locator("path.sk-candidate").count()).toBe(names.length);

    // Nobody proposed yet, and there are candidates: the organisation is told to choose one.
    expect(await page.getByTestId("no-assignments").innerText()).toBe("Er is nog niemand voorgesteld: kies hieronder een kandidaat.");

    // Every candidate shows the parts of its score, in points of the most each part can give.
    for (const name of names) {
      const parts = await matching.scorePartsOf(name);
      expect(parts.map((p) => p.part)).toEqual(expect.arrayContaining(["distance", "load", "language", "preferences"]));
      for (const part of parts.filter((p) => p.part !== "continuity"))
        expect(part.text).toMatch(/^(Afstand|Ruimte in agenda|Taalniveau|Voorkeuren)\n\d+ van (35|25|20)/);
      // the parts add up to the match, up to rounding
      const total = parts.reduce((sum, p) => sum + p.points, 0);
      expect(Math.abs(total - (await matching.matchOf(name)))).toBeLessThanOrEqual(2);
    }
    const hoursBefore = await matching.hoursTakenOf(keyPerson.displayName);

    // On the map too, a candidate says how its match is made up. The tooltip lives while the
    // pointer is on the marker; a redraw of the layer (the list refetching) takes it away, so
    // hover again until it is read.
    const tooltip = page.locator(".leaflet-tooltip", { hasText: "afstand" });
    let shown = "";
    for (let attempt = 0; attempt < 10 && !/afstand/.test(shown); attempt++) {
      await page.locator("path.sk-candidate").first().hover();
      shown = await tooltip
        .first()
        .innerText({ timeout: 3_000 })
        .catch(() => "");
    }
    expect(shown).toMatch(/Match \d+ van 100: afstand \d+ · ruimte in agenda \d+ · taalniveau \d+ · voorkeuren \d+/);
    await page.mouse.move(0, 0);
    // (after the hover: a full-page screenshot moves the map under the pointer)
    await readmeScreenshot(page, "screenshot-matching.png", { fullPage: true });

    await matching.propose(keyPerson.displayName);
    expect(await matching.assignmentStatus(keyPerson.displayName)).toBe("Voorgesteld");
    // Right after the proposal the candidate reads "proposed", keeps its own match, and its hours follow.
    const proposed = matching.candidate(keyPerson.displayName);
    await proposed.locator("[data-code=MATCH_PROPOSED]").waitFor();
    expect(await matching.reasonsOf(keyPerson.displayName)).toEqual(expect.arrayContaining(["voorgesteld, wacht op antwoord"]));
    expect(await matching.reasonsOf(keyPerson.displayName)).not.toContain("begeleidt deze casus al");
    expect(await matching.reasonsOf(keyPerson.displayName)).toEqual(expect.arrayContaining([expect.stringMatching(/^belasting nu \d+%, met dit voorstel$/)]));
    expect(await matching.matchOf(keyPerson.displayName)).toBeLessThan(100);
    await expect(matching.hoursTakenOf(keyPerson.displayName)).resolves.toEqual({ ...hoursBefore, taken: hoursBefore.taken + 1 });
    await page.getByTestId("assignment").first().waitFor();
    await expect(page.getByTestId("no-assignments").count()).resolves.toBe(0);
    // one proposal at a time: the other candidates wait
    await expect(page.getByTestId("candidate").first().getByRole("button", { name: "Voorstellen" }).isDisabled()).resolves.toBe(true);
  });

  it("lets the key person accept the proposal, without showing who the newcomer is", async () => {
    await loginPage.logOut();
    await loginPage.logIn(KEY_PERSON, DEMO_PASSWORD);

    await matching.openMyProposals();
    await expect(matching.proposals().count()).resolves.toBe(1);
    const proposal = await matching.proposals().first().innerText();
    expect(proposal).toContain(keyPerson.homeMunicipality.name);
    for (const { search } of requested) expect(proposal).toContain(search);
    expect(proposal).toContain("1 u/week");
    expect(proposal).not.toContain("E2E-AMS-0001");

    await matching.acceptFirstProposal();
    await matching.activeAssignments().first().waitFor();
    await expect(matching.proposals().count()).resolves.toBe(0);
  });

  it("shows the organisation the assignment active, with the key person's contact details", async () => {
    await loginPage.logOut();
    await loginPage.logIn(ORGANISATION, DEMO_PASSWORD);
    // The dashboard counts the organisation's requests by where they stand: E2E-AMS-0001 is matched now,
    // beside what the demo organisation has of its own (DEMO-OPEN-0001, a request transferred to it …).
    const counts: { status: string; n: number }[] = await server.dataSource.query(
      `SELECT r.status, count(*)::int AS n FROM match_request r JOIN app_user u ON u.organisation_id = r.organisation_id WHERE u.email = $1 GROUP BY r.status`,
      [ORGANISATION],
    );
    const count = (status: string) => counts.find((c) => c.status === status)?.n ?? 0;
    expect(count("MATCHED")).toBeGreaterThanOrEqual(1);
    await page.locator("a", { hasText: new RegExp(`Gematcht\\s*${count("MATCHED")}$`) }).waitFor();
    await page.locator("a", { hasText: new RegExp(`Open verzoeken\\s*${count("OPEN")}$`) }).waitFor();

    await matching.openRequest("E2E-AMS-0001");
    expect(await matching.assignmentStatus(keyPerson.displayName)).toBe("Actief");
    await page.locator(`[data-testid=assignment][data-name="${keyPerson.displayName}"]`).getByText(KEY_PERSON).waitFor();
  });

  it("shows the coordinator the unmet requests, with the rule that excluded key persons", async () => {
    // A request nobody can take: a language no demo key person speaks.
    const organisation = await login(server.url, ORGANISATION, DEMO_PASSWORD);
    const coordinator = await login(server.url, COORDINATOR, DEMO_PASSWORD);
    const { languages } = await ok<{ languages: Language[] }>(server.url, `{ languages { code name nameNl } }`, {}, coordinator);
    let unspoken: Language | undefined;
    for (const language of languages) {
      const data = await ok<{ keyPersons: { total: number } }>(
        server.url,
        `query($codes: [String!]) { keyPersons(filter: { languageCodes: $codes }, perPage: 1) { total } }`,
        { codes: [language.code] },
        coordinator,
      );
      if (data.keyPersons.total === 0) {
        unspoken = language;
        break;
      }
    }
    if (!unspoken) throw new Error("Every language has a demo key person: pick another way to make a request unmet");
    await ok(
      server.url,
      `mutation($input: MatchRequestInput!) { createMatchRequest(input: $input) { id } }`,
      {
        input: {
          caseReference: "E2E-UNMET-0001",
          location: { lat: 51.4416, lon: 5.4697 }, // Eindhoven
          languageCodes: [unspoken.code],
          hoursPerWeek: 2,
          funding: "NATIONAL_SCHEME",
          newcomerConsent: true,
        },
      },
      organisation,
    );

    await loginPage.logOut();
    await loginPage.logIn(COORDINATOR, DEMO_PASSWORD);
    await matching.openUnmetRequests();

    const row = matching.unmetRow("E2E-UNMET-0001");
    await row.waitFor();
    expect(await row.innerText()).toMatch(/Taal: \d+/);
    expect(await row.innerText()).toContain("Eindhoven");
    await page.locator("path.sk-unmet").first().waitFor();
  });

  it("opens a request from the list on a freshly loaded page: the whole request, its map and its assignment", async () => {
    // A reload empties react-admin's cache, so the page starts from the list's row (which
    // has no location or assignments) and must wait for the whole request.
    await page.reload();
    await matching.openRequest("E2E-AMS-0001");
    await page.getByTestId("candidates-map").locator(".leaflet-container").waitFor();
    expect(await matching.assignmentStatus(keyPerson.displayName)).toBe("Actief");
    await expect(page.getByText("Er ging iets mis").count()).resolves.toBe(0);
  });

  it("lets the organisation cancel the request: asked first, then the request and the support show as cancelled, with no actions left", async () => {
    await loginPage.logOut();
    await loginPage.logIn(ORGANISATION, DEMO_PASSWORD);
    await matching.openRequest("E2E-AMS-0001");

    await page.getByRole("button", { name: "Aanvraag intrekken" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("Voor E2E-AMS-0001 is geen sleutelpersoon meer nodig").waitFor();
    // it says who will be told: the key person who supports the case
    await dialog.getByText(`${keyPerson.displayName} krijgt bericht dat het voorstel of de begeleiding stopt`).waitFor();
    await dialog.getByRole("button", { name: "Aanvraag intrekken" }).click();
    await matching.dismissNotification(`Aanvraag ingetrokken; ${keyPerson.displayName} heeft bericht gekregen.`);

    expect(await matching.assignmentStatus(keyPerson.displayName)).toBe("Geannuleerd");
    await page.getByTestId("case-reference").locator("xpath=..").getByText("Geannuleerd").waitFor();
    await expect(page.getByRole("button", { name: "Aanvraag intrekken" }).count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: "Nieuwkomer verhuisd" }).count()).resolves.toBe(0);
  });
});
