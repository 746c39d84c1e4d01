import { canPublish, type Principal } from "../auth/principal";
import type { Engine } from "../config";
import { DomainError } from "../errors";
import type { Scorecard } from "../grading/types";
import { type SessionRow, withoutLease } from "../db/session-store";
import type { Difficulty } from "../library/common-schema";
import { languageMismatch, offlineRefusal } from "../library/language";
import type { Persona } from "../library/persona-schema";
import type { Rubric } from "../library/rubric-schema";
import { DEFAULT_VOICE } from "../voice/speaker";
import { initialState } from "./director";
import { coachingScenario } from "./coaching-scenario";
import { scorecardFor } from "./grading-context";
import { liveState } from "./live-state";
import type { PracticeDeps } from "./practice-deps";
import { revealHiddenGoal } from "./reveal";
import type { SessionAccess } from "./session-access";
import { transcriptOf, turnView } from "./turn-view";

export interface StartSessionInput {
  personaId: string;
  rubricId?: string | undefined;
  mode: "coach" | "exam";
  difficulty?: Difficulty | undefined;
  personaVersion?: number | undefined;
  rubricVersion?: number | undefined;
  /** Only trainers and admins start sandbox calls (see canPublish). */
  sandbox?: boolean | undefined;
  /** Set only by the training programme (api/src/programme/): the assignment this call is an attempt at. */
  assignment?: { id: string; certification: boolean } | undefined;
}

