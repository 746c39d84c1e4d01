import { describe, expect, it } from "vitest";
import type { RepMove } from "./moves";
import { detectMoves } from "./detect-moves";

/** Sentences written for these tests, not taken from evals/ (session 10, issue 14 item 7). */
const moves = (text: string): RepMove[] => detectMoves(text).map((found) => found.move);

describe("a clause inside the subject does not hide the judgement of the main verb", () => {
  it.each([
    "Waiting in for a parcel you've already paid twice for is maddening.",
    "Being billed for a line you haven't used since June is unfair on you.",
    "Paying for a box you never switch on must be galling.",
    // A pronoun after a preposition is its object: the verb after it is the main one (a held call, session 17).
    "Losing shifts and still having this hanging over you is a lot.",
  ])("%j acknowledges the impact", (text) => {
    expect(moves(text)).toContain("acknowledges_impact");
  });

  it.each([
    "Checking the fuse you mentioned is a good idea.",
    "Waiting for a reply you've been promised isn't hard, is it?",
    "Paying by direct debit is easy.",
    "Getting a reminder sent to you is normal.",
  ])("%j does not", (text) => {
    expect(moves(text)).not.toContain("acknowledges_impact");
  });
});

describe("a counter-offer after a refusal", () => {
  it.each([
    "I can't waive the whole fee, but I can split it across three bills.",
    "We're unable to refund the deposit, but I can reduce next month's charge by half.",
  ])("%j refuses and offers", (text) => {
    expect(moves(text)).toEqual(expect.arrayContaining(["refuses_or_delays", "offers_remedy"]));
  });

  it.each([
    "I can't refund it, but I can pass on your comments.",
    "I can't cut your bill, but you could always switch providers.",
    "I won't reduce the fee and I can't split it either.",
  ])("%j offers nothing", (text) => {
    expect(moves(text)).not.toContain("offers_remedy");
  });
});
