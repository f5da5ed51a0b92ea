import type { Page } from "playwright-core";
import { login as apiLogin, ok } from "../support/graphql";
import { describeWithBrowser, type LaunchedBrowser } from "../support/browser";
import { closeConsole, openConsole } from "../support/console";
import type { TestServer } from "../support/server";
import { AuditLogPage } from "./audit-pages";
import { LoginPage } from "./pages";

// The audit log in the console (issue 7 item 4): a coordinator finds who did what to which
// record, and when, by filtering; an organisation has no menu entry and is refused the page.

const DEMO_PASSWORD = "sleutelkaart-demo";
const COORDINATOR = "coordinator@sleutelkaart.demo";

jest.setTimeout(120_000);

describeWithBrowser("the audit log", () => {
  let server: TestServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let login: LoginPage;
  let auditLog: AuditLogPage;
  /** The demo key person, whom the coordinator pauses before the test looks. */
  let keyPersonId: string;
  /** Their name, which the log shows instead of their number. */
  let keyPersonName: string;

  beforeAll(async () => {
    ({ server, browser, page } = await openConsole({ viewport: { width: 1400, height: 900 } }));
    // Something auditable, done by the coordinator: pausing a key person.
    const keyPerson = await apiLogin(server.url, "sleutelpersoon@sleutelkaart.demo", DEMO_PASSWORD);
    ({ id: keyPersonId, displayName: keyPersonName } = (await ok(server.url, `{ me { keyPerson { id displayName } } }`, {}, keyPerson)).me.keyPerson);
    const coordinator = await apiLogin(server.url, COORDINATOR, DEMO_PASSWORD);
    const { setKeyPersonStatus } = await ok(
      server.url,
      `mutation($id: ID!) { setKeyPersonStatus(id: $id, status: PAUSED) { status } }`,
      { id: keyPersonId },
      coordinator,
    );
    expect(setKeyPersonStatus.status).toBe("PAUSED");

    login = new LoginPage(page, server.url);
    auditLog = new AuditLogPage(page, server.url);
  });

  afterAll(() => closeConsole({ browser, server }));

  it("lets the coordinator filter the log down to who paused the key person, and when", async () => {
    await login.logIn(COORDINATOR, DEMO_PASSWORD);
    await auditLog.openFromMenu();

    await auditLog.filterByActor(COORDINATOR);
    await auditLog.rowsContaining(COORDINATOR);
    await auditLog.filterByAction("Status sleutel", "Status sleutelpersoon gewijzigd");
    await auditLog.filterByRecordNumber(keyPersonId);
    const rows = await auditLog.rowsContaining(`Sleutelpersoon ${keyPersonName}`);

    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toContain(COORDINATOR); // who
    expect(row).toContain("Landelijk coördinator");
    expect(row).toContain("Status sleutelpersoon gewijzigd"); // what, in Dutch
    expect(row).not.toContain(`#${keyPersonId}`); // the record by name, not by number
    expect(row).toContain("from: ACTIVE");
    expect(row).toContain("to: PAUSED");
    // when: a moment the browser can read, shown beside it
    const when = await page.locator("table tbody tr time").first().getAttribute("datetime");
    expect(Number.isNaN(Date.parse(when ?? ""))).toBe(false);

    // The record links to its page.
    await page.getByRole("link", { name: `Sleutelpersoon ${keyPersonName}` }).click();
    await page.waitForURL(new RegExp(`#/keyPersons/${keyPersonId}/show$`));
    await page.goBack();
    await auditLog.rowsContaining(`Sleutelpersoon ${keyPersonName}`, "Status sleutelpersoon gewijzigd");

    // A period long before: nothing; a period that includes today: the entry again.
    await auditLog.filterByDays("2000-01-01", "2000-12-31");
    await auditLog.waitForNoRows();
    await auditLog.filterByDays("2000-01-01", "2999-12-31");
    expect(await auditLog.rowsContaining(`Sleutelpersoon ${keyPersonName}`, COORDINATOR)).toHaveLength(1);
  });

  it("groups the action filter by area, in Dutch", async () => {
    await auditLog.filterByDays("2000-01-01", "2999-12-31");
    const input = page.locator("input[name=action]");
    await input.click();
    await input.fill("");
    const groups = page.locator(".MuiAutocomplete-groupLabel");
    await groups.first().waitFor();
    const labels = await groups.allInnerTexts();
    expect(labels.slice(0, 3)).toEqual(["Accounts", "Register", "Koppelen"]);
    await page.getByRole("option", { name: "Aanvraag ingetrokken", exact: true }).waitFor();
    await page.keyboard.press("Escape");
  });

  it("gives an organisation no menu entry, and refuses the page", async () => {
    await login.logOut();
    await login.logIn("organisatie@sleutelkaart.demo", DEMO_PASSWORD);

    expect(await auditLog.menuEntries()).toBe(0);
    await auditLog.goTo();
    await page.waitForURL(/#\/access-denied/);
    await page.getByText("U heeft geen toegang tot deze pagina").waitFor();
    expect(await page.locator("table tbody tr").count()).toBe(0);
  });
});
