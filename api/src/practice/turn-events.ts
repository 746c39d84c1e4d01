import type { Engine } from "../config";
import type { TurnFeedback } from "../grading/types";
import type { RepMove } from "../conversation/moves";
import type { TurnDelivery } from "../conversation/delivery-schema";

export interface TurnView {
  index: number;
  role: "customer" | "rep";
  text: string;
  at: number;
  engine: string | null;
  model: string | null;
  /**
   * Spoken rep turns: the recording (GET /api/sessions/:id/turns/:index/audio) and how it was said.
   * `error` says why a recording has no words (its text is then empty).
   */
  voice?: { durationMs: number | null; delivery: TurnDelivery | null; error: { code: string; message: string } | null };
  /** Customer turns the rep talked over: `text` is only what was heard before they cut in, ending "—". */
  interrupted?: true;
}

/** What `POST /api/sessions/:id/turns` streams, one server-sent event each, in this order. */
export type TurnEvent =
  /** Spoken turns only, first: the rep's words as recognised (or as the rep corrected them: engine null). */
  | {
      type: "transcript";
      index: number;
      text: string;
      engine: "offline" | "model" | null;
      model: string | null;
      latencyMs: number | null;
      delivery: TurnDelivery | null;
    }
  | { type: "rep"; turn: TurnView }
  | { type: "delta"; text: string }
  /** Discard the deltas so far: that reply broke character and is being said again. */
  | { type: "reset"; reason: string; attempt: number }
  | {
      type: "persona";
      turn: TurnView;
      mood: number;
      moodDelta: number;
      patienceLeft: number;
      /** The customer talked over the rep after this many words. */
      interruptedAfterWords: number | null;
      moves: RepMove[];
      ended: boolean;
      /** The outcome the call has reached (it ends with `ended`, or after the rep's close when `closing`). */
      outcome: string | null;
      /** The customer has said their closing line: the rep's next turn closes the call. */
      closing: boolean;
      engine: Engine;
      model: string | null;
      /** Why the engine fell back to a weaker path for this turn, if it did. */
      degraded: string | null;
      /** Replies rejected for breaking character before this one was kept. */
      regenerated: number;
    }
  | { type: "feedback"; feedback: TurnFeedback }
  | { type: "error"; code: string; message: string; retryable: boolean };
