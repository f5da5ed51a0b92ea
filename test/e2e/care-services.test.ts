// Care services (issue 18) in the console, in Dutch: the demo organisation adds a service
// under "Hulpaanbod" with a phone number and opening hours, is refused in Dutch for a
// malformed time, sees it on its show page and confirms it; a contact point is added on the
// organisation's page. Each step is checked against the database.
import type { Page } from "playwright-core";
import { describeWithBrowser, expectNoEnglishServerText, type LaunchedBrowser } from "../support/browser";
import { closeConsole, openConsole } from "../support/console";
import type { TestServer } from "../support/server";
import { LoginPage } from "./pages";

const DEMO_PASSWORD = "sleutelkaart-demo";
const ORGANISATION = "organisatie@sleutelkaart.demo";

jest.setTimeout(180_000);

describeWithBrowser("care services in the console", () => {
  let server: TestServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let organisationId: number;

  const sql = (text: string, params: unknown[] = []) => server.dataSource.query(text, params);

  beforeAll(async () => {
    ({ server, browser, page } = await openConsole());
    [{ organisation_id: organisationId }] = await sql(`SELECT organisation_id FROM app_user WHERE email = $1`, [ORGANISATION]);
    await new LoginPage(page, server.url).logIn(ORGANISATION, DEMO_PASSWORD);
  });

  afterAll(() => closeConsole({ browser, server }));

  /** Picks an option of a react-admin autocomplete by typing part of its name. */
  async function choose(label: string, text: string, option: RegExp) {
    const box = page.getByRole("combobox", { name: label }).last();
    await box.click();
    await box.fill(text);
    await page.getByRole("option", { name: option }).first().click();
  }

  it("an organisation adds a service with a phone number and opening hours, and confirms it", async () => {
    await page.getByRole("menuitem", { name: "Hulpaanbod" }).click();
    await page.getByRole("link", { name: "Nieuw" }).click();
    await page.locator('input[name="name"]').fill("Inloopspreekuur Nieuwkomers (browsertest)");
    await page.locator('textarea[name="description"]').fill("Vragen over zorg en verblijf, zonder afspraak");
    await choose("Gemeenten in het werkgebied", "Amsterdam", /^Amsterdam$/);
    await choose("Talen waarin het aanbod er is", "Tigrinya", /Tigrinya/);
    await page.locator('textarea[name="applicationProcess"]').fill("Loop binnen; een medewerker helpt u verder");
    await page.locator('textarea[name="feesDescription"]').fill("Gratis");
    // a phone number
    await page.getByTestId("phones").getByRole("button", { name: "Toevoegen" }).click();
    await page.locator('input[name="phones.0.number"]').fill("020-555 1234");
    // opening hours: Tuesday, first with a malformed time
    await page.getByTestId("schedules").getByRole("button", { name: "Toevoegen" }).click();
    await page.getByTestId("schedules").getByRole("combobox", { name: "Dag" }).click();
    await page.getByRole("option", { name: "dinsdag" }).click();
    await page.locator('input[name="schedules.0.opensAt"]').fill("9 uur");
    await page.locator('input[name="schedules.0.closesAt"]').fill("12:00");
    if (process.env.CARE_SCREENSHOT) await page.screenshot({ path: "/tmp/care-form.png", fullPage: true });
    await page.getByRole("button", { name: "Opslaan" }).click();
    await page.getByText("9 uur” is geen tijd", { exact: false }).first().waitFor();
    expect(await sql(`SELECT id FROM care_service WHERE name LIKE 'Inloopspreekuur%'`)).toEqual([]);
    await page.locator('input[name="schedules.0.opensAt"]').fill("09:00");
    await page.getByRole("button", { name: "Opslaan" }).click();

    // the show page, and the database
    await page.getByText("Inloopspreekuur Nieuwkomers (browsertest)").first().waitFor();
    await page.getByText("dinsdag").first().waitFor();
    const [service] = await sql(
      `SELECT s.id, s.organisation_id, s.assured_on IS NOT NULL AS assured,
         (SELECT array_agg(municipality_code) FROM care_service_area a WHERE a.service_id = s.id) AS areas,
         (SELECT array_agg(language_code) FROM care_service_language l WHERE l.service_id = s.id) AS languages,
         (SELECT array_agg(number) FROM care_service_phone p WHERE p.service_id = s.id) AS phones,
         (SELECT array_agg(weekday || ' ' || opens_at || '-' || closes_at) FROM care_service_schedule c WHERE c.service_id = s.id) AS hours
       FROM care_service s WHERE s.name = 'Inloopspreekuur Nieuwkomers (browsertest)'`,
    );
    expect(service).toMatchObject({
      organisation_id: organisationId,
      assured: true,
      areas: ["GM0363"],
      languages: ["tir"],
      phones: ["020-555 1234"],
      hours: ["2 09:00:00-12:00:00"],
    });
    await expectNoEnglishServerText(page);
    if (process.env.CARE_SCREENSHOT) await page.screenshot({ path: "/tmp/care-show.png", fullPage: true });

    // out of date: the organisation confirms it again
    await sql(`UPDATE care_service SET assured_on = current_date - 200 WHERE id = $1`, [service.id]);
    await page.reload();
    await page.getByTestId("stale-chip").waitFor();
    await page.getByTestId("confirm-care-service").click();
    await page.getByText("Bevestigd: weer 180 dagen actueel").waitFor();
    const [after] = await sql(`SELECT assured_on >= current_date - 1 AS fresh FROM care_service WHERE id = $1`, [service.id]);
    expect(after.fresh).toBe(true);
  });

  it("an organisation adds a named contact point on its own page", async () => {
    await page.goto(`${server.url}/#/organisations/${organisationId}/show`);
    const card = page.getByTestId("contacts-card");
    await card.getByTestId("add-contact").click();
    const row = card.getByTestId("contact-row").last();
    await row.locator('input[name="contact.name"]').fill("Noor Hendriks");
    await row.locator('input[name="contact.title"]').fill("Casemanager");
    await row.locator('input[name="contact.phone"]').fill("020-555 7788");
    await row.getByTestId("save-contact").click();
    await page.getByText("Contactpersoon opgeslagen").waitFor();
    const rows = await sql(`SELECT name, title, phone FROM organisation_contact WHERE organisation_id = $1 AND name = 'Noor Hendriks'`, [organisationId]);
    expect(rows).toEqual([{ name: "Noor Hendriks", title: "Casemanager", phone: "020-555 7788" }]);
  });
});
