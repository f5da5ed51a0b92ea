import type { Page } from "playwright-core";
import { ok, login as apiLogin } from "../support/graphql";
import { describeWithBrowser, expectNoEnglishServerText, type LaunchedBrowser } from "../support/browser";
import { closeConsole, openConsole } from "../support/console";
import type { TestServer } from "../support/server";
import { ClaimPages, HoursPages, ReviewPages } from "./compensation-pages";
import { LoginPage } from "./pages";

const DEMO_PASSWORD = "sleutelkaart-demo";
const KEY_PERSON = "sleutelpersoon@sleutelkaart.demo";
const ORGANISATION = "organisatie@sleutelkaart.demo";
const COORDINATOR = "coordinator@sleutelkaart.demo";

jest.setTimeout(120_000);

/**
 * The demo key person gets an ACTIVE assignment funded by the demo organisation, through
 * the API: the organisation asks for help at the key person's home in their language,
 * proposes them, and the key person accepts.
 */
async function activeAssignment(url: string): Promise<{ assignmentId: string; displayName: string }> {
  const keyPersonToken = await apiLogin(url, KEY_PERSON, DEMO_PASSWORD);
  const { me } = await ok(url, `{ me { keyPerson { id } } }`, {}, keyPersonToken);
  const keyPersonId: string = me.keyPerson.id;
  const coordinator = await apiLogin(url, COORDINATOR, DEMO_PASSWORD);
  const { keyPerson } = await ok(
    url,
    `query($id: ID!) { keyPerson(id: $id) { displayName homeLocation { lat lon } languages { language { code } } } }`,
    { id: keyPersonId },
    coordinator,
  );
  const organisation = await apiLogin(url, ORGANISATION, DEMO_PASSWORD);
  const { createMatchRequest } = await ok(
    url,
    `mutation($input: MatchRequestInput!) { createMatchRequest(input: $input) { id } }`,
    {
      input: {
        caseReference: "E2E-UREN-0001",
        location: keyPerson.homeLocation,
        languageCodes: [keyPerson.languages[0].language.code],
        funding: "ORGANISATION",
        hoursPerWeek: 1,
        newcomerConsent: true,
      },
    },
    organisation,
  );
  const { proposeAssignment } = await ok(
    url,
    `mutation($r: ID!, $k: ID!) { proposeAssignment(requestId: $r, keyPersonId: $k) { id } }`,
    { r: createMatchRequest.id, k: keyPersonId },
    organisation,
  );
  await ok(url, `mutation($a: ID!) { respondToAssignment(assignmentId: $a, accept: true) { id status } }`, { a: proposeAssignment.id }, keyPersonToken);
  return { assignmentId: proposeAssignment.id, displayName: keyPerson.displayName };
}

