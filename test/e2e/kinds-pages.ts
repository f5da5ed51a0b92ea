import type { Locator, Page } from "playwright-core";
import { MatchingPages, type NewRequest } from "./matching-pages";

// Page objects for the request kinds (issue 16): the request form by kind, and the key
// person's agenda with its availability windows.

/** The kinds as the form's first question names them (Dutch). */
export const KIND_LABELS = {
  CASE_SUPPORT: "Begeleiding van een casus",
  APPOINTMENT: "Begeleiding naar één afspraak",
  CONSULT: "Advies aan een professional",
  INFORMATION_SESSION: "Voorlichting",
} as const;

export type KindRequest =
  | ({ kind: "CASE_SUPPORT" } & NewRequest)
  | ({ kind: "APPOINTMENT"; date: string; from: string; until: string; mode: "Ter plaatse" | "Telefonisch" | "Via video" } & Omit<NewRequest, "hoursPerWeek">)
  | ({ kind: "CONSULT"; topic: string; hours: string } & Omit<NewRequest, "hoursPerWeek" | "municipality" | "location">)
  | ({ kind: "INFORMATION_SESSION"; date: string; from: string; until: string; participants: number; topics: string } & Omit<NewRequest, "hoursPerWeek">);

export class KindPages {
  private readonly matching: MatchingPages;

  constructor(private readonly page: Page) {
    this.matching = new MatchingPages(page, "");
  }

  /** Opens the form, chooses the kind, waits for that kind's fields. */
  async startRequest(kind: keyof typeof KIND_LABELS): Promise<void> {
    const { page } = this;
    await this.matching.openRequests();
    await page.getByRole("link", { name: "Nieuw" }).click();
    await page.waitForURL(/#\/matchRequests\/create$/);
    await page.getByTestId("choose-kind-first").waitFor();
    await page.getByRole("radio", { name: new RegExp(`^${KIND_LABELS[kind]}`) }).check();
    await page.locator("input[name=caseReference]").waitFor();
  }

  /** Fills the form of a kind and saves; returns the request's id. */
  async createRequest(request: KindRequest): Promise<string> {
    const { page } = this;
    await this.startRequest(request.kind);
    await page.fill("input[name=caseReference]", request.caseReference);
    if (request.kind === "CASE_SUPPORT" || request.kind === "APPOINTMENT") await page.locator("input[name=newcomerConsent]").check();
    for (const language of request.languages) await this.matching.chooseLanguage(language);
    if (request.kind === "CASE_SUPPORT") await page.fill("input[name=hoursPerWeek]", String(request.hoursPerWeek));
    if (request.kind === "APPOINTMENT" || request.kind === "INFORMATION_SESSION") {
      const prefix = request.kind === "APPOINTMENT" ? "appointment" : "session";
      await page.fill(`input[name="${prefix}.date"]`, request.date);
      await page.fill(`input[name="${prefix}.startTime"]`, request.from);
      await page.fill(`input[name="${prefix}.endTime"]`, request.until);
    }
    if (request.kind === "APPOINTMENT") await page.getByRole("radio", { name: request.mode }).check();
    if (request.kind === "CONSULT") {
      await page.fill("textarea[name='consult.topic']", request.topic);
      await page.fill("input[name='consult.hours']", request.hours);
    }
    if (request.kind === "INFORMATION_SESSION") {
      await page.fill("input[name='session.expectedParticipants']", String(request.participants));
      await page.fill("input[name='session.topics']", request.topics);
    }
    await page.getByRole("radio", { name: request.funding }).check();
    if (request.kind !== "CONSULT") {
      await this.matching.clickOnMap(request.municipality, request.location);
      await page.getByTestId("chosen-municipality").getByText(request.municipality.name).waitFor();
    }
    await page.getByRole("button", { name: "Opslaan" }).click();
    try {
      await page.waitForURL(/#\/matchRequests\/\d+\/show$/, { timeout: 60_000 });
    } catch (error) {
      // say what the form refused, not only that it stayed
      const problems = [...(await this.fieldErrors().allInnerTexts()), ...(await page.locator(".MuiSnackbar-root").allInnerTexts())];
      throw new Error(`The ${request.kind} request was not saved: ${problems.join(" | ") || "no message"}`, { cause: error });
    }
    await this.matching.dismissNotification("Aangemaakt");
    return /#\/matchRequests\/(\d+)\/show$/.exec(page.url())![1];
  }

  /** The helper texts under the form's fields that say what is wrong. */
  fieldErrors(): Locator {
    return this.page.locator(".Mui-error.MuiFormHelperText-root");
  }

  // ---- the agenda ------------------------------------------------------------------------

  async openMyAgenda(): Promise<void> {
    await this.page.getByRole("menuitem", { name: "Mijn agenda" }).click();
    await this.page.waitForURL(/#\/my-agenda$/);
    await this.page.getByTestId("agenda-week").waitFor();
  }

  /** Goes to the week that holds the date (YYYY-MM-DD), forward from this week. */
  async showWeekOf(date: string): Promise<void> {
    for (let i = 0; i < 6 && (await this.page.locator(`[data-testid=agenda-day][data-date="${date}"]`).count()) === 0; i++) {
      await this.page.getByRole("button", { name: "Volgende week" }).click();
      await this.page.getByTestId("agenda-week").waitFor();
    }
  }

  day(date: string): Locator {
    return this.page.locator(`[data-testid=agenda-day][data-date="${date}"]`);
  }

  /** Replaces the weekly windows with these (weekday as the menu says it, e.g. "dinsdag"). */
  async setWindows(windows: { weekday: string; from: string; until: string }[]): Promise<void> {
    const { page } = this;
    await page.getByRole("button", { name: "Beschikbaarheid instellen" }).click();
    const dialog = page.getByRole("dialog");
    while ((await dialog.getByTestId("window-row").count()) > 0) await dialog.getByRole("button", { name: "Verwijderen" }).first().click();
    for (const [index, window] of windows.entries()) {
      await dialog.getByRole("button", { name: "Tijd toevoegen" }).click();
      const row = dialog.getByTestId("window-row").nth(index);
      await row.getByRole("combobox").click();
      await page.getByRole("option", { name: window.weekday, exact: true }).click();
      await row.locator(`input[name="windows.${index}.startTime"]`).fill(window.from);
      await row.locator(`input[name="windows.${index}.endTime"]`).fill(window.until);
    }
    await dialog.getByRole("button", { name: "Opslaan" }).click();
  }
}
