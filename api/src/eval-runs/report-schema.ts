import { z } from "zod";
import type { RunReport } from "./report-types";

/**
 * The shape of a run report (`parley eval --json`) as the API accepts it for storing. It checks
 * everything the stored summary and the eval pages read; detail beyond that (per-item scores,
 * turns, evidence) is kept as sent, so a newer CLI's extra fields survive.
 */
const figure = z.number().finite().nullable();
const estimate = z.looseObject({ value: figure, low: figure, high: figure });
const agreement = z.looseObject({
  exact: estimate,
  within_one: estimate,
  chance: estimate.extend({ name: z.enum(["kappa", "alpha"]) }),
  spearman: estimate,
  mae: estimate,
  pairs: z.number().int().min(0),
});
const check = z.looseObject({
  name: z.string().max(1000),
  passed: z.boolean(),
  reportOnly: z.boolean(),
  detail: z.string().max(10_000),
});
const item = z.looseObject({
  id: z.string().max(500),
  passes: z.array(z.boolean()),
  passRate: z.number(),
  passedAll: z.boolean(),
});
const common = {
  id: z.string().min(1).max(200),
  file: z.string().max(1000),
  items: z.array(item),
  checks: z.array(check),
};
const row = z.looseObject({});

const suite = z.discriminatedUnion("kind", [
  z.looseObject({
    kind: z.literal("grading"),
    ...common,
    rubric: z.string(),
    raters: z.array(z.string()),
    scale: z.looseObject({ min: z.number(), max: z.number() }),
    overall: z.looseObject({ grader: agreement, humans: agreement.nullable() }),
    criteria: z.array(
      z.looseObject({
        id: z.string(),
        name: z.string(),
        grader: agreement,
        humans: agreement.nullable(),
        unscored: z.number(),
      }),
    ),
    scores: z.array(row),
    unscored: z.array(
      z.looseObject({ item: z.string(), criterion: z.string(), partial: z.boolean(), rationale: z.string() }),
    ),
  }),
  z.looseObject({
    kind: z.literal("persona"),
    ...common,
    persona: z.string(),
    roleAdherence: figure,
    judgedTurns: z.number(),
    unjudgedTurns: z.number(),
    runs: z.array(z.looseObject({ script: z.string(), passed: z.boolean() })),
  }),
  z.looseObject({
    kind: z.literal("separation"),
    ...common,
    persona: z.string(),
    rubric: z.string(),
    criteria: z.array(row),
    runs: z.array(row),
  }),
  z.looseObject({ kind: z.literal("robustness"), ...common, rubric: z.string(), attempts: z.array(row) }),
]);

const roleUsage = z.looseObject({
  calls: z.number().int().min(0),
  failedCalls: z.number().int().min(0),
  promptTokens: z.number().int().min(0),
  completionTokens: z.number().int().min(0),
});

export const runReportSchema = z.looseObject({
  version: z.literal(1, { error: "must be 1 (the report format parley eval --json writes)" }),
  engine: z.enum(["offline", "model"]),
  models: z.looseObject({ persona: z.string().nullable(), judge: z.string().nullable() }),
  mode: z.enum(["live", "record", "replay"]),
  repeat: z.number().int().min(1),
  suites: z.array(suite).min(1, "a run has at least one suite").max(1000),
  usage: z.looseObject({ persona: roleUsage, judge: roleUsage, costUsd: z.number().min(0).nullable() }),
  failures: z.number().int().min(0),
  passed: z.boolean(),
  server: z.string().max(500).optional(),
});

/** A validated report; the schema covers every field of `RunReport` the server reads. */
export const asRunReport = (parsed: z.infer<typeof runReportSchema>) => parsed as unknown as RunReport;
