import type { Engine } from "../config";
import type { LibraryStore } from "../db/library-store";
import { canChange, canPublish, canRead, type Principal } from "../auth/principal";
import type { SessionRow, SessionStore, StoredTurn } from "../db/session-store";
import { DomainError, notFound } from "../errors";
import { turnImpact } from "../grading/coaching";
import { type GradingContext, gradeRepTurn, type JudgementCache } from "../grading/grade-transcript";
import type { Grader } from "../grading/grader";
import { scoreTranscript } from "../grading/score-transcript";
import type { Scorecard, TurnFeedback } from "../grading/types";
import { createUsageMeter } from "../grading/usage";
import type { Difficulty } from "../library/common-schema";
import type { Rubric } from "../library/rubric-schema";
import { LlmError } from "../llm/errors";
import { checkCanTranscribe, type SpokenTurnRequest, takeSpokenTurn } from "../voice/spoken-turn";
import type { Recording } from "../voice/audio/inspect-audio";
import { cutAtHeard } from "../voice/barge-in";
import { speakLine } from "../voice/speak-line";
import { DEFAULT_VOICE } from "../voice/speaker";
import { transcribeOnly } from "../voice/transcribe-only";
import { turnAudio } from "../voice/turn-audio";
import { type VoiceService, voiceStatus } from "../voice/voice-service";
import { wordCount } from "../grading/patterns";
import { advance, initialState, type PersonaState } from "./director";
import type { PersonaEngine } from "./persona-engine";
import { type ReplyQuality, speakInCharacter } from "./speak-in-character";
import type { Limits } from "./limits";
import { liveState } from "./live-state";
import { revealHiddenGoal } from "./reveal";
import { latestRepText, type Transcript } from "../conversation/transcript";
import type { TurnEvent, TurnView } from "./turn-events";

export interface PracticeDeps {
  library: LibraryStore;
  sessions: SessionStore;
  persona: PersonaEngine;
  grader: Grader;
  judgements: JudgementCache | null;
  limits: Limits;
  /** Voice mode (spoken turns, turn audio); without it, spoken turns are refused. */
  voice?: VoiceService | null;
}

export interface StartSessionInput {
  personaId: string;
  rubricId?: string | undefined;
  mode: "coach" | "exam";
  difficulty?: Difficulty | undefined;
  personaVersion?: number | undefined;
  rubricVersion?: number | undefined;
  /** Only trainers and admins start sandbox calls (see canPublish). */
  sandbox?: boolean | undefined;
}

const view = (turn: StoredTurn): TurnView => ({
  index: turn.index,
  role: turn.role,
  text: turn.text,
  at: turn.at,
  engine: turn.engine,
  model: turn.model,
  ...(turn.voice
    ? { voice: { durationMs: turn.voice.recording.durationMs, delivery: turn.voice.delivery, error: turn.voice.error } }
    : {}),
  ...(turn.quality?.interruption ? { interrupted: true as const } : {}),
});

/** What the persona and the grader see: every turn with words (a recording that was never transcribed has none). */
const transcriptOf = (turns: StoredTurn[]): Transcript =>
  turns
    .filter((turn) => turn.text !== "")
    .map(({ index, role, text, at, voice }) => ({ index, role, text, at, ...(voice?.delivery ? { delivery: voice.delivery } : {}) }));

