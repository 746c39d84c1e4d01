import { describe, expect, it } from "vitest";
import { itemChecks, itemRepeats, repeatFigures, thresholdChecks } from "./repeats";
import { threshold } from "../library/suites/suite-common";

const rule = (source: string) => threshold.parse(source);

describe("repeats", () => {
  it.each([
    [[true, true, true], 1, true],
    [[true, false, true], 2 / 3, false],
    [[false], 0, false],
  ])("passes %j: pass rate %d, pass^n %s", (passes, rate, all) => {
    expect(itemRepeats("x", passes)).toEqual({ id: "x", passes, passRate: rate, passedAll: all });
  });

  it("summarises pass rate (mean) and pass_all (share passing every run)", () => {
    expect(repeatFigures([itemRepeats("a", [true, true]), itemRepeats("b", [true, false])])).toEqual({
      pass_rate: 0.75,
      pass_all: 0.5,
    });
  });

  it.each([
    ["must pass every run by default", {}, true, [true, false], false, false],
    ["min_pass_rate lowers the bar", { min_pass_rate: 0.5 }, true, [true, false], true, false],
    ["flaky: report never gates", { flaky: "report" as const }, true, [false, false], false, true],
    ["ungated suites only report", {}, false, [false], false, true],
    ["an ungated item with its own bar gates", { min_pass_rate: 1 }, false, [false], false, false],
  ])("%s", (_name, gate, gateByDefault, passes, passed, reportOnly) => {
    const [check] = itemChecks([itemRepeats("x", passes)], new Map([["x", gate]]), { gateByDefault, label: "item" });
    expect(check).toMatchObject({ name: "item x", passed, reportOnly });
  });

  it.each([
    ["kappa >= 0.6", { kappa: 0.61 }, true, "measured 0.61"],
    ["kappa >= 0.6", { kappa: 0.59 }, false, "measured 0.59"],
    ["mae <= 0.5", { mae: 0.5 }, true, "measured 0.5"],
    ["kappa >= 0.6", { kappa: null }, false, "undefined (too little variation to compute)"],
    ["role_adherence >= 0.9", {}, false, 'this suite has no "role_adherence" figure'],
  ])("%s with %j", (source, figures, passed, detail) => {
    expect(thresholdChecks([rule(source)], figures)).toEqual([{ name: source, passed, reportOnly: false, detail }]);
  });

  it.each(["kappa > 0.6", "accuracy >= 0.5", "kappa >= high"])("rejects the threshold %j", (source) => {
    expect(threshold.safeParse(source).success).toBe(false);
  });
});
