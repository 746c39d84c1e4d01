import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Env, Hono } from "hono";

/** Where `vite build` puts the web app (see vite.config.ts). */
export const WEB_DIST = fileURLToPath(new URL("../../dist/web", import.meta.url));

const isApi = (path: string) => path === "/api" || path.startsWith("/api/");

/**
 * Serves the built web app from `root`, with every other non-API GET answered by index.html so
 * client-side routes survive a reload. /api/* is never touched: it keeps its JSON 404.
 * Does nothing when the app has not been built (the API still works on its own).
 */
export function serveWeb<E extends Env>(app: Hono<E>, root: string = WEB_DIST): boolean {
  if (!existsSync(`${root}/index.html`)) return false;
  const files = serveStatic({ root });
  const index = serveStatic({ root, path: "index.html" });
  app.use("*", async (c, next) => {
    await next();
    if (isApi(c.req.path) || c.res.status !== 200) return;
    // Vite fingerprints everything under assets/; index.html must always be revalidated.
    const fingerprinted =
      c.req.path.startsWith("/assets/") && !c.res.headers.get("content-type")?.includes("text/html");
    c.res.headers.set("Cache-Control", fingerprinted ? "public, max-age=31536000, immutable" : "no-cache");
  });
  app.get("*", (c, next) => (isApi(c.req.path) ? next() : files(c, next)));
  app.get("*", (c, next) => (isApi(c.req.path) ? next() : index(c, next)));
  return true;
}
