import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountsEnv } from "./support/accounts";
import { startAppUnderTest } from "./support/app-under-test";
import { type Browser, hasChromium, SKIP_MESSAGE } from "./support/browser";
import { apiAs, BAD_LINES, playCall } from "./support/seed-calls";
import type { ParleyServer } from "./support/server";
import { ADMIN, bothWidths, LAPTOP, PASSWORD, seedTeam, signInAt } from "./support/team";

if (!hasChromium) console.log(SKIP_MESSAGE);

describe.skipIf(!hasChromium)("a trainer reviews a learner's call; the learner reads it (Chromium)", () => {
  let server: ParleyServer;
  let browser: Browser;
  let page: Page;
  let stop: () => Promise<void>;
  let callId: string;

  beforeAll(async () => {
    ({ server, browser, page, stop } = await startAppUnderTest(accountsEnv(ADMIN)));
    await seedTeam(server.url, [
      ["Tess Trainer", "tess@example.com", "trainer"],
      ["Lee Learner", "lee@example.com", "learner"],
    ] as const);
    const lee = await apiAs(server.url, "lee@example.com", PASSWORD);
    callId = await playCall(lee, BAD_LINES);
    await page.setViewportSize(LAPTOP);
  }, 120_000);

  afterAll(() => stop?.());

  it("the trainer comments beside a turn and changes a score with a reason: grader and reviewer side by side", async () => {
    await signInAt(page, server.url, "tess@example.com");
    await page.getByRole("link", { name: "History", exact: true }).click();
    await page.getByRole("link", { name: "Scorecard" }).first().click();
    const panel = page.getByTestId("review-panel");
    await panel.getByRole("heading", { name: "Review this call" }).waitFor();

    const turn = page.getByTestId("turn-comments-1");
    await turn.getByRole("button", { name: "Comment" }).click();
    await turn.getByLabel("Comment on this turn").fill("Lead with the outages before any offer.");
    await turn.getByRole("button", { name: "Add comment" }).click();
    await turn.getByText("Lead with the outages before any offer.").waitFor();

    await panel.getByLabel("Criterion").selectOption("respectful-tone");
    await panel.getByLabel(/^Score/).fill("2");
    await panel.getByLabel(/^Reason/).fill("Told her to calm down: dismissive, a 2.");
    await panel.getByRole("button", { name: "Save score" }).click();
    const row = page.getByTestId("review-row-respectful-tone");
    await row.getByText("Told her to calm down: dismissive, a 2.").waitFor();
    await page.getByTestId("reviewed-overall").waitFor();
    expect(await row.locator("td").first().textContent()).not.toBe("2.0");
    await panel.scrollIntoViewIfNeeded();
    await bothWidths(page, "70-review-trainer");
  }, 60_000);

  it("the learner is told, opens the scorecard from the inbox, and reads the review without any way to change it", async () => {
    await browser.context.clearCookies();
    await signInAt(page, server.url, "lee@example.com");
    const bell = page.getByTestId("notification-bell");
    await expect.poll(() => bell.getAttribute("aria-label")).toBe("Inbox, 1 unread");
    await bell.click();
    const notice = page.getByTestId("notifications").getByRole("link", { name: /Tess Trainer set your score/ });
    await notice.click();
    await page.waitForURL(new RegExp(`/sessions/${callId}/scorecard$`));
    const panel = page.getByTestId("review-panel");
    await panel.getByRole("heading", { name: "Your trainer's review" }).waitFor();
    await page.getByTestId("turn-comments-1").getByText("Lead with the outages before any offer.").waitFor();
    expect(await page.getByRole("button", { name: "Save score" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Comment" }).count()).toBe(0);
    expect(await page.getByTestId("review-row-respectful-tone").textContent()).toContain("Tess Trainer");
    await bothWidths(page, "71-review-learner");
  }, 60_000);

  it("the trainer allows the team's reviews to export, and downloads the suite", async () => {
    await browser.context.clearCookies();
    await signInAt(page, server.url, "tess@example.com");
    await page.getByRole("link", { name: "Team", exact: true }).click();
    const settings = page.getByTestId("review-export");
    await settings.getByLabel("Allow this team's reviews to be exported").click();
    const link = settings.getByRole("link", { name: "Download the suite (YAML)" });
    await link.waitFor();
    const yaml = await page.evaluate(
      async (href) => (await fetch(href)).text(),
      (await link.getAttribute("href")) ?? "",
    );
    expect(yaml).toContain("kind: grading");
    expect(yaml).not.toContain("Lee");
    await settings.scrollIntoViewIfNeeded();
    await bothWidths(page, "72-review-export");
  }, 60_000);
});
