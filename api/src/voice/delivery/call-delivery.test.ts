import { describe, expect, it } from "vitest";
import type { Transcript } from "../../conversation/transcript";
import { callDelivery } from "./call-delivery";
import { turnDelivery } from "./turn-delivery";

const spoken = (text: string, seconds: number, interrupted = false) =>
  turnDelivery({ text, words: null, recordingMs: seconds * 1000, interrupted });

describe("delivery of a call", () => {
  it("is absent when every rep turn was typed", () => {
    expect(
      callDelivery([
        { index: 0, role: "customer", text: "Hi." },
        { index: 1, role: "rep", text: "Hello." },
      ]),
    ).toBeNull();
  });

  it("totals the spoken turns, estimates the rest of the talking at 150 words a minute", () => {
    const transcript: Transcript = [
      { index: 0, role: "customer", text: "I want to cancel my internet today, no deals please." }, // 10 words: 4 s
      {
        index: 1,
        role: "rep",
        text: "Um, I can do that, uh, right now.",
        delivery: spoken("Um, I can do that, uh, right now.", 4),
      }, // 8 words
      { index: 2, role: "customer", text: "Good. Thank you." }, // 3 words: 1.2 s
      {
        index: 3,
        role: "rep",
        text: "You know, it's done, like, already.",
        delivery: spoken("You know, it's done, like, already.", 2, true),
      }, // 6 words
      { index: 4, role: "rep", text: "Anything else I can help with today?" }, // typed, 7 words: 2.8 s
    ];
    expect(callDelivery(transcript)).toEqual({
      voiceTurns: 2,
      typedTurns: 1,
      words: 14,
      speakingSeconds: 6,
      wordsPerMinute: 140,
      fillerCount: 4,
      fillersPer100Words: 28.6,
      topFillers: [
        { filler: "like", count: 1 },
        { filler: "uh", count: 1 },
        { filler: "um", count: 1 },
      ],
      longPauses: 0,
      talkShare: 0.63, // (6 + 2.8) / (6 + 2.8 + 4 + 1.2)
      interruptions: 1,
      perTurn: [
        { turn: 1, wordsPerMinute: 120, fillerCount: 2, longPauses: 0, interrupted: false },
        { turn: 3, wordsPerMinute: 180, fillerCount: 2, longPauses: 0, interrupted: true },
      ],
    });
  });
});
