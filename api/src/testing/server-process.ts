import { type ChildProcess, spawn } from "node:child_process";
import { REPO_ROOT } from "./test-runtime";

export interface ServerProcess {
  base: string;
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/** The server from source; tools/build.test.ts passes the built one (`[".../dist/api/server.js"]`). */
const FROM_SOURCE = ["--import", "tsx", "api/src/server.ts"];

/**
 * Starts the server (by default `node --import tsx api/src/server.ts`, from the source) on a port the
 * OS picks, offline, on an in-memory database; resolves once it says where it listens.
 */
export async function startServerProcess(
  env: Record<string, string> = {},
  timeoutMs = 30_000,
  { nodeArgs = FROM_SOURCE, cwd = REPO_ROOT }: { nodeArgs?: string[]; cwd?: string } = {},
): Promise<ServerProcess> {
  const child = spawn(process.execPath, nodeArgs, {
    cwd,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      PORT: "0",
      PARLEY_DB: ":memory:",
      PARLEY_LIBRARY: REPO_ROOT,
      PARLEY_ENGINE: "offline",
      PARLEY_TURNS_PER_MINUTE: "100000",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the server did not start in ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const listening = /listening on (http:\/\/[\d.]+:\d+)/.exec(output);
      if (listening) {
        clearTimeout(timer);
        resolve(listening[1]!);
      }
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before listening:\n${output}`));
    });
  });
  return {
    base,
    child,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

/** Runs the server to its exit (one that fails at start); resolves with its exit code and output. */
export function runServerToExit(env: Record<string, string>, timeoutMs = 30_000) {
  return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "api/src/server.ts"], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? "", PARLEY_DB: ":memory:", PARLEY_LIBRARY: REPO_ROOT, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the server was still running after ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
