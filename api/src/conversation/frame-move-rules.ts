import type { RepMove } from "./moves";
import { rx } from "./move-rules";

/**
 * Frames a move is said in, whatever the situation (found on the grown DEV split of evals/moves,
 * session 8: ten more service situations). Each pattern names a way of doing the move: a channel
 * the customer is pointed to, a pitch's benefit clause, a comparison that blames, a restriction
 * stated impersonally. Added to the rules in call-move-rules.ts.
 */

/** Places a customer can be sent to serve themselves. */
const CHANNEL = String.raw`(?:website|web ?site|app|portal|help (?:cent(?:er|re)|page|section)|online|status page|customer area|self[- ]service|form|branch|extension \d+|click-and-collect)`;

export const FRAME_PATTERNS: Partial<Record<RepMove, RegExp[]>> = {
  deflects_channel: [
    // "Photos can be submitted through the damage portal", "appointment changes can be done through the app".
    rx`\b(?:can|could|has to|have to|must|needs? to|should) be (?:done|submitted|made|requested|changed|booked|found|applied for|managed|handled|raised|uploaded|sent)\b[^.?!]*\b(?:through|on|in|via|at|using)\b[^.?!]*\b${CHANNEL}`,
    // "The refund policy is on our help center", "the cancellation option is in our app".
    rx`\b(?:is|are|'s|'re) (?:all )?(?:on|in|at) (?:our|the) (?:\w+ )?${CHANNEL}\b`,
    // The customer told to go and do it or ask someone else: "you'd have to ask the recall team".
    rx`\byou(?:'?ll|'?d| will| would)? (?:need|have) to (?:ask|sort|book|clear|check with|raise|apply|reset|go|speak|talk|take it up)\b|\bi'?d recommend (?:going|trying|calling|contacting|using|booking)\b|\bhave you tried (?:ringing|calling|phoning|emailing|going|booking|using)\b`,
  ],
  refuses_or_delays: [
    // A restriction stated impersonally: "refunds for partial months aren't possible", "can only be done in person".
    rx`\b(?:is|are|was|were)(?:n'?t| not) (?:possible|something (?:i|we) can|allowed|permitted|available)\b|\bcan only be (?:done|made|booked|changed|processed|cancel\w*)\b|\bonly (?:the )?\w+ can\b|\b(?:doesn'?t|does not|don'?t|do not) count as\b|(?<!\bwhere )\b(?:the charge|it|that|the decision) stands\b|\bas long as it takes\b|\bthat'?s all we have\b|\bbefore i can do anything\b|\bwon'?t (?:change|speed (?:anything|it|this) up|make (?:any|a) difference)\b`,
  ],
  retention_pitch: [
    // The benefit clause of a pitch: "a Basic plan that might suit", "as a member you'd get", "only £4.99 a month".
    rx`\b(?:plan|tier|package|add-?on|pass|club|bundle|tariff|cover|membership|subscription)\b[^?!]*\b(?:would|'d|might|could|will) suit\b|\b(?:as an? (?:member|subscriber)|if you (?:moved|switched|upgraded|paused|added|joined|went)\b)[^.?!]*\byou'?d (?:get|keep|save|have|pay)\b`,
    rx`\bwhile i (?:have|'?ve got) you\b|\bjust so you know what you'?re giving up\b|\byou(?:'ll| will|'d| would) lose (?:all )?your\b|\bonly (?:£|\$|€)\s?\d+(?:\.\d\d)? (?:a|per) month\b|\bhave you (?:considered|seen|looked at)\b[^.?!]*\b(?:our|we'?re adding)\b|\bour \w+ (?:support |plus )?(?:add-?on|tier|pass)\b`,
    // Raising the stakes of an offer already refused: "what if I made it two months free?".
    rx`\b(?:what if|how about if|suppose|if) (?:i|we) (?:made|make|could make) it\b|\b(?:i(?:'ll| will| can| could)|let me) (?:make it (?:two|three|four|six|\d)|up (?:it|that|the offer) to)\b`,
    // A deal put as a supposition or a question to stay: "what if I gave you two months free?",
    // "would you stay for a month free?", "have you seen we have partner gyms nationwide?".
    rx`\b(?:(?:what if|how about if|suppose) (?:i|we) (?:gave|give|offered|offer|threw in|could (?:give|offer|throw in))|would you (?:consider )?(?:stay(?:ing)?|remain(?:ing)?|stick(?:ing)? with us))\b[^.?!]*\b(?:free|discount\w*|cheaper|half price|price|deal|upgrade\w*|loyalty|\d+% off)\b|\bhave you (?:seen|heard|considered) (?:that )?we (?:have|offer|now have|'ve got)\b`,
    // Keeping what they asked to end: "you could keep your membership and use our partner gyms".
    rx`\byou (?:could|can|might|may|might want to|may want to|could always) (?:still |just )?keep (?:your|the) (?:membership|plan|account|subscription|contract|service|policy|package)\b`,
    // The value of buying more: "more for your money", "only ten dollars more than you pay now".
    rx`\b(?:more|better value) for (?:your|the) money\b|\b(?:much |far )?better value\b|\bonly (?:\w+ ){1,2}more than you(?:'re)? (?:pay|paying)\b`,
  ],
  superiority_pitch: [
    // "Our network covers more of the country than any other": the comparison with words between.
    rx`\b(?:we|our)\b[^.?!]*\bmore\b[^.?!]{0,40}\bthan (?:any(?:one|body| other)?|every(?:one|body| other)?|all (?:the )?others?|the (?:rest|competition|others?)|our (?:competitors|rivals))\b`,
    // The company or its product set above the rest, however the comparison is worded.
    rx`\b(?:better|faster|cheaper|more \w+|\w+er) than (?:any(?:one|body|thing)?|every(?:one|body)?|all|the (?:rest|competition|others?|big \w+)|other|others|our (?:competitors|rivals))\b`,
    rx`\b(?:no ?one|nobody|no other [\w-]+|none of (?:the|our) \w+)(?: else)?(?: out there| in the \w+)? (?:can |could )?(?:beats?|match(?:es)?|compares?|comes? close|touch(?:es)?|rivals?|offers? (?:you )?(?:more|better|as))\b|\b(?:can'?t|won'?t|couldn'?t) (?:be )?(?:beaten|matched|bettered)\b|\b(?:nobody|no ?one|nothing)(?: out there| around)? (?:does it |is |'s )?(?:better|faster|cheaper|more reliable)\b`,
    rx`\byou (?:won'?t|will not|wouldn'?t|can'?t|couldn'?t) (?:find|get) (?:a |any(?:thing|one)? |better|cheaper|faster)[^.?!]*?\b(?:better|cheaper|faster|more \w+|anywhere|elsewhere)\b|\bunlike (?:other|most|our|many|the other) (?:providers|competitors|companies|banks|networks|rivals|airlines|insurers|suppliers|firms|brands|shops|retailers)\b`,
    rx`\baward[- ]winning\b|\bwon (?:the |an? )?(?:\w+ )?(?:award|best)\b|\b(?:top|highest|best)[- ]rated\b|\brated (?:top|first|highest|the best|number one|no\.? ?1|#1|excellent|outstanding|\d(?:\.\d)? stars?)\b|\bmost[- ](?:trusted|recommended|awarded)\b|\bunrivall?ed\b|\bunmatched\b|\bbeats? (?:every|all|any) (?:other )?\w+`,
    rx`\b(?:we(?:'re| are)|our [\w-]+(?: [\w-]+)? (?:is|are|'s)) (?:the |a )?(?:(?:\w+'s|uk'?s|country'?s|region'?s) )?(?:leading|largest|biggest|favourite|favorite|top|premier|most popular)\b`,
  ],
  blames_customer: [
    // The customer measured against everyone else, or told what they should have done.
    rx`\b(?:for|than) (?:everyone|everybody) else\b|\bnobody else (?:seems|has|is having)\b|\bmost (?:people|customers|of our customers) (?:manage|know|remember|read|check|understand)\b|\byou could(?:'?ve| have) (?!been|lost)\w+|\byou must have (?:ignored|missed|forgotten|deleted|misread|entered|typed|clicked|thrown)\b|\b(?:it|that) was (?:you|your (?:choice|decision|call))\b|\bwas you who\b|\byou'?d be better (?:off )?\w+ing\b|\bworth checking (?:the|your) \w+ again\b|\bthat'?s often the cause\b`,
    // Reproach as a question about a duty: "did you not read the terms?", "weren't you told?" (not "did you not
    // get our text?", which checks what reached them).
    rx`\b(?:did you not|didn'?t you|have you not|haven'?t you|had you not|hadn'?t you|were you not|weren'?t you) (?:\w+ )?(?:read|check|pay|send|submit|tell|update|told|informed|warned|reminded)\b`,
    // The duty named as the customer's: "it's the account holder's responsibility", "members are responsible for…".
    rx`\b(?:customer|account ?holder|cardholder|policyholder|member|tenant|user|passenger|guest|buyer)s?'?s? (?:own )?(?:responsibility|job|duty)\b|\b(?:customers|members|account ?holders|cardholders|policyholders|tenants|users|passengers|you) (?:are|'re) (?:solely )?responsible for (?:keeping|checking|making sure|ensuring|updating|reading|providing|paying|returning|telling|informing|letting)\b`,
  ],
  checks_understanding: [
    // A closed question about whether what was said lands: "is that all clear?", "does that sound manageable?".
    rx`\b(?:is|does|did|would|will) (?:that|this|it|everything|all (?:of )?that)(?: all)? (?:clear|sound|seem|put your mind|answer|cover it)\b|\bjust so (?:i'?ve got (?:it|that|this) right|i'?m clear|i understand)\b[^?!]*\?|\b(?:can|could|may) i (?:just )?confirm (?:that )?you\b[^?!]*\?|^just checking\b[^?!]*\?`,
  ],
  interrogates_reason: [
    // What made them decide, or what would change it, asked after they have said what they want.
    rx`\bwhat(?:'?s| has| is)? (?:made|making|stopped|stopping|prompted|prompting|brought|bringing) you\b|\bwhat (?:it )?would (?:it )?take to (?:keep|stay|change)\b|\bnothing (?:we|i) (?:could|can) do to (?:change|keep)\b|\bcan i ask what you(?:'re| are) (?:planning|going) to do\b`,
  ],
  tells_customer_to_calm_down: [
    // A warning about the customer's conduct: "if you keep shouting I'll end the call", "I won't be spoken to like that".
    rx`\bif you (?:continue|keep|carry on)(?: to)? (?:shout|yell|swear|scream|curs|us(?:e|ing) that (?:language|tone)|be(?:ing)? (?:abusive|rude|aggressive))\w*\b|\b(?:i|we) (?:won'?t|will not|don'?t have to) (?:be spoken to|be talked to|accept being spoken to|tolerate)\b`,
    // The display of anger named as useless, or the customer told to master it: "getting angry won't help",
    // "try not to get so emotional", "let's keep this civil", "just breathe".
    rx`\b(?:getting|being|shouting|yelling|swearing|screaming|losing your temper|raising your voice|(?:getting|being) (?:so |this |that )?(?:angry|upset|worked up|emotional|aggressive|heated|rude|abusive))\b[^.?!,]*?\b(?:won'?t|isn'?t going to|is not going to|will not|doesn'?t|does not|never) (?:help|solve|fix|change|get|make|speed|do)\b`,
    rx`\b(?:don'?t|do not|try not to|no need to|there'?s no need to) (?:get|be|become) (?:so |too |that |this |all )?(?:emotional|upset|angry|worked up|heated|aggressive|hysterical|wound up|agitated|excited|dramatic)\b`,
    rx`\b(?:keep|let'?s keep) (?:this|it|things|the conversation) (?:civil|calm|polite|respectful|professional)\b|\bno need for (?:that|this|the) (?:language|tone|attitude|shouting)\b|^(?:(?:ok(?:ay)?|sir|madam|look),? )?(?:just )?breathe\b|\bcalm(?:ing)? (?:things )?down\b`,
    rx`\bno need to (?:take|use) (?:that|this) tone\b|\b(?:shouting|yelling|swearing|screaming)(?: at me)? (?:won'?t|isn'?t going to|doesn'?t|will not|is not going to)\b|\b(?:watch|mind) your (?:tone|language)\b`,
  ],
  transfers: [
    rx`\bpass(?:ing)? (?:this|it|you|your \w+) (?:on |over |along )?to (?:our|the) [\w -]*(?:team|department|desk|colleagues)\b`,
  ],
  escalates: [rx`\bsomeone (?:more )?senior\b|\bflag\w* (?:this|it) (?:to|with) (?:the|a|our|my)\b`],
  confirms_cancellation: [
    // The matter done or under way, and the billing that stops with it: "it's being processed, so no further
    // payments come out", "that's all gone through and there's nothing more to pay".
    rx`\b(?:it|that|this|everything)(?:'?s| is| has| will be)? (?:all |now |already |been )*(?:done|being processed|processed|gone through|going through|sorted)\b[^.?!]*?\b(?:(?:no|any) (?:further|more) (?:payments?|charges?|bills?|debits?)|nothing (?:else|more|further) to pay|(?:be )?(?:charged|billed) again|final (?:bill|payment|invoice|charge))\b`,
    rx`\bcancellation(?:'?s| is)? (?:going through|being processed|under way)\b|\b(?:backdat\w*|put(?:ting)? through|action\w*) (?:the|your|that) cancellation\b`,
  ],
};
