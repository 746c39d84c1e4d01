import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountsEnv } from "./support/accounts";
import { startAppUnderTest } from "./support/app-under-test";
import { type Browser, hasChromium, SKIP_MESSAGE } from "./support/browser";
import { say } from "./support/call";
import { goodLinesByCustomer } from "./support/good-examples";
import { apiAs, BAD_LINES, playCall } from "./support/seed-calls";
import type { ParleyServer } from "./support/server";
import { ADMIN, bothWidths, LAPTOP, PASSWORD, seedTeam, signInAt } from "./support/team";

/** Good replies for each customer a weakest skill's practice may name: the shipped good examples' rep lines. */
const FITTED_LINES = goodLinesByCustomer();

if (!hasChromium) console.log(SKIP_MESSAGE);

describe.skipIf(!hasChromium)("a trainer assigns practice from the team view; a learner does it (Chromium)", () => {
  let server: ParleyServer;
  let browser: Browser;
  let page: Page;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ server, browser, page, stop } = await startAppUnderTest(accountsEnv(ADMIN)));
    await seedTeam(server.url, [
      ["Tess Trainer", "tess@example.com", "trainer"],
      ["Lee Learner", "lee@example.com", "learner"],
      ["Kim Learner", "kim@example.com", "learner"],
    ] as const);
    const lee = await apiAs(server.url, "lee@example.com", PASSWORD);
    const kim = await apiAs(server.url, "kim@example.com", PASSWORD);
    await playCall(lee, BAD_LINES);
    await playCall(kim, BAD_LINES);
    await playCall(kim, BAD_LINES);
    await page.setViewportSize(LAPTOP);
  }, 120_000);

  afterAll(() => stop?.());

  it("assigns a weakest skill's scenarios in one click, then sees each learner not started and the skills", async () => {
    await signInAt(page, server.url, "tess@example.com");
    await page.getByRole("link", { name: "Team", exact: true }).click();
    const weakest = page.getByTestId("team-weakest");
    await weakest.locator("ol > li").first().waitFor();
    // The weakest skill with the shortest practice whose customers all have fitted lines here (a
    // skill shared by several rubrics names customers of all of them).
    let first = weakest.locator("ol > li").first();
    let fewest = Infinity;
    for (const item of await weakest.locator("ol > li").all()) {
      const names = await item.locator("a[href^='/practice/']").allTextContents();
      if (names.length > 0 && names.length < fewest && names.every((name) => name in FITTED_LINES)) {
        first = item;
        fewest = names.length;
      }
    }
    const skill = ((await first.locator("p strong").first().textContent()) ?? "").trim();
    await first.getByRole("button", { name: "Assign this practice" }).click();
    await first.getByRole("status").filter({ hasText: "Assigned to 2 learners" }).waitFor();
    await first.scrollIntoViewIfNeeded();
    await bothWidths(page, "60-team-assigned");

    await first.getByRole("link", { name: "See who has done it" }).click();
    const table = page.getByTestId("assignment-learners");
    await table.waitFor();
    expect(await table.locator("tbody tr td:first-child").allTextContents()).toEqual(["Kim Learner", "Lee Learner"]);
    expect(await table.locator("tbody .badge").allTextContents()).toEqual(["Not started", "Not started"]);
    // The skill it was made for, not every skill its rubrics score.
    expect(await page.getByTestId("assignment-skills").textContent()).toBe(
      `Practises: ${skill} (the skill it was assigned for)`,
    );
    await bothWidths(page, "61-assignment-status");
  }, 60_000);

  it("the learner sees the notification and the assignment, starts it, passes, and is told so", async () => {
    await browser.context.clearCookies();
    await signInAt(page, server.url, "lee@example.com");
    const bell = page.getByTestId("notification-bell");
    await expect.poll(() => bell.getAttribute("aria-label")).toBe("Inbox, 1 unread");
    await page.getByRole("link", { name: "Assignments", exact: true }).click();
    const card = page.getByTestId("assignment-card").first();
    await card.waitFor();
    expect(await card.locator(".badge").first().textContent()).toBe("Not started");
    await bothWidths(page, "62-my-assignments");

    // The weakest skill's scenarios, easy to hard: each call played with lines that fit its customer.
    for (let step = 0; step < 10; step++) {
      const start = page
        .getByTestId("assignment-card")
        .first()
        .getByRole("button", { name: /^Start: / });
      if ((await start.count()) === 0) break;
      const customer = ((await start.textContent()) ?? "").replace(/^Start: /, "");
      const lines = FITTED_LINES[customer];
      if (!lines) throw new Error(`no good lines for ${customer} in this test`);
      await start.click();
      await page.waitForURL(/\/sessions\/[0-9a-f-]+$/);
      for (const line of lines) {
        if ((await page.getByTestId("call-ended").count()) > 0) break;
        await say(page, line);
      }
      if ((await page.getByTestId("call-ended").count()) > 0) {
        await page.getByRole("button", { name: "See your scorecard" }).click();
      } else {
        await page.getByRole("button", { name: "End call" }).click();
        await page
          .getByRole("group", { name: "End the call and get your scorecard?" })
          .getByRole("button", { name: "End call" })
          .click();
      }
      await page.getByTestId("overall").waitFor();
      await page.getByRole("link", { name: "Assignments", exact: true }).click();
      // The card as it is after this call, not as cached before it.
      await expect
        .poll(() => page.getByTestId("assignment-card").first().textContent())
        .toMatch(new RegExp(`\\b${step + 1} of \\d+ attempts used`));
    }

    await page.getByRole("link", { name: "Assignments", exact: true }).click();
    const passed = page.getByTestId("assignment-card").first();
    await expect.poll(() => passed.locator(".badge").first().textContent()).toBe("Passed");
    await expect.poll(() => bell.getAttribute("aria-label")).toBe("Inbox, 2 unread");
    await bothWidths(page, "63-assignment-passed");

    await bell.click();
    const list = page.getByTestId("notifications");
    await list.waitFor();
    expect(await list.locator("li").first().textContent()).toMatch(/You passed "Practise: /);
    await bothWidths(page, "64-notifications");
    await page.getByRole("button", { name: "Mark all read" }).click();
    await expect.poll(() => bell.getAttribute("aria-label")).toBe("Inbox");
  }, 120_000);
});
