import { anchorRationale } from "../grading/anchors";
import type { Grader } from "../grading/grader";
import type { CriterionResult, Evidence } from "../grading/types";
import type { Criterion, Rubric } from "../library/rubric-schema";
import { repTurns, type Turn } from "../conversation/transcript";
import { endsAskingToEnd, lineAnsweredBy } from "../conversation/call-answers";
import { splitSentences } from "../conversation/sentences";
import type { RepMove } from "../conversation/moves";
import { levelled, readsReflections } from "./signal-levels";
import { reflectionIn } from "./reflections";
import { hitsOf, preparedOf, uniqueBySignal, type Hit, type Hits } from "./turn-hits";
import { withoutSettledTiming } from "./settled-timing";

/**
 * Scores criteria from the rubric's `signals`: phrases, moves, questions, length. Sentences that
 * try to instruct the grader are removed before scoring, so they can never raise a score.
 */
export function createOfflineGrader(): Grader {
  return {
    engine: "offline",
    model: null,
    async judgeTurn({ rubric, criteria, transcript, turnIndex }) {
      const turn = transcript.find((candidate) => candidate.index === turnIndex && candidate.role === "rep");
      const criteriaResults = criteria.map((criterion) =>
        turn ? judgeReply(rubric, criterion, turn, transcript) : unscored(criterion),
      );
      return { criteria: criteriaResults, instructionAttempts: [], coaching: null };
    },
    async judgeCall({ rubric, criteria, transcript, partial }) {
      // A finished call that ends with the customer still asking to end their service (`left_open`).
      const endsOpen = !partial && endsAskingToEnd(transcript);
      const turns = repTurns(transcript);
      const criteriaResults = criteria.map((criterion) => {
        if (turns.length === 0) return unscored(criterion);
        const all = turns.map((turn) => callHitsOf(criterion, turn, turns, transcript));
        const good = uniqueBySignal(all.flatMap((hits) => hits.good));
        const bad = all.flatMap((hits) => hits.bad);
        const mild = uniqueBySignal(all.flatMap((hits) => hits.mild ?? []));
        const held = uniqueBySignal(all.flatMap((hits) => hits.held ?? []));
        const unnatural = all.find((hits) => hits.unnatural)?.unnatural;
        const moves = new Set(all.flatMap((hits) => [...hits.moves]));
        const words = all.flatMap((hits) => hits.words);
        // A tolerated slip (`bad.allow`) is one made once the rep has listened; before that, a
        // pitch or a "why?" is obstruction however politely it is put, and fails the criterion (issue 14).
        const listenedAt = turns.find((turn) =>
          preparedOf(turn.text).reading.moves.some((found) => LISTENING.has(found.move)),
        )?.index;
        const unforgiven = bad.filter(
          (hit) => PRESSING.has(hit.signal) && (listenedAt === undefined || hit.evidence.turn < listenedAt),
        ).length;
        const reflected = readsReflections(criterion) ? reflectionOf(turns, transcript) : undefined;
        const leftOpen = endsOpen && criterion.signals.left_open !== undefined;
        const hits = { good, bad, mild, held, unnatural, unforgiven, moves, words, reflected, leftOpen };
        return {
          ...scoreHits(rubric, criterion, hits, "the call"),
          focusTurn: bad[0]?.evidence.turn ?? null,
        };
      });
      return { criteria: criteriaResults, instructionAttempts: [] };
    },
  };
}

/** One rep turn; a turn with nothing for a `silent_turns: skip` criterion is left out, not scored. */
function judgeReply(rubric: Rubric, criterion: Criterion, turn: Turn, transcript: readonly Turn[]): CriterionResult {
  const repTurnsSoFar = repTurns([...transcript]);
  const reflected = readsReflections(criterion) ? reflectionOf([turn], transcript) : undefined;
  const found = callHitsOf(criterion, turn, repTurnsSoFar, transcript);
  const own = reflected ? { ...found, reflected } : found;
  const said = own.good.length + own.bad.length + (own.mild?.length ?? 0) + (own.held?.length ?? 0);
  const silent = said === 0 && !own.unnatural;
  if (silent && criterion.signals.silent_turns === "skip") return notNeeded(criterion);
  const judged = scoreHits(
    rubric,
    criterion,
    withCarried(criterion, turn, own, repTurnsSoFar, transcript),
    "this turn",
    turn,
  );
  return checkOfEarlierTurn(rubric, criterion, turn, own, judged, repTurnsSoFar, transcript) ?? judged;
}

