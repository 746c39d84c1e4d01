import type { Check, ItemRepeats } from "../eval-runs/report-types";
import { meets, type Threshold } from "../library/suites/suite-common";

export function itemRepeats(id: string, passes: boolean[]): ItemRepeats {
  const passed = passes.filter(Boolean).length;
  return {
    id,
    passes,
    passRate: passes.length === 0 ? 0 : passed / passes.length,
    passedAll: passes.length > 0 && passed === passes.length,
  };
}

export interface ItemGate {
  min_pass_rate?: number | undefined;
  flaky?: "report" | undefined;
}

/**
 * One check per item: its pass rate over the repeats against `min_pass_rate` (default: every run).
 * `flaky: report` items are shown and never fail the run; so are items of a suite that does not
 * gate on items (grading suites), unless the item sets its own `min_pass_rate`.
 */
export function itemChecks(
  items: ItemRepeats[],
  gates: Map<string, ItemGate>,
  options: { gateByDefault: boolean; label: string },
): Check[] {
  return items.map((item) => {
    const gate = gates.get(item.id) ?? {};
    const minimum = gate.min_pass_rate ?? 1;
    const runs = item.passes.length;
    return {
      name: `${options.label} ${item.id}`,
      passed: item.passRate >= minimum - 1e-9,
      reportOnly: gate.flaky === "report" || (!options.gateByDefault && gate.min_pass_rate === undefined),
      detail: `passed ${item.passes.filter(Boolean).length}/${runs}${runs > 1 ? ` (pass rate ${round(item.passRate)}, pass^${runs} ${item.passedAll ? 1 : 0})` : ""}${minimum < 1 ? `, needs ${minimum}` : ""}`,
    };
  });
}

/** Suite-level pass_rate (mean over items) and pass_all (share of items that passed every run). */
export function repeatFigures(items: ItemRepeats[]): { pass_rate: number | null; pass_all: number | null } {
  if (items.length === 0) return { pass_rate: null, pass_all: null };
  return {
    pass_rate: items.reduce((sum, item) => sum + item.passRate, 0) / items.length,
    pass_all: items.filter((item) => item.passedAll).length / items.length,
  };
}

/** A check for each threshold on the figures it names; a threshold naming a figure the suite lacks fails. */
export function thresholdChecks(
  rules: Threshold[],
  figures: Partial<Record<string, number | null>>,
  scope = "",
): Check[] {
  return rules.map((rule) => {
    const value = figures[rule.metric];
    const known = value !== undefined;
    return {
      name: `${scope}${rule.source}`,
      passed: known && meets(value ?? null, rule),
      reportOnly: false,
      detail: !known
        ? `this suite has no "${rule.metric}" figure`
        : value === null
          ? "undefined (too little variation to compute)"
          : `measured ${round(value)}`,
    };
  });
}

export const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;
