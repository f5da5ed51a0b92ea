import type { Download, Page } from "playwright-core";

// Page objects for the lists (issue 15, point 6): click a column header to sort, search,
// add a filter, download the CSV.

export class ListPages {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(resource: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/#/${resource}`);
    await this.rows().first().waitFor();
  }

  rows() {
    return this.page.locator("table tbody tr");
  }

  /** The texts of one column (react-admin marks each cell with `column-<source>`). */
  async column(source: string): Promise<string[]> {
    await this.rows().first().waitFor();
    return this.rows().locator(`td[class~="column-${source}"]`).allInnerTexts();
  }

  /** Clicks a column's header (react-admin: ascending first, then descending) and waits for the list. */
  async clickHeader(header: string, source: string, order: "ASC" | "DESC"): Promise<void> {
    await this.page.locator("table thead").getByText(header, { exact: true }).click();
    await this.page.waitForURL(new RegExp(`sort=${source.replace(".", "\\.")}`));
    await this.page.waitForURL(new RegExp(`order=${order}`));
    await this.settled();
  }

  /** Types into the search box. */
  async search(text: string): Promise<void> {
    await this.page.fill("input[name=q]", text);
    await this.page.waitForURL(new RegExp(`q.*${encodeURIComponent(text).slice(0, 6)}`));
    await this.settled();
  }

  /** Adds a filter by its label and chooses an option of its autocomplete. */
  async filterByOption(label: string, option: string): Promise<void> {
    await this.page.getByRole("button", { name: "Filter toevoegen" }).click();
    await this.page.getByRole("menuitemcheckbox", { name: label, exact: true }).click();
    const input = this.page.getByRole("combobox", { name: label, exact: true });
    await input.click();
    await input.fill(option);
    await this.page.getByRole("option", { name: option, exact: true }).click();
    await this.settled();
  }

  /** Adds a select filter (status) and picks a choice. */
  async filterBySelect(label: string, choice: string): Promise<void> {
    await this.page.getByRole("button", { name: "Filter toevoegen" }).click();
    await this.page.getByRole("menuitemcheckbox", { name: label, exact: true }).click();
    await this.page.locator(`form .MuiInputBase-root:has(input[name="status"]) [role=combobox]`).click();
    await this.page.getByRole("option", { name: choice, exact: true }).click();
    await this.settled();
  }

  /** Clicks "CSV exporteren" and returns the downloaded file. */
  async downloadCsv(): Promise<{ name: string; text: string }> {
    const [download]: [Download, void] = await Promise.all([
      this.page.waitForEvent("download"),
      this.page.getByRole("button", { name: "CSV exporteren" }).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString("utf8") };
  }

  /** Waits until react-admin has no request under way (its loading indicator is gone). */
  async settled(): Promise<void> {
    await this.page.waitForTimeout(100);
    await this.page
      .locator(".RaLoadingIndicator-loader, header [role=progressbar]")
      .first()
      .waitFor({ state: "detached", timeout: 10_000 })
      .catch(() => undefined);
    await this.page.waitForLoadState("networkidle");
  }
}
