import { z } from "zod";
import { intBetween, slug, text } from "./common-schema";
import { knownSignal, labelled, type LabelledPattern, signals } from "./rubric-signals-schema";
import { compileSafePattern, type SafePattern } from "./safe-pattern";
import { languageTag } from "./language";

/** A phrase (case-insensitive) or a regular expression written as `/pattern/flags`. */
const pattern = text(300);

/**
 * How spoken turns must sound (voice mode): pace, fillers, pauses, talking over the customer.
 * Turn scope checks each spoken rep turn; conversation scope checks the call's totals. Typed
 * turns have no delivery, so they never fail these checks.
 */
const deliveryCheck = z
  .strictObject({
    min_wpm: intBetween(40, 400).optional(),
    max_wpm: intBetween(40, 400).optional(),
    max_fillers_per_100_words: z.number().min(0, "must be 0 or more").max(100, "must be at most 100").optional(),
    max_long_pauses: intBetween(0, 100).optional(),
    max_interruptions: intBetween(0, 100).optional(),
  })
  .refine(
    (d) => Object.values(d).some((value) => value !== undefined),
    "needs one of min_wpm, max_wpm, max_fillers_per_100_words, max_long_pauses, max_interruptions",
  )
  .refine((d) => d.min_wpm === undefined || d.max_wpm === undefined || d.min_wpm <= d.max_wpm, {
    path: ["max_wpm"],
    message: "must be at least min_wpm",
  });
export type DeliveryCheck = z.infer<typeof deliveryCheck>;

/**
 * A deterministic check. It runs before any grader and is final: when it fails, the criterion's
 * score is at most `cap` (default: the bottom of the scale), whatever the judge says.
 */
const check = z
  .strictObject({
    must_include: z.array(labelled(pattern)).min(1).max(50).optional(),
    must_not_include: z.array(labelled(pattern)).min(1).max(50).optional(),
    question: z.literal(true).optional(),
    max_words: intBetween(1, 5000).optional(),
    min_words: intBetween(1, 5000).optional(),
    delivery: deliveryCheck.optional(),
    /** Fails when the rep breaks the scenario's knowledge: an amount over a limit, an offer not in it, a forbidden promise. */
    knowledge: z.literal(true).optional(),
    cap: z.number().int().optional(),
  })
  .refine(
    (c) =>
      c.must_include !== undefined ||
      c.must_not_include !== undefined ||
      c.question !== undefined ||
      c.max_words !== undefined ||
      c.min_words !== undefined ||
      c.delivery !== undefined ||
      c.knowledge !== undefined,
    "needs one of must_include, must_not_include, question, max_words, min_words, delivery, knowledge",
  );
/** A check as parsed: its patterns bare, their labels in the criterion's `labels`. */
export type Check = Omit<z.infer<typeof check>, "must_include" | "must_not_include"> & {
  must_include?: string[];
  must_not_include?: string[];
};

const example = z.strictObject({
  score: z.number().int(),
  reply: text(1200),
  note: text(400).optional(),
  /** The persona this exemplar was written for; coaching for that scenario prefers it. */
  persona: slug.optional(),
});

