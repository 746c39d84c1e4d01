import { describe, expect, it } from "vitest";
import { DEFAULT_VAD, initialVad, type VadEvent, vadStep } from "./vad";

/** Feeds levels 50 ms apart; returns the events with the time they happened. */
function run(levels: number[], options = DEFAULT_VAD) {
  let state = initialVad;
  const events: [number, VadEvent][] = [];
  levels.forEach((level, i) => {
    const step = vadStep(state, level, i * 50, options);
    state = step.state;
    if (step.event) events.push([i * 50, step.event]);
  });
  return { events, state };
}

const repeat = (level: number, count: number) => Array<number>(count).fill(level);

describe("voice activity detection", () => {
  it("calibrates on the first 300 ms, then hears speech start and end after 700 ms of silence", () => {
    const { events, state } = run([...repeat(0.005, 7), ...repeat(0.2, 20), ...repeat(0.004, 20)]);
    expect(state.threshold).toBeCloseTo(0.02);
    expect(events).toEqual([
      [300, "calibrated"],
      [350, "onset"],
      [500, "start"],
      [2000, "end"],
    ]);
  });

  it("raises the threshold in a noisy room, but never above what speech can reach", () => {
    expect(run(repeat(0.01, 7)).state.threshold).toBeCloseTo(0.03);
    expect(run(repeat(0.4, 7)).state.threshold).toBeCloseTo(0.15);
  });

  it("ignores a click shorter than the start delay", () => {
    const { events } = run([...repeat(0, 7), 0.5, 0.5, 0, ...repeat(0, 10)]);
    expect(events.map(([, event]) => event)).toEqual(["calibrated", "onset", "cancel"]);
  });

  it("keeps listening through a pause shorter than the hangover", () => {
    const { events } = run([
      ...repeat(0, 7),
      ...repeat(0.3, 10),
      ...repeat(0, 12),
      ...repeat(0.3, 10),
      ...repeat(0, 15),
    ]);
    expect(events.map(([, event]) => event)).toEqual(["calibrated", "onset", "start", "end"]);
  });
});
