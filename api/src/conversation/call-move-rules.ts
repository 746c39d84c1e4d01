import type { RepMove } from "./moves";
import { FRAME_PATTERNS } from "./frame-move-rules";
import { BASE_RULES, FEELING, FEELING_PERSON, INTENSIFIER, rx, type SentenceRule, type TurnRule } from "./move-rules";
import { IMPACT_ASKS, IMPACT_PROMPT_MORE } from "./impact-asks";
import { INTERROGATION_ASKS } from "./interrogation-asks";

/**
 * Rules for the moves a real call needs beyond the first eighteen (issue 14): stock sympathy,
 * obstruction by questioning, superiority pitches and deflection to another channel. The reader
 * (read-turn.ts) refines these with parts of speech: an empathy cue that names something
 * specific about the customer becomes acknowledges_impact.
 */

/** Sympathy in any words: the cue both empathy moves start from. */
export const EMPATHY_CUE: SentenceRule = {
  negatable: true,
  patterns: [
    rx`\b(?:(?:that|this|it|what)'?s|sounds?(?: like)?|must (?:be|have been|feel)|(?:is|was|are|were|has been|have been|had been|seems?|feels?|looks?)(?: like)?)\s+(?:${INTENSIFIER}\s+)*${FEELING}\b(?!\s+to\s+(?:say|tell|know|predict|estimate|give|answer|shout|yell|swear|speak|talk|be))`,
    rx`\bi (?:can'?t |cannot |can |do |completely |totally |really |fully |definitely )*(?:hear|see|understand|imagine|appreciate|get|know) (?:how|why|what an?|where you'?re coming from|that|you\b(?!\s+(?:a|an|the|some|more|any|one|two|three|back|booked|sorted|set up|\d|£|\$|€)\b))\b`,
    rx`\b(?:understand|appreciate|hear|get|feel|share|see|recogni[sz]e|acknowledge) (?:your|the|how) (?:frustrat\w*|concern|anger|annoyance|stress|worry|confusion|disappointment|upset|feelings?)\b`,
    rx`\byou(?:'?re| are| must be| must feel| seem| sound| have been|'?ve been|'?d be| would be| feel)\s+(?:${INTENSIFIER}\s+)*${FEELING_PERSON}\b`,
    rx`\b(?:you have every right|you'?re (?:absolutely |completely )?right) to be\b`,
    rx`\bi (?:don'?t|dont|do not) blame you\b|\bno wonder\b|\bthe last thing you need\b`,
    rx`\b(?:completely |totally |perfectly )?understandabl[ey]\b`,
    rx`^(?:i|we) (?:completely |totally |really |fully )?(?:understand|hear you|get it|hear that)\b|\bi hear you\b|\bi feel your pain\b`,
    rx`\b(?:sorry|apologi[sz]e|apologies) (?:for|about) (?:the|any|this|all the|your) (?:\w+ )?(?:inconvenience|trouble|hassle|frustration|confusion|disruption|loss|issues?|problems?)\b|\btake your time\b|\bisn'?t it annoying\b|\bsorry to (?:hear|see|read|learn)\b|^(?:i )?(?:do |completely |totally |really |fully )*understand(?: completely| totally)?\s*(?:[,.!;]|$)|\bi understand (?:completely|totally)\b`,
    rx`\bthat must be (?:hard|difficult|tough|annoying)\b|\bi can only imagine\b|\bthat'?s never (?:fun|nice|good)\b`,
    // A judgement of what happened, said of "that" (not of a thing: "the signal is poor in your area").
    rx`\b(?:that|this)(?:'?s| is| was| has been) (?:really |pretty |very |just |so |definitely )?(?:poor|not (?:great|ideal|good|nice))\b(?!\s+(?:at|for|in|on|to|quality|value|signal|coverage|reception)\b)`,
    rx`\bsorry (?:that )?you feel (?:that way|like that|this way)\b`,
    // Sympathy in idiom: "poor thing", "adding insult to injury", "that makes it so much harder", "…, and I understand".
    rx`\bpoor (?:thing|you|love)\b|^oh dear\b|\binsult to injury\b|\bthe last straw\b|\b(?:makes?|made) (?:this|that|it|things|everything) (?:\w+ ){0,2}(?:harder|worse|more difficult|tougher)\b|\bi (?:do |completely |totally |really |fully )*understand\s*(?:[,.!;]|$)`,
    // Stock sympathy in other words: "I'd feel the same in your shoes", "not what you wanted to hear",
    // "I'm sorry you're going through this", "that's not the experience we want for you".
    rx`\bi(?:'?d| would) (?:feel|be|react|do) (?:the same|exactly the same|just the same|no different)\b|\bi(?:'?d| would) (?:be|feel) (?:${INTENSIFIER}\s+)*${FEELING_PERSON} (?:too|as well|myself)\b|\bif i (?:were|was) (?:in )?your (?:shoes|position|place)\b|\bin your shoes\b|\b(?:isn'?t|is not|wasn'?t|not) (?:what|the (?:news|answer)) you (?:wanted|were hoping|hoped|expected|were expecting)\b`,
    rx`\bsorry (?:that )?you(?:'re| are|'ve been| have been) (?:going through|dealing with|experiencing|having to deal with)\b|\bnot the (?:experience|service|standard) we\b|\bthat can'?t (?:be|have been) (?:easy|nice|fun|pleasant)\b`,
    // "That's a lot to carry", "it must be a lot on your own": a weight named, not a price ("a lot cheaper", "a lot of money").
    rx`\b(?:that|this|it)(?:'?s| is| must be| sounds like| has been) (?:(?:such|quite|really|an awful) )?a lot\b(?!\s+(?:of|cheaper|better|faster|more|less|easier|quicker|simpler|nicer)\b)`,
  ],
};

