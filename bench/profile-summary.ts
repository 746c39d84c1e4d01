/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`, e.g. `npm run bench -- --cpu-prof`):
 * self time by function and by package, and total (inclusive) time of the functions that matter.
 *
 *   node --import tsx bench/profile-summary.ts <file.cpuprofile> [--top 30] [--match name] [--callers name] [--after-ms N]
 *
 * --after-ms N: count only samples taken N ms or more after the profile started (the bench logs
 * when the measured part of a phase began).
 *
 * --callers name: the call paths (up to 6 frames) that lead to functions whose label contains name, by time.
 *
 * --samples: weigh every sample the same (the median sampling interval) instead of by the time since
 * the sample before it. On a busy machine the process is descheduled for tens to hundreds of ms, and
 * that gap lands on whichever function happened to be sampled next (BENCHMARKS.md 6d).
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

function where(url: string): string {
  if (url === "") return "(native / V8)";
  const modules = url.lastIndexOf("node_modules/");
  if (modules !== -1) {
    const rest = url.slice(modules + "node_modules/".length).split("/");
    return rest[0]?.startsWith("@") ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  if (url.startsWith("node:")) return "node (built-in)";
  const src = url.indexOf("/api/src/");
  return src !== -1 ? `parley ${url.slice(src + 1)}` : url;
}

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      top: { type: "string", default: "25" },
      match: { type: "string", multiple: true },
      callers: { type: "string" },
      "after-ms": { type: "string", default: "0" },
      samples: { type: "boolean", default: false },
    },
  });
  const file = positionals[0];
  if (!file) throw new Error("usage: profile-summary.ts <file.cpuprofile> [--top N] [--match functionName ...]");
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const top = Number(values.top);

  // Self time per node from samples and their time deltas (µs).
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // Only samples taken after --after-ms from the start (e.g. to leave out start-up).
  const afterUs = Number(values["after-ms"]) * 1000;
  const sorted = [...deltas].sort((a, b) => a - b);
  const interval = sorted[Math.floor(sorted.length / 2)] ?? 0;
  let clock = 0;
  samples.forEach((id, i) => {
    clock += deltas[i] ?? 0;
    const weight = values.samples ? interval : (deltas[i] ?? 0);
    if (clock >= afterUs) selfUs.set(id, (selfUs.get(id) ?? 0) + weight);
  });
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const totalUs = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const idle = profile.nodes
    .filter((node) => node.callFrame.functionName === "(idle)")
    .reduce((sum, node) => sum + (selfUs.get(node.id) ?? 0), 0);
  const busy = totalUs - idle;
  const pct = (us: number) => `${((us / busy) * 100).toFixed(1).padStart(5)}%`;
  const ms = (us: number) => `${(us / 1000).toFixed(0).padStart(7)} ms`;

  const label = (node: ProfileNode) =>
    `${node.callFrame.functionName || "(anonymous)"} ${where(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;

  const tally = (key: (node: ProfileNode) => string) => {
    const sums = new Map<string, number>();
    for (const node of profile.nodes) {
      const us = selfUs.get(node.id) ?? 0;
      if (us === 0 || node.callFrame.functionName === "(idle)") continue;
      sums.set(key(node), (sums.get(key(node)) ?? 0) + us);
    }
    return [...sums.entries()].sort((a, b) => b[1] - a[1]);
  };

  console.log(`${file}: ${(totalUs / 1000).toFixed(0)} ms sampled, ${(busy / 1000).toFixed(0)} ms busy (not idle)\n`);
  console.log("Self time by package / file:");
  for (const [name, us] of tally((node) => where(node.callFrame.url)).slice(0, top))
    console.log(`${ms(us)} ${pct(us)}  ${name}`);
  console.log("\nSelf time by function:");
  for (const [name, us] of tally(label).slice(0, top)) console.log(`${ms(us)} ${pct(us)}  ${name}`);

  // Inclusive time: a node's samples count for every distinct frame on its stack.
  const inclusive = new Map<string, number>();
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    if (us === 0 || node.callFrame.functionName === "(idle)") continue;
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id);
      if (!frame) break;
      const key = label(frame);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + us);
    }
  }
  const wanted = values.match ?? [];
  console.log(
    `\nTotal (inclusive) time${wanted.length > 0 ? ` of functions matching ${wanted.join(", ")}` : " by function"}:`,
  );
  const rows = [...inclusive.entries()]
    .filter(([name]) => wanted.length === 0 || wanted.some((w) => name.includes(w)))
    .filter(([name]) => wanted.length > 0 || !name.startsWith("(root)"))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top);
  for (const [name, us] of rows) console.log(`${ms(us)} ${pct(us)}  ${name}`);

  if (values.callers) {
    const paths = new Map<string, number>();
    for (const node of profile.nodes) {
      const us = selfUs.get(node.id) ?? 0;
      if (us === 0) continue;
      // Find the innermost frame on this stack that matches, then record the frames above it.
      let id: number | undefined = node.id;
      while (id !== undefined && !label(byId.get(id) as ProfileNode).includes(values.callers)) id = parent.get(id);
      if (id === undefined) continue;
      const chain: string[] = [];
      for (let up: number | undefined = id; up !== undefined && chain.length < 6; up = parent.get(up)) {
        const frame = byId.get(up);
        if (frame) chain.push(label(frame));
      }
      const key = chain.join("\n      <- ");
      paths.set(key, (paths.get(key) ?? 0) + us);
    }
    console.log(`\nCall paths into ${values.callers}:`);
    for (const [chain, us] of [...paths.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8))
      console.log(`${ms(us)} ${pct(us)}  ${chain}\n`);
  }
}

main();
