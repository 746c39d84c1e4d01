import { describe, expect, it } from "vitest";
import { findFillers } from "./fillers";

describe("filler words", () => {
  it.each([
    ["Um, so, I can see the problem.", ["um"]],
    ["Uhh... umm, er, hmm.", ["uh", "um", "er", "hmm"]],
    ["It's like, a big problem.", ["like"]],
    ["Like, I totally get it.", ["like"]],
    ["and like we can do it", ["like"]],
    ["so um like you know it happens", ["um", "like", "you know"]],
    ["You know, it happens.", ["you know"]],
    ["I mean, it's not ideal.", ["i mean"]],
    ["uh yeah i can do that", ["uh"]],
    // Meant, not filler:
    ["I'd like to help.", []],
    ["It looks like the line dropped.", []],
    ["Like I said, it's done.", []],
    ["Do you know the account number?", []],
    ["I'll let you know tomorrow.", []],
    ["You know what I'll do?", []],
    ["I mean it.", []],
    ["Something like twenty dollars.", []],
    ["The constructor has a toString method.", []],
  ])("%j", (text, fillers) => {
    expect(findFillers(text)).toEqual(fillers);
  });
});
