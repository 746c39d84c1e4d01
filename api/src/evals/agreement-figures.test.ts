import { describe, expect, it } from "vitest";
import { agreementFigures, confusionMatrix, type ScoredRow } from "./agreement-figures";

const options = { resamples: 500, seed: 1 };
const row = (item: string, grader: number | null, ...humans: number[]): ScoredRow => ({
  item,
  criterion: "c",
  grader,
  humans: humans.map((score, i) => ({ rater: `r${i}`, score })),
});

describe("agreementFigures", () => {
  it("with one rater: pooled pairs, quadratic kappa, rounded for categories and raw for MAE and Spearman", () => {
    // grader 1, 2, 3.4 (rounds to 3) vs human 1, 2, 4: exact 2/3, within one 1, kappa 6/7 (see stats tests),
    // MAE (0 + 0 + 0.6) / 3 = 0.2, Spearman of (1, 2, 3.4) vs (1, 2, 4) = 1.
    const figures = agreementFigures([row("a", 1, 1), row("b", 2, 2), row("c", 3.4, 4)], "grader", 1, options);
    expect(figures.exact.value).toBeCloseTo(2 / 3, 10);
    expect(figures.within_one.value).toBe(1);
    expect(figures.chance).toMatchObject({ name: "kappa" });
    expect(figures.chance.value).toBeCloseTo(6 / 7, 10);
    expect(figures.mae.value).toBeCloseTo(0.2, 10);
    expect(figures.spearman.value).toBeCloseTo(1, 10);
    expect(figures.pairs).toBe(3);
  });

  it("leaves unscored rows out of every figure", () => {
    const figures = agreementFigures([row("a", 1, 1), row("b", null, 5), row("c", 2, 2)], "grader", 1, options);
    expect(figures.pairs).toBe(2);
    expect(figures.exact.value).toBe(1);
  });

  it("with several raters: alpha over grader and raters, and the human ceiling from rater pairs", () => {
    // Units (grader, r0, r1): (1,1,2) -> o11 = 1, o12 = o21 = 1; (2,2,2) -> o22 = 6 * 1/2 = 3.
    // n1 = 2, n2 = 4, n = 6; delta^2 = (6 - 3)^2 = 9; D_o = 18, D_e = 2 * 2 * 4 * 9 = 144; alpha = 1 - 5 * 18 / 144 = 3/8.
    const rows = [row("a", 1, 1, 2), row("b", 2, 2, 2)];
    const grader = agreementFigures(rows, "grader", 2, options);
    expect(grader.chance).toMatchObject({ name: "alpha" });
    expect(grader.chance.value).toBeCloseTo(3 / 8, 10);
    // Grader-human pairs: (1,1) (1,2) (2,2) (2,2): exact 3/4.
    expect(grader.exact.value).toBeCloseTo(3 / 4, 10);
    // Human pairs: (1,2) (2,2): exact 1/2, MAE 1/2.
    const humans = agreementFigures(rows, "humans", 2, options);
    expect(humans.exact.value).toBeCloseTo(1 / 2, 10);
    expect(humans.mae.value).toBeCloseTo(1 / 2, 10);
    expect(humans.pairs).toBe(2);
  });

  it("gives intervals that contain the point estimate", () => {
    const rows = Array.from({ length: 20 }, (_, i) => row(`t${i}`, (i % 5) + 1, ((i + (i % 3 === 0 ? 1 : 0)) % 5) + 1));
    const figures = agreementFigures(rows, "grader", 1, options);
    for (const estimate of [figures.exact, figures.within_one, figures.chance, figures.spearman, figures.mae]) {
      expect(estimate.low).not.toBeNull();
      expect(estimate.low ?? 0).toBeLessThanOrEqual((estimate.value ?? 0) + 1e-9);
      expect(estimate.high ?? 0).toBeGreaterThanOrEqual((estimate.value ?? 0) - 1e-9);
    }
  });
});

describe("confusionMatrix", () => {
  it("counts [human][grader] pairs with the grader rounded", () => {
    const matrix = confusionMatrix([row("a", 1, 1), row("b", 2.6, 2), row("c", 3, 3, 1)], { min: 1, max: 3 });
    expect(matrix).toEqual([
      [1, 0, 1], // human 1: grader 1 (a), grader 3 (c, second rater)
      [0, 0, 1], // human 2: grader 2.6 -> 3
      [0, 0, 1], // human 3: grader 3
    ]);
  });
});
