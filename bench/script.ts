/** What the bench's rep says, and the transcripts it grades. Realistic lines, so the rule-based paths do real work. */

export const PERSONA_ID = "cancel-after-outages";
export const RUBRIC_ID = "retention-call";

/**
 * A rep who listens but never offers a remedy or confirms the cancellation, so the (easy)
 * customer stays on the line for all the turns a benchmark call needs.
 */
export const REP_LINES = [
  "Hi Dana, I'm Sam. I'm really sorry, three outages in a month is not acceptable, and losing a client call because of us sounds awful.",
  "How have the outages affected your work this month?",
  "That makes sense. Working from home, you need a line you can trust, and we have not given you one.",
  "Can you tell me what time the line dropped yesterday, so I can match it against the outage log?",
  "I can see the outage on your street from 9:40 to 1:15. I understand why you are done with us.",
  "I'm going to look into why the second outage was closed as resolved without anyone calling you back.",
  "What would a working connection need to look like for you to feel you can rely on it again?",
  "I hear you. Nine years is a long time, and you deserved better after the first outage.",
  "Let me check the line history for 18 Linden Court while we talk, it takes a moment.",
  "I have noted the lost pitch on your account, so nobody asks you to explain it again.",
  "Is the router the one the engineer replaced in March, the one with the blue light on the front?",
  "Thank you for staying on the line with me, I know your client call is at eleven.",
] as const;

/**
 * The rep's line for a turn. With a `reference`, the line is unique to that call: otherwise two
 * calls could send identical transcripts, and a stored judgement would be served instead of a
 * model call, which is not the cost being measured.
 */
export function repLine(turn: number, salt = 0, reference?: string): string {
  const line = REP_LINES[(turn + salt) % REP_LINES.length] ?? "Okay.";
  return reference === undefined ? line : `${line} Your reference for this call is ${reference}.`;
}

const CUSTOMER_LINES = [
  "Yeah, hi. I want to cancel my internet. Today. And I don't want to hear about any deals.",
  "Three times this month. Yesterday it went right in the middle of a pitch and I lost the client.",
  "It has cost me a project worth about six thousand dollars. That is how it affected my work.",
  "I called after the second one and was told it was resolved. Nobody followed up.",
  "It dropped at twenty to ten and came back after one. My neighbour was down as well.",
  "I have a quote from another provider who can install on Friday.",
  "Fine. What are you going to do about it, though?",
  "I have a client call at eleven, so I need this done before then.",
] as const;

export type GradeTurn = { index: number; role: "customer" | "rep"; text: string };

/** A call of `length` lines, customer first, alternating; a `reference` makes every rep line unique to it. */
export function transcriptOf(length: number, reference?: string): GradeTurn[] {
  return Array.from({ length }, (_, index): GradeTurn => {
    const role = index % 2 === 0 ? "customer" : "rep";
    const text =
      role === "customer"
        ? (CUSTOMER_LINES[(index / 2) % CUSTOMER_LINES.length] ?? "Okay.")
        : repLine((index - 1) / 2, 0, reference === undefined ? undefined : `${reference}-${index}`);
    return { index, role, text };
  });
}
