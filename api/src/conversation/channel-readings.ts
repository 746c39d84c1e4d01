import type { Tokens } from "./tokens";
import { clauses } from "./clause-spans";
import { ELSEWHERE, SOMEONE_ELSE, TOLD } from "./obstruction-deeds";
import { namesWhoDealsWithIt } from "./channel-agents";

/**
 * The customer sent elsewhere in forms obstruction-deeds.ts does not read (session 16, issue 14 item 7):
 * whatever the act, when the customer is told to do it in a channel ("you'll need to approve the payment
 * in the banking app", "you can close it yourself under Settings"), told in an if-clause ("if you pop
 * the number into the app, you'll see…") or with "you'd" ("so you'd claim from their insurer"), or told
 * to write in rather than be helped on the call ("you'd have to email again").
 */

/** "If you pop…", "you'd claim…", "I'd pop into…": an instruction put as a condition, a habit or advice. */
const OTHER_LEAD =
  /(?:\bif you(?: just| simply)?|\byou(?:'d| would)(?: just| then| normally| usually| probably)?|\bi(?:'d| would)(?: just| probably)?)\s*$/i;
/** What the rep advises with "I'd…": going or getting in touch, not the rep's own conditional act ("I'd send you…"). */
const ADVISED = /^(?:pop|go|head|drop|nip|call|ring|phone|contact|try|use|check|ask|visit|speak|talk|log)$/;
/** "You're better off sorting that with the manufacturer": the act named as a gerund. */
const BETTER_OFF = /\byou(?:'re| are|'d be| would be) (?:much |probably )?(?:better|best) off\s*$/i;
/** Acts that befall or are felt, not done somewhere: "you'll receive an email from the bank". */
const NOT_AN_ACT =
  /^(?:be|have|get|receive|hear|need|want|like|feel|lose|keep|enjoy|expect|notice|know|think|pay|owe|deserve|wait|go|see)$/;
/** A channel the customer writes through instead of being helped on this call. */
const WRITTEN = /^(?:email|e-mail|fax|text|message|write)$/;
/** A preposition that puts the act in a place or with someone: "in the app", "under Settings", "from their insurer". */
const PLACED = /^(?:in|on|into|onto|through|thru|via|under|at|from|with|using)$/;

