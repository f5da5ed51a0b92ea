import { existsSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describeWithBrowser, expectNoEnglishServerText, launchBrowser, type LaunchedBrowser, readmeScreenshot } from "../support/browser";
import { startTestServer } from "../support/server";
import { KeyPersonPages, LoginPage } from "./pages";

const root = path.resolve(__dirname, "../..");
const DEMO_PASSWORD = "sleutelkaart-demo";

// Jest reads testTimeout only from the root config, not from a project's.
jest.setTimeout(120_000);

describeWithBrowser("the console", () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: LaunchedBrowser;
  let page: Page;
  let login: LoginPage;
  let keyPersons: KeyPersonPages;

  beforeAll(async () => {
    if (!existsSync(path.join(root, "admin/dist/index.html"))) {
      throw new Error("The console is not built: run `npm run build:admin` (npm test does it for you)");
    }
    server = await startTestServer({ seedDemo: true });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    login = new LoginPage(page, server.url);
    keyPersons = new KeyPersonPages(page, server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

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
      lat: 52.0907,
      lon: 5.1214,
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
