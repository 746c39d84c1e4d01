import { useCallback, useEffect, useRef, useState } from "react";
import { ApiRequestError, errorMessage } from "../../../lib/api-error";
import type { SpokenTurn } from "../../../lib/use-live-call";
import { transcribe } from "../api/transcribe";
import { initialVad, vadStep } from "../utils/vad";
import { type Recording, useMicrophone } from "./use-microphone";
import type { VoiceSettings } from "./use-voice-settings";

export type VoicePhase =
  | { name: "ready" }
  | { name: "hearing" }
  /** The recording is done; the customer's reply is still arriving, so it goes when that ends. */
  | { name: "waiting" }
  | { name: "transcribing" }
  | { name: "reviewing"; recording: Recording; recognised: string }
  | { name: "sending" };

export interface VoiceProblem {
  code: string;
  message: string;
}

interface Customer {
  interrupt(): { heard: string; wasSpeaking: boolean };
  speaking: boolean;
}

interface VoiceTurnsInput {
  sessionId: string;
  settings: VoiceSettings;
  /** The server can take spoken turns (it has voice and a recogniser); if not, nothing is recorded. */
  accepting: boolean;
  /** A turn is being answered. */
  busy: boolean;
  /** The customer's reply is streaming in. */
  streaming: boolean;
  ended: boolean;
  customer: Customer;
  /** Resolves to the error code when the turn was refused, else null. */
  sendSpoken: (turn: SpokenTurn) => Promise<string | null>;
}

const SHORTEST_TURN_MS = 300;

/**
 * The rep's side of voice mode: the microphone, when to record (held button, or voice activity
 * detection hands-free), barge-in, review of the transcript, and sending the spoken turn.
 */
