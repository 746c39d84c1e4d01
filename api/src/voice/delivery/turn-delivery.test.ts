import { describe, expect, it } from "vitest";
import type { WordTiming } from "../transcriber";
import { turnDelivery } from "./turn-delivery";

const timed = (spec: [string, number, number][]): WordTiming[] =>
  spec.map(([word, start, end]) => ({ word, start, end }));

describe("delivery of one spoken turn", () => {
  it("measures pace between the first and last word, and counts fillers and long pauses", () => {
    const words = timed([
      ["um", 0.5, 0.7],
      ["i", 0.8, 0.9],
      ["can", 0.9, 1.1],
      ["see", 1.1, 1.3],
      ["the", 2.6, 2.7], // 1.3 s of silence before this word
      ["problem", 2.7, 3.1],
      ["uh", 3.2, 3.4],
      ["now", 3.4, 3.5],
    ]);
    const delivery = turnDelivery({ text: "I can see the problem now.", words, recordingMs: 4200, interrupted: false });
    expect(delivery).toEqual({
      timing: "words",
      words: 8,
      speakingSeconds: 3,
      wordsPerMinute: 160,
      fillers: [
        { filler: "um", count: 1 },
        { filler: "uh", count: 1 },
      ],
      fillerCount: 2,
      fillersPer100Words: 25,
      longPauses: [{ afterWord: 3, seconds: 1.3 }],
      interrupted: false,
    });
  });

  it("falls back on the recording's length and the text when there are no word timings", () => {
    const delivery = turnDelivery({
      text: "You know, I can refund that today.",
      words: null,
      recordingMs: 3000,
      interrupted: true,
    });
    expect(delivery).toMatchObject({
      timing: "recording",
      words: 7,
      speakingSeconds: 3,
      wordsPerMinute: 140,
      fillerCount: 1,
      longPauses: [],
      interrupted: true,
    });
  });

  it("gives no pace for a turn too short to measure", () => {
    expect(
      turnDelivery({ text: "Yes.", words: timed([["yes", 0.2, 0.5]]), recordingMs: 900, interrupted: false })
        .wordsPerMinute,
    ).toBeNull();
  });
});
