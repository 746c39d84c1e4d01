import { HANG_UP, type Persona } from "../library/persona-schema";
import type { PersonaState } from "./director";
import type { Transcript } from "../conversation/transcript";
import { STAGE_DIRECTIONS } from "../conversation/speakable-text";

export type ViolationKind =
  | "stage_direction"
  | "markup"
  | "ai_disclosure"
  | "helps_rep"
  | "invented_fact"
  | "volunteers"
  | "state_leak"
  | "accepts_early"
  | "ends_early"
  | "empty";

export interface Violation {
  kind: ViolationKind;
  /** The offending words, as they appear in the reply. */
  text: string;
}

const MARKUP = [/^#{1,6}\s/m, /^\s*(?:[-*•]|\d+\.)\s+\S/m, /\*\*|__|```/];
const AI_DISCLOSURE =
  /\b(as an ai|(?:large )?language model|i(?:'m| am) (?:just )?(?:an? )?(?:ai|artificial intelligence|assistant|chatbot|bot|virtual customer)|this is (?:just )?(?:a |an )?(?:simulation|role[- ]?play|training exercise)|i(?:'m| am) (?:just )?(?:role[- ]?playing|simulating|pretending to be))\b/i;
const HELPS_REP =
  /\b(you (?:should|could|might want to|need to) (?:say|offer|ask me|acknowledge|apologi[sz]e|empathi[sz]e)|a good (?:rep|agent)|as a (?:rep|customer service)|(?:tip|suggestion|advice|feedback) for you|try (?:saying|offering|asking)|your (?:rubric|score|grade)|(?:great|good) (?:question|job)[,.!] (?:you|now))/i;

/** Account-style numbers and money amounts the customer might state. */
const FACT_NUMBERS = [
  /(?:ending|ends in|ending in|account number)\s*(?:is\s*)?(\d{3,})/gi,
  /\$\s?(\d[\d,]*(?:\.\d{2})?)/g,
];

/** The director's numbers said aloud: "ten out of ten", "six more chances", "my patience is at 2". */
const STATE_LEAK =
  /\b(?:(?:\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:out of|\/)\s*(?:10|ten)\b|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) more (?:chances?|tries|unhelpful)|(?:my )?mood (?:is|at|of) |patience (?:left|is at)|director'?s note)/i;
/** Giving in: only when the director ends the call with an outcome other than a hang-up. */
const ACCEPTS =
  /\b(?:i'?ll stay|i will stay|i'?ll keep (?:it|the service)|(?:you'?ve got a|it'?s a) deal|i accept|i'?ll take (?:it|that|the offer|the credit))\b/i;
/** Leaving: only when the director says the call ends. */
const ENDS = /\b(?:good ?bye|bye now|i'?m hanging up(?: now)?[.!]|i'?m done(?: here| with (?:this|you))?[.!])/i;

/** A persona file as JSON, once per loaded persona (the library hands out the same object per version). */
const personaTexts = new WeakMap<Persona, string>();
function personaText(persona: Persona): string {
  let text = personaTexts.get(persona);
  if (text === undefined) personaTexts.set(persona, (text = JSON.stringify(persona)));
  return text;
}

/**
 * Checks a customer reply before it is sent: spoken words only (no stage directions or markup),
 * never admitting to being an AI, never coaching the rep, no account numbers or amounts that
 * appear nowhere in the persona file or the call, none of the persona's `holds_back` words before
 * the rep said them, none of the director's numbers, and (given the director's state) no giving in
 * or leaving that the director did not decide.
 */
export function checkInCharacter(
  reply: string,
  persona: Persona,
  transcript: Transcript,
  director?: Pick<PersonaState, "outcome">,
): Violation[] {
  if (reply.trim() === "") return [{ kind: "empty", text: "" }];
  const found: Violation[] = [];
  const first = (pattern: RegExp) => pattern.exec(reply)?.[0];
  for (const pattern of STAGE_DIRECTIONS) {
    const text = first(pattern);
    if (text) found.push({ kind: "stage_direction", text });
  }
  for (const pattern of MARKUP) {
    const text = first(pattern);
    if (text) found.push({ kind: "markup", text: text.trim() });
  }
  const disclosure = first(AI_DISCLOSURE);
  if (disclosure) found.push({ kind: "ai_disclosure", text: disclosure });
  const helping = first(HELPS_REP);
  if (helping) found.push({ kind: "helps_rep", text: helping });

  // What the customer may quote, built only when the reply states a number (most replies do not).
  let known: string | undefined;
  for (const pattern of FACT_NUMBERS) {
    for (const match of reply.matchAll(pattern)) {
      const digits = (match[1] ?? "").replace(/,/g, "");
      known ??= `${personaText(persona)}\n${transcript.map((turn) => turn.text).join("\n")}`.replace(/,/g, "");
      if (digits && !known.includes(digits)) found.push({ kind: "invented_fact", text: match[0] });
    }
  }
  let repSaid: string | undefined;
  // Once the director ends the call (an offer accepted), the customer may say its terms.
  for (const phrase of director?.outcome ? [] : persona.holds_back) {
    const at = reply.toLowerCase().indexOf(phrase.toLowerCase());
    repSaid ??= transcript
      .filter((turn) => turn.role === "rep")
      .map((turn) => turn.text.toLowerCase())
      .join("\n");
    if (at >= 0 && !repSaid.includes(phrase.toLowerCase()))
      found.push({ kind: "volunteers", text: reply.slice(at, at + phrase.length) });
  }
  const leak = first(STATE_LEAK);
  if (leak) found.push({ kind: "state_leak", text: leak });
  if (director) {
    const accepting = first(ACCEPTS);
    if (accepting && (director.outcome === null || director.outcome === HANG_UP))
      found.push({ kind: "accepts_early", text: accepting });
    const ending = first(ENDS);
    if (ending && director.outcome === null) found.push({ kind: "ends_early", text: ending });
  }
  return found;
}

export function describeViolations(violations: Violation[]): string {
  const names: Record<ViolationKind, string> = {
    stage_direction: "a stage direction",
    markup: "formatting",
    ai_disclosure: "saying you are an AI or that this is a simulation",
    helps_rep: "coaching the rep",
    invented_fact: "a number that is not in your facts",
    volunteers: "something the rep has to bring up first",
    state_leak: "the director's numbers or notes",
    accepts_early: "giving in before your conditions are met",
    ends_early: "ending the call while it goes on",
    empty: "no words",
  };
  return violations
    .map((violation) => `${names[violation.kind]}${violation.text ? ` ("${violation.text}")` : ""}`)
    .join("; ");
}