const criterion = z
  .strictObject({
    id: slug,
    name: text(160),
    /** The skill it trains ("Empathy"), shared across rubrics (`skills.ts`); the name stands in when absent (lint warns). */
    skill: text(40).optional(),
    description: text(1000).optional(),
    scope: z.enum(["turn", "conversation"], { error: "must be turn or conversation" }),
    weight: z.number().positive("must be above 0").max(100).default(1),
    critical: z.boolean().default(false),
    /** How per-turn scores become the call's score for a turn-scope criterion. */
    aggregate: z.enum(["mean", "max", "min"]).default("mean"),
    anchors: z.record(z.string().regex(/^\d+$/, "anchor keys must be whole numbers"), text(600)),
    examples: z.array(example).max(20).default([]),
    checks: z.array(check).max(10).default([]),
    signals: signals.default({
      good: { phrases: [], moves: [], question: false, in_statements: false },
      bad: { phrases: [], moves: [], allow: 0 },
      mild: { phrases: [], moves: [] },
      silent_turns: "count",
      carries: false,
      needs: {},
      reaches: {},
    }),
    coaching: text(600),
    /** Labels for patterns, by pattern (also collected from `{ pattern, label }` entries). */
    labels: z.record(z.string().max(300), text(120)).default({}),
  })
  .transform(({ signals, checks, labels: given, ...rest }) => {
    const labels: Record<string, string> = { ...given };
    const bare = (items: LabelledPattern[]) =>
      items.map((item) => {
        if (typeof item === "string") return item;
        labels[item.pattern] = item.label;
        return item.pattern;
      });
    return {
      ...rest,
      signals: {
        ...signals,
        good: { ...signals.good, phrases: bare(signals.good.phrases) },
        bad: { ...signals.bad, phrases: bare(signals.bad.phrases) },
        mild: { ...signals.mild, phrases: bare(signals.mild.phrases) },
        holds: signals.holds && { ...signals.holds, phrases: bare(signals.holds.phrases) },
      },
      checks: checks.map(({ must_include, must_not_include, ...c }): Check => ({
        ...c,
        ...(must_include && { must_include: bare(must_include) }),
        ...(must_not_include && { must_not_include: bare(must_not_include) }),
      })),
      /** What scorecards call a pattern that has a label (pattern → label). */
      labels,
    };
  });