/** What the customer lived through, named in the rep's words. */
const SITUATION: SentenceRule = {
  negatable: true,
  patterns: [
    ...(BASE_RULES.acknowledges_impact as SentenceRule).patterns,
    rx`\b(?:we|i) (?:really )?let you down\b|\byou(?:'?ve| have) been (?:with us|a customer) (?:for )?\w+ years\b`,
    rx`\b(?:on|during|in the middle of|right before|the (?:day|night|week)) (?:of )?(?:your|a|the) (?:client|work|important|big|wedding|birthday|anniversary|meeting|presentation|deadline|trip|flight|event)\b`,
  ],
};

const LEAVING = String.raw`(?:cancel\w*|leav\w*|go(?:ing)? elsewhere|switch\w*|clos\w* (?:your|the) account|end (?:your|the) (?:contract|service)|move (?:to|your)|want(?:ing)? out|not (?:staying|renewing)|port\w* out|stop\w*)`;

export const CALL_RULES: Record<Exclude<RepMove, keyof typeof BASE_RULES>, SentenceRule | TurnRule> = {
  generic_empathy: EMPATHY_CUE,
  interrogates_reason: {
    patterns: [
      rx`\bwhy (?:do|did|would|are|is|does) (?:you|it|that)\b[^.?!]*\b${LEAVING}`,
      rx`\bwhy (?:not|don'?t you|wouldn'?t you|would you)\b`,
      rx`\b(?:help me understand|tell me|walk me through|can i ask|may i ask|mind (?:me )?asking|could you (?:tell|share))\b[^.?!]*\b(?:why|reason|what(?:'?s| is| are)? (?:making|driving|prompting|behind)|not (?:liking|happy)|wrong with)\b`,
      rx`\bwhat (?:would it take|can (?:i|we) do) to (?:keep|change your mind|make you stay)\b|\bwhat (?:is|'?s) (?:the|your) (?:main )?reason\b`,
      rx`\b(?:what|which) (?:exactly )?(?:is it|are you) (?:not )?(?:liking|unhappy|dissatisfied)\b|\bwhat (?:made|makes) you (?:want to )?(?:decide|${LEAVING})`,
      rx`\bare you sure (?:you want|about)\b|\bis there (?:anything|something)(?: at all)? (?:i|we) (?:can|could) do to (?:keep|change)\b`,
    ],
  },
  superiority_pitch: {
    patterns: [
      rx`\b(?:number one|no\.? ?1|#1|industry[- ]leading|market[- ]leading|the leading|award[- ]winning|unbeatable|second to none|world[- ]class)\b`,
      rx`(?<!\b(?:do|does|doing|did|done|try|trying|tried) )\b(?:the|our) (?:(?:most|very) (?!(?:i|we|i'm|we're|you|common|likely|usual|frequent|typical|important)\b)\w+|best|fastest|cheapest|biggest|largest|strongest|widest|quickest|greatest|most reliable)\b(?! (?:way|thing|i can|we can|option for you|time|day|slot|to|email|number|address|contact|phone|person|place|date|bet|of|offer|deal|discount|promo(?:tion)?)s?\b)`,
      rx`\b(?:better|faster|cheaper|more reliable) than (?:any|every|all|the (?:other|competition)|our competitors)\b|\bno one (?:else )?(?:can )?(?:beats?|match(?:es)?)\b|\bnobody beats\b`,
      // A rival by name ("faster than Vodafone"): case matters here, or "than the one you had" would count.
      /\b(?:better|faster|cheaper|more reliable) than [A-Z][\w&]+/,
    ],
  },
  deflects_channel: {
    negatable: true,
    patterns: [
      rx`\byou can (?:do|manage|change|find|submit|request|cancel|update|check|see|sort)\b[^.?!]*\b(?:online|website|web ?site|app|portal|self[- ]service|form|account page|my account)\b`,
      rx`\b(?:go|head|log ?in|visit|check) (?:to |on(?:to)? |into )?(?:our|the|your) (?:website|web ?site|app|portal|online account|faq|help (?:centre|center|page))\b`,
      rx`\b(?:you(?:'?ll| will)? (?:need|have) to|you should|please|you must|best to|try) (?:call|phone|ring|email|e-mail|write (?:to|in)|contact|message|text|visit|go (?:to|into)|mail|fax|submit)\b`,
      rx`\b(?:call|ring|phone) (?:the number|the other line|our \w+ (?:line|team|department)|back (?:during|on|in))\b|\bthe number on (?:your|the) (?:bill|card|statement|back)\b`,
      // A channel named alone deflects only when the customer is the one sent to use it: "you'll need
      // to put it in writing", "please come in person"; not "you'll get our answer in writing".
      rx`(?:\byou(?:'?ll| will|'?d)? (?:need|have|must|should|can)\b|\bplease\b|^(?:just )?(?:send|write|put|submit|come|go|pop|bring|drop|post|mail|email|apply|visit)\b|\b(?:must|has to|have to|needs? to|can only) be\b)[^.?!]*\b(?:in (?:a|the) store|in person|by (?:post|mail|email|letter)|in writing)\b`,
    ],
  },
};

