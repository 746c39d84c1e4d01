import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountsEnv, signIn } from "./support/accounts";
import { say } from "./support/call";
import { startAppUnderTest } from "./support/app-under-test";
import { DESKTOP, hasChromium, PHONE, SKIP_MESSAGE, screenshot } from "./support/browser";
import type { ParleyServer } from "./support/server";

if (!hasChromium) console.log(SKIP_MESSAGE);

const ADMIN = { email: "coach@example.com", password: "correct horse battery" };
const LEARNER = { name: "Lee Learner", email: "lee@example.com", password: "learner password 1" };
describe.skipIf(!hasChromium)("signing in, accounts mode (Chromium)", () => {
  let server: ParleyServer;
  let page: Page;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ server, page, stop } = await startAppUnderTest(accountsEnv(ADMIN)));
  }, 90_000);

  afterAll(() => stop?.());

  it("asks for sign-in, refuses a wrong password, signs in, comes back to the page, signs out", async () => {
    await page.goto(`${server.url}/history`);
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    expect(new URL(page.url()).searchParams.get("next")).toBe("/history");
    // Keyboard first: the email field has focus.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("sign-in-email");

    await signIn(page, ADMIN.email, "not the password");
    const error = page.getByTestId("sign-in-error");
    await error.waitFor();
    expect(await error.textContent()).toContain("That email and password do not match an active account.");
    expect(await page.getByLabel("Password").inputValue()).toBe("");
    await screenshot(page, "20-sign-in-desktop", false);
    await page.setViewportSize(PHONE);
    await screenshot(page, "21-sign-in-phone", false);
    await page.setViewportSize(DESKTOP);

    await signIn(page, ADMIN.email, ADMIN.password);
    await page.getByRole("heading", { name: "Your history" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/history");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Practise" }).click();
    await page.getByRole("article", { name: "Dana Whitfield" }).waitFor();
    const menu = page.getByTestId("user-menu");
    expect(await menu.textContent()).toContain("coach");
    expect(await menu.textContent()).toContain("Admin");
    expect(await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Trainer" }).count()).toBe(1);
    expect(await page.getByTestId("local-mode").count()).toBe(0);
    await screenshot(page, "22-signed-in-desktop", false);

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    const me = await page.request.get(`${server.url}/api/auth/me`);
    expect(me.status()).toBe(401);
  }, 60_000);

  it("sends anyone whose session ends mid-use to sign in, and hides Trainer from learners", async () => {
    await page.goto(`${server.url}/`);
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.getByRole("article", { name: "Dana Whitfield" }).waitFor();
    const created = await page.request.post(`${server.url}/api/users`, {
      data: { name: LEARNER.name, email: LEARNER.email, role: "learner", password: LEARNER.password },
    });
    expect(created.status()).toBe(201);

    // The session ends behind the page's back (another tab signed out): the next API call answers 401.
    await page.request.post(`${server.url}/api/auth/logout`);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "History" }).click();
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    expect(new URL(page.url()).searchParams.get("next")).toBe("/history");

    await signIn(page, LEARNER.email, LEARNER.password);
    await page.getByRole("heading", { name: "Your history" }).waitFor();
    expect(await page.getByTestId("user-menu").textContent()).toContain("Learner");
    expect(await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Trainer" }).count()).toBe(0);
  }, 60_000);

  it("lets a learner (who gets the learner view) prepare, practise and read the debrief", async () => {
    await page.goto(`${server.url}/practice/cancel-after-outages`);
    await page.getByRole("heading", { name: "What you will be graded on" }).waitFor();
    expect(await page.locator(".criteria-list__item").count()).toBeGreaterThan(3);
    await page.getByRole("button", { name: "Start the call" }).click();
    await say(page, "I'm so sorry about the outages. I can cancel that for you today.");
    expect(await page.getByRole("meter").getAttribute("aria-valuenow")).toMatch(/\d/);
    const live = await page.evaluate(async () => {
      const id = location.pathname.split("/").at(-1) ?? "";
      return ((await (await fetch(`/api/sessions/${id}`)).json()) as { live: { goals: unknown } }).live.goals;
    });
    expect(live).toMatchObject({ hidden: null, routes: [] });
    await page.getByRole("button", { name: "End call" }).click();
    const confirm = page.getByRole("group", { name: "End the call and get your scorecard?" });
    await confirm.getByRole("button", { name: "End call" }).click();
    await page.getByTestId("overall").waitFor();
    expect(await page.getByTestId("hidden-goal").textContent()).toMatch(/credit/);
  }, 60_000);
});
