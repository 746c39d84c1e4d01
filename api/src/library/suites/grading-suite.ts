import { z } from "zod";
import { slug, text } from "../common-schema";
import type { Rubric } from "../rubric-schema";
import { bootstrapOptions, itemOptions, threshold, turnList } from "./suite-common";

const humanScore = z.union([
  z.number().int("must be a whole number"),
  z.strictObject({ score: z.number().int("must be a whole number"), note: text(1000).optional() }),
]);

const item = z
  .strictObject({
    id: slug,
    /** Free text for readers: "clearly good", "borderline" ... */
    label: text(200).optional(),
    transcript: turnList.optional(),
    /** A YAML or JSON list of { role, text } turns, relative to the suite file. */
    file: text(300).optional(),
    /** rater -> criterion -> score (or { score, note }). */
    scores: z
      .record(slug, z.record(slug, humanScore))
      .refine((raters) => Object.keys(raters).length > 0, "needs at least one rater"),
    ...itemOptions,
  })
  .refine(
    (entry) => (entry.transcript === undefined) !== (entry.file === undefined),
    "needs exactly one of transcript or file",
  );

/** Golden transcripts with human scores: the grader's agreement with people is measured on them. */
export const gradingSuite = z.strictObject({
  kind: z.literal("grading"),
  id: slug,
  description: text(1000).optional(),
  rubric: slug,
  /** Lets coaching prefer this persona's exemplars; scores do not depend on it. */
  persona: slug.optional(),
  bootstrap: bootstrapOptions,
  /**
   * The order the rubric's criteria reach the grader: as written, reversed, or shuffled (seeded by
   * `bootstrap.seed`). A bias probe: a judge whose scores move with the order is not judging each
   * criterion on its own.
   */
  criteria_order: z
    .enum(["as_written", "reversed", "shuffled"], { error: "must be as_written, reversed or shuffled" })
    .default("as_written"),
  /** Human scores within this many points of the grader count as the item passing (for --repeat). */
  tolerance: z.number().int().min(0).max(10).default(1),
  thresholds: z.array(threshold).max(20).default([]),
  criteria_thresholds: z.record(slug, z.array(threshold).max(20)).default({}),
  items: z.array(item).min(1).max(1000),
});

export type GradingSuite = z.infer<typeof gradingSuite>;
export type GradingItem = GradingSuite["items"][number];

/** The same schema, also checking criterion ids and score ranges against the suite's rubric. */
export function gradingSuiteFor(rubric: Rubric) {
  const ids = new Set(rubric.criteria.map((criterion) => criterion.id));
  const { min, max } = rubric.scale;
  return gradingSuite.superRefine((suite, ctx) => {
    suite.items.forEach((entry, i) => {
      for (const [rater, scores] of Object.entries(entry.scores)) {
        for (const [criterion, given] of Object.entries(scores)) {
          const path = ["items", i, "scores", rater, criterion];
          const score = typeof given === "number" ? given : given.score;
          if (!ids.has(criterion))
            ctx.addIssue({
              code: "custom",
              path,
              message: `is not a criterion of ${rubric.id} (${[...ids].join(", ")})`,
            });
          else if (score < min || score > max)
            ctx.addIssue({ code: "custom", path, message: `must be between ${min} and ${max}` });
        }
      }
    });
    for (const criterion of Object.keys(suite.criteria_thresholds)) {
      if (!ids.has(criterion))
        ctx.addIssue({
          code: "custom",
          path: ["criteria_thresholds", criterion],
          message: `is not a criterion of ${rubric.id}`,
        });
    }
  });
}
