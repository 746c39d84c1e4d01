import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppUnderTest } from "./support/app-under-test";
import { hasChromium, SKIP_MESSAGE, screenshot } from "./support/browser";
import { transcript } from "./support/call";
import type { ParleyServer } from "./support/server";

if (!hasChromium) console.log(SKIP_MESSAGE);

// Port 9 (discard) has no listener here: every model call fails at once with a connection error.
const MODEL_DOWN = {
  PARLEY_ENGINE: "model",
  OPENAI_BASE_URL: "http://127.0.0.1:9/v1",
  OPENAI_API_KEY: "sk-test",
  PARLEY_PERSONA_MODEL: "persona-model",
  PARLEY_MODEL_RETRIES: "0",
  PARLEY_MODEL_TIMEOUT_MS: "2000",
};

describe.skipIf(!hasChromium)("when the model is down (Chromium)", () => {
  let server: ParleyServer;
  let page: Page;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ server, page, stop } = await startAppUnderTest(MODEL_DOWN));
  }, 90_000);

  afterAll(() => stop?.());

  it("says which model plays the customer, shows the failure, keeps the turn and the call open", async () => {
    await page.goto(`${server.url}/practice/cancel-after-outages`);
    await page.getByRole("button", { name: "Start the call" }).click();
    await page.getByLabel("Your reply").waitFor();
    expect(await page.getByTestId("engine-badge").textContent()).toContain("Model: persona-model");

    await page.getByLabel("Your reply").fill("I'm so sorry about the outages.");
    await page.getByLabel("Your reply").press("Enter");
    const error = page.getByTestId("call-error");
    await error.waitFor();
    expect(await error.textContent()).toContain("could not answer");
    expect(await error.textContent()).toContain("Your turn is saved");
    expect((await transcript(page)).map((turn) => turn.role)).toEqual(["customer", "rep"]);
    expect(await page.getByLabel("Your reply").isDisabled()).toBe(false);
    await screenshot(page, "16-model-down-desktop", false);
  }, 60_000);
});
