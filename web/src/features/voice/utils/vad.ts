/**
 * Voice activity detection over microphone levels (RMS, 0..1), as a pure state machine: feed it
 * one sample at a time and act on the event it returns.
 *
 * - The first `calibrationMs` measure the room: the threshold is a multiple of the noise floor
 *   (the median level, so a word spoken during calibration does not raise it much).
 * - Speech starts after the level stays above the threshold for `startMs` ("onset" at the first
 *   loud sample, so recording can begin there and keep the first syllable; "cancel" if it was a click).
 * - Speech ends after `hangoverMs` below the threshold, so a pause between words does not end the turn.
 */
export interface VadOptions {
  calibrationMs: number;
  startMs: number;
  hangoverMs: number;
  /** The lowest threshold, for a silent (or digitally silent) microphone. */
  minThreshold: number;
  /** Noise floor above this is treated as this: a loud room should not make speech undetectable. */
  maxFloor: number;
  floorFactor: number;
}

export const DEFAULT_VAD: VadOptions = {
  calibrationMs: 300,
  startMs: 150,
  hangoverMs: 700,
  minThreshold: 0.02,
  maxFloor: 0.05,
  floorFactor: 3,
};

export type VadPhase = "calibrating" | "silence" | "onset" | "speech";
export type VadEvent = "calibrated" | "onset" | "start" | "cancel" | "end";

export interface VadState {
  phase: VadPhase;
  firstAt: number | null;
  samples: number[];
  threshold: number;
  /** When the current onset began. */
  onsetAt: number;
  /** The last sample above the threshold while speaking. */
  lastVoiceAt: number;
}

export const initialVad: VadState = {
  phase: "calibrating",
  firstAt: null,
  samples: [],
  threshold: DEFAULT_VAD.minThreshold,
  onsetAt: 0,
  lastVoiceAt: 0,
};

export interface VadStep {
  state: VadState;
  event: VadEvent | null;
}

export function vadStep(state: VadState, level: number, at: number, options: VadOptions = DEFAULT_VAD): VadStep {
  const loud = level >= state.threshold;
  switch (state.phase) {
    case "calibrating": {
      const firstAt = state.firstAt ?? at;
      const samples = [...state.samples, level];
      if (at - firstAt < options.calibrationMs) return { state: { ...state, firstAt, samples }, event: null };
      const floor = Math.min(median(samples), options.maxFloor);
      const threshold = Math.max(options.minThreshold, floor * options.floorFactor);
      return { state: { ...state, firstAt, samples: [], threshold, phase: "silence" }, event: "calibrated" };
    }
    case "silence":
      return loud
        ? { state: { ...state, phase: "onset", onsetAt: at, lastVoiceAt: at }, event: "onset" }
        : { state, event: null };
    case "onset":
      if (!loud) return { state: { ...state, phase: "silence" }, event: "cancel" };
      if (at - state.onsetAt >= options.startMs)
        return { state: { ...state, phase: "speech", lastVoiceAt: at }, event: "start" };
      return { state, event: null };
    case "speech":
      if (loud) return { state: { ...state, lastVoiceAt: at }, event: null };
      if (at - state.lastVoiceAt >= options.hangoverMs) return { state: { ...state, phase: "silence" }, event: "end" };
      return { state, event: null };
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
