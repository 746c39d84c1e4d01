import type { RepMove } from "./moves";
import type { Tokens } from "./tokens";
import { OPENERS } from "./clause-spans";

/**
 * A pseudo-cleft whose wh-clause is an event (session 17, lane s18): "What's happened is the insurer hasn't
 * accepted liability", "what happens next is I log the claim", "what went wrong was the address". "What"
 * is the subject of its own verb and "is" or "was" then names the event: the sentence tells what happened
 * or what happens, and it is a statement, not a question ("What happened?", "What is happening?" ask).
 * Not the rep's plan put as a cleft ("what I can do is…": account-states.ts) nor advice with a modal
 * ("what would help is…").
 */

/** Verbs of events: what happens, goes wrong, changes, is caused. */
const EVENT = /^(?:happen|occur|go|change|cause|trigger|follow|come)$/;
/** Auxiliaries of a told event's tense; a modal ("would", "could") gives advice instead. */
const TENSE = /^(?:'s|is|has|had|did|was|will|'ll)$/;
/** What may sit between the event's verb and its "is": "next", "wrong", "then", "after that". */
const TAIL = /^(?:next|then|now|wrong|here|there|first|after|that|this|in|at|the|end|with|it|your|account|order)$/;

/** The index of the pseudo-cleft's "is"/"was" when the sentence opens with "what" + an event's verb, else -1. */
export function eventCleft({ words, pos, lemmas }: Tokens): number {
  let i = 0;
  while (OPENERS.test(words[i] ?? "")) i += 1;
  if (words[i] !== "what") return -1;
  i += 1;
  if (TENSE.test(words[i] ?? "") && pos[i] === "AUX") i += 1;
  if (pos[i] !== "VERB" || !EVENT.test(lemmas[i] ?? "")) return -1;
  // "What is happening?" asks: its verb is a progressive, not the cleft's event.
  if (/ing$/.test(words[i] ?? "")) return -1;
  const limit = i + 5;
  for (i += 1; i < limit && TAIL.test(words[i] ?? ""); i += 1);
  if (!/^(?:is|was|'s)$/.test(words[i] ?? "")) return -1;
  // The focus follows: a clause or a noun phrase, not the sentence's end ("What happened is?").
  return pos[i + 1] !== undefined && pos[i + 1] !== "PUNCT" ? i : -1;
}

/** Moves whose point such a cleft would serve: the pitch's benefit, the blame's evidence. */
const SERVED: RepMove[] = ["retention_pitch", "superiority_pitch", "blames_customer"];

/** Whether a statement tells an event as a pseudo-cleft; `found` holds its moves so far. */
export function tellsTheEvent(found: Set<RepMove>, tokens: Tokens): boolean {
  return !SERVED.some((move) => found.has(move)) && eventCleft(tokens) >= 0;
}
