/**
 * `npm run bench`: what a turn costs Parley, and how it grows. See BENCHMARKS.md.
 *
 *   npm run bench                      # full run, a few minutes
 *   npm run bench -- --quick           # smoke run, well under a minute
 *   npm run bench -- --write           # also replace the results block in BENCHMARKS.md
 *   npm run bench -- --only turns,concurrency --levels 100,500 --latency-ms 300 --chunk-ms 20
 *   npm run bench -- --only fairness             # tiny requests while heavy grades run, main thread vs worker threads
 *   npm run bench -- --only patterns             # the built-in rules on hostile 4,000-character turns
 *   npm run bench -- --only voice --stt-ms 250 --tts-ms 150 --latency-ms 300   # the voice round trip alone
 *   npm run bench -- --only concurrency --paced 2000:15000   # paced run: 2,000 sessions, 15 s between turns ("none": skip)
 *   npm run bench -- --db postgres --replicas 1,2   # 1 vs 2 server processes on one PostgreSQL (only that phase)
 *   npm run bench -- --db postgres --replicas 1,2 --sessions 300 --paced 1000:20000 --turns 3
 *   npm run bench -- --only concurrency --cpu-prof   # CPU profiles of the servers to reports/profiles/<phase>
 *   node --import tsx bench/profile-summary.ts reports/profiles/concurrency-500/<largest file>
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { type BenchOptions, type Context, PROFILE_DIR } from "./context";
import { concurrencyPhase } from "./phases/concurrency";
import { fairnessPhase } from "./phases/fairness";
import { gradingPhase } from "./phases/grading";
import { offlinePhase } from "./phases/offline";
import { patternsPhase } from "./phases/patterns";
import { promptsPhase } from "./phases/prompts";
import { replicasPhase } from "./phases/replicas";
import { startupPhase } from "./phases/startup";
import { turnsPhase } from "./phases/turns";
import { voicePhase } from "./phases/voice";
import { liveServerLogs, machineBusyMs, ownCpuMs, REPO_ROOT, removeDir, startFakeModel, tempDir } from "./processes";
import { Report } from "./report";
import { selfCheck } from "./stats";

const PHASES = {
  prompts: promptsPhase,
  startup: startupPhase,
  turns: turnsPhase,
  voice: voicePhase,
  offline: offlinePhase,
  grading: gradingPhase,
  fairness: fairnessPhase,
  patterns: patternsPhase,
  concurrency: concurrencyPhase,
  replicas: replicasPhase,
} satisfies Record<string, (ctx: Context) => Promise<void>>;
type PhaseName = keyof typeof PHASES;

const RESULTS_START = "<!-- bench:results:start -->";
const RESULTS_END = "<!-- bench:results:end -->";

function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: "boolean", default: false },
      "latency-ms": { type: "string" },
      "chunk-ms": { type: "string" },
      "reply-words": { type: "string" },
      "stt-ms": { type: "string" },
      "tts-ms": { type: "string" },
      levels: { type: "string" },
      turns: { type: "string" },
      paced: { type: "string" },
      only: { type: "string" },
      write: { type: "boolean", default: false },
      "cpu-prof": { type: "boolean", default: false },
      "db-dir": { type: "string" },
      db: { type: "string" },
      replicas: { type: "string" },
      sessions: { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(readFileSync(new URL(import.meta.url), "utf8").split("*/")[0]);
    process.exit(0);
  }
  const quick = values.quick;
  const int = (name: string, value: string | undefined, fallback: number, min: number) => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number ≥ ${min}, got "${value}"`);
    return n;
  };
  const only =
    values.only
      ?.split(",")
      .map((name) => name.trim())
      .filter(Boolean) ?? null;
  const db = values.db ?? "sqlite";
  if (db !== "sqlite" && db !== "postgres") throw new Error(`--db must be sqlite or postgres, got "${db}"`);
  const replicas = values.replicas?.split(",").map((count) => int("replicas", count, 1, 1));
  for (const name of only ?? []) {
    if (!(name in PHASES))
      throw new Error(`--only: unknown phase "${name}"; phases: ${Object.keys(PHASES).join(", ")}`);
  }
  return {
    quick,
    latencyMs: int("latency-ms", values["latency-ms"], 300, 0),
    chunkDelayMs: int("chunk-ms", values["chunk-ms"], 20, 0),
    replyWords: int("reply-words", values["reply-words"], 20, 1),
    sttMs: int("stt-ms", values["stt-ms"], 250, 0),
    ttsMs: int("tts-ms", values["tts-ms"], 150, 0),
    levels: values.levels
      ? values.levels.split(",").map((level) => int("levels", level, 0, 1))
      : quick
        ? [20, 100]
        : [100, 500, 1000],
    turnsPerSession: int("turns", values.turns, quick ? 2 : 3, 1),
    paced: parsePaced(values.paced, quick),
    // `--replicas` alone runs only the replicas phase.
    only: only ? new Set(only) : replicas ? new Set(["replicas"]) : null,
    db,
    replicas: replicas ?? [1],
    replicaSessions: int("sessions", values.sessions, quick ? 40 : 200, 1),
    write: values.write,
    cpuProf: values["cpu-prof"],
    dbRoot: values["db-dir"],
  };
}

/** `--paced SESSIONS:THINK_MS` or `none`; by default 1,000 sessions 20 s apart (none with --quick). */
function parsePaced(value: string | undefined, quick: boolean): BenchOptions["paced"] {
  if (value === undefined) return quick ? null : { sessions: 1000, thinkMs: 20_000 };
  if (value === "none") return null;
  const match = /^(\d+):(\d+)$/.exec(value);
  if (!match) throw new Error(`--paced must be SESSIONS:THINK_MS (e.g. 1000:10000) or none, got "${value}"`);
  return { sessions: Number(match[1]), thinkMs: Number(match[2]) };
}

function git(args: string[]): string {
  try {
    return execFileSync("git", args, { cwd: REPO_ROOT, encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

function filesystemOf(dir: string): string {
  try {
    const mounts = readFileSync("/proc/mounts", "utf8")
      .split("\n")
      .map((line) => line.split(" "))
      .filter((fields) => fields.length > 2 && dir.startsWith(fields[1] ?? "\0"))
      .sort((a, b) => (b[1]?.length ?? 0) - (a[1]?.length ?? 0));
    return mounts[0]?.[2] ?? "unknown";
  } catch {
    return "unknown";
  }
}

function machine(dbRoot: string) {
  const cpus = os.cpus();
  return {
    cpu: `${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown"}`,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    databaseFilesystem: filesystemOf(dbRoot),
    commit: `${git(["rev-parse", "--short", "HEAD"])}${git(["status", "--porcelain", "--", "api"]) === "" ? "" : " (api/ has uncommitted changes)"}`,
    date: new Date().toISOString().slice(0, 16).replace("T", " "),
  };
}

