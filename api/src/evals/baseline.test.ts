import { describe, expect, it } from "vitest";
import { baselineChecks, parseBaseline } from "./baseline";
import type { AgreementFigures, GradingReport } from "../eval-runs/report-types";

const estimate = (value: number, low: number, high: number) => ({ value, low, high });
const figures = (kappa: number, mae: number): AgreementFigures => ({
  exact: estimate(0.5, 0.4, 0.6),
  within_one: estimate(0.9, 0.8, 1),
  chance: { ...estimate(kappa, kappa - 0.1, kappa + 0.1), name: "kappa" },
  spearman: estimate(0.8, 0.7, 0.9),
  mae: estimate(mae, mae - 0.2, mae + 0.2),
  pairs: 10,
});
const report = (kappa: number, mae: number) =>
  ({
    kind: "grading",
    id: "golden",
    overall: { grader: figures(kappa, mae), humans: null },
    criteria: [],
  }) as unknown as GradingReport;
const baseline = parseBaseline(JSON.stringify({ suites: [report(0.7, 0.5)] }), "base.json");

describe("baseline comparison", () => {
  it.each([
    ["no change", 0.7, 0.5, []],
    ["a drop inside the baseline's interval", 0.61, 0.69, []],
    ["kappa below the baseline's lower bound", 0.55, 0.5, ["baseline overall kappa"]],
    ["MAE above the baseline's upper bound", 0.7, 0.75, ["baseline overall mae"]],
  ])("%s", (_name, kappa, mae, failing) => {
    const checks = baselineChecks(report(kappa, mae), baseline);
    expect(checks.filter((check) => !check.passed).map((check) => check.name)).toEqual(failing);
    expect(checks).toHaveLength(5);
  });

  it("ignores suites the baseline does not have", () => {
    expect(baselineChecks({ ...report(0.1, 3), id: "new-suite" }, baseline)).toEqual([]);
  });

  it("rejects a file that is not a report", () => {
    expect(() => parseBaseline('{"hello": 1}', "x.json")).toThrow(/x\.json: not a parley eval --json report/);
  });
});
