import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppUnderTest } from "./support/app-under-test";
import { hasChromium, SKIP_MESSAGE, screenshot } from "./support/browser";
import { say } from "./support/call";
import type { ParleyServer } from "./support/server";

if (!hasChromium) console.log(SKIP_MESSAGE);

const LAPTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
/** A filter re-renders the list; on a loaded CI machine that can take longer than poll's 1 s default. */
const POLL = { timeout: 10_000 };
const cardNames = (page: Page) => page.locator("ul[aria-label=Scenarios] .card__title").allTextContents();

describe.skipIf(!hasChromium)("the scenario library and the knowledge panel (Chromium)", () => {
  let server: ParleyServer;
  let page: Page;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ server, page, stop } = await startAppUnderTest());
  }, 90_000);
  afterAll(() => stop?.());

  it.each([
    ["laptop", LAPTOP],
    ["phone", PHONE],
  ])("filters by industry, skill and difficulty and searches, at %s width", async (name, size) => {
    await page.setViewportSize(size);
    await page.goto(server.url);
    await page.getByRole("search", { name: "Find a scenario" }).waitFor();
    const all = await cardNames(page);
    expect(all).toEqual(expect.arrayContaining(["Marcus Bell", "Dana Whitfield", "Harold Jennings"]));

    await page.locator("#scenario-industry").selectOption("Banking");
    await expect.poll(() => cardNames(page), POLL).toEqual(["Marcus Bell"]);
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain(`1 of ${all.length} scenarios`);
    // The filter is in the address, so the filtered list survives a reload and can be shared.
    expect(new URL(page.url()).searchParams.get("industry")).toBe("Banking");
    await page.reload();
    await expect.poll(() => cardNames(page), POLL).toEqual(["Marcus Bell"]);

    await page.getByRole("button", { name: "Clear filters" }).click();
    await page.locator("#scenario-difficulty").selectOption("easy");
    await expect.poll(() => cardNames(page), POLL).toContain("Harold Jennings");
    expect(await cardNames(page)).not.toContain("Marcus Bell");

    await page.getByRole("button", { name: "Clear filters" }).click();
    await page.locator("#scenario-skill").selectOption("Compliance");
    await expect.poll(() => cardNames(page), POLL).toContain("Marcus Bell");
    expect(await cardNames(page)).not.toContain("Harold Jennings");

    await page.getByRole("button", { name: "Clear filters" }).click();
    await page.locator("#scenario-search").fill("supermarket");
    await expect.poll(() => cardNames(page), POLL).toEqual(["Marcus Bell"]);
    await page.locator("#scenario-search").fill("no such scenario anywhere");
    await page.getByRole("heading", { name: "No scenario matches" }).waitFor();
    await page.locator("#scenario-search").fill("outages");
    await expect.poll(() => cardNames(page), POLL).toContain("Dana Whitfield");
    expect(await overflow(page)).toBe(0);
    await screenshot(page, `library-search-${name}`, false);

    await page.getByRole("button", { name: "Clear filters" }).click();
    await page.locator("#scenario-industry").selectOption("Banking");
    await expect.poll(() => cardNames(page), POLL).toEqual(["Marcus Bell"]);
    await screenshot(page, `library-filtered-${name}`);
  });

  it.each([
    ["laptop", LAPTOP],
    ["phone", PHONE],
  ])(
    "shows the scenario's policies beside the call, searchable, never the hidden goal, at %s width",
    async (name, size) => {
      await page.setViewportSize(size);
      await page.goto(`${server.url}/practice/bank-fraud-hold`);
      await page.getByRole("button", { name: "Start the call" }).click();
      await page.waitForURL(/\/sessions\//);
      const panel = page.getByTestId("knowledge-panel");
      await panel.waitFor();
      // Open beside the call at laptop width; folded above it on a phone, one tap away.
      if (name === "phone") await panel.locator("summary").click();
      await panel.getByText("Refund of a fee caused by a hold").waitFor();
      expect(await panel.textContent()).toContain("up to $35");
      expect(await page.locator("body").textContent()).not.toContain("investigation. He only calms");

      await panel.getByRole("searchbox").fill("replacement");
      await expect.poll(() => panel.locator(".knowledge__item strong").allTextContents()).toEqual(["Replacement card"]);
      await panel.getByRole("searchbox").fill("zzz");
      await panel.getByText('Nothing matches "zzz".').waitFor();
      await panel.getByRole("searchbox").fill("fee");
      await expect.poll(() => panel.locator(".knowledge__item").count()).toBe(1);

      await say(page, "Being declined at the till with the rent due tomorrow is awful, I'm sorry.");
      expect(await overflow(page)).toBe(0);
      await screenshot(page, `knowledge-panel-${name}`, false);
    },
  );

  it("quotes the policy line a rep broke on the scorecard", async () => {
    await page.setViewportSize(LAPTOP);
    await page.goto(`${server.url}/practice/bank-fraud-hold`);
    await page.getByRole("button", { name: "Start the call" }).click();
    await page.waitForURL(/\/sessions\//);
    await say(page, "I'm sorry, that's awful. I'll refund you $100 for the trouble and send a replacement card.");
    await page.getByRole("button", { name: "End call" }).click();
    await page.getByRole("button", { name: "End call" }).last().click();
    await page.waitForURL(/\/scorecard$/);
    const card = page.locator("[data-criterion=within-policy]");
    const findings = card.getByTestId("policy-findings");
    await findings.waitFor();
    expect(await findings.textContent()).toContain("broken");
    expect(await findings.textContent()).toContain("refunds its own returned-payment fee, up to $35");
    expect(await findings.textContent()).toContain("states $100, above the limit of $35");
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, "knowledge-scorecard-laptop", false);
  });
});
