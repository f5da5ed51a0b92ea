import type { Page } from "playwright-core";
import { describeWithBrowser, expectNoEnglishServerText, type LaunchedBrowser, readmeScreenshot } from "../support/browser";
import { closeConsole, openConsole } from "../support/console";
import type { TestServer } from "../support/server";
import { KeyPersonPages, LoginPage } from "./pages";

const DEMO_PASSWORD = "sleutelkaart-demo";

// Jest reads testTimeout only from the root config, not from a project's.
jest.setTimeout(120_000);

describeWithBrowser("the console", () => {
  let server: TestServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let login: LoginPage;
  let keyPersons: KeyPersonPages;

  beforeAll(async () => {
    ({ server, browser, page } = await openConsole());
    login = new LoginPage(page, server.url);
    keyPersons = new KeyPersonPages(page, server.url);
  });

  afterAll(() => closeConsole({ browser, server }));

  it("says in Dutch that the e-mail address or password is wrong", async () => {
    expect(await login.logInRefused("coordinator@sleutelkaart.demo", "not-the-password")).toBe("Het e-mailadres of het wachtwoord klopt niet.");
    await expectNoEnglishServerText(page);
  });

  it("lets the coordinator register a key person and find them by name", async () => {
    await login.logIn("coordinator@sleutelkaart.demo", DEMO_PASSWORD);

    await keyPersons.create({
      displayName: "Saba Tesfay Testpersoon",
      email: "saba.tesfay@e2e.example",
      language: "Tigrinya",
      level: "Vloeiend",
      municipality: "Utrecht",
    });

    await keyPersons.openList();
    await readmeScreenshot(page, "screenshot.png");

    await keyPersons.filterByName("Testpersoon");
    expect(await keyPersons.namesInList()).toEqual(["Saba Tesfay Testpersoon"]);
  });

  it("shows a key person their own profile", async () => {
    await login.logOut();
    await login.logIn("sleutelpersoon@sleutelkaart.demo", DEMO_PASSWORD);

    await keyPersons.openMyProfile();

    expect(await keyPersons.displayNameInForm()).not.toBe("");
    expect(await page.getByRole("menuitem", { name: "Sleutelpersonen" }).count()).toBe(0);
  });
});
