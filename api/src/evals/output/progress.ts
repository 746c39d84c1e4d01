import type { Progress } from "../run-suites";

/** `[#####-----] 12/40 grader-injection · 30 calls · 51,200 tokens · $0.0123` */
export function progressLine(progress: Progress, width = 24): string {
  const share = progress.total === 0 ? 1 : progress.done / progress.total;
  const filled = Math.round(share * width);
  const calls = progress.usage.persona.calls + progress.usage.judge.calls;
  const tokens = ["persona", "judge"].reduce((sum, role) => {
    const usage = progress.usage[role as "persona" | "judge"];
    return sum + usage.promptTokens + usage.completionTokens;
  }, 0);
  const cost = progress.costUsd === null ? "" : ` · $${progress.costUsd.toFixed(4)}`;
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${progress.done}/${progress.total} ${progress.suite} · ${calls} calls · ${tokens} tokens${cost}`;
}
