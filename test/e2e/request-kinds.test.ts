import type { Page } from "playwright-core";
import { describeWithBrowser, expectNoEnglishServerText, readmeScreenshot, type LaunchedBrowser } from "../support/browser";
import { closeConsole, openConsole } from "../support/console";
import { login, ok } from "../support/graphql";
import type { TestServer } from "../support/server";
import { HoursPages } from "./compensation-pages";
import { KIND_LABELS, KindPages, type KindRequest } from "./kinds-pages";
import { MatchingPages } from "./matching-pages";
import { LoginPage } from "./pages";

// Issue 16 in the browser: a request of each kind walks from the form (which asks the kind
// first) to a proposal, the key person's acceptance and their declared hours; the dated
// ones show in the key person's agenda, where they set their weekly availability. The
// browser runs in New York's time zone: the times asked and shown are Dutch all the same.

const DEMO_PASSWORD = "sleutelkaart-demo";
const ORGANISATION = "organisatie@sleutelkaart.demo";
const KEY_PERSON = "sleutelpersoon@sleutelkaart.demo";
const COORDINATOR = "coordinator@sleutelkaart.demo";

jest.setTimeout(240_000);

interface Language {
  code: string;
  nameNl: string;
}

/** A date (YYYY-MM-DD) in the Netherlands, some days from now. */
const dutchDate = (days: number) => new Date(Date.now() + days * 86_400_000).toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" });
/** Today as the week grid of hours offers it: the browser's day, at most the server's (UTC) day. */
const declarableToday = () => {
  const local = new Date().toLocaleDateString("sv-SE", { timeZone: "America/New_York" });
  const utc = new Date().toISOString().slice(0, 10);
  return local < utc ? local : utc;
};

/** The hours activity as the week grid names it, per kind. */
const ACTIVITY = { CASE_SUPPORT: "Ondersteuning", APPOINTMENT: "Begeleiding", CONSULT: "Ondersteuning", INFORMATION_SESSION: "Voorlichting" } as const;

