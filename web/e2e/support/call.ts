import { expect } from "vitest";
import type { Page } from "playwright-core";

/** Types a reply, sends it with Enter, and waits for the customer's answer to finish streaming in. */
export async function say(page: Page, text: string): Promise<void> {
  const customerTurns = page.locator(".chat__row--customer[data-turn]");
  const before = await customerTurns.count();
  await page.getByLabel("Your reply").fill(text);
  await page.getByLabel("Your reply").press("Enter");
  // At least one: the customer may answer and then close the call with a farewell of its own.
  await expect.poll(() => customerTurns.count(), { timeout: 15_000 }).toBeGreaterThan(before);
  await page.locator("[data-testid=streaming]").waitFor({ state: "detached" });
}

/** The rows of the transcript, as `{ turn, role, text }`. */
export async function transcript(page: Page) {
  return page.locator(".chat__row[data-turn]").evaluateAll((rows) =>
    rows.map((row) => ({
      turn: Number(row.getAttribute("data-turn")),
      role: row.classList.contains("chat__row--rep") ? "rep" : "customer",
      text: row.querySelector(".bubble__text")?.textContent ?? "",
    })),
  );
}
