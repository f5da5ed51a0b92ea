import type { Page } from "playwright-core";

// Page objects for the console: the tests say what a user does, these say how.

export class LoginPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async logIn(email: string, password: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/#/login`);
    await this.page.fill("input[name=username]", email);
    await this.page.fill("input[name=password]", password);
    await this.page.click("button[type=submit]");
    await this.page.getByRole("menuitem", { name: "Overzicht" }).waitFor();
  }

  /** Tries to log in with a wrong password; returns the notification the login page shows. */
  async logInRefused(email: string, password: string): Promise<string> {
    await this.page.goto(`${this.baseUrl}/#/login`);
    await this.page.fill("input[name=username]", email);
    await this.page.fill("input[name=password]", password);
    await this.page.click("button[type=submit]");
    const notification = this.page.locator(".MuiSnackbarContent-message, [role=alert]").filter({ hasText: /\S/ }).first();
    await notification.waitFor();
    return notification.innerText();
  }

  async logOut(): Promise<void> {
    await this.page.evaluate(() => localStorage.clear());
    await this.page.goto(`${this.baseUrl}/#/login`);
    await this.page.locator("input[name=username]").waitFor();
  }
}

export interface NewKeyPerson {
  displayName: string;
  email: string;
  /** as the autocomplete shows it (Dutch name) */
  language: string;
  /** as the level select shows it, e.g. "Vloeiend" */
  level: string;
  /** the municipality of the home, as the search shows it: its centre becomes the home */
  municipality: string;
}

export class KeyPersonPages {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async create(person: NewKeyPerson): Promise<void> {
    const { page } = this;
    await page.goto(`${this.baseUrl}/#/keyPersons/create`);
    await page.fill("input[name=displayName]", person.displayName);
    await page.fill("input[name=email]", person.email);
    await this.chooseOption(page.locator('input[name="languages.0.language.code"]'), person.language, true);
    await this.chooseOption(this.selectOf("languages.0.level"), person.level, false);
    await this.chooseHomeMunicipality(person.municipality);
    await page.getByRole("button", { name: "Opslaan" }).click();
    await page.waitForURL(/#\/keyPersons\/[^/]+\/show$/);
    // No password typed: the key person is invited by e-mail.
    await this.dismissNotification(`Uitnodiging verstuurd naar ${person.email}`);
  }

  /** Chooses the municipality of the home in the map picker (its centre becomes the home) and waits until the picker says so. */
  async chooseHomeMunicipality(municipality: string): Promise<void> {
    const { page } = this;
    const search = page.getByRole("combobox", { name: "Gemeente van de woonplaats" });
    await search.click();
    await search.fill(municipality);
    // the option also names the province
    await page
      .getByRole("option", { name: new RegExp(`^${municipality}`) })
      .first()
      .click();
    await page.getByTestId("chosen-municipality").getByText(`Woonplaats in ${municipality}`).waitFor();
  }

  /** Waits for the notification, then closes it so it does not cover what comes next. */
  async dismissNotification(text: string): Promise<void> {
    const snackbar = this.page.locator(".MuiSnackbar-root");
    await snackbar.getByText(text).waitFor();
    await this.page.keyboard.press("Escape");
    await snackbar.waitFor({ state: "detached" });
  }

  async openList(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/#/keyPersons`);
    await this.rows().first().waitFor();
  }

  /** Types into the search box and waits until every row shown matches it. */
  async filterByName(text: string): Promise<void> {
    await this.page.fill("input[name=q]", text);
    await this.page.waitForFunction(
      (needle) => {
        const names = [...document.querySelectorAll("table tbody td.column-displayName")].map((cell) => cell.textContent ?? "");
        return names.length > 0 && names.every((name) => name.toLowerCase().includes(needle.toLowerCase()));
      },
      text,
      { timeout: 10_000 },
    );
  }

  async namesInList(): Promise<string[]> {
    await this.rows().first().waitFor();
    return this.rows().locator("td.column-displayName").allInnerTexts();
  }

  async openMyProfile(): Promise<void> {
    await this.page.getByRole("menuitem", { name: "Mijn profiel" }).click();
    await this.page.waitForURL(/#\/my-profile$/);
    await this.page.locator("input[name=displayName]").waitFor();
  }

  async displayNameInForm(): Promise<string> {
    return this.page.inputValue("input[name=displayName]");
  }

  private rows() {
    return this.page.locator("table tbody tr");
  }

  /** MUI renders a select as a combobox beside a hidden input that carries the name. */
  private selectOf(name: string) {
    return this.page.locator(`.MuiInputBase-root:has(input[name="${name}"]) [role=combobox]`);
  }

  private async chooseOption(combobox: ReturnType<Page["locator"]>, option: string, type: boolean): Promise<void> {
    await combobox.click();
    if (type) await combobox.fill(option);
    await this.page.getByRole("option", { name: option, exact: true }).click();
  }
}
