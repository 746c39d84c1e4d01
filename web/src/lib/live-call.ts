import type { TurnFeedback } from "../../../api/src/grading/types";
import type { TurnEvent } from "./turn-stream";

export type { TurnFeedback };

export interface CallTurn {
  index: number;
  role: "customer" | "rep";
  text: string;
  /** A rep turn shown before the server has stored it. */
  pending?: boolean;
}

export interface LiveCallState {
  turns: CallTurn[];
  /** The customer's reply while it streams in; null when nobody is speaking. */
  streaming: string | null;
  mood: number | null;
  moodDelta: number | null;
  /** The rep moves the customer heard in the last turn. */
  lastMoves: string[];
  ended: boolean;
  outcome: string | null;
  /** Coach-mode feedback by the index of the rep turn it is about. */
  feedback: Record<number, TurnFeedback>;
  /** Who answered the last turn (engine and model), from the persona event. */
  answeredBy: { engine: string; model: string | null } | null;
  degraded: string | null;
  busy: boolean;
  error: { code: string; message: string; retryable: boolean } | null;
  /** The customer's last line as it was before a barge-in cut it, until the server stores the rep's turn. */
  uncut: CallTurn | null;
}

export type LiveCallAction =
  | {
      type: "load";
      turns: CallTurn[];
      mood: number;
      ended: boolean;
      outcome: string | null;
      feedback: TurnFeedback[];
    }
  /**
   * A rep turn goes out. A spoken one has no words until its `transcript` event; `heard` (barge-in)
   * cuts the customer's last line to what was played before the rep spoke over it.
   */
  | { type: "send"; text: string; heard?: string }
  | { type: "event"; event: TurnEvent }
  /** The turn failed or was refused; `quiet` when it is sent again at once (so no error is shown). */
  | { type: "failed"; code: string; message: string; quiet?: boolean }
  | { type: "settled" };

export const emptyCall: LiveCallState = {
  turns: [],
  streaming: null,
  mood: null,
  moodDelta: null,
  lastMoves: [],
  ended: false,
  outcome: null,
  feedback: {},
  answeredBy: null,
  degraded: null,
  busy: false,
  error: null,
  uncut: null,
};

const withoutPending = (turns: CallTurn[]) => turns.filter((turn) => !turn.pending);

/** The turns with a cut customer line put back as it was (the server did not store the turn that cut it). */
const restored = (state: LiveCallState) => {
  const turns = withoutPending(state.turns);
  const { uncut } = state;
  return uncut ? turns.map((turn) => (turn.index === uncut.index ? uncut : turn)) : turns;
};

const upsert = (turns: CallTurn[], turn: CallTurn) =>
  [...withoutPending(turns).filter((t) => t.index !== turn.index), turn].sort((a, b) => a.index - b.index);

/** The practice room's state, driven by the server-sent events of each turn. Pure, so it is unit-tested. */
export function liveCallReducer(state: LiveCallState, action: LiveCallAction): LiveCallState {
  switch (action.type) {
    case "load":
      return {
        ...emptyCall,
        turns: action.turns,
        mood: action.mood,
        ended: action.ended,
        outcome: action.outcome,
        feedback: Object.fromEntries(action.feedback.map((item) => [item.turn, item])),
      };
    case "send": {
      const next = (state.turns.at(-1)?.index ?? -1) + 1;
      const turns = withoutPending(state.turns);
      const last = turns.at(-1);
      const cut = action.heard !== undefined && last?.role === "customer" ? last : null;
      return {
        ...state,
        busy: true,
        error: null,
        moodDelta: null,
        uncut: cut,
        turns: [
          ...(cut && action.heard !== undefined ? cutLastCustomerTurn(turns, action.heard) : turns),
          { index: next, role: "rep", text: action.text, pending: true },
        ],
      };
    }
    case "failed":
      return {
        ...state,
        busy: false,
        streaming: null,
        turns: restored(state),
        uncut: null,
        ended: state.ended || action.code === "session_ended",
        error: action.quiet
          ? state.error
          : { code: action.code, message: action.message, retryable: action.code !== "session_ended" },
      };
    case "settled":
      return { ...state, busy: false, streaming: null, turns: restored(state), uncut: null };
    case "event":
      return applyEvent(state, action.event);
  }
}

function cutLastCustomerTurn(turns: CallTurn[], heard: string): CallTurn[] {
  const last = turns.at(-1);
  if (last?.role !== "customer") return turns;
  // As the server stores it: the words heard, without their closing punctuation, then a dash.
  return [...turns.slice(0, -1), { ...last, text: `${heard.replace(/[\s,;:.!?…-]+$/u, "")}—` }];
}

function applyEvent(state: LiveCallState, event: TurnEvent): LiveCallState {
  switch (event.type) {
    case "transcript":
      // The rep's spoken words as recognised, before the stored turn (the `rep` event) arrives.
      return { ...state, turns: state.turns.map((turn) => (turn.pending ? { ...turn, text: event.text } : turn)) };
    case "rep":
      return {
        ...state,
        turns: upsert(state.turns, { index: event.turn.index, role: "rep", text: event.turn.text }),
        streaming: "",
        uncut: null,
      };
    case "delta":
      return { ...state, streaming: (state.streaming ?? "") + event.text };
    case "persona":
      return {
        ...state,
        turns: upsert(state.turns, { index: event.turn.index, role: "customer", text: event.turn.text }),
        streaming: null,
        mood: event.mood,
        moodDelta: event.moodDelta,
        lastMoves: event.moves,
        ended: event.ended,
        outcome: event.outcome,
        answeredBy: { engine: event.engine, model: event.model },
        degraded: event.degraded,
      };
    case "feedback":
      return { ...state, feedback: { ...state.feedback, [event.feedback.turn]: event.feedback } };
    case "error":
      return {
        ...state,
        streaming: null,
        error: { code: event.code, message: event.message, retryable: event.retryable },
      };
    default:
      // "reset": the reply broke character and is being said again, so drop what streamed so far.
      // (Matched by name so the app also builds against an API without that event.)
      if ((event as { type: string }).type === "reset") return { ...state, streaming: "" };
      // An event this version of the app does not know changes nothing.
      return state;
  }
}
