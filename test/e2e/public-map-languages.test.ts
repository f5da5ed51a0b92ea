// Issue 19: /kaart in newcomers' languages (Arabic right to left, Tigrinya), the unreviewed
// notice in the page's language, and a message sent through the map on a phone.
import type { Page } from "playwright-core";
import { describeWithBrowser, launchBrowser, type LaunchedBrowser } from "../support/browser";
import { closeConsole, requireBuiltConsole } from "../support/console";
import { ok } from "../support/graphql";
import { startTestServer } from "../support/server";

const PHONE = { width: 390, height: 844 };

jest.setTimeout(120_000);

describeWithBrowser("the public map in newcomers' languages", () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: LaunchedBrowser;
  let page: Page;
  let spoken: Map<string, number>;

  beforeAll(async () => {
    requireBuiltConsole("kaart.html");
    server = await startTestServer({ seedDemo: true, env: { PUBLIC_MESSAGE_MIN_FILL_SECONDS: "1" } });
    const { publicLanguageCounts } = await ok(server.url, `{ publicLanguageCounts { language { code } keyPersons } }`);
    spoken = new Map(publicLanguageCounts.map((c: { language: { code: string }; keyPersons: number }) => [c.language.code, c.keyPersons]));
    browser = await launchBrowser(PHONE);
    page = await browser.context.newPage();
  });

  afterAll(() => closeConsole({ browser, server }));

  it("opens in Arabic, right to left, with the emergency numbers on top and the unreviewed notice in Arabic", async () => {
    await page.goto(`${server.url}/kaart?lang=ara`);
    await page.getByRole("heading", { name: "الأشخاص المفتاحيون", exact: true }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(["ar", "rtl"]);
    expect(await page.getByTestId("language-picker").inputValue()).toBe("ar");
    // The notice says, in Arabic, that nobody who speaks Arabic has checked this yet.
    expect(await page.getByTestId("unreviewed-notice").innerText()).toContain("لم يراجعها بعدُ متحدث أصلي");
    // 112 and the advice lines stay at the top, before the search.
    const emergency = page.locator(".pk-emergency");
    expect(await emergency.getByRole("link", { name: "اتصل بالرقم 112" }).getAttribute("href")).toBe("tel:112");
    expect(await emergency.locator('a[href="tel:08002000"]').count()).toBe(1);
    expect(await emergency.locator('a[href="tel:08000188"]').count()).toBe(1);
    const [emergencyTop, searchTop] = await Promise.all([emergency.boundingBox(), page.locator(".pk-filters").boundingBox()]);
    expect(emergencyTop!.y).toBeLessThan(searchTop!.y);
    // Mirrored: the brand starts at the right, the language picker sits at the left.
    const [brand, picker] = await Promise.all([page.locator(".pk-brand").boundingBox(), page.getByTestId("language-picker").boundingBox()]);
    expect(brand!.x).toBeGreaterThan(picker!.x);
    // The language filter starts with Arabic, which listed key persons speak.
    const arabic = ["ara", "arb", "apc", "ajp", "acm"].find((code) => spoken.has(code));
    if (arabic) await page.waitForFunction((code) => (document.querySelector("select[name=language]") as HTMLSelectElement | null)?.value === code, arabic);
    // The map's zoom buttons move to the right (the map itself is not mirrored) and are worded in Arabic.
    await page.locator(".leaflet-top.leaflet-right .leaflet-control-zoom-in").waitFor();
    expect(await page.locator(".leaflet-control-zoom-in").getAttribute("title")).toBe("تكبير");
    expect(await page.locator(".pk-map").getAttribute("dir")).toBe("ltr");
    // The results read right to left.
    await page.locator(".pk-people").waitFor();
    expect(await page.locator(".pk-people").evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
    // No sideways scroll on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  });

  it("opens in Tigrinya, listed by its own name, left to right", async () => {
    await page.goto(`${server.url}/kaart?lang=tir`);
    await page.getByRole("heading", { name: "ቀንዲ ሰባት", exact: true }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(["ti", "ltr"]);
    expect(await page.locator("select[data-testid=language-picker] option:checked").innerText()).toBe("ትግርኛ");
    expect(await page.getByTestId("unreviewed-notice").innerText()).toContain("ብኮምፒዩተር");
    expect(await page.getByRole("heading", { name: "ኣብ ሓደጋ ዲኹም ዘለኹም?" }).count()).toBe(1);
    if (spoken.has("tir")) await page.waitForFunction(() => (document.querySelector("select[name=language]") as HTMLSelectElement | null)?.value === "tir");
    // Choosing another language keeps it in the address.
    await page.getByTestId("language-picker").selectOption("so");
    await page.getByRole("heading", { name: "Dadka muhiimka ah", exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.get("lang")).toBe("so");
  });

  it("an unknown language opens in Dutch, with the picker", async () => {
    await page.goto(`${server.url}/kaart?lang=xx`);
    await page.getByRole("heading", { name: "Sleutelpersonen", exact: true }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(["nl", "ltr"]);
    expect(await page.getByTestId("unreviewed-notice").count()).toBe(0);
    expect(await page.getByTestId("language-picker").inputValue()).toBe("nl");
  });

  it("sends a message to a key person on a phone, without showing anyone's address", async () => {
    await page.goto(`${server.url}/kaart?lang=ar`);
    const article = page
      .locator("article")
      .filter({ has: page.getByRole("button", { name: "أرسل رسالة" }) })
      .first();
    const write = article.getByRole("button", { name: "أرسل رسالة" });
    await write.waitFor();
    const keyPersonId = (await article.locator("h3").getAttribute("id"))!.replace("person-", "");
    await write.click();
    const form = page.getByTestId("message-form");
    await form.getByLabel("رسالتك").fill("مرحباً، أحتاج مساعدة في التسجيل لدى طبيب عام. هل يمكنك الاتصال بي؟");
    await form.getByLabel("بالبريد الإلكتروني").check();
    await form.getByLabel("بريدك الإلكتروني").fill("not-an-address");
    await form.getByRole("button", { name: "إرسال" }).click();
    // Refused by code, worded in Arabic.
    await form.getByRole("alert").filter({ hasText: "ليس عنوان بريد إلكتروني" }).waitFor();
    await form.getByLabel("بريدك الإلكتروني").fill("newcomer@example.org");
    // A refused form comes back with a fresh token, and a person takes a moment to correct it:
    // the server's least fill time (1 s in this test) counts from that token.
    await page.waitForTimeout(1500);
    await form.getByRole("button", { name: "إرسال" }).click();
    await page.getByText("تم إرسال رسالتك.").waitFor();

    const [row] = await server.dataSource.query(
      `SELECT n.body, u.key_person_id FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.kind = 'PUBLIC_MESSAGE' ORDER BY n.id DESC LIMIT 1`,
    );
    expect(String(row.key_person_id)).toBe(keyPersonId);
    expect(row.body).toContain("أحتاج مساعدة في التسجيل");
    expect(row.body).toContain("newcomer@example.org");
    // The page never showed the key person's own address unless they made it public.
    const [kp] = await server.dataSource.query(`SELECT email, consent_show_email FROM key_person WHERE id = $1`, [keyPersonId]);
    if (!kp.consent_show_email) expect(await article.innerText()).not.toContain(kp.email);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  });
});
