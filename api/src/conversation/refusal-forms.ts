/**
 * Ways of saying no that have no "can't <act>" in them (session 16, issue 14 item 7), each a form any
 * request can be refused in, not one call's phrase: the no put in the future ("that's not going to be
 * possible"), a term that forecloses it ("non-changeable", "the fee stands, I'm afraid"), a service
 * withdrawn ("we no longer offer…"), no one able to, a tautology ("rules are rules"), the decision put
 * elsewhere ("it's not up to me"), a wait with no end ("someone will get to it eventually"), regret
 * before the counter-clause ("I'd love to help, but…"), and the person or thing needed away until later.
 */
const FORMS: RegExp[] = [
  // "That's not going to be possible", "that won't be happening today".
  /\b(?:not|n't) (?:going to|gonna) be (?:possible|available|doable|an option|allowed)\b|\b(?:won'?t|will not) be (?:possible|available|doable|an option|allowed|happening)\b/i,
  // "The booking is non-changeable", "those tickets are non-cancellable".
  /\b(?:is|are|'s|'re|was|were) (?:completely |strictly |totally )?non-?[a-z]+able\b/i,
  // "We no longer offer paper bills", "we stopped offering refunds on…" (not "we've stopped the payment": that acts; not "we no longer charge for it").
  /\b(?:we|they|the company)(?:'ve| have)? (?:no longer(?! (?:charge|bill|require|need|ask|take a fee))|(?:stopped|discontinued|ceased) (?:offering|doing|accepting|providing|issuing|supporting|selling|taking|allowing))\b/i,
  // "The deposit is forfeited", "the fee stands, I'm afraid", "no, that price is final".
  /\b(?:is|are|'s|was) (?:forfeit(?:ed)?|final|binding|non-negotiable)\b|\b(?:fee|charge|price|decision|penalty|rate|rule|policy|cost|bill) (?:still )?stands\b/i,
  // "Nobody here can override that", "no one on our side is able to change it": the company's people; not an
  // outage ("nobody can log in") or what befell the customer ("nobody could help it").
  /\b(?:nobody|no one|no-one) (?:here|on (?:my|our) (?:side|end|team)|at (?:the|our) \w+) (?:can|could|is able to|will be able to) \w+/i,
  // "Rules are rules", "the price is the price".
  /\b(\w{3,}) (?:is|are) (?:the )?\1\b/i,
  // "We don't make exceptions", "I can't make an exception for you".
  /\b(?:don'?t|do not|can'?t|cannot|won'?t|couldn'?t|not able to|unable to) make (?:an? |any )?exceptions?\b/i,
  // "It's not up to me", "that's not my decision to make".
  /\b(?:it'?s|that'?s|it is|that is) not (?:up to (?:me|us)|my (?:decision|call)|in my (?:power|gift|hands))\b/i,
  // "Someone will get to it eventually", "it's going to take a while" (not a process's stated time: "a few days to show").
  /\b(?:get|come|be) (?:round )?(?:to|back to) (?:it|you|this|that) eventually\b|\beventually get (?:to|round|back)\b|\b(?:take|be) a (?:while|long while|long time)\b/i,
  // "The voucher has expired and can't be reissued": the passive of the act after a second subject-less clause.
  /\b(?:and|but|so) (?:can'?t|cannot|can not|won'?t) be (?:re)?[a-z]+(?:ed|en)\b/i,
  // "I'd love to help, but…", "I wish I could".
  /\bi'?d (?:love|like|be happy) to(?: \w+){0,4},? but\b|\bi wish (?:i|we) could\b/i,
  // "There's no timeframe on that yet", "give it another 48 hours and see": a wait with no date the company holds to.
  /\bno (?:date|time ?scale|time ?frame|eta|estimate)(?: \w+){0,3} (?:yet|at the moment|right now|for now)\b|\bgive it (?:another |a further )?(?:\d+|a few|a couple of|one|two|three|24|48|72) (?:more )?(?:hours?|days?|weeks?)\b/i,
  // "The manager's not in until Monday", "the team isn't back till the 3rd" (the contraction, session 17, second round).
  /(?:\bnot|n't) (?:in|back|around|available|on|working|open) (?:again )?(?:until|till)\b/i,
];

/** A limit the company holds to, said with regret: "unfortunately there's a minimum term of twelve months". */
const REGRETTED_LIMIT =
  /\b(?:i'?m afraid|unfortunately|sadly|regrettably)\b[^.?!]*\b(?:minimum|maximum|cut-?off|deadline|lock-?in|limit)\b/i;

/** Whether the sentence says no in one of the forms above. */
export function refusesByForm(text: string): boolean {
  return REGRETTED_LIMIT.test(text) || FORMS.some((form) => form.test(text));
}
