import { describe, expect, it } from "vitest";
import { speakableText } from "./speakable-text";

describe("what the customer's voice says", () => {
  it.each([
    ["*sighs* Fine. Cancel it.", "Fine. Cancel it."],
    ["(laughs bitterly) Sure you are.", "Sure you are."],
    ["[pause] Okay.", "Okay."],
    ["**Now.** Today.", "Now. Today."],
    ["- first\n- second", "first second"],
    ["Great 🙄 thanks.", "Great thanks."],
    ["See https://example.com/help for that.", "See for that."],
    ["I said no deals.", "I said no deals."],
    ["# Heading\n- one\n- two", "Heading one two"],
    ["(Honestly) that matters.", "(Honestly) that matters."],
    ["a <b>tag</b> and ~strike~ | pipe", "a b tag /b and strike pipe"],
  ])("%j -> %j", (reply, spoken) => {
    expect(speakableText(reply)).toBe(spoken);
  });
});
