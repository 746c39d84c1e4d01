import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppUnderTest } from "./support/app-under-test";
import { hasChromium, SKIP_MESSAGE, screenshot } from "./support/browser";
import type { ParleyServer } from "./support/server";

if (!hasChromium) console.log(SKIP_MESSAGE);

const LAPTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/** Nothing wider than the page, and every problem's text inside its own box. */
async function fitsWidth(page: Page) {
  return page.evaluate(() => {
    const page = document.documentElement.scrollWidth <= document.documentElement.clientWidth;
    const boxes = [...document.querySelectorAll(".issue, .issues, .reference")].every(
      (box) => box.scrollWidth <= box.clientWidth + 1,
    );
    return page && boxes;
  });
}

describe.skipIf(!hasChromium)("the editor's checks and reference (Chromium, issue 17)", () => {
  let server: ParleyServer;
  let page: Page;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ server, page, stop } = await startAppUnderTest());
  }, 90_000);

  afterAll(() => stop?.());

  it("flags a rubric that does not exist and a misspelt move, lists what exists, and shows which source is live", async () => {
    await page.setViewportSize(LAPTOP);
    await page.goto(`${server.url}/trainer/personas/bill-went-up`);
    const status = page.getByTestId("editor-status");
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain("Valid");
    expect(await page.getByTestId("live-source").textContent()).toContain("from personas/bill-went-up.yaml");

    const editor = page.getByRole("textbox", { name: /persona YAML/ });
    const source = await editor.inputValue();
    const broken = source
      .replace(/^rubric: .*$/m, "rubric: service-recovry")
      .replace(/to: apologises/, "to: apologizes");
    await editor.fill(broken);
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain("2 problems");
    const issues = page.getByTestId("issue");
    await expect
      .poll(async () => (await issues.allTextContents()).join("\n"), { timeout: 10_000 })
      .toContain('"service-recovry" is not a rubric. Did you mean "service-recovery"?');
    expect((await issues.allTextContents()).join("\n")).toContain(
      '"apologizes" is not a move. Did you mean "apologises"?',
    );

    // What exists, one click away: the moves with their meanings, the rubric ids, the format docs.
    await page.getByText(/^Moves \(\d+\)$/).click();
    const reference = page.getByTestId("reference");
    expect(await reference.textContent()).toContain("offers_remedy");
    expect(await reference.textContent()).toContain("Offers something concrete to put things right");
    await page.getByText(/^Rubrics \(\d+\)$/).click();
    expect(await reference.textContent()).toContain("service-recovery");
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, "17-editor-checks-laptop", false);
    await page.setViewportSize(PHONE);
    expect(await fitsWidth(page)).toBe(true);
    await page.getByTestId("issue").first().scrollIntoViewIfNeeded();
    await screenshot(page, "17-editor-checks-phone", false);
    await page.getByTestId("reference").scrollIntoViewIfNeeded();
    await screenshot(page, "17-editor-reference-phone", false);
    await page.setViewportSize(LAPTOP);

    // Fixed, with no good ending left: valid, with a warning; saved, the editor's version is live.
    const noEnding = source
      .replace(/^ends_when:\n(?:\s+- .*\n)+/m, "ends_when: []\n")
      .replace(/^ {2}understood_and_resolved:\n(?: {4}- .*\n)+/m, "");
    await editor.fill(noEnding);
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain("✓ Valid · 1 warning");
    expect(await page.getByTestId("warning").textContent()).toContain("has no good ending");
    await page.getByRole("button", { name: "Save new version" }).click();
    await expect
      .poll(() => page.getByTestId("save-note").textContent(), { timeout: 10_000 })
      .toContain("Saved as version 2");
    await expect
      .poll(() => page.getByTestId("live-source").textContent(), { timeout: 10_000 })
      .toContain("v2, published in this editor, is live");
    expect(await page.getByRole("link", { name: "Export v2 as YAML" }).getAttribute("href")).toBe(
      "/api/personas/bill-went-up/export?version=2",
    );
    await screenshot(page, "17-editor-live-source-laptop", false);
  }, 90_000);

  it("opens the persona format from the editor", async () => {
    await page.goto(`${server.url}/trainer/docs/persona`);
    await expect
      .poll(() => page.locator(".format-doc__text").textContent(), { timeout: 10_000 })
      .toContain("ends_when");
    await page.setViewportSize(PHONE);
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, "17-format-doc-phone", false);
    await page.setViewportSize(LAPTOP);
  }, 60_000);

  it("drafts a persona from the guided form, opens it in the editor valid, and creates it", async () => {
    await page.setViewportSize(PHONE);
    await page.goto(`${server.url}/trainer`);
    await page.getByRole("link", { name: "New from a few questions" }).click();
    const answers: [RegExp, string][] = [
      [/^The situation/, "Arrives at midnight to find her prepaid room given to someone else"],
      [/^The customer's name/, "Priya Nair"],
      [/^What they say first/, "You gave my room away? I paid for it three months ago."],
      [/^What they want/, "A room tonight, here, as booked."],
      [/^What they don't say/, "Would accept a partner hotel nearby if the taxi is paid."],
      [/^How it affected them/, "I have a presentation at eight tomorrow."],
      [/^A good ending/, "Fine. The partner hotel and the taxi paid. Thank you."],
      [/^A bad ending/, "Forget it. I'm going to write about this."],
      [/^Policies/, "Walked guests get a partner hotel and a paid taxi.\nAt most one night refunded."],
    ];
    // An empty answer is refused, naming the question.
    await page.getByRole("button", { name: "Open it in the editor" }).click();
    await expect.poll(() => page.getByRole("alert").first().textContent(), { timeout: 10_000 }).toContain("Answer");
    for (const [label, value] of answers) await page.getByLabel(label).fill(value);
    await page.getByLabel("Graded on").selectOption("service-recovery");
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, "17-guided-form-phone", true);
    await page.setViewportSize(LAPTOP);
    await screenshot(page, "17-guided-form-laptop", true);

    await page.getByRole("button", { name: "Open it in the editor" }).click();
    const status = page.getByTestId("editor-status");
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain("✓ Valid");
    const source = await page.getByRole("textbox", { name: /persona YAML/ }).inputValue();
    expect(source).toMatch(/^id: arrives-at-midnight-to-find-her-prepaid/m);
    expect(source).toContain("I have a presentation at eight tomorrow.");
    await screenshot(page, "17-guided-draft-in-editor-laptop", false);
    await page.setViewportSize(PHONE);
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, "17-guided-draft-in-editor-phone", false);
    await page.setViewportSize(LAPTOP);
    await page.getByRole("button", { name: "Create persona" }).click();
    await expect.poll(() => page.url(), { timeout: 10_000 }).toMatch(/\/trainer\/personas\/arrives-at-midnight/);
  }, 90_000);
});