describeWithBrowser("every kind of request, from the form to declared hours", () => {
  let server: TestServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let loginPage: LoginPage;
  let matching: MatchingPages;
  let kinds: KindPages;
  let hours: HoursPages;
  let keyPerson: { id: string; displayName: string; homeLocation: { lat: number; lon: number }; homeMunicipality: { code: string; name: string } };
  let language: { search: string; option: string };
  let keyPersonToken: string;

  beforeAll(async () => {
    ({ server, browser, page } = await openConsole({ timezoneId: "America/New_York" }));
    loginPage = new LoginPage(page, server.url);
    matching = new MatchingPages(page, server.url);
    kinds = new KindPages(page);
    hours = new HoursPages(page, server.url);

    keyPersonToken = await login(server.url, KEY_PERSON, DEMO_PASSWORD);
    const own = await ok<{ me: { keyPerson: typeof keyPerson & { languages: { language: Language; level: string }[] } } }>(
      server.url,
      `{ me { keyPerson { id displayName homeLocation { lat lon } homeMunicipality { code name } languages { language { code nameNl } level } } } }`,
      {},
      keyPersonToken,
    );
    keyPerson = own.me.keyPerson;
    // The demo key person takes remote work (a consult is remote by nature) and has room for four requests at once.
    await server.dataSource.query(`UPDATE key_person SET remote_available = true, weekly_capacity_hours = 24 WHERE id = $1`, [keyPerson.id]);

    // Their best-spoken language that the fewest key persons speak, so they rank high for it.
    const coordinator = await login(server.url, COORDINATOR, DEMO_PASSWORD);
    const spoken = own.me.keyPerson.languages.filter((skill) => skill.level !== "BASIC");
    const speakers = await Promise.all(
      spoken.map(async (skill) => {
        const data = await ok<{ keyPersons: { total: number } }>(
          server.url,
          `query($codes: [String!]) { keyPersons(filter: { languageCodes: $codes, status: ACTIVE }, perPage: 1) { total } }`,
          { codes: [skill.language.code] },
          coordinator,
        );
        return { language: skill.language, total: data.keyPersons.total };
      }),
    );
    const rarest = speakers.sort((a, b) => a.total - b.total)[0].language;
    language = { search: rarest.nameNl, option: rarest.nameNl };
  });

  afterAll(() => closeConsole({ browser, server }));

  const place = () => ({ municipality: keyPerson.homeMunicipality, location: keyPerson.homeLocation });

  /** The organisation makes the request in the form and proposes the demo key person; the key person accepts and declares hours. */
  async function walk(request: KindRequest, expectOnPage: RegExp[]): Promise<void> {
    await loginPage.logIn(ORGANISATION, DEMO_PASSWORD);
    const requestId = await kinds.createRequest(request);
    await page.getByTestId("request-kind").getByText(KIND_LABELS[request.kind]).waitFor();
    for (const text of expectOnPage) await page.getByText(text).first().waitFor();
    if (request.kind === "APPOINTMENT") await readmeScreenshot(page, "screenshot-request-kinds.png");
    expect(await matching.candidateNamesOnly()).toContain(keyPerson.displayName);
    await matching.propose(keyPerson.displayName);
    expect(await matching.assignmentStatus(keyPerson.displayName)).toBe("Voorgesteld");
    await expectNoEnglishServerText(page);
    await loginPage.logOut();

    await loginPage.logIn(KEY_PERSON, DEMO_PASSWORD);
    await matching.openMyProposals();
    const proposal = matching.proposals().filter({ hasText: KIND_LABELS[request.kind] });
    await proposal.first().waitFor(); // the list loads after the page
    await expect(proposal.count()).resolves.toBe(1);
    expect(await proposal.innerText()).not.toContain(request.caseReference);
    await proposal.getByRole("button", { name: "Accepteren" }).click();
    await matching.dismissNotification("Geaccepteerd");

    const { assignments } = await ok<{ assignments: { items: { id: string; status: string }[] } }>(
      server.url,
      `query($r: ID!) { assignments(filter: { requestId: $r }) { items { id status } } }`,
      { r: requestId },
      keyPersonToken,
    );
    expect(assignments.items.map((a) => a.status)).toEqual(["ACTIVE"]);
    // As if proposed and accepted yesterday: from midnight UTC until midnight in New York, an
    // assignment accepted now has no day to declare on yet (the grid offers the browser's day,
    // which is then still before the server's day of the acceptance).
    await server.dataSource.query(
      `UPDATE assignment SET proposed_at = proposed_at - interval '1 day', responded_at = responded_at - interval '1 day' WHERE id = $1`,
      [assignments.items[0].id],
    );
    await hours.openMyHours();
    await hours.fillCell(assignments.items[0].id, declarableToday(), "1,5", ACTIVITY[request.kind]);
    await hours.submitWeek(1);
    const { hourEntries } = await ok<{ hourEntries: { items: { hours: number; status: string; assignment: { id: string } | null }[] } }>(
      server.url,
      `{ hourEntries(perPage: 100) { items { hours status assignment { id } } } }`,
      {},
      keyPersonToken,
    );
    expect(hourEntries.items.filter((e) => e.assignment?.id === assignments.items[0].id).map((e) => [e.hours, e.status])).toEqual([[1.5, "SUBMITTED"]]);
    await loginPage.logOut();
  }

  it("asks the kind first, then only that kind's fields, and checks a slot before it is sent", async () => {
    await loginPage.logIn(ORGANISATION, DEMO_PASSWORD);
    await kinds.startRequest("CONSULT");
    // a consult has no newcomer: no consent, no map, no weekly hours
    await expect(page.locator("input[name=newcomerConsent]").count()).resolves.toBe(0);
    await expect(page.locator("input[name=hoursPerWeek]").count()).resolves.toBe(0);
    await expect(page.locator(".leaflet-container").count()).resolves.toBe(0);
    await page.getByRole("radio", { name: new RegExp(`^${KIND_LABELS.APPOINTMENT}`) }).check();
    await page.locator("input[name=newcomerConsent]").waitFor();
    await page.fill("input[name='appointment.date']", dutchDate(2));
    await page.fill("input[name='appointment.startTime']", "11:00");
    await page.fill("input[name='appointment.endTime']", "10:00");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await page.getByText("Het einde moet na het begin liggen").waitFor();
    expect(page.url()).toMatch(/#\/matchRequests\/create$/);
    // The form fits a phone: nothing scrolls sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator("input[name='appointment.date']").waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });
    await loginPage.logOut();
  });

  it("walks case support from the form to declared hours", async () => {
    await walk({ kind: "CASE_SUPPORT", caseReference: "E2E-KIND-CASE-1", languages: [language], hoursPerWeek: 1, funding: "Onze organisatie", ...place() }, []);
  });

  it("walks an appointment (on site, Dutch time) from the form to declared hours", async () => {
    await walk(
      {
        kind: "APPOINTMENT",
        caseReference: "E2E-KIND-APPT-1",
        languages: [language],
        date: dutchDate(2),
        from: "10:00",
        until: "11:30",
        mode: "Ter plaatse",
        funding: "Onze organisatie",
        ...place(),
      },
      [/10:00–11:30/, /Ter plaatse/, /Tolk/],
    );
  });

  it("walks an advice to a professional (no place, no consent) from the form to declared hours", async () => {
    await walk(
      {
        kind: "CONSULT",
        caseReference: "E2E-KIND-ADV-1",
        languages: [language],
        topic: "Schoolkeuze van een tienerdochter",
        hours: "1",
        funding: "Onze organisatie",
      },
      [/Schoolkeuze van een tienerdochter/],
    );
  });

  it("walks an information session from the form to declared hours", async () => {
    await walk(
      {
        kind: "INFORMATION_SESSION",
        caseReference: "E2E-KIND-VL-1",
        languages: [language],
        date: dutchDate(3),
        from: "14:00",
        until: "16:00",
        participants: 25,
        topics: "zorg, school",
        funding: "Onze organisatie",
        ...place(),
      },
      [/14:00–16:00/, /25 deelnemers/, /zorg, school/],
    );
  });

  it("shows the key person's bookings in their agenda, where they set their weekly availability, also on a phone", async () => {
    await loginPage.logIn(KEY_PERSON, DEMO_PASSWORD);
    await kinds.openMyAgenda();
    await kinds.showWeekOf(dutchDate(2));
    const appointmentDay = kinds.day(dutchDate(2));
    await appointmentDay.locator("[data-testid=booking][data-kind=APPOINTMENT]").getByText("10:00–11:30").waitFor();
    await kinds.showWeekOf(dutchDate(3));
    await kinds.day(dutchDate(3)).locator("[data-testid=booking][data-kind=INFORMATION_SESSION]").getByText("14:00–16:00").waitFor();

    await kinds.setWindows([
      { weekday: "dinsdag", from: "09:00", until: "13:00" },
      { weekday: "donderdag", from: "13:00", until: "17:00" },
    ]);
    await matching.dismissNotification("Beschikbaarheid opgeslagen");
    const tuesday = page.locator("[data-testid=agenda-day]").nth(1);
    await tuesday.getByTestId("agenda-windows").getByText("09:00–13:00").waitFor();
    await readmeScreenshot(page, "screenshot-agenda.png");
    const { me } = await ok<{ me: { keyPerson: { availabilityWindows: { weekday: number; startTime: string; endTime: string }[] } } }>(
      server.url,
      `{ me { keyPerson { availabilityWindows { weekday startTime endTime } } } }`,
      {},
      keyPersonToken,
    );
    expect(me.keyPerson.availabilityWindows).toEqual([
      { weekday: 2, startTime: "09:00", endTime: "13:00" },
      { weekday: 4, startTime: "13:00", endTime: "17:00" },
    ]);

    // An overlapping window is refused in the dialog, in Dutch, before anything is sent.
    await page.getByRole("button", { name: "Beschikbaarheid instellen" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Tijd toevoegen" }).click(); // a third row, on Thursday like the last
    await dialog.locator('input[name="windows.2.startTime"]').fill("12:00");
    await dialog.locator('input[name="windows.2.endTime"]').fill("14:00");
    await dialog.getByRole("button", { name: "Opslaan" }).click();
    await dialog
      .getByTestId("window-problem")
      .getByText(/overlapt/)
      .waitFor();
    await dialog.getByRole("button", { name: "Annuleren" }).click();

    // On a phone the week's days stack: nothing scrolls sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId("agenda-week").waitFor();
    // the page lays itself out anew for the narrow width (the dialog closing, the grid stacking): measure once it has
    await page
      .waitForFunction(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth, undefined, { timeout: 5000 })
      .catch(() => {});
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
