import type { Download, Page } from "playwright-core";

// Page objects for the CSV import, the export buttons and the invitation page.

export class ImportPages {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  /** From the key persons list, through its "CSV importeren" button. */
  async openFromList(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/#/keyPersons`);
    await this.page.getByRole("link", { name: "CSV importeren" }).click();
    await this.page.waitForURL(/#\/import$/);
    await this.page.getByRole("heading", { name: "Sleutelpersonen importeren" }).waitFor();
  }

  /** Chooses a file; the dry run starts by itself. Waits for its report. */
  async upload(name: string, csv: string | Buffer, mimeType = "text/csv"): Promise<void> {
    await this.page.setInputFiles("input[data-testid=import-file]", { name, mimeType, buffer: typeof csv === "string" ? Buffer.from(csv) : csv });
    await this.page.getByText(`Bestand: ${name}`).waitFor();
    await this.page.locator("[data-testid=import-summary]").waitFor();
  }

  /** The report's rows as [line, action label, name, details]. */
  async reportRows(): Promise<string[][]> {
    return this.page
      .locator("table tbody tr[data-action]")
      .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll("td")].map((cell) => (cell.textContent ?? "").trim())));
  }

  /** The background colour of the report rows with this action. */
  async backgroundOf(action: string): Promise<string[]> {
    return this.page.locator(`table tbody tr[data-action=${action}]`).evaluateAll((rows) => rows.map((row) => getComputedStyle(row).backgroundColor));
  }

  confirmButton() {
    return this.page.locator("[data-testid=import-confirm]");
  }

  /** Confirms, and waits for the result with the invitation links. */
  async confirm(): Promise<string> {
    await this.confirmButton().click();
    return (await this.page.locator("[data-testid=import-done]").innerText()).trim();
  }

  async invitationLinks(): Promise<string[]> {
    const cells = await this.page.locator("[data-testid=invitation-row] td:nth-child(3)").allInnerTexts();
    return cells.map((text) => text.trim());
  }

  /** Clicks the list's "CSV exporteren" and returns the downloaded file. */
  async exportFrom(resource: "keyPersons" | "organisations"): Promise<{ name: string; text: string }> {
    await this.page.goto(`${this.baseUrl}/#/${resource}`);
    const [download]: [Download, void] = await Promise.all([
      this.page.waitForEvent("download"),
      this.page.getByRole("button", { name: "CSV exporteren" }).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString("utf8") };
  }

  /** Opens an invitation link without a login, sets the password, and lands on "Mijn profiel". */
  async acceptInvitation(link: string, password: string): Promise<void> {
    await this.page.goto(link);
    await this.page.getByRole("heading", { name: "Welkom bij Sleutelkaart" }).waitFor();
    await this.page.fill("input[name=password]", password);
    await this.page.fill("input[name=repeat]", password);
    await this.page.getByRole("button", { name: "Wachtwoord instellen en inloggen" }).click();
    await this.page.waitForURL(/#\/my-profile$/);
    await this.page.locator("input[name=displayName]").waitFor();
  }
}