export function useVoiceTurns({
  sessionId,
  settings,
  accepting,
  busy,
  streaming,
  ended,
  customer,
  sendSpoken,
}: VoiceTurnsInput) {
  const [phase, setPhase] = useState<VoicePhase>({ name: "ready" });
  const [problem, setProblem] = useState<VoiceProblem | null>(null);
  const [calibrating, setCalibrating] = useState(true);
  const vad = useRef(initialVad);
  const interruption = useRef<{ heard: string } | null>(null);
  const waiting = useRef<{ recording: Recording; text?: string; preview?: string } | null>(null);
  // Aborted when voice goes off, the call ends or the room is left: work still under way is dropped.
  const work = useRef(new AbortController());
  const live = useRef({ phase, busy, customer, settings, accepting });
  live.current = { phase, busy, customer, settings, accepting };

  // Talking over the customer is allowed (barge-in); starting a turn while yours is still being answered is not.
  const canStart = () =>
    live.current.accepting &&
    live.current.phase.name === "ready" &&
    (!live.current.busy || live.current.customer.speaking);

  const bargeIn = () => {
    const { heard, wasSpeaking } = live.current.customer.interrupt();
    if (wasSpeaking) interruption.current = { heard };
  };

  const submit = useCallback(
    (recording: Recording, text?: string, preview?: string) => {
      if (live.current.busy) {
        waiting.current = { recording, text, preview };
        setPhase({ name: "waiting" });
        return;
      }
      // `heard` may be empty: the rep cut in before a word of the reply had played.
      const heard = interruption.current?.heard;
      const interrupted = interruption.current !== null;
      interruption.current = null;
      setPhase({ name: "sending" });
      const turn: SpokenTurn = {
        audio: recording.audio,
        fileName: recording.fileName,
        interrupted,
        ...(text ? { text } : {}),
        ...(preview ? { preview } : {}),
      };
      // sendSpoken sends it again without `heard` if the server cannot match that to the reply.
      void sendSpoken(heard === undefined ? turn : { ...turn, heard });
    },
    [sendSpoken],
  );

  const onSample = (level: number, at: number) => {
    if (live.current.settings.mode !== "hands-free" || !live.current.accepting) return;
    const step = vadStep(vad.current, level, at);
    vad.current = step.state;
    if (step.event === "calibrated") setCalibrating(false);
    if (step.event === "onset" && canStart()) {
      // Recording starts at the first loud sample so the first syllable is kept.
      if (mic.startRecording()) setProblem(null);
    } else if (step.event === "start" && mic.recording()) {
      bargeIn();
      setPhase({ name: "hearing" });
    } else if (step.event === "cancel" && mic.recording() && live.current.phase.name === "ready") {
      mic.cancelRecording();
    } else if (step.event === "end" && live.current.phase.name === "hearing") {
      void finish();
    }
  };

  const mic = useMicrophone(settings.enabled && !ended, onSample);

  useEffect(() => {
    vad.current = initialVad;
    setCalibrating(true);
  }, [settings.mode, mic.status]);

  /** Back to ready without a turn: what was heard of the customer's line goes with the recording. */
  const giveUp = (problem?: VoiceProblem) => {
    interruption.current = null;
    setPhase({ name: "ready" });
    if (problem) setProblem(problem);
  };

  const finish = async () => {
    const { signal } = work.current;
    const recording = await mic.stopRecording();
    if (signal.aborted) return;
    if (!recording) return giveUp();
    if (recording.durationMs < SHORTEST_TURN_MS) {
      return giveUp({
        code: "too_short",
        message: "That was too short to hear. Hold the button for as long as you speak.",
      });
    }
    if (!live.current.settings.review) return submit(recording);
    setPhase({ name: "transcribing" });
    try {
      const result = await transcribe(sessionId, recording.audio, recording.fileName, signal);
      if (signal.aborted) return;
      if (result.text.trim() === "") {
        return giveUp({
          code: "no_speech",
          message: "No words were heard in that recording. Speak a little closer to the microphone and try again.",
        });
      }
      setPhase({ name: "reviewing", recording, recognised: result.text });
    } catch (error) {
      if (signal.aborted) return;
      // A server without the review endpoint still takes the spoken turn as it is.
      if (error instanceof ApiRequestError && (error.status === 404 || error.status === 405)) return submit(recording);
      const code = error instanceof ApiRequestError ? error.code : "transcribe_failed";
      giveUp({ code, message: errorMessage(error) });
    }
  };

  const holdStart = () => {
    if (!canStart() || !mic.startRecording()) return;
    setProblem(null);
    bargeIn();
    setPhase({ name: "hearing" });
  };
  const holdEnd = () => {
    if (live.current.phase.name === "hearing") void finish();
  };

  /** Review: send the recording with the words as the rep left them (sent as `text` only if changed). */
  const sendReviewed = (text: string) => {
    if (phase.name !== "reviewing") return;
    const words = text.trim();
    submit(phase.recording, words !== "" && words !== phase.recognised.trim() ? words : undefined, words);
  };
  const discard = () => giveUp();

  // Voice off, the call over or the room left: drop what is under way (a recording being stopped,
  // transcribed or waiting to go) so nothing is sent or shown afterwards.
  const active = settings.enabled && !ended;
  useEffect(() => {
    const controller = new AbortController();
    work.current = controller;
    if (!active) {
      waiting.current = null;
      interruption.current = null;
      setPhase({ name: "ready" });
      setProblem(null);
    }
    return () => controller.abort();
  }, [active]);

  // A turn went out that this hook did not send (typed): what was heard of the last line no longer applies.
  // (submit takes `heard` before its own turn makes the call busy.)
  useEffect(() => {
    if (busy) interruption.current = null;
  }, [busy]);

  // A recording made while the customer was still answering goes once that answer has ended.
  useEffect(() => {
    if (busy || !waiting.current) return;
    const next = waiting.current;
    waiting.current = null;
    submit(next.recording, next.text, next.preview);
  }, [busy, submit]);

  // "Sending" lasts until the customer starts to answer (or the turn fails).
  useEffect(() => {
    if (phase.name === "sending" && (streaming || !busy)) setPhase({ name: "ready" });
  }, [phase.name, streaming, busy]);

  return {
    mic,
    phase,
    problem,
    calibrating,
    holdStart,
    holdEnd,
    sendReviewed,
    discard,
    dismissProblem: () => setProblem(null),
  };
}
