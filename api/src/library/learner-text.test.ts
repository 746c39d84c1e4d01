import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { REPO_ROOT } from "../testing/test-runtime";

// What the pre-call page shows reps: each criterion's description (or coaching) and its top anchor.
const IMPLEMENTATION_WORDS = /\b(offline grader|model judge|grader|signals?|the judge|regex|LLM)\b/i;

describe("the shipped rubrics' words shown to reps", () => {
  const files = readdirSync(path.join(REPO_ROOT, "rubrics")).filter((file) => file.endsWith(".yaml"));

  it.each(files)("%s: no implementation notes in what reps read", (file) => {
    const rubric = parse(readFileSync(path.join(REPO_ROOT, "rubrics", file), "utf8")) as {
      description?: string;
      criteria: { id: string; description?: string; coaching: string; anchors: Record<string, string> }[];
    };
    for (const criterion of rubric.criteria) {
      const shown = [criterion.description ?? criterion.coaching, ...Object.values(criterion.anchors)].join(" ");
      expect(shown, `${file} ${criterion.id}`).not.toMatch(IMPLEMENTATION_WORDS);
    }
  });
});