/** The session lifecycle: start, take a turn, end with a scorecard, fork. Holds no state of its own. */
export function createPracticeService({ library, sessions, persona, grader, judgements, limits, voice = null }: PracticeDeps) {
  const gradingContext = (sessionId: string | null, personaId: string | null, userId: string | null = null): GradingContext => ({
    grader,
    cache: judgements,
    sessionId,
    userId,
    personaId,
    meter: createUsageMeter(),
  });

  /** The session, if this principal may see it (and change it, when asked); others' calls are 404s. */
  function requireSession(principal: Principal, id: string, need: "read" | "change"): SessionRow {
    const row = sessions.get(id);
    const owner = sessions.owner(id);
    if (!row || !owner || !canRead(principal, owner)) throw notFound("session", id);
    if (need === "change" && !canChange(principal, owner)) {
      throw new DomainError("forbidden", "Only the person practising this call can change it.");
    }
    return row;
  }

  /** Model calls cost tokens; the offline engine does not, so budgets apply only to the model engine. */
  const checkBudget = (principal: Principal, engine: Engine) => {
    if (engine === "model") limits.checkTokenBudget(principal);
  };

  function currentState(row: SessionRow, turns: StoredTurn[]): PersonaState {
    const last = [...turns].reverse().find((turn) => turn.role === "customer" && turn.state);
    return last?.state ?? initialState(library.get("persona", row.personaId, row.personaVersion).value);
  }

  return {
    engine: (): { engine: Engine; personaModel: string | null; graderModel: string | null } => ({
      engine: persona.engine,
      personaModel: persona.model,
      graderModel: grader.model,
    }),

    start(principal: Principal, input: StartSessionInput) {
      if (input.sandbox && !canPublish(principal)) {
        throw new DomainError("forbidden", "Only trainers and admins can start sandbox calls.");
      }
      const personaFile = library.get("persona", input.personaId, input.personaVersion);
      const rubricId = input.rubricId ?? personaFile.value.rubric;
      if (rubricId === undefined) {
        throw new DomainError("rubric_required", `Persona "${personaFile.id}" names no default rubric; give a rubricId.`);
      }
      const rubricFile = library.get("rubric", rubricId, input.rubricVersion);
      const state = initialState(personaFile.value);
      const row = sessions.create(
        {
          userId: principal.id,
          personaId: personaFile.id,
          personaVersion: personaFile.version,
          rubricId: rubricFile.id,
          rubricVersion: rubricFile.version,
          mode: input.mode,
          difficulty: input.difficulty ?? personaFile.value.difficulty,
          engine: persona.engine,
          sandbox: input.sandbox ?? false,
        },
        [
          {
            role: "customer",
            text: personaFile.value.opening,
            at: Date.now(),
            engine: "script",
            model: null,
            state,
            change: null,
            quality: null,
          },
        ],
      );
      return { session: row, turns: sessions.turns(row.id).map(view), mood: state.mood };
    },

    get(principal: Principal, id: string) {
      const row = requireSession(principal, id, "read");
      const turns = sessions.turns(id);
      const state = currentState(row, turns);
      const personaFile = library.get("persona", row.personaId, row.personaVersion).value;
      const personaVoice = personaFile.voice ?? DEFAULT_VOICE;
      return {
        session: row,
        /** Who the customer is and how they sound (the browser's speech synthesis uses `voice` when Parley has no speech model). */
        persona: { id: row.personaId, name: personaFile.name, voice: { voice: personaVoice.tts, rate: personaVoice.rate } },
        turns: turns.map(view),
        state,
        /** The customer's live state, for trainers and the sandbox (and the learner's debrief). */
        live: liveState(personaFile, row.difficulty, state, turns),
        feedback: sessions.feedback(id),
        scorecard: sessions.scorecard(id),
      };
    },

    list: (principal: Principal) =>
      sessions.list(
        principal.role === "admin"
          ? { kind: "all" }
          : principal.role === "trainer"
            ? { kind: "team", userId: principal.id, teamId: principal.teamId }
            : { kind: "own", userId: principal.id },
      ),

    /**
     * Stores the rep's turn, then returns the events of the customer's answer. Everything a client
     * can get wrong is checked before the turn is stored; nothing after that throws.
     */
    takeTurn(principal: Principal, id: string, text: string, heard: string | null = null): AsyncIterable<TurnEvent> {
      const row = claimTurn(principal, id);
      let repTurn: StoredTurn;
      try {
        keepWhatWasHeard(id, heard);
        repTurn = sessions.appendTurn(id, {
          role: "rep",
          text,
          at: Date.now(),
          engine: null,
          model: null,
          state: null,
          change: null,
          quality: null,
        });
      } catch (error) {
        sessions.unlock(id);
        throw error;
      }
      return answer(row, repTurn);
    },

    /** Before an upload is read: the caller may change this call (else 404/403, like any turn). */
    checkCanChange(principal: Principal, id: string) {
      requireSession(principal, id, "change");
    },

    /** Voice mode as configured: who transcribes, who speaks, the recording limits. */
    voice: () => (voice ? voiceStatus(voice) : null),

    /**
     * A spoken turn: checked, then the recording and an empty rep turn are stored before any model
     * call; it is transcribed and continues like a typed turn (see voice/spoken-turn.ts).
     */
    async takeSpokenTurn(principal: Principal, id: string, request: SpokenTurnRequest): Promise<AsyncIterable<TurnEvent>> {
      if (!voice) throw new DomainError("voice_unavailable", "Voice mode is not set up on this server; send { text } instead.");
      checkCanTranscribe(voice, request);
      const row = claimTurn(principal, id);
      try {
        keepWhatWasHeard(id, request.heard ?? null);
        return await takeSpokenTurn({ voice, sessions }, id, request, (repTurn) => answer(row, repTurn));
      } catch (error) {
        sessions.unlock(id);
        throw error;
      }
    },

    /** A turn's sound: the rep's recording, or the customer's line from the speech model. */
    async turnAudio(principal: Principal, id: string, index: number) {
      const row = requireSession(principal, id, "read");
      if (!voice) throw new DomainError("voice_unavailable", "Voice mode is not set up on this server.");
      const turn = sessions.turns(id).find((candidate) => candidate.index === index);
      const personaVoice = library.get("persona", row.personaId, row.personaVersion).value.voice;
      return turnAudio(voice, id, turn, index, personaVoice);
    },

    /** The words of a recording, for the rep to check before sending them; nothing is stored. */
    async transcribe(principal: Principal, id: string, recording: Recording) {
      const row = requireSession(principal, id, "change");
      if (!voice) throw new DomainError("voice_unavailable", "Voice mode is not set up on this server; type the turn instead.");
      if (row.status === "ended") throw new DomainError("session_ended", "This call has ended; fork it to try again.");
      limits.checkAudioRate(principal);
      checkBudget(principal, voice.transcriber.engine);
      return transcribeOnly(voice, recording, id);
    },

    /** One sentence of the customer's reply in the persona's voice, streamed while the rest is still being written. */
    async speech(principal: Principal, id: string, text: string) {
      const row = requireSession(principal, id, "change");
      if (!voice) throw new DomainError("tts_unavailable", "Voice mode is not set up on this server: use the browser's own speech synthesis.");
      limits.checkAudioRate(principal);
      if (voice.speaker.engine === "model") checkBudget(principal, "model");
      const personaVoice = library.get("persona", row.personaId, row.personaVersion).value.voice;
      return speakLine(voice.speaker, text, personaVoice, id);
    },

    async end(principal: Principal, id: string): Promise<Scorecard> {
      const row = requireSession(principal, id, "change");
      const existing = sessions.scorecard(id);
      if (existing) return existing;
      checkBudget(principal, grader.engine);
      if (row.status === "active" && sessions.isLocked(row)) {
        throw new DomainError("turn_in_progress", "Wait for the customer's answer before ending the call.");
      }
      const turns = sessions.turns(id);
      const outcome = row.status === "active" ? (currentState(row, turns).outcome ?? "ended_by_rep") : row.outcome;
      if (row.status === "active") sessions.end(id, outcome);
      const rubric = library.get("rubric", row.rubricId, row.rubricVersion);
      const personaFile = library.get("persona", row.personaId, row.personaVersion).value;
      const card = await scoreTranscript(gradingContext(id, row.personaId), {
        rubric: rubric.value,
        rubricVersion: rubric.version,
        persona: { id: row.personaId, version: row.personaVersion },
        reveal: revealHiddenGoal(personaFile, turns, outcome),
        transcript: transcriptOf(turns),
      });
      sessions.saveScorecard(id, card);
      return sessions.scorecard(id) ?? card;
    },

    fork(principal: Principal, id: string, fromTurn: number) {
      const row = requireSession(principal, id, "change");
      const turns = sessions.turns(id);
      const target = turns.find((turn) => turn.index === fromTurn);
      if (!target || target.role !== "rep") {
        throw new DomainError("invalid_fork_turn", `Turn ${fromTurn} is not a rep turn of this session; fork from one of the rep's turns.`,
        );
      }
      const copy = sessions.fork(row, fromTurn);
      return { session: copy, turns: sessions.turns(copy.id).map(view) };
    },

    /** Grades a transcript with no session (evals, the rubric sandbox). */
    gradeTranscript(principal: Principal, rubric: Rubric, rubricVersion: number, transcript: Transcript) {
      checkBudget(principal, grader.engine);
      return scoreTranscript(gradingContext(null, null, principal.id), { rubric, rubricVersion, persona: null, reveal: null, transcript });
    },

    /** The transcript and rubric of a stored session, for regrading it. */
    sessionForGrading(principal: Principal, id: string) {
      const row = requireSession(principal, id, "read");
      return { rubricId: row.rubricId, rubricVersion: row.rubricVersion, transcript: transcriptOf(sessions.turns(id)) };
    },
  };

  /**
   * Barge-in: the customer's latest turn becomes the words the rep heard before cutting in, and the
   * reply as written is kept beside it. Runs under the turn lock, before the rep's turn is stored;
   * a `heard` that does not begin that reply is a 400 and changes nothing.
   */
  function keepWhatWasHeard(id: string, heard: string | null) {
    if (heard === null) return;
    const latest = sessions.turns(id).at(-1);
    // The rep can only cut in on the customer's reply to their last turn; when that reply failed,
    // the last turn is the rep's and an earlier, answered line must stay as it was.
    if (latest?.role !== "customer") {
      throw new DomainError("invalid_heard", "The customer's last reply was not stored (it failed), so there is nothing to cut; send the turn without heard.");
    }
    const cut = cutAtHeard(latest.quality?.interruption?.fullText ?? latest.text, heard);
    if (!cut) return;
    const quality = latest.quality ?? { attempts: 0, rejected: [], repaired: false };
    sessions.cutTurn(id, latest.index, { text: cut.text, quality: { ...quality, interruption: cut.interruption } });
  }

  /** Checks a rep may take a turn now and takes the session's turn lock; returns the session. */
  function claimTurn(principal: Principal, id: string): SessionRow {
    const row = requireSession(principal, id, "change");
    limits.checkTurnRate(principal);
    checkBudget(principal, persona.engine);
    const ended = () => new DomainError("session_ended", "This call has ended; fork it to try again.");
    if (row.status === "ended") throw ended();
    if (!sessions.lock(id)) {
      if (sessions.get(id)?.status === "ended") throw ended();
      throw new DomainError("turn_in_progress", "The customer is still answering the previous turn.");
    }
    return row;
  }

  async function* answer(row: SessionRow, repTurn: StoredTurn): AsyncIterable<TurnEvent> {
    try {
      yield { type: "rep", turn: view(repTurn) };
      const personaFile = library.get("persona", row.personaId, row.personaVersion).value;
      const turns = sessions.turns(row.id);
      const transcript = transcriptOf(turns);
      const before = currentState(row, turns);
      const reading = await persona.readMoves({ sessionId: row.id, persona: personaFile, transcript });
      const repText = latestRepText(transcript);
      const { state, change } = advance(personaFile, row.difficulty, before, { ...reading, words: wordCount(repText), turn: repTurn.index });

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

      const customerTurn = sessions.appendTurn(row.id, {
        role: "customer",
        text: spoken.text,
        at: Date.now(),
        engine: persona.engine,
        model: persona.model,
        state,
        change,
        quality: spoken.quality,
      });
      if (state.outcome) sessions.end(row.id, state.outcome);
      yield {
        type: "persona",
        turn: view(customerTurn),
        mood: state.mood,
        moodDelta: change.moodDelta,
        patienceLeft: change.patienceLeft,
        interruptedAfterWords: change.heardWords,
        moves: change.moves,
        ended: state.outcome !== null,
        outcome: state.outcome,
        engine: persona.engine,
        model: persona.model,
        degraded: reading.degraded,
        regenerated: spoken.quality.rejected.length,
      };

      if (row.mode === "coach") {
        const rubric = library.get("rubric", row.rubricId, row.rubricVersion).value;
        const full = [...transcript, { index: customerTurn.index, role: "customer" as const, text: customerTurn.text }];
        const context = gradingContext(row.id, row.personaId);
        const graded = await gradeRepTurn(context, rubric, full, repTurn.index);
        const feedback: TurnFeedback = {
          turn: repTurn.index,
          criteria: graded.criteria,
          ...turnImpact(rubric, graded.criteria),
          tip: graded.coaching.tip,
          betterReply: graded.coaching.betterReply,
          instructionAttempts: graded.instructionAttempts,
          engine: grader.engine,
          model: grader.model,
          usage: context.meter.usage,
        };
        sessions.saveFeedback(row.id, feedback);
        yield { type: "feedback", feedback };
      }
    } finally {
      sessions.unlock(row.id);
    }
  }
}

export type PracticeService = ReturnType<typeof createPracticeService>;
