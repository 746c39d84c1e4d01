import type { Persona } from "../library/persona-schema";
import type { Transcript } from "../conversation/transcript";
import { STAGE_DIRECTIONS } from "../conversation/speakable-text";

export type ViolationKind = "stage_direction" | "markup" | "ai_disclosure" | "helps_rep" | "invented_fact" | "empty";

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

/**
 * Checks a customer reply before it is sent: spoken words only (no stage directions or markup),
 * never admitting to being an AI, never coaching the rep, and no account numbers or amounts that
 * appear nowhere in the persona file or the call.
 */
export function checkInCharacter(reply: string, persona: Persona, transcript: Transcript): Violation[] {
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

  const known = `${JSON.stringify(persona)}\n${transcript.map((turn) => turn.text).join("\n")}`.replace(/,/g, "");
  for (const pattern of FACT_NUMBERS) {
    for (const match of reply.matchAll(pattern)) {
      const digits = (match[1] ?? "").replace(/,/g, "");
      if (digits && !known.includes(digits)) found.push({ kind: "invented_fact", text: match[0] });
    }
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
    empty: "no words",
  };
  return violations
    .map((violation) => `${names[violation.kind]}${violation.text ? ` ("${violation.text}")` : ""}`)
    .join("; ");
}
