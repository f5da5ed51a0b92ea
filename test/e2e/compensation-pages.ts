import { readFileSync } from "node:fs";
import type { Download, Page } from "playwright-core";

// Page objects for hours, review, payment export and the coordinator's dashboard: the
// tests say what a user does, these say how.

export class HoursPages {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  /** "Mijn uren" from the menu, once the week grid is there. */
  async openMyHours(): Promise<void> {
    await this.page.getByRole("menuitem", { name: "Mijn uren" }).click();
    await this.page.waitForURL(/#\/my-hours$/);
    await this.page.getByRole("heading", { name: "Uren declareren" }).waitFor();
  }

  /** Types the hours of one assignment on one day into the week grid and picks the activity. */
  async fillCell(assignmentId: string, date: string, hours: string, activity: string): Promise<void> {
    await this.page.fill(`input[name="hours.${assignmentId}.${date}"]`, hours);
    await this.page.selectOption(`select[name="activity.${assignmentId}.${date}"]`, { label: activity });
  }

  /** Types the hours of an own activity (its row in the week grid, e.g. "INTERVISION") on one day. */
  async fillOwnActivity(activity: string, date: string, hours: string): Promise<void> {
    await this.page.fill(`input[name="hours.own:${activity}.${date}"]`, hours);
  }

  async submitWeek(days: number): Promise<void> {
    await this.page.getByRole("button", { name: days === 1 ? "1 dag indienen" : `${days} dagen indienen` }).click();
    await this.page
      .locator(".MuiSnackbar-root")
      .getByText(days === 1 ? "1 dag ingediend" : `${days} dagen ingediend`)
      .waitFor();
  }

  /** The rows of "Mijn gedeclareerde uren" as their visible text. */
  async entryRows(): Promise<string[]> {
    const rows = this.page.locator("table.RaDatagrid-table tbody tr");
    await rows.first().waitFor();
    return rows.allInnerTexts();
  }
}

export class ClaimPages {
  constructor(private readonly page: Page) {}

  async openMyClaims(): Promise<void> {
    await this.page.getByRole("menuitem", { name: "Mijn declaraties" }).click();
    await this.page.waitForURL(/#\/my-claims$/);
    await this.page.getByRole("heading", { name: "Nieuwe onkostendeclaratie" }).waitFor();
  }

  /** Fills a claim for actual costs (not km) on the preselected assignment. */
  async fillCosts(kind: string, amount: string, description: string): Promise<void> {
    await this.page.getByRole("combobox", { name: "Soort" }).click();
    await this.page.getByRole("option", { name: kind, exact: true }).click();
    await this.page.fill("input[name=amount]", amount);
    await this.page.fill("textarea[name=description]", description);
  }

  /** Sends the form with a double click, as an impatient user would. */
  async submitTwice(): Promise<void> {
    await this.page.getByRole("button", { name: "Declaratie indienen" }).dblclick();
    await this.page.locator(".MuiSnackbar-root").getByText("Declaratie ingediend").first().waitFor();
  }

  async rows(): Promise<string[]> {
    const rows = this.page.locator("table.RaDatagrid-table tbody tr");
    await rows.first().waitFor();
    return rows.allInnerTexts();
  }
}

export class ReviewPages {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async openReview(): Promise<void> {
    await this.page.getByRole("menuitem", { name: "Te beoordelen" }).click();
    await this.page.waitForURL(/#\/review$/);
  }

  /** The review rows as their visible text, once at least one is there. */
  async rows(): Promise<string[]> {
    const rows = this.page.locator("table.RaDatagrid-table tbody tr");
    await rows.first().waitFor();
    return rows.allInnerTexts();
  }

  /** Ticks the row whose text holds `text` (and `alsoText`, when given). */
  async select(text: string, alsoText?: string): Promise<void> {
    let row = this.page.locator("table.RaDatagrid-table tbody tr", { hasText: text });
    if (alsoText) row = row.filter({ hasText: alsoText });
    await row.locator('input[type="checkbox"]').check();
  }

  async approveSelected(count: number): Promise<void> {
    await this.page.getByRole("button", { name: "Goedkeuren" }).click();
    await this.page.locator(".MuiSnackbar-root").getByText(`${count} goedgekeurd`).waitFor();
  }

  async waitForEmpty(): Promise<void> {
    await this.page.getByText("Niets te beoordelen.").waitFor();
  }

  async openClaimsTab(): Promise<void> {
    await this.page.getByRole("tab", { name: /^Declaraties/ }).click();
  }

