import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { goodDraftAnswer } from "../../api/src/testing/draft-fixtures";
import { type FakeOpenAIServer, startFakeOpenAI } from "../../api/src/testing/fake-openai-server";
import { type AppUnderTest, startAppUnderTest } from "./support/app-under-test";
import { hasChromium, SKIP_MESSAGE, screenshot } from "./support/browser";
import { startParley } from "./support/server";

if (!hasChromium) console.log(SKIP_MESSAGE);

const LAPTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const POLICY =
  "Card holds: the rep lifts a hold once the customer confirms the payments. At most one fee refund, up to $35.";

describe.skipIf(!hasChromium)("drafting a scenario from a document (Chromium, fake model, issue 17)", () => {
  let fake: FakeOpenAIServer;
  let app: AppUnderTest;

  beforeAll(async () => {
    fake = await startFakeOpenAI();
    app = await startAppUnderTest({
      PARLEY_ENGINE: "model",
      OPENAI_BASE_URL: fake.url,
      OPENAI_API_KEY: "test-key",
      PARLEY_MODEL_RETRIES: "0",
    });
  }, 90_000);

  afterAll(async () => {
    await app?.stop();
    await fake?.close();
  });

  const fitsWidth = () =>
    app.page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

  it("keeps the document when the model fails, then opens the checked draft in the editor", async () => {
    const { page, server } = app;
    await page.setViewportSize(LAPTOP);
    await page.goto(`${server.url}/trainer`);
    await page.getByRole("link", { name: "Draft from a document" }).click();
    await page.getByLabel("Paste the document").fill(POLICY);

    fake.enqueue("chat", { kind: "error", status: 500, message: "upstream exploded" });
    await page.getByRole("button", { name: "Draft it" }).click();
    const error = page.getByTestId("draft-error");
    await expect.poll(() => error.textContent(), { timeout: 20_000 }).toContain("could not draft");
    expect(await error.textContent()).toContain("Your document is still here");
    expect(await page.getByLabel("Paste the document").inputValue()).toBe(POLICY);
    await screenshot(page, "draft-model-failed-1280");

    fake.enqueue("chat", { kind: "json", value: goodDraftAnswer(), delayMs: 400 });
    await page.getByRole("button", { name: "Draft it" }).click();
    await page.getByTestId("draft-progress").waitFor({ timeout: 5_000 });
    const checks = page.getByTestId("draft-checks");
    await checks.waitFor({ timeout: 60_000 });
    expect(page.url()).toContain("/trainer/rubrics/new");
    const editor = page.getByRole("textbox", { name: /YAML/ });
    expect(await editor.inputValue()).toMatch(/^id: card-hold-service$/m);
    expect(await page.getByTestId("draft-rubric-test").textContent()).toMatch(/\d+ of \d+ criteria separate/);
    expect(await page.getByTestId("draft-persona-suite").textContent()).toMatch(/\d+ of 2 scripts pass/);
    expect(await checks.textContent()).toContain("assumed 24 hours");
    await expect.poll(() => page.getByTestId("editor-status").textContent(), { timeout: 10_000 }).toContain("Valid");
    expect(await fitsWidth()).toBe(true);
    await screenshot(page, "draft-rubric-1280");

    await page.getByRole("button", { name: "Open the drafted persona" }).click();
    await expect.poll(() => editor.inputValue(), { timeout: 10_000 }).toMatch(/^id: card-hold-draft$/m);
    // Nothing is published until the trainer saves: the persona names a rubric not created yet.
    await expect.poll(() => page.getByTestId("editor-status").textContent(), { timeout: 10_000 }).toContain("problem");
    expect(await page.getByTestId("issue").first().textContent()).toContain('"card-hold-service" is not a rubric');
    await page.setViewportSize(PHONE);
    await expect.poll(fitsWidth, { timeout: 5_000 }).toBe(true);
    await screenshot(page, "draft-persona-390");
    const personas = await page.evaluate(() =>
      fetch("/api/personas").then((r) => r.json() as Promise<{ items: { id: string }[] }>),
    );
    expect(personas.items.map((item) => item.id)).not.toContain("card-hold-draft");
  }, 120_000);

  it("without a model, explains that drafting needs one and points to the guided form", async () => {
    const offline = await startParley();
    try {
      const { page } = app;
      await page.setViewportSize(PHONE);
      await page.goto(`${offline.url}/trainer/draft`);
      const note = page.getByTestId("draft-needs-model");
      await note.waitFor({ timeout: 10_000 });
      expect(await note.textContent()).toContain("Drafting needs a model endpoint");
      expect(await page.getByRole("button", { name: "Draft it" }).isDisabled()).toBe(true);
      expect(await fitsWidth()).toBe(true);
      await screenshot(page, "draft-needs-model-390");
      await note.getByRole("link", { name: "answer a few questions" }).click();
      await page.waitForURL(/\/trainer\/personas\/guided$/);
    } finally {
      await offline.stop();
    }
  }, 60_000);
});
