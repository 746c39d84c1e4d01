import { describe, expect, it } from "vitest";
import type { RepMove } from "./moves";
import { detectMoves } from "./detect-moves";

/**
 * Sentences written for these tests (session 14, lane s14-moves-a), none from evals/; the first of each
 * list are the held-call misses the lead reported (calls held by hand, not an eval set).
 */
const moves = (text: string): RepMove[] => detectMoves(text).map((found) => found.move);

describe("a question whose subject points back at what the rep said checks understanding", () => {
  it.each([
    "Does that all work?",
    "Does that all work for you?",
    "I've moved the payment to the 5th and split the fee in two. Does all of that suit you?",
    "Does this sound fair?",
    "So does all that add up?",
    "The refund's gone through, so you understand there's nothing else to pay?",
    "You follow?",
    "Just to confirm, you want the line closed from today?",
    // Session 16, from a held call: whether the plan covers what they need.
    "Does that cover everything you need?",
    // Session 17, from a held call: offering to say it again.
    "Is there anything about that you'd like me to go over?",
    "Would you like me to go through any of that again?",
    // Session 18, from a held call: the check, then a second clause of its own.
    "Does that all make sense, and is there anything else I can do?",
  ])("%j checks understanding", (text) => {
    expect(moves(text)).toContain("checks_understanding");
  });

  it.each([
    // A determiner before a noun names something else: a slot, a device, a plan.
    "Does that time work for your team?",
    "Does this router work with fibre?",
    "Is there anything I can go through with the team for you?",
    // "it" is a thing the customer holds: troubleshooting, not a check.
    "Does it work now?",
    // Words after the verb ask about something else.
    "Does that work for the Tuesday delivery window?",
    "Does that cover the cost of the taxi?",
    "Does that work for your Tuesday delivery, or shall I move it?",
    // "Just to check," before an ordinary inverted question checks a fact.
    "Just to check, are you calling from the number on the account?",
    "Just to check, would an engineer on Monday be okay?",
    // A statement, not a question.
    "You understand the charge better than I do.",
  ])("%j does not", (text) => {
    expect(moves(text)).not.toContain("checks_understanding");
  });
});

describe("a question about what the customer is up against asks about the impact", () => {
  it.each([
    "Is there a deadline you're up against?",
    "What deadline are you working to?",
    "Are you facing a cut-off with your clients?",
    "Do you have a due date we should know about?",
  ])("%j asks about impact", (text) => {
    expect(moves(text)).toContain("asks_about_impact");
  });

  it.each([
    // A rule's deadline, or a deadline told rather than asked.
    "Is there a deadline for the claim form?",
    "What's the deadline for the payment?",
    "You have a deadline of the 30th to return the form.",
    "What's your account number, and is there a deadline you're working to?",
  ])("%j does not", (text) => {
    expect(moves(text)).not.toContain("asks_about_impact");
  });
});
