import type { Page } from "playwright-core";

// Page objects for logging in and passwords: forgotten password, the reset link, the
// user menu's "change password", and a coordinator's page of one account.

export class AccountPages {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  /** From the login page's link: asks a reset link for this address; answers the confirmation shown. */
  async requestReset(email: string): Promise<string> {
    await this.page.goto(`${this.baseUrl}/#/login`);
    await this.page.getByRole("link", { name: "Wachtwoord vergeten?" }).click();
    await this.page.fill("input[name=email]", email);
    await this.page.getByRole("button", { name: "Link versturen" }).click();
    return this.page.getByRole("status").innerText();
  }

  /** Opens the e-mailed link, chooses a new password, and lands logged in on the overview. */
  async resetWith(link: string, password: string): Promise<void> {
    await this.page.evaluate(() => localStorage.clear());
    await this.page.goto(link);
    await this.page.fill("input[name=newPassword]", password);
    await this.page.fill("input[name=repeatPassword]", password);
    await this.page.getByRole("button", { name: "Opslaan en inloggen" }).click();
    await this.page.getByRole("menuitem", { name: "Overzicht" }).waitFor();
  }

  /** Through the user menu; lands on the login page. */
  async changePassword(current: string, next: string): Promise<void> {
    await this.page
      .getByRole("button", { name: /profiel|profile/i })
      .first()
      .click();
    await this.page.getByRole("menuitem", { name: "Wachtwoord wijzigen" }).click();
    await this.page.fill("input[name=currentPassword]", current);
    await this.page.fill("input[name=newPassword]", next);
    await this.page.fill("input[name=repeatPassword]", next);
    await this.page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
    await this.page.locator("input[name=username]").waitFor();
  }

  /** A coordinator deactivates or reactivates the account on its page (after confirming); answers the status shown. */
  async toggleAccount(userId: string, action: "Deactiveren" | "Heractiveren"): Promise<string> {
    return this.toggleOn(`#/users/${userId}/show`, action);
  }

  /** The same from a key person's page (a regional coordinator has no account pages). */
  async toggleKeyPersonAccount(keyPersonId: string, action: "Deactiveren" | "Heractiveren"): Promise<string> {
    return this.toggleOn(`#/keyPersons/${keyPersonId}/show`, action);
  }

  private async toggleOn(route: string, action: "Deactiveren" | "Heractiveren"): Promise<string> {
    await this.page.goto(`${this.baseUrl}/${route}`);
    await this.page.getByRole("button", { name: action }).click();
    await this.page.getByRole("dialog").getByRole("button", { name: "Bevestigen" }).click();
    const chip = this.page.locator(`[data-account-status=${action === "Deactiveren" ? "deactivated" : "active"}]`);
    await chip.waitFor();
    return chip.innerText();
  }

  /** The error the login form shows for these credentials. */
  async loginError(email: string, password: string): Promise<string> {
    await this.page.evaluate(() => localStorage.clear());
    await this.page.goto(`${this.baseUrl}/#/login`);
    await this.page.fill("input[name=username]", email);
    await this.page.fill("input[name=password]", password);
    await this.page.click("button[type=submit]");
    const alert = this.page.locator(".MuiSnackbarContent-message, [role=alert]").first();
    await alert.waitFor();
    return alert.innerText();
  }
}
