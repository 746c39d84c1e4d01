import type { Page } from "playwright-core";

/** The server environment for accounts mode, with `admin` as the first admin. */
export function accountsEnv(admin: { email: string; password: string }): Record<string, string> {
  return {
    PARLEY_AUTH: "accounts",
    PARLEY_ADMIN_EMAIL: admin.email,
    PARLEY_ADMIN_PASSWORD: admin.password,
    // The test server is plain http on loopback: a Secure cookie would never come back.
    PARLEY_SECURE_COOKIES: "false",
  };
}

/** Fills the sign-in form already on the page and submits it with Enter. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByLabel("Password").press("Enter");
}
