import { IMPACT_PROMPT } from "./move-rules";
import type { Tokens } from "./tokens";

/**
 * "How has it been for you?" read by the clause that asks it (session 16, issue 14 item 7): a "how"
 * clause about how something has been or gone for the customer, or about a part of their life ("how
 * have your nights been?", "how's all this been for you?", "how has it left things for you?"), asks
 * about their experience, also when it follows a statement or another question in the same sentence
 * ("I know this is worrying; how has it left things for you?", "Is she okay, and how have your nights
 * been?") or is put as a prompt ("Tell me how the last few days have been for you"); "what has it been
 * like for you?" and "how did you get on without it?" ask the same. How the service
 * has been ("how has your connection been?") asks about the fault, not about them.
 */

/** Parts of a customer's life whose "how has it been" is their experience: times, people, their work. */
const LIFE =
  /^(?:days?|nights?|weeks?|weekends?|mornings?|evenings?|months?|life|family|kids|children|staff|team|customers|clients|business|work|shop|holiday|trip|week|sleep|mum|mom|dad|son|daughter|husband|wife|partner|baby|father|mother|parents?|gran|nan|grandad|grandma|grandpa|grandmother|grandfather|flat|home|house|household)$/;
/** Their home, named with "the" as often as "your" ("What's the flat been like at night?"). */
const HOME = /^(?:flat|home|house|household|apartment)$/;

/** Where a "how" clause opens: the sentence's start (after a prompt), or after a comma, semicolon, dash or "and". */
function howClauses({ words }: Tokens, text: string): number[] {
  const prompt = IMPACT_PROMPT.exec(text);
  const out: number[] = [];
  words.forEach((word, i) => {
    // "What has it been like for you?" asks what "how has it been" asks.
    if (word !== "how" && !(word === "what" && words.slice(i + 1, i + 9).includes("like"))) return;
    const before = words[i - 1] ?? "";
    if (i === 0 || /^(?:,|;|—|–|:|and|so)$/.test(before) || (prompt !== null && /^(?:me|know)$/.test(before)))
      out.push(i);
  });
  return out;
}

/** The clause asks how it has been or gone, or how it left things: "has it been", "have your nights been". */
function asksHowItWas({ words, lemmas }: Tokens, at: number): boolean {
  const clause = words.slice(at + 1, at + 12);
  const stop = clause.findIndex((word) => /^(?:,|;|—|–|\?|\.)$/.test(word));
  const own = stop < 0 ? clause : clause.slice(0, stop);
  const been = own.some((word, k) => /^(?:been|go|gone|going)$/.test(word) && lemmas[at + 1 + k] !== "have");
  // "How did you get on without it?", "how are you getting by?": how they coped, the customer as subject.
  const gotOn = own.some((word, k) => /^(?:get|got|getting)$/.test(word) && /^(?:on|by)$/.test(own[k + 1] ?? ""));
  if (gotOn && own.includes("you")) return true;
  const leftThings = own.some((word, k) => word === "left" && /^(?:things|you|everything)$/.test(own[k + 1] ?? ""));
  if (!been && !leftThings) return false;
  const forYou = own.some((word, k) => word === "for" && /^(?:you|your)$/.test(own[k + 1] ?? ""));
  const yours = own.some(
    (word, k) =>
      (/^(?:your|you)$/.test(word) && LIFE.test(own[k + 1] ?? "")) || (word === "the" && HOME.test(own[k + 1] ?? "")),
  );
  // "How has he been since he took it?": one of their people (a pronoun for a person, not "it").
  const theirPerson = been && own.some((word) => /^(?:he|she)$/.test(word));
  return forYou || yours || theirPerson || (leftThings && own.includes("you"));
}

/** Whether the sentence asks how the problem has been for the customer, in a clause of its own. */
export function asksHowItHasBeen(tokens: Tokens, text: string): boolean {
  return howClauses(tokens, text).some((at) => asksHowItWas(tokens, at));
}

/**
 * "Can you give me your account ID and how many users are affected?": a question that asks for the
 * details of the account sizes up the fault for the rep's records; it does not ask for the customer's story.
 */
const ACCOUNT_DETAILS =
  /\b(?:ID|account (?:number|id)|reference(?: number)?|postcode|zip code|serial(?: number)?|order number|ticket number|date of birth|email address|phone number)\b/i;
export function asksForAccountDetails(text: string): boolean {
  return ACCOUNT_DETAILS.test(text);
}
