import { describe, expect, it } from "vitest";
import { closingQuestionLeftOpen, questionLeftOpen } from "./unanswered-questions";

// Lines written for this test, not from evals/.
describe("a closing question the rep's reply left open", () => {
  const letter = "Oh, that's much better. Could you send me a letter with that on, so I can show my daughter?";

  it("is the customer's last question when the reply takes none of it up", () => {
    const reply = "Great, I've switched you over now and you'll see it on next month's bill. Is there anything else?";
    expect(questionLeftOpen(letter, reply)).toBe("Could you send me a letter with that on, so I can show my daughter?");
    expect(questionLeftOpen("Thanks. Will you put it in writing?", "You're all set. Have a good day.")).toBe(
      "Will you put it in writing?",
    );
    // A sign-off after it leaves it asked.
    expect(questionLeftOpen("That's all I needed. And update my number, yeah? Thanks.", "Anything else?")).toBe(
      "And update my number, yeah?",
    );
  });

  it("is answered by a reply that takes up its words, or answers it straight", () => {
    expect(questionLeftOpen(letter, "I'll post the letter today, so you'll have it by Friday.")).toBeNull();
    expect(questionLeftOpen(letter, "Of course, it'll go out today.")).toBeNull();
    expect(questionLeftOpen(letter, "Oh, yes, I'll do that now.")).toBeNull();
    expect(
      questionLeftOpen("Will you put it in writing?", "I'll send it in writing by email this afternoon."),
    ).toBeNull();
  });

  it("is nothing when the line asked nothing, asked it earlier, or named nothing to take up", () => {
    expect(questionLeftOpen("That's great, thank you.", "Anything else?")).toBeNull();
    expect(questionLeftOpen("Can you send it in writing? I'll be out all week, mind.", "Bye now.")).toBeNull();
    expect(questionLeftOpen("Can you do that?", "Have a good day.")).toBeNull();
  });

  it("reads a call's last exchange: the rep's close against the customer's line before it", () => {
    const call = [
      { index: 0, role: "customer" as const, text: "Can you send it to me in writing?" },
      { index: 1, role: "rep" as const, text: "Lovely, that's all done for you. Take care." },
    ];
    expect(closingQuestionLeftOpen(call)).toBe("Can you send it to me in writing?");
    expect(closingQuestionLeftOpen(call.slice(0, 1))).toBeNull();
  });
});
