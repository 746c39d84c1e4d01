import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeOpenAI } from "../../api/src/testing/fake-openai-server";
import { runTool } from "../../api/src/voice/offline/tools";
import { type ClipMaker, clipMaker, missingTools } from "../../api/src/voice/testing/clips";
import { type Browser, DESKTOP, hasChromium, launchBrowser, PHONE, SKIP_MESSAGE, screenshot } from "./support/browser";
import { splitSentences } from "../src/features/voice/utils/sentences";
import { ensureWebBuild } from "./support/build";
import { say, transcript } from "./support/call";
import { type ParleyServer, startParley } from "./support/server";

const missing = [...missingTools("espeak", "sox", "ffmpeg", "pocketsphinx"), ...(hasChromium ? [] : ["chromium"])];
if (!hasChromium) console.log(SKIP_MESSAGE);
else if (missing.length > 0)
  console.log(
    `web e2e voice: SKIPPED, ${missing.join(", ")} not installed (apt-get install -y espeak-ng sox ffmpeg pocketsphinx pocketsphinx-en-us)`,
  );

/** The clip: espeak's words with 0.3 s either side, then five seconds of silence (it loops). */
let CLIP_SECONDS = 0;
const SPOKEN = "I am so sorry about the outages. How have they affected your work?";

/**
 * Stands in for the browser's speech synthesis (headless Chromium has no voices): the first line
 * "plays" to its last word and then never ends, so barge-in has a customer to interrupt and
 * exactly that first sentence was heard.
 */
const FAKE_SPEECH = () => {
  const spoken: string[] = [];
  const fake = {
    getVoices: () => [],
    cancel: () => {},
    speak: (utterance: SpeechSynthesisUtterance) => {
      spoken.push(utterance.text);
      setTimeout(
        () => utterance.onboundary?.call(utterance, { charIndex: utterance.text.length } as SpeechSynthesisEvent),
        50,
      );
    },
  };
  Object.defineProperty(window, "speechSynthesis", { value: fake, configurable: true });
  Object.defineProperty(window, "spokenLines", { value: spoken });
};

/** Records what each audio element the page plays does ("playing", "ended", "error"), in order. */
const MEDIA_LOG = () => {
  const log: string[] = [];
  Object.defineProperty(window, "mediaLog", { value: log });
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
    if (!this.dataset.logged) {
      this.dataset.logged = "yes";
      for (const event of ["playing", "ended", "error"]) this.addEventListener(event, () => log.push(event));
    }
    return play.call(this);
  };
};

