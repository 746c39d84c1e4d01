import { describe, expect, it } from "vitest";
import { buildArpa } from "./arpa";

function parse(arpa: string) {
  const grams = new Map<string, { logProb: number; backoff: number }>();
  let order = 0;
  for (const line of arpa.split("\n")) {
    const header = /^\\(\d)-grams:$/.exec(line);
    if (header) order = Number(header[1]);
    else if (order > 0 && line.includes("\t")) {
      const [p, gram, bo] = line.split("\t");
      grams.set(gram ?? "", { logProb: Number(p), backoff: bo === undefined ? 0 : Number(bo) });
    }
  }
  return grams;
}

const corpus = [
  ["i", "can", "help"],
  ["i", "can", "cancel", "that"],
  ["i", "can", "help", "you"],
  ["can", "you", "help"],
];

describe("ARPA back-off language model", () => {
  const arpa = buildArpa(corpus);
  const grams = parse(arpa);

  it("writes the header counts and sections pocketsphinx expects", () => {
    expect(arpa.startsWith("\\data\\\nngram 1=8\n")).toBe(true);
    expect(arpa).toMatch(/\\1-grams:\n[\s\S]*\\2-grams:\n[\s\S]*\\3-grams:\n[\s\S]*\\end\\\n$/);
    expect(grams.get("<s>")?.logProb).toBe(-99);
  });

  it("gives the unigrams a proper distribution", () => {
    const total = [...grams]
      .filter(([gram]) => !gram.includes(" ") && gram !== "<s>")
      .reduce((sum, [, g]) => sum + 10 ** g.logProb, 0);
    expect(total).toBeCloseTo(1, 4);
  });

  it("keeps each context's probabilities summing to one once back-off mass is added", () => {
    // P(w | "can") over the whole vocabulary: seen bigrams, plus backoff(can) * P(w) for the rest.
    const vocabulary = [...grams.keys()].filter((g) => !g.includes(" ") && g !== "<s>");
    const seen = new Map(
      [...grams]
        .filter(([g]) => g.startsWith("can ") && g.split(" ").length === 2)
        .map(([g, v]) => [g.split(" ")[1], v.logProb]),
    );
    const backoff = 10 ** (grams.get("can")?.backoff ?? 0);
    const total = vocabulary.reduce(
      (sum, w) => sum + (seen.has(w) ? 10 ** (seen.get(w) ?? 0) : backoff * 10 ** (grams.get(w)?.logProb ?? -99)),
      0,
    );
    expect(total).toBeCloseTo(1, 4);
  });

  it("makes a frequent continuation likelier than a rare one", () => {
    expect(grams.get("i can help")?.logProb ?? -99).toBeGreaterThan(grams.get("i can cancel")?.logProb ?? 0);
  });
});
