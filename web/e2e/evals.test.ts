import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppUnderTest } from "./support/app-under-test";
import { DESKTOP, hasChromium, PHONE, SKIP_MESSAGE, screenshot } from "./support/browser";
import { REPO_ROOT } from "./support/paths";
import type { ParleyServer } from "./support/server";

if (!hasChromium) console.log(SKIP_MESSAGE);

const run = promisify(execFile);

/** `parley eval` into the server's own database, as an eval author would on the machine running Parley. */
async function parleyEval(db: string, args: string[]) {
  const { stdout } = await run(process.execPath, [path.join(REPO_ROOT, "api/bin/parley.js"), "eval", ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, PARLEY_ENGINE: "offline", PARLEY_DB: db },
  });
  return stdout;
}

interface Listed {
  items: {
    id: string;
    label: string;
    summary: {
      suites: { id: string; grading?: { grader: { chance: { value: number; low: number; high: number } } } }[];
    };
  }[];
}

describe.skipIf(!hasChromium)("the Evals page lists parley eval runs (Chromium)", () => {
  let server: ParleyServer;
  let page: Page;
  let stop: () => Promise<void>;
  let dir: string;
  let db: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "parley-e2e-evals-"));
    db = path.join(dir, "parley.db");
    ({ server, page, stop } = await startAppUnderTest({ PARLEY_DB: db }));
  }, 90_000);

  afterAll(async () => {
    await stop?.();
    rmSync(dir, { recursive: true, force: true });
  });

  it("explains the command when there are no runs", async () => {
    await page.goto(`${server.url}/evals`);
    await page.getByRole("heading", { name: "No eval runs yet" }).waitFor();
    // The same command as the README's.
    expect(await page.locator(".empty-state").textContent()).toContain("npx parley eval");
    expect(await page.locator(".empty-state").textContent()).not.toContain("eval evals");
    await screenshot(page, "evals-01-empty", false);
  });

  it("shows each run with its headline figures, a chart across runs, and a run's details", async () => {
    await parleyEval(db, ["evals/grading/retention-call.yaml", "--label", "baseline"]);
    const out = await parleyEval(db, [
      "evals/grading",
      "evals/persona/bill-went-up.yaml",
      "evals/robustness",
      "evals/heldout/bill-went-up.yaml",
      "--label",
      "after prompt change",
    ]);
    expect(out).toContain(`in ${db}`);
    const listed = (await (await fetch(`${server.url}/api/evals/runs`)).json()) as Listed;
    const latest = listed.items[0];
    expect(latest?.label).toBe("after prompt change");
    const kappa = latest?.summary.suites.find((suite) => suite.id === "retention-call-golden")?.grading?.grader.chance;
    expect(kappa).toBeDefined();
    const shown = `${kappa?.value.toFixed(2)} (${kappa?.low.toFixed(2)}–${kappa?.high.toFixed(2)})`;

    await page.goto(`${server.url}/evals`);
    const table = page.locator("table.evals__table");
    await table.waitFor();
    expect(await table.locator("tbody tr").count()).toBe(2);
    const newest = table.locator("tbody tr").first();
    expect(await newest.textContent()).toContain("after prompt change");
    expect(await newest.textContent()).toContain(shown);
    expect(await newest.textContent()).toContain("24/24 attempts resisted");
    expect(await page.getByRole("img", { name: /Overall agreement with the human raters/ }).count()).toBe(1);
    await screenshot(page, "evals-02-runs-desktop");
    await page.setViewportSize(PHONE);
    await screenshot(page, "evals-03-runs-phone");
    await page.setViewportSize(DESKTOP);

    await page.getByRole("link", { name: "after prompt change" }).click();
    await page.getByRole("heading", { name: /retention-call-golden/ }).waitFor();
    const figures = page.locator("section", { has: page.getByRole("heading", { name: /retention-call-golden/ }) });
    expect(await figures.getByRole("rowheader", { name: "Overall" }).count()).toBe(1);
    expect(await figures.textContent()).toContain(shown);
    expect(await figures.textContent()).toContain("Human ceiling");
    expect(await figures.textContent()).toMatch(/Disagreements: a point or more from the raters \(\d+\)/);
    expect(await figures.textContent()).toMatch(/\d+\/\d+ checks passed/);
    // A measurement set has no thresholds: it says so rather than "0/0 checks passed".
    const heldout = page.locator("section", { has: page.getByRole("heading", { name: /bill-went-up-heldout/ }) });
    expect(await heldout.textContent()).toContain("report only");
    expect(await heldout.textContent()).not.toContain("0/0 checks passed");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download JSON" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`parley-eval-${latest?.id}.json`);
    const saved = JSON.parse(readFileSync((await download.path()) ?? "", "utf8")) as { suites: { id: string }[] };
    expect(saved.suites.map((suite) => suite.id)).toContain("retention-call-golden");
    await screenshot(page, "evals-04-run-desktop", false);
    await page.setViewportSize(PHONE);
    await screenshot(page, "evals-05-run-phone", false);
    await page.setViewportSize(DESKTOP);
  }, 120_000);
});
