import type { Page } from "playwright-core";
import { englishIn, RAW_TRANSLATION_KEY } from "../support/browser";

// The crawl's page list and its checks (test/e2e/crawl.test.ts). The pages come from what
// a role is offered: the menu and the account menu, every link on a page, and the first
// row of every list (a click on it opens the record). One page per route shape ("the
// show page of a key person", not every key person), so a new page or resource is
// crawled without touching this file.

export const DEMO_PASSWORD = "sleutelkaart-demo";

export interface Role {
  name: string;
  email: string;
  /** record pages the crawl must reach (by route shape): a record of each resource the role may open */
  records: string[];
}

export const ROLES: Role[] = [
  {
    name: "national coordinator",
    email: "coordinator@sleutelkaart.demo",
    records: [
      "/keyPersons/:id/show",
      "/keyPersons/:id",
      "/organisations/:id/show",
      "/organisations/:id",
      "/users/:id/show",
      "/matchRequests/:id/show",
      "/compensationRules/:id",
      // qualifications (issue 17): the list of types and the first one's form (ids are codes)
      "/qualificationTypes",
      "/qualificationTypes/FGM_TRAINING",
      "/groupActivities/:id/show",
      // care services (issue 18)
      "/careServices/:id/show",
      "/careServices/:id",
    ],
  },
  {
    name: "regional coordinator",
    email: "regio@sleutelkaart.demo",
    records: ["/keyPersons/:id/show", "/keyPersons/:id", "/organisations/:id/show", "/matchRequests/:id/show", "/groupActivities/:id/show"],
  },
  {
    name: "organisation",
    email: "organisatie@sleutelkaart.demo",
    // care services (issue 18): the first service of the list need not be its own, so the edit page is the coordinator's to reach
    records: ["/organisations/:id/show", "/matchRequests/:id/show", "/groupActivities/:id/show", "/careServices/:id/show"],
  },
  { name: "key person", email: "sleutelpersoon@sleutelkaart.demo", records: ["/my-profile", "/groupActivities/:id/show", "/careServices/:id/show"] },
];

export const WIDTHS = [
  { name: "1280 px", width: 1280, height: 800 },
  { name: "390 px", width: 390, height: 844 },
];

/** Pages no menu links to but every signed-in role has. */
export const EXPLICIT_PATHS = ["/change-password"];

/** Never opened by the crawl: /login would log out (the logged-out crawl visits it). */
const SKIPPED = [/^\/login$/];

/** At most this many route shapes per role: a runaway crawl fails fast instead of slowly (the reports and the research extract took the national coordinator past 60). */
const MAX_PAGES = 80;

/**
 * "/keyPersons/17/show" → "/keyPersons/:id/show"; a list opened with a filter (the
 * dashboard's counts) is its own shape per filter field: "/keyPersons?status".
 */
export function routeShape(path: string): string {
  const [route, query = ""] = path.split("?");
  const shape = route
    .split("/")
    .map((segment) => (/^\d+$|^[0-9a-f-]{16,}$|^[A-Za-z0-9_-]{20,}$/.test(segment) ? ":id" : segment))
    .join("/");
  let fields: string[] = [];
  try {
    fields = Object.keys(JSON.parse(new URLSearchParams(query).get("filter") ?? "{}") as object).sort();
  } catch {
    fields = ["?"];
  }
  return fields.length > 0 ? `${shape}?${fields.join(",")}` : shape;
}