describeWithBrowser("hours in the console", () => {
  let server: TestServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let login: LoginPage;
  let hours: HoursPages;
  let review: ReviewPages;
  let claims: ClaimPages;
  let assignment: { assignmentId: string; displayName: string };

  beforeAll(async () => {
    ({ server, browser, page } = await openConsole());
    assignment = await activeAssignment(server.url);
    login = new LoginPage(page, server.url);
    hours = new HoursPages(page, server.url);
    review = new ReviewPages(page, server.url);
    claims = new ClaimPages(page);
  });

  afterAll(() => closeConsole({ browser, server }));

  // the server counts days in UTC; the week grid offers no day after that
  const today = () => new Date().toISOString().slice(0, 10);

  it("lets the key person declare hours in the week view", async () => {
    await login.logIn(KEY_PERSON, DEMO_PASSWORD);
    await hours.openMyHours();

    await hours.fillCell(assignment.assignmentId, today(), "2,5", "Begeleiding");
    await hours.submitWeek(1);

    const rows = await hours.entryRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain("2,5");
    expect(rows[0]).toContain("Begeleiding");
    expect(rows[0]).toContain("Ingediend");
  });

  it("makes one claim of a double-clicked claim form", async () => {
    await claims.openMyClaims();
    await claims.fillCosts("Openbaar vervoer", "12,40", "Trein naar de opvanglocatie");
    await claims.submitTwice();

    const rows = await claims.rows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain("12,40");
    expect(rows[0]).toContain("Ingediend");
  });

  it("lets the organisation approve them in its review list", async () => {
    await login.logOut();
    await login.logIn(ORGANISATION, DEMO_PASSWORD);
    await review.openReview();

    const rows = await review.rows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(assignment.displayName);
    expect(rows[0]).toContain("E2E-UREN-0001");

    await review.select(assignment.displayName);
    await review.approveSelected(1);
    await review.waitForEmpty();

    const organisation = await apiLogin(server.url, ORGANISATION, DEMO_PASSWORD);
    const { hourEntries } = await ok(server.url, `{ hourEntries { items { status hours activity } } }`, {}, organisation);
    expect(hourEntries.items).toEqual([{ status: "APPROVED", hours: 2.5, activity: "ACCOMPANIMENT" }]);

    await review.openClaimsTab();
    expect(await review.rows()).toEqual([expect.stringContaining("Trein naar de opvanglocatie")]);
    await review.select("Trein naar de opvanglocatie");
    await review.approveSelected(1);
    await review.waitForEmpty();
  });

  it("warns the organisation before exporting: the key person has no IBAN, so their line is left out", async () => {
    await review.openPaymentExports();
    await review.setPayerAccount("GGD Amsterdam", "NL91 ABNA 0417 1643 00");
    const warning = await review.exportWarning(today(), today());
    // (the euro amounts carry a non-breaking space)
    expect(warning.text).toContain(`${assignment.displayName}: IBAN ontbreekt (2 regels, €`);
    expect(warning.text).toMatch(/IBAN ontbreekt \(2 regels, €\s26,40\)/);
    expect(warning.text).toMatch(/0 regels \(€\s0,00\) worden geëxporteerd/);
    // nothing left to export: the button stays off
    expect(warning.canExport).toBe(false);
  });

  it("lets the key person fill in their IBAN", async () => {
    await login.logOut();
    await login.logIn(KEY_PERSON, DEMO_PASSWORD);
    await hours.openMyHours();
    await page.fill("input[name=iban]", "NL20 INGB 0001 2345 67");
    await page.getByRole("button", { name: "IBAN opslaan" }).click();
    await page.getByText("IBAN opgeslagen").waitFor();
  });

  it("lets the organisation export the payments as a Dutch CSV and a SEPA file, and download them again", async () => {
    await login.logOut();
    await login.logIn(ORGANISATION, DEMO_PASSWORD);
    await review.openPaymentExports();
    const { csv, sepa } = await review.exportPayments(today(), today());
    expect(csv.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe(
      "referentie;soort;sleutelpersoon_id;sleutelpersoon;iban;datum;uren;omschrijving;bedrag_cent;bedrag_eur;periode;export",
    );
    expect(csv).toContain("PUBLIC_TRANSPORT: Trein naar de opvanglocatie");
    expect(csv).toContain(";1240;12,40;");
    expect(csv).toContain(assignment.displayName);
    expect(sepa).toContain('xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"');
    expect(sepa).toContain("<DbtrAcct><Id><IBAN>NL91ABNA0417164300</IBAN>");
    expect(sepa).toContain("<CdtrAcct><Id><IBAN>NL20INGB0001234567</IBAN>");
    expect(sepa).toContain('<InstdAmt Ccy="EUR">26.40</InstdAmt>');

    expect(await review.downloadEarlierExport()).toBe(csv);
  });

  it("says in Dutch why a second export of the same period is refused", async () => {
    const refusal = await review.exportPaymentsRefused(today(), today());
    // NOTHING_TO_EXPORT { from, to }, worded by the console with the dates in Dutch.
    expect(refusal).toMatch(/Niets goedgekeurd en nog niet geëxporteerd tussen \d{1,2} \w+ \d{4} en \d{1,2} \w+ \d{4}/);
    await expectNoEnglishServerText(page);
  });

  it("shows the key person the approval", async () => {
    await login.logOut();
    await login.logIn(KEY_PERSON, DEMO_PASSWORD);
    await hours.openMyHours();
    await page.locator("table.RaDatagrid-table tbody tr", { hasText: "Goedgekeurd" }).waitFor();
  });
});