// --- Phrasings the first eighteen rules missed (found on the DEV split of evals/moves) ----------

/** A vague promise with no owner or time: a stall, not a commitment (MOVES.md). */
export const STALL = rx`^(?![^.?!]*\b(?:by|at \d|within|today|tonight|tomorrow|this (?:morning|afternoon|evening)|on (?:mon|tue|wed|thu|fri|sat|sun)\w*|\d+ ?(?:am|pm))\b)(?:ok(?:ay)?,? )?(?:someone|somebody|the \w+ team|we'?ll|i'?ll|we will|i will)\s+(?:will |'?ll )?(?:be in touch|call you(?: about [\w ]+)?|get back to you|look into (?:it|this|that)|see what (?:i|we) can do|chase (?:it|this|that)(?: up)?|sort it(?: out)?|do (?:my|our) best|update you when|reach out)\b[^.?!]*[.!]?$`;

function extend(rule: SentenceRule | TurnRule, patterns: RegExp[]): SentenceRule {
  const base = rule as SentenceRule;
  return { ...base, patterns: [...base.patterns, ...patterns] };
}

const REMEDY = BASE_RULES.offers_remedy as SentenceRule;

/** A remedy already done or on its way, said of the thing, not the rep: "your refund has been processed". */
const REMEDY_DONE = rx`\b(?:refund|credit|replacement|voucher|new (?:boarding pass|card|ticket|bill)|corrected bill|rebooking|room)'?s?\b[^.?!]*?\b(?:(?:has|have) (?:now |just |already )?been (?:processed|approved|issued|applied|booked|sent|paid)|(?:is|'s|are) (?:now |already )?(?:approved|processed|issued|applied|paid for|on (?:its|their) way|booked)|(?:has|have) gone out|will be in your (?:email|inbox|account))`;
/** A remedy put to the customer to choose: "there's a full refund available", "the refund or a replacement?". */
const REMEDY_ON_OFFER = rx`\bthere'?s (?:a |an )?(?:full |partial )?(?:refund|credit|replacement|voucher)s? (?:available|waiting|on offer)\b|\b(?:would you (?:like|prefer)|do you want|would (?:it|that) be (?:most )?helpful)\b[^.?!]*\b(?:refund|credit|replacement|voucher|exchange)\b|\b(?:refund|credit|replacement|exchange) or (?:a |an |the )?(?:refund|credit|replacement|exchange|voucher)\b`;

