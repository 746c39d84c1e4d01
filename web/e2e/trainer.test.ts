import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppUnderTest } from "./support/app-under-test";
import { DESKTOP, hasChromium, PHONE, SKIP_MESSAGE, screenshot } from "./support/browser";
import { say } from "./support/call";
import type { ParleyServer } from "./support/server";

if (!hasChromium) console.log(SKIP_MESSAGE);

const PASS_LINE = /^pass: \{ overall: 3\.5, critical: all \}$/m;

describe.skipIf(!hasChromium)("a trainer edits a rubric and tries a persona (Chromium)", () => {
  let server: ParleyServer;
  let page: Page;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ server, page, stop } = await startAppUnderTest());
  }, 90_000);

  afterAll(() => stop?.());

  it("saves a rubric with an error, sees its line, fixes it, and saves a new version", async () => {
    await page.goto(`${server.url}/trainer`);
    await page.getByRole("link", { name: "Edit Cancellation and retention call" }).click();
    const status = page.getByTestId("editor-status");
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain("Valid");
    const editor = page.getByRole("textbox", { name: /rubric YAML/ });
    const source = await editor.inputValue();
    expect(source).toMatch(PASS_LINE);
    const line = source.split("\n").findIndex((text) => PASS_LINE.test(text)) + 1;

    // A pass mark above the scale's maximum.
    await editor.fill(source.replace(PASS_LINE, "pass: { overall: 7, critical: all }"));
    await page.getByRole("button", { name: "Save new version" }).click();
    const issue = page.getByTestId("issue").first();
    await expect.poll(() => issue.textContent()).toContain(`Line ${line}`);
    expect(await issue.textContent()).toContain("pass.overall");
    expect(await page.getByRole("alert").filter({ hasText: "Not saved" }).count()).toBe(1);
    expect(await page.locator(`.code__line[data-line="${line}"]`).getAttribute("class")).toContain("is-error");
    expect(await page.locator(`.code__line[data-line="${line}"] [data-testid=inline-issue]`).textContent()).toContain(
      "must be between 1 and 5",
    );
    expect(await editor.getAttribute("aria-invalid")).toBe("true");
    await screenshot(page, "11-rubric-error-desktop", false);
    await page.setViewportSize(PHONE);
    await screenshot(page, "12-rubric-error-phone", false);
    await page.setViewportSize(DESKTOP);

    // The issue takes the trainer to the line.
    await issue.click();
    const selected = await editor.evaluate((element) => {
      const area = element as HTMLTextAreaElement;
      return area.value.slice(area.selectionStart, area.selectionEnd);
    });
    expect(selected).toBe("pass: { overall: 7, critical: all }");

    await editor.fill(source.replace(PASS_LINE, "pass: { overall: 4, critical: all }"));
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain("Valid");
    await page.getByRole("button", { name: "Save new version" }).click();
    await expect.poll(() => page.getByTestId("save-note").textContent()).toContain("Saved as version 2");
    await expect.poll(() => page.getByTestId("versions").textContent()).toContain("v2 (latest)");
    expect(await page.getByTestId("issue").count()).toBe(0);
    await screenshot(page, "13-rubric-saved-desktop", false);

    // Saving the same content again makes no new version.
    await page.getByRole("button", { name: "Save new version" }).click();
    await expect.poll(() => page.getByTestId("save-note").textContent()).toContain("No changes");
  }, 90_000);

  it("creates a new persona from a copy, refusing an id that is taken, and learners can pick it", async () => {
    await page.goto(`${server.url}/trainer`);
    await page.getByRole("link", { name: "Edit Dana Whitfield" }).waitFor();
    await screenshot(page, "18-trainer-desktop", false);
    await page.setViewportSize(PHONE);
    await screenshot(page, "19-trainer-phone", false);
    await page.setViewportSize(DESKTOP);
    await page.getByRole("link", { name: "New persona" }).click();
    const editor = page.getByRole("textbox", { name: /persona YAML for a new file/ });
    await expect.poll(() => editor.inputValue()).toMatch(/^id: my-new-persona$/m);
    const source = await editor.inputValue();

    await editor.fill(source.replace(/^id: .*$/m, "id: cancel-after-outages"));
    await page.getByRole("button", { name: "Create persona" }).click();
    await expect.poll(() => page.getByTestId("save-note").textContent()).toContain("already used");

    await editor.fill(source.replace(/^id: .*$/m, "id: second-caller").replace(/^name: .*$/m, "name: Sam Second"));
    await page.getByRole("button", { name: "Create persona" }).click();
    await page.waitForURL(/\/trainer\/personas\/second-caller$/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain("Sam Second");
    await page.goto(server.url);
    await page.getByRole("article", { name: "Sam Second" }).waitFor();
  }, 60_000);

  it("tries a persona in the sandbox and watches the director's state", async () => {
    await page.goto(`${server.url}/trainer`);
    await page.getByRole("link", { name: "Try Dana Whitfield in the sandbox" }).click();
    await page.getByRole("button", { name: "Start a sandbox call" }).click();
    await page.getByLabel("Your reply").waitFor();
    const meter = page.getByRole("meter");
    const before = Number(await meter.getAttribute("aria-valuenow"));
    await say(page, "I'm so sorry, three outages in a month is awful, and losing a client call is not okay.");
    await say(page, "How have the outages affected your work?");
    await expect.poll(() => page.getByTestId("moves-so-far").textContent()).toContain("Asks about impact");
    expect(Number(await meter.getAttribute("aria-valuenow"))).toBeLessThan(before);
    expect(await page.getByTestId("patience-left").textContent()).toMatch(/^\d+ turns$/);
    await screenshot(page, "14-sandbox-desktop");
    await page.setViewportSize(PHONE);
    await screenshot(page, "15-sandbox-phone");
    await page.setViewportSize(DESKTOP);
  }, 60_000);
});
