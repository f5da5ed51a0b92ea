import type { Page } from "playwright-core";
import { describeWithBrowser, expectNoEnglishServerText, type LaunchedBrowser } from "../support/browser";
import { closeConsole, openConsole } from "../support/console";
import { ok } from "../support/graphql";
import { AMSTERDAM, away, MatchingWorld, PASSWORD, type KeyPerson, type Organisation } from "../support/matching-fixtures";
import type { TestServer } from "../support/server";
import { LoginPage } from "./pages";

// Referrals in the console (issue 18), in Dutch: a key person refers the newcomer of their
// assignment to a service near the newcomer ("Doorverwijzen"), with consent; the
// service's organisation accepts it under "Doorverwijzingen".

jest.setTimeout(180_000);

describeWithBrowser("referrals in the console", () => {
  let server: TestServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let loginPage: LoginPage;
  let world: MatchingWorld;
  let holder: KeyPerson;
  let serviceOrg: Organisation;
  let assignmentId: string;

  beforeAll(async () => {
    ({ server, browser, page } = await openConsole({ server: { seedDemo: false } }));
    loginPage = new LoginPage(page, server.url);
    world = await MatchingWorld.create(server);
    const org = await world.organisation("AZC Amsterdam");
    serviceOrg = await world.organisation("Centrum Hulp", "GM0344");
    const lang = world.language();
    holder = await world.keyPerson({ languages: [lang], at: AMSTERDAM, maxTravelKm: 25, login: true });
    const request = await world.request(org, { languageCodes: [lang], hoursPerWeek: 2 });
    assignmentId = (await world.activeAssignment(org, request.id, holder)).id;
    const [{ id }] = await server.dataSource.query(
      `INSERT INTO care_service (organisation_id, name, status, topics, nationwide, interpreters_available) VALUES ($1, 'Hulp aan de Dam', 'ACTIVE', '{MENTAL_HEALTH}', false, true) RETURNING id`,
      [Number(serviceOrg.id)],
    );
    await server.dataSource.query(`INSERT INTO care_service_area (service_id, municipality_code) VALUES ($1, 'GM0363')`, [id]);
    const near = away(AMSTERDAM, 3);
    await server.dataSource.query(
      `INSERT INTO care_service_location (service_id, address, postal_code, city, municipality_code, lat, lon) VALUES ($1, 'Damstraat 1', '1012 JL', 'Amsterdam', 'GM0363', $2, $3)`,
      [id, near.lat, near.lon],
    );
  });
  afterAll(async () => {
    await closeConsole({ browser, server });
  });

  test("a key person refers from their assignment, and the service's organisation accepts", async () => {
    await loginPage.logIn(holder.email, PASSWORD);
    await page.goto(`${server.url}/#/assignments`);
    await page.getByTestId("refer-button").first().click();
    await page.getByTestId("referral-create").waitFor();
    await page.getByRole("heading", { name: "Doorverwijzen naar hulpaanbod" }).waitFor();
    await page.getByLabel("Onderwerp", { exact: true }).click();
    await page.getByRole("option", { name: "Mentale gezondheid en psychosociale ondersteuning" }).click();
    const service = page.getByTestId("referral-services").getByText("Hulp aan de Dam");
    await service.waitFor();
    expect(await page.getByTestId("referral-services").innerText()).toMatch(/3 km/);
    await page.getByRole("radio").first().check();
    await page.getByLabel("Onderwerp delen").uncheck();
    await page.getByLabel("De nieuwkomer gaf toestemming voor deze doorverwijzing").check();
    await page.getByLabel(/Korte notitie voor het hulpaanbod/).fill("Liefst in de ochtend");
    await page.getByTestId("referral-submit").click();
    await page.getByTestId("referral-history").waitFor();
    expect(await page.getByTestId("referral-state").innerText()).toBe("Verstuurd");
    await expectNoEnglishServerText(page);

    await loginPage.logOut();
    await loginPage.logIn(serviceOrg.email, PASSWORD);
    await page.getByRole("menuitem", { name: "Doorverwijzingen" }).click();
    await page.getByTestId("referral-list").getByText("Hulp aan de Dam").click();
    await page.getByTestId("referral-history").waitFor();
    // The service reads only what was shared: the topic was not.
    expect(await page.getByText("Gedeeld met toestemming").locator("..").innerText()).toMatch(/gemeente, taal/);
    await page.getByTestId("referral-action-ACCEPT").click();
    await page.getByLabel(/Korte notitie/).fill("Intake volgende week");
    await page.getByTestId("referral-action-confirm").click();
    await page.getByTestId("referral-state").filter({ hasText: "Geaccepteerd" }).waitFor();
    await page.getByTestId("referral-history").getByText("Intake volgende week").waitFor();

    const { referrals } = await ok(server.url, `{ referrals { items { state careService { name } } } }`, {}, holder.token);
    expect(referrals.items).toEqual([{ state: "ACCEPTED", careService: { name: "Hulp aan de Dam" } }]);
    expect(assignmentId).toBeTruthy();
  });
});
