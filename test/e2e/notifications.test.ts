// E-mail from a proposal made in the console (issue 9, "done when"): an organisation
// proposes the top candidate in Chromium; the key person, who chose English in the
// console, gets one e-mail in English at a real SMTP server in this process
// (test/support/smtp.ts) with a link that opens the proposal; 24 hours before the
// deadline one reminder; past 72 hours the organisation hears, in Dutch, that it
// expired; the coordinator's outbox lists all three as sent. No mail says who or where
// exactly the newcomer is. The server's clock is a ManualClock, and the jobs and the
// delivery are run here, so nothing waits for a timer.
import type { Page } from "playwright-core";
import { ManualClock } from "../../server/src/clock";
import { describeWithBrowser, type LaunchedBrowser } from "../support/browser";
import { ok } from "../support/graphql";
import { AMSTERDAM, MatchingWorld, PASSWORD, UTRECHT, type KeyPerson, type Organisation } from "../support/matching-fixtures";
import { closeConsole, openConsole } from "../support/console";
import { freePort, type TestServer } from "../support/server";
import { TestSmtpServer, type ReceivedMail } from "../support/smtp";
import { MatchingPages } from "./matching-pages";
import { LoginPage } from "./pages";

// Jest reads testTimeout only from the root config, not from a project's.
jest.setTimeout(180_000);

const HOUR = 3600_000;
const MINUTE = 60_000;
const MAIL_FROM = "Sleutelkaart <noreply@sleutelkaart.test>";
const CASE_REFERENCE = "E2E-MAIL-4711";
/** The newcomer's country: steers matching, and must never reach an e-mail. */
const ORIGIN = { code: "ER", name: /Eritre/i };
const LANGUAGE = { code: "tir", name: "Tigrinya" };
const KEY_PERSON_NAME = "Saba Tesfay";
const FARTHER_NAME = "Yonas Berhe";

/** The words that give a Dutch message away, and an English one. */
const DUTCH = /Hallo|voorstel|Taal:|per week, vanaf|Antwoord vóór|vervalt/;
const ENGLISH = /Hello|proposal|Language:|a week, from|Answer by|expire/;

/** The only link to the console in a message. */
function consoleLink(mail: ReceivedMail, publicUrl: string): string {
  const [link, ...others] = mail.text.match(/https?:\/\/\S+/g) ?? [];
  expect(others).toEqual([]);
  if (!link?.startsWith(`${publicUrl}/#/`)) throw new Error(`No link to the console in:\n${mail.text}`);
  return link;
}

