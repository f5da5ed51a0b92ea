import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

// The browser tests use Debian's Chromium, never a downloaded one (see stack.md).
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
): Promise<LaunchedBrowser> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), "sleutelkaart-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: ARGS,
    viewport,
    locale: "nl-NL",
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
