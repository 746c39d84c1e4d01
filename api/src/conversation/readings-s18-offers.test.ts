import { describe, expect, it } from "vitest";
import type { RepMove } from "./moves";
import { detectMoves } from "./detect-moves";

/** Sentences written for these tests (session 17, second round, lane s18-offers), none taken from evals/. */
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

describe("a harsh verdict on what the customer went through acknowledges it (situation-verdicts.ts)", () => {
  it.each([
    "A bill twice what you expected is a nasty surprise.",
    "Sitting on hold through your whole lunch break, that's a rotten way to spend it.",
    "Your son's laptop arriving with a cracked screen, that's a horrible surprise.",
    "Your son's birthday ruined by a late cake, that's the worst.",
  ])("%j acknowledges the impact", (text) => {
    const found = moves(text);
    expect(found).toContain("acknowledges_impact");
    expect(found).not.toContain("generic_empathy");
  });

  it.each([
    "Resetting the router first, that's a good idea.",
    "Your parcel from Leeds, that's the one on the van.",
    "Your plan is a standard monthly one.",
    "The charge on your statement is a temporary hold.",
    "Is a bill twice what you expected a nasty surprise?",
  ])("%j acknowledges nothing", (text) => {
    expect(moves(text)).not.toContain("acknowledges_impact");
  });
});

describe("a question about how the customer is coping asks about the impact (impact-coping.ts)", () => {
  it.each([
    "How are the twins holding up with no heating?",
    "How did the christening go in the end?",
    "How are you getting the kids to school without the car?",
    "How are things at the shop with the card machine down?",
    // A held tenant call (session 17): keeping themselves warm through it.
    "How are you all keeping warm at the moment?",
    "How are you both managing?",
  ])("%j asks about the impact", (text) => {
    expect(moves(text)).toContain("asks_about_impact");
  });

  it.each([
    "How are you today?",
    "How do I reset the box?",
    "How long has the light been flashing?",
    "How is the connection now?",
    "How did the engineer's visit go?",
    "How are you keeping the account?",
  ])("%j does not", (text) => {
    expect(moves(text)).not.toContain("asks_about_impact");
  });
});

describe("a term taken from the customer's own line is not jargon (jargon-echoes.ts)", () => {
  const jargon = (rep: string, customerSaid?: string) =>
    detectMoves(rep, customerSaid === undefined ? {} : { customerSaid }).some((found) => found.move === "uses_jargon");

  it.each([
    ["The FPN was issued by the warden, not by us.", "Why did I get a fixed penalty notice?"],
    ["The CCJ stays on the register for six years.", "How long does a CCJ last?"],
  ])("%j after %j is the customer's term", (rep, customerSaid) => {
    expect(jargon(rep)).toBe(true);
    expect(jargon(rep, customerSaid)).toBe(false);
  });

  it("an acronym the customer did not say is still jargon", () => {
    expect(jargon("The FPN was issued by the warden, not by us.", "Why did I get a parking ticket?")).toBe(true);
  });
});

describe("stock sympathy after a verb-less recap stays stock (sympathy-recaps.ts)", () => {
  it.each(["Two kids, one bathroom, I understand completely.", "Twelve guests, one cake, I totally understand."])(
    "%j is generic empathy",
    (text) => {
      const found = moves(text);
      expect(found).toContain("generic_empathy");
      expect(found).not.toContain("acknowledges_impact");
    },
  );

  it("a recap that tells what happened still makes it specific", () => {
    expect(moves("You've rung three times this week, I understand your frustration.")).toContain("acknowledges_impact");
  });
});
