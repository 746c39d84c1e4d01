import { describe, expect, it } from "vitest";
import { findPattern } from "./patterns";

describe("findPattern", () => {
  const text = "Hello Dana. I'm so sorry about the outages! Can I put a credit on your account?";

  it("quotes the sentence a phrase or regex is in, the same on every call", () => {
    for (let round = 0; round < 3; round++) {
      expect(findPattern(text, "sorry")).toBe("I'm so sorry about the outages!");
      expect(findPattern(text, "/credit\\b/i")).toBe("Can I put a credit on your account?");
      expect(findPattern(text, "refund")).toBeNull();
    }
  });

  it("answers for each text and pattern on its own, however many patterns a text is checked against", () => {
    const other = "We can't do anything about that.";
    expect(findPattern(other, "sorry")).toBeNull();
    expect(findPattern(text, "sorry")).toBe("I'm so sorry about the outages!");
    for (let i = 0; i < 1_200; i++) expect(findPattern(text, `phrase number ${i}`)).toBeNull();
    expect(findPattern(text, "Dana")).toBe("Hello Dana.");
    expect(findPattern(other, "/can'?t/")).toBe("We can't do anything about that.");
  });
});
