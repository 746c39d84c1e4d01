import type { Tokens } from "./tokens";

/**
 * Blame put politely (session 16, issue 14 item 7): the rep contradicts the customer with an emphatic
 * "do" over a notice ("the instructions do say to charge it first", "we did send a text"), a counterfactual
 * in the passive ("if the card had been activated, this wouldn't have happened"), an insinuation ("which you
 * may have missed"), the paperwork called clear ("the terms are clear about that", "it clearly says not
 * to"), advice for next time, and the markers of a polite correction ("with respect,", "for future
 * reference", "I'd just gently point out that…").
 */

/** Verbs by which a thing or the company told the customer: "say", "warn", "remind", "send (a text)". */
const TOLD_THEM =
  /^(?:say|warn|tell|ask|state|mention|explain|show|remind|notify|list|include|specify|flag|send|email|text|write)$/;
/** What the company sent that the customer should have read. */
const NOTICE = /^(?:text|email|letter|reminder|notice|warning|notification|message|confirmation)s?$/;

/** "The instructions do say…", "the app does warn you…", "we did send a text…": the emphatic do of a notice. */
function emphaticNotice({ words, lemmas, pos }: Tokens): boolean {
  for (let d = 1; d < words.length - 1; d += 1) {
    if (!/^(?:do|does|did)$/.test(words[d] ?? "") || pos[d] !== "AUX") continue;
    const v = d + 1;
    if (pos[v] !== "VERB" || !TOLD_THEM.test(lemmas[v] ?? "")) continue;
    const subject = words[d - 1] ?? "";
    // "Why did we…", "what does it say": a question's auxiliary, not emphasis.
    if (!/^(?:NOUN|PROPN)$/.test(pos[d - 1] ?? "") && !/^(?:we|it|they)$/.test(subject)) continue;
    // "We did send a text": the rep's own sending is a contradiction only over a notice.
    if (/^(?:send|email|text|write)$/.test(lemmas[v] ?? "") && !words.slice(v + 1, v + 4).some((w) => NOTICE.test(w)))
      continue;
    return true;
  }
  return false;
}

/** A duty a counterfactual names undone: "activated", "collected", "told", "returned". */
const DONE =
  /^(?:activate|collect|tell|inform|notify|return|send|submit|pay|register|read|check|follow|update|renew|book|cancel|sign|lock|store|charge|install|report|provide|confirm|complete|enter|fill)$/;

/**
 * "If the card had been activated when it arrived, this wouldn't have happened", "it would have helped if
 * we'd been told about the move", "had the parcel been collected within seven days, it wouldn't have gone back".
 */
function passiveCounterfactual({ words, lemmas }: Tokens): boolean {
  const perfect = words.some(
    (word, i) => /^(?:would|could|might)$/.test(word) && (words[i + 1] === "have" || words[i + 2] === "have"),
  );
  if (!perfect) return false;
  for (let i = 0; i < words.length - 3; i += 1) {
    const opens = words[i] === "if" || (words[i] === "had" && (i === 0 || words[i - 1] === ","));
    if (!opens) continue;
    const been = words.indexOf("been", i + 1);
    if (been < 0 || been > i + 6) continue;
    // "if we'd been told": the tagger writes the "'d" as "would".
    if (words[i] === "if" && !words.slice(i + 1, been).some((w) => /^(?:had|'d|would)$/.test(w))) continue;
    // "If you'd been told earlier…": done to the customer, not left undone by them.
    if (words.slice(i + 1, been).includes("you")) continue;
    if (DONE.test(lemmas[been + 1] ?? "") && words[been + 1] !== lemmas[been + 1]) return true;
  }
  return false;
}

const POLITE = new RegExp(
  [
    // "…, which you may have missed", "you might not have seen it".
    String.raw`\byou (?:may|might) (?:have )?(?:missed|overlooked|not (?:have )?(?:seen|noticed|read|opened))\b`,
    // "The terms are pretty clear about that", "the instructions are very clear on this".
    String.raw`\b(?:terms|instructions|contract|agreement|email|letter|label|box|guide|manual|policy|website|form) (?:is|are|were|was) (?:pretty |very |quite |really )?clear (?:about|on|that)\b`,
    // "…, which it clearly says not to do", "the label clearly states…".
    String.raw`\b(?:clearly|plainly|explicitly) (?:says|said|states|stated|shows|showed|warns|warned|tells|told|explains|marked|labelled|labeled)\b`,
    // "It's worth reading the small print next time", "make sure you… in future".
    String.raw`\b(?:it'?s worth|it'?d be worth|it might be worth|make sure (?:you|to)|try to|remember to|be sure to|don'?t forget to)\b[^.?!]*\b(?:next time|in future|in the future|going forward)\b`,
    // "With respect, …", "for future reference", "I'd just gently point out that…".
    String.raw`^(?:\w+,? )?with (?:all due |the greatest )?respect\b|\bfor future reference\b|\b(?:i'?d|let me|can i|i would) (?:just )?gently point out\b`,
    // "…from your bank's side, not ours".
    String.raw`\byour\b[^.?!]*,? not ours\b`,
  ].join("|"),
  "i",
);

/** A concession or an excuse after the emphatic do: "we did send a warning, but it went to an old address". */
const CONCEDED = /\b(?:but|though|although|however)\b|\bno way of knowing\b|\bcouldn'?t have known\b/i;

/** Whether the sentence blames the customer politely in one of the forms above. */
export function blamesPolitely(text: string, tokens: Tokens): boolean {
  if (POLITE.test(text) || passiveCounterfactual(tokens)) return true;
  return emphaticNotice(tokens) && !CONCEDED.test(text);
}
