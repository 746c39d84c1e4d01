import type { Engine } from "../config";
import type { Difficulty } from "../library/common-schema";
import type { RepMove } from "../conversation/moves";
import type { Persona } from "../library/persona-schema";
import type { PersonaState, TurnChange } from "./director";
import type { Transcript } from "../conversation/transcript";

export interface MoveReading {
  moves: RepMove[];
  /** The rep's words behind each move, where known (the customer can quote them back). */
  quotes: Partial<Record<RepMove, string>>;
  /** Set when the engine fell back to rule-based reading (e.g. the model was unavailable). */
  degraded: string | null;
}

export interface PersonaTurnInput {
  sessionId: string;
  persona: Persona;
  difficulty: Difficulty;
  /** The call so far, ending with the rep turn(s) being answered. */
  transcript: Transcript;
  /** The customer's state after the director applied the rep's turn (outcome set if the call ends). */
  state: PersonaState;
  change: TurnChange;
  /** Why the previous attempt at this reply was rejected, for the engine to correct. */
  correction?: string | undefined;
}

/**
 * Plays the customer. The director (shared by every engine) owns mood and endings; an engine
 * reads what the rep did and puts the customer's answer into words.
 */
export interface PersonaEngine {
  readonly engine: Engine;
  /** The model that speaks for the customer, or null offline. */
  readonly model: string | null;
  readMoves(input: { sessionId: string; persona: Persona; transcript: Transcript }): Promise<MoveReading>;
  /** The customer's reply as text deltas. Throws (LlmError) if it cannot be produced. */
  speak(input: PersonaTurnInput): AsyncIterable<string>;
}
