import { describe, expect, it } from "vitest";
import { readByRules } from "./detect-moves";

const moves = (text: string) => readByRules(text).moves;

describe("what the customer was told, put back to them, is not the rep saying it now", () => {
  it.each([
    "Being told there's no room is the last thing you need.",
    "The last thing you need after a four-hour drive is to be told there's no room.",
    "Finding out there's no room at midnight is awful.",
  ])("%s acknowledges and does not refuse", (text) => {
    expect(moves(text)).toContain("acknowledges_impact");
    expect(moves(text)).not.toContain("refuses_or_delays");
  });

  it("a promise the customer was given before is not a promise made now", () => {
    expect(moves("You were told we'd call you back by Friday, and nobody did.")).not.toContain("commits_to_action");
  });

  it.each([
    "There's no room tonight.",
    "I've been told there's no room tonight.",
    "We were told there's no room, so there's nothing I can do.",
  ])("the rep or the company saying it still refuses: %s", (text) => {
    expect(moves(text)).toContain("refuses_or_delays");
  });
});

describe("saying something up front is not offering it", () => {
  it("'…, and I'll say that up front' offers nothing", () => {
    expect(moves("You don't have to pay anything on this call, and I'll say that up front.")).not.toContain(
      "offers_remedy",
    );
    expect(moves("I'll refund the fee today, and I'll say that up front.")).toContain("offers_remedy");
  });
});
