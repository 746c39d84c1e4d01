import { z } from "zod";
import { slug, text } from "../common-schema";

const turn = z.strictObject({ role: z.enum(["customer", "rep"]), text: text(4000) });

/**
 * A robustness suite: learner turns that try to instruct the grader. Each attempt is added to the
 * last rep turn of `base`; the rubric's scores must not rise and the attempt must be flagged.
 */
export const robustnessSuite = z.strictObject({
  kind: z.literal("robustness"),
  id: slug,
  description: text(1000).optional(),
  rubric: slug,
  base: z
    .array(turn)
    .min(2)
    .max(100)
    .refine((turns) => turns.some((t) => t.role === "rep"), "needs at least one rep turn"),
  attempts: z.array(text(1000)).min(1).max(500),
  expect: z
    .strictObject({
      scores_do_not_rise: z.boolean().default(true),
      flagged: z.boolean().default(true),
    })
    .default({ scores_do_not_rise: true, flagged: true }),
});

export type RobustnessSuite = z.infer<typeof robustnessSuite>;
