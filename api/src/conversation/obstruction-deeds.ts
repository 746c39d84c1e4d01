import type { Tokens } from "./tokens";
import { clauses, verbAfter } from "./clause-spans";

/**
 * What a clause does against the customer, read from who does what (session 12, issue 14 item 7):
 * the rep or the company unable or unwilling to do the act, the customer sent to do it somewhere
 * else (the customer at fault is blame-deeds.ts). Each reading is by subject, auxiliaries and the verb's
 * lemma, not by the phrases of one call, so it carries to wordings the DEV sentences lack.
 */

// --- Refusal ---------------------------------------------------------------------------------

/** Verbs after "can't" that are not the act refused: "I can't wait", "I can't thank you enough", "I can't see it". */
const NOT_THE_ACT =
  /^(?:wait|imagine|believe|stress|thank|apologi[sz]e|emphasi[sz]e|express|agree|blame|fault|see|find|hear|locate|remember|say|promise|guarantee|predict|stand|bear|understand|tell|begin|overstate|miss|lose|afford)$/;
/**
 * What a company declines as a rule or by choice: "we don't refund sale items", "we won't waive it". Not
 * what it promises not to do to the customer ("we won't charge you", "we don't share your data",
 * "I won't keep you"): those reassure.
 */
const SERVICE =
  /^(?:refund|offer|do|accept|allow|cover|compensate|issue|provide|reimburse|ship|deliver|match|support|sell|exchange|pay|permit|honour|honor|extend|waive|book|take|guarantee|release|reverse|backdate|price)$/;
/** A state of the request that rules it out: "that isn't possible", "you're not eligible", "it's not covered". */
const RULED_OUT =
  /^(?:possible|available|eligible|entitled|covered|refundable|allowed|permitted|authori[sz]ed|valid|transferable|returnable|able|something|within|in)$/;
/** Who refuses: the rep, the company, the thing asked for (not the customer, except "you can't cancel"). */
const REFUSER = /^(?:i|we|it|that|this|they|there|which)$/;
/** Who can refuse besides the rep: the company's people and machinery ("the system won't let me"). */
const AGENT =
  /^(?:system|team|department|manager|supervisor|engineer|company|branch|office|desk|computer|policy|rule|contract|term|bank|airline|hotel|store|shop|insurer|provider)$/;
/** What the customer asks to do, which a rule forbids: "you can't cancel before twelve months". */
const REQUESTED =
  /^(?:cancel|return|claim|change|transfer|switch|exchange|swap|upgrade|downgrade|move|pause|freeze|leave|end|break|reschedule|add|remove|withdraw|refund)$/;

