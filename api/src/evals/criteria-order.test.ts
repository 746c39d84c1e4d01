import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadLibrary } from "../library/load-library";
import { REPO_ROOT } from "../testing/test-runtime";
import { inOrder, loadSuite } from "./load-suite";

/** Issue 19 item 9: the criteria-order bias probe judges with the rubric's criteria shuffled, the same way everywhere. */
describe("criteria_order in a grading suite", () => {
  it("hands the grader the rubric's criteria in a seeded order that differs from the written one", async () => {
    const library = await loadLibrary(REPO_ROOT);
    const written = library.rubrics.find((entry) => entry.value.id === "retention-call")?.value;
    const loaded = await loadSuite(path.join(REPO_ROOT, "evals/bias/criteria-order.yaml"), library);
    if (loaded.kind !== "grading" || !written) throw new Error("expected the grading suite and its rubric");
    const ids = loaded.rubric.criteria.map((criterion) => criterion.id);
    expect(ids).not.toEqual(written.criteria.map((criterion) => criterion.id));
    expect([...ids].sort()).toEqual(written.criteria.map((criterion) => criterion.id).sort());
    const again = await loadSuite(path.join(REPO_ROOT, "evals/bias/criteria-order.yaml"), library);
    expect(again.kind === "grading" && again.rubric.criteria.map((criterion) => criterion.id)).toEqual(ids);
  });

  it("reverses, keeps, or shuffles a list; a shuffle never returns the written order", () => {
    const list = ["a", "b", "c"];
    expect(inOrder(list, "as_written", 1)).toEqual(["a", "b", "c"]);
    expect(inOrder(list, "reversed", 1)).toEqual(["c", "b", "a"]);
    for (let seed = 1; seed <= 50; seed++) {
      const shuffled = inOrder(list, "shuffled", seed);
      expect(shuffled).not.toEqual(list);
      expect([...shuffled].sort()).toEqual(list);
    }
  });
});