/** A call's lifecycle: start, read, list, end with a scorecard, fork from a rep turn. */
export function createSessionService(deps: PracticeDeps, access: SessionAccess) {
  const { library, stores, persona, grader } = deps;
  const scorecard = scorecardFor(deps);

  return {
    engine: (): { engine: Engine; personaModel: string | null; graderModel: string | null } => ({
      engine: persona.engine,
      personaModel: persona.model,
      graderModel: grader.model,
    }),

    async start(principal: Principal, input: StartSessionInput) {
      if (input.sandbox && !canPublish(principal)) {
        throw new DomainError("forbidden", "Only trainers and admins can start sandbox calls.");
      }
      const personaFile = await library.get("persona", input.personaId, input.personaVersion);
      const rubricId = input.rubricId ?? personaFile.value.rubric;
      if (rubricId === undefined) {
        throw new DomainError(
          "rubric_required",
          `Persona "${personaFile.id}" names no default rubric; give a rubricId.`,
        );
      }
      const rubricFile = await library.get("rubric", rubricId, input.rubricVersion);
      checkLanguages(personaFile.value, rubricFile.value, { persona: persona.engine, grader: grader.engine });
      const state = initialState(personaFile.value);
      const row = await stores.sessions.create(
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
          assignmentId: input.assignment?.id ?? null,
          certification: input.assignment?.certification ?? false,
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
      if (!row.sandbox) deps.onStarted?.(row);
      return { session: withoutLease(row), turns: (await stores.turns.turns(row.id)).map(turnView), mood: state.mood };
    },

    async get(principal: Principal, id: string) {
      const row = await access.require(principal, id, "read");
      const turns = await stores.turns.turns(id);
      const state = await access.currentState(row, turns);
      const personaFile = (await library.get("persona", row.personaId, row.personaVersion)).value;
      const [feedback, scorecard] = await Promise.all([stores.results.feedback(id), stores.results.scorecard(id)]);
      const personaVoice = personaFile.voice ?? DEFAULT_VOICE;
      return {
        session: withoutLease(row),
        /** Who the customer is and how they sound (the browser's speech synthesis uses `voice` when Parley has no speech model). */
        persona: {
          id: row.personaId,
          name: personaFile.name,
          voice: { voice: personaVoice.tts, rate: personaVoice.rate },
        },
        turns: turns.map(turnView),
        state,
        /** The customer's live state, for trainers and the sandbox (and the learner's debrief). */
        live: liveState(
          personaFile,
          row.difficulty,
          state,
          turns,
          principal.role !== "learner" || row.status !== "active",
        ),
        feedback,
        scorecard,
      };
    },

    list: (principal: Principal) =>
      stores.sessions.list(
        principal.role === "admin"
          ? { kind: "all" }
          : principal.role === "trainer"
            ? { kind: "team", userId: principal.id, teamId: principal.teamId }
            : { kind: "own", userId: principal.id },
      ),

    async end(principal: Principal, id: string): Promise<Scorecard> {
      const row = await access.require(principal, id, "change");
      const existing = await stores.results.scorecard(id);
      if (existing) return existing;
      if (row.status === "abandoned") {
        throw new DomainError(
          "session_abandoned",
          "This call was abandoned; it has no scorecard. Fork it to try again.",
        );
      }
      await access.checkBudget(principal, grader.engine);
      if (row.status === "active" && stores.locks.isLocked(row)) {
        throw new DomainError("turn_in_progress", "Wait for the customer's answer before ending the call.");
      }
      const turns = await stores.turns.turns(id);
      if (!turns.some((turn) => turn.role === "rep")) {
        throw new DomainError(
          "nothing_to_grade",
          "You have not replied yet, so there is nothing to score; reply to the customer, or abandon the call.",
        );
      }
      const outcome =
        row.status === "active" ? ((await access.currentState(row, turns)).outcome ?? "ended_by_rep") : row.outcome;
      if (row.status === "active") await stores.sessions.end(id, outcome);
      const rubric = await library.get("rubric", row.rubricId, row.rubricVersion);
      const personaFile = (await library.get("persona", row.personaId, row.personaVersion)).value;
      const job = {
        sessionId: id,
        personaId: row.personaId,
        userId: null,
        queueKey: principal.id,
        knowledge: personaFile.knowledge,
        scenario: coachingScenario(personaFile, row.difficulty, turns),
      };
      const card = await scorecard(job, {
        rubric: rubric.value,
        rubricVersion: rubric.version,
        persona: { id: row.personaId, version: row.personaVersion },
        reveal: revealHiddenGoal(personaFile, turns, outcome),
        transcript: transcriptOf(turns),
      });
      await stores.results.saveScorecard(id, card);
      deps.onScored?.(row);
      return (await stores.results.scorecard(id)) ?? card;
    },

    /**
     * Ends an open call without a scorecard: it leaves history, progress, the team view and the
     * turn-rate count. Abandoning an abandoned call is a no-op; an ended (graded) one cannot be.
     */
    async abandon(principal: Principal, id: string): Promise<{ session: Omit<SessionRow, "turnLockOwner"> }> {
      const row = await access.require(principal, id, "change");
      if (row.status === "abandoned") return { session: withoutLease(row) };
      if (row.status === "ended") {
        throw new DomainError("session_ended", "This call has ended and has its scorecard; it cannot be abandoned.");
      }
      if (!(await stores.sessions.abandon(id))) {
        const now = await stores.sessions.get(id);
        if (now?.status === "abandoned") return { session: withoutLease(now) };
        if (now?.status === "ended")
          throw new DomainError("session_ended", "This call has ended; it cannot be abandoned.");
        throw new DomainError("turn_in_progress", "Wait for the customer's answer before abandoning the call.");
      }
      const abandoned = await stores.sessions.get(id);
      if (!abandoned) throw new DomainError("session_not_found", "No such session.");
      return { session: withoutLease(abandoned) };
    },

    async fork(principal: Principal, id: string, fromTurn: number) {
      const row = await access.require(principal, id, "change");
      if (row.certification) {
        throw new DomainError(
          "certification_no_retry",
          "This is a certification attempt: it cannot be retried from a turn. Start a new attempt from the assignment.",
        );
      }
      const target = (await stores.turns.turns(id)).find((turn) => turn.index === fromTurn);
      if (!target || target.role !== "rep") {
        throw new DomainError(
          "invalid_fork_turn",
          `Turn ${fromTurn} is not a rep turn of this session; fork from one of the rep's turns.`,
        );
      }
      const copy = await stores.sessions.fork(row, fromTurn);
      if (!copy.sandbox) deps.onStarted?.(copy);
      const copied = await stores.turns.turns(copy.id);
      return {
        session: withoutLease(copy),
        turns: copied.map(turnView),
        mood: (await access.currentState(copy, copied)).mood,
      };
    },
  };
}

/**
 * Refused before the call starts, never in the middle of it: a persona and rubric in different
 * languages, or a language the offline engine (customer or grader) cannot play or judge.
 */
function checkLanguages(persona: Persona, rubric: Rubric, engines: { persona: Engine; grader: Engine }) {
  const mismatch = languageMismatch(persona, rubric);
  if (mismatch) throw new DomainError("language_mismatch", mismatch);
  const refusal =
    (engines.persona === "offline" ? offlineRefusal(`Persona "${persona.id}"`, persona.language) : null) ??
    (engines.grader === "offline" ? offlineRefusal(`Rubric "${rubric.id}"`, rubric.language) : null);
  if (refusal) throw new DomainError("language_unsupported", refusal);
}

export type SessionService = ReturnType<typeof createSessionService>;