/**
 * A turn that only checks the customer followed ("Does that make sense?") completes the rep's turn
 * before it: anchors that ask for "the reason …, then a check it made sense" are met across the two
 * turns as in one. Judged with the turn before, when that scores it higher; a check that completes
 * nothing, where a check alone earns nothing, is not needed here; otherwise null.
 */
function checkOfEarlierTurn(
  rubric: Rubric,
  criterion: Criterion,
  turn: Turn,
  own: Hits,
  judged: CriterionResult,
  repTurnsSoFar: Turn[],
  transcript: readonly Turn[],
): CriterionResult | null {
  const onlyChecks = own.good.length > 0 && own.good.every((hit) => hit.source === "checks_understanding");
  if (!onlyChecks || own.bad.length + (own.mild?.length ?? 0) > 0 || own.unnatural) return null;
  // A check that completes nothing, where a check alone earns nothing ("Does that work for you?"
  // after a rebooking, on explaining the rule), is not needed here rather than a turn that explained nothing.
  const baseline = criterion.signals.baseline ?? rubric.scale.min + 1;
  const idle =
    criterion.signals.silent_turns === "skip" && judged.score !== null && judged.score <= baseline
      ? notNeeded(criterion)
      : null;
  const before = repTurnsSoFar.filter((candidate) => candidate.index < turn.index).at(-1);
  if (!before) return idle;
  const earlier = callHitsOf(criterion, before, repTurnsSoFar, transcript);
  if (earlier.good.length === 0 || earlier.bad.length + (earlier.mild?.length ?? 0) > 0) return idle;
  const both: Hits = {
    ...own,
    good: uniqueBySignal([...earlier.good, ...own.good]),
    held: [...(earlier.held ?? []), ...(own.held ?? [])],
    moves: new Set([...earlier.moves, ...own.moves]),
    words: [...earlier.words, ...own.words],
  };
  const together = scoreHits(rubric, criterion, both, "this turn", turn);
  if (together.score === null || judged.score === null || together.score <= judged.score) return idle;
  return { ...together, rationale: `With turn ${before.index} before it: ${together.rationale}` };
}

/**
 * `signals.carries`: a tone the rep set in an earlier turn holds in a later turn that keeps to it
 * (no bad, mild or unnatural signal of its own), so a warm call's plain turns stay warm; the first
 * good signal found earlier counts once, named as carried. A turn that breaks the tone, or presses
 * (a pitch, a "why?") before the rep has listened, gets nothing.
 */
function withCarried(
  criterion: Criterion,
  turn: Turn,
  own: Hits,
  repTurnsSoFar: Turn[],
  transcript: readonly Turn[],
): Hits {
  if (!criterion.signals.carries || own.good.length > 0) return own;
  if (own.bad.length + (own.mild?.length ?? 0) > 0 || own.unnatural) return own;
  const earlier = repTurnsSoFar.filter((candidate) => candidate.index < turn.index);
  // Pressing a customer nobody has listened to yet (a pitch, a "why?") is not on their side.
  const listened = [...earlier, turn].some((candidate) =>
    preparedOf(candidate.text).reading.moves.some((found) => LISTENING.has(found.move)),
  );
  if (!listened && preparedOf(turn.text).reading.moves.some((found) => PRESSING.has(found.move))) return own;
  const set = earlier
    .map((candidate) => callHitsOf(criterion, candidate, repTurnsSoFar, transcript))
    .find((hits) => hits.good.length > 0 && hits.bad.length + (hits.mild?.length ?? 0) === 0);
  const first = set?.good[0];
  if (!first) return own;
  // The quote is this reply's own words: a turn's evidence must come from the turn it scores.
  const quote = (splitSentences(preparedOf(turn.text).text)[0] ?? "").trim();
  const evidence = quote === "" ? first.evidence : { turn: turn.index, quote };
  return {
    ...own,
    good: [{ ...first, evidence, signal: `kept the tone of turn ${first.evidence.turn} (${first.signal})` }],
  };
}

