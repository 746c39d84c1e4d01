import { z } from "zod";

/**
 * The vocabulary of things a rep can do in a turn. Persona `reacts`, concession rules and
 * scripted lines are written in these words, rubric signals can use them, and both engines
 * classify each rep turn into zero or more of them.
 */
export const REP_MOVES = [
  "greets",
  "generic_empathy",
  "acknowledges_impact",
  "apologises",
  "asks_question",
  "asks_about_impact",
  "interrogates_reason",
  "checks_understanding",
  "explains",
  "uses_jargon",
  "offers_remedy",
  "retention_pitch",
  "superiority_pitch",
  "refuses_or_delays",
  "deflects_channel",
  "transfers",
  "escalates",
  "commits_to_action",
  "confirms_cancellation",
  "tells_customer_to_calm_down",
  "blames_customer",
  "rambles",
] as const;

export const repMove = z.enum(REP_MOVES);
export type RepMove = z.infer<typeof repMove>;

/** One line each, used in the model prompt that classifies a rep turn and in docs. */
export const MOVE_DESCRIPTIONS: Record<RepMove, string> = {
  greets: "Greets the customer or introduces the rep ('Hi, thanks for calling, this is Sam').",
  generic_empathy:
    "Expresses sympathy or understanding in stock words that name nothing specific about this customer ('I understand your frustration', 'sorry for the inconvenience', 'I hear you').",
  acknowledges_impact:
    "Names, in the rep's own words, what this customer specifically lived through or how it affected them ('losing a client call in the middle of an outage is awful'). Stock sympathy is generic_empathy, not this.",
  apologises: "Apologises, on the company's behalf or the rep's ('I'm sorry', 'we got this wrong', 'my apologies').",
  asks_question: "Asks the customer a question (any question, open or closed, including 'can you tell me...').",
  asks_about_impact:
    "Asks an open question about how the problem affected the customer, their work, business or life, that the customer could answer with their story ('how has this affected your work?'). Asking why they want to cancel is not this.",
  interrogates_reason:
    "Presses the customer for their reasons for leaving or refusing, after they have stated what they want ('why do you want to cancel?', 'help me understand what you're not liking', 'what would it take to keep you?').",
  checks_understanding:
    "Checks the customer has understood or agrees ('does that make sense?', 'have I got that right?').",
  explains: "Explains what happened, why, or what something means, in plain words.",
  uses_jargon: "Uses internal or technical jargon a customer would not know ('I'll raise a P2 in the NOC queue').",
  offers_remedy:
    "Offers something concrete to put things right for what went wrong: a credit, refund, technician visit, fix, replacement.",
  retention_pitch:
    "Pitches a deal, plan, upgrade, discount or reasons to stay or buy more, to keep or grow the account.",
  superiority_pitch:
    "Claims the company or product is the best, fastest, number one, better than competitors ('we have the fastest network in the state').",
  refuses_or_delays:
    "Refuses, stalls, cites policy as a reason not to, or says the request cannot be done now ('policy says I can't').",
  deflects_channel:
    "Sends the customer to another channel instead of helping on this call ('you can do that on our website', 'call the number on your bill').",
  transfers: "Transfers the customer or says they will pass them to another department or person.",
  escalates: "Escalates to a supervisor, manager or specialist team, or raises the priority of the case.",
  commits_to_action: "Commits to a specific action with an owner or a time ('I'll call you back by 3pm').",
  confirms_cancellation: "Confirms the customer's cancellation is done or being processed now.",
  tells_customer_to_calm_down: "Tells the customer to calm down, relax, or stop shouting.",
  blames_customer:
    "Blames the customer, or says the problem is not the company's ('you should have read the contract', 'that's not on our end').",
  rambles: "Talks at length without a point the customer asked for (turn-level).",
};

/** Moves that are withdrawn by sarcasm: it says the opposite of what the words offer. */
export const KIND_MOVES = new Set<RepMove>([
  "generic_empathy",
  "acknowledges_impact",
  "apologises",
  "offers_remedy",
  "commits_to_action",
  "greets",
]);
