// Every API capability reachable in the console (issue 15, points 2 and 3), walked as each
// role would: a key person's public-map consent and leave on their own profile and, for the
// coordinator, on the key person's page; an organisation on the social map; new accounts by
// invitation; and a home chosen as a municipality and a click on the map, never as
// coordinates. Each step is checked against the database.
import type { Page } from "playwright-core";
import { describeWithBrowser, expectNoEnglishServerText, type LaunchedBrowser, readmeScreenshot } from "../support/browser";
import { closeConsole, openConsole } from "../support/console";
import type { TestServer } from "../support/server";
import { MatchingPages } from "./matching-pages";
import { KeyPersonPages, LoginPage } from "./pages";

const DEMO_PASSWORD = "sleutelkaart-demo";
const KEY_PERSON = "sleutelpersoon@sleutelkaart.demo";
const COORDINATOR = "coordinator@sleutelkaart.demo";
const ORGANISATION = "organisatie@sleutelkaart.demo";

jest.setTimeout(180_000);

/** A latitude or longitude as a person would read it: two digits, a point or comma, four or more. */
const COORDINATES = /\b(5[0-3]|[3-7])[.,]\d{4,}\b/;

describeWithBrowser("every capability in the console", () => {
  let server: TestServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let login: LoginPage;
  let keyPersons: KeyPersonPages;
  let keyPersonId: number;

  const sql = (text: string, params: unknown[] = []) => server.dataSource.query(text, params);

  beforeAll(async () => {
    ({ server, browser, page } = await openConsole());
    login = new LoginPage(page, server.url);
    keyPersons = new KeyPersonPages(page, server.url);
    [{ key_person_id: keyPersonId }] = await sql(`SELECT key_person_id FROM app_user WHERE email = $1`, [KEY_PERSON]);
  });

  afterAll(() => closeConsole({ browser, server }));

  async function consent() {
    const [row] = await sql(
      `SELECT consent_listed AS listed, consent_show_name AS name, consent_show_municipality AS municipality, consent_show_languages AS languages,
         consent_show_expertise AS expertise, consent_show_email AS email, consent_show_phone AS phone FROM key_person WHERE id = $1`,
      [keyPersonId],
    );
    return row;
  }
  const leaves = () =>
    sql(`SELECT starts_on::text AS "from", ends_on::text AS "to" FROM key_person_leave WHERE key_person_id = $1 ORDER BY starts_on`, [keyPersonId]);
  const card = (testId: string) => page.getByTestId(testId);

  describe("a key person on their own profile", () => {
    beforeAll(async () => {
      await login.logIn(KEY_PERSON, DEMO_PASSWORD);
      await keyPersons.openMyProfile();
    });

    it("chooses field by field what /kaart shows, each explained in Dutch", async () => {
      const consentCard = card("public-consent");
      await consentCard.getByText("Zonder staat er: ‘Naam niet openbaar’.").waitFor();
      await consentCard.getByText("Zonder wordt het profiel niet gevonden bij zoeken op een taal.").waitFor();
      // Off the map, no single field can be ticked: each waits for "listed".
      await consentCard.locator('input[name="consent.listed"]').setChecked(false);
      expect(await consentCard.locator('input[name="consent.showName"]').isDisabled()).toBe(true);
      await consentCard.locator('input[name="consent.listed"]').check();
      for (const name of ["showName", "showMunicipality", "showLanguages"]) await consentCard.locator(`input[name="consent.${name}"]`).setChecked(true);
      for (const name of ["showExpertise", "showEmail", "showPhone"]) await consentCard.locator(`input[name="consent.${name}"]`).setChecked(false);
      await consentCard.getByRole("button", { name: "Keuzes opslaan" }).click();
      await keyPersons.dismissNotification("Keuzes voor de openbare kaart opgeslagen");
      expect(await consent()).toEqual({ listed: true, name: true, municipality: true, languages: true, expertise: false, email: false, phone: false });
      const [entry] = await sql(`SELECT detail FROM audit_log WHERE action = 'setPublicConsent' AND entity_id = $1 ORDER BY id DESC LIMIT 1`, [keyPersonId]);
      expect(entry.detail.onBehalf).toBe(false);
    });

    it("adds leave, is told in Dutch when it ends before it starts, and removes it", async () => {
      const leaveCard = card("leave-periods");
      await leaveCard.getByText("Geen afwezigheid gepland.").waitFor();
      await leaveCard.locator('input[name="leave.startsOn"]').fill("2031-08-10");
      await leaveCard.locator('input[name="leave.endsOn"]').fill("2031-08-01");
      await leaveCard.getByRole("button", { name: "Afwezigheid toevoegen" }).click();
      await leaveCard.getByTestId("leave-error").getByText("Het verlof eindigt voordat het begint.").waitFor();
      expect(await leaves()).toEqual([]);

      await leaveCard.locator('input[name="leave.endsOn"]').fill("2031-08-24");
      await leaveCard.getByRole("button", { name: "Afwezigheid toevoegen" }).click();
      await keyPersons.dismissNotification("Afwezigheid toegevoegd");
      await leaveCard.getByTestId("leave-period").getByText("10 aug 2031 t/m 24 aug 2031").waitFor();
      expect(await leaves()).toEqual([{ from: "2031-08-10", to: "2031-08-24" }]);

      await leaveCard.getByRole("button", { name: "De afwezigheid van 10 aug 2031 t/m 24 aug 2031 verwijderen" }).click();
      await keyPersons.dismissNotification("Afwezigheid verwijderd");
      await leaveCard.getByTestId("leave-period").waitFor({ state: "detached" });
      expect(await leaves()).toEqual([]);
    });

    it("moves their home by choosing a municipality and a click on the map, and never sees coordinates", async () => {
      expect(await page.locator('input[name="homeLocation.lat"], input[name="homeLocation.lon"]').count()).toBe(0);
      const point = { lat: 52.0907, lon: 5.1214 };
      await new MatchingPages(page, server.url).clickOnMap({ name: "Utrecht", code: "GM0344" }, point, "Gemeente van de woonplaats");
      await page.getByTestId("chosen-municipality").getByText("Woonplaats in Utrecht").waitFor();
      await page.getByRole("button", { name: "Opslaan", exact: true }).click();
      await keyPersons.dismissNotification("Opgeslagen");
      const [home] = await sql(`SELECT home_municipality_code AS code, home_lat AS lat, home_lon AS lon FROM key_person WHERE id = $1`, [keyPersonId]);
      expect(home.code).toBe("GM0344");
      expect(Math.abs(home.lat - point.lat)).toBeLessThan(0.01);
      expect(Math.abs(home.lon - point.lon)).toBeLessThan(0.01);
      expect(await page.locator("body").innerText()).not.toMatch(COORDINATES);
      await expectNoEnglishServerText(page);
    });

    it("takes the municipality's centre when nobody clicks", async () => {
      await keyPersons.chooseHomeMunicipality("Zwolle");
      await page.getByRole("button", { name: "Opslaan", exact: true }).click();
      await keyPersons.dismissNotification("Opgeslagen");
      const [home] = await sql(
        `SELECT kp.home_municipality_code AS code, abs(kp.home_lat - m.centroid_lat) < 1e-4 AND abs(kp.home_lon - m.centroid_lon) < 1e-4 AS at_centre
         FROM key_person kp JOIN municipality m ON m.code = kp.home_municipality_code WHERE kp.id = $1`,
        [keyPersonId],
      );
      expect(home).toEqual({ code: "GM0193", at_centre: true });
    });
  });

  describe("the coordinator on the key person's page", () => {
    beforeAll(async () => {
      await login.logOut();
      await login.logIn(COORDINATOR, DEMO_PASSWORD);
      await page.goto(`${server.url}/#/keyPersons/${keyPersonId}/show`);
      await card("public-consent").waitFor();
    });

    it("sees the key person's choices and changes one on their behalf (audited as such)", async () => {
      const consentCard = card("public-consent");
      expect(await consentCard.locator('input[name="consent.showName"]').isChecked()).toBe(true);
      expect(await consentCard.locator('input[name="consent.showEmail"]').isChecked()).toBe(false);
      await consentCard.locator('input[name="consent.showEmail"]').check();
      await consentCard.getByRole("button", { name: "Keuzes opslaan" }).click();
      await keyPersons.dismissNotification("Keuzes voor de openbare kaart opgeslagen");
      expect((await consent()).email).toBe(true);
      const [entry] = await sql(`SELECT detail FROM audit_log WHERE action = 'setPublicConsent' AND entity_id = $1 ORDER BY id DESC LIMIT 1`, [keyPersonId]);
      expect(entry.detail.onBehalf).toBe(true);
    });

    it("plans leave for the key person", async () => {
      const leaveCard = card("leave-periods");
      await leaveCard.locator('input[name="leave.startsOn"]').fill("2031-12-20");
      await leaveCard.locator('input[name="leave.endsOn"]').fill("2032-01-04");
      await leaveCard.getByRole("button", { name: "Afwezigheid toevoegen" }).click();
      await keyPersons.dismissNotification("Afwezigheid toegevoegd");
      await leaveCard.getByTestId("leave-period").getByText("20 dec 2031 t/m 4 jan 2032").waitFor();
      expect(await leaves()).toEqual([{ from: "2031-12-20", to: "2032-01-04" }]);
    });

    it("reads the home as a municipality, not as coordinates", async () => {
      expect(await page.locator("body").innerText()).not.toMatch(COORDINATES);
      // The two cards at the top of the window, below the app bar.
      await card("public-consent").evaluate((element) => {
        element.closest(".MuiCard-root")?.scrollIntoView({ block: "start" });
        window.scrollBy(0, -64);
      });
      await readmeScreenshot(page, "screenshot-consent-leave.png");
    });
  });

  describe("an organisation on the social map", () => {
    it("the demo lists most organisations on /kaart", async () => {
      const [{ listed, all }] = await sql(
        `SELECT (SELECT count(*)::int FROM organisation_public_entry) AS listed, (SELECT count(*)::int FROM organisation) AS all`,
      );
      expect(listed).toBeGreaterThanOrEqual(10);
      expect(listed).toBeLessThan(all);
    });

    it("the coordinator puts an organisation on it; a web address without https:// is refused in Dutch", async () => {
      const [organisation] = await sql(
        `SELECT o.id, o.name FROM organisation o WHERE NOT EXISTS (SELECT 1 FROM organisation_public_entry p WHERE p.organisation_id = o.id) ORDER BY o.id LIMIT 1`,
      );
      await page.goto(`${server.url}/#/organisations/${organisation.id}/show`);
      const entry = card("public-entry");
      await entry.waitFor();
      await entry.locator('input[name="publicEntry.listed"]').check();
      await entry.locator('textarea[name="publicEntry.offers"]').fill("Inloopspreekuur op dinsdag, met tolk.");
      await entry.locator('input[name="publicEntry.website"]').fill("www.voorbeeld.nl");
      await entry.getByRole("button", { name: "Vermelding opslaan" }).click();
      await entry
        .getByRole("alert")
        .getByText(/geen webadres|is geen/i)
        .waitFor();
      expect(await sql(`SELECT 1 FROM organisation_public_entry WHERE organisation_id = $1`, [organisation.id])).toEqual([]);

      await entry.locator('input[name="publicEntry.website"]').fill("https://www.voorbeeld.nl");
      await entry.getByRole("button", { name: "Vermelding opslaan" }).click();
      await keyPersons.dismissNotification("Vermelding op de sociale kaart opgeslagen");
      expect(await sql(`SELECT offers, website FROM organisation_public_entry WHERE organisation_id = $1`, [organisation.id])).toEqual([
        { offers: "Inloopspreekuur op dinsdag, met tolk.", website: "https://www.voorbeeld.nl" },
      ]);
    });

    it("the organisation takes itself off the map from its own page", async () => {
      await login.logOut();
      await login.logIn(ORGANISATION, DEMO_PASSWORD);
      await page.getByRole("menuitem", { name: "Mijn organisatie" }).click();
      const entry = card("public-entry");
      await entry.waitFor();
      const [{ organisation_id: organisationId }] = await sql(`SELECT organisation_id FROM app_user WHERE email = $1`, [ORGANISATION]);
      await entry.locator('input[name="publicEntry.listed"]').setChecked(true);
      await entry.locator('textarea[name="publicEntry.offers"]').fill("Spreekuur seksuele gezondheid voor nieuwkomers.");
      await entry.getByRole("button", { name: "Vermelding opslaan" }).click();
      await keyPersons.dismissNotification("Vermelding op de sociale kaart opgeslagen");
      expect(await sql(`SELECT offers FROM organisation_public_entry WHERE organisation_id = $1`, [organisationId])).toEqual([
        { offers: "Spreekuur seksuele gezondheid voor nieuwkomers." },
      ]);
      await entry.locator('input[name="publicEntry.listed"]').uncheck();
      await entry.getByRole("button", { name: "Vermelding opslaan" }).click();
      await keyPersons.dismissNotification("Vermelding op de sociale kaart opgeslagen");
      expect(await sql(`SELECT 1 FROM organisation_public_entry WHERE organisation_id = $1`, [organisationId])).toEqual([]);
    });
  });

  describe("a new account by invitation", () => {
    const email = `nieuw.${Date.now().toString(36)}@e2e.example`;
    const invitationMails = () =>
      sql(`SELECT n.body FROM notification n JOIN app_user u ON u.id = n.user_id WHERE u.email = $1 AND n.kind = 'INVITATION' ORDER BY n.id`, [email]);

    it("the coordinator creates it without typing a password, and sends the invitation again", async () => {
      await login.logOut();
      await login.logIn(COORDINATOR, DEMO_PASSWORD);
      await page.goto(`${server.url}/#/users/create`);
      await page.locator("input[name=email]").waitFor();
      expect(await page.locator("input[type=password]").count()).toBe(0);
      await page.fill("input[name=email]", email);
      // Organisation is the default role: choose which one.
      const organisationInput = page.locator("input[name=organisationId]");
      await organisationInput.click();
      await organisationInput.fill("GGD");
      await page.getByRole("option").first().click();
      await page.getByRole("button", { name: "Opslaan" }).click();
      await page.waitForURL(/#\/users\/\d+\/show$/);
      await page.getByText("Uitnodiging nog niet aangenomen").waitFor();
      expect(await invitationMails()).toHaveLength(1);

      await page.getByRole("button", { name: "Nieuwe uitnodiging sturen" }).click();
      await page.getByRole("dialog").getByRole("button", { name: "Bevestigen" }).click();
      await keyPersons.dismissNotification("Nieuwe uitnodiging verstuurd");
      expect(await invitationMails()).toHaveLength(2);
    });

    it("the invited user opens the newest link, chooses a password and is logged in", async () => {
      const mails = await invitationMails();
      const link = /(https?:\/\/\S+#\/invitation\/[\w-]+)/.exec(mails[mails.length - 1].body)![1];
      await login.logOut();
      await page.goto(link.replace(/^https?:\/\/[^/#]+/, server.url));
      await page.getByRole("heading", { name: "Welkom bij Sleutelkaart" }).waitFor();
      await page.fill("input[name=password]", "een-eigen-wachtwoord-voor-mij");
      await page.fill("input[name=repeat]", "een-eigen-wachtwoord-voor-mij");
      await page.getByRole("button", { name: "Wachtwoord instellen en inloggen" }).click();
      await page.getByRole("menuitem", { name: "Mijn organisatie" }).waitFor();
      const [user] = await sql(`SELECT password_hash LIKE '!unset:%' AS pending FROM app_user WHERE email = $1`, [email]);
      expect(user.pending).toBe(false);
    });
  });

  describe("on a phone", () => {
    it("the new cards and forms fit 390 px without sideways scroll", async () => {
      const wide = page.viewportSize();
      try {
        // Logged in on the wide screen (the phone's menu is a drawer), then the phone's width.
        await page.goto(`${server.url}/#/login`);
        await login.logOut();
        await login.logIn(COORDINATOR, DEMO_PASSWORD);
        await page.setViewportSize({ width: 390, height: 844 });
        const [organisation] = await sql(`SELECT id FROM organisation ORDER BY id LIMIT 1`);
        for (const [route, ready] of [
          [`keyPersons/${keyPersonId}/show`, "public-consent"],
          [`organisations/${organisation.id}/show`, "public-entry"],
        ] as const) {
          await page.goto(`${server.url}/#/${route}`);
          await page.getByTestId(ready).waitFor();
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          expect({ route, fits: width <= 390 }).toEqual({ route, fits: true });
        }
        await page.goto(`${server.url}/#/users/create`);
        await page.locator("input[name=email]").waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      } finally {
        if (wide) await page.setViewportSize(wide);
      }
    });

    it("/kaart shows the demo's organisations on the social map", async () => {
      await page.goto(`${server.url}/kaart`);
      await page.locator(".pk-organisations li").first().waitFor();
      expect(await page.locator(".pk-organisations li").count()).toBeGreaterThanOrEqual(10);
      expect(await page.locator("body").innerText()).not.toContain("Geen organisaties op de kaart");
    });
  });
});
