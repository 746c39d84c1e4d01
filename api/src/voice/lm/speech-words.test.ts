import { describe, expect, it } from "vitest";
import { numberWords } from "./number-words";
import { speechWords } from "./speech-words";

describe("text as spoken words", () => {
  it.each([
    ["Hi Dana, I'm Sam.", "hi dana i'm sam"],
    ["It’s $79.99 a month", "it's seventy nine dollars ninety nine cents a month"],
    ["from $55 to $85", "from fifty five dollars to eighty five dollars"],
    ["account ending 4471", "account ending four thousand four hundred and seventy one"],
    ["the 3rd and the 14th", "the three and the fourteen"],
    ["100% sure & ready", "one hundred percent sure and ready"],
    ["Fibre-300 -- now!", "fibre three hundred now"],
    ["'quoted' words", "quoted words"],
  ])("%s", (text, spoken) => {
    expect(speechWords(text).join(" ")).toBe(spoken);
  });

  it.each([
    [0, "zero"],
    [13, "thirteen"],
    [40, "forty"],
    [105, "one hundred and five"],
    [2016, "two thousand and sixteen"],
    [6000, "six thousand"],
    [1_250_000, "one million two hundred and fifty thousand"],
  ])("%i in words", (n, words) => {
    expect(numberWords(n).join(" ")).toBe(words);
  });
});
