import { describe, expect, it } from "vitest";
import { withLearnedMoves, type MoveModel } from "./learned-moves";
import { sentenceFeatures } from "./move-features";
import { readSentencesByRules, readTurn } from "./read-turn";
import type { RepMove } from "./moves";

// Sentences written for this test (not from evals/moves).
const rules = (text: string) => readSentencesByRules(text).flatMap((sentence) => sentence.ruleMoves);
const moves = (text: string) => readTurn(text).moves.map((found) => found.move);

/** The rules' sentences with what `model` adds to them. */
const readWith = (model: MoveModel, text: string) =>
  readSentencesByRules(text).flatMap((sentence) =>
    withLearnedMoves(model, { ...sentence, features: sentenceFeatures(sentence.tokens, sentence.reading, []) }),
  );
/** A model sure that every sentence with one of `words` carries `move`. */
const sureOf = (move: RepMove, words: string[]): MoveModel => ({
  threshold: 0.8,
  moves: { [move]: { bias: -5, weights: Object.fromEntries(words.map((word) => [`w:${word}`, 10])) } },
});
const SURE = sureOf("explains", ["value"]);
const withSure = (text: string) => readWith(SURE, text);

describe("the learned reader on top of the rules (learned-moves.ts, learned-reader.ts)", () => {
  it("adds a move the model is sure of where the rules are silent", () => {
    const told = "Insurers look at the repair cost against the car's value, and yours came out as a write-off.";
    expect(rules(told)).not.toContain("explains");
    expect(withSure(told)).toContain("explains");
  });

  it("never adds what the reading rules out: a question, a sentence with no verb, a move the rules withdrew", () => {
    expect(withSure("Do insurers look at the repair cost against the car's value?")).not.toContain("explains");
    expect(withSure("Insurers, repair cost, car value, total loss.")).not.toContain("explains");
    const judged = "Missing your mother's birthday dinner because our driver went to the wrong town is awful.";
    const [sentence] = readSentencesByRules(judged);
    expect(sentence?.withdrawn).toContain("explains");
    expect(moves(judged)).not.toContain("explains");
  });

  it('adds a refusal only where the sentence says no without a "not" and its "only" is no feeling', () => {
    const read = (text: string) => readWith(sureOf("refuses_or_delays", ["not", "only", "soonest"]), text);
    // The rules have read these: "we won't charge you" reassures, "I can't wait" and "I can only apologise" feel.
    for (const text of [
      "We won't charge you for the second visit.",
      "I can't wait to get your new router out to you.",
      "I can only apologise for the mix-up.",
    ])
      expect(read(text)).not.toContain("refuses_or_delays");
    // A no without a "not": a limit and a wait the rules miss, which the model may add.
    for (const text of [
      "Refunds on sale items are store credit only.",
      "The soonest the fitter can come is the 14th.",
    ]) {
      expect(rules(text)).not.toContain("refuses_or_delays");
      expect(read(text)).toContain("refuses_or_delays");
    }
  });

  it("adds no blame where the sentence clears the customer, sympathises, owns the fault or says what they should get", () => {
    const read = (text: string) => readWith(sureOf("blames_customer", ["you"]), text);
    for (const text of [
      "You didn't do anything wrong when you booked.",
      "I'm sorry you waited in all afternoon.",
      "The van went to the wrong town and you waited all day, that's on us.",
      "You should have the replacement by Thursday.",
      "You shouldn't have been charged for the second month.",
    ])
      expect(read(text)).not.toContain("blames_customer");
    const blame = "You picked the slowest delivery option at the checkout.";
    expect(rules(blame)).not.toContain("blames_customer");
    expect(read(blame)).toContain("blames_customer");
  });

  it("keeps its pitch beside the rules' remedy (a cheaper plan can be both), and no account beside a judged ordeal", () => {
    const text = "I can put a £20 credit on the account for the trouble.";
    expect(readWith(sureOf("retention_pitch", ["credit"]), text)).toEqual(
      expect.arrayContaining(["offers_remedy", "retention_pitch"]),
    );
    const judged = "Two nights in a row with no heating and a baby at home, that's a rotten way to be treated.";
    expect(readWith(sureOf("explains", ["night"]), judged)).not.toContain("explains");
  });

  it("adds no pitch behind a condition other than staying or leaving", () => {
    const read = (text: string) => readWith(sureOf("retention_pitch", ["lose"]), text);
    expect(read("If you reset the box, he'd lose his recorded shows.")).not.toContain("retention_pitch");
    const pitch = "If you leave now, he'd lose his recorded shows too.";
    expect(rules(pitch)).not.toContain("retention_pitch");
    expect(read(pitch)).toContain("retention_pitch");
  });

  it("the shipped weights add an explanation to accounts the rules miss, and keep every rule move", () => {
    // Tied to the trained weights only loosely: one of these is enough (`npm run train:moves` may move any one).
    const accounts = [
      "Insurers look at the repair cost against the car's value, and yours came out as a write-off.",
      "Refunds go back to the card you paid with, and banks take three to five days to show them.",
      "Once the installer signs off the panels, the network operator has to approve the connection.",
    ];
    for (const text of accounts) expect(rules(text)).not.toContain("explains");
    expect(accounts.some((text) => moves(text).includes("explains"))).toBe(true);
    for (const text of [
      ...accounts,
      "I'm so sorry, I've refunded the $40 and booked the engineer for Thursday morning.",
      "You should have read the contract before signing.",
      "Let me transfer you to billing.",
    ])
      expect(moves(text)).toEqual(expect.arrayContaining(rules(text)));
    expect(moves("Repair cost, car value, total loss, insurers.")).toEqual([]);
  });
});
