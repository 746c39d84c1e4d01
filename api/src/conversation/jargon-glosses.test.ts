import { describe, expect, it } from "vitest";
import type { RepMove } from "./moves";
import { detectMoves } from "./detect-moves";

/** Sentences written for these tests (session 14, lane s14-moves-a), none from evals/. */
const moves = (text: string): RepMove[] => detectMoves(text).map((found) => found.move);

describe("a technical term glossed in plain words in the same sentence is not jargon", () => {
  it.each([
    "The OLT, which is the box at the exchange, had a fault.",
    "The ONT, or the white box on your wall, lost power.",
    "Your node (the street cabinet that feeds your road) is down.",
    "There was packet loss, basically data going missing on the way.",
    "Your install was delayed because the cabinet needed a new line card, and that part was on back order.",
  ])("%j does not use jargon", (text) => {
    expect(moves(text)).not.toContain("uses_jargon");
  });

  it("a glossed term in an account leaves the account standing", () => {
    expect(
      moves("Your install was delayed because the cabinet needed a new line card, and that part was on back order."),
    ).toContain("explains");
  });

  it.each([
    // No gloss: a comma that opens another clause, or a gloss of something else.
    "The OLT had a fault, which we'll fix today.",
    "There's packet loss on the node, or we can't see it.",
    "I'll raise a P2 in the NOC queue.",
    "The DSLAM port, and the router, both need a reset.",
  ])("%j still uses jargon", (text) => {
    expect(moves(text)).toContain("uses_jargon");
  });
});
