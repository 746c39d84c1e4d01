import type { Tokens } from "./tokens";
import { ownsTheFault } from "./sympathy-recaps";
import { clauses, verbAfter } from "./clause-spans";

/**
 * The customer as the one at fault, read from who does what (session 12, issue 14 item 7): a duty
 * left undone, hindsight with a modal, a counterfactual, the fault placed with them or disowned.
 * By subject, auxiliaries and the verb's lemma, not by the phrases of one call.
 */

/** What befalls the customer or what they feel: "you didn't get a call", "you should have received it". */
const UNDERGONE =
  /^(?:get|receive|hear|have|be|know|need|want|mean|deserve|expect|like|mind|realise|realize|understand|feel|think|wonder|worry|suffer|deal|go|experience|manage|bother)$/;
/** What a customer is expected to do, left undone: "you didn't submit", "you should have checked". */
const DUTY =
  /^(?:submit|send|return|pay|tell|inform|notify|update|read|check|follow|register|sign|give|provide|call|contact|report|activate|confirm|cancel|set|turn|switch|save|back|keep|lock|fill|complete|upload|attach|include|renew|top|arrange|book|respond|reply|answer|verify|enter|request|claim|apply|let|bring|mention|declare|specify|opt|look|ask|allow|leave|secure|store|charge|install|restart|reset|test|measure|follow|print|post|take|put|do|make|choose|select|delete|ignore|miss|forget|misread|mistype|type|click|throw|share|lose|tick|accept|agree)$/;
/** The customer's own act that caused the problem, said in the past: "you agreed to", "you signed". */
const CHOSE = /^(?:agree|sign|accept|consent|let|ignore)$/;
/** A word that turns the customer's act into the fault: "you entered the wrong address". */
const WRONG = /^(?:wrong|incorrect|old|outdated|expired|invalid|yourself)$/;
/** Saying the customer did nothing wrong, or did the right thing, is the opposite of blame. */
const EXCULPATES =
  /\b(?:anything|nothing|everything) (?:wrong|right)\b|\bthe right thing\b|\bdone (?:everything|all you)\b/i;
const PAST_AUX = /^(?:did|had|have|has|'ve|'d)$/;

const CUSTOMER_KIND =
  /^(?:customers?|people|person|someone|somebody|anyone|everyone|members?|passengers?|guests?|tenants?|users?|clients?|cardholders?|policyholders?|holders?)$/;

/** "…who forgot to tell us", "…who failed to read the terms": a duty left undone by a kind of customer. */
function kindAtFault(tokens: Tokens, who: number, to: number): boolean {
  const { lemmas, pos } = tokens;
  const { chain, verb } = verbAfter(tokens, who + 1, to);
  if (verb < 0 || pos[verb] !== "VERB") return false;
  const lemma = lemmas[verb] ?? "";
  // "Guests who hadn't checked in by ten" names whom a rule applies to; forgetting is a fault.
  return /^(?:forget|fail|neglect|ignore)$/.test(lemma) && !chain.some((word) => /^(?:not|never)$/.test(word));
}

