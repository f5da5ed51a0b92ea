// Qualifications in the console (issue 17): the key person adds a training on "Mijn
// profiel" (awaiting verification); the national coordinator verifies it on the key
// person's page with a note, and finds the list of qualification types to edit.
import type { Page } from "playwright-core";
import { login as apiLogin, ok } from "../support/graphql";
import { describeWithBrowser, expectNoEnglishServerText, type LaunchedBrowser } from "../support/browser";
import { closeConsole, openConsole } from "../support/console";
import type { TestServer } from "../support/server";
import { LoginPage } from "./pages";

const DEMO_PASSWORD = "sleutelkaart-demo";
const KEY_PERSON = "sleutelpersoon@sleutelkaart.demo";
const COORDINATOR = "coordinator@sleutelkaart.demo";
const SGBV = "Training seksueel en gendergerelateerd geweld (SGGG)";

jest.setTimeout(120_000);

describeWithBrowser("qualifications in the console", () => {
  let server: TestServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let login: LoginPage;
  let keyPersonId: string;

  beforeAll(async () => {
    ({ server, browser, page } = await openConsole());
    login = new LoginPage(page, server.url);
    const token = await apiLogin(server.url, KEY_PERSON, DEMO_PASSWORD);
    keyPersonId = (await ok(server.url, `{ me { keyPerson { id } } }`, {}, token)).me.keyPerson.id;
  });

  afterAll(() => closeConsole({ browser, server }));

  /** A day some months ago as the console's day fields take it: dd-mm-jjjj. */
  const monthsAgo = (months: number) => {
    const day = new Date(Date.now() - months * 30 * 86_400_000);
    return `${String(day.getUTCDate()).padStart(2, "0")}-${String(day.getUTCMonth() + 1).padStart(2, "0")}-${day.getUTCFullYear()}`;
  };

  const card = () => page.getByTestId("qualifications");
  const sgbvItem = () => card().getByTestId("qualification").filter({ hasText: SGBV });

  it("lets the key person add a training on Mijn profiel: it waits for verification", async () => {
    await login.logIn(KEY_PERSON, DEMO_PASSWORD);
    await page.goto(`${server.url}/#/my-profile`);
    await card().waitFor();
    await card().getByLabel("Kwalificatie", { exact: true }).click();
    await page.getByRole("option", { name: SGBV }).click();
    await card().locator('input[name="qualification.issuer"]').fill("Pharos");
    await card().locator('input[name="qualification.obtainedOn"]').fill(monthsAgo(3));
    await card().getByTestId("add-qualification").click();
    await sgbvItem().getByText("Wacht op verificatie").waitFor();
    expect(await sgbvItem().innerText()).toContain("Pharos");
    // The key person cannot verify their own.
    expect(await sgbvItem().getByTestId("verify-qualification").count()).toBe(0);
    await expectNoEnglishServerText(page);
  });

  it("lets the coordinator verify it on the key person's page, with a note", async () => {
    await login.logOut();
    await login.logIn(COORDINATOR, DEMO_PASSWORD);
    await page.goto(`${server.url}/#/keyPersons/${keyPersonId}/show`);
    await sgbvItem().getByTestId("verify-qualification").click();
    // An empty note is refused, worded in Dutch.
    await page.getByTestId("confirm-qualification-decision").click();
    await page.getByTestId("qualification-decision-error").getByText("Vul dit in.").waitFor();
    await page.getByRole("dialog").locator('textarea[name="qualification.note"]').fill("Certificaat gezien");
    await page.getByTestId("confirm-qualification-decision").click();
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await sgbvItem().getByText("Geverifieerd").waitFor();
    expect(await sgbvItem().innerText()).toContain("Notitie: Certificaat gezien");
    await expectNoEnglishServerText(page);

    const coordinator = await apiLogin(server.url, COORDINATOR, DEMO_PASSWORD);
    const { keyPerson } = await ok(
      server.url,
      `query($id: ID!) { keyPerson(id: $id) { qualifications { code status verificationNote } } }`,
      { id: keyPersonId },
      coordinator,
    );
    expect(keyPerson.qualifications).toContainEqual({ code: "SGBV_TRAINING", status: "VERIFIED", verificationNote: "Certificaat gezien" });
  });

  it("shows the coordinator the list of qualification types, the reporting code among them", async () => {
    await page.goto(`${server.url}/#/qualificationTypes`);
    const list = page.getByTestId("qualification-types");
    await list.getByText("Meldcode huiselijk geweld en kindermishandeling").waitFor();
    expect(await list.locator("tbody tr").count()).toBe(5);
    await expectNoEnglishServerText(page);
  });
});
