#!/usr/bin/env node
// `npm start`'s first step: builds the parts of dist/ that are missing or older than their sources
// (tools/build.ts), and does nothing, in milliseconds, when the build is current.
import { spawnSync } from "node:child_process";
import { ROOT, staleReason } from "./build-state.js";

const stale = ["api", "web"].map((part) => ({ part, reason: staleReason(part) })).filter(({ reason }) => reason);
if (stale.length > 0) {
  console.log(`Building ${stale.map(({ part, reason }) => `${part} (${reason})`).join(" and ")}…`);
  const build = spawnSync(
    process.execPath,
    ["--import", "tsx", "tools/build.ts", ...stale.flatMap(({ part }) => ["--only", part])],
    { cwd: ROOT, stdio: "inherit" },
  );
  process.exitCode = build.status ?? 1;
}
