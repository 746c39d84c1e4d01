import type { Engine } from "../config";
import type { KnowledgeEntry } from "../library/knowledge-schema";
import type { Criterion, Rubric } from "../library/rubric-schema";
import type { Transcript } from "../conversation/transcript";
import type { CriterionResult, Evidence } from "./types";
import type { UsageMeter } from "./usage";

interface JudgeInput {
  rubric: Rubric;
  /** The criteria to judge in this call (all of one scope). */
  criteria: Criterion[];
  transcript: Transcript;
  /** The scenario's policies, offers and facts, for judging compliance with them. */
  knowledge?: KnowledgeEntry[];
  /** The scenario, when known: the judge sees only exemplars written for it (or for any). */
  personaId?: string | null;
  sessionId: string | null;
  userId?: string | null;
  /** The call goes on after this transcript (per-turn coaching judging the call so far), not a finished call. */
  partial?: boolean;
  /** Which of the rubric's `samples` this is (0-based); part of the cache key. */
  sample: number;
  meter?: UsageMeter | undefined;
}

/** What a turn judge's better reply may draw on, and how long it may be. */
export interface RewriteBrief {
  /** What the rep could know in this scenario besides what the customer said. */
  facts: string[];
  maxWords: number;
}

export interface JudgeTurnInput extends JudgeInput {
  /** The rep turn being judged; `transcript` ends with it. */
  turnIndex: number;
  rewrite?: RewriteBrief;
}

export interface TurnCoaching {
  tip: string;
  /** Empty when the judge found nothing better to say (the turn is at the top). */
  betterReply: string;
}

export interface Judgement {
  criteria: CriterionResult[];
  /** Learner sentences the grader saw as attempts to instruct it. */
  instructionAttempts: Evidence[];
}

export interface TurnJudgement extends Judgement {
  /** A tip and a better reply for this moment, when the engine writes its own (else the rubric's). */
  coaching: TurnCoaching | null;
}

/**
 * Scores criteria. Engines only judge; checks, sampling, caching, evidence verification,
 * aggregation and pass/fail are shared (`grade-transcript.ts`), so a score means the same thing
 * whichever engine produced it.
 */
export interface Grader {
  readonly engine: Engine;
  readonly model: string | null;
  /** Judges `scope: turn` criteria on one rep turn, with the call so far as context. */
  judgeTurn(input: JudgeTurnInput): Promise<TurnJudgement>;
  /** Judges `scope: conversation` criteria over the whole call. */
  judgeCall(input: JudgeInput): Promise<Judgement>;
  /**
   * The exact request a judgement of this input would send (the prompt text), for the judgement
   * cache's key: an edited prompt must never be served a judgement made with the old one.
   */
  requestFingerprint?(
    kind: "turn" | "call",
    input: JudgeInput & { turnIndex?: number; rewrite?: RewriteBrief | undefined },
  ): string;
}

export type JudgeCallInput = JudgeInput;