  async openPaymentExports(): Promise<void> {
    await this.page.getByRole("menuitem", { name: "Betaalexport" }).click();
    await this.page.waitForURL(/#\/payment-exports$/);
  }

  /** Asks for an export the server refuses; returns the refusal the page shows. */
  async exportPaymentsRefused(from: string, to: string): Promise<string> {
    await this.page.fill("input[name=from]", from);
    await this.page.fill("input[name=to]", to);
    await this.page.getByRole("button", { name: "Exporteren en downloaden" }).click();
    const alert = this.page.getByRole("alert").filter({ hasText: /\S/ }).first();
    await alert.waitFor();
    return alert.innerText();
  }

  /** Sets the account the organisation pays from (the debtor of its SEPA files). */
  async setPayerAccount(name: string, iban: string): Promise<void> {
    await this.page.fill('input[name="payer.name"]', name);
    await this.page.fill('input[name="payer.iban"]', iban);
    await this.page.getByRole("button", { name: "Opslaan" }).first().click();
    await this.page.getByText(`Nu: ${name}`).waitFor();
  }

  private async choosePeriod(from: string, to: string): Promise<void> {
    await this.page.fill("input[name=from]", from);
    await this.page.fill("input[name=to]", to);
  }

  /** Asks to export; returns the warning shown first (who is left out, and why), then cancels. */
  async exportWarning(from: string, to: string): Promise<{ text: string; canExport: boolean }> {
    await this.choosePeriod(from, to);
    await this.page.getByRole("button", { name: "Exporteren en downloaden" }).click();
    const dialog = this.page.getByRole("dialog", { name: "Eerst controleren" });
    await dialog.waitFor();
    const text = await dialog.innerText();
    const canExport = await dialog.getByRole("button", { name: /^Exporteren/ }).isEnabled();
    await dialog.getByRole("button", { name: "Annuleren" }).click();
    await dialog.waitFor({ state: "detached" });
    return { text, canExport };
  }

  /** Exports the approved lines of the period and returns the downloaded CSV and SEPA file. */
  async exportPayments(from: string, to: string): Promise<{ csv: string; sepa: string; names: string[] }> {
    await this.choosePeriod(from, to);
    const downloads: Download[] = [];
    const collect = (download: Download) => downloads.push(download);
    this.page.on("download", collect);
    await this.page.getByRole("button", { name: "Exporteren en downloaden" }).click();
    await expectEventually(() => downloads.length === 2);
    this.page.off("download", collect);
    const csv = downloads.find((d) => d.suggestedFilename().endsWith(".csv"))!;
    const sepa = downloads.find((d) => d.suggestedFilename().endsWith(".xml"))!;
    return { csv: await readDownload(csv), sepa: await readDownload(sepa), names: downloads.map((d) => d.suggestedFilename()) };
  }

  /** Downloads the latest earlier export's CSV again. */
  async downloadEarlierExport(): Promise<string> {
    const button = this.page.getByRole("button", { name: "CSV", exact: true }).first();
    await button.waitFor();
    const [download] = await Promise.all([this.page.waitForEvent("download"), button.click()]);
    return readDownload(download);
  }
}

/** Waits (bounded) until the condition holds; downloads arrive as events, not as a page state. */
async function expectEventually(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error("The downloads did not all come");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function readDownload(download: Download): Promise<string> {
  const file = await download.path();
  return readFileSync(file, "utf8");
}

export class DashboardPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/#/`);
    await this.page.getByTestId("action-list").waitFor();
  }

  /** The action list's row of one key person, as its visible text. */
  async actionRowOf(name: string): Promise<string> {
    const row = this.page.getByTestId("action-list").locator("tbody tr", { hasText: name });
    await row.waitFor();
    return row.innerText();
  }

  /** The action list's tab that is open, as its visible text (the kind and its count). */
  async selectedActionTab(): Promise<string> {
    return this.page.getByTestId("action-kinds").getByRole("tab", { selected: true }).innerText();
  }

  /** Opens the action list's tab of a kind (by its Dutch name) and waits for its first page. */
  async openActionTab(name: string): Promise<void> {
    await this.page
      .getByTestId("action-kinds")
      .getByRole("tab", { name: new RegExp(`^${name}\\b`) })
      .click();
    await this.page
      .getByTestId("action-kinds")
      .getByRole("tab", { name: new RegExp(`^${name}\\b`), selected: true })
      .waitFor();
    await this.page.getByTestId("action-list").waitFor();
  }

  /** Waits until the charts and the coverage map have drawn. */
  async waitForChartsAndMap(): Promise<void> {
    await this.page.locator(".recharts-surface").first().waitFor();
    await this.page.locator(".leaflet-container path.leaflet-interactive").first().waitFor();
    await this.page.getByTestId("coverage-table").waitFor();
  }
}
