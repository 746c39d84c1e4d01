/** A rubric criterion's `signals`: what the offline grader looks for, and how a pattern may carry a label. */
import { z } from "zod";
import { intBetween, move as repMove, text } from "./common-schema";

const phrase = text(200);

/**
 * A phrase or `/regex/`, or either with the words a scorecard shows for it (`{ pattern, label }`):
 * scorecards show the label, never the regex. Parsed, it becomes the bare pattern, with its label
 * in the criterion's `labels`.
 */
export const labelled = (value: z.ZodString) =>
  z.union([value, z.strictObject({ pattern: value, label: text(120) })], {
    error: "must be a phrase, a /pattern/, or { pattern, label }",
  });
export type LabelledPattern = string | { pattern: string; label: string };

/**
 * What the offline grader looks for. Each distinct good signal found raises a score one step
 * from the baseline; each bad one beyond `allow` lowers it two steps; any mild one, one step.
 */
export const signals = z.strictObject({
  baseline: z.number().int().optional(),
  good: z
    .strictObject({
      phrases: z.array(labelled(phrase)).max(100).default([]),
      moves: z.array(repMove).default([]),
      question: z.boolean().default(false),
      /** Good phrases count only in statements: a question naming the situation asks, it does not acknowledge. */
      in_statements: z.boolean().default(false),
    })
    .default({ phrases: [], moves: [], question: false, in_statements: false }),
  bad: z
    .strictObject({
      phrases: z.array(labelled(phrase)).max(100).default([]),
      moves: z.array(repMove).default([]),
      /** Bad signals tolerated before the score drops (e.g. one retention offer is allowed). */
      allow: intBetween(0, 20).default(0),
    })
    .default({ phrases: [], moves: [], allow: 0 }),
  /** Pushy rather than rude: any found lowers the score one step (however many), and good signals then earn nothing. */
  mild: z
    .strictObject({
      phrases: z.array(labelled(phrase)).max(100).default([]),
      moves: z.array(repMove).default([]),
    })
    .default({ phrases: [], moves: [] }),
  /**
   * A signal the anchors name as a lower level ("a vague promise" is 2): any one found holds the
   * score at most at `level`, however many good signals were found beside it. Not a penalty: on its
   * own it leaves the score where the baseline puts it.
   */
  holds: z
    .strictObject({
      level: z.number().int(),
      phrases: z.array(labelled(phrase)).max(100).default([]),
      moves: z.array(repMove).default([]),
    })
    .optional(),
  /** A rep turn longer than this many words counts as one bad signal. */
  max_words: intBetween(5, 2000).optional(),
  /**
   * Turn scope: `skip` leaves out of the aggregate a turn that shows no signal either way (shown as
   * "not needed here", not as a score); with every turn skipped the call gets the baseline.
   */
  /**
   * Turn scope: a good signal from an earlier, clean rep turn counts once in a later turn with no
   * bad or mild signal of its own (a warm tone the rep set holds until a turn breaks it).
   */
  carries: z.boolean().default(false),
  silent_turns: z.enum(["count", "skip"], { error: "must be count or skip" }).default("count"),
  /**
   * Levels that need two things need both: a score at or above a level needs every signal listed
   * for it (a move, `question`, one of `good.phrases` as written or by its label, or a `/pattern/`
   * found in the rep's words, which earns no step by itself; a list inside
   * the list is any one of its signals); short of them it stays below that level, however many
   * other good signals were found.
   */
  needs: z
    .record(
      z.string().regex(/^\d+$/, "level keys must be whole numbers"),
      z
        .array(z.union([text(200), z.array(text(200)).min(1).max(20)]))
        .min(1)
        .max(10),
    )
    .default({}),
  /**
   * A call (or turn) with none of `moves`, i.e. no offer: a criterion about what comes before an
   * offer had nothing to come before, so any of `shown` lifts it to at least `level` (retention
   * `listens-before-offering` for a clean no-pitch cancellation, as both blind raters read it).
   */
  no_offer: z
    .strictObject({
      level: z.number().int(),
      moves: z.array(repMove).min(1),
      /** Words that make an offer too, where the reader found no move ("I can offer you twenty percent off?"). */
      phrases: z.array(phrase).max(20).default([]),
      shown: z.array(text(200)).min(1).max(10),
    })
    .optional(),
  /**
   * The call ended with the customer still asking to end their service and none of `done` said:
   * the score is at most `level` (retention honours-cancellation anchor 1: "The call ends without the
   * cancellation done or scheduled"). Judged on a finished call only, never on the call so far.
   */
  left_open: z
    .strictObject({
      level: z.number().int(),
      done: z.array(text(200)).min(1).max(20),
    })
    .optional(),
  /** A signal that meets a level by itself: any one found lifts the score to at least that level (before bad signals). */
  reaches: z
    .record(z.string().regex(/^\d+$/, "level keys must be whole numbers"), z.array(text(200)).min(1).max(10))
    .default({}),
});

/** A signal a level may need or reach by: a move, `question`, or a good phrase as written or by its label. */
export function knownSignal(goodPhrases: string[], labels: Record<string, string>, signal: string): boolean {
  // `reflects`: a statement giving back the customer's own words about their situation (offline/reflections.ts).
  if (signal === "question" || signal === "reflects" || repMove.safeParse(signal).success) return true;
  // A `/pattern/` a level needs: a condition on the words that earns no step by itself (checked by patternProblem).
  if (signal.startsWith("/")) return true;
  return goodPhrases.some((phrase) => phrase === signal || labels[phrase] === signal);
}