export const EXTRA_RULES: Partial<Record<RepMove, SentenceRule>> = {
  // A remedy is offered by someone ("I can", "we'll cover", "would it help if I"); a refund that is
  // only mentioned, explained or checked on is not an offer.
  offers_remedy: {
    ...extend(REMEDY, [
      rx`\b(?:divert|switch|put(?:ting)? you on|mov(?:e|ing) you to)\w*\b[^.?!]*\b(?:plan|mobile|line|number|flight)\b|\breplacement\b|\bvouchers?\b`,
      // Remedies outside telecom: an exchange, moving a membership or booking, a pause, a plan, a repair.
      rx`\b(?:exchange|swap)\b(?! rate)|\b(?:move|transfer|switch|carry)\w* (?:your|the|his|her) (?:membership|policy|booking|reservation|enrolment|enrollment|place|cover|account) (?:over |across )?to\b`,
      rx`\ban advance\b|\badvance of\b|\bpay (?:you|it|that)\b[^.?!]*\binto your (?:account|bank)\b|\bbreathing space\b|\b(?:put|place|hold)\w* (?:the |your |that |this |it )?(?:\w+ )?(?:charge|bill|balance|account|payment|debt|invoice|fee|collection)s? on hold\b|\b(?:pause|freeze|suspend)\w* (?:the |your |all )?(?:\w+ )?(?:payments?|charges?|interest|collections?|membership|account|debt|fees?)\b`,
      rx`\b(?:payment plan|instal(?:l)?ments?|spread (?:it|the (?:cost|balance|payments?)|that))\b|\b(?:advance|emergency) payment\b|\b(?:repair|restor|replac)\w* (?:the |your |it\b)|\bcover (?:the |your )?(?:repair|cost|bill|damage)\b|\bpay (?:for|out) (?:the |your )?(?:repair|damage|claim)\b`,
      // Done already: "I've put you on it, your seat is confirmed" (the blind labels read it as a remedy).
      rx`\bput you on (?:it|that|this|the (?:\d|first|next|early|morning))|\byour (?:new )?(?:seat|room|booking|reservation|ticket) (?:is|'s|has been) (?:now |all )?(?:confirmed|booked|reserved)\b`,
      // Lifting a block, paying what was approved: "I can lift the hold", "I can pay the approved $2,100 now".
      rx`\b(?:lift\w*|remov\w*|tak(?:e|ing) off|releas\w*) (?:the |that |this |your )?(?:\w+ )?(?:hold|block|freeze|restriction)s?\b|\bunblock\w*\b|\bpay (?:you )?(?:the |that |your )?(?:approved |agreed |full )?(?:\$|£|€)\s?\d`,
      rx`\bcover (?:a|the|your) (?:hotel|taxi|cost|meals?|car)\b|\b(?:rebook|reserv|arrang)\w* (?:you|the|a)\b|\bno (?:change |cancellation )?fee\b|\bdon'?t have to pay\b|\bfix(?:ing)? (?:it|this)\b|\brefunded it\b`,
    ]),
    when: (sentence) =>
      /\b(?:i|we|ill|im|i'\w+|we'\w+|let me|let us|us|would it help|how about|what if)\b|^(?:ok(?:ay)?,? )?(?:a|one|two|\$)/i.test(
        sentence,
      ),
    // Said of the remedy, not of who gives it: these need no "I" or "we".
    standalone: [REMEDY_DONE, REMEDY_ON_OFFER],
    unless: new RegExp(
      `${REMEDY.unless?.source ?? "$^"}|\\b(?:check|confirm|make sure|see if|clear about|unclear about|how (?:the|your|a|long|do|does|did|would))\\b[^.?!]*\\brefund|\\b(?:would love|'d love|wish i could)\\b`,
      "i",
    ),
  },
  blames_customer: extend(BASE_RULES.blames_customer, [
    // A question that doubts what the customer did: "did you actually set it?", "are you sure you read the right meter?"
    rx`\b(?:did|have|had|were|are) (?:you|your \w+)(?: \w+)? (?:actually|definitely|really|even|properly|correctly)\b|\bare you (?:sure|certain) (?:that )?(?:you|your \w+) (?!want|wish|would|'d|need)\w+|\b(?:did|have) (?:you|your \w+)\b[^.?!]*\bthe (?:right|correct) \w+`,
    // A disclaimer of blame followed by the blame: "nobody's accusing you, but the readings didn't come through".
    rx`\b(?:i'?m not|(?:nobody|no one|no-one)(?:'?s| is)) (?:saying|blaming|accusing|suggesting|pointing (?:the )?fingers?)\b[^.?!]*\bbut\b|\byou (?:did )?agreed? to (?:a|the|this)\b|\byou should(?: have|'?ve) received\b[^.?!]*\b(?:ago|already|last)\b`,
    rx`(?<!\b(?:i'?m|i am|we'?re|we are|be|always) (?:\w+ )?)\b(?:on|inside) (?:the customer'?s|your) (?:end|side)\b|\binside the building\b|\byour own (?:\w+ )?equipment\b`,
    rx`\byou signed (?:the|it|that|off|for)\b|\b(?:he|she|they) should(?: have|'?ve)\b(?!\s+(?:received|got|gotten|been))|\bmost customers know\b|\bbetween you and your\b|\byou clicked\b|\bnot (?:on )?(?:us|our end)\b|\boutside (?:of )?our control\b`,
    rx`\bif you'?d\b[^.?!]*\b(?:would(?:n'?t)?|could)(?: have|'?ve)\b|\bif (?:the|your) [\w ]+ (?:wasn'?t|weren'?t) (?:filled|done|sent|completed)\b`,
    rx`\b(?:did|were|are) (?:you|your \w+)\b[^.?!]*\b(?:your own|your side|by any chance|outdated|the problem|before calling|sure you don'?t)\b`,
    // "People who don't read the terms" blames a kind; "nine people who don't exist", counted, are not a kind (session 17, second round).
    rx`(?<!\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|hundred) )\bpeople who (?:don'?t|do not|didn'?t)\b|\bwhich is why we (?:always )?recommend\b|\bweren'?t good enough for you\b`,
    rx`\b(?:happens?|is what happens) when (?:people|customers|you) (?:don'?t|do not|didn'?t|forget|fail)\b`,
  ]),
  checks_understanding: extend(BASE_RULES.checks_understanding, [
    rx`\b(?:have|did) i (?:got|get|understood)\b|\bhave i understood\b|\bsame page\b|\bjust to (?:confirm|double-check|check)\b[^.?!]*\?`,
    // A tag after the account: "…and your deposit coming back, all clear?"
    rx`\ball clear\s*\?`,
    rx`\b(?:that|this|it)(?: \w+)?(?: \w+)? works? for you\b|\bsounds? (?:right|good|ok(?:ay)?)\s*\?|\bis that (?:correct|right|all right|everything)\b|,\s*(?:ok(?:ay)?|yeah|right)\s*\?\s*$`,
  ]),
  deflects_channel: extend(CALL_RULES.deflects_channel, [
    rx`\b(?:you'?ll need to|you can|you'?d have to|only|please)\b[^.?!]*\b(?:online|through (?:my account|the [\w ]*(?:portal|form|app|console|help cent(?:er|re)))|in the (?:mobile )?app)\b`,
    rx`\b(?:has to|have to|must|can only) be (?:done|requested|handled|raised|made) (?:by|through|at|in|online)\b|\bhandled by (?:your|our|the) \w+|\btake (?:that|it|this) up with\b`,
    rx`\b(?:reach out to|speak to|talk to|contact|try) (?:the |our |your )?(?:\S+@\S+|agents?|desk|airport|account manager|courier|bank|manufacturer|billing)\b|\bgo through (?:your|the|our) \w+\b|\braise a ticket\b|\bthere are apps\b`,
    rx`\b(?:please|you(?:'?ll| can| need to| should)?) (?:\w+ ){0,3}(?:send|email|write|reach out|forward)\b[^.?!]*@`,
  ]),
  acknowledges_impact: extend(SITUATION, [
    // "It cut you off" names what happened; "we'll cut you off" is a threat, not an acknowledgement.
    rx`\b(?:sorry|apologi[sz]e) (?:that |it |this )?(?:cost|left|cut|made|meant|kept|put)\b|\b(?:it|that|this|which|the \w+|has|had|got|was|were|keeps?|kept) cut you off\b|\bshould never have\b|\bshouldn'?t have (?:had to|to)\b`,
    // The company's mistake named with what it did to them: "we gave your father twice his dose and he fell".
    rx`\b(?:we|i) (?:gave|sent|charged|billed|sold|dispensed|delivered|booked|handed)\b[^.?!]*\b(?:wrong|twice|double|instead of|too (?:much|many|high|strong))\b|\band (?:he|she|they|you) (?:fell|got hurt|was hurt|were hurt|ended up in)\b`,
    rx`\b(?:sorry|apologi[sz]e) (?:that )?(?:your \w+|you|he|she|they)\b[^.?!,]*?\b(?:fell|had to|were|was|lost|missed|got|ended up|went|spent|paid|couldn'?t|didn'?t|weren'?t|wasn'?t)\b`,
    // What they went through, counted: "three calls and fifty minutes on hold", "two weeks without heating".
    rx`\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|several|\d+) (?:phone )?(?:calls|attempts)\b|\b(?:minutes|hours|days|weeks|months|nights) (?:on hold|waiting|without (?:a |an |your |any )?\w+|chasing)\b`,
    rx`\b(?:damaged|broken|cracked|scratched|dropped|ruined|lost|delayed) by (?:our|us)\b`,
    rx`\b(?:big jump|a lot to absorb|adds up(?! to\b)|exhausting|worst timing|too many|long time to be|every right|last thing you need(?:ed)?|opposite of help|look bad|isn'?t what you need|would make anyone|costing you|had to chase|on a fixed income)\b`,
  ]),
  refuses_or_delays: extend(BASE_RULES.refuses_or_delays, [
    STALL,
    // "There's no room", "no rooms left" refuse; "a four-hour drive and then no room at midnight" tells the customer's night back.
    // "The diary is full" refuses; "…is full fibre" names a kind (an adjective before its noun, session 17, second round).
    rx`\bi have to read\b|\bi need to see\b|\bit'?s not that (?:we|i) (?:don'?t|dont)\b|\bits not that\b|\bat the earliest\b|\bthe earliest \w+ (?:slot|date|appointment)\b`,
    rx`\bnothing (?:until|till|before)\b|\bnot (?:on shift )?(?:till|until)\b|\bnot allowed\b|\bnot something we\b|\b(?:there(?:'?s| is| are)|we(?:'ve| have)(?: got)?|i(?:'ve| have)(?: got)?) (?:still |just )?no rooms?\b|\bno rooms? (?:left|available|free|tonight)\b|\b(?:are|is) (?:all )?full\b(?!\s+(?!(?:and|but|so|until|till|for|on|at|up|now|today|tonight|tomorrow|this|that|then|i'm|unfortunately)\b)[a-z])|\bas soon as possible\b`,
  ]),
  interrogates_reason: extend(CALL_RULES.interrogates_reason, [
    rx`\bwhat (?:exactly )?would (?:it take|make you|you need)\b[^.?!]*\b(?:stay|renew|keep|remain)\b|\bhelp me understand what'?s not working\b|\bmaking you (?:leave|go|switch|want to leave)\b`,
    // What is behind the decision, asked of it: "what's prompting the change?", "what's putting you off?",
    // "you'd rather leave than drop to the slower plan?", "why a refund rather than rebooking?"
    rx`\bwhat(?:'?s| is) (?:(?:prompting|behind) (?:the|your|this) (?:change|decision|downgrade|move|${LEAVING})|putting you off)\b|\bmaking you want to\b|\byou(?:'?d| would) rather (?:leave|cancel|go|switch|close)\b[^.?!]*\bthan\b`,
    rx`\bwhy (?:do|would) you (?:want|prefer)\b[^.?!]*\brather than\b|\babout (?:the|your|our) \w+ (?:that )?you(?:'?re| are) (?:not happy|unhappy)\b`,
    ...INTERROGATION_ASKS,
  ]),
  superiority_pitch: extend(CALL_RULES.superiority_pitch, [
    rx`\bmost (?:reliable|advanced|trusted|popular|secure)\b|\b(?:highest|top|best)[- ](?:rated|reviewed)\b|\bvoted\b[^.?!]*\bbest\b|\bcomes? close to our\b|\bno other \w+\b[^.?!]*\b(?:gives|offers|has|matches)\b`,
  ]),
  uses_jargon: extend(BASE_RULES.uses_jargon, [
    // An acronym; a reference code with digits ("RA-88213", "C-20931", "GP2") is a fact the customer can use.
    /\b(?!(?:OK|UK|US|USA|EU|TV|ID|CEO|AM|PM|ASAP|PIN|SMS|VIP|FAQ|IT|HR|PDF|AI|I)\b)[A-Z]{2,}s?\b(?![-/]?\d)/,
    rx`\b(?:auth|gateway|settlement|dupe|fare basis|waiver code|reissue|coupon|waitlist\w*|segment|rotation|profile class|velocity rule|decline state|step-up|failover|ticket queue|sev[- ]?\d)\b`,
  ]),
  asks_about_impact: {
    ...extend(BASE_RULES.asks_about_impact, [
      // Asking after the person it happened to: "How is he doing now?", "How's your dad?"
      rx`\bhow(?:'?s| is| are) (?:he|she|they|your (?:dad|father|mum|mom|mother|son|daughter|husband|wife|partner|child|children|kids|baby|family|dog|cat)) (?:doing|feeling|coping|holding up|now|today|getting on)?\s*(?:now|today|after)?\b`,
      rx`\bholding up\b|\bhardest part\b|\bhow did (?:that|it|this) (?:land|go)\b|\blook like for you\b|\bhow are your (?:customers|clients|staff|team)\b|\bmaking things (?:difficult|hard)\b`,
      ...IMPACT_ASKS,
    ]),
    when: (sentence: string) =>
      (BASE_RULES.asks_about_impact as SentenceRule).when?.(sentence) === true || IMPACT_PROMPT_MORE.test(sentence),
  },
  explains: extend(BASE_RULES.explains, [
    rx`\b(?:that'?s|this is|here'?s) how (?:it|this|that) (?:happened|went wrong|came about)\b`,
    // "That's where the confusion started", "that's when the charge went through": the account pointed back to.
    rx`\b(?:that'?s|that is|this is) (?:where|when) (?:the|it|this|that|things|your|our)\b`,
    // An account announced: "Here's where it stands: the engineer found…", "here's what's going on".
    rx`\bhere'?s (?:where (?:it|things|we) (?:stands?|are)|the (?:situation|latest|story)|what'?s (?:going on|happening|happened))\b`,
    rx`\b(?:came|comes) from\b|\bthere'?s (?:a|an) (?:fault|problem|issue|outage|backlog)\b|\bwhich (?:takes|is|means|was)\b|\bthe (?:standard|normal|regular) (?:rate|price)\b`,
    // ", so …" in a question gives the reason for asking ("…, so we only set what you can manage?"), not what happened.
    rx`,\s*so (?:there|the|you|it|we)\b(?![^.!]*\?)|\b(?:can|will|usually|may) take (?:a few|\d+|up to|several)\b|\b(?:takes|(?:which|that|this|it) (?:can|could|may|might|will|would|usually|normally) take) (?:up to |about |around |roughly |between |at least )?(?:a few|a couple of|\d+|one|two|three|four|five|ten|several|an?) (?:\w+ )?(?:minutes?|hours?|days?|weeks?|months?)\b|\bis temporary\b|\bcomes off once\b|\bbacklog\b|\bthere'?ll be a\b|\bi'?ve checked and\b`,
  ]),
  retention_pitch: extend(BASE_RULES.retention_pitch, [
    // "Have a look at our new range" invites; "let me have a look at it" is the rep looking.
    rx`(?<!\b(?:me|i'?ll|i will|i'?m going to|we'?ll|we will) )\bhave a look at\b|\b(?:join(?:ing)?|have you thought about|switch(?:ing)? to our|if you keep|keep your (?:subscription|plan|account))\b|\bhate to see you go\b|\bshame to (?:switch|leave|go)\b`,
    // An offer the company has on: "we've got a half-price offer on this month".
    rx`\b(?:we|i)(?:'ve| have)(?: got)? (?:an?|some|this|a few) (?:[\w-]+ ){0,3}(?:offers?|deals?|promotions?)\b`,
  ]),
  // The outcome in plain words: "your service ends today", "the line goes off at midnight".
  confirms_cancellation: extend(BASE_RULES.confirms_cancellation, [
    rx`\b(?:your|the) (?:service|internet|broadband|account|contract|line|plan|subscription|membership|policy)\b[^.?!]*\b(?:(?<!\b(?:the|an?) )ends?|stops?|finish(?:es)?|(?:is|goes|will be|'?ll be) (?:off|cut off|switched off|closed|ended|cancel(?:l)?ed))\b[^.?!]*\b(?:today|tonight|midnight|tomorrow|now|from|as of|on (?:the )?\w+)\b`,
  ]),
  commits_to_action: extend(BASE_RULES.commits_to_action, [
    rx`\b(?:i'?m|i am|we'?re|we are) (?:now |just |personally )?(?:refunding|switching|diverting|fixing|issuing|emailing|flagging|putting|escalating|processing|booking|sending|adding|applying|crediting|waiving|arranging|raising|logging|updating|changing|moving|reversing|removing|holding|marking|assigning|rebooking|reinstating|restoring|re-?billing|correcting|texting|opening|setting up|ordering|using)\b`,
    rx`\b(?:i'?ll|i will) (?:personally )?(?:give|hold|stay|update|merge|mail|post)\b|\bwill be in your (?:email|inbox)\b|\bbeen assigned\b|\bdue between\b`,
    // Getting it done by someone else is still the rep's act: "I'm having two heaters delivered to you today".
    rx`\b(?:i'?m|i am|we'?re|we are|i'?ll|i will|we'?ll|we will) (?:now |just )?(?:having|getting|have|get) (?:[\w-]+ ){1,5}(?:delivered|sent|fitted|brought|dropped off|couriered|installed|repaired|fixed|booked|collected|replaced)\b`,
  ]),
};

/** Every move's rule: the first eighteen (move-rules.ts), the ones above and the frames of frame-move-rules.ts. */
const EARLIER: Record<RepMove, SentenceRule | TurnRule> = {
  ...BASE_RULES,
  ...CALL_RULES,
  acknowledges_impact: SITUATION,
  ...EXTRA_RULES,
};

export const RULES: Record<RepMove, SentenceRule | TurnRule> = {
  ...EARLIER,
  ...Object.fromEntries(
    Object.entries(FRAME_PATTERNS).map(([move, patterns]) => [move, extend(EARLIER[move as RepMove], patterns)]),
  ),
};
