import { describe, expect, it } from "vitest";
import type { RepMove } from "./moves";
import { detectMoves } from "./detect-moves";

/** Sentences written for these tests (session 17, lane s17-pitch), none taken from evals/. */
const moves = (text: string): RepMove[] => detectMoves(text).map((found) => found.move);

describe("what the customer stands to gain or lose pitches to keep them (pitch-stakes.ts)", () => {
  it.each([
    "It's the only channel with every league match, so you'd really be missing out.",
    "She'd lose all her saved recipes, and that's two years of them.",
    "You'd be giving up the free cinema tickets that come with the account.",
    "Our gold membership gets you free delivery on every order.",
    "The family plan would give you four lines for the price of two.",
  ])("%j pitches", (text) => {
    expect(moves(text)).toContain("retention_pitch");
  });

  it("a cut the company's product gives is the pitch, not a remedy", () => {
    const found = moves("Our rewards card gets you 15% off at the cafe as well.");
    expect(found).toContain("retention_pitch");
    expect(found).not.toContain("offers_remedy");
  });

  it.each([
    "You won't lose anything when the line moves across.",
    "If you reset the box, he'd lose his recorded shows.",
    "Our engineer will give you a call before he arrives.",
    "You didn't miss out on anything, the draw hasn't happened yet.",
  ])("%j does not pitch", (text) => {
    expect(moves(text)).not.toContain("retention_pitch");
  });
});

describe("the rep taking the act on themselves commits to it (rep-ownership.ts)", () => {
  it.each([
    "I can sort the paperwork out myself.",
    "No need for another team, I'll ring the depot myself.",
    "I'm personally going to chase the courier.",
  ])("%j commits", (text) => {
    expect(moves(text)).toContain("commits_to_action");
  });

  it.each(["I blame myself for that mix-up.", "I am personally sorry about the letter.", "I won't ring them myself."])(
    "%j does not commit",
    (text) => {
      expect(moves(text)).not.toContain("commits_to_action");
    },
  );
});

describe("a stopgap until the fault is put right offers a remedy (remedy-stopgaps.ts)", () => {
  it.each([
    "You can keep the loan car until yours is repaired.",
    "Your calls will route through the app until the exchange is back.",
    "In the meantime you'll have a spare router to plug in.",
  ])("%j offers a remedy", (text) => {
    expect(moves(text)).toContain("offers_remedy");
  });

  it.each([
    "You won't have any signal until the cable is repaired.",
    "You'll need to use the website until the app is fixed.",
    "You can use the old card until the end of the month.",
  ])("%j offers none", (text) => {
    expect(moves(text)).not.toContain("offers_remedy");
  });
});

describe("the rep setting out to pick something of the company's for them pitches (pitch-intents.ts)", () => {
  it.each([
    "Which films does she like, so I can see what we could recommend?",
    "Tell me how you use the car and I'll find something we can suggest.",
  ])("%j pitches", (text) => {
    expect(moves(text)).toContain("retention_pitch");
  });

  it.each([
    "There's nothing we can suggest beyond the refund, I'm afraid.",
    "Let me see what we can suggest for all the trouble.",
    "What you could try is the reset button on the back.",
  ])("%j does not pitch", (text) => {
    expect(moves(text)).not.toContain("retention_pitch");
  });
});

describe("the customer keeping the service in another form pitches (pitch-alternatives.ts)", () => {
  it.each(["She could still watch the matches on her phone.", "You can still stream every episode via the website."])(
    "%j pitches",
    (text) => {
      expect(moves(text)).toContain("retention_pitch");
    },
  );

  it.each([
    "You can still use the card until Friday, then it stops.",
    "You can still use your card for now.",
    "You can't still use it through the app, I'm afraid.",
  ])("%j does not pitch", (text) => {
    expect(moves(text)).not.toContain("retention_pitch");
  });
});

describe("a safeguard against the fault recurring, after candour, offers a remedy (remedy-safeguards.ts)", () => {
  it.each([
    "I can't guarantee it won't drop again, but I'm putting a fixed route on the line now.",
    "I can't promise the alarm won't trip again, but I'm lowering its sensitivity right now.",
  ])("%j offers a remedy", (text) => {
    expect(moves(text)).toContain("offers_remedy");
  });

  it.each([
    "I can't promise when, but I'm chasing the courier now.",
    "I can't promise it won't happen again, but I'll email you tomorrow.",
  ])("%j offers none", (text) => {
    expect(moves(text)).not.toContain("offers_remedy");
  });
});

describe("an upgrade that is the company's engineering sells nothing (word-senses.ts)", () => {
  it("upgrade works on the network do not pitch", () => {
    expect(moves("The exchange was shut for upgrade works last week, so the line went quiet.")).not.toContain(
      "retention_pitch",
    );
  });

  it("an upgrade offered still pitches", () => {
    expect(moves("I can give you a free upgrade to the faster package.")).toContain("retention_pitch");
  });
});
