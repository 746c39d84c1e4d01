import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ClipMaker, clipMaker, missingTools } from "../../api/src/voice/testing/clips";
import { type Browser, DESKTOP, hasChromium, launchBrowser, PHONE, SKIP_MESSAGE, screenshot } from "./support/browser";
import { ensureWebBuild } from "./support/build";
import { transcript } from "./support/call";
import { type ParleyServer, startParley } from "./support/server";

const missing = [...missingTools("espeak", "sox", "ffmpeg", "pocketsphinx"), ...(hasChromium ? [] : ["chromium"])];
if (!hasChromium) console.log(SKIP_MESSAGE);
else if (missing.length > 0) console.log(`web e2e voice: SKIPPED, ${missing.join(", ")} not installed (apt-get install -y espeak-ng sox ffmpeg pocketsphinx pocketsphinx-en-us)`);

const SPOKEN = "I am so sorry about the outages. How have they affected your work?";

describe.skipIf(missing.length > 0)("a spoken turn from a fake microphone (Chromium)", () => {
  let clips: ClipMaker;
  let server: ParleyServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    clips = clipMaker();
    const spoken = await clips.speak("rep-turn", SPOKEN, { voice: "en-us+f5", wordsPerMinute: 150 });
    // Chromium plays the file in a loop: five seconds of silence after the words let hands-free
    // voice detection hear the turn end (0.7 s) and the answer arrive before the words come round again.
    const clip = await clips.sox("fake-mic.wav", (out) => [spoken, out, "pad", "0", "5"]);
    await ensureWebBuild();
    server = await startParley();
    browser = await launchBrowser({
      args: [
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        `--use-file-for-fake-audio-capture=${clip}`,
        "--autoplay-policy=no-user-gesture-required",
      ],
    });
    page = await browser.context.newPage();
    page.on("pageerror", (error) => console.error(`page error: ${error.message}`));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    clips?.remove();
  });

  it("turns voice on hands-free, hears the rep, shows the words as their turn, and the customer answers", async () => {
    await page.goto(server.url);
    await page.getByRole("article", { name: "Dana Whitfield" }).getByRole("link", { name: "Prepare this call" }).click();
    await page.getByRole("button", { name: "Start the call" }).click();
    await page.getByLabel("Your reply").waitFor();

    await page.getByRole("checkbox", { name: "Voice mode" }).check();
    await page.getByRole("radio", { name: "Hands-free" }).check();
    const meter = page.getByRole("meter", { name: "Microphone level" });
    await meter.waitFor();
    await screenshot(page, "voice-01-hands-free-desktop");

    // The rep's words as recognised replace the placeholder, then the customer's answer is stored.
    const rep = page.locator('.chat__row--rep[data-turn="1"] .bubble__text');
    await expect.poll(() => rep.textContent(), { timeout: 45_000 }).toMatch(/\w{3}/);
    await page.locator('.chat__row--customer[data-turn="2"]').waitFor({ timeout: 30_000 });
    expect(Number(await meter.getAttribute("aria-valuenow"))).toBeGreaterThanOrEqual(0);

    const turns = await transcript(page);
    const heard = turns.find((turn) => turn.turn === 1)?.text ?? "";
    const said = new Set(SPOKEN.toLowerCase().match(/[a-z']+/g));
    const recognised = heard.toLowerCase().match(/[a-z']+/g) ?? [];
    // Offline recognition of a synthetic voice is rough (see api/src/voice/README.md): most words, not all.
    expect(recognised.filter((word) => said.has(word)).length).toBeGreaterThanOrEqual(recognised.length / 2);
    expect(turns.find((turn) => turn.turn === 2)?.text).toMatch(/\w/);
    console.log(`voice e2e: the fake microphone said "${SPOKEN}"; Parley heard "${heard}"`);
    await screenshot(page, "voice-02-spoken-turn-desktop");
    await page.setViewportSize(PHONE);
    await screenshot(page, "voice-03-spoken-turn-phone");
    await page.setViewportSize(DESKTOP);

    await page.getByRole("checkbox", { name: "Voice mode" }).uncheck();
    await expect.poll(() => meter.count()).toBe(0);
    expect(await page.getByLabel("Your reply").isEnabled()).toBe(true);
  }, 120_000);
});
