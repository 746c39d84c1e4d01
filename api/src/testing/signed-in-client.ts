import { expect } from "vitest";
import type { TestRuntime } from "./test-runtime";

export type Client = ReturnType<typeof anonymous>;

/** A client that sends a session cookie like a browser would (none: anonymous). */
export function anonymous(runtime: TestRuntime, cookie = "") {
  const call = (method: string, url: string, body?: unknown) =>
    runtime.app.request(url, {
      method,
      headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  return {
    call,
    json: async <T = Record<string, unknown>>(method: string, url: string, body?: unknown) =>
      (await (await call(method, url, body)).json()) as T,
  };
}

/** Signs in with email and password; the client then carries that session's cookie. */
export async function signIn(runtime: TestRuntime, email: string, password: string): Promise<Client> {
  const response = await anonymous(runtime).call("POST", "/api/auth/login", { email, password });
  expect(response.status).toBe(200);
  return anonymous(runtime, (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "");
}

export const errorOf = async (response: Response) =>
  (
    (await response.json()) as {
      error: { code: string; message: string; details?: { issues?: { field: string; message: string }[] } };
    }
  ).error;
