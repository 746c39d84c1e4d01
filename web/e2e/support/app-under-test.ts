import type { Page } from "playwright-core";
import { type Browser, launchBrowser } from "./browser";
import { ensureWebBuild } from "./build";
import { type ParleyServer, startParley } from "./server";

export interface AppUnderTest {
  server: ParleyServer;
  browser: Browser;
  /** One page, open on nothing yet; its uncaught errors are printed to the test log. */
  page: Page;
  /** Closes the browser, then stops the server. */
  stop: () => Promise<void>;
}

/**
 * Builds the web app if it is not built, starts Parley (`env` as for `startParley`) and opens
 * one page in a fresh headless Chromium. If the browser fails to start, the server is stopped.
 */
export async function startAppUnderTest(env: Record<string, string> = {}): Promise<AppUnderTest> {
  await ensureWebBuild();
  const server = await startParley(env);
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const page = await browser.context.newPage();
    page.on("pageerror", (error) => console.error(`page error: ${error.message}`));
    const opened = browser;
    return {
      server,
      browser: opened,
      page,
      stop: async () => {
        await opened.close();
        await server.stop();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.stop();
    throw error;
  }
}
