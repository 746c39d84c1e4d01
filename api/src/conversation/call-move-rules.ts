import type { RepMove } from "./moves";
import { BASE_RULES, FEELING, FEELING_PERSON, INTENSIFIER, rx, type SentenceRule, type TurnRule } from "./move-rules";

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
    rx`\bi (?:can'?t |cannot |can |completely |totally |really |fully |definitely )*(?:hear|see|understand|imagine|appreciate|get|know) (?:how|why|what an?|where you'?re coming from|that|you)\b`,
    rx`\b(?:understand|appreciate|hear|get|feel|share|see|recogni[sz]e|acknowledge) (?:your|the|how) (?:frustrat\w*|concern|anger|annoyance|stress|worry|confusion|disappointment|upset|feelings?)\b`,
    rx`\byou(?:'?re| are| must be| must feel| seem| sound| have been|'?ve been|'?d be| would be| feel)\s+(?:${INTENSIFIER}\s+)*${FEELING_PERSON}\b`,
    rx`\b(?:you have every right|you'?re (?:absolutely |completely )?right) to be\b`,
    rx`\bi (?:don'?t|dont|do not) blame you\b|\bno wonder\b|\bthe last thing you need\b`,
    rx`\b(?:completely |totally |perfectly )?understandabl[ey]\b`,
    rx`^(?:i|we) (?:completely |totally |really |fully )?(?:understand|hear you|get it|hear that)\b|\bi hear you\b|\bi feel your pain\b`,
    rx`\b(?:sorry|apologi[sz]e|apologies) (?:for|about) (?:the|any|this|all the) (?:inconvenience|trouble|hassle|frustration|confusion|issues?|problems?)\b`,
    rx`\bthat must be (?:hard|difficult|tough|annoying)\b|\bi can only imagine\b|\bthat'?s never (?:fun|nice|good)\b`,
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
      rx`\bare you sure (?:you want|about)\b|\bis there (?:anything|something) (?:i|we) (?:can|could) do to (?:keep|change)\b`,
    ],
  },
  superiority_pitch: {
    patterns: [
      rx`\b(?:number one|no\.? ?1|#1|industry[- ]leading|market[- ]leading|the leading|award[- ]winning|unbeatable|second to none|world[- ]class)\b`,
      rx`\b(?:the|our) (?:(?:most|very) \w+|best|fastest|cheapest|biggest|largest|strongest|widest|quickest|greatest|most reliable)\b(?! (?:way|thing|i can|we can|option for you|time|day|slot))`,
      rx`\b(?:better|faster|cheaper|more reliable) than (?:any|every|all|the (?:other|competition)|our competitors|(?:[A-Z]\w+))\b|\bno one (?:else )?(?:can )?(?:beats?|match(?:es)?)\b|\bnobody beats\b`,
    ],
  },
  deflects_channel: {
    negatable: true,
    patterns: [
      rx`\byou can (?:do|manage|change|find|submit|request|cancel|update|check|see|sort)\b[^.?!]*\b(?:online|website|web ?site|app|portal|self[- ]service|form|account page|my account)\b`,
      rx`\b(?:go|head|log ?in|visit|check) (?:to |on(?:to)? |into )?(?:our|the|your) (?:website|web ?site|app|portal|online account|faq|help (?:centre|center|page))\b`,
      rx`\b(?:you(?:'?ll| will)? (?:need|have) to|you should|please|you must|best to|try) (?:call|phone|ring|email|e-mail|write (?:to|in)|contact|message|text|visit|go (?:to|into)|mail|fax|submit)\b`,
      rx`\b(?:call|ring|phone) (?:the number|the other line|our \w+ (?:line|team|department)|back (?:during|on|in))\b|\bthe number on (?:your|the) (?:bill|card|statement|back)\b`,
      rx`\b(?:in (?:a|the) store|in person|by (?:post|mail|email|letter)|in writing)\b`,
    ],
  },
};

/** Every move's rule: the first eighteen (move-rules.ts) and the ones above. */
export const RULES: Record<RepMove, SentenceRule | TurnRule> = {
  ...BASE_RULES,
  ...CALL_RULES,
  acknowledges_impact: SITUATION,
};
