import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppUnderTest } from "./support/app-under-test";
import { hasChromium, SKIP_MESSAGE, screenshot } from "./support/browser";
import { say } from "./support/call";
import type { ParleyServer } from "./support/server";

if (!hasChromium) console.log(SKIP_MESSAGE);

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };

/** How far the page is wider than the screen (0: no sideways scroll). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Whether an element is wholly inside the viewport. */
const inView = (page: Page, selector: string) =>
  page
    .locator(selector)
    .last()
    .evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
    });

async function playAndEnd(api: (m: string, p: string, b?: unknown) => Promise<Response>, personaId: string) {
  const started = (await (await api("POST", "/api/sessions", { personaId, mode: "coach" })).json()) as {
    session: { id: string };
  };
  const id = started.session.id;
  for (const text of ["I'm so sorry about this, that sounds awful.", "How has it affected you?"]) {
    await (await api("POST", `/api/sessions/${id}/turns`, { text })).text();
  }
  await api("POST", `/api/sessions/${id}/end`);
  return id;
}

describe.skipIf(!hasChromium)("layout at phone (390 px) and laptop (1280 px) widths (Chromium)", () => {
  let server: ParleyServer;
  let page: Page;
  let stop: () => Promise<void>;
  let scored = "";

  beforeAll(async () => {
    ({ server, page, stop } = await startAppUnderTest());
    const api = (method: string, route: string, body?: unknown) =>
      fetch(`${server.url}${route}`, {
        method,
        headers: { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    // Calls on both rubrics, so History shows its rubric dropdown.
    scored = await playAndEnd(api, "cancel-after-outages");
    await playAndEnd(api, "cancel-after-outages");
    await playAndEnd(api, "bill-went-up");
  }, 120_000);

  afterAll(() => stop?.());

  const pages = () => [
    ["scenarios", "/", "Practise a call"],
    ["pre-call", "/practice/cancel-after-outages", "What you will be graded on"],
    ["scorecard", `/sessions/${scored}/scorecard`, "Transcript"],
    ["history", "/history", "Past calls"],
    ["trainer", "/trainer", null],
    ["editor", "/trainer/personas/cancel-after-outages", null],
    ["team", "/team", null],
    ["evals", "/evals", null],
  ];

  it("no page scrolls sideways at 390 px or 1280 px", async () => {
    const wide: string[] = [];
    for (const size of [PHONE, LAPTOP]) {
      await page.setViewportSize(size);
      for (const [name, route, heading] of pages()) {
        await page.goto(`${server.url}${route}`);
        if (heading)
          await page
            .getByRole("heading", { name: heading ?? "" })
            .first()
            .waitFor();
        else await page.locator("main h1").first().waitFor();
        await page.waitForLoadState("networkidle");
        if ((await overflow(page)) > 0) wide.push(`${name} at ${size.width}: ${await overflow(page)} px too wide`);
        await screenshot(page, `${name}-${size.width}`);
      }
    }
    expect(wide).toEqual([]);
  }, 120_000);

  it("at 390 px: one header row with a Menu button that opens the links", async () => {
    await page.setViewportSize(PHONE);
    await page.goto(`${server.url}/history`);
    await page.getByRole("heading", { name: "Past calls" }).waitFor();
    const header = await page.locator(".site-header").boundingBox();
    expect(header?.height ?? 999).toBeLessThan(70);
    const menu = page.getByRole("button", { name: "Menu" });
    expect(await page.getByRole("link", { name: "Evals" }).isVisible()).toBe(false);
    await menu.click();
    expect(await menu.getAttribute("aria-expanded")).toBe("true");
    await screenshot(page, "menu-open-390", false);
    await page.getByRole("link", { name: "Evals" }).click();
    await page.waitForURL(/\/evals$/);
    // Navigating closes it again.
    await expect.poll(() => page.getByRole("link", { name: "History" }).isVisible(), { timeout: 10_000 }).toBe(false);
  }, 60_000);

  it("at 390 px the reply box and the customer's latest line are in view while typing and after sending", async () => {
    await page.setViewportSize(PHONE);
    await page.goto(`${server.url}/practice/cancel-after-outages`);
    await page.getByRole("button", { name: "Start the call" }).click();
    await page.getByLabel("Your reply").waitFor();
    const replies = [
      "I'm so sorry, three outages in a month is awful, and losing a client call is not okay.",
      "How have the outages affected your work?",
      "That makes sense, I understand why you're done with us.",
      "Can I check the account is in your name, Dana?",
    ];
    for (const reply of replies) {
      await say(page, reply);
      expect(await inView(page, "#reply"), `reply box after "${reply}"`).toBe(true);
      expect(await inView(page, ".chat__row--customer[data-turn]"), `last customer line after "${reply}"`).toBe(true);
    }
    // While typing, too.
    await page.getByLabel("Your reply").fill("Would a month's credit help?");
    expect(await inView(page, "#reply")).toBe(true);
    expect(await inView(page, ".chat__row--customer[data-turn]")).toBe(true);
    expect(await overflow(page)).toBe(0);
    await screenshot(page, "practice-room-390", false);
    // At laptop size too, on a fresh load of the call and after sending.
    await page.setViewportSize(LAPTOP);
    await page.reload();
    await page.getByLabel("Your reply").waitFor();
    // Opened mid-call, the panel says when what was heard will show (not "Nothing yet" after replies).
    const heard = page.getByRole("region", { name: "What they heard last turn" });
    expect(await heard.textContent()).toContain("Shown after your next reply.");
    await say(page, "Thank you for telling me that.");
    await page.getByLabel("Your reply").fill("I can book Thursday morning.");
    expect(await inView(page, "#reply")).toBe(true);
    // The log scrolls in its own box here: the last line is in view in the page and in that box.
    expect(await inView(page, ".chat__row--customer[data-turn]")).toBe(true);
    expect(
      await page
        .locator(".chat__row--customer[data-turn]")
        .last()
        .evaluate((row) => {
          const log = row.closest(".room__log")?.getBoundingClientRect();
          const box = row.getBoundingClientRect();
          return log !== undefined && box.bottom <= log.bottom + 1 && box.top >= log.top - 1;
        }),
    ).toBe(true);
    expect(await overflow(page)).toBe(0);
    await screenshot(page, "practice-room-1280", false);
  }, 90_000);
});
