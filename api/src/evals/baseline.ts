import { z } from "zod";
import type { AgreementFigures, Check, GradingReport } from "../eval-runs/report-types";
import { round } from "./repeats";

const estimate = z.object({ value: z.number().nullable(), low: z.number().nullable(), high: z.number().nullable() });
const figures = z.object({
  exact: estimate,
  within_one: estimate,
  chance: estimate.extend({ name: z.string() }),
  spearman: estimate,
  mae: estimate,
});
const baselineFile = z.object({
  suites: z.array(
    z.looseObject({
      kind: z.string(),
      id: z.string(),
      overall: z.object({ grader: figures }).optional(),
      criteria: z.array(z.looseObject({ id: z.string(), grader: figures })).optional(),
    }),
  ),
});
export type Baseline = z.infer<typeof baselineFile>;

/** Reads a report written by `--json` as a baseline. */
export function parseBaseline(source: string, file: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    throw new Error(`${file}: not JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  const parsed = baselineFile.safeParse(data);
  if (!parsed.success)
    throw new Error(
      `${file}: not a parley eval --json report (${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message})`,
    );
  return parsed.data;
}

const HIGHER_IS_BETTER = ["exact", "within_one", "chance", "spearman"] as const;

/**
 * A grading suite fails against its baseline when a figure drops by more than the baseline's own
 * confidence interval: below its lower bound (or, for MAE, above its upper bound). A drop inside
 * the interval is noise the golden set cannot tell apart from no change.
 */
export function baselineChecks(report: GradingReport, baseline: Baseline): Check[] {
  const before = baseline.suites.find((suite) => suite.kind === "grading" && suite.id === report.id);
  if (!before?.overall) return [];
  const compare = (scope: string, now: AgreementFigures, then: z.infer<typeof figures>): Check[] => {
    const checks: Check[] = HIGHER_IS_BETTER.flatMap((metric) => {
      const current = now[metric].value;
      const { value, low } = then[metric];
      if (current === null || value === null || low === null) return [];
      if (metric === "chance" && then.chance.name !== now.chance.name) return [];
      const name = metric === "chance" ? now.chance.name : metric;
      return [
        {
          name: `baseline ${scope}${name}`,
          passed: current >= low - 1e-9,
          reportOnly: false,
          detail: `${round(current)} now, ${round(value)} before (CI low ${round(low)})`,
        },
      ];
    });
    const mae = now.mae.value;
    if (mae !== null && then.mae.value !== null && then.mae.high !== null)
      checks.push({
        name: `baseline ${scope}mae`,
        passed: mae <= then.mae.high + 1e-9,
        reportOnly: false,
        detail: `${round(mae)} now, ${round(then.mae.value)} before (CI high ${round(then.mae.high)})`,
      });
    return checks;
  };
  const perCriterion = report.criteria.flatMap((criterion) => {
    const then = before.criteria?.find((entry) => entry.id === criterion.id);
    return then ? compare(`${criterion.id} `, criterion.grader, then.grader) : [];
  });
  return [...compare("overall ", report.overall.grader, before.overall.grader), ...perCriterion];
}
