import { describe, expect, it } from "vitest";
import { testRubric } from "../testing/fixtures";
import { anchorRationale } from "./anchors";

describe("anchorRationale", () => {
  const criterion = {
    ...testRubric().criteria[0]!,
    anchors: { "1": "Ignores it.", "3": "Generic apology.", "5": "Names the impact." },
  };

  it("names the score's own anchor when the rubric describes that level", () => {
    expect(anchorRationale(criterion, 3)).toBe("Anchor 3: Generic apology.");
  });

  it("says a score between anchors is above the one below, never that it is the lower anchor", () => {
    const text = anchorRationale(criterion, 4);
    expect(text).toBe("Score 4: above anchor 3 (Generic apology.), short of the next one");
    expect(text).not.toMatch(/^Anchor 3/);
  });
});
