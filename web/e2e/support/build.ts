import { existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { build } from "vite";
import { REPO_ROOT, WEB_DIST } from "./paths";

const LOCK = path.join(REPO_ROOT, "dist/.web-build.lock");

/**
 * Builds the web app into dist/web unless it is already there (`npm test` builds it first).
 * Test files run in parallel, so one builds while the others wait on a lock directory.
 */
export async function ensureWebBuild(): Promise<void> {
  if (existsSync(path.join(WEB_DIST, "index.html"))) return;
  mkdirSync(path.dirname(LOCK), { recursive: true });
  for (let waited = 0; waited < 120_000; waited += 250) {
    try {
      mkdirSync(LOCK);
    } catch {
      // Another worker is building; a lock older than two minutes belongs to a crashed run.
      const lock = statSync(LOCK, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > 120_000) rmSync(LOCK, { recursive: true, force: true });
      await sleep(250);
      if (existsSync(path.join(WEB_DIST, "index.html"))) return;
      continue;
    }
    try {
      if (!existsSync(path.join(WEB_DIST, "index.html"))) {
        await build({ configFile: path.join(REPO_ROOT, "vite.config.ts"), logLevel: "warn" });
      }
      return;
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
  throw new Error("Timed out waiting for another test worker to build the web app");
}
