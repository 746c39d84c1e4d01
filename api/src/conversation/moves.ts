import { z } from "zod";

/**
 * The vocabulary of things a rep can do in a turn. Persona `reacts`, concession rules and
 * scripted lines are written in these words, rubric signals can use them, and both engines
 * classify each rep turn into zero or more of them.
 */
export const REP_MOVES = [
  "greets",
  "acknowledges_impact",
  "apologises",
  "asks_question",
  "asks_about_impact",
  "checks_understanding",
  "explains",
  "uses_jargon",
  "offers_remedy",
  "retention_pitch",
  "refuses_or_delays",
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
  greets: "Greets the customer or introduces themselves.",
  acknowledges_impact:
    "Reflects the customer's specific situation or feelings back (e.g. 'losing a client call because of an outage is awful').",
  apologises: "Apologises.",
  asks_question: "Asks the customer a question.",
  asks_about_impact: "Asks how the problem has affected the customer, their work or their life.",
  checks_understanding: "Checks the customer has understood ('does that make sense?').",
  explains: "Explains what happened, why, or what something means, in plain words.",
  uses_jargon: "Uses internal or technical jargon a customer would not know.",
  offers_remedy: "Offers something concrete to put things right: a credit, refund, technician visit, fix.",
  retention_pitch: "Pitches a deal, plan, upgrade or reasons to stay.",
  refuses_or_delays: "Refuses, stalls, cites policy, or says the request cannot be done now.",
  transfers: "Transfers or says they will pass the customer to another department.",
  escalates: "Escalates to a supervisor, manager or specialist team, or raises the priority.",
  commits_to_action: "Commits to a specific action with an owner or a time ('I will call you back by 3pm').",
  confirms_cancellation: "Confirms the cancellation is done or being processed now.",
  tells_customer_to_calm_down: "Tells the customer to calm down, relax or stop shouting.",
  blames_customer: "Blames the customer or says it is not the company's problem.",
  rambles: "Talks at length without a point the customer asked for.",
};