describeWithBrowser("notifications from a proposal made in the console", () => {
  const clock = new ManualClock(new Date());
  let smtp: TestSmtpServer;
  let server: TestServer;
  let publicUrl: string;
  let world: MatchingWorld;
  let org: Organisation;
  let keyPerson: KeyPerson;
  /** also speaks the language, but farther away: a lower candidate, who must hear nothing */
  let farther: KeyPerson;
  let coordinatorEmail: string;
  let browser: LaunchedBrowser;
  let page: Page;
  let loginPage: LoginPage;
  let matching: MatchingPages;
  let requestId: string;
  /** where the organisation clicked: the newcomer's exact place */
  let newcomerAt: { lat: number; lon: number };
  let respondBy: Date;

  const deliver = () => server.services.notifications.deliverDue();
  const mailsTo = (email: string, subject: RegExp) => smtp.to(email).filter((mail) => subject.test(mail.subject));

  /**
   * Nothing about the newcomer beyond the municipality, the language and the hours. The
   * organisation's own mails name its case reference (its own pseudonym for the case, so
   * it knows which request is meant); a key person's never do.
   */
  function expectNothingAboutTheNewcomer(mail: ReceivedMail, reader: "key person" | "organisation" = "key person"): void {
    if (reader === "key person") {
      expect(mail.raw).not.toContain(CASE_REFERENCE);
      expect(mail.raw).not.toMatch(/4711/);
    }
    for (const coordinate of [newcomerAt.lat, newcomerAt.lon]) expect(mail.raw).not.toContain(coordinate.toFixed(3));
    expect(mail.text).not.toMatch(/\d[.,]\d{3,}/); // no coordinate of any precision
    expect(`${mail.subject}\n${mail.text}`).not.toMatch(ORIGIN.name);
    expect(`${mail.subject}\n${mail.text}`).not.toMatch(new RegExp(`\\b${ORIGIN.code}\\b`));
  }

  /**
   * Opens a link from an e-mail in a browser that is logged out, logs in on the page it
   * leads to, and waits until the console is back at the link's page.
   */
  async function followLink(link: string, email: string): Promise<void> {
    await loginPage.logOut();
    await page.goto(link);
    await page.locator("input[name=username]").waitFor();
    await page.fill("input[name=username]", email);
    await page.fill("input[name=password]", PASSWORD);
    await page.click("button[type=submit]");
    await page.waitForURL(link);
  }

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    const port = await freePort();
    publicUrl = `http://localhost:${port}`;
    ({ server, browser, page } = await openConsole({ server: { clock, env: { PORT: String(port), PUBLIC_URL: publicUrl, SMTP_URL: smtp.url, MAIL_FROM } } }));
    expect(server.url).toBe(publicUrl);
    world = await MatchingWorld.create(server);
    coordinatorEmail = (await ok(server.url, `{ me { email } }`, {}, world.coordinator)).me.email;
    org = await world.organisation("GGD Amsterdam", "GM0363");
    keyPerson = await world.keyPerson({ name: KEY_PERSON_NAME, languages: [LANGUAGE.code], origins: [ORIGIN.code], at: AMSTERDAM, login: true });
    farther = await world.keyPerson({ name: FARTHER_NAME, languages: [LANGUAGE.code], at: UTRECHT, maxTravelKm: 60 });

    loginPage = new LoginPage(page, server.url);
    matching = new MatchingPages(page, server.url);
  });

  afterAll(async () => {
    await closeConsole({ browser, server });
    await smtp?.stop();
  });

  it("lets the key person choose English in the console, which the server keeps", async () => {
    await loginPage.logIn(keyPerson.email, PASSWORD);
    const saved = page.waitForResponse((response) => response.url().endsWith("/graphql") && (response.request().postData() ?? "").includes("setMyLocale"));
    await page.getByRole("button", { name: /^Taal \/ Language/ }).click();
    await page.getByRole("menuitem", { name: "English" }).click();
    await page.getByRole("menuitem", { name: "My proposals" }).waitFor();
    expect((await saved).ok()).toBe(true);
    expect((await ok(server.url, `{ me { locale } }`, {}, keyPerson.token)).me).toEqual({ locale: "en" });
    // The organisation keeps the console's default: Dutch.
    expect((await ok(server.url, `{ me { locale } }`, {}, org.token)).me).toEqual({ locale: "nl" });
  });

  it("sends one e-mail, in English, to the key person the organisation proposed in the console", async () => {
    await loginPage.logOut();
    await loginPage.logIn(org.email, PASSWORD);
    requestId = await matching.createRequest({
      caseReference: CASE_REFERENCE,
      languages: [{ search: LANGUAGE.name, option: LANGUAGE.name }],
      hoursPerWeek: 3,
      funding: "Onze organisatie",
      municipality: { name: "Amsterdam", code: "GM0363" },
      location: AMSTERDAM,
      sameBackgroundAs: ORIGIN.code,
    });
    // The top candidate is proposed, as an organisation would.
    const names = await matching.candidateNames();
    expect(names).toEqual([KEY_PERSON_NAME, FARTHER_NAME]);
    await matching.propose(names[0]);
    expect(await matching.assignmentStatus(KEY_PERSON_NAME)).toBe("Voorgesteld");

    const { matchRequest } = await ok(
      server.url,
      `query($id: ID!) { matchRequest(id: $id) { location { lat lon } newcomerOrigin assignments { status respondBy } } }`,
      { id: requestId },
      org.token,
    );
    expect(matchRequest.newcomerOrigin).toBe(ORIGIN.code);
    expect(matchRequest.assignments).toEqual([{ status: "PROPOSED", respondBy: expect.any(String) }]);
    newcomerAt = matchRequest.location;
    respondBy = new Date(matchRequest.assignments[0].respondBy);

    expect(await deliver()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    const [mail, ...more] = smtp.to(keyPerson.email);
    expect(more).toEqual([]);
    expect(mail.to).toEqual([keyPerson.email.toLowerCase()]);
    expect(mail.headers.from).toBe(MAIL_FROM);
    expect(mail.subject).toBe("Sleutelkaart: new proposal in Amsterdam");
    expect(mail.headers["content-language"]).toBe("en");
    expect(mail.text).toMatch(/^Hello,/);
    expect(mail.text).toMatch(/^Language: Tigrinya$/m);
    expect(mail.text).toMatch(/^Time: 3 hours a week, from /m);
    expect(`${mail.subject}\n${mail.text}`).not.toMatch(DUTCH);
    expect(consoleLink(mail, publicUrl)).toBe(`${publicUrl}/#/assignments`);
    expectNothingAboutTheNewcomer(mail);
    // Nobody else heard anything; running the delivery again sends nothing.
    expect(smtp.to(farther.email)).toEqual([]);
    expect(smtp.to(org.email)).toEqual([]);
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
  });

  it("opens the proposal from the link in the e-mail, in English, without the case reference", async () => {
    const [mail] = smtp.to(keyPerson.email);
    await followLink(consoleLink(mail, publicUrl), keyPerson.email);
    await page.getByRole("heading", { name: /Proposals to answer/ }).waitFor();
    await expect(matching.proposals().count()).resolves.toBe(1);
    const proposal = await matching.proposals().first().innerText();
    expect(proposal).toContain("Amsterdam");
    expect(proposal).toContain(LANGUAGE.name);
    expect(proposal).not.toContain(CASE_REFERENCE);
  });

  it("reminds the key person once, 24 hours before the deadline, also when the jobs run again", async () => {
    const REMINDER = /reminder|herinnering/i;
    clock.set(new Date(respondBy.getTime() - 24 * HOUR - MINUTE)); // just over 24 hours left: not yet
    expect((await server.services.notifications.runJobs()).reminders).toBe(0);
    await deliver();
    expect(mailsTo(keyPerson.email, REMINDER)).toEqual([]);

    clock.set(new Date(respondBy.getTime() - 24 * HOUR + MINUTE));
    expect((await server.services.notifications.runJobs()).reminders).toBe(1);
    expect((await server.services.notifications.runJobs()).reminders).toBe(0);
    await deliver();
    clock.set(new Date(respondBy.getTime() - 12 * HOUR)); // the sweep and the jobs go on running
    expect((await server.services.notifications.runJobs()).reminders).toBe(0);
    await deliver();

    const [reminder, ...more] = mailsTo(keyPerson.email, REMINDER);
    expect(more).toEqual([]);
    expect(reminder.subject).toBe("Sleutelkaart: reminder: proposal in Amsterdam expires soon");
    expect(reminder.headers["content-language"]).toBe("en");
    expect(reminder.text).toMatch(/^You have not answered a proposal yet\. It expires on /m);
    expect(`${reminder.subject}\n${reminder.text}`).not.toMatch(DUTCH);
    expect(consoleLink(reminder, publicUrl)).toBe(`${publicUrl}/#/assignments`);
    expectNothingAboutTheNewcomer(reminder);
    expect(smtp.to(org.email)).toEqual([]);
  });

  it("tells the organisation in Dutch once the proposal expired unanswered, with a link to the request", async () => {
    clock.set(new Date(respondBy.getTime() - MINUTE));
    expect(await server.services.matching.expireDue()).toBe(0);
    clock.set(new Date(respondBy.getTime() + MINUTE));
    expect(await server.services.matching.expireDue()).toBe(1);
    expect(await deliver()).toMatchObject({ sent: 1, retrying: 0, failed: 0 });
    expect(await server.services.matching.expireDue()).toBe(0);
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 0 });

    const [mail, ...more] = smtp.to(org.email);
    expect(more).toEqual([]);
    expect(mail.subject).toBe(`Sleutelkaart: voorstel verlopen (aanvraag ${CASE_REFERENCE})`);
    expect(mail.headers["content-language"]).toBe("nl");
    expect(mail.text).toMatch(/^Hallo,/);
    expect(mail.text).toMatch(/niet beantwoord/);
    expect(`${mail.subject}\n${mail.text}`).not.toMatch(ENGLISH);
    expectNothingAboutTheNewcomer(mail, "organisation");
    const link = consoleLink(mail, publicUrl);
    expect(link).toBe(`${publicUrl}/#/matchRequests/${requestId}/show`);

    // The link shows the organisation its request, with the proposal expired.
    await followLink(link, org.email);
    await page.getByTestId("case-reference").getByText(CASE_REFERENCE).waitFor();
    expect(await matching.assignmentStatus(KEY_PERSON_NAME)).toBe("Verlopen");
    // The key person heard nothing more about it; the farther candidate nothing at all (the monthly check-in prompt aside).
    const PROPOSALS = /proposal|voorstel/i;
    expect(mailsTo(keyPerson.email, PROPOSALS).map((m) => m.subject)).toEqual([
      "Sleutelkaart: new proposal in Amsterdam",
      "Sleutelkaart: reminder: proposal in Amsterdam expires soon",
    ]);
    expect(mailsTo(farther.email, PROPOSALS)).toEqual([]);
  });

  it("lists the three messages as sent in the coordinator's outbox", async () => {
    await loginPage.logOut();
    await loginPage.logIn(coordinatorEmail, PASSWORD);
    await page.getByRole("menuitem", { name: "Postvak uit" }).click();
    await page.waitForURL(/#\/notifications/);

    const sent: [string, string][] = [
      ["Sleutelkaart: new proposal in Amsterdam", keyPerson.email],
      ["Sleutelkaart: reminder: proposal in Amsterdam expires soon", keyPerson.email],
      [`Sleutelkaart: voorstel verlopen (aanvraag ${CASE_REFERENCE})`, org.email],
    ];
    for (const [subject, recipient] of sent) {
      const row = page.locator("table tbody tr", { has: page.getByText(subject, { exact: true }) });
      await row.waitFor();
      const text = await row.innerText();
      expect(text).toContain("Verstuurd");
      expect(text).toContain(recipient.toLowerCase());
    }
    // The message as it was sent, below its row.
    await page.getByText("Sleutelkaart: new proposal in Amsterdam", { exact: true }).click();
    const body = page.locator("pre", { hasText: "Language: Tigrinya" });
    await body.waitFor();
    expect(await body.innerText()).toContain(`${publicUrl}/#/assignments`);
  });
});
