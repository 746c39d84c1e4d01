import { readdirSync } from "node:fs";
import path from "node:path";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureWebBuild } from "../../web/e2e/support/build";
import { serveWeb, WEB_DIST } from "./serve-web";
import { startTestRuntime } from "./testing/test-runtime";

let parley: Awaited<ReturnType<typeof startTestRuntime>>;

beforeAll(async () => {
  // `npm test` builds the web app first; run alone, this builds it (a few seconds).
  await ensureWebBuild();
  parley = await startTestRuntime();
}, 120_000);
afterAll(() => parley.close());

describe("the API serves the built web app on its own port", () => {
  it("answers / with the app's HTML", async () => {
    const response = await parley.app.request("/");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(await response.text()).toContain('<div id="root"></div>');
  });

  it("answers a client-side route with index.html, so a reload keeps the page", async () => {
    const response = await parley.app.request("/sessions/6f1c7f44-34a4-4c47-9a2e-8f8e5d0d7c11/scorecard");
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<div id="root"></div>');
  });

  it("serves fingerprinted assets as immutable", async () => {
    const script = readdirSync(path.join(WEB_DIST, "assets")).find((name) => name.endsWith(".js"));
    const response = await parley.app.request(`/assets/${script}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("javascript");
    expect(response.headers.get("cache-control")).toContain("immutable");
  });

  it("never answers /api/* with the app: unknown API routes keep their JSON 404", async () => {
    for (const url of ["/api/nothing-here", "/api", "/api/sessions/x/y/z"]) {
      const response = await parley.app.request(url);
      expect(response.status, url).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code, url).toBe("not_found");
    }
  });

  it("serves nothing when the app has not been built", async () => {
    const app = new Hono();
    expect(serveWeb(app, path.join(WEB_DIST, "no-such-build"))).toBe(false);
    expect((await app.request("/")).status).toBe(404);
  });
});
