import { readFileSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "playwright-core";

// Page objects for the matching pages of the console: match requests with their map,
// the ranked candidates, "Mijn voorstellen" and the unmet requests.

const root = path.resolve(__dirname, "../..");

interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

type Ring = [number, number][];
interface MunicipalityFeature {
  properties: { gemeentecode: string; gemeentenaam: string };
  geometry: { type: "Polygon"; coordinates: Ring[] } | { type: "MultiPolygon"; coordinates: Ring[][] };
}

let municipalities: MunicipalityFeature[] | null = null;

/** The geographic bounds of a municipality, from the same file the console draws. */
export function municipalityBounds(code: string): Bounds {
  municipalities ??= (JSON.parse(readFileSync(path.join(root, "data/nl_gemeenten_2025.geojson"), "utf8")) as { features: MunicipalityFeature[] }).features;
  const feature = municipalities.find((candidate) => candidate.properties.gemeentecode === code);
  if (!feature) throw new Error(`No municipality ${code} in data/nl_gemeenten_2025.geojson`);
  const polygons = feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  const bounds = { south: Infinity, west: Infinity, north: -Infinity, east: -Infinity };
  for (const [outer] of polygons) {
    for (const [lon, lat] of outer) {
      bounds.south = Math.min(bounds.south, lat);
      bounds.north = Math.max(bounds.north, lat);
      bounds.west = Math.min(bounds.west, lon);
      bounds.east = Math.max(bounds.east, lon);
    }
  }
  return bounds;
}

/** Web Mercator's y for a latitude (Leaflet's default projection), up to a constant factor. */
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

export interface NewRequest {
  caseReference: string;
  /** per language: what to type in the autocomplete (it searches the names and the code) and the option to pick */
  languages: { search: string; option: string }[];
  hoursPerWeek: number;
  /** as the funding radio button says it, e.g. "Onze organisatie" */
  funding: string;
  /** the municipality to find on the map, by name and CBS code */
  municipality: { name: string; code: string };
  /** where to click, inside that municipality */
  location: { lat: number; lon: number };
  /** "Liefst dezelfde achtergrond" as the newcomer, from this country (two letters); left out: no preference */
  sameBackgroundAs?: string;
}

export class MatchingPages {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async openRequests(): Promise<void> {
    await this.page.getByRole("menuitem", { name: "Matchverzoeken" }).click();
    await this.page.waitForURL(/#\/matchRequests$/);
  }

  /** Fills the request form, choosing the location by clicking on the map, and saves. Returns the request's id. */
  async createRequest(request: NewRequest): Promise<string> {
    const { page } = this;
    await this.openRequests();
    await page.getByRole("link", { name: "Nieuw" }).click();
    await page.waitForURL(/#\/matchRequests\/create$/);

    // the form asks first what kind of help is needed
    await page.getByRole("radio", { name: /^Begeleiding van een casus/ }).check();
    await page.fill("input[name=caseReference]", request.caseReference);
    await page.locator("input[name=newcomerConsent]").check();
    for (const language of request.languages) await this.chooseLanguage(language);
    await page.fill("input[name=hoursPerWeek]", String(request.hoursPerWeek));
    await page.getByRole("radio", { name: request.funding }).check();
    if (request.sameBackgroundAs) {
      await page.getByRole("radio", { name: "Liefst dezelfde achtergrond" }).check();
      await page.fill("input[name=newcomerOrigin]", request.sameBackgroundAs);
    }

    await this.clickOnMap(request.municipality, request.location);
    await page.getByTestId("chosen-municipality").getByText(request.municipality.name).waitFor();

    await page.getByRole("button", { name: "Opslaan" }).click();
    await page.waitForURL(/#\/matchRequests\/\d+\/show$/);
    await this.dismissNotification("Aangemaakt");
    return /#\/matchRequests\/(\d+)\/show$/.exec(page.url())![1];
  }

  /**
   * Finds the municipality with "Ga naar gemeente", then clicks the map at the point. The
   * pixel is worked out from where the municipality's outline is drawn: x is linear in
   * longitude, y in Mercator's y of latitude.
   */
  async clickOnMap(municipality: { name: string; code: string }, point: { lat: number; lon: number }, search = "Ga naar gemeente"): Promise<void> {
    const { page } = this;
    // the option also names the province
    await this.chooseOption(page.getByRole("combobox", { name: search }), municipality.name, new RegExp(`^${municipality.name}`));
    const outline = page.locator(`path.sk-m-${municipality.code}`).first();
    // wait until the map has zoomed in on it
    await page.waitForFunction(
      (selector) => {
        const box = document.querySelector(selector)?.getBoundingClientRect();
        return box !== undefined && box.width > 200;
      },
      `path.sk-m-${municipality.code}`,
      { timeout: 10_000 },
    );
    await page.waitForTimeout(400); // the zoom animation
    const box = (await outline.boundingBox())!;
    const bounds = municipalityBounds(municipality.code);
    const x = box.x + ((point.lon - bounds.west) / (bounds.east - bounds.west)) * box.width;
    const y = box.y + ((mercatorY(bounds.north) - mercatorY(point.lat)) / (mercatorY(bounds.north) - mercatorY(bounds.south))) * box.height;
    await page.mouse.click(x, y);
  }

  async waitForCandidates(): Promise<void> {
    await this.page.getByTestId("candidate").first().waitFor();
    // the map draws each candidate as a circle
    await this.page.locator("path.sk-candidate").first().waitFor();
  }

  /** The candidates' names without waiting for the map (a consult has no place, so no map). */
  async candidateNamesOnly(): Promise<string[]> {
    await this.page.getByTestId("candidate").first().waitFor();
    return this.page.getByTestId("candidate-name").allInnerTexts();
  }

  async candidateNames(): Promise<string[]> {
    await this.waitForCandidates();
    return this.page.getByTestId("candidate-name").allInnerTexts();
  }

  candidate(name: string): Locator {
    return this.page.locator(`[data-testid=candidate][data-name="${name}"]`);
  }

  async reasonsOf(name: string): Promise<string[]> {
    return this.candidate(name).getByTestId("reason").allInnerTexts();
  }

  /** The parts of a candidate's score as shown: which part, its points and its visible text. */
  async scorePartsOf(name: string): Promise<{ part: string; points: number; text: string }[]> {
    const parts = this.candidate(name).getByTestId("score-part");
    await parts.first().waitFor();
    const result: { part: string; points: number; text: string }[] = [];
    for (const part of await parts.all()) {
      result.push({
        part: (await part.getAttribute("data-part")) ?? "",
        points: Number(await part.getAttribute("data-points")),
        text: (await part.innerText()).trim(),
      });
    }
    return result;
  }

  /** The match (0–100) a candidate shows. */
  async matchOf(name: string): Promise<number> {
    const label = await this.candidate(name)
      .getByLabel(/^Match \d+ van 100$/)
      .getAttribute("aria-label");
    return Number(/Match (\d+)/.exec(label ?? "")![1]);
  }

  /** "4 van 8 uur bezet" under the load part: the hours taken and the capacity. */
  async hoursTakenOf(name: string): Promise<{ taken: number; capacity: number }> {
    const text = await this.candidate(name).getByTestId("workload").innerText();
    const [, taken, capacity] = /^([\d,]+) van ([\d,]+) uur bezet$/.exec(text.trim())!;
    const number = (value: string) => Number(value.replace(",", "."));
    return { taken: number(taken), capacity: number(capacity) };
  }

  async propose(name: string): Promise<void> {
    await this.candidate(name).getByRole("button", { name: "Voorstellen" }).click();
    await this.dismissNotification(`Voorgesteld aan ${name}`);
  }

  async openRequest(caseReference: string): Promise<void> {
    await this.openRequests();
    await this.page.locator("table tbody tr", { hasText: caseReference }).click();
    await this.page.waitForURL(/#\/matchRequests\/\d+\/show$/);
    await this.page.getByTestId("case-reference").getByText(caseReference).waitFor();
  }

  /** The status of the named key person's assignment on the open request page. */
  async assignmentStatus(name: string): Promise<string> {
    const row = this.page.locator(`[data-testid=assignment][data-name="${name}"]`);
    await row.waitFor();
    return row.getByTestId("assignment-status").innerText();
  }

  // ---- the key person --------------------------------------------------------------

  async openMyProposals(): Promise<void> {
    await this.page.getByRole("menuitem", { name: "Mijn voorstellen" }).click();
    await this.page.waitForURL(/#\/assignments$/);
    await this.page.getByRole("heading", { name: /Voorstellen om te beantwoorden/ }).waitFor();
  }

  proposals(): Locator {
    return this.page.getByTestId("proposal");
  }

  activeAssignments(): Locator {
    return this.page.getByTestId("active-assignment");
  }

  async acceptFirstProposal(): Promise<void> {
    await this.proposals().first().getByRole("button", { name: "Accepteren" }).click();
    await this.dismissNotification("Geaccepteerd");
  }

  // ---- the coordinator ----------------------------------------------------------------

  async openUnmetRequests(): Promise<void> {
    await this.page.getByRole("menuitem", { name: "Onvervulde verzoeken" }).click();
    await this.page.waitForURL(/#\/unmetRequests$/);
    await this.page.locator("table tbody tr").first().waitFor();
  }

  unmetRow(caseReference: string): Locator {
    return this.page.locator("table tbody tr", { hasText: caseReference });
  }

  // ---- helpers ---------------------------------------------------------------------------

  /** Adds a language in the request form's autocomplete. */
  async chooseLanguage(language: { search: string; option: string }): Promise<void> {
    await this.chooseOption(this.page.locator("input[name=languageCodes]"), language.search, language.option);
  }

  /** Waits for the notification, then closes it so it does not cover what comes next. */
  async dismissNotification(text: string): Promise<void> {
    const snackbar = this.page.locator(".MuiSnackbar-root");
    await snackbar.getByText(text).waitFor();
    await this.page.keyboard.press("Escape");
    await snackbar.waitFor({ state: "detached" });
  }

  /**
   * Types into an autocomplete, waits until the options shown are the ones for that text
   * (react-admin's autocompletes ask the dataProvider again after a pause), then picks one.
   */
  private async chooseOption(input: Locator, text: string, option: string | RegExp = text): Promise<void> {
    await input.click();
    await input.fill(text);
    await this.page.waitForFunction(
      (typed) => {
        const options = [...document.querySelectorAll("[role=option]")];
        return options.length > 0 && options.every((element) => (element.textContent ?? "").toLowerCase().includes(typed.toLowerCase()));
      },
      text,
      { timeout: 10_000 },
    );
    await this.page
      .getByRole("option", { name: option, exact: typeof option === "string" })
      .first()
      .click();
  }
}