const hashPath = (url: string): string => new URL(url).hash.replace(/^#/, "") || "/";

/**
 * Every GraphQL request the page has sent and not yet seen answered: a page has settled
 * when none has been open for a moment and no spinner or skeleton shows (a bar with a
 * value, such as a candidate's score, is not a spinner).
 */
export class PageWatcher {
  private open = 0;
  private lastChange = Date.now();
  private errors: string[] = [];

  constructor(private readonly page: Page) {
    page.on("request", (request) => {
      if (request.resourceType() === "fetch" || request.resourceType() === "xhr") this.change(+1);
    });
    const done = (request: { resourceType(): string }) => {
      if (request.resourceType() === "fetch" || request.resourceType() === "xhr") this.change(-1);
    };
    page.on("requestfinished", done);
    page.on("requestfailed", done);
    page.on("console", (message) => {
      if (message.type() === "error") this.errors.push(`console error: ${message.text().slice(0, 300)}`);
    });
    page.on("pageerror", (error) => this.errors.push(`page error: ${error.message.slice(0, 300)}`));
  }

  private change(delta: number) {
    this.open = Math.max(0, this.open + delta);
    this.lastChange = Date.now();
  }

  /** The errors since the last call. */
  takeErrors(): string[] {
    const errors = this.errors;
    this.errors = [];
    return errors;
  }

  async settled(timeoutMs = 10_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      const busy = await this.page
        .evaluate(() => Boolean(document.querySelector("[role=progressbar]:not([aria-valuenow]), .MuiSkeleton-root")))
        .catch(() => true);
      if (!busy && this.open === 0 && Date.now() - this.lastChange > 200) return;
      await this.page.waitForTimeout(100);
    }
  }
}

/** The problems of the page shown now: English, raw keys, sideways scroll. */
export async function problemsOnPage(page: Page): Promise<string[]> {
  let seen = await measure(page);
  if (seen.scrollWidth > seen.width) {
    // once more after a moment: a page still laying itself out is not a page too wide
    await page.waitForTimeout(1000);
    seen = await measure(page);
  }
  const problems: string[] = [];
  for (const english of englishIn(seen.text)) problems.push(`English text ${english}`);
  for (const english of englishIn(seen.labels)) problems.push(`English label ${english}`);
  const key = seen.text.match(RAW_TRANSLATION_KEY) ?? seen.labels.match(RAW_TRANSLATION_KEY);
  if (key) problems.push(`raw translation key "${key[0]}"`);
  if (seen.scrollWidth > seen.width) {
    problems.push(`sideways scroll: ${seen.scrollWidth} px wide in ${seen.width} px (${seen.wide.join(", ")})`);
    if (process.env.CRAWL_LOG) await page.screenshot({ path: `/tmp/crawl-${Date.now()}.png`, fullPage: true });
  }
  return problems;
}

/** What the checks read from the page shown now. */
function measure(page: Page) {
  return page.evaluate(() => {
    const labelled = [...document.querySelectorAll("[aria-label], [title], [placeholder], img[alt]")]
      .filter((element) => !element.closest("[aria-hidden=true]"))
      .flatMap((element) => ["aria-label", "title", "placeholder", "alt"].map((name) => element.getAttribute(name) ?? ""))
      .filter((value) => value.trim() !== "");
    return {
      text: document.body.innerText,
      labels: labelled.join("\n"),
      scrollWidth: document.documentElement.scrollWidth,
      width: window.innerWidth,
      // where to look: the innermost elements wider than the screen, else those reaching past its edge
      wide: (() => {
        if (document.documentElement.scrollWidth <= window.innerWidth) return [];
        const all = [...document.querySelectorAll("body *")];
        const tooWide = (element: Element) => element.getBoundingClientRect().width > window.innerWidth + 1;
        const pastEdge = (element: Element) => element.getBoundingClientRect().right > window.innerWidth + 1;
        const innermost = (test: (element: Element) => boolean) => all.filter((element) => test(element) && ![...element.children].some(test));
        const found = innermost(tooWide);
        return (found.length > 0 ? found : innermost(pastEdge))
          .slice(0, 3)
          .map(
            (element) =>
              `${element.tagName.toLowerCase()}.${[...element.classList].slice(0, 3).join(".")} ${Math.round(element.getBoundingClientRect().width)} px "${(element.textContent ?? "").trim().slice(0, 40)}"`,
          );
      })(),
    };
  });
}