function sentInClause(text: string, tokens: Tokens, [from, to]: [number, number]): boolean {
  const { words, lemmas, pos, starts } = tokens;
  for (let v = from; v < to; v += 1) {
    if (!["VERB", "ADJ"].includes(pos[v] ?? "")) continue;
    const lead = text.slice(starts[from] ?? 0, starts[v] ?? 0);
    if (words[v] !== lemmas[v] && !(BETTER_OFF.test(lead) && /ing$/.test(words[v] ?? ""))) continue;
    const told = (TOLD.test(lead) && /\b(?:you|please|need you)\b/i.test(lead)) || BETTER_OFF.test(lead);
    const advice = OTHER_LEAD.exec(lead);
    if (!told && !advice) continue;
    if (advice && /^i(?:'d| would)/i.test(advice[0].trim()) && !ADVISED.test(lemmas[v] ?? "")) continue;
    // "…so you'd see it in the app" names where it shows; seeing it is not an act asked of them.
    if (NOT_AN_ACT.test(lemmas[v] ?? "")) continue;
    if (told && WRITTEN.test(words[v] ?? "") && !/^(?:us|me|it|them)$/.test(words[v + 1] ?? "")) return true;
    for (let p = v + 1; p < to; p += 1) {
      if (!PLACED.test(words[p] ?? "")) continue;
      const place = words.slice(p + 1, Math.min(p + 5, to));
      if (place.some((word) => ELSEWHERE.test(word) || word === "application")) return true;
      const owner = place.findIndex((word) => /^(?:the|your|their)$/.test(word));
      if (owner >= 0 && place.slice(owner + 1).some((word) => SOMEONE_ELSE.test(word) && !/^(?:them|they)$/.test(word)))
        return true;
    }
  }
  return false;
}

/** Channels named in the words around an act (a token of ELSEWHERE, "app" as the tagger writes it). */
const CHANNEL = String.raw`(?:website|web ?site|site|online|app|portal|web ?chat|live chat|chat|chatbot|branch|store|shop|counter|post office|help ?(?:centre|center)|faqs?|account settings|settings|online (?:account|banking))`;
/** Someone else, or a channel, named as the one to go to: "your card issuer is the one to speak to". */
const THE_ONE_TO =
  /\b(?:is|are|'s|'re|would be) (?:really )?the (?:one|ones|people|person|place|team|department) to (?:speak|talk|call|ring|contact|ask|go|see|write|chase|deal)\b/i;
/** "Give the billing line a ring", "just drop them an email": the customer told to ring or write to another line (not "I'll give you a call"). */
const GIVE_A_RING =
  /(?:^|[,;:]\s*|\b(?:just|please|then|and|so|to|should|could|can|need to|have to|best to)\s+)(?:give|drop|shoot) (?!(?:us|me|you)\b)(?:the |your |our |them |him |her )?(?:[\w-]+ ){0,2}(?:a|an) (?:ring|call|bell|buzz|shout|email|e-mail|message|line)\b/i;
/** "Have a look at the FAQs on the website", "you'll find the form in the app", "your best option is the app". */
const FOUND_THERE = new RegExp(
  [
    String.raw`\b(?:have|take) a (?:quick )?look (?:at|on|in|through)\b[^.?!]*\b${CHANNEL}\b`,
    String.raw`\byou(?:'ll| will| can| should| could)? find (?:it|that|them|the|all|a|an|our|your)\b[^.?!]*\b(?:in|on|under|at|via) (?:the |our |your )?(?:[\w-]+ )?${CHANNEL}\b`,
    String.raw`\b(?:best|quickest|easiest|fastest|simplest|only) (?:option|bet|way|place|route)(?: for (?:that|this|you))? (?:is|would be|'s) (?:the |our |your )?${CHANNEL}\b`,
    String.raw`\bthere(?:'s| is) (?:a|an) (?:[\w-]+ )?(?:option|form|number|link|button|page|section|tool|setting|guide|checker|tracker) (?:in|on|at|under) (?:the |your |our )?(?:[\w-]+ ){0,3}(?:${CHANNEL}|card|bill|statement|letter)\b`,
    String.raw`\b(?:is|are|'s|'re) (?:all )?(?:done|handled|managed|dealt with|processed|sorted|arranged) (?:through|via|on|in|online|by) (?:the |our |your )?(?:[\w-]+ )?${CHANNEL}\b`,
  ].join("|"),
  "i",
);
/** What a channel can do for the customer: "our live chat team can help you with that", "the app will sort it". */
const CHANNEL_DOES = new RegExp(
  String.raw`^(?:[\w,]+ ){0,2}(?:the|our|your) (?:[\w-]+ )?${CHANNEL}(?: team| service| assistant)? (?:can|will|'ll|should|could) (?:\w+ )?(?:help|sort|deal|handle|do|assist|walk|take care|answer|process|change|reset|fix)\b`,
  "i",
);

/** Whether the sentence sends the customer to do something in another channel or with someone else. */
export function sendsByReading(text: string, tokens: Tokens): boolean {
  if (/\b(?:i|we)(?:'ll| will| can)\b/i.test(text) && !/\byou(?:'ll| will)? need to\b/i.test(text)) {
    if (THE_ONE_TO.test(text) || GIVE_A_RING.test(text)) return false;
  }
  if (THE_ONE_TO.test(text) && !/\b(?:i'?m|we'?re|i am|we are) the\b/i.test(text)) return true;
  if (GIVE_A_RING.test(text) || FOUND_THERE.test(text) || CHANNEL_DOES.test(text.trim())) return true;
  if (namesWhoDealsWithIt(text, tokens)) return true;
  return clauses(tokens).some((range) => sentInClause(text, tokens, range));
}
