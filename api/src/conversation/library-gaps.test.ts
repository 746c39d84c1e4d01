import { describe, expect, it } from "vitest";
import type { RepMove } from "./moves";
import { detectMoves } from "./detect-moves";
import { readTurn } from "./read-turn";

/** Gaps the session-6 scenarios hit outside telecom (issue 14), each read as a rep means it. */
const moves = (text: string): RepMove[] => detectMoves(text).map((found) => found.move);

describe("reading rep turns outside telecom", () => {
  it("hears a situation named with a number or a strong adjective as acknowledging it", () => {
    expect(moves("Having two customers waiting at the desk while the system was down is a nightmare.")).toContain(
      "acknowledges_impact",
    );
    expect(moves("Waking up to find your dad on the floor must have been terrifying.")).toContain(
      "acknowledges_impact",
    );
    expect(
      moves("Four hundred and fifty dollars on your card the week your rent goes out is a real squeeze."),
    ).toContain("acknowledges_impact");
  });

  it("reads an exchange, a moved membership, breathing space and a charge on hold as offers", () => {
    for (const offer of [
      "I can exchange it for the bigger size today.",
      "I can move your membership to our Denver club at the same price.",
      "I can give you thirty days of breathing space on the account.",
      "I'll put the charge on hold while the damage team reviews your photo.",
      "We can set up a payment plan over six months.",
    ])
      expect(moves(offer), offer).toContain("offers_remedy");
    expect(moves("Here's how it works: the team reviews it, and I can refund the $450 now.")).toContain(
      "offers_remedy",
    );
    expect(moves("I'll check how the refund was worked out.")).not.toContain("offers_remedy");
  });

  it("does not read an upper-case reference code as jargon, but still an acronym", () => {
    expect(moves("Your reference is RA-88213, and it's in the email.")).not.toContain("uses_jargon");
    expect(moves("I've logged it as ticket INC-40412.")).not.toContain("uses_jargon");
    expect(moves("The RCA says the SLA was met.")).toContain("uses_jargon");
  });

  it("does not read a threat to cut the customer off as naming their situation", () => {
    expect(moves("If you don't pay by Friday we'll cut you off.")).not.toContain("acknowledges_impact");
    expect(moves("I'm sorry the outage cut you off mid-call.")).toContain("acknowledges_impact");
  });

  it("reads 'Being … is awful' as a statement, not a question", () => {
    const reading = readTurn("Being sent home with the wrong tablets for your dad is awful.").sentences[0];
    expect(reading?.question).toBeNull();
    expect(moves("Being sent home with the wrong tablets for your dad is awful.")).not.toContain("asks_question");
  });

  it("reads 'you signed the sheet, so it stands' as blaming the customer", () => {
    expect(moves("You signed the check-out sheet, so the charge stands.")).toContain("blames_customer");
  });
});

describe("stock sympathy with a contraction", () => {
  it('reads "I\'m sorry for any inconvenience" as stock sympathy, not an acknowledgement', () => {
    expect(moves("I understand your frustration and I'm sorry for any inconvenience.")).not.toContain(
      "acknowledges_impact",
    );
    expect(moves("I'm so sorry your dad fell in the bathroom.")).toContain("acknowledges_impact");
    expect(moves("Four hours on the road and your room's gone: that must be awful, I'm sorry.")).toContain(
      "acknowledges_impact",
    );
    expect(moves("That must be awful, I'm sorry.")).not.toContain("acknowledges_impact");
  });
});

describe("situations counted, and offers outside telecom", () => {
  it("hears what the customer went through, counted, as acknowledging it", () => {
    expect(moves("Three calls and fifty minutes on hold, with your payment missing.")).toContain("acknowledges_impact");
    expect(moves("We gave your father twice his dose and he fell because of it.")).toContain("acknowledges_impact");
    expect(moves("How is he doing now?")).toContain("asks_about_impact");
    expect(moves("Your grandmother's table, cracked by our crew.")).toContain("acknowledges_impact");
  });

  it("reads an advance into the account as an offer", () => {
    expect(moves("I can pay you an advance of $412 into your account today.")).toContain("offers_remedy");
  });

  it("hears a remedy already done as a remedy: a seat booked and confirmed", () => {
    expect(
      moves("There's a flight at 6:40 tomorrow morning. I've put you on it and your seat is confirmed, 14C."),
    ).toContain("offers_remedy");
    expect(moves("I've put you on the 7:05 and your seat is confirmed.")).toContain("offers_remedy");
    expect(moves("Your booking was confirmed last week, so the system shows you as travelling.")).not.toContain(
      "offers_remedy",
    );
  });

  it("hears lifting a hold and paying an approved amount as remedies", () => {
    for (const offer of [
      "I can lift the hold on your card right now.",
      "I can unblock your card as soon as you confirm those weren't you.",
      "I can pay the approved $2,100 now and review the rest.",
    ])
      expect(moves(offer), offer).toContain("offers_remedy");
    expect(moves("Can you hold the line for a moment?")).not.toContain("offers_remedy");
  });

  it("does not read owning a missing update as blaming the customer", () => {
    expect(moves("I'm so sorry, you should have heard from us before now.")).not.toContain("blames_customer");
    expect(moves("You should have had a call from us on Monday.")).not.toContain("blames_customer");
    expect(moves("You should have read the contract.")).toContain("blames_customer");
  });
});