/** "you forgot to send it", "you never told us", "you should have checked", "you were meant to cancel". */
function customerAtFault(tokens: Tokens, [from, to]: [number, number]): boolean {
  const { words, lemmas, pos } = tokens;
  for (let s = from; s < to; s += 1) {
    // "Another customer who forgot to tell us", "people who never read the terms": the customer by their kind.
    if (words[s] === "who" && [1, 2].some((back) => CUSTOMER_KIND.test(words[s - back] ?? ""))) {
      if (kindAtFault(tokens, s, to)) return true;
      continue;
    }
    if (words[s] !== "you") continue;
    // The subject of a statement: not "did you", "for you", "blocked you".
    // "Our records show you cancelled it": a clause reported by a verb of showing or saying is still the customer's.
    const reported = /^(?:show|say|see|confirm|indicate|suggest|mean|note|state)$/.test(lemmas[s - 1] ?? "");
    if (["AUX", "VERB", "ADP"].includes(pos[s - 1] ?? "") && words[s - 1] !== "that" && !reported) continue;
    // "the agreement you signed", "the brand you chose": a relative clause naming a thing, not the fault.
    if (["NOUN", "PROPN"].includes(pos[s - 1] ?? "") && !reported) continue;
    // "…is not what you signed up for": what the customer chose, named as a thing.
    if (/^(?:what|whatever)$/.test(words[s - 1] ?? "")) continue;
    // "When you signed up there was an offer": a time, not a fault.
    if (/^(?:when|since|after|before|as|until|once|while)$/.test(words[s - 1] ?? "")) continue;
    const { chain, verb } = verbAfter(tokens, s + 1, to);
    if (verb < 0) continue;
    const lemma = lemmas[verb] ?? "";
    // "let", "put", "set" read the same in the past: after a bare "you" they tell what was done.
    const past =
      (words[verb] !== lemma && !/ing$/.test(words[verb] ?? "")) ||
      (chain.length === 0 && /^(?:let|put|set)$/.test(lemma));
    const negated = chain.some((word) => /^(?:not|never)$/.test(word));
    const rest = words.slice(verb + 1, to);
    const modal = chain.find((word) => /^(?:should|ought|could|must|would)$/.test(word));
    // After "did not" the next word is the verb, whatever the tagger says ("you didn't top/ADJ up the meter").
    const afterDo = chain.includes("did") && ["ADJ", "NOUN", "PROPN"].includes(pos[verb] ?? "");
    if (pos[verb] !== "VERB" && !afterDo && !/^(?:supposed|meant|required|expected|obliged)$/.test(words[verb] ?? ""))
      continue;
    // "You were supposed to give notice", "you were meant to cancel": a duty the customer had.
    if (/^(?:supposed|meant|required|expected|obliged)$/.test(words[verb] ?? "") && chain.includes("were"))
      return rest[0] === "to" && rest[1] !== "be" && !negated;
    if (UNDERGONE.test(lemma)) continue;
    // "You haven't been charged", "you were given the wrong date": done to the customer, not by them.
    // "You've been using the wrong charger", "you were typing the old code": what they did, in the progressive.
    const progressive = /ing$/.test(words[verb] ?? "") && chain.some((word) => /^(?:been|were|was)$/.test(word));
    if (progressive && !UNDERGONE.test(lemma) && rest.some((word) => WRONG.test(word))) return true;
    if (chain.some((word) => /^(?:been|be|being|were|was|are)$/.test(word))) continue;
    // "You should have checked", "you could have called", "you must have deleted it".
    if (modal && chain.includes("have") && past && !negated) return modal !== "would" && DUTY.test(lemma);
    // "You shouldn't have parked there": an act done that should not have been (what befell them is skipped above).
    if (/^(?:should|ought)$/.test(modal ?? "") && chain.includes("have") && past && negated) return true;
    if (modal) continue;
    // "You didn't submit the readings", "you never told us", "you haven't paid".
    // "You don't have to pay", "you'll never have to chase us": an obligation lifted, not a fault.
    if (chain.includes("to")) continue;
    const undone = negated && DUTY.test(lemma) && !/^(?:lose|miss|forget|ignore|delete)$/.test(lemma);
    if (undone && (chain.includes("did") || (chain.some((word) => PAST_AUX.test(word)) && past))) return true;
    if (undone && chain.includes("never") && past && !chain.some((word) => /^(?:will|'ll|would)$/.test(word)))
      return true;
    if (negated) continue;
    // "You forgot to send it", "you failed to return it", "you needed to give notice".
    if (/^(?:forget|fail|neglect|omit|overlook)$/.test(lemma) && past) return true;
    if (lemma === "need" && past && rest[0] === "to" && rest[1] !== "be") return true;
    // "You agreed to the terms", "you chose the non-refundable fare", "you entered the wrong postcode".
    if (past && (CHOSE.test(lemma) || rest.some((word) => WRONG.test(word)))) {
      if (rest.some((word) => /^(?:great|good|right|best|excellent|perfect)$/.test(word))) continue;
      return true;
    }
  }
  return false;
}

/** "If you'd kept the box, the return would be simple", "had you read it, you'd have seen": the fault as a condition. */
function counterfactual({ words, pos, lemmas }: Tokens): boolean {
  for (let i = 0; i < words.length; i += 1) {
    const ifYou = words[i] === "if" && words[i + 1] === "you" && /^(?:had|would)$/.test(words[i + 2] ?? "");
    const inverted = words[i] === "had" && words[i + 1] === "you" && (i === 0 || pos[i - 1] === "PUNCT");
    if (!ifYou && !inverted) continue;
    let v = ifYou ? i + 3 : i + 2;
    while (pos[v] === "ADV" || words[v] === "not" || words[v] === "only") v += 1;
    if (pos[v] !== "VERB" || UNDERGONE.test(lemmas[v] ?? "") || /^(?:like|prefer|rather|want)$/.test(lemmas[v] ?? ""))
      continue;
    if (words[v] === lemmas[v] && !/^(?:read|put|set|cut|let)$/.test(words[v] ?? "")) continue;
    // The consequence, before or after: "…, we would have stopped it", "you'd have known if you'd opened it".
    const modalPerfect = (word: string, k: number) =>
      /^(?:would|could|might)$/.test(word) &&
      k !== i + 2 &&
      words[k + 1] !== "like" &&
      (k > v || words[k + 1] === "have");
    if (words.some(modalPerfect)) return true;
  }
  return false;
}

/** The fault placed with the customer or disowned by the company, whatever the product. */
const FAULT_PLACED = new RegExp(
  [
    String.raw`\byour (?:own )?(?:fault|responsibility|doing|mistake|error|lookout)\b`,
    String.raw`\b(?:it|that) was your (?:choice|decision|call)\b`,
    String.raw`\b(?:up|down) to you to\b|\b(?:'s|is|was|are|were|be) (?:all |entirely |simply )?down to (?:you|your)\b`,
    // "I'm on your side" supports them; "it's on your side" places the fault.
    String.raw`(?<!\b(?:i'?m|i am|we'?re|we are|be|always) (?:\w+ )?)\b(?:on|at|with|from) (?:your|the customer'?s) (?:end|side)\b`,
    String.raw`\b(?:problem|issue|fault|cause) (?:is|was|'s|lies|must be|seems to be) (?:with|in|on) your\b`,
    String.raw`\byour (?:own )?[\w-]+(?: [\w-]+)?(?:'s| that'?s| that is| which is| is| was| must be| seems to be) (?:the (?:problem|issue|cause|culprit|fault)|faulty|at fault|to blame|out of date|outdated|incompatible)\b`,
    String.raw`\b(?:we(?:'re| are)|i'?m|i am|the company is) not (?:responsible|liable|to blame|at fault)\b|\bwe can'?t be (?:held )?(?:responsible|liable)\b|\byou(?:'re| are) (?:responsible|to blame|at fault) for\b`,
    String.raw`(?:\bnot|n'?t) (?:our|my|the company'?s) (?:fault|problem|responsibility|issue|doing|mistake|error|network|system|equipment)\b`,
    // The company's side disowned: "rather than on our end", "not something that happened on our side".
    String.raw`\brather than (?:on|at|with) our (?:end|side)\b|(?:\bnot|n'?t)\b[^.?!,;]{0,30}\b(?:wrong|fault|problem|issue|error|happened|caused)\b[^.?!,;]{0,25}\bon our (?:end|side)\b`,
    String.raw`\b(?:outside|beyond) (?:of )?(?:our|my) control\b|\bnothing to do with (?:us|me|our)\b`,
    String.raw`\bnothing wrong (?:with|on|at) (?:our|my|the) (?:end|side|network|system|line|records?)\b`,
    String.raw`\bour (?:end|side|system|network|line|records?) (?:is|are|'s|shows?|looks?) (?:all )?(?:fine|working|ok(?:ay)?|correct|clear)\b`,
    // Session 19: the duty in hindsight ("you'd have had to report it within the hour"), the fault handed to
    // them ("it's on you to tell us", "it's up to the policyholder to choose"), the company's part disowned
    // ("that part isn't on us", "it's usually the user's end"), the terms they signed pointed to, and what they
    // did said with an emphatic "did" ("well, you did pick the colour with the longest wait").
    String.raw`\byou(?:'d| would) have (?:had|needed) to\b|\byou(?:'d| would) have needed (?:the|a|an)\b`,
    String.raw`\b(?:it'?s|it is|that'?s|that is|it was) (?:really |technically )?on you\b|\bup to the (?:customer|policy ?holder|account ?holder|member|card ?holder|tenant|user|passenger|guest|bill ?payer)s? to\b`,
    String.raw`(?:\bnot|n'?t) (?:really )?on (?:us|our (?:end|side))\b|\b(?:the )?(?:user|customer|client)'?s end\b`,
    String.raw`\b(?:in|on) (?:[\w-]+ ){0,4}?(?:the|your)(?: [\w-]+){0,3} (?:terms|t&cs|t's and c's|agreement|contract|lease|tenancy|policy|quote|form|paperwork|small print|fine print)(?: and conditions)?(?: \w+)? you (?:signed|accepted|agreed|ticked)\b`,
    String.raw`\b(?:that'?s|that is|it'?s|it was) the (?:[\w-]+ ){0,2}(?:rate|fare|option|plan|tariff|package|ticket|deal|cover|level|tier|van|room|colou?r|size) you (?:chose|picked|selected|booked|went for)\b`,
    // Session 19, from the thirteenth and fourteenth rounds: "it's not ours", "between you and the venue", "the
    // allergy setting was yours to switch on", "most likely your home wifi", "the policy expects you to…".
    String.raw`\b(?:it'?s|that'?s|it is|that is) not (?:ours\b(?! to)|on our (?:side|end)\b|something (?:on|at) our (?:side|end)\b)|\bisn'?t a (?:fault|problem|issue) (?:on|with|in) our\b`,
    String.raw`\b(?:is|'s|are|was) (?:really |strictly |just )?between you and (?:the|your)\b|\b(?:was|were|is|'s) yours to\b|\bwas your (?:choice|decision|call)\b`,
    String.raw`\b(?:most likely|probably|likely|usually) (?:your|the customer'?s) (?:own )?(?:home )?(?:wi-?fi|router|device|phone|handset|settings|equipment|network|browser|connection)\b`,
    String.raw`\b(?:the )?(?:policy|terms|contract|agreement) (?:does |do )?(?:expects?|requires?) you to\b|\bnot the [\w-]+'s fault\b`,
    String.raw`(?<!\b(?:if|when|as|because|since|that|what|whether|anything|something|everything|nothing) )\byou did (?!(?:the right|everything|nothing|all you|well|great|good|fine|right|tell|mention|say|call|ring|not)\b)[a-z]+`,
    String.raw`\bon our (?:end|side),? (?:it|everything|the \w+) (?:is|was|'s|shows?)(?: showing)?(?: as)? (?:delivered|fine|working|complete|correct)\b`,
  ].join("|"),
  "i",
);

/** The company owning the fault: "that's on us", "our mistake", "we let you down". */
const OWNED =
  /\bon us\b|\bour (?:fault|mistake|error|bad)\b|\bwe (?:got (?:it|that|this) wrong|let you down|messed up|dropped the ball)\b/i;
/** The fault taken off the customer's side or put on the company's: "it's not on your side", "the fault is in our exchange". */
const FAULT_OURS =
  /(?:\bnot|n't)\b[^,.;]{0,12}\bon your (?:side|end)\b|\b(?:fault|problem|issue) (?:is|was|'s|lies) (?:in|with|on|at) (?:our|the company'?s)\b/i;
/** What the customer should have or get, or should not have had: "you should have it by Friday", "you shouldn't have been charged". */
const EXPECTED =
  /\byou should(?: have|'?ve)\s+(?:it|them|that|this|received|got|gotten|been|heard|had|access|a|an|the|your)\b|\bshouldn'?t have been\b/i;

/**
 * Whether a reader on top of the rules may add blame here: not where the sentence clears the customer,
 * sympathises, owns the fault, or tells them what they should have or get, all of which the rules
 * have read and set aside.
 */
export function blameLeftOpen(text: string): boolean {
  return ![EXCULPATES, /\b(?:sorry|apologi[sz]e|shame|pity)\b/i, OWNED, EXPECTED, FAULT_OURS].some((reading) =>
    reading.test(text),
  );
}

/** Whether the sentence puts the fault on the customer (or away from the company). */
export function blamesTheCustomer(text: string, tokens: Tokens): boolean {
  // "It's not the courier's fault, it's ours": the company owning it blames no one else.
  if (EXCULPATES.test(text) || ownsTheFault(text) || /\b(?:it'?s|that'?s) ours\b(?! to)/i.test(text)) return false;
  // "I'm sorry you didn't get…", "it's a shame you had to…": sympathy for what happened to them.
  if (/\b(?:sorry|apologi[sz]e|shame|pity|sad)\b/i.test(text)) return false;
  const placed = FAULT_PLACED.exec(text);
  if (placed) {
    // "It's not your fault" clears them; "not our fault", "we can't be held responsible" disown.
    const clause =
      text
        .slice(0, placed.index)
        .split(/[,;:]|\b(?:but|and|so)\b/i)
        .at(-1) ?? "";
    // "…wasn't completed on your side": the negation belongs to another verb, and the fault is still theirs.
    const afterNegation = clause.split(/\bnot\b|\bnever\b|n't\b|\bno one\b|\bnobody\b/i).at(-1) ?? "";
    if (/\b(?:not|can'?t)\b|n't\b/i.test(placed[0]) || !/(?:\bnot|\bnever|n't|\bno one|\bnobody)\b/i.test(clause))
      return true;
    if (/\b\w+ed\b/i.test(afterNegation)) return true;
  }
  return counterfactual(tokens) || clauses(tokens).some((range) => customerAtFault(tokens, range));
}
