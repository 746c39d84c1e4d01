import { withoutInstructionAttempts } from "../grading/instruction-attempts";
import { describePattern, findPattern, wordCount } from "../grading/patterns";
import type { Evidence } from "../grading/types";
import type { Criterion } from "../library/rubric-schema";
import { boundedMemo } from "../conversation/bounded-memo";
import type { Turn } from "../conversation/transcript";
import { readTurn, type TurnReading } from "../conversation/read-turn";
import { keyInContext } from "../conversation/answer-readings";
import { splitSentences } from "../conversation/sentences";
import { asksAboutTheirSituation } from "./signal-levels";

/** What one rep turn shows for one criterion's `signals`: the offline grader's raw material. */
export interface Hit {
  signal: string;
  /** What found it: the move, `question`, or the rubric's pattern as written (for `needs` and `reaches`). */
  source: string;
  evidence: Evidence;
}

export interface Hits {
  good: Hit[];
  bad: Hit[];
  /** Pushy or scripted rather than rude (`signals.mild`): one step, however many. */
  mild?: Hit[];
  /** What the anchors name as a lower level (`signals.holds`): the score stays at or below it. */
  held?: Hit[];
  /** Why a turn in scope does not read as speech; its good signals then count for nothing. */
  unnatural?: string | undefined;
  /** Bad hits that `bad.allow` does not forgive (made before the rep listened). */
  unforgiven?: number;
  /** Every move the turns in scope carry (none for an unnatural turn): what a level may need besides good signals. */
  moves: Set<string>;
  /** The rep's words in scope (none for an unnatural turn): what a `/pattern/` in `needs` is looked for in. */
  words: string[];
  /** A statement giving back the customer's own words about their situation (`reflects`, reflections.ts). */
  reflected?: Hit;
  /** The finished call ends with the customer still asking to end their service (`left_open`). */
  leftOpen?: boolean;
}

/**
 * A call is judged again on every prefix (per-turn coaching asks whether the call so far breaks a
 * must-pass criterion), so each turn's hits are kept per criterion: without this, grading a long
 * call grew with the square of its length (598 turns: 21 s). Bounded, since the texts are learners'.
 */
const hitsCache = new WeakMap<Criterion, (said: TurnInCall) => Hits>();
/** `customerSaid`: the customer's line the turn answers, read with it (answer-readings.ts). */
export function hitsOf(criterion: Criterion, turn: Turn, customerSaid?: string): Hits {
  let perTurn = hitsCache.get(criterion);
  if (!perTurn) {
    perTurn = boundedMemo(
      2_000,
      (said: TurnInCall) => findHits(criterion, said.turn, said.customerSaid),
      (said) => `${said.turn.index}\u0000${keyInContext(said.turn.text, said.customerSaid)}`,
    );
    hitsCache.set(criterion, perTurn);
  }
  return perTurn({ turn, customerSaid });
}

interface TurnInCall {
  turn: Turn;
  customerSaid: string | undefined;
}

