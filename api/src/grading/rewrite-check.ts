import { KEEP_GOING } from "./coaching";
import { detectMoves } from "../conversation/detect-moves";
import { MOVE_DESCRIPTIONS } from "../conversation/moves";
import type { Transcript, Turn } from "../conversation/transcript";
import type { Rubric } from "../library/rubric-schema";
import type { TurnCoaching } from "./grader";
import type { TurnCoachingNote } from "./types";
import { runChecks } from "./checks";
import { wordCount } from "./patterns";

/** The scenario a rewrite is written for, when grading a practice call (not a pasted transcript). */
export interface CoachingScenario {
  /** What the rep could know: the account as the rep sees it. What the customer said is in the call. */
  facts: string[];
  /** The longest reply this customer hears out (longer ones get talked over). */
  wordBudget: number;
  /** Why the customer would take `reply`, said at rep turn `turnIndex`, badly (angrier, hangs up), or null. */
  reactionTo(turnIndex: number, reply: string): string | null;
}

/** A rewrite longer than this is a speech, not a reply, whatever the rubric allows. */
const DEFAULT_WORD_BUDGET = 70;

/** The most words a better reply may have: the rubric's per-turn limits and the customer's patience. */
export function rewriteWordBudget(rubric: Rubric, scenario: CoachingScenario | null): number {
  const limits = rubric.criteria.flatMap((criterion) =>
    criterion.checks.flatMap((check) => (check.max_words === undefined ? [] : [check.max_words])),
  );
  return Math.min(DEFAULT_WORD_BUDGET, scenario?.wordBudget ?? DEFAULT_WORD_BUDGET, ...limits);
}

/**
 * Why a judge's better reply for rep turn `turnIndex` must not be shown, or null when it may: over
 * the word budget; failing a check of the rubric that the rep's own turn passed; a move that a
 * must-pass criterion counts against the rep, beyond what it allows in the call so far; or a
 * customer who would take it badly (the director, through `scenario`). Coaching that recommends
 * what fails the call is worse than none.
 */
export function rewriteProblem(
  rubric: Rubric,
  transcript: Transcript,
  turnIndex: number,
  reply: string,
  scenario: CoachingScenario | null,
): string | null {
  const words = wordCount(reply);
  const budget = rewriteWordBudget(rubric, scenario);
  if (words > budget) return `it runs to ${words} words, more than this customer will hear out (${budget})`;

  const upTo = transcript.filter((turn) => turn.index <= turnIndex && turn.role === "rep");
  const original = upTo.find((turn) => turn.index === turnIndex);
  const rewritten: Turn = { index: turnIndex, role: "rep", text: reply };
  const withRewrite = upTo.map((turn) => (turn.index === turnIndex ? rewritten : turn));
  for (const criterion of rubric.criteria) {
    const scope = (turns: Turn[], one: Turn | undefined) => (criterion.scope === "turn" ? (one ? [one] : []) : turns);
    const before = new Set(runChecks(rubric, criterion, scope(upTo, original)).map((failure) => failure.reason));
    const failed = runChecks(rubric, criterion, scope(withRewrite, rewritten)).find(
      (failure) => !before.has(failure.reason),
    );
    if (failed) return `it would fail the rubric's check on "${criterion.name}" (${failed.reason})`;
  }

  const moves = detectMoves(reply).map((found) => found.move);
  for (const criterion of rubric.criteria.filter((candidate) => candidate.critical)) {
    const bad = new Set(criterion.signals.bad.moves);
    const mine = moves.filter((move) => bad.has(move));
    if (mine.length === 0) continue;
    const earlier = upTo
      .filter((turn) => turn.index < turnIndex)
      .flatMap((turn) => detectMoves(turn.text).filter((found) => bad.has(found.move)));
    if (earlier.length + mine.length > criterion.signals.bad.allow) {
      const what = mine.map((move) => MOVE_DESCRIPTIONS[move].toLowerCase()).join("; ");
      return `it would break the must-pass criterion "${criterion.name}" (${what})`;
    }
  }
  return scenario?.reactionTo(turnIndex, reply) ?? null;
}

/**
 * The judge's coaching with its rewrite checked in code: an empty rewrite (the turn is at the top)
 * is no rewrite; one that would fail the rubric or anger the customer is dropped, and the tip says why.
 */
export function checkedRewrite(
  rubric: Rubric,
  transcript: Transcript,
  turnIndex: number,
  coaching: TurnCoaching,
  scenario: CoachingScenario | null,
): TurnCoachingNote {
  const tip = coaching.tip || KEEP_GOING;
  if (!coaching.betterReply) return { tip, betterReply: null, source: "judge" };
  const problem = rewriteProblem(rubric, transcript, turnIndex, coaching.betterReply, scenario);
  if (!problem) return { tip, betterReply: coaching.betterReply, source: "judge" };
  return { tip: `${tip} (No rewrite shown: the one suggested ${problem}.)`, betterReply: null, source: "judge" };
}
