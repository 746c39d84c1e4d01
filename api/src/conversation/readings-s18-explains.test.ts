import { describe, expect, it } from "vitest";
import type { RepMove } from "./moves";
import { detectMoves } from "./detect-moves";

/** Sentences written for these tests (session 17, lane s18-explains), not taken from evals/. */
const moves = (text: string): RepMove[] => detectMoves(text).map((found) => found.move);

describe("a pseudo-cleft that tells an event (account-clefts.ts)", () => {
  it.each([
    "What happens now is the lab sends the results to your vet by Friday.",
    "So what went wrong was the meter reading got entered twice.",
    "What happened there is the payment bounced and the system flagged the account.",
  ])("%j explains and asks nothing", (text) => {
    const found = moves(text);
    expect(found).toContain("explains");
    expect(found).not.toContain("asks_question");
  });

  it("reads the contracted perfect too, as a statement", () => {
    const found = moves("What's happened is the courier scanned the parcel at the wrong depot.");
    expect(found).toContain("explains");
    expect(found).not.toContain("asks_question");
  });

  it.each([
    "What happened?",
    "What is happening with the parcel?",
    "What would help is a photo of the damage.",
    "What happens if I cancel today?",
  ])("%j does not explain", (text) => {
    expect(moves(text)).not.toContain("explains");
  });
});

describe('a thing\'s meaning with an adverb before "means" (account-meanings.ts)', () => {
  it.each([
    "A pending charge just means the bank is holding the money until the shop confirms it.",
    "A red status simply means the parcel is still waiting at the depot.",
  ])("%j explains", (text) => {
    expect(moves(text)).toContain("explains");
  });

  it.each(["Your loyalty really means a lot to us.", "Your patience honestly means a great deal."])(
    "%j does not",
    (text) => {
      expect(moves(text)).not.toContain("explains");
    },
  );
});

describe("a verdict of correctness is not an account (account-verdicts.ts)", () => {
  it.each([
    "The transfer went through correctly.",
    "The meter reading was recorded accurately.",
    "The refund shown is the correct amount for a late delivery.",
  ])("%j does not explain", (text) => {
    expect(moves(text)).not.toContain("explains");
  });

  it.each([
    "The transfer went through correctly, but the bank held it because the amount was unusual.",
    "The form wasn't filled in properly, so the claim went back to the start.",
    "The parcel was left at the depot overnight.",
  ])("%j still explains", (text) => {
    expect(moves(text)).toContain("explains");
  });
});

describe("a cause too vague to tell anything (account-verdicts.ts)", () => {
  it.each([
    "The cancellation was caused by an operational event.",
    "Delivery charges are a commercial decision.",
    "The outage was due to technical reasons.",
  ])("%j does not explain", (text) => {
    expect(moves(text)).not.toContain("explains");
  });

  it.each([
    "The outage was caused by a technical fault at the exchange.",
    "The outage was due to technical reasons, so the engineers had to restart the whole cabinet.",
  ])("%j still explains", (text) => {
    expect(moves(text)).toContain("explains");
  });
});

describe('a reason opened by "since" without its comma (account-reasons.ts)', () => {
  it.each([
    "Saturday deliveries fill up fast since they're the only weekend slots we have.",
    "The refund goes to the original card since that's where the payment came from.",
  ])("%j explains", (text) => {
    expect(moves(text)).toContain("explains");
  });

  it.each([
    // Since of time: a perfect before it, or the customer's own act dated.
    "We haven't heard from the courier since he left the depot.",
    "Your bill looks different since you joined the family plan.",
    "I'll post it to you since you prefer letters.",
  ])("%j does not", (text) => {
    expect(moves(text)).not.toContain("explains");
  });
});
