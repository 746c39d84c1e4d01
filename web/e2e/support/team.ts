import type { Page } from "playwright-core";
import { expect } from "vitest";
import { signIn } from "./accounts";
import { screenshot } from "./browser";
import { apiAs } from "./seed-calls";

/** The first admin of the accounts-mode tests, and the password every seeded member signs in with. */
export const ADMIN = { email: "admin@example.com", password: "correct horse battery" };
export const PASSWORD = "long enough password";
export const LAPTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/** Signs in through the page and waits for the app's navigation. */
export async function signInAt(page: Page, url: string, email: string, password = PASSWORD) {
  await page.goto(`${url}/sign-in`);
  await signIn(page, email, password);
  await page.getByRole("navigation", { name: "Main" }).waitFor();
}

/** Screenshots at laptop, then phone width, back to laptop. */
export async function bothWidths(page: Page, name: string) {
  await page.setViewportSize(LAPTOP);
  await screenshot(page, `${name}-laptop`);
  await page.setViewportSize(PHONE);
  await screenshot(page, `${name}-phone`);
  await page.setViewportSize(LAPTOP);
}

type Member = readonly [name: string, email: string, role: "trainer" | "learner"];

/** The team "Support East" with these members (password PASSWORD), made by the admin through the API. */
export async function seedTeam(url: string, members: readonly Member[]): Promise<string> {
  const admin = await apiAs(url, ADMIN.email, ADMIN.password);
  const team = await admin("POST", "/api/teams", { name: "Support East" });
  const teamId = (team.body as { team: { id: string } }).team.id;
  for (const [name, email, role] of members)
    expect((await admin("POST", "/api/users", { name, email, role, teamId, password: PASSWORD })).status).toBe(201);
  return teamId;
}
