/** A figure with its 95% interval, e.g. "0.83 (0.75–0.88)"; "–" where it is undefined. */
export function withInterval(
  estimate: { value: number | null; low: number | null; high: number | null },
  digits = 2,
): string {
  if (estimate.value === null) return "–";
  const value = estimate.value.toFixed(digits);
  return estimate.low === null || estimate.high === null
    ? value
    : `${value} (${estimate.low.toFixed(digits)}–${estimate.high.toFixed(digits)})`;
}

export const share = (value: number | null) => (value === null ? "–" : `${Math.round(value * 100)}%`);

export function tokens(usage: { promptTokens: number; completionTokens: number }): string {
  const total = usage.promptTokens + usage.completionTokens;
  return total === 0 ? "0" : total >= 10_000 ? `${Math.round(total / 1000)}k` : String(total);
}

export const dollars = (cost: number | null) =>
  cost === null ? null : cost < 0.01 ? `$${cost.toFixed(4)}` : `$${cost.toFixed(2)}`;

export const KIND_LABEL = {
  grading: "Grading",
  persona: "Persona",
  separation: "Separation",
  robustness: "Robustness",
} as const;
