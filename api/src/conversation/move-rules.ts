import type { RepMove } from "./moves";
import { POLICY_AS_REASON, WAIT_TIME } from "./refusal-cues";

/**
 * The phrase rules the offline move detector applies: shared fragments, negation within a clause,
 * and one rule per move (patterns matched per sentence, or a rule over the whole turn).
 */

/** Over this many words the whole turn counts as rambling. */
const RAMBLE_WORDS = 90;

/** Case-insensitive regex from a raw template, so fragments can be shared between patterns. */
export function rx(strings: TemplateStringsArray, ...parts: string[]): RegExp {
  return new RegExp(String.raw(strings, ...parts), "i");
}

// --- Shared fragments -------------------------------------------------------------------

export const INTENSIFIER =
  "(?:really|so|very|incredibly|truly|extremely|super|absolutely|completely|totally|pretty|quite|genuinely|such|an?|just|deeply|hugely|massively|clearly|understandably|obviously|definitely)";
/** How a situation can feel; used after "that sounds", "this is", "losing X was" ... */
export const FEELING =
  "(?:frustrat(?:ing|ed)|stress(?:ful|ed)?|awful|terrible|horrible|horrendous|dreadful|annoying|infuriating|maddening|upsetting|disruptive|difficult|hard|rough|tough|worrying|confusing|unacceptable|not (?:acceptable|ok(?:ay)?|good enough|fair|right|on)|unfair|nightmare|pain|hassle|disappointing|scary|costly|shock(?:ing)?|blow|headache|inconvenien(?:t|ce)|exhausting|concerning|alarming|big deal|lot to deal with|lot of stress|ridiculous|outrageous|terrif(?:ying|ied)|frighten(?:ing|ed)|heartbreaking|heart-breaking|distressing|humiliating|embarrassing|gutting|miserable|nerve-?wracking|unsettling|draining|devastating|overwhelming|unnerving|mortifying|(?:real |big |tight )?squeeze|(?:real |big |huge |massive )?worry|(?:real |big )?setback|scare|panic)";
/** How a person can feel; used after "you're", "you must be" ... */
export const FEELING_PERSON =
  "(?:frustrated|upset|angry|annoyed|stressed(?: out)?|worried|confused|fed up|disappointed|furious|exhausted|livid|shocked|concerned|anxious|let down|out of pocket)";
const TIME = String.raw`(?:today|tonight|tomorrow|(?:this|tomorrow|monday|tuesday|wednesday|thursday|friday) (?:morning|afternoon|evening)|(?:on |by )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|by (?:\d|noon|midday|end of|eod|close|the end|lunch)|within (?:the (?:next )?)?(?:(?:\d+|an?|one|two|three|five|ten|twenty[- ]four|forty[- ]eight|a few|a couple of|the next|half an?) )?(?:working |business )?(?:minutes?|hours?|days?)|in (?:the next )?(?:\d+|an?|one|two|a few|a couple of) (?:minutes?|hours?)|on the \d{1,2}(?:st|nd|rd|th)|at \d|\d{1,2}(?::\d\d)?\s?(?:am|pm|a\.m|p\.m)|right (?:now|away)|straight away|immediately|asap|first thing|end of (?:the )?day|eod|this week|shortly|now)(?!\w)`;
/** First-person future: "I'll", "we will", "im going to" (apostrophes optional). */
export const I_WILL = String.raw`\b(?:i|we)(?:'?ll|\s+will|\s+shall|'?m going to|\s+am going to|'?re going to|\s+are going to|'?m gonna|'?re gonna)\s+(?:(?:personally|also|then|now|just|definitely|go ahead and|make sure to|be sure to)\s+)*`;
const NOT_ABLE = "(?:unable|not (?:able|allowed|authori[sz]ed|permitted)) to";
const AUX = "(?:can|could|would|will|do|does|did|is|are|am|was|were|have|has|had|should|shall|may|might)";
const FILLER = String.raw`(?:(?:ok(?:ay)?|so|and|also|alright|right|great|sure|sorry|thanks|thank you|first|quick question)\b[,\s]*)*`;

