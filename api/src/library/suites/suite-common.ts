import { z } from "zod";
import { text } from "../common-schema";

export const scriptedTurn = z.strictObject({ role: z.enum(["customer", "rep"]), text: text(4000) });
export const turnList = z
  .array(scriptedTurn)
  .min(2, "needs at least two turns")
  .max(200)
  .refine((turns) => turns.some((turn) => turn.role === "rep"), "needs at least one rep turn");

export const METRICS = [
  "exact",
  "within_one",
  "kappa",
  "alpha",
  "spearman",
  "mae",
  "pass_rate",
  "pass_all",
  "role_adherence",
] as const;
export type MetricName = (typeof METRICS)[number];

const THRESHOLD = new RegExp(`^\\s*(${METRICS.join("|")})\\s*(>=|<=)\\s*(-?\\d+(?:\\.\\d+)?)\\s*$`);

/** `kappa >= 0.6`: a metric, a direction and a bound. */
export interface Threshold {
  metric: MetricName;
  op: ">=" | "<=";
  bound: number;
  source: string;
}

export const threshold = z
  .string()
  .regex(
    THRESHOLD,
    `must read "<metric> >= <number>" or "<metric> <= <number>", with a metric among ${METRICS.join(", ")}`,
  )
  .transform((source): Threshold => {
    const [, metric, op, bound] = THRESHOLD.exec(source) ?? [];
    return { metric: metric as MetricName, op: op as Threshold["op"], bound: Number(bound), source: source.trim() };
  });

/** What every item (transcript, script, attempt) may say about repeats. */
export const itemOptions = {
  /** With `--repeat n`: the share of runs that must pass (default: all of them). */
  min_pass_rate: z.number().min(0).max(1).optional(),
  /** `report`: shown in the results but never fails the run. */
  flaky: z.literal("report").optional(),
};

export const bootstrapOptions = z
  .strictObject({
    resamples: z.number().int().min(100).max(100_000).default(2000),
    seed: z.number().int().default(1),
  })
  .default({ resamples: 2000, seed: 1 });

/** Passes when the measured value meets the threshold; an undefined value never passes. */
export function meets(value: number | null, rule: Threshold): boolean {
  if (value === null || Number.isNaN(value)) return false;
  return rule.op === ">=" ? value >= rule.bound - 1e-9 : value <= rule.bound + 1e-9;
}
