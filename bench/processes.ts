/** The processes a bench run measures: Parley's real server and the fake model, each in its own process. */
import { type ChildProcess, execFileSync, fork, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ChildMessage, FakeModelConfig, FakeModelStats, ParentMessage } from "./fake-protocol";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

// ---------------------------------------------------------------------------
// /proc readings (Linux). Elsewhere they read as null and the tables say "n/a".

export const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

export interface ProcReading {
  /** Peak resident set size since the process started (VmHWM), MiB. */
  peakRssMiB: number;
  rssMiB: number;
  /** User + system CPU time since the process started, ms. */
  cpuMs: number;
  /** Of which in the kernel (system time), ms: on one machine a loopback write to the fake model is billed partly here. */
  systemMs: number;
}

export function readProc(pid: number | undefined): ProcReading | null {
  if (pid === undefined) return null;
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN);
    // Fields after the command name (which may contain spaces) start at the state, field 3.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const systemTicks = Number(fields[12]); // stime (15)
    const ticks = Number(fields[11]) + systemTicks; // utime (14) + stime (15)
    const ms = (count: number) => (count * 1000) / CLOCK_TICKS;
    return { peakRssMiB: kb("VmHWM") / 1024, rssMiB: kb("VmRSS") / 1024, cpuMs: ms(ticks), systemMs: ms(systemTicks) };
  } catch {
    return null;
  }
}

