import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { staleReason } from "../../../api/bin/build-state.js";
import { REPO_ROOT } from "./paths";

export interface ParleyServer {
  url: string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The built server (dist/api/server.js, what `npm start` runs) when that build is current with the
 * sources (`npm test` builds it first): it starts in about half the time and CPU of the source through
 * tsx. Otherwise (an edit since the last build, or no build) the source, so a test never runs old code.
 * api/src/testing/server-process.ts keeps starting the source, and tools/build.test.ts the build.
 */
const serverArgs = () =>
  staleReason("api") === null ? ["dist/api/server.js"] : ["--import", "tsx", "api/src/server.ts"];

/**
 * Starts the real server (built web app + API) as a child process: offline engine, a fresh
 * SQLite database in a temp folder, a free port (`overrides` change the environment, e.g. to a
 * model endpoint). `stop()` kills that pid and removes the folder.
 */
export async function startParley(overrides: Record<string, string> = {}): Promise<ParleyServer> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), "parley-e2e-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    PARLEY_DB: path.join(dir, "parley.db"),
  };
  env.PARLEY_ENGINE = "offline";
  env.NODE_ENV = "test";
  delete env.OPENAI_BASE_URL;
  delete env.OPENAI_API_KEY;
  Object.assign(env, overrides);
  const child: ChildProcess = spawn(process.execPath, serverArgs(), {
    cwd: REPO_ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Parley exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  await stop();
  throw new Error(`Parley did not start within 20 s:\n${output}`);
}
