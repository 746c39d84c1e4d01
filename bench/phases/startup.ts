/**
 * Start-up: `node --import tsx api/src/server.ts` spawned to the first 200 from /api/health, with a
 * database file that does not exist yet (created and migrated) and with one that does.
 */
import { spawn } from "node:child_process";
import type { Context } from "../context";
import { fmt } from "../report";
import { readProc, REPO_ROOT, startParley } from "../processes";
import { summarize } from "../stats";

/** The floor under any start: node with the tsx loader running an empty module. */
async function nodeFloorMs(): Promise<number> {
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "-e", ""], { cwd: REPO_ROOT, stdio: "ignore" });
    child.once("error", reject);
    child.once("exit", () => resolve());
  });
  return performance.now() - started;
}

export async function startupPhase(ctx: Context) {
  const repeats = ctx.options.quick ? 1 : 7;
  const fresh: number[] = [];
  const existing: number[] = [];
  const floor: number[] = [];
  let peak = 0;
  for (let i = 0; i < repeats; i++) {
    const dbPath = ctx.newDbPath(`startup-${i}`);
    for (const list of [fresh, existing]) {
      const label = `startup-${i}-${list === fresh ? "new" : "existing"}-db`;
      const parley = await startParley({ engine: "offline", dbPath, nodeFlags: ctx.nodeFlags(label) });
      list.push(parley.readyMs);
      peak = Math.max(peak, readProc(parley.pid)?.peakRssMiB ?? 0);
      await parley.stop();
    }
    floor.push(await nodeFloorMs());
  }
  const freshStats = summarize(fresh);
  const existingStats = summarize(existing);
  const floorStats = summarize(floor);
  ctx.report.row(
    "start-up to first /api/health, new database",
    "ms",
    freshStats,
    peak || null,
    "creates the file, migrates, syncs the library",
  );
  ctx.report.row("start-up to first /api/health, existing database", "ms", existingStats, peak || null);
  ctx.report.row("  floor: node --import tsx, empty module, to exit", "ms", floorStats, null, "not Parley");
  ctx.report.raw.startup = { fresh, existing, floor };
  ctx.log(
    `startup: new db ${fmt(freshStats.median)} ms, existing ${fmt(existingStats.median)} ms, floor ${fmt(floorStats.median)} ms`,
  );
}
