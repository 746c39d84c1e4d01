// The production build: the web app (vite) and the API (esbuild) into dist/, which `npm start` runs.
//
//   node --import tsx tools/build.ts [--out DIR] [--only api|web]…
//
// The API is bundled, one file per entry point, with every npm package left external (resolved from
// node_modules at run time: better-sqlite3's native addon, wink's model, piscina stay where npm put them).
// dist/api/ sits as deep as api/src/, so `new URL("../../package.json", import.meta.url)` (version.ts)
// and "../../dist/web" (serve-web.ts) find the same files from the bundle as from the source. Files a
// module reads next to itself are copied next to the bundle (RUNTIME_FILES); a module that uses
// import.meta.url and is not listed there fails the build, so a new one cannot be forgotten.
// Each part ends by writing its stamp (dist/build-<part>.json), which api/bin/build-state.js compares
// with the sources' modification times.
import { cp, mkdir, readFile, rm, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import * as esbuild from "esbuild";
import { build as viteBuild } from "vite";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const API_SRC = path.join(ROOT, "api/src");

/**
 * Every API module that uses import.meta.url, and what it reads relative to itself: copied from its
 * folder into dist/api/. An empty list: it resolves "../../…" (the repo root from both places) or a
 * file the build writes itself.
 */
const RUNTIME_FILES: Record<string, string[]> = {
  "db/sqlite-client.ts": ["migrations"],
  "db/pg-client.ts": ["migrations-pg"],
  "voice/lm/domain-corpus.ts": ["service-phrases.txt"],
  "workers/scoring-pool.ts": [], // ./scoring-worker.mjs: built below
  "serve-web.ts": [], // ../../dist/web
  "version.ts": [], // ../../package.json
};

/** Fails the build on a module that reads files relative to itself but is not in RUNTIME_FILES. */
const runtimeFileGuard: esbuild.Plugin = {
  name: "runtime-file-guard",
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      const relative = path.relative(API_SRC, args.path).split(path.sep).join("/");
      if (relative.startsWith("..")) return undefined;
      const contents = await readFile(args.path, "utf8");
      if (contents.includes("import.meta.url") && !(relative in RUNTIME_FILES))
        return {
          errors: [
            {
              text: `api/src/${relative} uses import.meta.url: list the files it reads in RUNTIME_FILES (tools/build.ts) so the build copies them`,
            },
          ],
        };
      return { contents, loader: "ts" };
    });
  },
};

const API_OPTIONS: esbuild.BuildOptions = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20.11",
  packages: "external",
  sourcemap: "linked",
  logLevel: "warning",
  plugins: [runtimeFileGuard],
};

async function buildApi(out: string) {
  const apiOut = path.join(out, "api");
  await rm(apiOut, { recursive: true, force: true });
  await Promise.all([
    esbuild.build({
      ...API_OPTIONS,
      entryPoints: { server: path.join(API_SRC, "server.ts"), cli: path.join(API_SRC, "cli.ts") },
      outdir: apiOut,
    }),
    // The piscina worker (scoring-pool.ts loads ./scoring-worker.mjs): the task bundled, no tsx at run time.
    esbuild.build({
      ...API_OPTIONS,
      stdin: {
        contents: `export { scoreOffline as default } from "./scoring-task.ts";`,
        resolveDir: path.join(API_SRC, "workers"),
        sourcefile: "scoring-worker.mjs",
        loader: "ts",
      },
      outfile: path.join(apiOut, "scoring-worker.mjs"),
    }),
  ]);
  for (const [module, files] of Object.entries(RUNTIME_FILES))
    for (const file of files)
      await cp(path.join(API_SRC, path.dirname(module), file), path.join(apiOut, file), { recursive: true });
}

async function buildWeb(out: string) {
  await viteBuild({
    configFile: path.join(ROOT, "vite.config.ts"),
    logLevel: "warn",
    build: { outDir: path.join(out, "web"), emptyOutDir: true },
  });
}

const PARTS = { api: buildApi, web: buildWeb } as const;
type Part = keyof typeof PARTS;

async function main() {
  const { values } = parseArgs({
    options: { out: { type: "string", default: "dist" }, only: { type: "string", multiple: true } },
  });
  const only = values.only ?? Object.keys(PARTS);
  const unknown = only.filter((part) => !(part in PARTS));
  if (unknown.length > 0) throw new Error(`--only takes api or web, not ${unknown.join(", ")}`);
  const out = path.resolve(ROOT, values.out);
  await mkdir(out, { recursive: true });
  for (const part of only as Part[]) {
    const started = performance.now();
    const startedAt = new Date();
    const stamp = path.join(out, `build-${part}.json`);
    await rm(stamp, { force: true });
    await PARTS[part](out);
    await writeFile(stamp, `${JSON.stringify({ builtAt: startedAt.toISOString() })}\n`);
    // Dated when the build began: a source saved while it ran is newer, so the next start rebuilds.
    await utimes(stamp, startedAt, startedAt);
    console.log(
      `built ${part} into ${path.relative(ROOT, path.join(out, part)) || "."} in ${Math.round(performance.now() - started)} ms`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
