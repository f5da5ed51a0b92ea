import type { Page } from "playwright-core";

// Page object for the audit log: the test says what a coordinator does, this says how.

export class AuditLogPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  /** "Auditlog" from the menu, once the first rows are there. */
  async openFromMenu(): Promise<void> {
    await this.page.getByRole("menuitem", { name: "Auditlog" }).click();
    await this.page.waitForURL(/#\/auditLog/);
    await this.rows().first().waitFor();
  }

  async menuEntries(): Promise<number> {
    await this.page.getByRole("menuitem", { name: "Overzicht" }).waitFor();
    return this.page.getByRole("menuitem", { name: "Auditlog" }).count();
  }

  /** Opens the page by its address, as someone would who was sent a link. */
  async goTo(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/#/auditLog`);
  }

  /** Picks an action from the "Wat" autocomplete by (part of) its Dutch name. */
  async filterByAction(typed: string, option: string): Promise<void> {
    const input = this.page.locator("input[name=action]");
    await input.click();
    await input.fill(typed);
    await this.page.getByRole("option", { name: option, exact: true }).click();
  }

  /** Picks who did it from the "Wie" autocomplete, which searches the accounts. */
  async filterByActor(email: string): Promise<void> {
    const input = this.page.locator("input[name=actorUserId]");
    await input.click();
    await input.fill(email);
    await this.page.getByRole("option", { name: email, exact: true }).click();
  }

  async filterByRecordNumber(id: string): Promise<void> {
    await this.page.fill("input[name=entityId]", id);
  }

  /** A period of days (YYYY-MM-DD), either end optional. */
  async filterByDays(from: string, to: string): Promise<void> {
    await this.page.fill("input[name=from]", from);
    await this.page.fill("input[name=to]", to);
  }

  /** Waits until every row shown contains all of `texts` (the filters are debounced), then gives their text. */
  async rowsContaining(...texts: string[]): Promise<string[]> {
    await this.page.waitForFunction(
      (needles) => {
        const rows = [...document.querySelectorAll("table tbody tr")].map((row) => row.textContent ?? "");
        return rows.length > 0 && rows.every((row) => needles.every((needle) => row.includes(needle)));
      },
      texts,
      { timeout: 10_000 },
    );
    return this.rows().allInnerTexts();
  }

  /** Waits until the list says nothing matches. */
  async waitForNoRows(): Promise<void> {
    await this.page
      .getByText(/Geen .* gevonden/)
      .first()
      .waitFor();
    await this.page.waitForFunction(() => document.querySelectorAll("table tbody tr").length === 0, undefined, { timeout: 10_000 });
  }

  private rows() {
    return this.page.locator("table tbody tr");
  }
}