/** CPU time all cores have spent busy since boot (Linux /proc/stat), ms; null elsewhere. */
export function machineBusyMs(): number | null {
  try {
    const fields = (readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "").trim().split(/\s+/).slice(1).map(Number);
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
    return ((user + nice + system + irq + softirq + steal) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/** CPU time of this process and of its children that have exited and been waited for, ms; null off Linux. */
export function ownCpuMs(): number | null {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat
      .slice(stat.lastIndexOf(")") + 2)
      .split(" ")
      .map(Number);
    // utime, stime, cutime, cstime are fields 14-17: indexes 11-14 after the state field.
    return (((fields[11] ?? 0) + (fields[12] ?? 0) + (fields[13] ?? 0) + (fields[14] ?? 0)) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/** The machine's count of connections dropped because a listen queue was full (Linux), or null. */
export function listenOverflows(): number | null {
  try {
    const lines = readFileSync("/proc/net/netstat", "utf8").split("\n");
    for (let i = 0; i + 1 < lines.length; i += 2) {
      const head = lines[i]?.split(" ") ?? [];
      const values = lines[i + 1]?.split(" ") ?? [];
      const at = head.indexOf("ListenOverflows");
      if (head[0] === "TcpExt:" && at !== -1) return Number(values[at]);
    }
    return null;
  } catch {
    return null;
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export function tempDir(prefix: string, parent?: string): string {
  return mkdtempSync(path.join(parent ?? os.tmpdir(), prefix));
}

export function removeDir(dir: string) {
  rmSync(dir, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------
// Parley

export interface ParleyOptions {
  engine: "offline" | "model";
  dbPath: string;
  /** PostgreSQL instead of the SQLite file at `dbPath` (which then only places the data folder). */
  databaseUrl?: string;
  modelUrl?: string;
  /** Extra node flags for the server process, e.g. ["--cpu-prof", "--cpu-prof-dir=reports/profiles"]. */
  nodeFlags?: string[];
  /** Extra settings for the server, e.g. { PARLEY_STT_ENGINE: "offline" }. */
  env?: Record<string, string>;
}

export interface ParleyProcess {
  base: string;
  pid: number | undefined;
  child: ChildProcess;
  /** ms from spawn to the first 200 from /api/health. */
  readyMs: number;
  /** performance.now() when the process was spawned. */
  spawnedAt: number;
  /** What the server wrote to stderr (turn failures are logged there). */
  stderr: () => string;
  stop: () => Promise<void>;
}

/** Servers started and not yet stopped: their stderr is printed if the run fails. */
const live = new Set<ParleyProcess>();

/** The last lines each running server wrote to stderr (for a failed run's report). */
export function liveServerLogs(): string[] {
  return [...live].map(
    (server) =>
      `--- Parley at ${server.base} (stderr, last lines):\n${server.stderr().split("\n").slice(-40).join("\n")}`,
  );
}

/** Environment for the server: the caller's, minus anything that would point Parley elsewhere. */
function serverEnv(options: ParleyOptions, port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith("PARLEY_") && !key.startsWith("OPENAI_")) env[key] = value;
  }
  return {
    ...env,
    NODE_ENV: "production",
    PORT: String(port),
    HOST: "127.0.0.1",
    PARLEY_DB: options.dbPath,
    PARLEY_LIBRARY: REPO_ROOT,
    PARLEY_ENGINE: options.engine,
    // Every bench session belongs to the one local user: the per-user turn rate limit would
    // answer 429 after a few turns. Measure the server, not the limit.
    PARLEY_TURNS_PER_MINUTE: "10000000",
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    ...(options.engine === "model"
      ? {
          OPENAI_BASE_URL: options.modelUrl,
          OPENAI_API_KEY: "bench",
          PARLEY_PERSONA_MODEL: "gpt-4o-mini",
          PARLEY_GRADER_MODEL: "gpt-4o-mini",
          // A retry would hide a failure inside the latency; under test every call must succeed first time.
          PARLEY_MODEL_RETRIES: "0",
          PARLEY_MODEL_TIMEOUT_MS: "60000",
        }
      : {}),
    ...options.env,
  };
}

/** Starts `node --import tsx api/src/server.ts` and waits for a successful /api/health. */
/**
 * The node flags Parley is started with in production (`npm start`, deploy/Dockerfile), so the bench
 * measures what runs: V8's young generation at 32 MiB semi-spaces (BENCHMARKS.md 6e).
 */
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=32"];

export async function startParley(options: ParleyOptions, timeoutMs = 120_000): Promise<ParleyProcess> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [...SERVER_NODE_FLAGS, ...(options.nodeFlags ?? []), "--import", "tsx", "api/src/server.ts"],
    {
      cwd: REPO_ROOT,
      env: serverEnv(options, port),
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let stderr = "";
  child.stderr?.setEncoding("utf8");
  child.stderr?.on("data", (chunk: string) => {
    if (stderr.length < 200_000) stderr += chunk;
  });
  let exited: number | null | undefined;
  const exit = new Promise<void>((resolve) => {
    child.once("exit", (code) => {
      exited = code;
      resolve();
    });
  });

  for (;;) {
    if (exited !== undefined) throw new Error(`Parley exited (code ${exited}) before it was healthy:\n${stderr}`);
    if (performance.now() - started > timeoutMs) {
      child.kill("SIGKILL");
      throw new Error(`Parley was not healthy after ${timeoutMs} ms:\n${stderr}`);
    }
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.status === 200) {
        await response.arrayBuffer();
        break;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const readyMs = performance.now() - started;

  const server: ParleyProcess = {
    base,
    pid: child.pid,
    child,
    readyMs,
    spawnedAt: started,
    stderr: () => stderr,
    async stop() {
      live.delete(server);
      if (exited === undefined) child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exit;
      clearTimeout(timer);
    },
  };
  live.add(server);
  return server;
}

// ---------------------------------------------------------------------------
// The fake model

export interface FakeModel {
  url: string;
  pid: number | undefined;
  configure(config: FakeModelConfig): Promise<void>;
  /** Calls since the last reset (and resets when asked). */
  stats(reset?: boolean): Promise<FakeModelStats>;
  close(): Promise<void>;
}

type WithoutId<T> = T extends unknown ? Omit<T, "id"> : never;

export async function startFakeModel(config: FakeModelConfig): Promise<FakeModel> {
  const child = fork(path.join(REPO_ROOT, "bench/fake-model.ts"), [], {
    cwd: REPO_ROOT,
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  let nextId = 1;
  const waiting = new Map<number, (message: ChildMessage) => void>();
  const url = await new Promise<string>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`the fake model exited (code ${code}) before it was ready`)));
    child.on("message", (message: ChildMessage) => {
      if (message.type === "ready") resolve(message.url);
      else if ("id" in message) {
        waiting.get(message.id)?.(message);
        waiting.delete(message.id);
      }
    });
  });
  const ask = (message: WithoutId<ParentMessage>) =>
    new Promise<ChildMessage>((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      child.send({ ...message, id } satisfies ParentMessage);
    });

  const fake: FakeModel = {
    url,
    pid: child.pid,
    async configure(next) {
      await ask({ type: "configure", config: next });
    },
    async stats(reset = true) {
      const reply = await ask({ type: "stats", reset });
      if (reply.type !== "stats") throw new Error("the fake model answered a stats request with something else");
      return reply.stats;
    },
    async close() {
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.send({ id: nextId++, type: "close" } satisfies ParentMessage);
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
  await fake.configure(config);
  return fake;
}