async function main() {
  selfCheck();
  const options = parseOptions(process.argv.slice(2));
  const started = performance.now();
  const machineBefore = machineBusyMs();
  const ownBefore = ownCpuMs();
  const dbRoot = tempDir("parley-bench-", options.dbRoot);
  const report = new Report();
  const log = (line: string) =>
    console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)}s] ${line}`);
  const model = {
    latencyMs: options.latencyMs,
    chunkDelayMs: options.chunkDelayMs,
    replyWords: options.replyWords,
    moves: [],
    recordMessages: false,
  };
  const fake = await startFakeModel(model);
  let counter = 0;
  const ctx: Context = {
    options,
    report,
    fake,
    model,
    newDbPath: (label) => path.join(dbRoot, `${++counter}-${label}`, "parley.db"),
    // One folder per server: node writes a profile per thread (the main thread's is the largest).
    nodeFlags: (label) => (options.cpuProf ? ["--cpu-prof", `--cpu-prof-dir=${path.join(PROFILE_DIR, label)}`] : []),
    log,
  };
  const info = machine(dbRoot);
  log(`machine: ${info.cpu}, ${info.memory}, node ${info.node}; databases in ${dbRoot} (${info.databaseFilesystem})`);
  try {
    for (const [name, phase] of Object.entries(PHASES) as [PhaseName, (ctx: Context) => Promise<void>][]) {
      // The replicas phase runs only when asked for (`--replicas` or `--only replicas`).
      if (options.only ? !options.only.has(name) : name === "replicas") continue;
      log(`phase ${name} ...`);
      await phase(ctx);
    }
  } finally {
    await fake.close();
    removeDir(dbRoot);
  }

  const seconds = (performance.now() - started) / 1000;
  // What other processes took from the machine while the bench ran (it has the cores to itself only when this is ~0).
  const machineAfter = machineBusyMs();
  const ownAfter = ownCpuMs();
  const othersShare =
    machineBefore !== null && machineAfter !== null && ownBefore !== null && ownAfter !== null
      ? Math.max(0, machineAfter - machineBefore - (ownAfter - ownBefore)) / (seconds * 1000 * os.cpus().length)
      : null;
  const busy = othersShare !== null && othersShare > 0.1;
  const settings = `model latency ${options.latencyMs} ms per call, ${options.replyWords}-word persona replies streamed one word per ${options.chunkDelayMs} ms`;
  const body = [
    `Run ${info.date} UTC on commit ${info.commit}${options.quick ? " (--quick: small samples, smoke run only)" : ""}; took ${seconds.toFixed(0)} s.`,
    "",
    `Machine: ${info.cpu}; ${info.memory}; ${info.os}; Node ${info.node}; databases on ${info.databaseFilesystem}.`,
    `Other processes used ${othersShare === null ? "n/a" : `${(othersShare * 100).toFixed(0)}%`} of the machine's CPU during the run${busy ? " — THE MACHINE WAS BUSY: latencies and turns/s are inflated; CPU ms per turn is the steadier figure" : ""}.`,
    `Fake model: ${settings}.`,
    "",
    report.markdown(),
  ].join("\n");

  mkdirSync(path.join(REPO_ROOT, "reports"), { recursive: true });
  writeFileSync(path.join(REPO_ROOT, "reports", "bench.md"), `${body}\n`);
  writeFileSync(
    path.join(REPO_ROOT, "reports", "bench.json"),
    `${JSON.stringify({ machine: info, options: { ...options, only: options.only && [...options.only] }, summary: report.summary, raw: report.raw }, null, 1)}\n`,
  );
  console.log(body);
  if (options.write) {
    const file = path.join(REPO_ROOT, "BENCHMARKS.md");
    const text = readFileSync(file, "utf8");
    const from = text.indexOf(RESULTS_START);
    const to = text.indexOf(RESULTS_END);
    if (from === -1 || to === -1) throw new Error(`BENCHMARKS.md has no ${RESULTS_START} ... ${RESULTS_END} block`);
    writeFileSync(file, `${text.slice(0, from + RESULTS_START.length)}\n${body}\n${text.slice(to)}`);
    log("BENCHMARKS.md results block updated");
  }
  log(`done in ${seconds.toFixed(0)} s; raw numbers in reports/bench.json`);
}

main().catch((error: unknown) => {
  console.error(error);
  for (const log of liveServerLogs()) console.error(log);
  process.exit(1);
});
