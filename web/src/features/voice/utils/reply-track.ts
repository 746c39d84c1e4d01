import { splitSentences } from "./sentences";

/**
 * Which words of the customer's replies are to be said, as each reply streams in and is then
 * stored. Pure: the customer-voice hook keeps the track and plays the sentences each step returns.
 */
export interface ReplyTrack {
  /** "live": streaming or being spoken; "silenced": the rep cut in, the rest of this reply is not said. */
  phase: "idle" | "live" | "silenced";
  /** The stored customer turn being spoken (null while it streams). */
  index: number | null;
  source: string;
  /** How much of `source` has become sentences. */
  consumed: number;
  streaming: boolean;
  /** The newest customer turn seen since the voice came on (null: none yet). */
  known: number | null;
}

export interface TrackStep {
  track: ReplyTrack;
  /** Stop what is playing and drop its queue before saying `sentences`. */
  restart: boolean;
  sentences: string[];
}

export const initialTrack: ReplyTrack = {
  phase: "idle",
  index: null,
  source: "",
  consumed: 0,
  streaming: false,
  known: null,
};

const fresh = (known: number | null): ReplyTrack => ({ ...initialTrack, known });

/** The reply so far, while it streams. */
export function streamed(track: ReplyTrack, text: string): TrackStep {
  if (track.phase === "silenced") return { track, restart: false, sentences: [] };
  // An older line still being spoken gives way; so does streamed text the server took back ("reset").
  const restart =
    track.phase === "live" && (!track.streaming || !text.startsWith(track.source.slice(0, track.consumed)));
  const base = restart || track.phase === "idle" ? fresh(track.known) : track;
  const split = splitSentences(text.slice(base.consumed), false);
  return {
    track: { ...base, phase: "live", streaming: true, source: text, consumed: base.consumed + split.consumed },
    restart,
    sentences: split.sentences,
  };
}

/**
 * A customer turn as stored. New if it came after the last one seen; or, as the voice comes on,
 * if it was streaming or is the opening line (a call starts with the customer speaking).
 */
export function stored(track: ReplyTrack, text: string, index: number): TrackStep {
  const known = Math.max(index, track.known ?? index);
  const isNew = track.known === null ? track.phase !== "idle" || index === 0 : index > track.known;
  if (!isNew) return { track: { ...track, known }, restart: false, sentences: [] };
  if (track.phase === "silenced") return { track: fresh(known), restart: false, sentences: [] };
  const restart = track.phase === "live" && !track.streaming;
  const base = track.phase === "live" && track.streaming ? { ...track, known } : fresh(known);
  // The stored line may differ from the streamed words (a regenerated reply): finish whichever was begun.
  const source = text.startsWith(base.source.slice(0, base.consumed)) ? text : base.source;
  const split = splitSentences(source.slice(base.consumed), true);
  return {
    track: { ...base, phase: "live", index, streaming: false, source, consumed: source.length },
    restart,
    sentences: split.sentences,
  };
}

/**
 * The reply stopped streaming but was never stored (the turn failed): the call does not hold it,
 * so what is playing stops and nothing more of it is said.
 */
export function dropped(track: ReplyTrack): TrackStep {
  if (!track.streaming && track.phase !== "silenced") return { track, restart: false, sentences: [] };
  return { track: fresh(track.known), restart: track.phase === "live", sentences: [] };
}

/** The rep cut in: nothing more of this reply is said. */
export const interrupted = (track: ReplyTrack): ReplyTrack => ({
  ...fresh(track.known),
  phase: track.phase === "live" && track.streaming ? "silenced" : "idle",
});

/** Every sentence has been said; done unless more is still streaming in. */
export const playedAll = (track: ReplyTrack): ReplyTrack =>
  track.phase === "live" && !track.streaming ? fresh(track.known) : track;
