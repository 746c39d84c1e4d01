// Whether dist/ holds a current build of each part (plain JavaScript: it runs before any build, on every
// `npm start` and every `npx parley`, so it must cost milliseconds, not tsx's second).
// A part is stale when its stamp (dist/build-<part>.json, written last by tools/build.ts) is missing
// or older than any of its sources. Tests and READMEs are not sources. Where the sources are absent (an image
// holding only dist/), the build is all there is, and it is current.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const SHARED = ["package.json", "package-lock.json", "tools/build.ts"];
const SOURCES = {
  api: ["api/src", ...SHARED],
  web: ["web/src", "web/index.html", "web/public", "vite.config.ts", ...SHARED],
};

/** Files no build reads: tests and the folders' READMEs. */
const ignored = (name) => /\.test\.tsx?$/.test(name) || name.endsWith(".md");

/** The newest modification time under `file` (a file or a folder), or 0 when it does not exist. */
function newest(file) {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    return { mtimeMs: 0, file };
  }
  if (!stat.isDirectory()) return { mtimeMs: stat.mtimeMs, file };
  let found = { mtimeMs: 0, file };
  for (const entry of readdirSync(file, { withFileTypes: true })) {
    if (entry.isFile() && ignored(entry.name)) continue;
    const inner = newest(path.join(file, entry.name));
    if (inner.mtimeMs > found.mtimeMs) found = inner;
  }
  return found;
}

/**
 * Why `part` ("api" or "web") must be built into `out`, or null when its build is current.
 * @param {"api" | "web"} part
 * @param {string} [out] the build folder (dist/ under the repo root)
 * @returns {string | null}
 */
export function staleReason(part, out = path.join(ROOT, "dist")) {
  let builtAt;
  try {
    builtAt = statSync(path.join(out, `build-${part}.json`)).mtimeMs;
  } catch {
    return "not built yet";
  }
  for (const source of SOURCES[part]) {
    const changed = newest(path.join(ROOT, source));
    if (changed.mtimeMs > builtAt) return `${path.relative(ROOT, changed.file)} changed since the last build`;
  }
  return null;
}