/**
 * A turn's hits read in the call: in answer to the customer's line it answers ("I'll start that now"
 * to "I want to cancel", call-answers.ts), and a delay that is only the timing of a deed already done is none
 * (settled-timing.ts).
 */
function callHitsOf(
  criterion: Criterion,
  turn: Turn,
  repTurnsInCall: readonly Turn[],
  transcript: readonly Turn[],
): Hits {
  const earlier = repTurnsInCall.filter((candidate) => candidate.index < turn.index);
  return withoutSettledTiming(hitsOf(criterion, turn, lineAnsweredBy(transcript, turn.index)), turn, earlier);
}

function notNeeded(criterion: Criterion): CriterionResult {
  return {
    id: criterion.id,
    score: null,
    evidence: [],
    rationale: "Not needed here: nothing in this reply called for it or went against it.",
    flags: ["not_applicable"],
  };
}

function unscored(criterion: Criterion): CriterionResult {
  return { id: criterion.id, score: null, evidence: [], rationale: "The rep did not speak.", flags: ["unscored"] };
}

/**
 * `reply`: the one rep turn judged (turn scope). A criterion scored on what a reply avoids (tone:
 * no blaming, no "calm down") finds no signal in a clean reply, so every polite call came back
 * "no quote backs this score"; its evidence is then the reply itself, since the score is about
 * those very words.
 */
