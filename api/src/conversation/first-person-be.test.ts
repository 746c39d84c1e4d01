import { describe, expect, it } from "vitest";
import { readTurn } from "./read-turn";
import { tokensOf } from "./tokens";

/** wink-nlp's lite model reads "I'm" as one proper noun; tokens.ts splits it (found in a held call). */
describe('"I\'m" is a subject and a verb', () => {
  it.each([
    ["I'm sorry.", 0],
    ["I’m sorry.", 0],
    ["Yes, I'm sorry.", 5],
  ] as const)("%j: I (PRON) + am (AUX), at their own offsets", (text, at) => {
    const tokens = tokensOf(text);
    const i = tokens.words.indexOf("i");
    expect(tokens.pos.slice(i, i + 3)).toEqual(["PRON", "AUX", "ADJ"]);
    expect(tokens.words.slice(i, i + 2)).toEqual(["i", "am"]);
    expect(tokens.starts.slice(i, i + 3)).toEqual([at, at + 1, at + 4]);
  });

  it('a natural acknowledgement that ends in "I\'m sorry" is speech, not a list of fragments', () => {
    const reading = readTurn("A four-hour drive, and then this. I'm sorry.");
    expect(reading.unnatural).toBeFalsy();
    expect(reading.moves.map((found) => found.move)).toContain("apologises");
  });

  it('"I\'m sending the engineer now" is the rep acting', () => {
    expect(readTurn("Yes, I'm sending the engineer now.").moves.map((found) => found.move)).toContain(
      "commits_to_action",
    );
  });

  it('"I\'m so sorry," before a judged gerund clause still leads into it', () => {
    const reading = readTurn("I'm so sorry, being without heating all week with a baby must be awful.");
    expect(reading.moves.map((found) => found.move)).toContain("acknowledges_impact");
  });

  it("a list of rubric words is still a list", () => {
    expect(readTurn("Sorry. Credit. Technician. No transfer. Confirmation email.").unnatural).toBeTruthy();
  });
});
