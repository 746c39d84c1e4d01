import { describe, expect, it } from "vitest";
import type { RepMove } from "./moves";
import { detectMoves } from "./detect-moves";

/** Sentences written for these tests (session 18, lane s18-offers), none taken from evals/. */
const moves = (text: string): RepMove[] => detectMoves(text).map((found) => found.move);

describe("remedies told as a class are not offered (remedy-accounts.ts)", () => {
  it.each(["Refunds are issued to the card you paid with.", "Credits are applied on the next statement."])(
    "%j offers no remedy",
    (text) => {
      expect(moves(text)).not.toContain("offers_remedy");
    },
  );

  it.each([
    "I've refunded the forty pounds to your card.",
    "Your refund has been processed this morning.",
    "I can put a credit of ten dollars on your account today.",
    "We'll send a replacement kettle out tomorrow.",
  ])("%j still offers a remedy", (text) => {
    expect(moves(text)).toContain("offers_remedy");
  });
});
