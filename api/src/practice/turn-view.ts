import type { Transcript } from "../conversation/transcript";
import type { StoredTurn } from "../db/turn-store";
import type { TurnView } from "./turn-events";

/** A stored turn as clients see it. */
export const turnView = (turn: StoredTurn): TurnView => ({
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
export const transcriptOf = (turns: StoredTurn[]): Transcript =>
  turns
    .filter((turn) => turn.text !== "")
    .map(({ index, role, text, at, voice }) => ({
      index,
      role,
      text,
      at,
      ...(voice?.delivery ? { delivery: voice.delivery } : {}),
    }));
