import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { databaseLocation, describeDatabase, parseConfig } from "../config";
import { type Baseline, parseBaseline } from "../evals/baseline";
import type { RunMode } from "../evals/eval-engines";
import { type LoadedSuite, loadSuite, SuiteError } from "../evals/load-suite";
import { toHtml } from "../evals/output/html";
import { toJunit } from "../evals/output/junit";
import { progressLine } from "../evals/output/progress";
import { renderRun } from "../evals/output/terminal";
import { runSuites } from "../evals/run-suites";
import { loadLibrary } from "../library/load-library";
import { UsageError } from "./grade-command";
import type { Engine } from "../config";
import { createServerClient, ServerError } from "../evals/server/server-client";
import { storeLocally, storeOnServer } from "./store-run";

export interface EvalOptions {
  paths: string[];
  root: string;
  engine?: string | undefined;
  repeat: number;
  baseline?: string | undefined;
  record: boolean;
  replay: boolean;
  recordings?: string | undefined;
  json?: string | undefined;
  junit?: string | undefined;
  html?: string | undefined;
  /** "in,out": dollars per million prompt and completion tokens, for the cost figures. */
  price?: string | undefined;
  /** The environment the configuration is read from (`process.env` at the CLI's edge; the recording script adds its own). */
  env: Readonly<Record<string, string | undefined>>;
  /** A name for the stored run (a commit, a CI job). */
  label?: string | undefined;
  /** Store the run (default): in the app's database, or with --server on that server. */
  store?: boolean;
  /** Run against this Parley server with an API token (or PARLEY_TOKEN) instead of in this process. */
  server?: string | undefined;
  token?: string | undefined;
  /** Where the live progress bar goes (a TTY), if anywhere. */
  progress?: ((line: string) => void) | undefined;
}

/**
 * `parley eval [files or folders]`: runs grading, persona, separation and robustness suites.
 * Exit 0 when every gating check passes, 1 when any fails; a broken suite or a replay with no
 * recording for a request throws a UsageError (exit 2).
 */
export async function evalCommand(options: EvalOptions, out: (line: string) => void): Promise<number> {
  if (options.record && options.replay) throw new UsageError("--record and --replay cannot be used together");
  if (!Number.isInteger(options.repeat) || options.repeat < 1 || options.repeat > 100)
    throw new UsageError("--repeat must be a whole number from 1 to 100");
  const mode: RunMode = options.replay ? "replay" : options.record ? "record" : "live";
  if (mode === "replay" && options.engine === "offline")
    throw new UsageError("--replay serves recorded model responses; it cannot run with --engine offline");
  // Replay never calls the endpoint, so it needs none configured; the endpoint named is still part of every key.
  const engineOverride = mode === "replay" ? "auto" : mode === "record" ? "model" : options.engine;
  const config = parseConfig({
    ...options.env,
    ...(engineOverride && !options.server ? { PARLEY_ENGINE: engineOverride } : {}),
  });
  const price = parsePrice(options.price);
  const server = options.server ? await connect(options, config.apiToken, out) : null;

  const files = (await Promise.all(options.paths.map(expand))).flat();
  if (files.length === 0) throw new UsageError(`no suite files (*.yaml) in ${options.paths.join(", ")}`);
  const library = await loadLibrary(options.root);
  const suites: LoadedSuite[] = [];
  for (const file of files) suites.push(await asUsageError(() => loadSuite(file, library)));
  const baseline = options.baseline ? await readBaseline(options.baseline) : null;

  const engine = server?.engine ?? (mode === "replay" ? "model" : config.engine);
  const judge = server ? server.models.judge : config.model.graderModel;
  const models =
    engine === "model"
      ? ` (persona ${server ? server.models.persona : config.model.personaModel}, judge ${judge})`
      : "";
  const where = server ? ` on ${server.client.url}` : "";
  out(
    `Engine: ${engine}${models}${where}${mode === "live" ? "" : `, ${mode === "record" ? "recording" : "replaying"} ${recordingsDir(options)}`}${options.repeat > 1 ? `, ${options.repeat} repeats` : ""}`,
  );

  const startedAt = Date.now();
  const report = await asUsageError(() =>
    runSuites({
      suites,
      library,
      config,
      mode,
      repeat: options.repeat,
      recordingsDir: recordingsDir(options),
      baseline,
      price,
      onProgress: options.progress ? (progress) => options.progress?.(progressLine(progress)) : undefined,
      server: server ?? undefined,
    }),
  );
  const finishedAt = Date.now();
  for (const line of renderRun(report)) out(line);
  if (options.json) await writeFile(options.json, `${JSON.stringify(report, null, 2)}\n`);
  if (options.junit) await writeFile(options.junit, toJunit(report));
  if (options.html) await writeFile(options.html, toHtml(report));
  if (options.store !== false) {
    const run = { report, label: options.label ?? null, startedAt, finishedAt };
    // The exit code is the suites' verdict; a run that could not be stored says so and keeps it.
    try {
      if (server) out(`Stored as run ${await storeOnServer(server.client, run)} on ${server.client.url}`);
      else
        out(
          `Stored as run ${await storeLocally(databaseLocation(config), run)} in ${describeDatabase(config)} (the web app's Evals page lists it; --no-store to skip)`,
        );
    } catch (error) {
      const where = server ? server.client.url : describeDatabase(config);
      out(
        `warning: the run was not stored in ${where}: ${error instanceof Error ? error.message : String(error)}${options.json ? ` (the report is in ${options.json})` : ""}`,
      );
    }
  }
  return report.passed ? 0 : 1;
}

