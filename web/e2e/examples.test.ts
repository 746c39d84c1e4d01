import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountsEnv } from "./support/accounts";
import { startAppUnderTest } from "./support/app-under-test";
import { type Browser, hasChromium, SKIP_MESSAGE } from "./support/browser";
import { apiAs, BAD_LINES, playCall } from "./support/seed-calls";
import type { ParleyServer } from "./support/server";
import { ADMIN, bothWidths, LAPTOP, PASSWORD, seedTeam, signInAt } from "./support/team";

if (!hasChromium) console.log(SKIP_MESSAGE);

/**
 * The browser's speech synthesis, recorded: headless Chromium has no voices, so two are made up
 * and each utterance's text, voice and pitch are kept in `window.spoken`.
 */
const FAKE_SPEECH = `
  window.spoken = [];
  const voices = [
    { name: "Alpha", lang: "en-US", default: true, localService: true, voiceURI: "alpha" },
    { name: "Beta", lang: "en-GB", default: false, localService: true, voiceURI: "beta" },
  ];
  window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; this.pitch = 1; this.voice = null; } };
  Object.defineProperty(window, "speechSynthesis", { configurable: true, value: {
    getVoices: () => voices,
    speak: (u) => { window.spoken.push({ text: u.text, voice: u.voice && u.voice.name, pitch: u.pitch }); setTimeout(() => u.onend && u.onend(), 5); },
    cancel: () => {},
  } });
`;

describe.skipIf(!hasChromium)("the examples library (Chromium)", () => {
  let server: ParleyServer;
  let browser: Browser;
  let page: Page;
  let stop: () => Promise<void>;
  let callId: string;

  beforeAll(async () => {
    ({ server, browser, page, stop } = await startAppUnderTest(accountsEnv(ADMIN)));
    await browser.context.addInitScript(FAKE_SPEECH);
    await seedTeam(server.url, [
      ["Tess Trainer", "tess@example.com", "trainer"],
      ["Lee Learner", "lee@example.com", "learner"],
    ] as const);
    const lee = await apiAs(server.url, "lee@example.com", PASSWORD);
    callId = await playCall(lee, BAD_LINES);
    await page.setViewportSize(LAPTOP);
  }, 120_000);

  afterAll(() => stop?.());

  it("a learner browses the shipped examples by scenario and quality, reads the notes and scorecard, and listens in two voices", async () => {
    await signInAt(page, server.url, "lee@example.com");
    await page.getByRole("link", { name: "Examples", exact: true }).click();
    const list = page.getByTestId("examples-list");
    await list.waitFor();
    expect(await page.getByTestId("example-card").count()).toBeGreaterThanOrEqual(12);
    await bothWidths(page, "80-examples-list");

    const filters = page.getByRole("form", { name: "Filter examples" });
    await filters.getByLabel("Scenario").selectOption("bill-went-up");
    await filters.getByLabel("Done").selectOption("good");
    await expect.poll(() => page.getByTestId("example-card").count()).toBe(1);
    await filters.getByLabel("Criterion").selectOption("plain-language");
    await page
      .getByTestId("example-card")
      .getByText(/Plain language|plain/i)
      .first()
      .waitFor();
    await page.getByRole("link", { name: "Harold understands his bill" }).click();

    await page.getByRole("heading", { name: "Harold understands his bill" }).waitFor();
    await page.getByTestId("example-turn-1").getByLabel("Trainer's note").waitFor();
    const scorecard = page.getByTestId("example-scorecard");
    await scorecard.getByText("Pass").first().waitFor();
    await page.getByRole("button", { name: "Listen" }).click();
    await page.getByTestId("listen-engine").getByText("Your browser's voices (offline)").waitFor();
    await page.getByRole("button", { name: "Listen" }).waitFor({ timeout: 20_000 });
    const spoken = (await page.evaluate("window.spoken")) as { text: string; voice: string }[];
    const turns = await page.locator("[data-testid^=example-turn-]").count();
    expect(spoken).toHaveLength(turns);
    expect(new Set(spoken.map((line) => line.voice)).size).toBe(2);
    expect(spoken[0]?.voice).not.toBe(spoken[1]?.voice);
    expect(await page.getByRole("button", { name: "Mark as example" }).count()).toBe(0);
    await bothWidths(page, "81-example-detail");
  }, 90_000);

  it("a trainer marks the learner's graded call as a poor example; it shows without the learner's name", async () => {
    await browser.context.clearCookies();
    await signInAt(page, server.url, "tess@example.com");
    await page.goto(`${server.url}/sessions/${callId}/scorecard`);
    await page.getByRole("button", { name: "Mark as example" }).click();
    const form = page.getByRole("form", { name: "Mark as example" });
    await form.getByLabel("Title").fill("Pitching to a customer who is leaving");
    await form.getByLabel("poorly").check();
    await form.getByLabel(/What it shows/).fill("A pitch and a transfer instead of listening.");
    await form.scrollIntoViewIfNeeded();
    await bothWidths(page, "82-mark-example");
    await form.getByRole("button", { name: "Save example" }).click();
    await page.getByTestId("marked-example").getByRole("link").click();
    await page.getByRole("heading", { name: "Pitching to a customer who is leaving" }).waitFor();
    expect(await page.locator("main").textContent()).not.toContain("Lee");
    await page.goto(`${server.url}/examples?quality=poor&scenario=cancel-after-outages`);
    await expect.poll(() => page.getByTestId("example-card").count()).toBe(2);
  }, 90_000);
});
