import type { Page } from "playwright-core";
import { login as apiLogin, ok } from "../support/graphql";
import { describeWithBrowser, expectNoEnglishServerText, type LaunchedBrowser } from "../support/browser";
import { closeConsole, openConsole } from "../support/console";
import type { TestServer } from "../support/server";
import { LoginPage } from "./pages";

const DEMO_PASSWORD = "sleutelkaart-demo";

jest.setTimeout(120_000);

// Issue 15, point 4: what needs attention shows where a key person looks.
describeWithBrowser("what needs attention, as a key person", () => {
  let server: TestServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let waiting: number;

  beforeAll(async () => {
    ({ server, browser, page } = await openConsole({ viewport: { width: 1280, height: 900 } }));
    const kp = await apiLogin(server.url, "sleutelpersoon@sleutelkaart.demo", DEMO_PASSWORD);
    const org = await apiLogin(server.url, "organisatie@sleutelkaart.demo", DEMO_PASSWORD);
    const me = await ok(server.url, `{ me { keyPerson { id languages { language { code } } } } }`, {}, kp);
    const keyPersonId = me.me.keyPerson.id;
    // No check-in yet, and free to be proposed.
    await server.dataSource.query(`DELETE FROM wellbeing_check_in WHERE key_person_id = $1`, [keyPersonId]);
    await server.dataSource.query(`UPDATE key_person SET weekly_capacity_hours = 20, status = 'ACTIVE' WHERE id = $1`, [keyPersonId]);
    const { createMatchRequest: request } = await ok(
      server.url,
      `mutation($input: MatchRequestInput!) { createMatchRequest(input: $input) { id } }`,
      {
        input: {
          caseReference: "CASE-ATTENTION",
          location: { lat: 52.3731, lon: 4.8926 },
          languageCodes: [me.me.keyPerson.languages[0].language.code],
          hoursPerWeek: 2,
          funding: "ORGANISATION",
          newcomerConsent: true,
          remoteAcceptable: true,
        },
      },
      org,
    );
    await ok(server.url, `mutation($r: ID!, $k: ID!) { proposeAssignment(requestId: $r, keyPersonId: $k) { id } }`, { r: request.id, k: keyPersonId }, org);
    waiting = (await ok(server.url, `{ attentionCounts { proposalsToAnswer } }`, {}, kp)).attentionCounts.proposalsToAnswer;
    expect(waiting).toBeGreaterThan(0);
    await new LoginPage(page, server.url).logIn("sleutelpersoon@sleutelkaart.demo", DEMO_PASSWORD);
  });

  afterAll(() => closeConsole({ browser, server }));

  it("shows the open proposals with their deadline on the home page, each leading to where it is answered", async () => {
    await page.goto(`${server.url}/#/`);
    const proposals = page.getByTestId("open-proposal");
    await proposals.first().waitFor();
    expect(await proposals.count()).toBe(waiting);
    expect(await proposals.first().getByTestId("proposal-deadline").innerText()).toMatch(/^Antwoord vóór \d{1,2} \S+ \d{4},? \d{2}:\d{2} · /);
    await expectNoEnglishServerText(page);
    await proposals.first().getByRole("link", { name: "Beantwoorden" }).click();
    await page.waitForURL(/#\/assignments/);
    await page.getByTestId("proposal").first().waitFor();
  });

  it("counts the proposals to answer on the menu", async () => {
    const badge = page.getByRole("menuitem", { name: /Mijn voorstellen/ }).locator(".MuiBadge-badge");
    await expect(badge.innerText()).resolves.toBe(String(waiting));
  });

  it("drops the check-in prompt after a check-in and shows the last one instead", async () => {
    await page.goto(`${server.url}/#/`);
    await page.getByTestId("check-in-prompt").waitFor();
    await page.getByRole("link", { name: "Naar de check-in" }).click();
    await page.waitForURL(/#\/my-wellbeing/);
    for (const scale of ["strain", "emotionalImpact", "support"]) await page.locator(`input[name=${scale}][value="2"]`).check();
    await page.getByRole("button", { name: "Check-in versturen" }).click();
    await page.getByRole("alert").filter({ hasText: /dank/i }).first().waitFor();
    await page.getByRole("menuitem", { name: "Overzicht" }).click();
    await page.getByTestId("last-check-in").waitFor();
    expect(await page.getByTestId("check-in-prompt").count()).toBe(0);
    expect(await page.getByTestId("last-check-in").innerText()).toMatch(/^Uw laatste check-in: \d{1,2} \S+ \d{4}\./);
  });
});
