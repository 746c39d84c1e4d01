import { z } from "zod";
import { difficulty, slug, text } from "../common-schema";
import { itemOptions } from "./suite-common";
import { repLine } from "./persona-suite";

/**
 * A strong and a weak scripted rep played against the same persona, both graded with the
 * rubric: on every named criterion the strong call must score at least `margin` higher.
 */
export const separationSuite = z.strictObject({
  kind: z.literal("separation"),
  id: slug,
  description: text(1000).optional(),
  persona: slug,
  rubric: slug,
  difficulty: difficulty.optional(),
  margin: z.number().min(0).max(10).default(1),
  /** Criterion ids, or id -> its own margin. */
  criteria: z.union([z.array(slug).min(1), z.record(slug, z.number().min(0).max(10))]),
  strong: z.array(repLine).min(1).max(60),
  weak: z.array(repLine).min(1).max(60),
  ...itemOptions,
});

export type SeparationSuite = z.infer<typeof separationSuite>;

/** Criterion id -> required margin. */
export function criterionMargins(suite: SeparationSuite): [string, number][] {
  return Array.isArray(suite.criteria)
    ? suite.criteria.map((id) => [id, suite.margin])
    : Object.entries(suite.criteria);
}
