import { useCallback, useEffect, useRef, useState } from "react";
import { ApiRequestError } from "../../../lib/api-error";
import { fetchSpeech, type Speech } from "../api/speech";
import { heardPrefix } from "../utils/heard-prefix";
import { type BrowserVoiceOptions, type PlayingLine, playAudio, speakInBrowser } from "../utils/line-player";
import { splitSentences } from "../utils/sentences";

interface Reply {
  /** "live": streaming or playing; "silenced": the rep interrupted, ignore the rest of this reply. */
  state: "idle" | "live" | "silenced";
  /** The customer turn being spoken, once it is stored (null while it streams). */
  index: number | null;
  source: string;
  consumed: number;
  streamed: boolean;
  lines: string[];
  audio: Promise<Speech | null>[];
  finished: number;
  playing: PlayingLine | null;
  abort: AbortController;
}

const idle = (): Reply => ({ state: "idle", index: null, source: "", consumed: 0, streamed: false, lines: [], audio: [], finished: 0, playing: null, abort: new AbortController() });

/**
 * The customer's voice: the reply is split into sentences while it streams in, each is synthesised
 * (POST /speech, fetched ahead) and played in order, or said by the browser when the server has no
 * speech model. `interrupt()` stops at once and returns the words the rep had heard.
 */
export function useCustomerVoice(sessionId: string, enabled: boolean, voice: BrowserVoiceOptions & { serverSpeech: boolean }) {
  const reply = useRef<Reply>(idle());
  const serverVoice = useRef(true);
  /** The newest customer turn already spoken (or already there when the voice came on). */
  const spokenIndex = useRef<number | null>(null);
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
    const current = reply.current;
    if (current.playing || current.finished >= current.lines.length) {
      if (!current.playing && current.state === "live" && !current.streamed) {
        reply.current = idle();
        setSpeaking(false);
      }
      return;
    }
    const text = current.lines[current.finished] ?? "";
    const audio = await current.audio[current.finished];
    if (reply.current !== current || current.state !== "live" || current.playing) return;
    const line = audio ? playAudio(audio.body, audio.contentType) : speakInBrowser(text, options.current);
    current.playing = line;
    setSpeaking(true);
    await line.done;
    if (reply.current !== current || current.playing !== line) return;
    current.playing = null;
    current.finished += 1;
    void pump();
  }, []);

  const enqueue = useCallback(
    (text: string, final: boolean) => {
      const current = reply.current;
      const split = splitSentences(text.slice(current.consumed), final);
      current.consumed += split.consumed;
      for (const line of split.sentences) {
        current.lines.push(line);
        current.audio.push(synthesise(line, current.abort.signal));
      }
      void pump();
    },
    [pump, synthesise],
  );

  /** Stops playback now; returns what the rep heard of the reply, and whether anything was playing. */
  const interrupt = useCallback((): { heard: string; wasSpeaking: boolean } => {
    const current = reply.current;
    const wasSpeaking = current.state === "live";
    const heard = heardPrefix(current.lines, current.finished, current.playing?.fraction() ?? 0);
    current.abort.abort();
    current.playing?.stop();
    reply.current = { ...idle(), state: current.state === "live" && current.streamed ? "silenced" : "idle" };
    setSpeaking(false);
    return { heard, wasSpeaking };
  }, []);

  /**
   * The reply so far while it streams (`final` false), then the stored customer turn (`final`
   * true, with its index). Turns already in the call when the voice came on are not read out,
   * except the opening line.
   * A fast reply can arrive whole, with no streamed text ever rendered: the stored turn is enough.
   */
  const update = useCallback(
    (text: string, final: boolean, index: number | null = null) => {
      const current = reply.current;
      if (!enabled) return;
      if (final) {
        const known = spokenIndex.current;
        if (index === null) return;
        spokenIndex.current = Math.max(index, known ?? index);
        // New: after the last turn seen; or, as the voice comes on, one that was streaming, or the
        // customer's opening line (a call starts with the customer speaking).
        const fresh = known === null ? current.state !== "idle" || index === 0 : index > known;
        if (!fresh) return;
        if (current.state === "silenced") {
          reply.current = idle();
          return;
        }
        if (current.state === "live" && current.index !== null) {
          // The previous line was still being spoken when this one arrived (a typed turn): it gives way.
          interrupt();
          reply.current = idle();
        }
        // The stored line may differ from the streamed words (a regenerated reply): finish with whichever matches.
        const next = reply.current;
        const base = next.state === "live" && !text.startsWith(next.source.slice(0, next.consumed)) ? next.source : text;
        next.state = "live";
        next.index = index;
        next.source = base;
        next.streamed = false;
        setSpeaking(true);
        enqueue(base, true);
        return;
      }
      if (current.state === "silenced") return;
      if (current.state === "live" && !text.startsWith(current.source.slice(0, current.consumed))) {
        // The server discarded the streamed reply ("reset") and is saying it again.
        interrupt();
        reply.current = idle();
      }
      const live = reply.current;
      live.state = "live";
      live.streamed = true;
      live.source = text;
      setSpeaking(true);
      enqueue(text, false);
    },
    [enabled, enqueue, interrupt],
  );

  useEffect(() => {
    if (enabled) return;
    interrupt();
    spokenIndex.current = null;
  }, [enabled, interrupt]);
  useEffect(() => () => void interrupt(), [interrupt]);

  return { speaking, note, update, interrupt };
}