const recordingsDir = (options: EvalOptions) => options.recordings ?? path.join(options.root, "evals", "recordings");

/** Checks the server and the token before any suite runs, and learns which engine the server uses. */
async function connect(options: EvalOptions, envToken: string | undefined, out: (line: string) => void) {
  if (options.record || options.replay)
    throw new UsageError("--record and --replay work on engines in this process; they cannot be used with --server");
  if (options.engine)
    throw new UsageError("--engine picks an engine in this process; with --server, the server's own engine runs");
  if (!/^https?:\/\/[^\s/]+/.test(options.server ?? ""))
    throw new UsageError(
      `--server must be an http(s) URL, e.g. http://127.0.0.1:8787 (got ${JSON.stringify(options.server)})`,
    );
  // Without a token only a local-mode server (no sign-in) lets the run in; any other answers 401.
  const client = createServerClient(options.server ?? "", options.token ?? envToken, { onWait: (line) => out(line) });
  const health = await asUsageError(() =>
    client.json<{ engine: Engine; models: { persona: string | null; grader: string | null } }>("GET", "/api/health"),
  );
  // Health needs no sign-in: ask who the token is, so a bad token or a learner's fails before the suites run.
  const { user } = await asUsageError(() => client.json<{ user: { role: string } }>("GET", "/api/auth/me"));
  if (user.role === "learner")
    throw new UsageError(
      `${client.url}: this token belongs to a learner; sandbox calls and storing runs need a trainer's or an admin's token`,
    );
  const models =
    health.engine === "model"
      ? { persona: health.models.persona, judge: health.models.grader }
      : { persona: null, judge: null };
  return { client, engine: health.engine, models };
}

async function asUsageError<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof SuiteError || error instanceof ServerError) throw new UsageError(error.message);
    throw error;
  }
}

function parsePrice(value: string | undefined): { input: number; output: number } | null {
  if (value === undefined) return null;
  const match = /^\s*(\d+(?:\.\d+)?)\s*,\s*(\d+(?:\.\d+)?)\s*$/.exec(value);
  if (!match) throw new UsageError('--price must be "INPUT,OUTPUT" in dollars per million tokens, e.g. 0.15,0.60');
  return { input: Number(match[1]), output: Number(match[2]) };
}

async function readBaseline(file: string): Promise<Baseline> {
  const source = await readFile(file, "utf8").catch(() => {
    throw new UsageError(`cannot read baseline ${file}`);
  });
  try {
    return parseBaseline(source, file);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Suite files under a folder, recursively; the recordings folder holds JSON and is never a suite. */
async function expand(target: string): Promise<string[]> {
  const info = await stat(target).catch(() => {
    throw new UsageError(`cannot read ${target}`);
  });
  if (!info.isDirectory()) return [target];
  const entries = await readdir(target, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter(
        (entry) =>
          (entry.isDirectory() && entry.name !== "transcripts" && entry.name !== "recordings") ||
          /\.ya?ml$/.test(entry.name),
      )
      .map((entry) => (entry.isDirectory() ? expand(path.join(target, entry.name)) : [path.join(target, entry.name)])),
  );
  return nested.flat().sort();
}
