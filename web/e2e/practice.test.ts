import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppUnderTest } from "./support/app-under-test";
import { DESKTOP, hasChromium, PHONE, SKIP_MESSAGE, screenshot } from "./support/browser";
import { say, transcript } from "./support/call";
import type { ParleyServer } from "./support/server";

if (!hasChromium) console.log(SKIP_MESSAGE);

const RUDE = [
  "Before you go, have you heard about our new bundle deal? It's a great upgrade.",
  "Ma'am, please calm down.",
  "I can't cancel that today, it's policy. You'll need to call the retentions team.",
  "Let me transfer you to another department.",
  "You should have restarted the router.",
  "There's nothing I can do about the outages.",
  "I'm unable to process that.",
  "Our special offer is only this week.",
];

const REPLIES = [
  "I'm so sorry, three outages in a month is awful, and losing a client call is not okay.",
  "How have the outages affected your work?",
  "That makes sense, I understand why you're done with us. Working from home, you need a line you can trust.",
  "Can I check the account is in your name, Dana?",
];

describe.skipIf(!hasChromium)("a learner's offline practice call (Chromium)", () => {
  let server: ParleyServer;
  let page: Page;
  let stop: () => Promise<void>;
  let scorecardUrl = "";
  const cspViolations: string[] = [];

  beforeAll(async () => {
    ({ server, page, stop } = await startAppUnderTest());
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
  }, 90_000);

  afterAll(() => stop?.());

  it("is served under a CSP that forbids framing, and nothing on these pages breaks it", async () => {
    const response = await page.request.get(server.url);
    expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    // Checked again after every other test in this file has driven the app (see the last test).
    expect(cspViolations).toEqual([]);
  });

  it("picks a persona, practises four replies with mood and coaching, ends the call", async () => {
    await page.goto(server.url);
    const card = page.getByRole("article", { name: "Dana Whitfield" });
    await expect.poll(() => card.textContent()).toContain("Cancellation and retention call");
    await screenshot(page, "01-scenarios-desktop");
    await card.getByRole("link", { name: "Prepare this call" }).click();

    await page.getByRole("heading", { name: "What you will be graded on" }).waitFor();
    expect(await page.locator(".criteria-list__item").count()).toBeGreaterThan(3);
    await page.getByRole("radio", { name: "medium" }).check();
    await screenshot(page, "02-pre-call-desktop");
    await page.setViewportSize(PHONE);
    await screenshot(page, "02-pre-call-phone", false);
    await page.setViewportSize(DESKTOP);
    await page.getByRole("button", { name: "Start the call" }).click();

    await page.getByLabel("Your reply").waitFor();
    expect(await page.getByTestId("engine-badge").textContent()).toContain("Offline engine");
    const meter = page.getByRole("meter");
    const moods = [await meter.getAttribute("aria-valuenow")];
    for (const reply of REPLIES) {
      await say(page, reply);
      moods.push(await meter.getAttribute("aria-valuenow"));
    }
    expect(new Set(moods).size).toBeGreaterThan(1);
    await page.getByTestId("tip-1").waitFor();
    expect(await page.getByTestId("tip-1").textContent()).toMatch(/\w/);
    // The acknowledgement of reply 1 holds for the call: reply 4's account question is not a red 1/5 on it.
    const lastTip = page.getByTestId(`tip-${REPLIES.length * 2 - 1}`);
    expect(await lastTip.textContent()).toContain("met earlier");
    const turns = await transcript(page);
    expect(turns.filter((turn) => turn.role === "rep").map((turn) => turn.text)).toEqual(REPLIES);
    await screenshot(page, "03-practice-room-desktop");
    await page.setViewportSize(PHONE);
    await screenshot(page, "04-practice-room-phone");
    await page.setViewportSize(DESKTOP);

    // End call asks first.
    await page.getByRole("button", { name: "End call" }).click();
    const confirm = page.getByRole("group", { name: "End the call and get your scorecard?" });
    await confirm.getByRole("button", { name: "End call" }).click();
    await page.getByTestId("overall").waitFor();
    scorecardUrl = page.url();
    expect(scorecardUrl).toMatch(/\/sessions\/[0-9a-f-]+\/scorecard$/);
  }, 120_000);

  it("shows a scorecard whose evidence quotes link to, and highlight, their turn", async () => {
    expect(await page.getByRole("img", { name: /Score per criterion/ }).count()).toBe(1);
    expect(await page.getByTestId("hidden-goal").textContent()).toMatch(/credit/);

    const evidence = page.locator(".criterion .evidence");
    expect(await evidence.count()).toBeGreaterThan(0);
    const link = evidence.first();
    const turn = Number(await link.getAttribute("data-turn"));
    const quote = (await link.locator("q").textContent()) ?? "";
    await link.click();

    const row = page.locator(`#turn-${turn}`);
    await expect.poll(() => row.getAttribute("class")).toContain("is-highlighted");
    await expect.poll(() => row.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await row.locator(".bubble__text").textContent()).toContain(quote);
    // Named by the rep's own reply count ("your 2nd reply" for transcript turn 3), not the index.
    const repNumber = (await transcript(page)).filter((t) => t.role === "rep" && t.turn <= turn).length;
    expect(await link.locator(".evidence__turn").textContent()).toMatch(
      new RegExp(`^your ${repNumber}(st|nd|rd|th) reply$`),
    );
    // Every score has the same precision.
    for (const score of await page.locator(".criterion__score").allTextContents())
      expect(score).toMatch(/^\d\.\d\d\/5$/);
    expect(await page.getByTestId("overall").textContent()).toMatch(/^\d\.\d\d\/ 5$/);
    await screenshot(page, "05-scorecard-evidence-desktop", false);

    // The same by keyboard: focus another quote and press Enter.
    const other = evidence.last();
    const otherTurn = Number(await other.getAttribute("data-turn"));
    await other.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(`#turn-${otherTurn}`).getAttribute("class")).toContain("is-highlighted");

    await screenshot(page, "06-scorecard-desktop");
    await page.setViewportSize(PHONE);
    await screenshot(page, "07-scorecard-phone");
    await page.setViewportSize(DESKTOP);
  }, 60_000);

  it("keeps an ended call closed: outcome shown, reply box disabled", async () => {
    await page.goto(scorecardUrl.replace(/\/scorecard$/, ""));
    await page.getByTestId("call-ended").waitFor();
    expect(await page.getByTestId("call-ended").textContent()).toContain("You ended the call");
    expect(await page.getByLabel("Your reply").isDisabled()).toBe(true);
  }, 30_000);

  it("retries from a rep turn in a new session that continues from there", async () => {
    await page.goto(scorecardUrl);
    await page.getByTestId("overall").waitFor();
    const original = page.url();
    // Turn 3 of the transcript is the rep's 2nd reply, and is named so.
    await page.getByRole("button", { name: "Retry from your 2nd reply" }).click();
    await page.waitForURL((url) => /\/sessions\/[0-9a-f-]+$/.test(url.pathname) && !original.includes(url.pathname));
    await page.getByLabel("Your reply").waitFor();
    expect(await page.locator(".eyebrow").first().textContent()).toContain("retry from your 2nd reply");
    expect((await transcript(page)).map((turn) => turn.turn)).toEqual([0, 1, 2]);

    await say(page, "How has all this affected your work, and what would make it right for you?");
    const after = await transcript(page);
    expect(after.map((turn) => turn.turn)).toEqual([0, 1, 2, 3, 4]);
    expect(after[3]).toMatchObject({
      role: "rep",
      text: "How has all this affected your work, and what would make it right for you?",
    });
    await screenshot(page, "08-retry-desktop");
  }, 60_000);

  it("lists the calls in history with progress per criterion", async () => {
    await page.goto(`${server.url}/history`);
    await page.getByRole("heading", { name: "Past calls" }).waitFor();
    expect(await page.getByRole("region", { name: "Past calls" }).locator("tbody tr").count()).toBe(2);
    // One small chart per criterion, each with the attempt's date under it.
    const charts = page.getByRole("img", { name: /^Scores over 1 attempts\./ });
    expect(await charts.count()).toBe(await page.locator(".chart--progress-small").count());
    expect(await charts.count()).toBeGreaterThan(3);
    expect(await charts.first().getAttribute("aria-label")).toMatch(/[A-Z][a-z]{2} \d{1,2}|\d{1,2} [A-Z][a-z]{2}/);
    await screenshot(page, "09-history-desktop");
    await page.setViewportSize(PHONE);
    await screenshot(page, "10-history-phone");
    await page.setViewportSize(DESKTOP);
  }, 30_000);

  it("shows a call the customer ended: the outcome, no more replies, the way to the scorecard", async () => {
    await page.goto(`${server.url}/practice/cancel-after-outages`);
    await page.getByRole("button", { name: "Start the call" }).click();
    await page.getByLabel("Your reply").waitFor();
    const ended = page.getByTestId("call-ended");
    for (const line of RUDE) {
      await say(page, line);
      if ((await ended.count()) > 0) break;
    }
    expect(await ended.textContent()).toContain("The customer hung up");
    expect(await page.getByLabel("Your reply").isDisabled()).toBe(true);
    expect(await page.getByRole("button", { name: "End call" }).count()).toBe(0);
    await screenshot(page, "17-customer-hung-up-desktop", false);
    await page.getByRole("button", { name: "See your scorecard" }).click();
    await page.getByTestId("overall").waitFor();
    expect(await page.locator(".summary").textContent()).toContain("Not yet");
  }, 90_000);

  it("broke no Content Security Policy rule on any page it visited", () => {
    expect(cspViolations).toEqual([]);
  });
});
