import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountsEnv } from "./support/accounts";
import { startAppUnderTest } from "./support/app-under-test";
import { type Browser, hasChromium, SKIP_MESSAGE } from "./support/browser";
import { apiAs, BAD_LINES, playCall } from "./support/seed-calls";
import type { ParleyServer } from "./support/server";
import { ADMIN, bothWidths, LAPTOP, PASSWORD, seedTeam, signInAt } from "./support/team";

if (!hasChromium) console.log(SKIP_MESSAGE);

const KIM_POST = "I would lead with the outages <b>first</b>. @lee";

describe.skipIf(!hasChromium)("a learner shares a call; the team discusses it (Chromium)", () => {
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
      ["Kim Learner", "kim@example.com", "learner"],
    ] as const);
    const lee = await apiAs(server.url, "lee@example.com", PASSWORD);
    callId = await playCall(lee, BAD_LINES);
    await page.setViewportSize(LAPTOP);
  }, 120_000);

  afterAll(() => stop?.());

  it("the learner shares their call from its scorecard", async () => {
    await signInAt(page, server.url, "lee@example.com");
    await page.goto(`${server.url}/sessions/${callId}/scorecard`);
    const toggle = page.getByTestId("share-toggle");
    await toggle.getByRole("switch", { name: "Share with my team" }).click();
    await toggle.getByRole("link", { name: "discuss it" }).waitFor();
    await toggle.scrollIntoViewIfNeeded();
    await bothWidths(page, "76-discussion-share");
  }, 60_000);

  it("a teammate finds it under Shared calls, reads it read-only and posts (plain text, escaped)", async () => {
    await browser.context.clearCookies();
    await signInAt(page, server.url, "kim@example.com");
    await page.getByRole("link", { name: "History", exact: true }).click();
    await page.getByRole("link", { name: "Shared calls", exact: true }).click();
    await page.getByTestId("shared-calls").getByText("Lee Learner").waitFor();
    await bothWidths(page, "77-discussion-shared-list");
    await page.getByTestId("shared-calls").getByRole("link").first().click();
    await page.getByRole("heading", { name: /Lee Learner's call with/ }).waitFor();
    expect(await page.getByRole("log").getByText("Lee Learner").count()).toBeGreaterThan(0);
    const thread = page.getByTestId("thread-panel");
    await thread.getByLabel("How would you handle this?").fill(KIM_POST);
    await thread.getByRole("button", { name: "Post", exact: true }).click();
    const post = thread.getByTestId("discussion-post").first();
    await post.getByText(KIM_POST).waitFor();
    expect(await post.locator("b").count()).toBe(0);
    expect(await page.getByRole("switch").count()).toBe(0);
    await bothWidths(page, "78-discussion-call-thread");
  }, 60_000);

  it("the trainer replies and pins the reply as the answer; and asks in the scenario's thread before a call", async () => {
    await browser.context.clearCookies();
    await signInAt(page, server.url, "tess@example.com");
    await page.goto(`${server.url}/discussion/calls/${callId}`);
    const thread = page.getByTestId("thread-panel");
    const kims = thread.getByTestId("discussion-post").first();
    await kims.getByRole("button", { name: "Reply" }).click();
    await kims.getByLabel("Reply to Kim Learner").fill("Yes: name the three outages before any offer.");
    await kims.getByRole("button", { name: "Reply", exact: true }).last().click();
    await kims.getByLabel("Reply to Kim Learner").waitFor({ state: "detached" });
    const reply = thread.locator(".discussion__replies").getByTestId("discussion-post");
    await reply.getByText("name the three outages").waitFor();
    await reply.getByRole("button", { name: "Pin as answer" }).click();
    await thread.getByTestId("pinned-answer").getByText("name the three outages").waitFor();
    await thread.getByTestId("pinned-answer").scrollIntoViewIfNeeded();
    await bothWidths(page, "79-discussion-pinned");

    await page.goto(`${server.url}/practice/cancel-after-outages`);
    const scenario = page.getByTestId("thread-panel");
    await scenario.getByText("@kim").first().waitFor();
    await scenario.getByLabel("How would you handle this?").fill("@kim try this one on hard before Friday.");
    await scenario.getByRole("button", { name: "Post", exact: true }).click();
    await scenario.getByTestId("discussion-post").getByText("try this one on hard").waitFor();
    await scenario.scrollIntoViewIfNeeded();
    await bothWidths(page, "80-discussion-scenario");
  }, 60_000);

  it("the learner is told of the mention, sees the pinned answer, then unshares: the call leaves the team's view", async () => {
    await browser.context.clearCookies();
    await signInAt(page, server.url, "lee@example.com");
    await page.getByTestId("notification-bell").click();
    await page
      .getByTestId("notifications")
      .getByRole("link", { name: /Kim Learner mentioned you/ })
      .click();
    await page.waitForURL(new RegExp(`/discussion/calls/${callId}$`));
    await page.getByTestId("pinned-answer").getByText("name the three outages").waitFor();
    expect(await page.getByRole("button", { name: "Pin as answer" }).count()).toBe(0);

    await page.goto(`${server.url}/sessions/${callId}/scorecard`);
    await page.getByRole("switch", { name: "Share with my team" }).click();
    await page.getByText("Only you and your trainer see this call.").waitFor();

    await browser.context.clearCookies();
    await signInAt(page, server.url, "kim@example.com");
    await page.goto(`${server.url}/discussion`);
    await page.getByRole("heading", { name: "No shared calls yet" }).waitFor();
    await page.goto(`${server.url}/discussion/calls/${callId}`);
    await page.getByText(/No session with id/).waitFor();
    await bothWidths(page, "81-discussion-unshared");
  }, 60_000);
});
