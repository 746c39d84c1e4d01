import { describe, expect, it } from "vitest";
import type { RepMove } from "./moves";
import { detectMoves } from "./detect-moves";

/** Sentences written for these tests (session 18, lane s18-obstruction), not taken from evals/. */
const moves = (text: string): RepMove[] => detectMoves(text).map((found) => found.move);

describe("a no that is part of an account, not said to the customer", () => {
  it.each([
    "There's a £25 fee on late changes, because the crew can't be rebooked at short notice.",
    "The route is now full fibre, which is why your speeds went up.",
  ])("%j does not refuse", (text) => {
    expect(moves(text)).not.toContain("refuses_or_delays");
  });

  it.each([
    "I can't change the booking now, because the crew has already been rostered.",
    "Because it was a sale item, we can't refund it.",
    "I'm sorry, the workshop is full until Friday.",
    "The diary is full, so the first visit is next month.",
  ])("%j still refuses", (text) => {
    expect(moves(text)).toContain("refuses_or_delays");
  });
});
