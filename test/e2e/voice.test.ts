import type { Page } from "playwright-core";
import { describeWithBrowser, englishIn, launchBrowser, type LaunchedBrowser } from "../support/browser";
import { ok } from "../support/graphql";
import { closeConsole, requireBuiltConsole } from "../support/console";
import { MatchingWorld, PASSWORD, type KeyPerson, type Organisation } from "../support/matching-fixtures";
import { startTestServer, type TestServer } from "../support/server";
import { LoginPage } from "./pages";

// Newcomers' voice in a real Chromium: a key person hands on the feedback link, a newcomer
// answers it on a phone in Arabic (right to left), once; an organisation files a complaint
// and the key person responds to it.

jest.setTimeout(180_000);

const PHONE = { width: 390, height: 844 };
const COMPLETE = `mutation($a: ID!) { completeAssignment(assignmentId: $a) { id } }`;

describeWithBrowser("newcomers' voice", () => {
  let server: TestServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let world: MatchingWorld;
  let org: Organisation;
  let kp: KeyPerson;
  let login: LoginPage;
  let completedId: string;
  let activeId: string;

  beforeAll(async () => {
    requireBuiltConsole("kaart.html");
    server = await startTestServer({ seedDemo: false });
    world = await MatchingWorld.create(server);
    org = await world.organisation("GGD Stemmen");
    kp = await world.keyPerson({ name: "Amal Haddad", languages: ["ara"], login: true });
    const done = await world.activeAssignment(org, (await world.request(org, { languageCodes: ["ara"] })).id, kp);
    await ok(server.url, COMPLETE, { a: done.id }, org.token);
    completedId = done.id;
    activeId = (await world.activeAssignment(org, (await world.request(org, { languageCodes: ["ara"] })).id, kp)).id;
    browser = await launchBrowser();
    page = await browser.context.newPage();
    login = new LoginPage(page, server.url);
  });

  afterAll(() => closeConsole({ browser, server }));

  it("the key person shows the feedback link and QR code of a completed assignment", async () => {
    await login.logIn(kp.email, PASSWORD);
    await page.goto(`${server.url}/#/assignments`);
    await page.getByTestId("feedback-link-button").click();
    const link = page.getByTestId("feedback-link");
    await link.waitFor();
    expect(await link.locator("img").getAttribute("src")).toMatch(/^data:image\/svg\+xml/);
    const url = await page.getByTestId("feedback-url").innerText();
    expect(url).toMatch(new RegExp(`/kaart/feedback/${completedId}\\.[A-Za-z0-9_-]{22}\\?lang=ara$`));
    expect(englishIn(await page.locator("[role=dialog]").innerText())).toEqual([]);
  });

  it("a newcomer answers it on a phone in Arabic, right to left, once", async () => {
    const url = await page.getByTestId("feedback-url").innerText();
    await page.setViewportSize(PHONE);
    await page.evaluate(() => localStorage.clear());
    await page.goto(url.replace(/^https?:\/\/[^/]+/, server.url));
    await page.getByRole("heading", { name: "كيف كان الدعم؟" }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual(["rtl", "ar"]);
    // A machine translation says so, in Arabic.
    expect(await page.getByRole("note").innerText()).toContain("ترجمة آلية");
    // Sending with a question left open says which in Arabic and sends nothing.
    await page.getByRole("button", { name: "إرسال" }).click();
    await page.getByRole("alert").getByText("يرجى الإجابة").waitFor();
    for (const question of ["HELPFUL", "FELT_SAFE", "UNDERSTOOD", "WOULD_RECOMMEND"]) {
      await page.locator(`input[name=${question}][value=YES]`).check({ force: true });
    }
    await page.getByRole("button", { name: "إرسال" }).click();
    await page.getByRole("status").getByText("شكرًا لك").waitFor();
    // The page fits the phone: nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    const [{ n }] = await server.dataSource.query(`SELECT count(*)::int AS n FROM newcomer_feedback WHERE language = 'ara'`);
    expect(n).toBe(1);

    await page.reload();
    await page.getByText("تم استخدام هذا الرابط من قبل.").waitFor();
    // The same link in Tigrinya, chosen on the page.
    await page.getByRole("combobox").selectOption("ti");
    await page.getByText("እዚ መላግቦ ድሮ ተጠቒምሉ እዩ።").waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe("ltr");
  });

  it("an organisation files a complaint; the key person responds in Dutch", async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await login.logIn(org.email, PASSWORD);
    const { assignments } = await ok(
      server.url,
      `query($ids: [ID!]) { assignments(filter: { ids: $ids }) { items { request { id } } } }`,
      { ids: [activeId] },
      org.token,
    );
    await page.goto(`${server.url}/#/matchRequests/${assignments.items[0].request.id}/show`);
    await page.getByRole("button", { name: "Klacht indienen" }).click();
    await page.getByLabel("Soort").click();
    await page.getByRole("option", { name: "Te laat" }).click();
    await page.getByLabel("Wat er gebeurde").fill("Kwam een half uur te laat bij de afspraak.");
    await page.locator("[role=dialog]").getByRole("button", { name: "Klacht indienen" }).click();
    await page.getByText("Wacht op reactie").waitFor();
    const complaintUrl = page.url();

    await login.logOut();
    await login.logIn(kp.email, PASSWORD);
    await page.goto(complaintUrl);
    await page.getByTestId("respond-form").waitFor();
    await page.getByLabel("Reactie van de sleutelpersoon").fill("De trein viel uit; ik had gebeld.");
    await page.getByRole("button", { name: "Reageren" }).click();
    await page.getByTestId("complaint-state").getByText("Gereageerd").waitFor();
    expect(await page.getByTestId("respond-form").count()).toBe(0);
    expect(englishIn(await page.locator("main").innerText())).toEqual([]);
  });
});
