// Group activities in the console (issue 17): the coordinator plans a training that grants
// a qualification, invites the key persons of a municipality; the demo key person says
// they come on their dashboard; once it has begun the coordinator ticks them present and
// saves. Their intervision record and a verified qualification follow, and they declare
// the hours from the activity's page.
import type { Page } from "playwright-core";
import { ManualClock } from "../../server/src/clock";
import { login as apiLogin, ok } from "../support/graphql";
import { describeWithBrowser, expectNoEnglishServerText, type LaunchedBrowser } from "../support/browser";
import { closeConsole, openConsole } from "../support/console";
import type { TestServer } from "../support/server";
import { LoginPage } from "./pages";
import { readFile } from "node:fs/promises";
import { pdfText } from "../support/pdf-text";

const DEMO_PASSWORD = "sleutelkaart-demo";
const KEY_PERSON = "sleutelpersoon@sleutelkaart.demo";
const COORDINATOR = "coordinator@sleutelkaart.demo";
const TITLE = "Training SGGG voor sleutelpersonen";

jest.setTimeout(180_000);

describeWithBrowser("a training from planning to attendance", () => {
  const clock = new ManualClock(new Date());
  let server: TestServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let login: LoginPage;
  let keyPersonId: string;
  let municipality: string;
  let activityId: string;

  // Tomorrow in Amsterdam, as dd-mm-jjjj; the training runs 10:00–13:00 there.
  const tomorrow = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date(Date.now() + 86_400_000));
  const [year, month, day] = tomorrow.split("-");

  beforeAll(async () => {
    ({ server, browser, page } = await openConsole({ server: { seedDemo: true, clock } }));
    login = new LoginPage(page, server.url);
    const token = await apiLogin(server.url, KEY_PERSON, DEMO_PASSWORD);
    const me = (await ok(server.url, `{ me { keyPerson { id homeMunicipality { name } } } }`, {}, token)).me.keyPerson;
    keyPersonId = me.id;
    municipality = me.homeMunicipality.name;
  });

  afterAll(() => closeConsole({ browser, server }));

  it("lets the coordinator plan a training that grants a qualification", async () => {
    await login.logIn(COORDINATOR, DEMO_PASSWORD);
    await page.getByRole("menuitem", { name: "Groepsactiviteiten" }).click();
    await page.goto(`${server.url}/#/groupActivities/create`);
    await page.getByLabel("Soort").click();
    await page.getByRole("option", { name: "Training", exact: true }).click();
    await page.fill('input[name="title"]', TITLE);
    await page.fill('input[name="date"]', `${day}-${month}-${year}`);
    await page.fill('input[name="startTime"]', "10:00");
    await page.fill('input[name="endTime"]', "13:00");
    await page.fill('input[name="capacity"]', "12");
    await page.fill('input[name="onlineUrl"]', "https://meet.example.org/sggg");
    // The qualification is chosen from the maintained list, by its name.
    await page.getByLabel("Kwalificatie die deelname oplevert").click();
    await page.getByRole("option", { name: "Training seksueel en gendergerelateerd geweld (SGGG)", exact: true }).click();
    await page.getByRole("button", { name: "Opslaan" }).click();
    await page.getByRole("heading", { name: TITLE }).waitFor();
    activityId = /groupActivities\/(\d+)\/show/.exec(page.url())![1];
    await page.getByText("12 van 12 plaatsen vrij").waitFor();
    await page.getByText("Training seksueel en gendergerelateerd geweld (SGGG)").waitFor();
  });

  it("invites the key persons of a municipality, each by e-mail", async () => {
    const invite = page.getByRole("heading", { name: "Sleutelpersonen uitnodigen" }).locator("xpath=ancestor::div[contains(@class,'MuiCard-root')]");
    await invite.getByLabel("Wonend in").fill(municipality);
    await page.getByRole("option", { name: municipality, exact: true }).click();
    await invite.getByRole("button", { name: "Uitnodigen" }).click();
    await page.getByText(/uitgenodigd; \d+ waren al uitgenodigd/).waitFor();
    await page.getByRole("cell", { name: "Nog geen antwoord" }).first().waitFor();
    await expectNoEnglishServerText(page);
    const [mail] = await server.dataSource.query(
      `SELECT n.subject FROM notification n JOIN app_user u ON u.id = n.user_id WHERE u.key_person_id = $1 AND n.dedupe_key = $2`,
      [keyPersonId, `group-invitation:${activityId}`],
    );
    expect(mail.subject).toContain(TITLE);
  });

  it("lets the key person say they come, on their dashboard", async () => {
    await login.logOut();
    await login.logIn(KEY_PERSON, DEMO_PASSWORD);
    const card = page.getByRole("heading", { name: "Uitnodigingen voor groepsactiviteiten" }).locator("xpath=ancestor::div[contains(@class,'MuiCard-root')]");
    const item = card.locator("li", { hasText: TITLE });
    await item.getByRole("button", { name: "Ik kom", exact: true }).click();
    await item.getByText(/Komt$/).waitFor();
  });

  it("lets the coordinator record attendance once it has begun: intervision record and verified qualification follow", async () => {
    // Tomorrow, during the training (the server's clock; the session stays valid).
    clock.set(new Date(`${tomorrow}T10:30:00+01:00`));
    await login.logOut();
    await login.logIn(COORDINATOR, DEMO_PASSWORD);
    await page.goto(`${server.url}/#/groupActivities/${activityId}/show`);
    const rowOf = page.getByRole("row").filter({ hasText: "Komt" });
    await rowOf.first().waitFor();
    const name = (await rowOf.first().getByRole("cell").first().innerText()).trim();
    await rowOf.first().getByRole("checkbox").check();
    await page.getByRole("button", { name: "Aanwezigheid opslaan" }).click();
    await page.getByText("Aanwezigheid opgeslagen").waitFor();
    expect(name.length).toBeGreaterThan(0);
    const sessions = await server.dataSource.query(`SELECT kind FROM supervision_session WHERE key_person_id = $1 AND group_activity_id = $2`, [
      keyPersonId,
      activityId,
    ]);
    expect(sessions).toEqual([{ kind: "TRAINING" }]);
    const [qualification] = await server.dataSource.query(`SELECT type_code, status FROM qualification WHERE key_person_id = $1 AND group_activity_id = $2`, [
      keyPersonId,
      activityId,
    ]);
    expect(qualification).toEqual({ type_code: "SGBV_TRAINING", status: "VERIFIED" });
  });

  it("lets the key person declare the hours from the activity", async () => {
    await login.logOut();
    await login.logIn(KEY_PERSON, DEMO_PASSWORD);
    await page.goto(`${server.url}/#/groupActivities/${activityId}/show`);
    await page.getByText("U was aanwezig.", { exact: false }).waitFor();
    await page.getByRole("button", { name: "3 uur opgeven als eigen activiteit" }).click();
    await page.getByText("Uren opgegeven", { exact: false }).waitFor();
    const [entry] = await server.dataSource.query(`SELECT own_activity, hours::float8 AS hours FROM hour_entry WHERE key_person_id = $1 AND note = $2`, [
      keyPersonId,
      TITLE,
    ]);
    expect(entry).toEqual({ own_activity: "TRAINING", hours: 3 });
  });

  it("lets the key person download the year's statement, which names the training and its qualification", async () => {
    await page.goto(`${server.url}/#/my-profile`);
    const card = page.getByTestId("recognition");
    await card.waitFor();
    await card.getByLabel("Jaar").click();
    await page.getByRole("option", { name: year, exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: "Downloaden (pdf)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const text = pdfText(await readFile((await download.path())!));
    expect(text).toContain(TITLE);
    expect(text).toMatch(/Training SGGG|SGBV/);
    await expectNoEnglishServerText(page);
  });
});
