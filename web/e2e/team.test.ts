import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountsEnv, signIn } from "./support/accounts";
import { startAppUnderTest } from "./support/app-under-test";
import { type Browser, DESKTOP, hasChromium, PHONE, SKIP_MESSAGE, screenshot } from "./support/browser";
import { apiAs, BAD_LINES, GOOD_LINES, playCall } from "./support/seed-calls";
import type { ParleyServer } from "./support/server";

if (!hasChromium) console.log(SKIP_MESSAGE);

const ADMIN = { email: "admin@example.com", password: "correct horse battery" };
const PASSWORD = "long enough password";
async function signInAt(page: Page, url: string, email: string, password: string) {
  await page.goto(`${url}/sign-in`);
  await signIn(page, email, password);
  await page.getByRole("navigation", { name: "Main" }).waitFor();
}

describe.skipIf(!hasChromium)("a trainer tests a rubric and reads the team view (Chromium, accounts mode)", () => {
  let server: ParleyServer;
  let browser: Browser;
  let page: Page;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ server, browser, page, stop } = await startAppUnderTest(accountsEnv(ADMIN)));
    const admin = await apiAs(server.url, ADMIN.email, ADMIN.password);
    const team = await admin("POST", "/api/teams", { name: "Support East" });
    const teamId = (team.body as { team: { id: string } }).team.id;
    for (const [name, email, role] of [
      ["Tess Trainer", "tess@example.com", "trainer"],
      ["Lee Learner", "lee@example.com", "learner"],
      ["Kim Learner", "kim@example.com", "learner"],
    ] as const) {
      expect((await admin("POST", "/api/users", { name, email, role, teamId, password: PASSWORD })).status).toBe(201);
    }
    expect(
      (
        await admin("POST", "/api/users", {
          name: "Nico Newtrainer",
          email: "nico@example.com",
          role: "trainer",
          password: PASSWORD,
        })
      ).status,
    ).toBe(201);
    const lee = await apiAs(server.url, "lee@example.com", PASSWORD);
    const kim = await apiAs(server.url, "kim@example.com", PASSWORD);
    for (let i = 0; i < 2; i++) await playCall(lee, GOOD_LINES);
    for (let i = 0; i < 2; i++) await playCall(kim, BAD_LINES);
  }, 120_000);

  afterAll(() => stop?.());

  it("shows learners' scores per skill (criteria underneath), the weakest skills and where to practise them", async () => {
    await signInAt(page, server.url, "tess@example.com", PASSWORD);
    await page.getByRole("link", { name: "Team", exact: true }).click();
    await page.getByRole("heading", { name: "Team view" }).waitFor();
    const heatmap = page.getByTestId("team-heatmap");
    await heatmap.waitFor();
    const headers = await heatmap.locator("thead th").allTextContents();
    expect(headers).toEqual(["Skill", "Kim Learner", "Lee Learner", "Team"]);
    // "Empathy" is scored by "Acknowledges the customer's experience specifically" (the retention rubric).
    const row = heatmap.locator('tbody tr[data-skill="empathy"]');
    const [kim, lee] = (await row.locator("td strong").allTextContents()).map((text) => Number(text.replace("%", "")));
    expect(lee).toBeGreaterThan(kim ?? 0);
    expect(await row.locator("xpath=following-sibling::tr[1]").textContent()).toContain("Acknowledges");
    const weakest = page.getByTestId("team-weakest");
    expect(await weakest.locator("ol > li").count()).toBeGreaterThan(0);
    expect(await heatmap.locator(".heatmap__flag").count()).toBe(await weakest.locator("ol > li").count());
    // One rule, stated on the page, and every skill row's flag follows it: team average below the
    // skill's pass mark (as a percentage of the scale) over enough attempts.
    expect(await page.getByTestId("weakest-rule").textContent()).toMatch(/below its pass\s+mark/);
    for (const tr of await heatmap.locator("tbody tr[data-skill]").all()) {
      const cells = await tr.locator("td").allTextContents();
      const team = /^([\d.]+)% \((\d+)\)$/.exec((cells.at(-1) ?? "").trim());
      const flagged = (await tr.locator(".heatmap__flag").count()) > 0;
      const weak =
        team !== null && Number(team[2]) >= 3 && Number(team[1]) < Number(await tr.getAttribute("data-pass-mark"));
      expect(flagged, (await tr.locator("th").textContent()) ?? "").toBe(weak);
    }
    // Each weakest skill lists the criteria that score it, with their rubric.
    expect(await weakest.locator("ol > li").first().locator(".team__criteria li").first().textContent()).toMatch(
      /\(.+\): [\d.]+ of \d/,
    );
    await page.getByTestId("team-trend").locator("canvas").waitFor();
    await screenshot(page, "50-team-desktop");
    await page.setViewportSize(PHONE);
    await screenshot(page, "51-team-phone");
    await page.setViewportSize(DESKTOP);

    // The per-criterion detail stays, folded away.
    await page.getByTestId("team-criteria").locator("summary").click();
    await page.getByTestId("team-criterion-heatmap").locator("tbody tr", { hasText: "Acknowledges" }).waitFor();

    // A weakest skill links to a scenario that practises it.
    await weakest.getByRole("link", { name: "Dana Whitfield" }).first().click();
    await page.waitForURL(/\/practice\/cancel-after-outages$/);
  });

  it("a learner's History shows progress per skill, the criteria under each (laptop and phone)", async () => {
    await browser.context.clearCookies();
    await signInAt(page, server.url, "kim@example.com", PASSWORD);
    await page.getByRole("link", { name: "History", exact: true }).click();
    const table = page.getByTestId("skill-table");
    await table.waitFor();
    const skills = await table.locator("tbody tr summary").allTextContents();
    expect(skills).toEqual(expect.arrayContaining(["Empathy", "Respectful tone", "Tailored offers"]));
    const empathy = table.locator('tbody tr[data-skill="empathy"]');
    expect(await empathy.locator("td").nth(2).textContent()).toMatch(/no change|points/);
    await empathy.locator("summary").click();
    expect(await empathy.locator("li").first().textContent()).toMatch(
      /Acknowledges .*\(Cancellation and retention call\): [\d.]+ of 5 over 2 calls/,
    );
    await page.getByTestId("skill-progress").scrollIntoViewIfNeeded();
    await screenshot(page, "54-history-skills-desktop");
    await page.setViewportSize(PHONE);
    await page.getByTestId("skill-progress").evaluate((element) => element.scrollIntoView({ block: "start" }));
    await screenshot(page, "55-history-skills-phone", false);
    await page.setViewportSize(DESKTOP);
    await browser.context.clearCookies();
    await signInAt(page, server.url, "tess@example.com", PASSWORD);
  });

  it("runs Test this rubric: every criterion of the shipped suite separates, transcripts expand", async () => {
    await page.goto(`${server.url}/trainer/rubrics/retention-call`);
    const panel = page.getByTestId("rubric-test");
    await panel.getByRole("heading", { name: "Test this rubric" }).waitFor();
    // Several customers use this rubric now; Dana's call is the one the assertions below describe.
    await panel.getByLabel("Customer").selectOption("cancel-after-outages");
    await panel.getByRole("button", { name: "Run the test" }).click();
    const table = panel.getByTestId("separation-table");
    await table.waitFor({ timeout: 20_000 });
    const verdicts = await table.locator(".verdict").allTextContents();
    expect(verdicts.length).toBe(6);
    for (const id of [
      "acknowledges-experience",
      "honours-cancellation",
      "listens-before-offering",
      "one-tailored-offer",
      "respectful-tone",
    ]) {
      expect(await table.locator(`tr[data-criterion="${id}"] .verdict`).textContent()).toBe("✓ Separated");
    }
    expect(await panel.getByRole("status").filter({ hasText: "criteria separate" }).textContent()).toMatch(
      /of 6 criteria separate/,
    );

    await panel.getByText("The weak rep's call").click();
    await panel.locator(".test-call__turn--rep", { hasText: "calm down" }).first().waitFor();
    await table.locator('tr[data-criterion="acknowledges-experience"] summary').click();
    await table.locator('tr[data-criterion="acknowledges-experience"] .evidence q').first().waitFor();
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, "52-rubric-test-desktop");
    await page.setViewportSize(PHONE);
    await panel.getByTestId("rubric-test-result").evaluate((element) => element.scrollIntoView({ block: "start" }));
    await screenshot(page, "53-rubric-test-phone", false);
    await page.setViewportSize(DESKTOP);
  });

  it("marks criteria that do not separate, on an unsaved draft played with the customer's own separation suite", async () => {
    await page.goto(`${server.url}/trainer/rubrics/service-recovery`);
    const editor = page.getByRole("textbox", { name: /rubric YAML/ });
    await expect.poll(() => page.getByTestId("editor-status").textContent()).toContain("Valid");
    // A criterion nobody can earn: both reps get the bottom of the scale on it.
    const source = await editor.inputValue();
    await editor.fill(
      source
        .replace(/^name: Service recovery$/m, "name: Service recovery (draft)")
        // Its moves, question, phrases and levels all go: only a move no rep makes on a billing call is left.
        .replace(
          /good:\n(\s+)moves: \[asks_about_impact, acknowledges_impact\]\n\s+question: true\n\s+phrases: \[[^\]]*\]/,
          "good:\n$1moves: [confirms_cancellation]",
        )
        .replace(/\n\s+needs: \{ 3: \[\[acknowledges_impact[^\n]*/, "")
        .replace(/\n\s+# The anchors' own levels[^\n]*\n\s+reaches: \{ 3: \[acknowledges_impact\][^\n]*/, ""),
    );
    const panel = page.getByTestId("rubric-test");
    expect(await panel.textContent()).toContain("your unsaved draft");
    await panel.getByLabel("Customer").selectOption("bill-went-up");
    await panel.getByRole("button", { name: "Run the test" }).click();
    const table = panel.getByTestId("separation-table");
    await table.waitFor({ timeout: 20_000 });
    // Harold has a separation suite of his own now: its scripts play against the draft.
    expect(await panel.textContent()).toContain("the shipped separation suite bill-went-up-separation");
    expect(await table.locator(".verdict--not-separated").count()).toBeGreaterThan(0);
    await table.scrollIntoViewIfNeeded();
    await screenshot(page, "54-rubric-test-not-separated-desktop");
  });

  it("tells a trainer with no team to ask an admin, while an admin sees everyone's learners", async () => {
    const other = await browser.context.newPage();
    await browser.context.clearCookies();
    await signInAt(other, server.url, "nico@example.com", PASSWORD);
    await other.getByRole("link", { name: "Team", exact: true }).click();
    await other.getByRole("heading", { name: "You are not in a team yet" }).waitFor();
    expect(await other.locator(".empty-state").textContent()).toContain("Ask a Parley admin to put you in a team");
    expect(await other.getByRole("heading", { name: "No scored calls yet" }).count()).toBe(0);

    await browser.context.clearCookies();
    await signInAt(other, server.url, ADMIN.email, ADMIN.password);
    await other.goto(`${server.url}/team`);
    const heatmap = other.getByTestId("team-heatmap");
    await heatmap.waitFor();
    expect(await heatmap.locator("thead th").allTextContents()).toEqual([
      "Skill",
      "Kim Learner",
      "Lee Learner",
      "Team",
    ]);
    await other.close();
  });

  it("hides the Team view from learners", async () => {
    const learnerPage = await browser.context.newPage();
    await browser.context.clearCookies();
    await signInAt(learnerPage, server.url, "lee@example.com", PASSWORD);
    expect(await learnerPage.getByRole("link", { name: "Team", exact: true }).count()).toBe(0);
    await learnerPage.goto(`${server.url}/team`);
    await learnerPage.getByRole("alert").waitFor();
    expect(await learnerPage.getByRole("alert").textContent()).toContain("Only trainers and admins");
    await learnerPage.close();
  });
});

describe.skipIf(!hasChromium)("Test this rubric when the model is down (Chromium, local mode)", () => {
  let server: ParleyServer;
  let page: Page;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    // Nothing listens on port 9: every model call fails at once.
    ({ server, page, stop } = await startAppUnderTest({
      PARLEY_ENGINE: "model",
      OPENAI_BASE_URL: "http://127.0.0.1:9/v1",
      OPENAI_API_KEY: "test",
      PARLEY_MODEL_RETRIES: "0",
    }));
  }, 90_000);

  afterAll(() => stop?.());

  it("says the model could not be reached and offers the offline engine", async () => {
    await page.goto(`${server.url}/trainer/rubrics/retention-call`);
    const panel = page.getByTestId("rubric-test");
    await panel.getByRole("heading", { name: "Test this rubric" }).waitFor();
    await panel.getByLabel("Engine").waitFor();
    await panel.getByRole("button", { name: "Run the test" }).click();
    const alert = panel.getByRole("alert");
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toContain("The test did not run");
    expect(await alert.textContent()).toContain("run the test offline");
    await alert.evaluate((element) => element.scrollIntoView({ block: "center" }));
    await screenshot(page, "55-rubric-test-model-down-desktop", false);

    await panel.getByLabel("Engine").selectOption("offline");
    await panel.getByRole("button", { name: "Run the test" }).click();
    await panel.getByTestId("separation-table").waitFor({ timeout: 20_000 });
    expect(await panel.getByRole("alert").count()).toBe(0);
    await page.close();
  });
});
