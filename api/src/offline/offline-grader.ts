import { nearestAnchor } from "../grading/anchors";
import type { Grader } from "../grading/grader";
import type { CriterionResult, Evidence } from "../grading/types";
import type { Criterion, Rubric } from "../library/rubric-schema";
import { repTurns, type Transcript, type Turn } from "../practice/transcript";
import { detectMoves, splitSentences } from "./detect-moves";

interface Hit {
  signal: string;
  evidence: Evidence;
}

interface TurnHits {
  good: Hit[];
  bad: Hit[];
}

/** Scores every criterion from the rubric's `signals`: phrases, moves, questions, length. */
export function createOfflineGrader(): Grader {
  return {
    engine: "offline",
    model: null,
    async gradeCall({ rubric, transcript }) {
      return rubric.criteria.map((criterion) => gradeCriterion(rubric, criterion, repTurns(transcript)));
    },
    async gradeTurn({ rubric, transcript, turnIndex }) {
      const turn = transcript.find((candidate) => candidate.index === turnIndex && candidate.role === "rep");
      if (!turn) return [];
      return rubric.criteria
        .filter((criterion) => criterion.scope === "turn")
        .map((criterion) => scoreHits(rubric, criterion, findHits(criterion, turn), "this turn"));
    },
  };
}

function gradeCriterion(rubric: Rubric, criterion: Criterion, turns: Turn[]): CriterionResult {
  if (turns.length === 0) {
    return { id: criterion.id, score: null, evidence: [], rationale: "The rep did not speak.", flags: ["unscored"] };
  }
  if (criterion.scope === "conversation") {
    const all = turns.map((turn) => findHits(criterion, turn));
    const good = uniqueBySignal(all.flatMap((hits) => hits.good));
    const bad = all.flatMap((hits) => hits.bad);
    return { ...scoreHits(rubric, criterion, { good, bad }, "the call"), focusTurn: bad[0]?.evidence.turn ?? null };
  }
  const perTurn = turns.map((turn) => scoreHits(rubric, criterion, findHits(criterion, turn), "this turn"));
  const scores = perTurn.map((result) => result.score ?? rubric.scale.min);
  const score = round1(aggregate(criterion.aggregate, scores));
  const evidence = perTurn.flatMap((result) => result.evidence).slice(0, 6);
  const anchor = nearestAnchor(criterion, score);
  const worst = perTurn.reduce((low, result, i) => ((result.score ?? 0) < (perTurn[low]?.score ?? 0) ? i : low), 0);
  return {
    id: criterion.id,
    score,
    evidence,
    rationale: `${criterion.aggregate} over ${turns.length} rep turns (${scores.join(", ")}); nearest anchor ${anchor.level}: ${anchor.text}`,
    flags: evidence.length === 0 ? ["no_evidence"] : [],
    focusTurn: turns[worst]?.index ?? null,
  };
}

function scoreHits(rubric: Rubric, criterion: Criterion, hits: TurnHits, where: string): CriterionResult {
  const { min, max } = rubric.scale;
  const baseline = criterion.signals.baseline ?? min + 1;
  const penalised = Math.max(0, hits.bad.length - criterion.signals.bad.allow);
  const score = Math.min(max, Math.max(min, baseline + hits.good.length - 2 * penalised));
  const anchor = nearestAnchor(criterion, score);
  const found = [
    hits.good.length > 0 ? `good: ${hits.good.map((hit) => hit.signal).join(", ")}` : "",
    hits.bad.length > 0 ? `bad: ${hits.bad.map((hit) => hit.signal).join(", ")}` : "",
  ].filter(Boolean);
  const evidence = uniqueEvidence([...hits.bad, ...hits.good].map((hit) => hit.evidence));
  return {
    id: criterion.id,
    score,
    evidence,
    rationale: `Anchor ${anchor.level}: ${anchor.text} (${found.length > 0 ? found.join("; ") : `no signals in ${where}`})`,
    flags: evidence.length === 0 ? ["no_evidence"] : [],
  };
}

function findHits(criterion: Criterion, turn: Turn): TurnHits {
  const { good, bad } = criterion.signals;
  const moves = detectMoves(turn.text);
  const cite = (quote: string) => ({ turn: turn.index, quote });
  const phraseHits = (phrases: string[], kind: string) =>
    phrases.flatMap((phrase) => {
      const quote = sentenceContaining(turn.text, phrase);
      return quote === null ? [] : [{ signal: `${kind} "${phrase}"`, evidence: cite(quote) }];
    });
  const moveHits = (wanted: string[]) =>
    moves.filter((found) => wanted.includes(found.move)).map((found) => ({ signal: found.move, evidence: cite(found.quote) }));

  const goodHits = [...phraseHits(good.phrases, "says"), ...moveHits(good.moves)];
  if (good.question) {
    const question = moves.find((found) => found.move === "asks_question");
    if (question && !goodHits.some((hit) => hit.signal === "asks_question"))
      goodHits.push({ signal: "asks a question", evidence: cite(question.quote) });
  }
  const badHits = [...phraseHits(bad.phrases, "says"), ...moveHits(bad.moves)];
  const words = turn.text.split(/\s+/).filter(Boolean).length;
  const limit = criterion.signals.max_words;
  if (limit !== undefined && words > limit) {
    badHits.push({ signal: `${words} words (limit ${limit})`, evidence: cite(splitSentences(turn.text)[0] ?? turn.text) });
  }
  return { good: goodHits, bad: badHits };
}

const normalise = (value: string) => value.toLowerCase().replace(/[\u2018\u2019]/g, "'");

/** The sentence of `text` that contains `phrase` (case-insensitive), as written. */
export function sentenceContaining(text: string, phrase: string): string | null {
  const needle = normalise(phrase);
  const sentence = splitSentences(text).find((candidate) => normalise(candidate).includes(needle));
  if (sentence) return sentence;
  const at = normalise(text).indexOf(needle);
  return at === -1 ? null : text.slice(at, at + phrase.length);
}

function uniqueEvidence(items: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.turn}:${item.quote}`;
    return !seen.has(key) && seen.add(key);
  });
}

function uniqueBySignal(hits: Hit[]): Hit[] {
  const seen = new Set<string>();
  return hits.filter((hit) => !seen.has(hit.signal) && seen.add(hit.signal));
}

function aggregate(how: Criterion["aggregate"], scores: number[]): number {
  if (how === "max") return Math.max(...scores);
  if (how === "min") return Math.min(...scores);
  return scores.reduce((sum, score) => sum + score, 0) / scores.length;
}

const round1 = (value: number) => Math.round(value * 10) / 10;
