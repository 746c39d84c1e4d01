import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { CHROMIUM, SCREENSHOTS } from "./paths";

export const hasChromium = existsSync(CHROMIUM);

/** Printed (never silent) when the browser tests cannot run here. */
export const SKIP_MESSAGE = `web e2e: SKIPPED, no Chromium at ${CHROMIUM} (install it: apt-get install -y chromium)`;

export interface Browser {
  context: BrowserContext;
  close: () => Promise<void>;
}

export interface LaunchOptions {
  /** Extra Chromium switches, e.g. a fake microphone for the voice test. */
  args?: string[];
}

/** Debian's Chromium, headless, with a fresh profile that is deleted on close. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const profile = mkdtempSync(path.join(tmpdir(), "parley-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      ...(options.args ?? []),
    ],
    viewport: { width: 1366, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const PHONE = { width: 375, height: 812 };
export const DESKTOP = { width: 1366, height: 900 };

/** Saves reports/screenshots/<name>.png (test artifacts; look at them). */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage });
}