function scoreHits(rubric: Rubric, criterion: Criterion, hits: Hits, where: string, reply?: Turn): CriterionResult {
  const { min, max } = rubric.scale;
  const baseline = criterion.signals.baseline ?? min + 1;
  const unforgiven = Math.min(hits.unforgiven ?? 0, hits.bad.length);
  // Where a criterion tolerates a pitch or a "why?" (it lists them as bad moves), `allow` forgives
  // only those: a refusal or a delay, however politely put, is never the tolerated slip.
  const tolerates = criterion.signals.bad.moves.some((move) => PRESSING.has(move));
  const forgivable = tolerates ? hits.bad.filter((hit) => PRESSING.has(hit.signal)).length : hits.bad.length;
  const penalised = hits.bad.length - Math.min(forgivable, criterion.signals.bad.allow);
  // A slip the criterion would tolerate, made before the rep listened, holds it below its baseline
  // whatever follows ("pitches once before listening" is friction, not a block); one it forgives
  // still keeps it off the top level (the top anchors describe a call without it).
  const cap = unforgiven > 0 && criterion.signals.bad.allow > 0 ? baseline - 1 : hits.bad.length > 0 ? max - 1 : max;
  const mild = hits.mild ?? [];
  // Courteous words do not make up for a pushy deed: with a mild signal, the good ones earn nothing.
  // Nor does the deed the customer asked for make up for pressing them past what the criterion
  // tolerates: a cancellation confirmed after two pitches is anchor 2's "only after insisting".
  const pressedPast = tolerates && criterion.signals.bad.allow > 0 && forgivable > criterion.signals.bad.allow;
  const credit = mild.length > 0 ? -1 : pressedPast ? 0 : hits.good.length;
  // A list of words is not a reply: it earns nothing, not even the benefit of the doubt a
  // criterion scored on what a reply avoids gives a clean turn (issue 14).
  const start = hits.unnatural ? min : baseline;
  const levels =
    mild.length > 0
      ? { floor: start + credit, ceiling: max }
      : levelled(
          criterion,
          {
            moves: hits.moves,
            sources: hits.good.map((hit) => hit.source),
            words: hits.words,
            reflects: hits.reflected !== undefined,
            leftOpen: hits.leftOpen === true,
          },
          start + credit,
        );
  // Surplus good signals may absorb a bad one, as they always have; an unmet need caps what is left,
  // and so does a signal the anchors name as a lower level (`holds`: "a vague promise" is 2).
  const held = hits.held ?? [];
  const holdsAt = held.length > 0 && criterion.signals.holds ? criterion.signals.holds.level : max;
  // Pressed past, the deed still done ("cancels only after the customer has had to insist") is above
  // the floor that describes it never being done.
  const lowest = pressedPast && hits.good.length > 0 ? min + 1 : min;
  const score = Math.min(max, cap, holdsAt, levels.ceiling, Math.max(lowest, levels.floor - 2 * penalised));
  const found = [
    hits.good.length > 0 ? `good: ${hits.good.map((hit) => hit.signal).join(", ")}` : "",
    hits.bad.length > 0 ? `bad: ${hits.bad.map((hit) => hit.signal).join(", ")}` : "",
    mild.length > 0 ? `pushy or scripted: ${mild.map((hit) => hit.signal).join(", ")}` : "",
    held.length > 0 ? `at most ${holdsAt}: ${held.map((hit) => hit.signal).join(", ")}` : "",
    hits.reflected ? hits.reflected.signal : "",
    hits.leftOpen && score <= (criterion.signals.left_open?.level ?? min)
      ? "the call ended with the customer still asking"
      : "",
  ].filter(Boolean);
  // Lead with the words that decided the score: what went well for a score at or above baseline.
  const ordered =
    score >= baseline
      ? [...hits.good, ...(hits.reflected ? [hits.reflected] : []), ...held, ...hits.bad, ...mild]
      : [...hits.bad, ...mild, ...held, ...hits.good];
  const evidence = uniqueEvidence(ordered.map((hit) => hit.evidence));
  // Scored on what a reply avoids: warning signs to watch for, and a clean reply starts in the
  // upper half of the scale (tone: baseline 4 of 5). Other criteria are scored on what a reply does.
  const { bad: warn, mild: pushy } = criterion.signals;
  const watchesFor = warn.phrases.length + warn.moves.length + pushy.phrases.length + pushy.moves.length;
  const avoidance = watchesFor > 0 && baseline >= (min + max) / 2;
  if (evidence.length === 0 && reply && avoidance && hits.bad.length + mild.length === 0 && score >= baseline) {
    const quote = (splitSentences(preparedOf(reply.text).text)[0] ?? "").trim();
    if (quote !== "") evidence.push({ turn: reply.index, quote });
    found.push(`none of the ${watchesFor} warning signs in this reply`);
  }
  // A reply with nothing for or against the criterion is not what the anchor at its starting point
  // describes ("ignores the complaint" for a question about impact): say so instead.
  const nothing = reply && found.length === 0 && !hits.unnatural;
  return {
    id: criterion.id,
    score,
    evidence,
    rationale: nothing
      ? `Nothing in this reply to judge it on, for or against, so it stays at its starting point (${score}).`
      : `${anchorRationale(criterion, score)} (${found.length > 0 ? found.join("; ") : `no signals in ${where}`})${hits.unnatural ? `; a reply reads as ${hits.unnatural}, so its moves earn nothing` : ""}`,
    flags: [
      ...(evidence.length === 0 ? ["no_evidence" as const] : []),
      ...(hits.unnatural ? ["unnatural" as const] : []),
    ],
  };
}

/** The first of `turns` that gives back the customer's own words about their situation, as a hit. */
function reflectionOf(turns: Turn[], transcript: readonly Turn[]): Hit | undefined {
  for (const turn of turns) {
    const quote = reflectionIn(turn, transcript);
    if (quote !== null)
      return { signal: "gives back what they said", source: "reflects", evidence: { turn: turn.index, quote } };
  }
  return undefined;
}

const LISTENING = new Set<RepMove>(["asks_about_impact", "acknowledges_impact"]);
/** Pressing a customer who has said what they want: a pitch, or asking why. */
const PRESSING = new Set<string>(["interrogates_reason", "retention_pitch", "superiority_pitch"]);
function uniqueEvidence(items: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.turn}:${item.quote}`;
    return !seen.has(key) && seen.add(key);
  });
}
