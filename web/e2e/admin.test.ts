import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { accountsEnv, signIn } from "./support/accounts";
import { startAppUnderTest } from "./support/app-under-test";
import { type Browser, DESKTOP, hasChromium, PHONE, SKIP_MESSAGE, screenshot } from "./support/browser";
import type { ParleyServer } from "./support/server";

if (!hasChromium) console.log(SKIP_MESSAGE);

const ADMIN = { email: "head@example.com", password: "correct horse battery" };
const LEARNER = { name: "Lee Learner", email: "lee@example.com", password: "learner password 1" };
const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });
const sideScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const meWith = (url: string, token: string) =>
  fetch(`${url}/api/auth/me`, { headers: { authorization: `Bearer ${token}` } });

describe.skipIf(!hasChromium)("admin screens, accounts mode (Chromium)", () => {
  let server: ParleyServer;
  let browser: Browser;
  let page: Page;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ server, browser, page, stop } = await startAppUnderTest(accountsEnv(ADMIN)));
    await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
  }, 90_000);

  afterAll(() => stop?.());

  it("an admin creates a team and a learner, with the API's validation errors shown at the field", async () => {
    await page.goto(`${server.url}/`);
    await signIn(page, ADMIN.email, ADMIN.password);
    await mainNav(page).getByRole("link", { name: "Admin" }).click();
    await page.getByRole("heading", { name: "Users and teams" }).waitFor();

    await page.getByLabel("New team").fill("Support floor");
    await page.getByRole("button", { name: "Add team" }).click();
    await page.getByRole("list", { name: "Teams" }).locator(".row__title", { hasText: "Support floor" }).waitFor();
    expect(await page.getByTestId("admin-status").textContent()).toContain("Added the team Support floor");

    const form = page.getByTestId("new-user-form");
    await form.getByLabel("Name").fill(LEARNER.name);
    await form.getByLabel("Email").fill("not-an-email");
    await form.getByLabel("Password").fill("short");
    await form.getByRole("button", { name: "Add person" }).click();
    const passwordError = page.getByTestId("new-user-password-error");
    await passwordError.waitFor();
    expect(await passwordError.textContent()).toContain("at least 12 characters");
    expect(await page.getByTestId("new-user-email-error").count()).toBe(1);
    expect(await form.getByLabel("Password").getAttribute("aria-invalid")).toBe("true");
    // Focus goes to the first field the server refused, so a keyboard user lands on it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 5_000 }).toBe("new-user-email");
    await screenshot(page, "40-admin-validation-desktop");

    await form.getByLabel("Email").fill(LEARNER.email);
    await form.getByLabel("Password").fill(LEARNER.password);
    await form.getByLabel("Role").selectOption("learner");
    await form.getByLabel("Team").selectOption({ label: "Support floor" });
    await form.getByRole("button", { name: "Add person" }).click();
    const row = page.getByTestId(`user-row-${LEARNER.email}`);
    await row.waitFor();
    expect(
      await row
        .getByLabel(`Team for ${LEARNER.name}`)
        .evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text),
    ).toBe("Support floor");
    expect(await page.getByRole("list", { name: "Teams" }).textContent()).toContain("1 person");
    expect(await form.getByLabel("Name").inputValue()).toBe("");

    await row.getByRole("button", { name: `Disable ${LEARNER.name}` }).click();
    await row.getByText("Disabled", { exact: true }).waitFor();
    expect(await page.getByTestId("admin-status").textContent()).toContain("disabled and signed out");
    await row.getByRole("button", { name: `Enable ${LEARNER.name}` }).click();
    await row.getByText("Active", { exact: true }).waitFor();

    // Closing the reset form, by Cancel or by setting a password, puts focus back on its button.
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? "");
    const reset = row.getByRole("button", { name: `Reset password for ${LEARNER.name}` });
    const resetForm = row.getByRole("form", { name: `New password for ${LEARNER.name}` });
    await reset.click();
    await resetForm.getByRole("button", { name: "Cancel" }).click();
    await expect.poll(focused).toBe(`Reset password for ${LEARNER.name}`);
    await reset.click();
    await resetForm.locator('input[type="password"]').fill(LEARNER.password);
    await resetForm.getByRole("button", { name: "Set password" }).click();
    await expect.poll(() => page.getByTestId("admin-status").textContent()).toContain("new password set");
    await expect.poll(focused).toBe(`Reset password for ${LEARNER.name}`);

    await page.getByRole("button", { name: "Rename Support floor" }).click();
    await page.getByLabel("New name for Support floor").fill("Support floor (EMEA)");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByRole("button", { name: "Rename Support floor (EMEA)" }).waitFor();
    // Focus returns to the row's Rename button, and the people table shows the new name.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain("Rename");
    await vi.waitFor(async () =>
      expect(
        await row
          .getByLabel(`Team for ${LEARNER.name}`)
          .evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text),
      ).toBe("Support floor (EMEA)"),
    );

    // The admin's own row cannot demote or disable itself.
    const own = page.getByTestId(`user-row-${ADMIN.email}`);
    expect(await own.getByRole("combobox", { name: /Role for/ }).isDisabled()).toBe(true);
    expect(await own.getByRole("button", { name: /Disable/ }).count()).toBe(0);
    // The xAPI outbox: no LRS here, nothing parked, so nothing to re-queue.
    const outbox = page.getByTestId("xapi-outbox");
    await expect.poll(() => outbox.textContent()).toContain("No LRS configured");
    expect(await outbox.textContent()).toMatch(/\d+ waiting, \d+ sent, 0 parked/);
    expect(await outbox.getByRole("button", { name: "Re-queue parked statements" }).isDisabled()).toBe(true);
    await screenshot(page, "41-admin-desktop");
    await page.setViewportSize(PHONE);
    await screenshot(page, "42-admin-phone");
    expect(await sideScroll(page)).toBeLessThanOrEqual(0);
    await page.setViewportSize(DESKTOP);
  }, 60_000);

  it("creates an API token, shown once with a copy button, which works until it is revoked", async () => {
    await page.getByTestId("user-menu").getByRole("link", { name: "API tokens" }).click();
    await page.getByRole("heading", { name: "API tokens" }).waitFor();
    await page.getByText("No tokens yet").waitFor();

    await page.getByLabel("What is it for?").fill("CI eval job");
    await page.getByRole("button", { name: "Create token" }).click();
    const reveal = page.getByTestId("token-reveal");
    await reveal.waitFor();
    const token = await reveal.getByLabel("Token").inputValue();
    expect(token).toMatch(/^pt_/);
    expect(await reveal.textContent()).toContain("cannot show it again");
    await reveal.getByRole("button", { name: "Copy" }).click();
    await reveal.getByText(/Copied to the clipboard|press Ctrl\+C/).waitFor();
    expect((await meWith(server.url, token)).status).toBe(200);
    await screenshot(page, "43-token-created-desktop");
    await page.setViewportSize(PHONE);
    await screenshot(page, "44-token-created-phone");
    expect(await sideScroll(page)).toBeLessThanOrEqual(0);
    await page.setViewportSize(DESKTOP);

    await reveal.getByRole("button", { name: "I have copied it" }).click();
    await reveal.waitFor({ state: "detached" });
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? "");
    await expect.poll(focused).toBe("Create token");
    expect(await page.content()).not.toContain(token);
    const row = page.getByTestId("token-row-CI eval job");
    expect(await row.textContent()).toContain("Active");

    // "Keep it" goes back to Revoke; once revoked (and the button gone), focus stays on the row.
    await row.getByRole("button", { name: "Revoke CI eval job" }).click();
    await row.getByRole("button", { name: "Keep it" }).click();
    await expect.poll(focused).toBe("Revoke CI eval job");
    await row.getByRole("button", { name: "Revoke CI eval job" }).click();
    await row.getByRole("button", { name: "Yes, revoke CI eval job" }).click();
    await row.getByText("Revoked", { exact: true }).waitFor();
    await expect.poll(focused).toBe("CI eval job");
    expect((await meWith(server.url, token)).status).toBe(401);
    await screenshot(page, "45-tokens-revoked-desktop");
    await page.setViewportSize(PHONE);
    await screenshot(page, "46-tokens-revoked-phone");
    expect(await sideScroll(page)).toBeLessThanOrEqual(0);
    await page.setViewportSize(DESKTOP);
  }, 60_000);

  it("the learner signs in, sees no Admin, and is told plainly if they open the page", async () => {
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await page.goto(`${server.url}/`);
    await signIn(page, LEARNER.email, LEARNER.password);
    await page.getByRole("article", { name: "Dana Whitfield" }).waitFor();
    expect(await mainNav(page).getByRole("link", { name: "Admin" }).count()).toBe(0);
    expect(await page.getByTestId("user-menu").getByRole("link", { name: "API tokens" }).count()).toBe(1);

    await page.goto(`${server.url}/admin/users`);
    await page.getByRole("heading", { name: "Only admins manage users" }).waitFor();
    await screenshot(page, "47-admin-refused-learner", false);
  }, 60_000);
});

