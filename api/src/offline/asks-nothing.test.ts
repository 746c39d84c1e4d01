import { describe, expect, it } from "vitest";
import { readTurn } from "../conversation/read-turn";
import { asksAboutTheirSituation } from "./signal-levels";

// Sentences written for this test. `good.question` counts only questions about the customer's situation.
const askedAbout = (text: string) => readTurn(text).sentences.some(asksAboutTheirSituation);

describe("questions that ask the customer nothing", () => {
  it("a bare tag ('OK? Great.') is a rhetorical check, not a question about them", () => {
    expect(askedAbout("Your refund is on its way. OK? Great.")).toBe(false);
    expect(askedAbout("Right?")).toBe(false);
  });

  it("the cause told as 'what happened there is…' is a statement, not a question", () => {
    expect(askedAbout("So what happened is your payment went through twice.")).toBe(false);
    const told = "What happened there is the fault tripped the line, so you've got no signal.";
    expect(askedAbout(told)).toBe(false);
  });

  it("asking for an identifier, or the opener's 'how can I help?', is administration, not about them", () => {
    expect(askedAbout("Can I take your membership number?")).toBe(false);
    expect(askedAbout("What's the policy number on the claim?")).toBe(false);
    expect(askedAbout("Hello, you're through to Priya, how can I help?")).toBe(false);
  });

  it("a real question about them still counts", () => {
    expect(askedAbout("Has the second charge left you short this month?")).toBe(true);
    expect(askedAbout("What happened when the card was declined?")).toBe(true);
  });
});