function refusesInClause(tokens: Tokens, [from, to]: [number, number]): boolean {
  const { words, lemmas, pos } = tokens;
  for (let s = from; s < to; s += 1) {
    const word = words[s] ?? "";
    // A thing named as the subject: "the fee", "that option", "your ticket" (the last only in the passive below).
    // A noun that opens the sentence is at times tagged as a name ("Compensation isn't something we pay").
    const thing = pos[s] === "NOUN" || (s === 0 && pos[s] === "PROPN");
    const subject = REFUSER.test(word) || word === "you" || thing;
    // "My system just doesn't allow it": an adverb may come before the auxiliary.
    const aux = pos[s + 1] === "AUX" || (pos[s + 1] === "ADV" && pos[s + 2] === "AUX");
    if (!subject || !aux) continue;
    // "did you", "can we": a question's inverted subject is not the refuser.
    if (pos[s - 1] === "AUX") continue;
    const { chain, verb } = verbAfter(tokens, s + 1, to);
    if (!chain.some((w) => /^(?:not|never)$/.test(w))) continue;
    const customer = word === "you";
    const next = verb >= 0 ? (words[verb] ?? "") : "";
    const lemma = verb >= 0 ? (lemmas[verb] ?? "") : "";
    const isVerb = verb >= 0 && pos[verb] === "VERB";
    const be = chain.some((w) => /^(?:am|is|are|was|were|'s|'re|'m|be|been)$/.test(w));
    const modal = chain.find((w) => /^(?:can|could|will|would|shall|may|must|do|does)$/.test(w)) ?? "";
    // "That fee can't be waived", "it can't be done": the passive of the act.
    if (isVerb && be && /^(?:can|could)$/.test(modal)) {
      if (!customer && next !== lemma && !/ing$/.test(next)) return true;
      continue;
    }
    // "Wear and tear isn't covered", "you're not permitted to": the terms rule the act out.
    if (be && isVerb && !modal && /^(?:covered|allowed|permitted|accepted|authori[sz]ed)$/.test(next)) return true;
    if (be && !isVerb) {
      // "That isn't possible", "you're not eligible", "I'm not able to", "we're not in a position to".
      if (customer && !/^(?:eligible|entitled|covered|allowed|permitted)$/.test(next)) continue;
      if (next === "something") return /^(?:i|we)$/.test(words[verb + 1] ?? "");
      if (next === "in") return words[verb + 2] === "position";
      if (next === "within") return /^(?:policy|our|the)$/.test(words[verb + 1] ?? "");
      if (/^(?:able|allowed|permitted|authori[sz]ed)$/.test(next)) return !NOT_THE_ACT.test(lemmas[verb + 2] ?? "");
      if (RULED_OUT.test(next)) return true;
      continue;
    }
    if (!isVerb) continue;
    // "Your claim doesn't qualify", "the fee doesn't apply to refunds": the terms rule it out.
    if (
      thing &&
      chain.some((w) => /^(?:do|does)$/.test(w)) &&
      /^(?:qualify|count|meet|include|cover|allow|entitle)$/.test(lemma)
    )
      return true;
    // "Your bank can't reverse it", "a bakery can't lose a day", "it can't repeat now": someone else's
    // inability or a reassurance, not a refusal; the refuser is the rep, the company or its machinery.
    if (thing && (!/^(?:the|that|this|our|my)$/.test(words[s - 1] ?? "") || !AGENT.test(lemmas[s] ?? ""))) continue;
    if (/^(?:it|that|this|which|there)$/.test(word)) continue;
    // "I'm not going to refund it", "I'm not going to be able to change the date", "I won't be refunding".
    if (be && (lemma === "go" || /ing$/.test(next))) {
      if (customer) continue;
      const after = lemma === "go" ? words.slice(verb + 2, verb + 6) : [];
      if (lemma === "go" && words[verb + 1] === "to") {
        if (after[0] === "be" && after[1] === "able") return !NOT_THE_ACT.test(lemmas[verb + 5] ?? "");
        return SERVICE.test(lemmas[verb + 2] ?? "");
      }
      // "We're not taking new bookings": a rule of the house in the present; not "we're not taking any more of your time".
      const ongoing =
        !modal && /^(?:i|we)$/.test(word) && !/^(?:you|your|any|anything|nothing)$/.test(words[verb + 1] ?? "");
      return SERVICE.test(lemma) && (/^(?:will|would|shall)$/.test(modal) || ongoing);
    }
    if (NOT_THE_ACT.test(lemma) || (lemma === "let" && words.slice(verb, to).includes("happen"))) continue;
    // "I can't help but feel…", "I can't help thinking…": not a refusal to help.
    if (lemma === "help" && /^(?:but|feeling|thinking|it|wondering|noticing)$/.test(words[verb + 1] ?? "")) continue;
    if (customer) {
      if (/^(?:can|could|may|must)$/.test(modal) && REQUESTED.test(lemma)) return true;
      continue;
    }
    // "We can't refund", "I couldn't possibly waive it", "the system won't let me".
    if (/^(?:can|could)$/.test(modal)) return true;
    // "I won't take any more of your time", "we won't make you wait": a kindness, not a no.
    const spared = /^(?:you|your)$/.test(words[verb + 1] ?? "") && /^(?:make|take|keep)$/.test(lemma);
    if (
      /^(?:will|would|shall)$/.test(modal) &&
      (SERVICE.test(lemma) || lemma === "let") &&
      !spared &&
      lemma !== "take" &&
      lemma !== "do"
    )
      return true;
    // "We don't refund sale items": a rule of the house, in the present.
    const nothing = /^(?:anything|nothing)$/.test(words[verb + 1] ?? "");
    if (/^(?:do|does)$/.test(modal) && SERVICE.test(lemma) && /^(?:we|it|they|that|this)$/.test(word) && !nothing)
      return true;
  }
  return false;
}

/**
 * Whether a reader on top of the rules may add a refusal here: not where the sentence says no in words
 * ("not", "never": the rules' reading of who refuses what has decided, and "we won't charge you" reassures),
 * nor where its "only" limits a feeling ("I can only apologise"). What is left is a no without one: a
 * wait, a limit, a policy.
 */
export function refusalLeftOpen(tokens: Tokens): boolean {
  const { words, lemmas } = tokens;
  return words.every((word, i) => {
    if (/^(?:not|never)$/.test(word)) return false;
    if (word !== "only") return true;
    const { verb } = verbAfter(tokens, i + 1, words.length);
    return verb < 0 || !NOT_THE_ACT.test(lemmas[verb] ?? "");
  });
}

/** A no without a modal: "there's no way to", "we have no authority to", "non-refundable", "the answer is no". */
export const NO_WAY =
  /\b(?:there(?:'s| is| are)|we have|i have|we've got|i've got|there'?ll be) no (?:way|option|possibility|authority|power|ability|means|facility|scope|provision|mechanism)\b|\bnon-?(?:refundable|transferable|returnable|negotiable)\b|\bthe answer is no\b|\bnothing (?:can|could|will) be done\b|\bnot (?:much|a lot) (?:i|we) can do\b|\b(?:have to|must|'ll have to|will have to|going to have to|'m going to have to) (?:decline|refuse|say no|turn (?:that|this|it|you) down|reject)\b|\b(?:we|i) (?:don'?t|do not) have (?:any )?(?:availability|slots?|appointments?|rooms?|engineers?|stock|capacity|space)\b|\b(?:we(?:'re| are)|it'?s|it is|(?:the )?\w+ (?:is|are)) (?:completely |totally )?(?:fully booked|booked up)\b|\b(?:isn'?t|aren'?t|is not|are not|not) (?:a |an )?(?:valid|acceptable|accepted|recogni[sz]ed|approved) (?:way|method|means|option|form|reason|grounds|proof)\b|\bi'?m afraid not\b|\bno (?:refunds|exceptions|exchanges|returns|availability|capacity)\b/i;
/** A wait put to the customer without a date the company holds to. */
const PUT_OFF =
  /\b(?:won'?t|will not|wouldn'?t|isn'?t going to) be (?:until|till|before|for (?:at least|another))\b|\b(?:at least|not for (?:another|at least)|no sooner than) (?:another )?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|fifteen|twenty|thirty|a few|several|a couple of) (?:more )?(?:(?:working|business) )?(?:days?|weeks?|months?)\b|\bbe patient\b|\b(?:these|such) things take time\b|\bin due course\b|\bwhen (?:we|i|they|someone) (?:can|get (?:a |the )?chance|get round to it)\b|\b(?:it'?ll|it will|it could|it might|it may) be a (?:while|long time)\b|\bno (?:date|timescale|time ?frame|eta) (?:yet|for)\b/i;

const REGRET = /\b(?:i'?m afraid|unfortunately|sadly|regrettably)\b/i;
/** "…as per the agreement you signed, I'm afraid": the terms given as the reason. */
const TERMS_CITED =
  /\b(?:as per|under|according to|in line with|in accordance with|as set out in) (?:the|your|our) (?:\w+ )?(?:agreement|contract|terms|conditions|rules|policy)\b/i;

/** Whether the sentence refuses the act asked for or puts it off: a modal of inability or prohibition over it. */
export function refusesTheAct(text: string, tokens: Tokens): boolean {
  // "I won't push any offers, don't worry": a reassurance, not a refusal.
  if (/\b(?:don'?t|do not|no need to) worry\b|\bno worries\b/i.test(text)) return false;
  if (NO_WAY.test(text) || PUT_OFF.test(text) || (REGRET.test(text) && TERMS_CITED.test(text))) return true;
  // "…carries a £40 charge, because the slot can't be refilled that late": a "can't" after "because" is the reason
  // for what the main clause says, not a no to the customer (session 17, second round).
  return clauses(tokens).some((range) => tokens.words[range[0] - 1] !== "because" && refusesInClause(tokens, range));
}

// --- Deflection ------------------------------------------------------------------------------

/** Acts a customer can be sent to do: contact someone, go somewhere, or do the task themselves. */
export const SENT_TO =
  /^(?:call|ring|phone|email|e-mail|contact|write|message|text|visit|go|head|pop|drop|log|sign|use|try|speak|talk|ask|reach|raise|submit|request|apply|report|fill|complete|book|cancel|change|update|check|download|upload|send|bring|take|sort|claim|register|dispute|manage|do|find|look|search|follow|click|chat|subscribe|make|file|lodge|post|arrange|get|pay|order|set|access|view|read|dial|walk|come|deal|track)$/;
/** Where the act is done instead of on this call: a self-service channel or another place. */
export const ELSEWHERE =
  /^(?:website|site|web|online|app|apps|portal|page|form|link|hotline|helpline|webchat|chat|branch|branches|store|stores|office|counter|desk|kiosk|machine|atm|terminal|post|writing|person|settings|console|dashboard|faq|faqs|centre|center|forum|community|whatsapp|messenger)$/;
/** Someone else who deals with it: "ring your bank", "check with your insurer", "ask the airline". */
export const SOMEONE_ELSE =
  /^(?:bank|provider|issuer|manufacturer|maker|airline|airport|courier|carrier|retailer|seller|merchant|landlord|council|insurer|gp|surgery|doctor|pharmacy|police|agents?|partner|department|team|employer|hr|supplier|installer|embassy|dealer|vendor|agency|ombudsman|regulator|them|they|billing|accounts|collections|reception|helpdesk|solicitor|broker|network|operator|school|store|hotel|venue|clinic|hospital|garage|organiser|organizer|practice)$/;
/** How a customer is told to act: "you'll need to", "please", "your best bet is to", "I'd suggest", an imperative. */
export const TOLD =
  /^(?:(?:ok(?:ay)?|so|just|please|and|then|alright|right)\s+)*$|\b(?:you(?:'ll| will|'d| would)?(?: (?:just|probably|also|then|always))? (?:need to|have to|want to|might want to|may want to|should|must|can|could|may)(?: (?:just|always|also|simply|easily|then))?|(?:please|just)|your (?:best|only|quickest|easiest) (?:bet|option|way|route) (?:is|would be|'s)(?: to)?|(?:the )?(?:best|quickest|easiest|fastest|only|simplest) (?:way|thing|option)(?: to do)? (?:is|would be|'s)(?: to)?|i'?d (?:recommend|suggest|advise)(?: that)?(?: you)?|i would (?:recommend|suggest|advise)(?: that)?(?: you)?|(?:it'?s|it is|it'?d be|it would be) (?:best|easiest|easier|quickest|quicker|fastest|faster|simplest|simpler) to|need you to|you'?d be (?:best|better)(?: off)?|i'?d (?:recommend|suggest|advise|try)|(?:i'?d |i would )?(?:recommend|suggest|advise|try))\s*$/i;

/** "The quickest way is through our website", "the best way to do that is online". */
const WAY_ELSEWHERE =
  /\b(?:best|quickest|easiest|fastest|simplest|only) (?:way|place|route)(?: to [\w ]{1,30}?)? (?:is|would be|'s) (?:through|via|on|online|in|at|by|to)\b[^.?!]*?\b(?:website|site|app|portal|online|page|form|branch|store|post|chat|phone line|number)\b/i;

/** Passed to someone else to settle: "that'll need to be sorted with the letting agent", "it has to be raised by your employer". */
const SETTLED_BY_OTHERS =
  /\b(?:need(?:s)? to|has to|have to|must|will need to|'ll need to|would need to|can only) be (?:sorted|done|handled|dealt with|raised|arranged|requested|settled|resolved|taken up|organi[sz]ed|processed|approved|authori[sz]ed|signed off) (?:with|by|through|via) (?:the|your|their) (?:[\w-]+ )?(?:bank|provider|issuer|manufacturer|airline|courier|retailer|seller|landlord|council|insurer|gp|surgery|employer|supplier|agent|agency|installer|dealer|vendor|department|team|office|branch|store)\b/i;

/** Someone else's business: "that's a question for your bank", "your insurer will be able to help with that". */
const THEIR_BUSINESS =
  /\b(?:that'?s|it'?s|that is|that would be|that'?d be|this is) (?:really )?(?:a (?:question|matter|job|conversation)|one|something) (?:for|with) (?:the|your|their) \w+|\b(?:your|the) (?:bank|airline|provider|council|landlord|insurer|manufacturer|retailer|courier|gp|doctor|employer|supplier|card issuer|seller|store)(?: \w+)? (?:will|would|should|can|could) (?:be (?:able|best placed) to )?(?:help|sort|deal|advise|handle|answer|refer|look into)\b/i;

/** Whether the sentence sends the customer to do the act somewhere else or through someone else. */
export function sendsElsewhere(text: string, tokens: Tokens): boolean {
  const { words, lemmas, starts, values } = tokens;
  if (WAY_ELSEWHERE.test(text) || THEIR_BUSINESS.test(text) || SETTLED_BY_OTHERS.test(text)) return true;
  if (/@\w/.test(text) && /\b(?:you|please|email|send|write)\b/i.test(text) && !/\b(?:i|we)(?:'ll| will)\b/i.test(text))
    return true;
  return clauses(tokens).some(([from, to]) => {
    for (let v = from; v < to; v += 1) {
      if (!SENT_TO.test(lemmas[v] ?? "")) continue;
      if (lemmas[v] === "get" && !(words[v + 1] === "in" && words[v + 2] === "touch")) continue;
      // "Call us with that reference", "ring me back": the rep's own line, not somewhere else.
      if (/^(?:us|me)$/.test(words[v + 1] ?? "")) continue;
      // The words before the verb in its clause tell who is to act.
      const lead = text.slice(starts[from] ?? 0, starts[v] ?? 0).toLowerCase();
      // "Let me just check…", "I'll just email…": the rep acting, not the customer told to.
      if (
        !TOLD.test(lead) ||
        /\b(?:let (?:me|us)|i|we|i'(?:ll|m)|we'(?:ll|re))\s+(?:(?:just|now|also|quickly)\s+)*$/.test(lead)
      )
        continue;
      // The act is named in its plain form: "call", "you'll need to email"; not "going round in the app".
      const advised =
        /\b(?:recommend|suggest|advise|try|best|better|off)\s*$/.test(lead) && /ing$/.test(words[v] ?? "");
      if (words[v] !== lemmas[v] && !advised && !/^(?:e-?mail|pop|drop)/.test(words[v] ?? "")) continue;
      // The destination, after the verb in the same clause (or the next, for "…, they handle that").
      for (let d = v + 1; d < Math.min(to + 1, words.length); d += 1) {
        const word = words[d] ?? "";
        if (ELSEWHERE.test(word) && !(/^(?:line|number)$/.test(word) && words[d - 1] === "this")) return true;
        const named = words.slice(Math.max(v + 1, d - 2), d).some((w) => /^(?:the|your|their|our|a|any)$/.test(w));
        if (SOMEONE_ELSE.test(word) && (named || /^(?:them|they)$/.test(word))) {
          // "Call us", "our team will…": it is someone else only if they are not the rep's own line.
          if (
            /^(?:them|they)$/.test(word) &&
            !/^(?:contact|call|ring|phone|email|ask|speak|talk|reach|message|text|with|to)$/.test(words[d - 1] ?? "")
          )
            continue;
          return true;
        }
        // A phone number, not a reference: "call them on 0800 123 456", not "quote AC-60217".
        if (
          /^\+?\d[\d -]{4,}$/.test(values[d] ?? "") &&
          /^(?:call|ring|phone|dial|text|contact)$/.test(lemmas[v] ?? "")
        )
          return true;
      }
    }
    return false;
  });
}
