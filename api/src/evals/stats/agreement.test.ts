import { describe, expect, it } from "vitest";
import {
  exactAgreement,
  meanAbsoluteError,
  type Pair,
  quadraticKappa,
  spearman,
  withinOneAgreement,
} from "./agreement";

const pairs = (a: number[], b: number[]): Pair[] => a.map((value, i) => ({ a: value, b: b[i] ?? Number.NaN }));

// Every expected value below is worked by hand in the comment beside it.
describe("agreement statistics", () => {
  it.each([
    // a, b, exact, within one, MAE
    [[1, 2, 3], [1, 2, 3], 1, 1, 0],
    [[1, 2, 3], [1, 2, 4], 2 / 3, 1, 1 / 3], // one pair off by 1
    [[1, 5, 3, 2], [2, 3, 3, 2], 2 / 4, 3 / 4, 3 / 4], // diffs 1, 2, 0, 0
    [[1, 1], [5, 4], 0, 0, 3.5], // diffs 4, 3
  ])("exact, within one and MAE of %j vs %j", (a, b, exact, within, mae) => {
    expect(exactAgreement(pairs(a, b))).toBeCloseTo(exact, 10);
    expect(withinOneAgreement(pairs(a, b))).toBeCloseTo(within, 10);
    expect(meanAbsoluteError(pairs(a, b))).toBeCloseTo(mae, 10);
  });

  it.each([
    // observed mean squared diff / mean squared diff over all 9 cross pairs
    [[1, 2, 3], [1, 2, 3], 1], // 0 / (12/9)
    [[1, 2, 3], [1, 2, 4], 6 / 7], // 1 - (1/3) / (21/9)
    [[1, 2, 3], [3, 2, 1], -1], // 1 - (8/3) / (12/9)
    [[1, 1, 2, 2], [1, 2, 1, 2], 0], // observed 2/4 = 0.5, expected 8/16 = 0.5
    [[3, 3, 3], [3, 3, 3], Number.NaN], // no expected disagreement: undefined
  ])("quadratic kappa of %j vs %j is %d", (a, b, kappa) => {
    const result = quadraticKappa(pairs(a, b));
    if (Number.isNaN(kappa)) expect(result).toBeNaN();
    else expect(result).toBeCloseTo(kappa, 10);
  });

  it.each([
    [[1, 2, 3, 4], [1, 3, 2, 4], 0.8], // sum d^2 = 2: 1 - 6*2/(4*15)
    [[1, 2, 3, 4], [4, 3, 2, 1], -1],
    [[1, 1, 2], [1, 2, 3], Math.sqrt(3) / 2], // midranks 1.5,1.5,3 vs 1,2,3: 1.5 / sqrt(1.5 * 2)
    [[2, 2, 2], [1, 2, 3], Number.NaN], // constant side: undefined
  ])("Spearman of %j vs %j is %d", (a, b, rho) => {
    const result = spearman(pairs(a, b));
    if (Number.isNaN(rho)) expect(result).toBeNaN();
    else expect(result).toBeCloseTo(rho, 10);
  });

  it("is NaN, not zero, for no pairs", () => {
    for (const statistic of [exactAgreement, withinOneAgreement, meanAbsoluteError, quadraticKappa, spearman]) {
      expect(statistic([])).toBeNaN();
    }
  });
});