function findHits(criterion: Criterion, turn: Turn, customerSaid: string | undefined): Hits {
  const { good, bad, mild } = criterion.signals;
  const { text, reading } = preparedOf(turn.text, customerSaid);
  // Bad moves count even in a list of words; good ones do not (see goodHits below).
  const moves = reading.listed;
  const cite = (quote: string) => ({ turn: turn.index, quote });
  const phraseHits = (phrases: string[], within = text) =>
    phrases.flatMap((phrase) => {
      const quote = findPattern(within, phrase);
      return quote === null
        ? []
        : [{ signal: describePattern(phrase, criterion.labels, text), source: phrase, evidence: cite(quote) }];
    });
  const moveHits = (wanted: string[]) =>
    moves
      .filter((found) => wanted.includes(found.move))
      .map((found) => ({ signal: found.move, source: found.move, evidence: cite(found.quote) }));

  // A list of rubric words is not a reply: it earns nothing for what it lists (issue 14).
  // `good.in_statements`: a question that names the situation asks about it; it does not say it.
  const statements = reading.sentences.filter((sentence) => sentence.question === null).map((s) => s.text);
  const goodWithin = good.in_statements ? statements.join(" ") : text;
  const goodHits = reading.unnatural ? [] : [...phraseHits(good.phrases, goodWithin), ...moveHits(good.moves)];
  if (good.question && !reading.unnatural) {
    // Only a question about their situation: not a "why?", a pitch, a check, an account question.
    const question = reading.sentences.find(asksAboutTheirSituation);
    if (question && !goodHits.some((hit) => hit.signal === "asks_question"))
      goodHits.push({ signal: "asks a question", source: "question", evidence: cite(question.text) });
  }
  // Where `allow` tolerates a slip, it counts deeds: a phrase names the deed a move already found
  // in that sentence ("are you sure you want to cancel?" is the phrase and the move), so one slip
  // is not counted twice. Different moves in a sentence are different deeds. Without a tolerance,
  // every signal costs in full: a blame that names the equipment stays at the bottom.
  const badMoves = moveHits(bad.moves);
  const badPhrases = phraseHits(bad.phrases);
  // Where `allow` tolerates slips it counts deeds: an offer in the very sentence of a pitch is that
  // pitch, not a second, good deed ("How about a month free, and a speed upgrade?").
  const deeds = new Set(badMoves.map((hit) => hit.evidence.quote));
  const goodDeeds =
    bad.allow > 0 ? goodHits.filter((hit) => !(hit.signal === hit.source && deeds.has(hit.evidence.quote))) : goodHits;
  const badHits =
    bad.allow > 0
      ? [
          ...badMoves,
          ...uniqueByQuote(badPhrases).filter(
            (hit) => !badMoves.some((move) => move.evidence.quote === hit.evidence.quote),
          ),
        ]
      : [...badPhrases, ...badMoves];
  const mildHits = uniqueBySignal([...phraseHits(mild.phrases), ...moveHits(mild.moves)]);
  const holds = criterion.signals.holds;
  const heldHits = holds ? uniqueBySignal([...phraseHits(holds.phrases), ...moveHits(holds.moves)]) : [];
  const words = wordCount(text);
  const limit = criterion.signals.max_words;
  if (limit !== undefined && words > limit) {
    badHits.push({
      signal: `${words} words (limit ${limit})`,
      source: "max_words",
      evidence: cite(splitSentences(text)[0] ?? text),
    });
  }
  return {
    good: goodDeeds,
    bad: badHits,
    mild: mildHits,
    held: heldHits,
    unnatural: reading.unnatural ?? undefined,
    moves: new Set(reading.unnatural ? [] : reading.moves.map((found) => found.move)),
    words: reading.unnatural ? [] : [text],
  };
}

// Every criterion of a turn looks at the same moves; reading them once per text saves most of the
// offline grader's time (BENCHMARKS.md). Bounded, since the texts are learners' words.
export interface PreparedTurn {
  /** The turn without sentences that try to instruct the grader. */
  text: string;
  reading: TurnReading;
}
const prepared = boundedMemo(
  500,
  ({ said, customerSaid }: { said: string; customerSaid: string | undefined }): PreparedTurn => {
    const text = withoutInstructionAttempts(said);
    return { text, reading: readTurn(text, { customerSaid }) };
  },
  ({ said, customerSaid }) => keyInContext(said, customerSaid),
);
/** A rep turn as the grader reads it; with the customer's line it answers, what it does in answer to it. */
export function preparedOf(said: string, customerSaid?: string): PreparedTurn {
  return prepared({ said, customerSaid });
}

export function uniqueBySignal(hits: Hit[]): Hit[] {
  const seen = new Set<string>();
  return hits.filter((hit) => !seen.has(hit.signal) && seen.add(hit.signal));
}

function uniqueByQuote(hits: Hit[]): Hit[] {
  const seen = new Set<string>();
  return hits.filter((hit) => !seen.has(hit.evidence.quote) && seen.add(hit.evidence.quote));
}
