import type { KnowledgeEntry } from "../library/knowledge-schema";
import type { Check, Criterion, Rubric } from "../library/rubric-schema";
import { detectMoves } from "../conversation/detect-moves";
import { splitSentences } from "../conversation/sentences";
import type { Turn } from "../conversation/transcript";
import { deliveryFailures } from "./delivery-checks";
import { checkKnowledge } from "./knowledge-checks";
import { describePattern, findPattern, wordCount } from "./patterns";
import type { CriterionResult, Evidence } from "./types";

export interface CheckFailure {
  cap: number;
  reason: string;
  evidence: Evidence[];
}

/**
 * Runs a criterion's deterministic checks over the rep turns in scope (one turn for `scope: turn`,
 * every rep turn for `scope: conversation`) and returns the ones that failed.
 */
export function runChecks(
  rubric: Rubric,
  criterion: Criterion,
  repTurns: Turn[],
  knowledge: KnowledgeEntry[] = [],
): CheckFailure[] {
  return criterion.checks.flatMap((check) => {
    const cap = check.cap ?? rubric.scale.min;
    return failures(check, criterion.labels, repTurns, knowledge).map((failure) => ({ cap, ...failure }));
  });
}

function failures(
  check: Check,
  labels: Readonly<Record<string, string>>,
  turns: Turn[],
  knowledge: KnowledgeEntry[],
): Omit<CheckFailure, "cap">[] {
  const found: Omit<CheckFailure, "cap">[] = [];
  const cite = (turn: Turn, quote: string | null): Evidence[] => (quote ? [{ turn: turn.index, quote }] : []);
  if (check.must_include && !turns.some((turn) => check.must_include?.some((p) => findPattern(turn.text, p)))) {
    const named = check.must_include.map((p) => describePattern(p, labels).replace(/^says /, ""));
    found.push({ reason: `never says any of: ${[...new Set(named)].join(", ")}`, evidence: [] });
  }
  for (const pattern of check.must_not_include ?? []) {
    for (const turn of turns) {
      const quote = findPattern(turn.text, pattern);
      if (quote) found.push({ reason: describePattern(pattern, labels, turn.text), evidence: cite(turn, quote) });
    }
  }
  if (check.question && !turns.some((turn) => detectMoves(turn.text).some((m) => m.move === "asks_question"))) {
    found.push({ reason: "asks no question", evidence: [] });
  }
  for (const turn of turns) {
    const words = wordCount(turn.text);
    const first = splitSentences(turn.text)[0] ?? turn.text;
    if (check.max_words !== undefined && words > check.max_words) {
      found.push({ reason: `${words} words in one turn (limit ${check.max_words})`, evidence: cite(turn, first) });
    }
    if (check.min_words !== undefined && words < check.min_words) {
      found.push({
        reason: `only ${words} words in one turn (at least ${check.min_words})`,
        evidence: cite(turn, first),
      });
    }
  }
  if (check.delivery) found.push(...deliveryFailures(check.delivery, turns));
  if (check.knowledge) {
    for (const finding of checkKnowledge(knowledge, turns)) {
      if (finding.status !== "broken") continue;
      found.push({
        reason: `breaks "${finding.policy}": ${finding.reason}`,
        evidence: [{ turn: finding.turn, quote: finding.quote }],
      });
    }
  }
  return found;
}

/**
 * Deterministic checks are final: a failed check caps the score whatever the grader said. When
 * the grader could not score and the cap is the bottom of the scale, the check alone decides.
 */
export function applyChecks(rubric: Rubric, result: CriterionResult, failed: CheckFailure[]): CriterionResult {
  if (failed.length === 0) return result;
  const cap = Math.min(...failed.map((failure) => failure.cap));
  const reasons = failed.map((failure) => failure.reason).join("; ");
  const evidence = [...failed.flatMap((failure) => failure.evidence), ...result.evidence];
  const flags = [...new Set([...result.flags, "check_failed" as const])];
  if (result.score === null) {
    if (cap > rubric.scale.min)
      return { ...result, flags, rationale: `Check failed (${reasons}). ${result.rationale}` };
    return {
      ...result,
      score: cap,
      evidence,
      flags: flags.filter((flag) => flag !== "unscored" && flag !== "not_applicable"),
      rationale: `Check failed (${reasons}): scored ${cap}.`,
    };
  }
  if (result.score <= cap)
    return { ...result, evidence, flags, rationale: `Check failed (${reasons}). ${result.rationale}` };
  return {
    ...result,
    score: cap,
    evidence,
    flags,
    rationale: `Check failed (${reasons}): capped at ${cap} (the grader said ${result.score}). ${result.rationale}`,
  };
}
