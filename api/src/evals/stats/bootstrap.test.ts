import { mean } from "simple-statistics";
import { describe, expect, it } from "vitest";
import { bootstrap, seededRandom } from "./bootstrap";

const average = (values: readonly number[]) => (values.length === 0 ? Number.NaN : mean([...values]));

describe("bootstrap", () => {
  it("is reproducible for a seed and differs between seeds", () => {
    const data = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const first = bootstrap(data, average, { resamples: 500, seed: 7 });
    expect(bootstrap(data, average, { resamples: 500, seed: 7 })).toEqual(first);
    expect(bootstrap(data, average, { resamples: 500, seed: 8 })).not.toEqual(first);
  });

  it.each([
    ["constant data", [3, 3, 3, 3], { value: 3, low: 3, high: 3 }],
    ["no data", [], { value: null, low: null, high: null }],
  ])("%s", (_name, data, expected) => {
    expect(bootstrap(data, average, { resamples: 200, seed: 1 })).toEqual(expected);
  });

  it("brackets the point estimate of a mean, roughly 1.96 standard errors wide", () => {
    // 0 and 1 in equal parts: mean 0.5, standard error sqrt(0.25 / 100) = 0.05 -> about 0.40 .. 0.60.
    const data = Array.from({ length: 100 }, (_, i) => i % 2);
    const { value, low, high } = bootstrap(data, average, { resamples: 2000, seed: 3 });
    expect(value).toBe(0.5);
    expect(low).toBeGreaterThan(0.36);
    expect(low).toBeLessThan(0.44);
    expect(high).toBeGreaterThan(0.56);
    expect(high).toBeLessThan(0.64);
  });

  it("gives no interval when the statistic is mostly undefined", () => {
    expect(bootstrap([1, 2], () => Number.NaN, { resamples: 100, seed: 1 })).toEqual({
      value: null,
      low: null,
      high: null,
    });
  });

  it("draws uniformly in [0, 1)", () => {
    const random = seededRandom(42);
    const draws = Array.from({ length: 10_000 }, random);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(average(draws)).toBeCloseTo(0.5, 1);
  });
});
