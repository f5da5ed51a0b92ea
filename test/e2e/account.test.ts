// Taking access away in the console: a forgotten password through the e-mailed link,
// changing one's password from the user menu, and a coordinator deactivating an account.
import type { Page } from "playwright-core";
import { describeWithBrowser, type LaunchedBrowser } from "../support/browser";
import { closeConsole, openConsole } from "../support/console";
import { DEMO, DEMO_PASSWORD } from "../support/fixtures";
import type { TestServer } from "../support/server";
import { AccountPages } from "./account-pages";
import { LoginPage } from "./pages";

jest.setTimeout(120_000);

describeWithBrowser("accounts in the console", () => {
  let server: TestServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let login: LoginPage;
  let account: AccountPages;

  beforeAll(async () => {
    ({ server, browser, page } = await openConsole());
    login = new LoginPage(page, server.url);
    account = new AccountPages(page, server.url);
  });

  afterAll(() => closeConsole({ browser, server }));

  it("lets an organisation user reset a forgotten password through the e-mailed link, then change it from the user menu", async () => {
    expect(await account.requestReset(DEMO.ORGANISATION)).toMatch(/de link onderweg/);
    const [mail] = await server.dataSource.query(
      `SELECT n.body FROM notification n JOIN app_user u ON u.id = n.user_id WHERE u.email = $1 AND n.kind = 'PASSWORD_RESET'`,
      [DEMO.ORGANISATION],
    );
    // The link is built from PUBLIC_URL (http://localhost:0 for a test server on a free port): open its path here.
    const token = /#\/reset-password\/([\w-]+)/.exec(mail.body)![1];
    await account.resetWith(`${server.url}/#/reset-password/${token}`, "nieuwe-fiets-regenjas");
    await account.changePassword("nieuwe-fiets-regenjas", "tweede-fiets-regenjas");
    await login.logIn(DEMO.ORGANISATION, "tweede-fiets-regenjas");
  });

  it("lets the coordinator deactivate an account, which then cannot log in, and reactivate it", async () => {
    const [{ id }] = await server.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [DEMO.REGIONAL_COORDINATOR]);
    await login.logOut();
    await login.logIn(DEMO.COORDINATOR, DEMO_PASSWORD);
    expect(await account.toggleAccount(String(id), "Deactiveren")).toMatch(/Gedeactiveerd sinds/);
    expect(await account.loginError(DEMO.REGIONAL_COORDINATOR, DEMO_PASSWORD)).toMatch(/gedeactiveerd/);
    await login.logIn(DEMO.COORDINATOR, DEMO_PASSWORD);
    expect(await account.toggleAccount(String(id), "Heractiveren")).toBe("Actief");
    await login.logOut();
    await login.logIn(DEMO.REGIONAL_COORDINATOR, DEMO_PASSWORD);
  });

  it("lets a regional coordinator deactivate the account of a key person of their region from the key person's page", async () => {
    const [{ key_person_id: id }] = await server.dataSource.query(`SELECT key_person_id FROM app_user WHERE email = $1`, [DEMO.KEY_PERSON]);
    await login.logOut();
    await login.logIn(DEMO.REGIONAL_COORDINATOR, DEMO_PASSWORD);
    expect(await account.toggleKeyPersonAccount(String(id), "Deactiveren")).toMatch(/Gedeactiveerd sinds/);
    expect(await account.loginError(DEMO.KEY_PERSON, DEMO_PASSWORD)).toMatch(/gedeactiveerd/);
    await login.logIn(DEMO.REGIONAL_COORDINATOR, DEMO_PASSWORD);
    expect(await account.toggleKeyPersonAccount(String(id), "Heractiveren")).toBe("Actief");
  });
});
