import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountsEnv, signIn } from "./support/accounts";
import { startAppUnderTest } from "./support/app-under-test";
import { type Browser, hasChromium, SKIP_MESSAGE, screenshot } from "./support/browser";
import { type Api, apiAs, BAD_LINES, GOOD_LINES, playCall } from "./support/seed-calls";
import type { ParleyServer } from "./support/server";

if (!hasChromium) console.log(SKIP_MESSAGE);

const ADMIN = { email: "admin@example.com", password: "correct horse battery" };
const PASSWORD = "long enough password";
const PHONE_390 = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

interface Statement {
  id: string;
  actor: { mbox?: string };
  verb: { id: string };
  timestamp: string;
}

async function signInAt(page: Page, url: string, email: string, password: string) {
  await page.goto(`${url}/sign-in`);
  await signIn(page, email, password);
  await page.getByRole("navigation", { name: "Main" }).waitFor();
}

/** Statements are recorded in the background after a call's write: wait until a graded call's are there. */
async function waitForCompleted(admin: Api, learnerId: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const answer = await admin("GET", `/api/xapi/statements?learner=${learnerId}`);
    const statements = (answer.body as { statements?: Statement[] }).statements ?? [];
    if (statements.some((statement) => statement.verb.id.endsWith("/completed"))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no completed statement for ${learnerId}`);
}

/** Presses Download in the panel and returns the saved file's name and parsed content. */
async function downloadFrom(page: Page) {
  const panel = page.getByTestId("xapi-download");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    panel.getByRole("button", { name: "Download statements" }).click(),
  ]);
  const file = await download.path();
  const body = JSON.parse(readFileSync(file, "utf8")) as { statements: Statement[]; more: string };
  await panel.getByTestId("xapi-download-saved").waitFor();
  return { name: download.suggestedFilename(), body };
}

const withinLastMonth = (statement: Statement) => {
  const at = Date.parse(statement.timestamp);
  return at > Date.now() - 32 * 24 * 3600_000 && at <= Date.now();
};

describe.skipIf(!hasChromium)("xAPI statements download and History on a phone (Chromium, accounts mode)", () => {
  let server: ParleyServer;
  let browser: Browser;
  let page: Page;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ server, browser, page, stop } = await startAppUnderTest(accountsEnv(ADMIN)));
    const admin = await apiAs(server.url, ADMIN.email, ADMIN.password);
    const team = await admin("POST", "/api/teams", { name: "Support East" });
    const teamId = (team.body as { team: { id: string } }).team.id;
    const ids: Record<string, string> = {};
    for (const [name, email, role, inTeam] of [
      ["Tess Trainer", "tess@example.com", "trainer", true],
      ["Lee Learner", "lee@example.com", "learner", true],
      ["Kim Learner", "kim@example.com", "learner", true],
      ["Otto Outsider", "otto@example.com", "learner", false],
    ] as const) {
      const created = await admin("POST", "/api/users", {
        name,
        email,
        role,
        password: PASSWORD,
        ...(inTeam ? { teamId } : {}),
      });
      expect(created.status).toBe(201);
      ids[email] = (created.body as { user: { id: string } }).user.id;
    }
    await playCall(await apiAs(server.url, "lee@example.com", PASSWORD), GOOD_LINES);
    await playCall(await apiAs(server.url, "kim@example.com", PASSWORD), BAD_LINES);
    await playCall(await apiAs(server.url, "otto@example.com", PASSWORD), GOOD_LINES);
    for (const email of ["lee@example.com", "kim@example.com", "otto@example.com"])
      await waitForCompleted(admin, ids[email] ?? "");
  }, 120_000);

  afterAll(() => stop?.());

  it("a learner downloads their own statements from Account, and is told when a range has none", async () => {
    await page.setViewportSize(DESKTOP);
    await signInAt(page, server.url, "lee@example.com", PASSWORD);
    await page.goto(`${server.url}/account/tokens`);
    const panel = page.getByTestId("xapi-download");
    await panel.waitFor();
    expect(await panel.getByLabel("Learner").count()).toBe(0);
    const { name, body } = await downloadFrom(page);
    expect(name).toMatch(/^parley-xapi-lee-learner-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.json$/);
    expect(body.more).toBe("");
    expect(body.statements.length).toBeGreaterThanOrEqual(3);
    expect(new Set(body.statements.map((statement) => statement.actor.mbox))).toEqual(
      new Set(["mailto:lee@example.com"]),
    );
    expect(body.statements.every(withinLastMonth)).toBe(true);
    const verbs = body.statements.map((statement) => statement.verb.id.split("/").at(-1));
    expect(verbs).toEqual(expect.arrayContaining(["attempted", "completed", "scored"]));
    expect(await panel.getByTestId("xapi-download-saved").textContent()).toContain(
      `${body.statements.length} statements`,
    );
    await screenshot(page, "xapi-download-01-learner-account-1280");

    await panel.getByLabel("First day").fill("2020-01-01");
    await panel.getByLabel("Last day (included)").fill("2020-01-31");
    await panel.getByRole("button", { name: "Download statements" }).click();
    expect(await panel.getByTestId("xapi-download-empty").textContent()).toContain(
      "No statements for Lee Learner from 2020-01-01 to 2020-01-31",
    );

    await panel.getByLabel("First day").fill("2020-02-01");
    await panel.getByRole("button", { name: "Download statements" }).click();
    await panel.getByText("The last day must not be before the first.").waitFor();
    await page.setViewportSize(PHONE_390);
    await screenshot(page, "xapi-download-02-learner-account-390");
    await page.setViewportSize(DESKTOP);
  });

  it("a trainer picks a learner of their team on the Team page and gets only that learner's statements", async () => {
    await browser.context.clearCookies();
    await signInAt(page, server.url, "tess@example.com", PASSWORD);
    await page.goto(`${server.url}/team`);
    const panel = page.getByTestId("xapi-download");
    await panel.waitFor();
    const options = await panel.getByLabel("Learner").locator("option").allTextContents();
    expect(options).toEqual(["Pick a learner…", "Kim Learner", "Lee Learner"]);
    await panel.getByRole("button", { name: "Download statements" }).click();
    await panel.getByText("Pick a learner.").waitFor();
    await panel.getByLabel("Learner").selectOption({ label: "Kim Learner" });
    const { name, body } = await downloadFrom(page);
    expect(name).toMatch(/^parley-xapi-kim-learner-/);
    expect(body.statements.length).toBeGreaterThanOrEqual(3);
    expect(new Set(body.statements.map((statement) => statement.actor.mbox))).toEqual(
      new Set(["mailto:kim@example.com"]),
    );
    expect(body.statements.every(withinLastMonth)).toBe(true);
    expect(body.statements.map((statement) => statement.verb.id)).toContain("http://adlnet.gov/expapi/verbs/failed");
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, "xapi-download-03-trainer-team-1280");
    await page.setViewportSize(PHONE_390);
    await screenshot(page, "xapi-download-04-trainer-team-390");
    await page.setViewportSize(DESKTOP);
  });

  it("an admin picks anyone on the Admin page, a learner outside every team too", async () => {
    await browser.context.clearCookies();
    await signInAt(page, server.url, ADMIN.email, ADMIN.password);
    await page.goto(`${server.url}/admin/users`);
    const panel = page.getByTestId("xapi-download");
    await panel.waitFor();
    await panel.getByLabel("Learner").selectOption({ label: "Otto Outsider" });
    const { body } = await downloadFrom(page);
    expect(new Set(body.statements.map((statement) => statement.actor.mbox))).toEqual(
      new Set(["mailto:otto@example.com"]),
    );
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, "xapi-download-07-admin-1280", false);
  });

  it("History's Progress per skill labels each cell at 390 px", async () => {
    await browser.context.clearCookies();
    await signInAt(page, server.url, "lee@example.com", PASSWORD);
    await page.setViewportSize(PHONE_390);
    await page.goto(`${server.url}/history`);
    const table = page.getByTestId("skill-table");
    await table.waitFor();
    const row = table.locator("tbody tr").first();
    const labels = await row
      .locator("td")
      .evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell, "::before").content));
    expect(labels).toEqual(['"Skill: "', '"Latest call: "', '"Since your first: "', '"Average (pass mark): "']);
    // Stacked: the header row is hidden and the cells sit one under another.
    expect(await table.locator("thead").isVisible()).toBe(false);
    await table.scrollIntoViewIfNeeded();
    await screenshot(page, "xapi-download-05-history-skills-390");
    await page.setViewportSize(DESKTOP);
    expect(await table.locator("thead").isVisible()).toBe(true);
    await screenshot(page, "xapi-download-06-history-skills-1280");
  });
});
