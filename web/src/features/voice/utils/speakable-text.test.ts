import { describe, expect, it } from "vitest";
import { speakableText as serverSpeakableText } from "../../../../../api/src/voice/speech-text";
import { speakableText } from "./speakable-text";

const REPLIES: [string, string][] = [
  ["*sighs* Fine. What now?", "Fine. What now?"],
  ["(laughs quietly) You're kidding me.", "You're kidding me."],
  ["[pause] Okay.", "Okay."],
  ["I said **now**, not later.", "I said now, not later."],
  ["# Heading\n- one\n- two", "Heading one two"],
  ["See https://example.com/help for that 😡", "See for that"],
  ["Plain words, nothing else.", "Plain words, nothing else."],
  ["(Honestly) that matters.", "(Honestly) that matters."],
  ["a <b>tag</b> and ~strike~ | pipe", "a b tag /b and strike pipe"],
];

describe("speakableText in the browser", () => {
  it.each(REPLIES)("%j is spoken as %j", (reply, spoken) => {
    expect(speakableText(reply)).toBe(spoken);
  });

  it.each(REPLIES)("agrees with the server's rules for %j", (reply) => {
    expect(speakableText(reply)).toBe(serverSpeakableText(reply));
  });
});
