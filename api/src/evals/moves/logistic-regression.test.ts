import { describe, expect, it } from "vitest";
import { compact, TRAIN_DEFAULTS, trainLogistic } from "./logistic-regression";
import { moveProbability, openToModel, type MoveModel } from "../../conversation/learned-moves";
import { readSentencesByRules } from "../../conversation/read-turn";

const rows = [
  ...Array.from({ length: 20 }, (_, i) => ({ features: ["w:refund", `w:x${i % 5}`], label: true })),
  ...Array.from({ length: 20 }, (_, i) => ({ features: ["w:hello", `w:x${i % 5}`], label: false })),
];

describe("the session-10 learned reader's maths", () => {
  it("learns the feature that separates the labels, and is the same on every run", () => {
    const model = compact(trainLogistic(rows));
    expect(model.weights["w:refund"]).toBeGreaterThan(1);
    expect(model.weights["w:hello"]).toBeLessThan(-1);
    expect(compact(trainLogistic(rows))).toEqual(model);
  });

  it("leaves out features seen in fewer rows than minCount", () => {
    const model = trainLogistic([...rows, { features: ["w:once"], label: true }], TRAIN_DEFAULTS);
    expect(model.weights["w:once"]).toBeUndefined();
  });

  it("scores with the weights and reads nothing for a move without a model", () => {
    const model: MoveModel = { threshold: 0.8, moves: { offers_remedy: { bias: -1, weights: { "w:refund": 4 } } } };
    expect(moveProbability(model, "offers_remedy", ["w:refund"])).toBeCloseTo(1 / (1 + Math.exp(-3)));
    expect(moveProbability(model, "explains", ["w:refund"])).toBeNull();
  });
});

describe("the vetoes a learned reader keeps", () => {
  const open = (text: string, move: Parameters<typeof openToModel>[0]) => {
    const [sentence] = readSentencesByRules(text);
    if (!sentence) throw new Error("no sentence");
    return openToModel(move, sentence.reading, sentence.tokens, new Set(sentence.ruleMoves));
  };
  it("a negated promise, a question for a statement move, sarcasm and a verb-less list stay closed", () => {
    expect(open("I won't be sorting out any replacement for you.", "offers_remedy")).toBe(false);
    expect(open("Is the router plugged in at the wall?", "explains")).toBe(false);
    expect(open("Oh wonderful, another parcel gone walkabout for you.", "acknowledges_impact")).toBe(false);
    expect(open("Refund, voucher, engineer, apology.", "offers_remedy")).toBe(false);
    expect(open("The parcel went to the depot because the label was torn.", "blames_customer")).toBe(true);
  });
});
