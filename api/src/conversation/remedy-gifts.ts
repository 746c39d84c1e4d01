import { actDoneNow } from "./rep-commitments";
import { customersActEarnsIt } from "./remedy-terms";
import { stopgapOffered } from "./remedy-stopgaps";
import type { Tokens } from "./tokens";

/**
 * Remedies read by what the rep gives and what is put right (session 16, issue 14 item 7), in forms the
 * phrase rules and remedy-done.ts miss:
 * - something given for what the customer went through: "I'll add 5,000 points to your account for the
 *   trouble", "we'll send you a hamper for the wait" (the trouble named after "for" makes it compensation);
 * - a charge or a loss put right, said of it in the present or future passive: "so the exit fee is waived",
 *   "your ticket will be refunded in full" (not a rule about such things: "fees are waived if…", "a fee is…");
 * - the act that puts it right, opening the sentence, done now: "Unblocking it now", "Refunding that now";
 * - the rep's fix, done or under way: "I've reconnected the line", "I've removed the late fee";
 * - a sum handed to them or put back ("I can offer you a goodwill payment of £40", "£20 back on your account");
 * - the remedy said from the receiver's side, "you'll get a full refund", or a cut the rep makes ("let me
 *   knock £20 off this bill"; one the customer earns by a commitment is a pitch, remedy-terms.ts);
 * - a day put to the customer for the visit or the fix: "Would Thursday work, or is Friday better?".
 * Not a negated verb, nor one behind a condition or time clause ("if it's faulty, the phone is replaced").
 */

/** Verbs of giving something to the customer. */
const GIVE = /^(?:add|give|put|apply|send|offer|throw|pop|credit|knock|take|pay|post|book|upgrade)$/;
/** What the customer went through: the gift is for it. */
export const TROUBLE =
  /^(?:trouble|inconvenience|hassle|wait|waiting|delay|delays|disruption|bother|stress|mix-up|mixup|confusion|frustration|error|mistake|upset|aggravation|time)$/;
/** Acts that put a charge or a loss right. */
const PUT_RIGHT =
  /^(?:waive|refund|credit|reimburse|compensate|replace|repair|fix|rebook|restore|reinstate|reverse|unblock|reconnect|resend|reissue)$/;
const SCENE = /^(?:if|once|when|whenever|unless|until|after|before|provided)$/;

/** "I'll add 10,000 points to your account for the trouble": the rep's gift, for what they went through. */
function givenForTheTrouble({ words, pos, lemmas, negation }: Tokens): boolean {
  return words.some((word, i) => {
    if (pos[i] !== "VERB" || negation[i] || !GIVE.test(lemmas[i] ?? "")) return false;
    if (!words.slice(Math.max(0, i - 3), i).some((before) => /^(?:i|we|me|let)$/.test(before))) return false;
    return words.slice(i + 1).some((next, k) => {
      const at = i + 1 + k;
      return (
        next === "for" &&
        /^(?:the|your|all|any|this)$/.test(words[at + 1] ?? "") &&
        words.slice(at + 1, at + 4).some((noun) => TROUBLE.test(noun)) &&
        // "for the time being" is how long, not what it is for.
        words[at + 3] !== "being"
      );
    });
  });
}

