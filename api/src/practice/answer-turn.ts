import { latestRepText } from "../conversation/transcript";
import { closingQuestionLeftOpen } from "../conversation/unanswered-questions";
import type { SessionRow } from "../db/session-store";
import type { StoredTurn } from "../db/turn-store";
import { turnImpact } from "../grading/coaching";
import { gradeRepTurn } from "../grading/grade-transcript";
import { wordCount } from "../grading/patterns";
import type { TurnFeedback } from "../grading/types";
import type { Rubric } from "../library/rubric-schema";
import { LlmError } from "../llm/errors";
import { coachingScenario } from "./coaching-scenario";
import { advance, callEnds } from "./director";
import { gradingContextFor } from "./grading-context";
import type { PracticeDeps } from "./practice-deps";
import type { SessionAccess } from "./session-access";
import { type ReplyQuality, speakInCharacter } from "./speak-in-character";
import type { TurnEvent } from "./turn-events";
import { transcriptOf, turnView } from "./turn-view";

/**
 * The customer's answer to a stored rep turn: read the rep's moves, move the mood, speak in
 * character, store the reply, and in coach mode grade the rep's turn. A model failure becomes an
 * `error` event (the rep's turn stays stored); it never throws. The caller holds the turn lock.
 */
export function createAnswerTurn(deps: PracticeDeps, access: SessionAccess) {
  const { library, stores, persona, grader } = deps;
  const gradingContext = gradingContextFor(deps);

  return async function* answerTurn(row: SessionRow, repTurn: StoredTurn): AsyncIterable<TurnEvent> {
    yield { type: "rep", turn: turnView(repTurn) };
    const personaFile = (await library.get("persona", row.personaId, row.personaVersion)).value;
    const turns = await stores.turns.turns(row.id);
    const transcript = transcriptOf(turns);
    const before = await access.currentState(row, turns);
    const reading = await persona.readMoves({ sessionId: row.id, persona: personaFile, transcript });
    const repText = latestRepText(transcript);
    const { state, change } = advance(personaFile, row.difficulty, before, {
      ...reading,
      words: wordCount(repText),
      turn: repTurn.index,
      // Only the close is checked for it: earlier, an unanswered question is the customer's to press.
      leftOpen: before.outcome === null ? null : closingQuestionLeftOpen(transcript),
    });

    let spoken: { text: string; quality: ReplyQuality };
    try {
      spoken = yield* speakInCharacter(persona, {
        sessionId: row.id,
        persona: personaFile,
        difficulty: row.difficulty,
        transcript,
        state,
        change,
      });
    } catch (error) {
      const failure = error instanceof LlmError ? error : new LlmError("unavailable", String(error), { cause: error });
      yield {
        type: "error",
        code: `model_${failure.code}`,
        message: `The customer could not answer (${failure.message}). Your turn is saved; send another turn to continue.`,
        retryable: true,
      };
      return;
    }

    const customerTurn = await stores.turns.appendTurn(row.id, {
      role: "customer",
      text: spoken.text,
      at: Date.now(),
      engine: persona.engine,
      model: persona.model,
      state,
      change,
      quality: spoken.quality,
    });
    const ended = callEnds(state, change);
    if (ended && state.outcome) await stores.sessions.end(row.id, state.outcome);
    yield {
      type: "persona",
      turn: turnView(customerTurn),
      mood: state.mood,
      moodDelta: change.moodDelta,
      patienceLeft: change.patienceLeft,
      interruptedAfterWords: change.heardWords,
      moves: change.moves,
      ended,
      outcome: state.outcome,
      closing: state.outcome !== null && !ended,
      engine: persona.engine,
      model: persona.model,
      degraded: reading.degraded,
      regenerated: spoken.quality.rejected.length,
    };

    if (row.mode === "coach") {
      const rubric = (await library.get("rubric", row.rubricId, row.rubricVersion)).value;
      const full = [...transcript, { index: customerTurn.index, role: "customer" as const, text: customerTurn.text }];
      const scenario = coachingScenario(personaFile, row.difficulty, [...turns, customerTurn]);
      // The offline grader re-judges earlier turns itself; a model judge's are read back, not re-asked.
      const metEarlier = grader.engine === "model" ? await metOnEarlierTurns(stores, row.id, rubric) : undefined;
      const context = gradingContext(row.id, row.personaId, {
        knowledge: personaFile.knowledge,
        scenario,
        ...(metEarlier ? { metEarlier } : {}),
      });
      const graded = await gradeRepTurn(context, rubric, full, repTurn.index);
      const feedback: TurnFeedback = {
        turn: repTurn.index,
        criteria: graded.criteria,
        ...turnImpact(rubric, graded.criteria, graded.mustPassBroken),
        tip: graded.coaching.tip,
        betterReply: graded.coaching.betterReply,
        instructionAttempts: graded.instructionAttempts,
        engine: grader.engine,
        model: grader.model,
        usage: context.meter.usage,
      };
      await stores.results.saveFeedback(row.id, feedback);
      yield { type: "feedback", feedback };
    }
  };
}

/** The criteria an earlier turn's stored feedback scored at or above the pass mark. */
async function metOnEarlierTurns(
  stores: PracticeDeps["stores"],
  sessionId: string,
  rubric: Rubric,
): Promise<Set<string>> {
  const earlier = await stores.results.feedback(sessionId);
  return new Set(
    earlier.flatMap((item) =>
      item.criteria
        .filter((result) => result.score !== null && result.score >= rubric.pass.overall)
        .map((result) => result.id),
    ),
  );
}
