import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

// The browser tests use Debian's Chromium, never a downloaded one (see docs/stack.md).
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const INSTALL_COMMAND = "apt-get install -y chromium";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const browserInstalled = (): boolean => existsSync(CHROMIUM_PATH);

/**
 * `describe` when Chromium is there; otherwise the suite is skipped with the command
 * that installs it, or fails when REQUIRE_BROWSER=1 (CI), so a missing browser never
 * passes silently there.
 */
export function describeWithBrowser(name: string, suite: () => void): void {
  if (browserInstalled()) {
    describe(name, suite);
    return;
  }
  const reason = `Chromium not found at ${CHROMIUM_PATH}; install it with: ${INSTALL_COMMAND}`;
  if (process.env.REQUIRE_BROWSER === "1") {
    describe(name, () => {
      it("needs Chromium", () => {
        throw new Error(`${reason} (REQUIRE_BROWSER=1 makes this a failure)`);
      });
    });
    return;
  }
  console.warn(`Skipping "${name}": ${reason}`);
  describe.skip(`${name} (skipped: ${reason})`, suite);
}

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh profile per launch, so no state leaks between test files. */
export async function launchBrowser(
  viewport = { width: 1280, height: 800 },
  /** The browser's own time zone (the machine's when not given): the console must show Amsterdam time whatever it is. */
  timezoneId?: string,
  /** The browser's language (Dutch unless given): the console keeps its own date style whatever it is. */
  locale = "nl-NL",
): Promise<LaunchedBrowser> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), "sleutelkaart-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: ARGS,
    viewport,
    locale,
    ...(timezoneId ? { timezoneId } : {}),
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The README's screenshots are taken by the browser tests at the moment the page shows
 * what they should, but only written with UPDATE_SCREENSHOTS=1: a plain `npm test` leaves
 * the working tree as it found it.
 */
export async function readmeScreenshot(page: Page, file: string, options: { fullPage?: boolean } = {}): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== "1") return;
  const docs = path.resolve(__dirname, "../../docs");
  mkdirSync(docs, { recursive: true });
  // Charts drawn still (the console honours prefers-reduced-motion), not caught mid-animation.
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.evaluate(() => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))));
  await page.screenshot({ path: path.join(docs, file), ...options });
  await page.emulateMedia({ reducedMotion: null });
}

/**
 * Phrases of the server's English messages (server/src/**): the console words refusals
 * and reasons by their code, so none of these may show on a page in Dutch. Add a phrase
 * here when a test walks a flow where a new server message could leak.
 */
export const ENGLISH_SERVER_TEXT: RegExp[] = [
  /does not exist or is not yours to see/,
  /The e-mail address or password is wrong/,
  /Log in first, or again/,
  /Your role may not do this/,
  /Something went wrong on our side/,
  /Nothing approved and not yet exported/,
  /would pass the (?:\d{4}|monthly) cap/,
  /Room left: /,
  /(?:These hours are|This claim is) already/,
  /That makes [\d.]+ hours on/,
  /lies in the future/,
  /lies before the assignment began/,
  /is not (?:an|a valid) IBAN/,
  /Say why you reject it/,
  /Unknown (?:language|expertise|municipality)/,
  /is not an e-mail address/,
  /looks like a spreadsheet formula/,
  /is also on line \d+/,
  /lies outside your region/,
  /The header row lacks/,
  /is not valid CSV/,
  /\b(?:km away|remote support|speaks \w+ \((?:native|fluent|basic)\)|after this)\b/,
  /asked to be contacted|strain or impact|feels supported|last check-in|never confirmed|last session/,
];

/** Fails, naming the phrase, when a page in Dutch shows any of the server's English messages. */
export async function expectNoEnglishServerText(page: Page): Promise<void> {
  const text = await page.evaluate(() => document.body.innerText);
  const leaked = ENGLISH_SERVER_TEXT.filter((phrase) => phrase.test(text)).map((phrase) => `${phrase} in: ${text.match(phrase)?.[0]}`);
  expect(leaked).toEqual([]);
}

/**
 * English that must not show in the Dutch console: react-admin's and MUI's untranslated
 * defaults, the words of our own English messages (a missing Dutch key falls back to
 * English, see admin/src/i18n/index.ts), month and day names. Case-sensitive and on word
 * boundaries, so Dutch words that contain them ("Exporteren", "Betalingsexport") pass.
 */
export const ENGLISH_UI_TEXT: RegExp[] = [
  /\bRows per page\b/i,
  /\bNo results( found)?\b/i,
  /\bGo to (?:next|previous|first|last)? ?page\b/i,
  /\b\d+\s*[-–]\s*\d+ of \d+\b/,
  /\b(?:Search|Export|Save|Delete|Cancel|Create|Edit|Show|Refresh|Loading|Close|Confirm|Remove|Back|Next|Previous|Required|Actions|Logout|Log out|Sign in|Log in|Profile|Settings|Dashboard|Open menu|Close menu|Clear|Select all|Unselect|Undo|Today|Yesterday|Tomorrow|Unknown|None)\b/,
  /\b(?:Add filter|Remove filter|Remove all filters|Saved queries|Open drawer|Toggle|Open calendar|Choose date|Clear value|Sort by|Sorted by|Go to page|Skip to content|Select row)\b/i,
  /\b(?:Key persons?|Organisations?|Organizations?|Match requests?|Requests?|Proposals?|Assignments?|Hours|Claims|Wellbeing|Review|Payment exports?|Municipalit(?:y|ies)|Languages?|Users?|Audit log|Outbox|Import|Rules|Invitation|Password|Forgot)\b/,
  // april, september, november and december are Dutch too (capitalised at the start of a line)
  /\b(?:January|February|March|May|June|July|August|October)\b/,
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/,
  /\b(?:Mar|Oct|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b/,
  /\b\d{1,2}:\d{2}\s?(?:AM|PM)\b/,
  /\b(?:please|must be|is required|invalid|not found|something went wrong|are you sure|this field)\b/i,
];

/** Proper names and words that are the same in Dutch; the checker removes them before it looks. */
export const ENGLISH_ALLOWED: RegExp[] = [/Taal \/ Language/g, /\bSleutelkaart\b/g, /\bOpenStreetMap\b/g, /\bLeaflet\b/g];

/** A raw translation key on screen: what the i18n provider shows when a key is missing in both languages. */
export const RAW_TRANSLATION_KEY =
  /\b(?:ra|resources|app|sk|account|audit|compensation|import|matching|notifications|oversight|reasons|reasonValues)\.[a-zA-Z_]+(?:\.[a-zA-Z_]+)*\b/;

/** The English phrases (server messages and console defaults) in a text shown in Dutch. */
export function englishIn(text: string): string[] {
  const cleaned = ENGLISH_ALLOWED.reduce((rest, allowed) => rest.replace(allowed, " "), text);
  return [...ENGLISH_SERVER_TEXT, ...ENGLISH_UI_TEXT].flatMap((phrase) => {
    const found = cleaned.match(phrase);
    return found ? [`"${found[0]}" (${phrase})`] : [];
  });
}