// A match is discarded when its own clause, before it, contains a negation ("I won't transfer
// you", "it's not your fault"). Clauses end at punctuation, conjunctions, reassurances and a new
// first-person promise, so "No problem, I'll transfer you" still counts.
const CLAUSE_BREAK = new RegExp(
  rx`[,;:()]|\b(?:but|and|so|then|because|though|although|however|if|when|unless|once|until|don'?t worry|no worries|no problem|not a problem|i'?ll|i will|we'?ll|we will|let me)\b`
    .source,
  "gi",
);
const NEGATION = rx`\b(?:not|never|no|nothing|won'?t|wont|can'?t|cant|cannot|don'?t|dont|doesn'?t|doesnt|didn'?t|didnt|isn'?t|isnt|aren'?t|arent|wasn'?t|wasnt|wouldn'?t|wouldnt|shouldn'?t|shouldnt|unable|without)\b`;

function negated(before: string): boolean {
  const clause = before.split(CLAUSE_BREAK).at(-1) ?? "";
  return NEGATION.test(clause);
}

// Curly apostrophes become straight ones; same length, so match offsets still line up.
function normalise(sentence: string): string {
  return sentence.replace(/[‘’`´]/g, "'");
}

// --- Rules --------------------------------------------------------------------------------

export interface SentenceRule {
  patterns: RegExp[];
  /** Ignore a match negated earlier in its clause. Patterns that contain their own negation
   *  ("not our problem", "I can't imagine how ...") start with it, so they are unaffected. */
  negatable?: boolean;
  /** The sentence must also satisfy this for `patterns` to count. */
  when?: (sentence: string) => boolean;
  /** Patterns that count without `when`: they carry their own evidence ("your refund has been processed"). */
  standalone?: RegExp[];
  /** Sentences matching this never count. */
  unless?: RegExp;
}

/** A rule over the whole turn rather than one sentence; returns the quote if it fires. */
export type TurnRule = (sentences: string[], text: string) => string | undefined;

export function matches(rule: SentenceRule, raw: string): boolean {
  const sentence = normalise(raw);
  if (rule.unless?.test(sentence)) return false;
  const found = (pattern: RegExp) => {
    for (const match of sentence.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))) {
      if (!rule.negatable || !negated(sentence.slice(0, match.index ?? 0))) return true;
    }
    return false;
  };
  if ((!rule.when || rule.when(sentence)) && rule.patterns.some(found)) return true;
  return rule.standalone?.some(found) ?? false;
}

export const QUESTION: SentenceRule = {
  patterns: [
    rx`\?["'”’)\]\s]*$`,
    // Chat questions often lack "?": judge by how they start ...
    rx`^${FILLER}${AUX}\s+(?:you|i|we|it|that|this|there|the|your|anyone|anything|someone|everything)\b(?!')`,
    rx`^${FILLER}(?:how|what|when|where|why|who|which)(?:'?s\b|\s+(?:(?:else|exactly|much|many|long|often|soon|time|day|date|kind of|sort of|type of)\s+)?${AUX}\b|\s+(?:about|come)\b)`,
    // ... or by an unmistakable interrogative anywhere in a run-on sentence.
    rx`\b(?:can|could|would|will|do|does|did|are|were)\s+you\b(?!')`,
    rx`\bhave you (?:been|tried|had|noticed|seen|got|gotten|checked|restarted|rebooted|lost|missed|any|ever|already)\b`,
    rx`\b(?:how|what|when|where|why)\s+(?:has|have|did|does|do|is|are|was|were|can|could|would|will|should)\s+(?:this|that|it|you|your|the|we|i)\b(?!')`,
    rx`\bis (?:that|it|this) (?:ok(?:ay)?|alright|all right|fine|correct|right)\b(?!')`,
  ],
};

export const IMPACT_PROMPT = rx`^${FILLER}(?:(?:can|could) you tell me|tell me|let me know|help me understand|(?:can|may) i ask|i'?d (?:like|love) to (?:know|understand|hear)|i(?:'?m| am| was) wondering)\b`;

/** Moves added for real calls; their rules live in call-move-rules.ts. */
export type CallMove = "generic_empathy" | "interrogates_reason" | "superiority_pitch" | "deflects_channel";

export const BASE_RULES: Record<Exclude<RepMove, CallMove>, SentenceRule | TurnRule> = {
  greets: {
    patterns: [
      rx`^(?:hi|hello|hey|hiya|howdy|greetings|good (?:morning|afternoon|evening|day)|welcome)\b`,
      rx`\bthanks?(?: you)? (?:so much |very much )?for (?:calling|contacting|reaching out|getting in touch|chatting)\b`,
      rx`\bmy name(?:'?s| is)\b`,
      rx`\byou(?:'?re| are) (?:speaking|talking|chatting) (?:with|to)\b`,
      rx`\bnice to (?:meet|speak|talk|chat)\b`,
      rx`\bhow are you(?: doing)?(?: today)?(?=\s*[?.!,]|\s*$)`,
    ],
  },
  acknowledges_impact: {
    negatable: true,
    patterns: [
      // The customer's specific situation reflected back.
      rx`\b(?:three|3|multiple|several|repeated|so many|constant) (?:outages|drops|disconnections|interruptions)\b`,
      rx`(?<!\b(?:are|were|have|has|did|do) you (?:been )?)\blos(?:ing|t|e) (?:a |an |your |the |that |those )?(?:important |big )?(?:client|customer|business|orders?|sales?|money|income|work|calls?|day)\b`,
      rx`\b(?:down|out|offline|dead|without (?:a |your )?\w+) all day\b`,
      rx`\b(?:after|for) (?:nine|9) years\b`,
    ],
  },
  apologises: {
    negatable: true,
    patterns: [
      // "Sorry to hear that", "sorry to see you go": sympathy or regret at what the customer does, not an apology.
      rx`\bsorry\b(?! to (?:hear|see|lose|read|learn))`,
      rx`\bi (?:can'?t|cannot) (?:tell you|say|express) how sorry\b`,
      rx`\b(?:my|our) (?:sincere |sincerest |deepest |humble )?apolog(?:y|ies)\b`,
      rx`\b(?:i|we) (?:[\w']+ ){0,2}apologi[sz]e\b`,
      rx`\bapologies\b`,
    ],
  },
  asks_question: QUESTION,
  asks_about_impact: {
    when: (sentence) => matches(QUESTION, sentence) || IMPACT_PROMPT.test(sentence),
    patterns: [
      rx`\b(?:affect(?:ed|ing|s)?|impact(?:ed|ing|s)?|disrupt(?:ed|ing)?|coping|hurt(?:ing)?)\b`,
      rx`\bhow (?:are|is) (?:you|your \w+|the \w+) (?:managing|getting (?:on|by))\b`,
      rx`\bcost(?:ing)? (?:you|your)\b`,
      rx`\b(?:hit|set) (?:you|your \w+) back\b|\bhit (?:you|your)\b`,
      rx`\bmean(?:s|t)? for (?:you|your)\b`,
      rx`\blos(?:e|t|ing) (?:any|a|an|much|money|business|orders?|clients?|customers?|sales?|income|work|calls?)\b`,
      rx`\bmiss(?:ed|ing)? (?:any|a|an|calls?|orders?|clients?|customers?|work|meetings?|deadlines?)\b`,
      rx`\b(?:take|taking|get|getting) (?:any )?orders\b`,
      rx`\bhow bad\b|\bhow (?:much business|many (?:orders|customers|calls|clients))\b`,
    ],
  },
  checks_understanding: {
    patterns: [
      rx`\bdoes (?:that|this|it|everything|all (?:of )?that) make sense\b`,
      rx`\b(?:make|makes) sense(?: so far)?\s*\?`,
      rx`\b(?:is|was) (?:that|this|it|everything|all (?:of )?that) (?:clear|understandable)\b`,
      rx`\b(?:clear|with me|following) so far\b`,
      rx`\bany questions\b`,
      rx`\b(?:do|did) you (?:have )?any (?:questions|doubts)\b`,
      rx`\b(?:did|does) (?:that|this|i) (?:answer|explain|clear (?:it|that|things) up|help)\b`,
      rx`\b(?:do|did) you (?:follow|understand|get that|see what i mean)\b`,
      rx`\b(?:am i|i'?m|i am) making sense\b`,
      rx`\bare you (?:with me|following)\b`,
      rx`\bhave i explained\b`,
      rx`\banything (?:that'?s |that is )?(?:unclear|confusing)\b`,
      rx`\b(?:anything|any of (?:that|this|it)|any part)\b[^.?!]{0,30}\bme to (?:go over|go through|run through|explain|repeat)\b|\b(?:go over|go through|run through|explain|repeat) (?:that|this|it|any of (?:that|this|it)) again\b`,
    ],
  },
  explains: {
    patterns: [
      rx`\b(?:because|cos|cuz)\b(?! of (?:us|our|me|my)\b)`,
      rx`\bthe reason\b`,
      rx`\bwhat happened (?:is|was|there)\b|\bhere'?s what happened\b`,
      rx`\b(?:that|this|which|it) (?:(?:simply|just|also|really|only|actually) )?means\b|\bwhat (?:that|this) means\b`,
      rx`\b(?:which|that)(?:'?s| is) why\b`,
      rx`\bdue to\b|\bcaused by\b|\bas a result\b|\bin other words\b|\bbasically\b`,
      rx`\blet me explain\b|\b(?:i|we|me)\b[^.?!,;]{0,20}\bto explain\b|\bthe way it works\b|\bhow it works is\b`,
      rx`\bthe (?:cause|problem|issue|fault) (?:is|was)\b`,
      rx`\b(?:promo(?:tion(?:al)?)?|discount|introductory|intro)\b[^.?!]{0,40}?\b(?:ended|expired|ran out|run out|finished|came to an end|rolled off|ends|expires)\b`,
      rx`\b(?:went|goes|going|reverted|back) (?:back )?to the (?:standard|regular|normal|full) (?:rate|price)\b`,
    ],
  },
  uses_jargon: {
    patterns: [
      rx`\bpro[- ]?rat(?:ed|a|e|ion|ing)\b|\bprovision(?:ing|ed)\b|\bnodes?\b|\btier\b|\bgrandfathered\b`,
      rx`\b(?:sla|mrc|nrc|etf|dslam|cmts|docsis|cpe|ont|olt|snr|mttr|rfo|rma|pbx|noc|csr|osp|macd|arpu)s?\b`,
      // Case-sensitive: these acronyms are ordinary words in lower case.
      /\b(?:BAN|POTS|LOA)\b/,
      rx`\brate plan migration\b|\b(?:ticket )?escalation matrix\b|\b(?:rate|plan|billing|disposition|wrap|fault|reason) code\b`,
      rx`\btruck roll\b|\bpacket loss\b|\blatency\b|\bjitter\b|\bsignal[- ]to[- ]noise\b|\bhead ?end\b|\bline card\b|\bbackhaul\b|\blast[- ]mile\b|\b(?:up|down)stream\b`,
      rx`\btrue[- ]?up\b|\broll[- ]?off\b|\btrouble ticket\b|\b(?:master|parent) ticket\b|\bsip trunk|\bport(?:ing)? (?:order|request)\b|\bcircuit id\b|\bl[123] (?:support|team|queue|tech)\b|\bchurn\b`,
    ],
  },
  offers_remedy: {
    negatable: true,
    // A discount conditional on staying is a retention pitch, not putting things right.
    unless: rx`\b(?:if you (?:stay|remain|stick|sign|commit|recontract|renew|keep)|to stay|before you (?:go|leave|cancel)|in exchange for|new contract)\b`,
    patterns: [
      rx`\bcredit(?:ed|ing|s)?\b(?!\s+(?:card|check|score|history|limit))|\brefund|\breimburs|\bcompensat|\bdiscount|\bwaiv(?:e|ed|ing)\b`,
      rx`\b(?:send(?:ing)?|book(?:ing)?|schedul(?:e|ing)|dispatch(?:ing)?|get(?:ting)?|arrang(?:e|ing)|hav(?:e|ing)) (?:out )?(?:a |an |the |one of our |our )?(?:tech(?:nician)?|engineer|repair (?:crew|team))s?\b`,
      rx`\b(?:a|one|1|two|2|first|next) months? (?:free|on us|at no (?:charge|cost))\b|\bfree month\b|\bfree of charge\b|\bon the house\b|\bat no (?:extra )?(?:cost|charge)\b`,
      rx`(?:\$\s?\d+|\d+\s?%|\b(?:\d+|ten|fifteen|twenty|twenty-five|thirty|forty|fifty) (?:percent|per cent)) off\b|\bhalf (?:off|price)\b|\b(?:knock\w*|tak(?:e|ing)) (?:\$?\d+ )?off\b`,
      rx`\b(?:restor|reinstat|extend|reappl|re-appl|match)\w* (?:the |your |that )?(?:old |previous )?(?:promo(?:tion(?:al)?)?|discount|rate|price)\b|\b(?:lower\w*|reduc\w*|bring(?:ing)? down) (?:your|the) (?:bill|price|rate)\b`,
      rx`\b(?:backup|temporary|temp) (?:line|phone|number|connection|hotspot|device)\b|\bcall forwarding\b|\bforward(?:ing)? (?:your |the )?(?:calls|line|number)\b|\bmobile hotspot\b`,
      rx`\b(?:replac|swap)\w* (?:the |your )?(?:router|modem|equipment)\b|\bnew (?:router|modem)\b|\b(?:get|have)(?:ting)? (?:it|this|that|your (?:line|service|internet|phone)) (?:fixed|repaired|restored|back up)\b`,
    ],
  },
  retention_pitch: {
    negatable: true,
    patterns: [
      rx`\bbefore you (?:go|leave|cancel|decide)\b|\b(?:reconsider|change your mind)\b`,
      // "The new price" is a change announced, not a deal.
      rx`\b(?:special|great|exclusive|amazing|better|best|limited[- ]time|loyalty|(?<!\bthe )new) (?:offer|deal|plan|package|rate|price|promo(?:tion)?)s?\b`,
      // "When you upgraded last year", "out-of-bundle rates": what happened or a charge's name, not a pitch.
      rx`\bupgrad(?:e|es|ing)\b|(?<!\byou )\bupgraded\b|(?<![-\w])bundl(?:e|es|ing)\b(?!-)|(?<!\byou )\bbundled\b|\bloyalty\b(?! (?:team|department|dept|desk|line|queue))|\bcheaper plan\b|\bfaster (?:speeds?|plan|internet|package)\b`,
      rx`\bstay(?:ing)? with us\b|\bkeep(?:ing)? you (?:as a customer|with us|on board)\b|\bif you (?:stay|remain|stick with us|sign|commit|recontract|renew)\b|\bif you(?:'d| would) (?:like|want|prefer|be willing) to (?:stay|remain|keep (?:it|the|your))\b`,
      rx`\bgive us (?:another|one more) (?:chance|try)\b|\bvalued customer\b|\block (?:in|you in)\b`,
    ],
  },
  refuses_or_delays: {
    patterns: [
      // "I can't <verb>", except idioms that are not refusals ("I can't wait", "I can't imagine").
      rx`\b(?:i|we)(?:\s+(?:can'?t|cannot|can not|won'?t be able to|(?:am|are)\s+${NOT_ABLE}|(?:don'?t|do not) (?:have the (?:ability|authority|access)|offer|do|give|allow|provide))|'?(?:m|re)\s+${NOT_ABLE})(?:\s+(?!wait\b|imagine\b|believe\b|stress\b|thank\b|apologi[sz]e\b|tell you how\b|emphasi[sz]e\b|say (?:how|enough)\b|express\b)|\s*(?=[.!,;]|$))`,
      rx`\bunable to\b|\bnot (?:possible|something (?:i|we) can)\b|\bimpossible\b|\bthere'?s no way\b|\bno way (?:to|i can|we can)\b`,
      POLICY_AS_REASON,
      rx`\bout of my hands\b|\b(?:my|our) hands are tied\b|\bonly (?:the )?account (?:holder|owner)\b`,
      rx`\bnothing (?:more |else )?(?:i|we) can do\b|\bthere'?s nothing (?:i|we)\b`,
      rx`\byou(?:'?ll| will|'?d)? (?:need|have) to (?:call|phone|ring|contact|email|write|submit|wait|visit|go (?:to|into|in)|speak|talk|fill|put it in writing|come back|try again)\b|\byou must (?:call|wait|visit|submit|contact)\b`,
      rx`\b(?:have|need) to wait\b|\bnot until\b|\bnot (?:today|right now|at the moment|at this time)\b`,
      rx`\b(?:try|call|ring|contact us) (?:again |back )?(?:later|tomorrow|another (?:time|day))\b`,
      rx`\bthe (?:earliest|next available) (?:appointment|slot|date|we can|i can|is|would be)\b`,
      WAIT_TIME,
    ],
  },
  transfers: {
    negatable: true,
    patterns: [
      rx`\btransfer(?:r(?:ed|ing))? (?:you|your call|the call|this call|it)\b|\bwarm transfer\b`,
      rx`\bput(?:ting)? you (?:through|over) to\b|\bconnect(?:ing)? you (?:to|with)\b|\bpass(?:ing)? you (?:on|over|along|to)\b|\bhand(?:ing)? you (?:over|off) to\b|\b(?:send|rout|redirect)\w* you (?:over )?to\b|\bget you over to\b`,
      rx`\b(?:another|a different|the other|other|the right) department\b|\b(?:retentions?|loyalty) (?:team|department|dept|desk|line|queue)\b`,
    ],
  },
  escalates: {
    negatable: true,
    patterns: [
      rx`\bsupervisor\b|(?<!\baccount )\bmanager\b|\bescalat(?:e|ed|es|ing|ion)\b(?! matrix)`,
      rx`(?<!\b(?:our|my|your) (?:top |number one |first |main |highest )?)\bpriorit(?:y|ise|ize|ised|ized|ising|izing)\b`,
      rx`\bspecialists?\b|\bsenior (?:tech(?:nician)?|engineer|agent|team|support|rep)\b|\bteam lead(?:er)?\b|\bmy (?:lead|boss)\b`,
      rx`\b(?:mark|flag|treat|log|rais)\w* (?:it |this |that |your \w+ )?(?:as )?urgent\b|\btop of the (?:queue|list)\b|\bfast[- ]?track|\bexpedit(?:e|ed|ing)\b|\b(?:bump|mov)\w* (?:this|it|you) up\b`,
    ],
  },
  commits_to_action: {
    negatable: true,
    patterns: [
      rx`${I_WILL}(?:call|ring|phone|email|e-mail|text|message|send|book|schedule|arrange|dispatch|follow up|get back to you|update you|confirm|apply|add|credit|refund|waive|set up|log|raise|open|submit|order|ship|post|reset|restart|fix|process|put (?:in|through)|have (?:a|an|the|someone|it|this|that)|get (?:a|an|the|someone|it|this|that)|keep you (?:updated|posted|informed)|stay on the line|check back|chase|monitor)\b`,
      // Any first-person promise with a deadline in the same clause.
      rx`${I_WILL}[^.?!,;:]*?\b${TIME}`,
      rx`\b(?:a|an|the|our|one of our)\s+(?:technician|tech|engineer|specialist|supervisor|manager|team|agent)\s+(?:will|is going to|'?ll)\s+[^.?!,;:]*?\b${TIME}`,
      // Someone named before, promised with a time: "… and he'll call you within 20 minutes", "who'll ring you this afternoon".
      rx`\b(?:he|she|they|who)(?:'?ll| will)\s+(?:call|ring|phone|email|text|contact|visit|be (?:there|with you|in touch))\b[^.?!;:]*?\b${TIME}`,
      rx`\b(?:i|we)(?:'?ve| have)\s+(?:just |now |already )?(?:booked|scheduled|arranged|dispatched|logged|raised|opened|put in|submitted|set up|sent|emailed|ordered)\b`,
      rx`\b(?:i'?m|i am|we'?re|we are)\s+(?:now |just )?(?:booking|scheduling|arranging|dispatching|sending|logging|raising|putting in|submitting)\b`,
    ],
  },
  confirms_cancellation: {
    negatable: true,
    patterns: [
      rx`\b(?:i|we)(?:'?ve| have)\s+(?:now |just |already |gone ahead and )?(?:cancel(?:l)?ed|terminated|disconnected|closed (?:your|the) account|processed (?:the|your) (?:cancellation|disconnection|termination))\b`,
      rx`\b(?:service|account|internet|line|plan|contract|subscription|membership|policy|it|that|this|everything)(?:\s+has been|\s+is(?: now)?|\s+was|'?s(?: been| now)?)\s+(?:now |officially |successfully |all )?(?:cancel(?:l)?ed|terminated|closed)\b`,
      rx`\bcancellation (?:is|has been|was|'?s)\s+(?:now |officially |successfully )?(?:confirmed|done|complete(?:d)?|processed|submitted|through|in)\b`,
      rx`${I_WILL}(?:process|submit|put through|complete|action|confirm) (?:the|your|that) cancellation\b`,
      rx`${I_WILL}(?:cancel|terminate|close|disconnect) (?:it|that|this|your (?:service|account|internet|line|plan|contract)|the (?:service|account))\b`,
      rx`\b(?:i'?m|i am|we'?re|we are)\s+(?:now |just |going ahead and )?(?:cancel(?:l)?ing|terminating|processing (?:the|your) (?:cancellation|disconnection|termination)|closing (?:your|the) account)\b`,
      rx`\bcancel(?:l)?ed (?:as of|effective)\b|\bcancellation (?:number|reference|confirmation)\b`,
    ],
  },
  tells_customer_to_calm_down: {
    negatable: true,
    patterns: [
      // The optional lead-in puts "I'm not going to" before the match, where negation sees it.
      rx`\b(?:(?:tell|ask)(?:ing)? you to |please |you need to |just )?calm (?:down|yourself)\b`,
      rx`(?<!\byou can )\brelax\b(?! and (?:enjoy|let))|\bchill(?: out)?\b|\btake a (?:deep )?breath\b|\bcool (?:it|down|off)\b|\bsettle down\b`,
      rx`\bno need to (?:shout|yell|scream|swear|raise your voice|be (?:rude|so upset|upset|angry|dramatic)|get (?:so )?(?:angry|upset|worked up|emotional))\b`,
      rx`\b(?:stop|quit) (?:shouting|yelling|screaming|swearing|cursing|raising your voice|threatening|insulting|interrupting|being (?:so )?(?:rude|emotional|dramatic|aggressive|abusive))\b|\b(?:don'?t|do not) (?:threaten|insult|swear at|curse at|talk to me like that|speak to me like that)\b|\blower your voice\b|\b(?:don'?t|dont|do not) (?:shout|yell|raise your voice)\b`,
      rx`\b(?:please |you need to |try to |let'?s (?:all )?)(?:stay|keep) calm\b|^(?:stay|keep) calm\b`,
    ],
  },
  blames_customer: {
    negatable: true,
    patterns: [
      rx`\byour (?:own )?fault\b|\bthat'?s on you\b|\buser error\b|\bcaused by you\b|\byou caused\b`,
      // "You should have your refund by Friday", "you should have it back": what the customer will have, not blame.
      rx`\byou should(?: have|'?ve|a)\b(?!\s+(?:received|got|gotten|been|access|a|an|the|it|them|that|this|your|the option|no|full|heard (?:from|back)|had (?:a call|an? (?:email|letter|answer|update|reply))))`,
      rx`\bnot (?:our|my) (?:problem|fault|responsibility|issue)\b|\bnothing to do with us\b`,
      rx`\byou (?:didn'?t|didnt|did not|never|failed to) (?:read|check|pay|update|set up|notice|follow|restart|reset|look at|call us)\b`,
      rx`\byou (?:agreed|signed up) to (?:this|it|that|the terms)\b|\byou were (?:told|notified|informed|warned|sent)\b|\bif you had (?:read|checked|paid|called)\b`,
      rx`\b(?:it was|it'?s) (?:all |clearly )?(?:in|on) (?:the|your) (?:contract|terms|email|letter|bill)\b`,
    ],
  },
  rambles: (sentences, text) => (text.split(/\s+/).filter(Boolean).length > RAMBLE_WORDS ? sentences[0] : undefined),
};
