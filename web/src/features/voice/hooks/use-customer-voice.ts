import { useCallback, useEffect, useRef, useState } from "react";
import { ApiRequestError } from "../../../lib/api-error";
import { fetchSpeech, type Speech } from "../api/speech";
import { type BrowserVoiceOptions, type PlayingLine, playAudio, speakInBrowser } from "../utils/line-player";
import { heardSoFar, type LineProgress, lineFinished, noProgress } from "../utils/line-progress";
import {
  dropped,
  initialTrack,
  interrupted,
  playedAll,
  type ReplyTrack,
  stored,
  streamed,
  type TrackStep,
} from "../utils/reply-track";

/** The sentences of the reply being said: their audio (fetched ahead) and how far playback has got. */
interface Queue {
  lines: string[];
  audio: Promise<Speech | null>[];
  progress: LineProgress;
  playing: PlayingLine | null;
  abort: AbortController;
}

const emptyQueue = (): Queue => ({
  lines: [],
  audio: [],
  progress: noProgress,
  playing: null,
  abort: new AbortController(),
});

/**
 * The customer's voice: each reply's sentences (utils/reply-track.ts) are synthesised
 * (POST /speech, fetched ahead) and played in order, or said by the browser when the server has
 * no speech model. `interrupt()` stops at once and returns the words the rep had heard.
 */
export function useCustomerVoice(
  sessionId: string,
  enabled: boolean,
  voice: BrowserVoiceOptions & { serverSpeech: boolean },
) {
  const track = useRef<ReplyTrack>(initialTrack);
  const queue = useRef<Queue>(emptyQueue());
  const serverVoice = useRef(true);
  const [speaking, setSpeaking] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const options = useRef(voice);
  options.current = voice;

  const synthesise = useCallback(
    (text: string, signal: AbortSignal): Promise<Speech | null> => {
      if (!serverVoice.current || !options.current.serverSpeech) return Promise.resolve(null);
      return fetchSpeech(sessionId, text, signal).catch((error: unknown) => {
        if (error instanceof ApiRequestError && (error.status === 501 || error.status === 404)) {
          serverVoice.current = false;
        } else if (!signal.aborted) {
          setNote("The customer's voice could not be synthesised; your browser's voice is used instead.");
        }
        return null;
      });
    },
    [sessionId],
  );

  const pump = useCallback(async () => {
    const current = queue.current;
    if (current.playing) return;
    const next = current.progress.done;
    if (next >= current.lines.length) {
      track.current = playedAll(track.current);
      if (track.current.phase === "idle") setSpeaking(false);
      return;
    }
    const text = current.lines[next] ?? "";
    const audio = await current.audio[next];
    if (queue.current !== current || current.playing) return;
    const line = audio ? playAudio(audio.body, audio.contentType) : speakInBrowser(text, options.current);
    current.playing = line;
    const outcome = await line.done;
    if (queue.current !== current || current.playing !== line) return;
    current.playing = null;
    current.progress = lineFinished(current.progress, outcome);
    void pump();
  }, []);

  const stopQueue = useCallback(() => {
    const current = queue.current;
    current.abort.abort();
    current.playing?.stop();
    queue.current = emptyQueue();
  }, []);

  const apply = useCallback(
    (step: TrackStep) => {
      track.current = step.track;
      if (step.restart) stopQueue();
      const current = queue.current;
      for (const line of step.sentences) {
        current.lines.push(line);
        current.audio.push(synthesise(line, current.abort.signal));
      }
      if (step.track.phase === "live") setSpeaking(true);
      void pump();
    },
    [pump, stopQueue, synthesise],
  );

  /** Stops playback now; returns what the rep heard of the reply, and whether it was being said. */
  const interrupt = useCallback((): { heard: string; wasSpeaking: boolean } => {
    const current = queue.current;
    const wasSpeaking = track.current.phase === "live";
    const heard = heardSoFar(current.lines, current.progress, current.playing?.fraction() ?? 0);
    stopQueue();
    track.current = interrupted(track.current);
    setSpeaking(false);
    return { heard, wasSpeaking };
  }, [stopQueue]);

  /**
   * The reply while it streams (`text`), then, once nothing streams, the call's last customer turn
   * (`line`; null when the last turn is the rep's). A reply that stopped without being stored is dropped.
   */
  const update = useCallback(
    (text: string | null, line: { text: string; index: number } | null) => {
      if (!enabled) return;
      if (text !== null) return apply(streamed(track.current, text));
      if (line) apply(stored(track.current, line.text, line.index));
      apply(dropped(track.current));
    },
    [enabled, apply],
  );

  useEffect(() => {
    if (enabled) return;
    interrupt();
    track.current = initialTrack;
  }, [enabled, interrupt]);
  useEffect(() => () => void interrupt(), [interrupt]);

  return { speaking, note, update, interrupt };
}
