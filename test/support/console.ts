import { existsSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { launchBrowser, type LaunchedBrowser } from "./browser";
import { startTestServer, type TestServer } from "./server";

const root = path.resolve(__dirname, "../..");

/** Fails at once when the console (or the public map, `kaart.html`) is not built: jest alone does not build it. */
export function requireBuiltConsole(file: "index.html" | "kaart.html" = "index.html"): void {
  if (!existsSync(path.join(root, "admin/dist", file))) {
    const what = file === "kaart.html" ? "The public map is" : "The console is";
    throw new Error(`${what} not built: run \`npm run build:admin\` (npm test does it for you)`);
  }
}

export interface ConsoleSession {
  server: TestServer;
  browser: LaunchedBrowser;
  page: Page;
}

/**
 * A browser test's start: the built console, a test server (the demo data unless `server`
 * says otherwise), and a fresh Chromium with one tab. Close it again with `closeConsole`.
 */
export async function openConsole(
  options: { server?: Parameters<typeof startTestServer>[0]; viewport?: { width: number; height: number }; timezoneId?: string; locale?: string } = {},
): Promise<ConsoleSession> {
  requireBuiltConsole();
  const server = await startTestServer(options.server ?? { seedDemo: true });
  try {
    const browser = await launchBrowser(options.viewport, options.timezoneId, options.locale);
    try {
      return { server, browser, page: await browser.context.newPage() };
    } catch (error) {
      await browser.close();
      throw error;
    }
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** Closes what `openConsole` opened (either may be missing when it failed). */
export async function closeConsole(session: { browser?: LaunchedBrowser; server?: TestServer }): Promise<void> {
  await session.browser?.close();
  await session.server?.stop();
}
