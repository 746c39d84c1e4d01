import { describe, expect, it } from "vitest";
import { formatScore, ordinal, turnName } from "./labels";

describe("labels", () => {
  it("shows every score with the same precision", () => {
    expect([1, 4.5, 3.25, 5].map((score) => formatScore(score))).toEqual(["1.00", "4.50", "3.25", "5.00"]);
    expect(formatScore(null)).toBe("–");
  });

  it("names a transcript index by the rep's own reply count, not the index", () => {
    const turns = [
      { index: 0, role: "customer" },
      { index: 1, role: "rep" },
      { index: 2, role: "customer" },
      { index: 3, role: "rep" },
      { index: 4, role: "customer" },
      { index: 5, role: "rep" },
    ];
    expect(turnName(turns, 5)).toBe("your 3rd reply");
    expect(turnName(turns, 1)).toBe("your 1st reply");
    expect(turnName(turns, 2)).toBe("the customer's 2nd line");
    expect([11, 12, 13, 21, 22, 102].map(ordinal)).toEqual(["11th", "12th", "13th", "21st", "22nd", "102nd"]);
  });
});
