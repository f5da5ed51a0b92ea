import type { Page } from "playwright-core";
import { describeWithBrowser, expectNoEnglishServerText, type LaunchedBrowser } from "../support/browser";
import { closeConsole, openConsole } from "../support/console";
import { ok } from "../support/graphql";
import { AMSTERDAM, GRONINGEN, MatchingWorld, PASSWORD, type Organisation } from "../support/matching-fixtures";
import type { TestServer } from "../support/server";
import { LoginPage } from "./pages";

// Issue 18 in the browser: the newcomer moved from Amsterdam to Groningen; the Amsterdam
// organisation hands the request over ("Overdragen": an organisation near the new place,
// the consent checkbox), and the Groningen organisation accepts it on "Overdrachten".

jest.setTimeout(180_000);

describeWithBrowser("a request handed to an organisation near the newcomer's new place", () => {
  let server: TestServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let loginPage: LoginPage;
  let owner: Organisation, receiver: Organisation;
  let request: { id: string; caseReference: string };

  beforeAll(async () => {
    ({ server, browser, page } = await openConsole({ server: { seedDemo: false } }));
    loginPage = new LoginPage(page, server.url);
    const world = await MatchingWorld.create(server);
    owner = await world.organisation("GGD Amsterdam", "GM0363");
    receiver = await world.organisation("Kliniek Groningen", "GM0014");
    request = await world.request(owner, { location: AMSTERDAM, caseReference: "VERHUIS-1" });
    await ok(
      server.url,
      `mutation($id: ID!, $l: GeoPointInput!) { relocateNewcomer(requestId: $id, location: $l) { id } }`,
      { id: request.id, l: GRONINGEN },
      owner.token,
    );
  });
  afterAll(async () => {
    await closeConsole({ browser, server });
  });

  test("the owner proposes the transfer on the request's page, with the newcomer's consent", async () => {
    await loginPage.logIn(owner.email, PASSWORD);
    await page.goto(`${server.url}/#/matchRequests/${request.id}/show`);
    await page.getByTestId("transfer-button").click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("Aanvraag VERHUIS-1 overdragen").waitFor();
    await dialog.getByTestId("transfer-target").click();
    await page.getByRole("option", { name: /Kliniek Groningen \(\d+ km\)/ }).click();
    // Without consent the proposal cannot be sent.
    expect(await dialog.getByTestId("transfer-save").isDisabled()).toBe(true);
    await dialog.getByTestId("transfer-consent").locator("input").check();
    await dialog.getByTestId("transfer-save").click();
    await page.locator(".MuiSnackbar-root").getByText("Overdracht voorgesteld aan Kliniek Groningen").waitFor();
    // The request's page lists the waiting transfer, which the owner could withdraw there.
    await page.getByTestId("request-transfers").getByText("Wacht op antwoord").waitFor();
    await expectNoEnglishServerText(page);

    await page.goto(`${server.url}/#/transfers`);
    const outgoing = page.getByTestId("outgoing-transfers");
    await outgoing.getByText("VERHUIS-1").waitFor();
    expect(await outgoing.getByTestId("transfer-state").innerText()).toBe("Wacht op antwoord");
  });

  test("the receiving organisation accepts it on its transfers page and then owns the request", async () => {
    await loginPage.logOut();
    await loginPage.logIn(receiver.email, PASSWORD);
    await page.getByRole("menuitem", { name: "Overdrachten" }).click();
    const incoming = page.getByTestId("incoming-transfers");
    await incoming.getByText("VERHUIS-1").waitFor();
    await incoming.getByText("GGD Amsterdam").waitFor();
    await incoming.getByTestId("transfer-accept").click();
    await page.locator(".MuiSnackbar-root").getByText("Aanvraag VERHUIS-1 is vanaf vandaag van u").waitFor();
    await incoming.getByTestId("transfer-state").filter({ hasText: "Aangenomen" }).waitFor();
    await expectNoEnglishServerText(page);

    // The case reference now opens the request, which is the receiver's.
    await incoming.getByRole("link", { name: "VERHUIS-1" }).click();
    await page.getByTestId("case-reference").filter({ hasText: "VERHUIS-1" }).waitFor();
    await page.getByTestId("request-transfers").getByText("Aangenomen").waitFor();
    const { matchRequest } = await ok(server.url, `query($id: ID!) { matchRequest(id: $id) { organisation { id } } }`, { id: request.id }, receiver.token);
    expect(matchRequest.organisation.id).toBe(receiver.id);
  });
});
