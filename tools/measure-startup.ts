// Start-up to the first 200 from /api/health: the server from source (tsx) against the built one,
// and `npm start` now against `npm start` before the build existed (a vite build, then tsx).
//
//   node --import tsx tools/measure-startup.ts [--runs 7] [--skip-old]
//
// Variants take turns within each run, so a busy machine slows them alike. Each start gets a new
// SQLite file (created and migrated) and a free port, offline engine. CPU is the server process's
// own user+system time when it first answers (not for the npm variants: npm, sh and node are three).
// Needs a current build (`npm run build`).
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CLOCK_TICKS_PER_SECOND = 100;

interface Variant {
  name: string;
  command: string[];
  /** Whether the spawned process is the server itself (its CPU time is the server's). */
  direct: boolean;
  /** At most this many runs (for the slow ones). */
  maxRuns?: number;
}

const VARIANTS: Variant[] = [
  {
    name: "source: node --import tsx api/src/server.ts",
    command: ["--import", "tsx", "api/src/server.ts"],
    direct: true,
  },
  { name: "built: node dist/api/server.js", command: ["dist/api/server.js"], direct: true },
  { name: "npm start, build current", command: ["npm", "start", "--silent"], direct: false },
  {
    name: "npm start before: vite build, then tsx",
    command: ["sh", "-c", "npx vite build --logLevel warn && exec node --import tsx api/src/server.ts"],
    direct: false,
    maxRuns: 3,
  },
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

function cpuMs(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

async function startOnce(variant: Variant): Promise<{ ms: number; cpu: number | null }> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), "parley-startup-"));
  const [file, ...args] = variant.direct ? [process.execPath, ...variant.command] : variant.command;
  const started = performance.now();
  const child = spawn(file!, args, {
    cwd: ROOT,
    detached: true, // its own process group: npm's children stop with it
    env: { ...process.env, PORT: String(port), PARLEY_DB: path.join(dir, "parley.db"), PARLEY_ENGINE: "offline" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${variant.name} exited (${child.exitCode}):\n${stderr}`);
      if (performance.now() - started > 120_000) throw new Error(`${variant.name}: not healthy after 120 s`);
      const healthy = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        async (response) => (await response.arrayBuffer(), response.status === 200),
        () => false,
      );
      if (healthy) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return { ms: performance.now() - started, cpu: variant.direct ? cpuMs(child.pid!) : null };
  } finally {
    process.kill(-child.pid!, "SIGTERM");
    await exited;
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const range = (values: number[]) => `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`;

async function main() {
  const { values } = parseArgs({
    options: { runs: { type: "string", default: "7" }, "skip-old": { type: "boolean", default: false } },
  });
  const runs = Number(values.runs);
  const variants = VARIANTS.filter((variant) => !(values["skip-old"] && variant.maxRuns));
  const results = new Map(variants.map((variant) => [variant, { ms: [] as number[], cpu: [] as number[] }]));
  for (let run = 0; run < runs; run++)
    for (const variant of variants) {
      if (variant.maxRuns !== undefined && run >= variant.maxRuns) continue;
      const { ms, cpu } = await startOnce(variant);
      results.get(variant)!.ms.push(ms);
      if (cpu !== null) results.get(variant)!.cpu.push(cpu);
      console.error(`run ${run + 1}: ${variant.name}: ${Math.round(ms)} ms`);
    }
  console.log(`| start-up to first /api/health, new database | n | median ms | range ms | server CPU ms (median) |`);
  console.log(`| --- | --- | --- | --- | --- |`);
  for (const [variant, { ms, cpu }] of results)
    console.log(
      `| ${variant.name} | ${ms.length} | ${Math.round(median(ms))} | ${range(ms)} | ${cpu.length ? Math.round(median(cpu)) : "n/a"} |`,
    );
  console.log(
    `\nload average at the end: ${os
      .loadavg()
      .map((load) => load.toFixed(1))
      .join(" ")}; ${os.cpus().length} cores`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
