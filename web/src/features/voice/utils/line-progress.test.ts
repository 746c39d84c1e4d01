import { describe, expect, it } from "vitest";
import { heardSoFar, type LineOutcome, lineFinished, noProgress } from "./line-progress";

const REPLY = ["I have had three outages.", "I want to cancel today.", "Can you do that?"];
const after = (...outcomes: LineOutcome[]) => outcomes.reduce(lineFinished, noProgress);

describe("how far the customer's reply was heard", () => {
  it("counts sentences played to the end, then the share of the one playing", () => {
    expect(heardSoFar(REPLY, after("ended"), 0.5)).toBe("I have had three outages. I want");
  });

  it("does not count a sentence whose playback was refused or failed, nor anything after it", () => {
    expect(after("refused")).toEqual({ done: 1, heard: 0 });
    expect(heardSoFar(REPLY, after("refused"), 0.9)).toBe("");
    expect(heardSoFar(REPLY, after("ended", "failed", "ended"), 0.5)).toBe("I have had three outages.");
  });
});
