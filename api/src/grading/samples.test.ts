import { describe, expect, it } from "vitest";
import { testRubric } from "../testing/fixtures";
import { mergeSamples } from "./samples";
import type { CriterionResult } from "./types";

const criteria = testRubric().criteria.slice(0, 1);
const sample = (score: number | null, quote = `quote ${score}`): CriterionResult[] => [
  {
    id: "acknowledge",
    score,
    evidence: score === null ? [] : [{ turn: 1, quote }],
    rationale: `said ${score}`,
    flags: score === null ? ["unscored"] : [],
  },
];

describe("mergeSamples", () => {
  it.each([
    [[3, 5, 4], 4, 2],
    [[5, 5, 1], 5, 4],
    [[3, 5], 3, 2],
    [[4, null, 2], 2, 2],
  ])("scores %j as median %i with spread %i", (scores, median, spread) => {
    const [merged] = mergeSamples(
      criteria,
      scores.map((score) => sample(score)),
    );
    expect(merged).toMatchObject({ score: median, spread, samples: scores, rationale: `said ${median}` });
    expect(merged?.evidence).toEqual([{ turn: 1, quote: `quote ${median}` }]);
  });

  it("stays unscored when no sample scored", () => {
    const [merged] = mergeSamples(criteria, [sample(null), sample(null)]);
    expect(merged).toMatchObject({ score: null, flags: ["unscored"], samples: [null, null] });
  });

  it("passes a single sample through unchanged", () => {
    expect(mergeSamples(criteria, [sample(4)])).toEqual(sample(4));
  });
});
