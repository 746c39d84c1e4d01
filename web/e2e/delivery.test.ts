import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ClipMaker, clipMaker, missingTools } from "../../api/src/voice/testing/clips";
import { startAppUnderTest } from "./support/app-under-test";
import { hasChromium, SKIP_MESSAGE } from "./support/browser";
import { SCREENSHOTS } from "./support/paths";
import type { ParleyServer } from "./support/server";

const missing = [...missingTools("espeak", "sox", "pocketsphinx"), ...(hasChromium ? [] : ["chromium"])];
if (!hasChromium) console.log(SKIP_MESSAGE);
else if (missing.length > 0) console.log(`web e2e delivery: SKIPPED, ${missing.join(", ")} not installed`);

describe.skipIf(missing.length > 0)("the delivery section of a spoken call's scorecard (Chromium)", () => {
  let server: ParleyServer;
  let page: Page;
  let stop: () => Promise<void>;
  let clips: ClipMaker;
  let id = "";

  beforeAll(async () => {
    ({ server, page, stop } = await startAppUnderTest());
    clips = clipMaker();
    const started = (await (
      await fetch(`${server.url}/api/sessions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ personaId: "cancel-after-outages", mode: "coach" }),
      })
    ).json()) as { session: { id: string } };
    id = started.session.id;
    for (const [name, words] of [
      ["one", "I am so sorry about the outages."],
      ["two", "How have they affected your work?"],
    ] as const) {
      const wav = await clips.speak(name, words, { voice: "en-us+f5", wordsPerMinute: 150 });
      const form = new FormData();
      form.append("audio", new Blob([readFileSync(wav)], { type: "audio/wav" }), `${name}.wav`);
      const response = await fetch(`${server.url}/api/sessions/${id}/turns`, { method: "POST", body: form });
      expect(response.status).toBe(200);
      await response.text();
    }
    // One typed reply too: talk share mixes measured and estimated time.
    await (
      await fetch(`${server.url}/api/sessions/${id}/turns`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text: "I can put a month's credit on your account." }),
      })
    ).text();
    expect((await fetch(`${server.url}/api/sessions/${id}/end`, { method: "POST" })).status).toBe(200);
  }, 120_000);

  afterAll(async () => {
    clips?.remove();
    await stop?.();
  });

  it("shows pace, fillers, pauses, talk share and interruptions with what each means, and the offline caveat", async () => {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
      await page.goto(`${server.url}/sessions/${id}/scorecard`);
      const section = page.getByTestId("delivery");
      await section.waitFor();
      const text = (await section.textContent()) ?? "";
      for (const name of ["Pace", "Fillers", "Long pauses", "Talk share", "Interruptions"])
        expect(text).toContain(name);
      expect(text).toMatch(/2 spoken replies and 1 typed/);
      expect(text).toMatch(/\d+ words a minute/);
      expect(text).toMatch(/estimated at 150 words a minute/);
      expect(await page.getByTestId("delivery-caveat").textContent()).toMatch(/drops “um” and “uh”.*under-counted/);
      await section.screenshot({ path: path.join(SCREENSHOTS, `scorecard-delivery-${width}.png`) });
    }
  }, 60_000);

  it("plays back the rep's own recording of each spoken reply", async () => {
    const players = page.locator("[data-testid=delivery] audio");
    expect(await players.count()).toBe(2);
    expect(await players.first().getAttribute("aria-label")).toBe("Play your 1st reply");
    const durations = await players.evaluateAll((elements) =>
      Promise.all(
        (elements as HTMLAudioElement[]).map(
          (audio) =>
            new Promise<number>((resolve, reject) => {
              audio.addEventListener("loadedmetadata", () => resolve(audio.duration), { once: true });
              audio.addEventListener("error", () => reject(new Error(`cannot load ${audio.src}`)), { once: true });
              audio.preload = "metadata";
              audio.load();
            }),
        ),
      ),
    );
    for (const seconds of durations) expect(seconds).toBeGreaterThan(1);
  }, 60_000);
});