describe.skipIf(!hasChromium)("admin screens, local mode (Chromium)", () => {
  let server: ParleyServer;
  let page: Page;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ server, page, stop } = await startAppUnderTest());
  }, 90_000);

  afterAll(() => stop?.());

  it("says there are no accounts to manage and no token is needed", async () => {
    await page.goto(`${server.url}/`);
    await page.getByTestId("local-mode").waitFor();
    expect(await mainNav(page).getByRole("link", { name: "Admin" }).count()).toBe(0);
    await page.goto(`${server.url}/admin/users`);
    await page.getByTestId("admin-local-mode").waitFor();
    await screenshot(page, "48-admin-local-mode", false);
    await page.goto(`${server.url}/account/tokens`);
    await page.getByTestId("tokens-local-mode").waitFor();
    expect(await page.getByRole("button", { name: "Create token" }).count()).toBe(0);
  }, 60_000);

  it("says the account could not be checked when /me fails, rather than guessing local mode or refusing", async () => {
    await page.route("**/api/auth/me", (route) =>
      route.fulfill({
        status: 503,
        contentType: "application/json",
        body: JSON.stringify({ error: { code: "unavailable", message: "Parley is restarting." } }),
      }),
    );
    for (const path of ["/account/tokens", "/admin/users"]) {
      await page.goto(`${server.url}${path}`);
      const alert = page.getByRole("alert");
      await alert.getByRole("heading", { name: "Could not check your account" }).waitFor();
      expect(await alert.textContent()).toContain("Parley is restarting.");
      expect(await page.getByTestId("tokens-local-mode").count()).toBe(0);
      expect(await page.getByTestId("admin-local-mode").count()).toBe(0);
      expect(await page.getByText("Only admins manage users").count()).toBe(0);
    }
    await page.unroute("**/api/auth/me");
    await page.getByRole("button", { name: "Try again" }).click();
    await page.getByTestId("admin-local-mode").waitFor();
  }, 60_000);
});