async function openCall(page: Page, url: string): Promise<string> {
  await page.goto(url);
  await page.getByRole("article", { name: "Dana Whitfield" }).getByRole("link", { name: "Prepare this call" }).click();
  await page.getByRole("button", { name: "Start the call" }).click();
  await page.getByLabel("Your reply").waitFor();
  return /sessions\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? "";
}

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
    CLIP_SECONDS = Number((await runTool("soxi", ["-D", clip], { timeoutMs: 10_000 })).stdout.trim());
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
    await openCall(page, server.url);
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

  it("lets the rep correct the words before sending: the corrected text is their turn", async () => {
    await openCall(page, server.url);
    await page.getByRole("checkbox", { name: "Voice mode" }).check();
    expect(await page.getByRole("radio", { name: "Hands-free" }).isChecked()).toBe(true);
    await page.getByRole("checkbox", { name: "Review before sending" }).check();

    const review = page.getByRole("form", { name: "Check your words before sending" });
    const words = review.getByLabel("What you said");
    await words.waitFor({ timeout: 45_000 });
    expect(await words.inputValue()).toMatch(/\w{3}/);
    await screenshot(page, "voice-04-review-desktop");
    await words.fill(SPOKEN);
    await review.getByRole("button", { name: "Send" }).click();

    await page.locator('.chat__row--customer[data-turn="2"]').waitFor({ timeout: 30_000 });
    const turns = await transcript(page);
    expect(turns.find((turn) => turn.turn === 1)).toMatchObject({ role: "rep", text: SPOKEN });
    await page.getByRole("checkbox", { name: "Voice mode" }).uncheck();
  }, 120_000);

  it("stops the customer when the rep holds to talk over them, and stores what was heard", async () => {
    const bargePage = await browser.context.newPage();
    await bargePage.addInitScript(FAKE_SPEECH);
    const sessionId = await openCall(bargePage, server.url);
    await bargePage.getByRole("checkbox", { name: "Voice mode" }).check();
    await bargePage.getByRole("radio", { name: "Hold to talk" }).check();
    await bargePage.getByRole("checkbox", { name: "Review before sending" }).uncheck();

    await say(bargePage, "I'm so sorry, three outages in a month is awful, and losing a client call is not okay.");
    const status = bargePage.getByTestId("voice-status");
    await expect.poll(() => status.textContent()).toMatch(/speaking — talk to interrupt/);
    const reply = (await transcript(bargePage)).find((turn) => turn.turn === 2)?.text ?? "";

    // Hold for a whole loop of the clip, so the recording holds the spoken sentence.
    const hold = bargePage.getByRole("button", { name: "Hold to talk" });
    const box = await hold.boundingBox();
    if (!box) throw new Error("no hold-to-talk button");
    await bargePage.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await bargePage.mouse.down();
    await expect.poll(() => status.textContent()).toMatch(/release to send/);
    await screenshot(bargePage, "voice-05-barge-in-holding");
    await bargePage.waitForTimeout(CLIP_SECONDS * 1000 + 500);
    await bargePage.mouse.up();

    await bargePage
      .locator('.chat__row--rep[data-turn="3"] .bubble:not(.bubble--pending)')
      .waitFor({ timeout: 30_000 });
    const cut = (await transcript(bargePage)).find((turn) => turn.turn === 2)?.text ?? "";
    expect(cut).toMatch(/—$/);
    expect(reply.startsWith(cut.slice(0, -1).replace(/[\s,;:.!?…-]+$/u, ""))).toBe(true);
    const stored = await bargePage.evaluate(async (id) => (await fetch(`/api/sessions/${id}`)).json(), sessionId);
    const customerTurn = (stored as { turns: { index: number; text: string; interrupted?: boolean }[] }).turns.find(
      (turn) => turn.index === 2,
    );
    expect(customerTurn).toMatchObject({ interrupted: true });
    expect(customerTurn?.text).toMatch(/—$/);
    await screenshot(bargePage, "voice-06-barge-in-desktop");
    console.log(`voice e2e barge-in: the customer said "${reply}"; stored as heard: "${customerTurn?.text}"`);
    await bargePage.close();
  }, 120_000);

  it("leaves Space to the focused control, works the hold button from the keyboard, and returns focus after review", async () => {
    const keyPage = await browser.context.newPage();
    await openCall(keyPage, server.url);
    await keyPage.getByRole("checkbox", { name: "Voice mode" }).check();
    await keyPage.getByRole("radio", { name: "Hold to talk" }).check();
    await keyPage.getByRole("checkbox", { name: "Mute customer" }).check();
    const review = keyPage.getByRole("checkbox", { name: "Review before sending" });
    await review.check();
    const status = keyPage.getByTestId("voice-status");
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/Hold the button/);

    // Space on a checkbox ticks it; it does not start a recording.
    await review.focus();
    await keyPage.keyboard.press("Space");
    expect(await review.isChecked()).toBe(false);
    expect(await status.textContent()).toMatch(/Hold the button/);
    await keyPage.keyboard.press("Space");
    expect(await review.isChecked()).toBe(true);

    // Enter (no pointer) starts a turn and a second Enter ends it.
    const hold = keyPage.getByRole("button", { name: "Hold to talk" });
    await hold.focus();
    await keyPage.keyboard.press("Enter");
    await expect.poll(() => status.textContent()).toMatch(/release to send/);
    await keyPage.waitForTimeout(CLIP_SECONDS * 1000 + 500);
    await keyPage.keyboard.press("Enter");

    const words = keyPage.getByRole("form", { name: "Check your words before sending" }).getByLabel("What you said");
    await words.waitFor({ timeout: 45_000 });
    await keyPage.getByRole("button", { name: "Discard" }).click();
    await expect.poll(() => keyPage.evaluate(() => document.activeElement?.textContent)).toBe("Hold to talk");
    await keyPage.close();
  }, 120_000);

  it("says plainly when the microphone is refused, and typing still works", async () => {
    // A second browser with no fake microphone permission: headless Chromium refuses the request.
    const refusing = await launchBrowser();
    try {
      const deniedPage = await refusing.context.newPage();
      await openCall(deniedPage, server.url);
      await deniedPage.getByRole("checkbox", { name: "Voice mode" }).check();
      const alert = deniedPage.getByRole("alert").filter({ hasText: "microphone" });
      await expect
        .poll(() => alert.textContent(), { timeout: 15_000 })
        .toMatch(/may not use your microphone|No microphone|could not be started/);
      await screenshot(deniedPage, "voice-07-mic-refused");
      await say(deniedPage, "How have the outages affected your work?");
      expect((await transcript(deniedPage)).find((turn) => turn.turn === 1)?.text).toBe(
        "How have the outages affected your work?",
      );
    } finally {
      await refusing.close();
    }
  }, 60_000);

  it("asks a server with a speech model for the customer's voice one sentence at a time, in the persona's voice", async () => {
    const fake = await startFakeOpenAI();
    const modelServer = await startParley({
      OPENAI_BASE_URL: fake.url,
      OPENAI_API_KEY: "test-key",
      PARLEY_TTS_ENGINE: "model",
    });
    const modelPage = await browser.context.newPage();
    try {
      await modelPage.addInitScript(FAKE_SPEECH);
      await modelPage.addInitScript(MEDIA_LOG);
      // The fake model's speech is not real audio: answer each sentence with a real MP3 clip, so
      // the page must decode and play it through to its end.
      const mp3 = clips.read(await clips.encode(await clips.speak("customer-line", "Okay then."), "mp3"));
      await modelPage.route("**/speech", async (route) => {
        // Passed on to Parley from here (Playwright's own route.fetch resets on this streamed answer).
        const request = route.request();
        const upstream = await fetch(request.url(), {
          method: "POST",
          headers: { "content-type": "application/json", origin: modelServer.url },
          body: request.postData() ?? "",
        });
        await upstream.arrayBuffer();
        await route.fulfill({ status: upstream.status, contentType: "audio/mpeg", body: Buffer.from(mp3) });
      });
      const asked: string[] = [];
      modelPage.on("request", (request) => {
        if (request.method() === "POST" && request.url().endsWith("/speech"))
          asked.push((request.postDataJSON() as { text: string }).text);
      });
      await openCall(modelPage, modelServer.url);
      await modelPage.getByRole("checkbox", { name: "Voice mode" }).check();
      await modelPage.getByRole("radio", { name: "Hold to talk" }).check();

      // The call opens with the customer speaking: let that finish first.
      const mediaLog = () => modelPage.evaluate(() => (window as unknown as { mediaLog: string[] }).mediaLog);
      const ended = async () => (await mediaLog()).filter((event) => event === "ended").length;
      const opener = splitSentences(
        (await transcript(modelPage)).find((turn) => turn.turn === 0)?.text ?? "",
        true,
      ).sentences;
      await expect.poll(ended, { timeout: 20_000 }).toBe(opener.length);

      await say(modelPage, "Can I check the account is in your name, Dana?");
      const reply = (await transcript(modelPage)).find((turn) => turn.turn === 2)?.text ?? "";
      const sentences = [...opener, ...splitSentences(reply, true).sentences];
      await expect.poll(() => asked.length).toBe(sentences.length);
      expect(asked).toEqual(sentences);
      console.log(
        `voice e2e model speech: ${sentences.length} sentences asked for one by one: ${JSON.stringify(asked)}`,
      );
      const synthesised = () =>
        fake.requests.filter((request) => request.path === "/v1/audio/speech").map((request) => request.body);
      await expect.poll(() => synthesised().length).toBe(sentences.length);
      expect(synthesised()[0]).toMatchObject({ input: sentences[0], voice: "alloy" });
      await expect.poll(ended, { timeout: 20_000 }).toBe(sentences.length);
      expect(await mediaLog()).toEqual(sentences.flatMap(() => ["playing", "ended"]));
      const streamed = await modelPage.evaluate(() => MediaSource.isTypeSupported("audio/mpeg"));
      console.log(
        `voice e2e model speech: played ${sentences.length} MP3 lines in order (${streamed ? "streamed through MediaSource" : "as whole files"})`,
      );
      await modelPage.setViewportSize(PHONE);
      await screenshot(modelPage, "voice-08-hold-to-talk-phone");
      // The server's voice was used, not the browser's.
      expect(await modelPage.evaluate(() => (window as unknown as { spokenLines: string[] }).spokenLines)).toEqual([]);
    } finally {
      await modelPage.close();
      await modelServer.stop();
      await fake.close();
    }
  }, 60_000);
});