/** "So the early exit fee is waived", "your ticket will be refunded": a charge or loss put right, in the passive. */
function putRightInThePassive({ words, pos, lemmas, negation }: Tokens): boolean {
  if (words.some((word) => SCENE.test(word))) return false;
  return words.some((word, i) => {
    if (pos[i] !== "VERB" || negation[i] || !PUT_RIGHT.test(lemmas[i] ?? "") || !/(?:ed|en)$/.test(word)) return false;
    let aux = i - 1;
    while (/^(?:now|also|fully|all|automatically|just)$/.test(words[aux] ?? "") || words[aux] === "in") aux -= 1;
    // "is waived", "are refunded", "will be refunded"; the perfect is remedy-done's.
    const present = /^(?:is|are|'s|'re)$/.test(words[aux] ?? "");
    const future = words[aux] === "be" && /^(?:will|'ll)$/.test(words[aux - 1] ?? "");
    if (!present && !future) return false;
    const subjectEnd = future ? aux - 1 : aux;
    // The subject is theirs or the one in hand ("the early exit fee", "your ticket"), not a kind ("fees", "a fee").
    let from = subjectEnd;
    while (from > 0 && /^(?:ADJ|NOUN|PROPN|NUM)$/.test(pos[from - 1] ?? "")) from -= 1;
    return (
      from < subjectEnd && pos[subjectEnd - 1] === "NOUN" && /^(?:the|your|that|this)$/.test(words[from - 1] ?? "")
    );
  });
}

/** What the customer is given back: said from their side, "you'll get a full refund". */
const GIVEN_BACK =
  /^(?:refund|credit|replacement|compensation|voucher|rebate|reimbursement|goodwill|payment|apology)s?$/;

/** "You'll get a full refund", "you'll receive a £30 credit on your next bill": the remedy, from the receiver's side. */
function receivedByThem({ words, pos, lemmas, negation }: Tokens): boolean {
  if (words.some((word) => SCENE.test(word) || /^(?:need|have|must)$/.test(word))) return false;
  return words.some((word, i) => {
    if (word !== "you" || !/^(?:will|'ll)$/.test(words[i + 1] ?? "")) return false;
    let at = i + 2;
    while (pos[at] === "ADV") at += 1;
    if (negation[at] || !/^(?:get|receive|see|have)$/.test(lemmas[at] ?? "")) return false;
    at += 1;
    while (/^(?:DET|ADJ|NUM|SYM|PRON)$/.test(pos[at] ?? "") && !/^(?:it|that|this)$/.test(words[at] ?? "")) at += 1;
    return GIVEN_BACK.test(words[at] ?? "");
  });
}

/** "twenty dollars", "ten per cent": a sum said in words. */
function sumInWords({ words, pos }: Tokens, at: number): boolean {
  return pos[at] === "NUM" && /^(?:dollars?|pounds?|euros?|quid|bucks|percent|per)$/.test(words[at + 1] ?? "");
}

/** "Let me knock £20 off this month's bill", "I'll take 10% off": a cut the rep makes, not one the customer earns. */
function cutByTheRep(tokens: Tokens): boolean {
  const { words, lemmas, negation } = tokens;
  if (customersActEarnsIt(tokens)) return false;
  return words.some((word, i) => {
    if (!/^(?:knock|take|shave)$/.test(lemmas[i] ?? "") || negation[i]) return false;
    const rep = words.slice(Math.max(0, i - 3), i).some((before) => /^(?:i|we|me)$/.test(before));
    const sum = words
      .slice(i + 1, i + 4)
      .some((next, k) => /^(?:[£$€%]|\d[\d,.]*%?)$/.test(next) || sumInWords(tokens, i + 1 + k));
    return rep && sum && words.slice(i + 2, i + 6).includes("off");
  });
}

/** "I can offer you a goodwill payment of £40", "I'll put £20 back on your account", "the £30 is going back onto your card". */
function moneyToThem({ words, pos, lemmas, negation }: Tokens): boolean {
  const sum = words.findIndex((word, i) => /^[£$€]$/.test(word) && pos[i + 1] === "NUM");
  if (sum < 0 || words.some((word) => SCENE.test(word)) || negation.some(Boolean)) return false;
  // Back to them: "back on your account", "back onto your card".
  const back = words.findIndex((word, i) => i > sum + 1 && i < sum + 6 && word === "back");
  if (back > 0 && /^(?:on|onto|into|to)$/.test(words[back + 1] ?? "") && /^(?:your|the)$/.test(words[back + 2] ?? ""))
    return true;
  // Handed over by the rep: "I can offer you … £40", "we'll pay you £25".
  return words.some(
    (word, i) =>
      i < sum &&
      /^(?:offer|give|pay|send|transfer)$/.test(lemmas[i] ?? "") &&
      words[i + 1] === "you" &&
      words.slice(Math.max(0, i - 3), i).some((before) => /^(?:i|we)$/.test(before)),
  );
}

/** Fixes the rep makes to the service or the account: "reconnected", "unlocked", "corrected". */
const FIX =
  /^(?:reconnect|reactivate|unlock|unblock|unfreeze|reset|restore|reinstate|fix|correct|amend|repair|reverse)$/;
/** Taking a charge away: "removed the late fee", "cleared the balance", "taken the charge off". */
const TAKE_AWAY = /^(?:remove|clear|cancel|take|wipe|drop|scrap|write)$/;
const CHARGE = /^(?:fee|charge|penalty|balance|debt|interest|fine|surcharge|arrears)s?$/;

/** "I've reconnected the line", "we're correcting the bill", "I've removed the late fee": the rep's fix, done or doing. */
function fixByTheRep({ words, pos, lemmas, negation }: Tokens): boolean {
  return words.some((word, i) => {
    if (pos[i] !== "VERB" || negation[i]) return false;
    // The lite model leaves some forms unlemmatised ("reconnected").
    const tagged = (lemmas[i] ?? "").replace(/^re-/, "re");
    const lemma = tagged === word && /ed$/.test(word) ? word.replace(/ed$/, "") : tagged;
    const takesAway = TAKE_AWAY.test(lemma);
    if (!FIX.test(lemma) && !takesAway) return false;
    let aux = i - 1;
    while (/^(?:just|now|already|also|gone|ahead|and)$/.test(words[aux] ?? "")) aux -= 1;
    const tense =
      (/^(?:have|'ve)$/.test(words[aux] ?? "") && (word !== lemma || lemma === "reset")) ||
      (/^(?:am|are|'m|'re)$/.test(words[aux] ?? "") && /ing$/.test(word));
    if (!tense || !/^(?:i|we)$/.test(words[aux - 1] ?? "")) return false;
    // The object follows: a charge for taking away, anything for a fix ("the line", "your card").
    const object = words.slice(i + 1, i + 5);
    if (takesAway) return object.some((next) => CHARGE.test(next));
    return /^(?:DET|PRON)$/.test(pos[i + 1] ?? "");
  });
}

const DAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today)$/;
const SUITS = /^(?:work|suit|do|better|okay|ok|convenient|good|easier)$/;

/** "Would Thursday morning work, or is Friday better?": a day put to the customer for the visit or the fix. */
function dayOffered({ words }: Tokens): boolean {
  return words.some(
    (word, i) =>
      /^(?:would|does|will|could|is|'s|can)$/.test(word) &&
      DAY.test(words[i + 1] ?? "") &&
      words.slice(i + 2, i + 5).some((next) => SUITS.test(next)),
  );
}

/** Whether a sentence offers a remedy by one of the readings above (only a day can be offered as a question). */
export function remedyGiven(tokens: Tokens, question: boolean): boolean {
  if (question) return dayOffered(tokens);
  const now = actDoneNow(tokens);
  if (receivedByThem(tokens) || cutByTheRep(tokens) || moneyToThem(tokens) || fixByTheRep(tokens)) return true;
  if (stopgapOffered(tokens)) return true;
  return (now !== null && PUT_RIGHT.test(now)) || givenForTheTrouble(tokens) || putRightInThePassive(tokens);
}