/** The links of the sidebar menu and of the account menu (top right). */
export async function menuPaths(page: Page): Promise<string[]> {
  const menu = await page
    .locator(".RaSidebar-fixed a[role=menuitem], .RaSidebar-fixed a[href^='#/']")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  await page.getByRole("button", { name: "Profiel" }).click();
  const account = await page.locator("[role=menu] a[href^='#/']").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  await page.keyboard.press("Escape");
  return [...menu, ...account].filter((href) => href.startsWith("#/")).map((href) => href.slice(1));
}

/** The console's own links in the page's content. */
async function linksOnPage(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator("#main-content a[href^='#/']")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""))
    .catch(() => [] as string[]);
  return hrefs.map((href) => href.slice(1));
}

/** Where a click on the first row of a list leads (react-admin rows are not links), or nothing when its rows are not clickable. */
async function firstRowTarget(page: Page, watcher: PageWatcher): Promise<string | null> {
  const cell = page.locator("#main-content tr.RaDatagrid-clickableRow").first().locator("td[class*=column-]:not(:has(button, a, input))").first();
  // a list whose code or data is still on its way has no rows yet: give it a moment (an empty list costs the wait)
  if ((await page.locator("#main-content .RaList-main").count()) > 0) await cell.waitFor({ timeout: 4000 }).catch(() => {});
  if ((await cell.count()) === 0) return null;
  // A list may rewrite its own query (sort, page) while it loads: only another route is the record.
  const route = (url: string) => hashPath(url).split("?")[0];
  const list = route(page.url());
  // a clickable row navigates: give a busy machine time, or the crawl would miss the record
  // a list that refetches re-renders its rows under the click: try again once it settled
  for (let attempt = 0; attempt < 3 && route(page.url()) === list; attempt++) {
    if (attempt > 0) await watcher.settled();
    await cell.click({ timeout: 5000 }).catch(() => {});
    await page.waitForURL((url) => route(url.toString()) !== list, { timeout: 5000 }).catch(() => {});
  }
  if (route(page.url()) === list) return null;
  await watcher.settled();
  return hashPath(page.url());
}

export interface Visit {
  path: string;
  problems: string[];
}

/**
 * Visits every page the role is offered, breadth first from the menu, one per route
 * shape, and returns what it found on each, with the paths for the next width.
 */
export async function crawlRole(page: Page, baseUrl: string, watcher: PageWatcher): Promise<{ paths: string[]; visits: Visit[] }> {
  const queue = [...(await menuPaths(page)), ...EXPLICIT_PATHS];
  const shapes = new Set<string>();
  const paths: string[] = [];
  const visits: Visit[] = [];
  watcher.takeErrors();
  while (queue.length > 0 && paths.length < MAX_PAGES) {
    const path = queue.shift()!;
    const shape = routeShape(path);
    if (shapes.has(shape) || SKIPPED.some((skip) => skip.test(shape))) continue;
    shapes.add(shape);
    paths.push(path);
    const problems = await visit(page, baseUrl, path, watcher);
    queue.push(...(await linksOnPage(page)));
    const row = await firstRowTarget(page, watcher);
    if (row) queue.push(row);
    visits.push({ path, problems: [...problems, ...watcher.takeErrors().map((error) => `${error} (here or on leaving)`)] });
  }
  return { paths, visits };
}

/** Opens a path of the console (in the same document, as a click would) and checks it. */
export async function visit(page: Page, baseUrl: string, path: string, watcher: PageWatcher): Promise<string[]> {
  const earlier = watcher.takeErrors().map((error) => `${error} (on leaving the page before)`);
  const started = Date.now();
  await page.goto(`${baseUrl}/#${path}`);
  await watcher.settled();
  if (process.env.CRAWL_LOG) console.log(`${path}: ${Date.now() - started} ms`);
  return [...earlier, ...(await problemsOnPage(page)), ...watcher.takeErrors()];
}