export const rubricFile = z
  .strictObject({
    id: slug,
    name: text(160),
    description: text(1000).optional(),
    /** The language of the calls it grades and of its feedback (BCP-47); the offline grader reads English only. */
    language: languageTag.default("en"),
    scale: z
      .strictObject({ min: intBetween(0, 10), max: intBetween(1, 100) })
      .refine((scale) => scale.max > scale.min, { path: ["max"], message: "must be above scale.min" })
      .default({ min: 1, max: 5 }),
    pass: z.strictObject({
      overall: z.number(),
      critical: z.enum(["all", "none"]).default("all"),
    }),
    /** Judge each item this many times and report the median, with the spread as a confidence figure. */
    samples: intBetween(1, 9).default(1),
    criteria: z.array(criterion).min(1, "needs at least one criterion").max(40),
  })
  .superRefine((rubric, ctx) => {
    const { min, max } = rubric.scale;
    if (rubric.pass.overall < min || rubric.pass.overall > max)
      ctx.addIssue({ code: "custom", path: ["pass", "overall"], message: `must be between ${min} and ${max}` });
    const seen = new Set<string>();
    rubric.criteria.forEach((c, i) => {
      if (seen.has(c.id))
        ctx.addIssue({ code: "custom", path: ["criteria", i, "id"], message: `duplicates "${c.id}"` });
      seen.add(c.id);
      const levels = Object.keys(c.anchors).map(Number);
      for (const level of levels) {
        if (level < min || level > max)
          ctx.addIssue({
            code: "custom",
            path: ["criteria", i, "anchors", String(level)],
            message: `is outside the scale ${min}..${max}`,
          });
      }
      if (!levels.includes(min) || !levels.includes(max))
        ctx.addIssue({
          code: "custom",
          path: ["criteria", i, "anchors"],
          message: `must describe at least the lowest (${min}) and highest (${max}) score`,
        });
      c.examples.forEach((ex, j) => {
        if (ex.score < min || ex.score > max)
          ctx.addIssue({
            code: "custom",
            path: ["criteria", i, "examples", j, "score"],
            message: `must be between ${min} and ${max}`,
          });
      });
      c.checks.forEach((ch, j) => {
        if (ch.cap !== undefined && (ch.cap < min || ch.cap > max))
          ctx.addIssue({
            code: "custom",
            path: ["criteria", i, "checks", j, "cap"],
            message: `must be between ${min} and ${max}`,
          });
        for (const key of ["must_include", "must_not_include"] as const) {
          (ch[key] ?? []).forEach((p, k) => {
            const problem = patternProblem(p);
            if (problem) ctx.addIssue({ code: "custom", path: ["criteria", i, "checks", j, key, k], message: problem });
          });
        }
      });
      if (c.scope === "conversation" && c.signals.silent_turns === "skip")
        ctx.addIssue({
          code: "custom",
          path: ["criteria", i, "signals", "silent_turns"],
          message: "applies to turn scope only (a call is judged once)",
        });
      for (const side of ["good", "bad", "mild"] as const) {
        c.signals[side].phrases.forEach((p, k) => {
          const problem = patternProblem(p);
          if (problem)
            ctx.addIssue({ code: "custom", path: ["criteria", i, "signals", side, "phrases", k], message: problem });
        });
      }
      const issue = (path: (string | number)[], message: string) =>
        ctx.addIssue({ code: "custom", path: ["criteria", i, "signals", ...path], message });
      const onScale = (level: number | undefined, path: (string | number)[], what = "must") => {
        if (level !== undefined && (level < min || level > max)) issue(path, `${what} be between ${min} and ${max}`);
      };
      const known = (signal: string, path: (string | number)[]) => {
        if (!knownSignal(c.signals.good.phrases, c.labels, signal))
          issue(path, `"${signal}" is not a move, question, or one of this criterion's good.phrases or their labels`);
      };
      c.signals.holds?.phrases.forEach((p, k) => {
        const problem = patternProblem(p);
        if (problem)
          ctx.addIssue({ code: "custom", path: ["criteria", i, "signals", "holds", "phrases", k], message: problem });
      });
      onScale(c.signals.holds?.level, ["holds", "level"]);
      const unoffered = c.signals.no_offer;
      onScale(unoffered?.level, ["no_offer", "level"]);
      unoffered?.phrases.forEach((p, k) => {
        const problem = patternProblem(p);
        if (problem)
          ctx.addIssue({
            code: "custom",
            path: ["criteria", i, "signals", "no_offer", "phrases", k],
            message: problem,
          });
      });
      unoffered?.shown.forEach((signal, k) => known(signal, ["no_offer", "shown", k]));
      onScale(c.signals.left_open?.level, ["left_open", "level"], "level must");
      c.signals.left_open?.done.forEach((signal, k) => known(signal, ["left_open", "done", k]));
      for (const field of ["needs", "reaches"] as const)
        for (const [level, signals] of Object.entries(c.signals[field])) {
          onScale(Number(level), [field, level], "level must");
          signals.forEach((entry, k) => {
            for (const signal of typeof entry === "string" ? [entry] : entry) {
              const problem = signal.startsWith("/") ? patternProblem(signal) : null;
              if (problem) issue([field, level, k], problem);
              known(signal, [field, level, k]);
            }
          });
        }
      const baseline = c.signals.baseline;
      if (baseline !== undefined && (baseline < min || baseline > max))
        ctx.addIssue({
          code: "custom",
          path: ["criteria", i, "signals", "baseline"],
          message: `must be between ${min} and ${max}`,
        });
    });
  });

export type Rubric = z.infer<typeof rubricFile>;

const REGEX_LITERAL = /^\/(.+)\/([a-z]*)$/s;

/**
 * Compiles a `/pattern/flags` string on the linear-time engine, or returns null for a plain phrase.
 * Throws on a bad pattern or one RE2 cannot run (backreferences, lookaround).
 */
export function compilePattern(value: string): SafePattern | null {
  const literal = REGEX_LITERAL.exec(value);
  if (!literal) return null;
  // Case never matters here; g and y (stateful in JavaScript) mean nothing to a one-off search.
  return compileSafePattern(literal[1] ?? "", `${literal[2] ?? ""}i`.replace(/[gy]/g, ""));
}

function patternProblem(value: string): string | null {
  try {
    compilePattern(value);
    return null;
  } catch (error) {
    return `is not a usable regular expression: ${error instanceof Error ? error.message : String(error)}`;
  }
}
export type Criterion = Rubric["criteria"][number];
