// Issue 15, point 2 (new accounts by invitation link) and point 8 (one date style): in a
// browser whose own language is American English, the coordinator registers a key person
// without typing a password, is told the invitation went out and can send it again; and
// leave is typed and shown in the Dutch style (dd-mm-jjjj, "10 aug 2031"), never mm/dd/yyyy.
import type { Page } from "playwright-core";
import { describeWithBrowser, type LaunchedBrowser } from "../support/browser";
import { closeConsole, openConsole } from "../support/console";
import type { TestServer } from "../support/server";
import { KeyPersonPages, LoginPage } from "./pages";

const DEMO_PASSWORD = "sleutelkaart-demo";
const COORDINATOR = "coordinator@sleutelkaart.demo";

jest.setTimeout(180_000);

describeWithBrowser("a key person invited, and days in Dutch in an English browser", () => {
  let server: TestServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let keyPersons: KeyPersonPages;
  const email = `uitgenodigd.${Date.now().toString(36)}@e2e.example`;
  let keyPersonId: number;

  const sql = (text: string, params: unknown[] = []) => server.dataSource.query(text, params);
  const invitationMails = () =>
    sql(`SELECT n.body FROM notification n JOIN app_user u ON u.id = n.user_id WHERE u.email = $1 AND n.kind = 'INVITATION' ORDER BY n.id`, [email]);

  beforeAll(async () => {
    ({ server, browser, page } = await openConsole({ locale: "en-US" }));
    keyPersons = new KeyPersonPages(page, server.url);
    await new LoginPage(page, server.url).logIn(COORDINATOR, DEMO_PASSWORD);
  });

  afterAll(() => closeConsole({ browser, server }));

  it("the browser really is American English", async () => {
    expect(await page.evaluate(() => navigator.language)).toBe("en-US");
  });

  it("the coordinator registers a key person without a password field; an invitation goes out and can be sent again", async () => {
    await page.goto(`${server.url}/#/keyPersons/create`);
    await page.locator("input[name=displayName]").waitFor();
    expect(await page.locator("input[type=password], input[name=password]").count()).toBe(0);
    await page.getByTestId("invitation-help").getByText("kiest daarmee zelf een wachtwoord").waitFor();

    // The page object fills the form, saves, and waits for "Uitnodiging verstuurd naar <address>".
    await keyPersons.create({ displayName: "Amanuel Uitgenodigd", email, language: "Tigrinya", level: "Vloeiend", municipality: "Utrecht" });
    keyPersonId = Number(/#\/keyPersons\/(\d+)\/show$/.exec(page.url())![1]);
    expect(await invitationMails()).toHaveLength(1);
    const [account] = await sql(`SELECT password_hash LIKE '!unset:%' AS pending FROM app_user WHERE key_person_id = $1`, [keyPersonId]);
    expect(account.pending).toBe(true);

    await page.getByText("Uitnodiging nog niet aangenomen").waitFor();
    await page.getByRole("button", { name: "Nieuwe uitnodiging sturen" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Bevestigen" }).click();
    await keyPersons.dismissNotification("Nieuwe uitnodiging verstuurd");
    expect(await invitationMails()).toHaveLength(2);
  });

  it("leave is typed as dd-mm-jjjj and shown as '10 aug 2031'; an American date is refused, nothing saved", async () => {
    const leaves = () =>
      sql(`SELECT starts_on::text AS "from", ends_on::text AS "to" FROM key_person_leave WHERE key_person_id = $1 ORDER BY starts_on`, [keyPersonId]);
    const leaveCard = page.getByTestId("leave-periods");
    await leaveCard.getByText("Geen afwezigheid gepland.").waitFor();
    expect(await leaveCard.locator("input[type=date]").count()).toBe(0);
    const from = leaveCard.locator('input[name="leave.startsOn"]');
    const to = leaveCard.locator('input[name="leave.endsOn"]');
    expect(await from.getAttribute("placeholder")).toBe("dd-mm-jjjj");

    // 08/24/2031 as an American types it: month 24 does not exist.
    await from.fill("10-08-2031");
    await to.fill("08/24/2031");
    await to.blur();
    await leaveCard.getByText("Geen bestaande datum: typ dag-maand-jaar, bv. 24-08-2031").first().waitFor();
    await leaveCard.getByRole("button", { name: "Afwezigheid toevoegen" }).click();
    await leaveCard.getByTestId("leave-error").waitFor();
    expect(await leaves()).toEqual([]);

    await to.fill("24-8-2031");
    await to.blur();
    expect(await to.inputValue()).toBe("24-08-2031");
    await leaveCard.getByRole("button", { name: "Afwezigheid toevoegen" }).click();
    await keyPersons.dismissNotification("Afwezigheid toegevoegd");
    await leaveCard.getByTestId("leave-period").getByText("10 aug 2031 t/m 24 aug 2031").waitFor();
    expect(await leaves()).toEqual([{ from: "2031-08-10", to: "2031-08-24" }]);
    expect(await from.inputValue()).toBe("");
  });

  it("a request filter's period shows in the same style, from the address as from typing", async () => {
    await page.goto(`${server.url}/#/matchRequests?filter=${encodeURIComponent(JSON.stringify({ createdFrom: "2026-01-05" }))}`);
    const createdFrom = page.locator("input[name=createdFrom]");
    await createdFrom.waitFor();
    expect(await createdFrom.inputValue()).toBe("05-01-2026");
    expect(await page.locator("input[type=date]").count()).toBe(0);
    await createdFrom.fill("7-1-2026");
    await page.waitForURL(/createdFrom%22%3A%222026-01-07/);
  });
});
