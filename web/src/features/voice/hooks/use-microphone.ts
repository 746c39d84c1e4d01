import { useCallback, useEffect, useRef, useState } from "react";
import { recordingFileName, recordingMimeType } from "../utils/voice-support";

export type MicStatus = "off" | "starting" | "on" | "denied" | "missing" | "failed";

export interface Recording {
  audio: Blob;
  fileName: string;
  durationMs: number;
}

const SAMPLE_MS = 50;

/**
 * The microphone while `enabled`: its level (RMS, 0..1) every 50 ms, passed to `onSample` and
 * shown, and a MediaRecorder started and stopped on demand.
 */
export function useMicrophone(enabled: boolean, onSample: (level: number, at: number) => void) {
  const [status, setStatus] = useState<MicStatus>("off");
  const [level, setLevel] = useState(0);
  const stream = useRef<MediaStream | null>(null);
  const recorder = useRef<{ recorder: MediaRecorder; chunks: Blob[]; startedAt: number } | null>(null);
  const sample = useRef(onSample);
  sample.current = onSample;

  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let context: AudioContext | null = null;
    let timer: ReturnType<typeof setInterval> | undefined;
    // Audio contexts start suspended until the page has been used; any click or key wakes this one.
    const wake = () => void context?.resume();
    setStatus("starting");
    navigator.mediaDevices
      .getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true, autoGainControl: true } })
      .then((media) => {
        if (stopped) return media.getTracks().forEach((track) => track.stop());
        stream.current = media;
        context = new AudioContext();
        void context.resume();
        const analyser = context.createAnalyser();
        analyser.fftSize = 1024;
        context.createMediaStreamSource(media).connect(analyser);
        const buffer = new Float32Array(analyser.fftSize);
        timer = setInterval(() => {
          analyser.getFloatTimeDomainData(buffer);
          let sum = 0;
          for (const value of buffer) sum += value * value;
          const rms = Math.sqrt(sum / buffer.length);
          setLevel(rms);
          sample.current(rms, performance.now());
        }, SAMPLE_MS);
        document.addEventListener("pointerdown", wake);
        document.addEventListener("keydown", wake);
        setStatus("on");
      })
      .catch((error: unknown) => {
        if (stopped) return;
        const name = error instanceof DOMException ? error.name : "";
        setStatus(
          name === "NotAllowedError" || name === "SecurityError"
            ? "denied"
            : name === "NotFoundError"
              ? "missing"
              : "failed",
        );
      });
    return () => {
      stopped = true;
      clearInterval(timer);
      document.removeEventListener("pointerdown", wake);
      document.removeEventListener("keydown", wake);
      const active = recorder.current;
      recorder.current = null;
      if (active?.recorder.state === "recording") active.recorder.stop();
      stream.current?.getTracks().forEach((track) => track.stop());
      stream.current = null;
      void context?.close();
      setStatus("off");
      setLevel(0);
    };
  }, [enabled]);

  const startRecording = useCallback((): boolean => {
    if (!stream.current || recorder.current) return false;
    const mimeType = recordingMimeType();
    const media = new MediaRecorder(stream.current, mimeType ? { mimeType } : undefined);
    const chunks: Blob[] = [];
    media.ondataavailable = (event) => {
      if (event.data.size > 0) chunks.push(event.data);
    };
    media.start();
    recorder.current = { recorder: media, chunks, startedAt: performance.now() };
    return true;
  }, []);

  const stopRecording = useCallback((): Promise<Recording | null> => {
    const active = recorder.current;
    recorder.current = null;
    if (!active || active.recorder.state !== "recording") return Promise.resolve(null);
    const durationMs = performance.now() - active.startedAt;
    return new Promise((resolve) => {
      active.recorder.onstop = () => {
        const type = active.recorder.mimeType || "audio/webm";
        resolve({ audio: new Blob(active.chunks, { type }), fileName: recordingFileName(type), durationMs });
      };
      active.recorder.stop();
    });
  }, []);

  const cancelRecording = useCallback(() => {
    const active = recorder.current;
    recorder.current = null;
    if (active?.recorder.state === "recording") active.recorder.stop();
  }, []);

  const recording = useCallback(() => recorder.current !== null, []);

  return { status, level, startRecording, stopRecording, cancelRecording, recording };
}
