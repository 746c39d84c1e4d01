import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppUnderTest } from "./support/app-under-test";
import { hasChromium, SKIP_MESSAGE, screenshot } from "./support/browser";
import { say } from "./support/call";
import type { ParleyServer } from "./support/server";

if (!hasChromium) console.log(SKIP_MESSAGE);

/** Starts a coach call with Dana from the pre-call page; returns its session id. */
async function startCall(page: Page, url: string): Promise<string> {
  await page.goto(`${url}/practice/cancel-after-outages`);
  await page.getByRole("button", { name: "Start the call" }).click();
  await page.getByLabel("Your reply").waitFor();
  const id = /\/sessions\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
  if (!id) throw new Error(`not in a call: ${page.url()}`);
  return id;
}

const historyRows = (page: Page) => page.locator(".table tbody tr");

describe.skipIf(!hasChromium)("ending and abandoning an open call (Chromium)", () => {
  let server: ParleyServer;
  let page: Page;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ server, page, stop } = await startAppUnderTest());
  }, 90_000);

  afterAll(() => stop?.());

  it("End call asks first, and with no reply yet says there is nothing to score", async () => {
    const id = await startCall(page, server.url);
    await page.getByRole("button", { name: "End call" }).click();
    const confirm = page.getByRole("group", { name: "Nothing to score yet: end anyway?" });
    await confirm.getByRole("button", { name: "Cancel" }).click();
    expect(await confirm.count()).toBe(0);
    expect(page.url()).toMatch(new RegExp(`/sessions/${id}$`));

    await page.getByRole("button", { name: "End call" }).click();
    await confirm.getByRole("button", { name: "End call" }).click();
    const error = page.getByRole("alert").filter({ hasText: "The call could not be ended" });
    await error.waitFor();
    expect(await error.textContent()).toMatch(/not replied yet/);
    // No scorecard was made: the call is still open.
    const detail = (await (await fetch(`${server.url}/api/sessions/${id}`)).json()) as {
      session: { status: string };
      scorecard: unknown;
    };
    expect(detail).toMatchObject({ session: { status: "active" }, scorecard: null });
  }, 60_000);

  it("abandons an open call from the practice room: it leaves History", async () => {
    const id = await startCall(page, server.url);
    await say(page, "I'm so sorry about the outages.");
    await page.getByRole("button", { name: "Abandon", exact: true }).click();
    await screenshot(page, "abandon-01-room-confirm", false);
    await page
      .getByRole("group", { name: /^Abandon this call\?/ })
      .getByRole("button", { name: "Abandon call" })
      .click();
    await page.waitForURL(/\/history$/);
    await page.getByRole("heading", { name: "Past calls" }).waitFor();
    expect(await page.locator(`a[href="/sessions/${id}"]`).count()).toBe(0);
    const detail = (await (await fetch(`${server.url}/api/sessions/${id}`)).json()) as { session: { status: string } };
    expect(detail.session.status).toBe("abandoned");
  }, 60_000);

  it("abandons an open call from History", async () => {
    const id = await startCall(page, server.url);
    await page.goto(`${server.url}/history`);
    const row = historyRows(page).filter({ has: page.locator(`a[href="/sessions/${id}"]`) });
    await row.waitFor();
    expect(await row.textContent()).toContain("in progress");
    await row.getByRole("button", { name: "Abandon" }).click();
    await screenshot(page, "abandon-02-history-confirm", false);
    await row
      .getByRole("group", { name: /^Abandon this call\?/ })
      .getByRole("button", { name: "Abandon" })
      .click();
    await expect.poll(() => page.locator(`a[href="/sessions/${id}"]`).count()).toBe(0);
  }, 60_000);
});
