import type { RepMove } from "./moves";
import { REP_MOVES } from "./moves";
import { matches, POLICY_AS_REASON, TIME_BOUND, WAIT_TIME, type SentenceRule } from "./move-rules";
import { EMPATHY_CUE, RULES, STALL } from "./call-move-rules";
import { splitSentences } from "./sentences";
import { loadLanguageModel, tokensOf, tokensWithin, type Tokens } from "./tokens";
import { blank, maskOtherSenses } from "./word-senses";

/**
 * Reads a rep turn as language (issue 14): sentences from the splitter, then wink-nlp (with its
 * English "lite" model, which ships inside the npm package: no download, pure JS) for tokens,
 * parts of speech and negation. The phrase rules propose moves per sentence; the reading decides
 * what they are worth: open or closed question, negated promises, stock sympathy or a specific
 * acknowledgement, sarcasm, and a turn that is a verb-less list of fragments or carries
 * implausibly many moves is flagged `unnatural`. Kept out of the web bundle: the web imports only
 * speakable-text.ts from this folder.
 */

export interface DetectedMove {
  move: RepMove;
  /** An exact substring of the input: the sentence that carries the move. */
  quote: string;
}

export interface SentenceReading {
  text: string;
  /** "open" (how/what/tell me ...), "closed" (yes/no, either/or), or null for a statement. */
  question: "open" | "closed" | null;
  /** Some word in the sentence is under a negation (wink-nlp's negation flag). */
  negated: boolean;
  hasVerb: boolean;
  /** Comma-separated parts, and how many of them are fragments (no clause: no subject and verb). */
  parts: number;
  fragments: number;
  /** Whom the words are about: the customer (you/your) or the company (we/our/us). */
  about: "customer" | "company" | null;
  sarcastic: boolean;
  moves: RepMove[];
}

export interface TurnReading {
  sentences: SentenceReading[];
  moves: DetectedMove[];
  /** Why the turn does not read as speech (a list of fragments, too many moves), or null. */
  unnatural: string | null;
  /** The moves the words would carry if spoken; for an unnatural turn `moves` is empty. */
  listed: DetectedMove[];
}

export { loadLanguageModel };

const FILLER = /^(?:(?:ok(?:ay)?|so|and|also|alright|right|great|sure|sorry|well|now|just|quick question)\b[,\s]*)*/i;
const OPEN_START =
  /^(?:how|what|tell me|walk me through|describe|talk me through|(?:can|could|would) you (?:tell|walk|talk|describe|explain)|i'?d (?:like|love) to (?:hear|know|understand))\b/i;
const SARCASM =
  /^(?:oh|wow|well)[,!]?\s+(?:great|wonderful|perfect|fantastic|brilliant|lovely|fabulous|congratulations|terrific)\b|\byeah,? right\b|\b(?:what a|such a) (?:surprise|shock)\b|\blucky you\b|\bjust what you (?:needed|wanted)\b|\bthanks (?:a lot|for nothing)\b|\bgood luck with that\b|\bboo[- ]?hoo\b|\bcry me a river\b/i;
/** Moves that are withdrawn by sarcasm: it says the opposite of what the words offer. */
const KIND_MOVES = new Set<RepMove>([
  "generic_empathy",
  "acknowledges_impact",
  "apologises",
  "offers_remedy",
  "commits_to_action",
  "greets",
]);
/** A negated keyword withdraws these ("I'm not going to refund", "nobody will transfer you"). */
const PROMISE_WORDS: Partial<Record<RepMove, RegExp>> = {
  offers_remedy: /^(?:credit|refund|reimburse|compensate|waive|send|book|schedule|dispatch|replace|fix|discount)/,
  commits_to_action: /^(?:call|email|send|book|schedule|arrange|dispatch|follow|update|fix|process|ring|get|have)/,
  transfers: /^(?:transfer|put|connect|pass|hand|send)/,
  escalates: /^(?:escalat|supervisor|manager|priorit|flag|rais|expedit)/,
  confirms_cancellation: /^(?:cancel|terminat|clos|disconnect|process)/,
};
/** Words that make sympathy specific when they are not in this stock list ("i'm" is one token to wink-nlp). */
const STOCK =
  /^(?:(?:i|you|we|they|it|that|there)'(?:m|s|re|ve|ll|d)|i|you|we|it|that|this|what|how|so|be|is|are|was|am|'s|'re|'m|n't|not|do|can|must|really|completely|totally|understand|hear|see|get|know|imagine|appreciate|feel|sound|seem|look|frustrat\w*|annoy\w*|upset\w*|inconvenience|trouble|hassle|situation|experience|problem|issue|thing|things|concern|way|lot|pain|sorry|apolog\w*|stress\w*|difficult|hard|tough|awful|terrible|right|every|total|absolute|understandabl\w*|wonder|last|need|blame|worry|the|a|an|for|of|to|about|all|any|with|my|your|our|me|just|very|totally|such|wholly|fully|truly|must|have|has|had|been|okay|ok|yes|no|oh|well|can't|cannot|coming|from|where|why|hear|feelings?|anger|confusion|disappointment|unacceptable|fair|shout|good|nice|fun|cause|caused|may|might|happen|happens|loss|disruption|service|worried|want|inconvenienced|rush|time|take|think|fed|say|mean|react|feel|pain|pian|money|tight|come|end|everyone|everybody|people)$/i;

function readSentence(text: string, tokens: Tokens): Omit<SentenceReading, "moves"> {
  const { pos, words, negation } = tokens;
  const trimmed = text.replace(FILLER, "");
  const ends = /\?["'”’)\]\s]*$/.test(text);
  // "Being sent home is awful" starts with an auxiliary but is a statement.
  const startsAsQuestion =
    (pos[0] === "AUX" && !/^being\b/i.test(trimmed)) ||
    (/^(?:how|what|when|where|why|who|which)\b/i.test(trimmed) && !whClauseAsSubject(tokens));
  const question = !PERFORMATIVE.test(trimmed) && (ends || (startsAsQuestion && /\b(?:you|your|i|we)\b/i.test(text)));
  const customer = words.filter((word) => /^(?:you|your|yours|yourself)$/.test(word)).length;
  const company = words.filter((word) => /^(?:we|our|us|ours)$/.test(word)).length;
  const { parts, fragments } = countFragments(words, pos);
  return {
    text,
    parts,
    fragments,
    question: !question ? null : OPEN_START.test(trimmed) ? "open" : "closed",
    negated: negation.some(Boolean),
    hasVerb: pos.some((tag) => tag === "VERB" || tag === "AUX"),
    about: customer > company ? "customer" : company > customer ? "company" : null,
    sarcastic: SARCASM.test(text),
  };
}

/** "Can I just say how sorry I am?": asking leave to say something is saying it, not a question to answer. */
const PERFORMATIVE =
  /^(?:can|could|may|might) (?:i|we) (?:just |quickly |first |also )?(?:say|tell you|add|mention|point out|thank|apologi[sz]e|reassure)\b/i;

/**
 * "What that means for you: …", "When you signed up you got a discount": a wh-word followed by its
 * own subject before any verb opens a clause inside a statement; a question inverts ("what is",
 * "how long have you") or asks about the subject ("what happened").
 */
function whClauseAsSubject({ words, pos }: Tokens): boolean {
  const wh = words.findIndex((word) => /^(?:how|what|when|where|why|who|which)$/.test(word));
  if (wh < 0) return false;
  for (let i = wh + 1; i < pos.length; i += 1) {
    if (pos[i] === "AUX" || pos[i] === "VERB") return false;
    if (pos[i] === "PRON" || (pos[i] === "DET" && /^(?:that|this|these|those)$/.test(words[i] ?? ""))) return true;
  }
  return false;
}

/**
 * A part is a clause when it has an auxiliary, a pronoun before a verb ("we lost it"), or opens the
 * sentence with a command ("Call me back"); a bare noun phrase or a verb alone ("escalated") is not.
 */
function countFragments(words: string[], pos: string[]): { parts: number; fragments: number } {
  const chunks: number[][] = [[]];
  words.forEach((word, i) => {
    if (/^[,;:•·|/–—-]$/.test(word)) chunks.push([]);
    else if (pos[i] !== "PUNCT") chunks.at(-1)?.push(i);
  });
  const parts = chunks.filter((chunk) => chunk.length > 0);
  const isClause = (chunk: number[], index: number) =>
    chunk.some((i) => pos[i] === "AUX") ||
    (index === 0 && pos[chunk[0] ?? -1] === "VERB" && !/ing$/.test(words[chunk[0] ?? -1] ?? "")) ||
    chunk.some((i, k) => pos[i] === "VERB" && chunk.slice(0, k).some((j) => pos[j] === "PRON"));
  return { parts: parts.length, fragments: parts.filter((chunk, index) => !isClause(chunk, index)).length };
}

/** "Websites can be a pain", "billing issues are so frustrating": a bare plural speaks of everyone, not this customer. */
function barePlurals({ words, lemmas, pos }: Tokens): Set<number> {
  const generic = new Set<number>();
  let start = 0;
  for (let i = 0; i <= pos.length; i += 1) {
    if (i < pos.length && ["NOUN", "PROPN", "ADJ"].includes(pos[i] ?? "")) continue;
    const head = i - 1;
    const before = pos[start - 1] ?? "PUNCT";
    if (
      head >= start &&
      pos[head] === "NOUN" &&
      words[head] !== lemmas[head] &&
      !["DET", "PRON", "NUM"].includes(before)
    )
      for (let j = start; j <= head; j += 1) generic.add(j);
    start = i + 1;
  }
  return generic;
}

function isSpecific(tokens: Tokens): boolean {
  const { lemmas, pos } = tokens;
  const generic = barePlurals(tokens);
  return lemmas.some(
    (word, i) =>
      ["NOUN", "PROPN", "NUM", "VERB"].includes(pos[i] ?? "") &&
      !STOCK.test(word) &&
      word.length > 2 &&
      !generic.has(i),
  );
}

/** The clauses that carry the sympathy, not a promise that follows it in a run-on sentence. */
const CLAUSE = /[;:]|\s(?:but|so|and then|ill|i'll|i will|we'll|let me)\s/gi;
function empathyIsSpecific(text: string, tokens: Tokens): boolean {
  const clauses: { text: string; from: number; to: number }[] = [];
  let from = 0;
  for (const separator of text.matchAll(CLAUSE)) {
    const to = separator.index ?? 0;
    clauses.push({ text: text.slice(from, to), from, to });
    from = to + separator[0].length;
  }
  clauses.push({ text: text.slice(from), from, to: text.length });
  const sympathy = clauses.filter((clause) => matches(EMPATHY_CUE, clause.text));
  // "…and your room's gone: that must be awful" points back at what came before it.
  const pointsBack = (clause: string) => /^\s*(?:that|this|it|which|all (?:of )?that)\b/i.test(clause);
  if (sympathy.length === 0) return isSpecific(tokens);
  return sympathy.some((clause) =>
    isSpecific(pointsBack(clause.text) ? tokens : tokensWithin(tokens, clause.from, clause.to)),
  );
}

function keywordsAllNegated({ words, negation }: Tokens, keyword: RegExp): boolean {
  const hits = words.map((word, i) => (keyword.test(word) ? i : -1)).filter((i) => i >= 0);
  return hits.length > 0 && hits.every((i) => negation[i]);
}

/** The rep is the one acting: "I'll post you…", "we're sending…", "let me…". */
const REP_ACTS = /\b(?:i|we)(?:'ll| will|'m| am|'re| are| can(?!'t|not)|'ve| have)\b|\blet me\b|\bif i\b/i;
/** The customer is told to do it themselves, somewhere else. */
const CUSTOMER_MUST_ACT =
  /\byou(?:'ll| will)? (?:need|have|must|can|should|'d have)\b|\b(?:please|just) (?:call|go|visit|email|ring|write|log)\b|\bneed you to\b/i;

/** What the customer lived through or felt: the matter of an impact question or a reflection. */
const EXPERIENCE =
  /\b(?:worr\w*|affect\w*|impact\w*|mean[st]?|meant|cost\w*|hit|feel\w*|felt|cop(?:e|ing)|manag\w*|deal(?:ing)? with|struggl\w*|stress\w*|hurt|los[et]\w*|miss\w*|upset\w*|scar\w*|fright\w*|effect|hardest|worst|toll|left you|put you)\b/i;
/** Whose account, which number, what reason: administration or a reason to leave, not the customer's experience. */
const ADMIN =
  /\b(?:account|number|reference|postcode|address|email address|date of birth|name|reason|why|plan|package|deal|offer|price)\b/i;

function asksAboutExperience(text: string, found: Set<RepMove>): boolean {
  if (found.has("interrogates_reason") || found.has("retention_pitch") || found.has("superiority_pitch")) return false;
  return EXPERIENCE.test(text) && !ADMIN.test(text);
}

/** The customer's situation or its toll, put by the rep: "…means you've paid $89 for nothing", "…would give anyone a fright". */
const TOLL =
  /\b(?:means? you(?:'ve| have| are|'re)?|puts? you in (?:a|an|such|this)|left you|leaves you|cost(?:s|ing)? you|makes? (?:it|you) feel|would (?:give|make|worry|frighten|upset) anyone|(?:is|was) the opposite of|for nothing|(?:that's|it's|that is) (?:on us|our (?:fault|mistake|error))|you(?:'ve| have) (?:had to|been|called|rung|waited|paid|sent|done)|you did (?:the right thing|everything)|you(?:'re| are) (?:standing|stuck|left|waiting)|you need(?:ed)? to be|it'?s your (?:busiest|only|biggest|first))\b/i;

function reflectsExperience(reading: Omit<SentenceReading, "moves">, tokens: Tokens, found: Set<RepMove>): boolean {
  if (found.has("acknowledges_impact") || reading.sarcastic) return false;
  for (const move of ["blames_customer", "refuses_or_delays", "interrogates_reason", "retention_pitch"] as const)
    if (found.has(move)) return false;
  return TOLL.test(reading.text) && isSpecific(tokens);
}

/** "I can't promise the result, but …": candour about the outcome, before the clause that acts. */
const HEDGE =
  /\b(?:i|we)\s*(?:can'?t|cannot|can not|won'?t|couldn'?t)\s+(?:promise|guarantee|say for (?:sure|certain)|predict|tell you (?:for (?:sure|certain)|exactly|yet))\b[^.?!]*?\bbut\b/i;
const ACTS: RepMove[] = ["commits_to_action", "offers_remedy", "escalates"];
const rule = (move: RepMove) => RULES[move] as SentenceRule;

/** A refusal the sentence takes back: a time it holds itself to, or candour followed by action. */
function refusalWithdrawn(text: string, tokens: Tokens, found: Set<RepMove>): boolean {
  const withoutTime = blank(text, WAIT_TIME);
  if (withoutTime !== text && !matches(rule("refuses_or_delays"), withoutTime)) {
    // "The team reviews it within 10 working days", "refunded now, 3 to 5 days to show", "… because
    // the bank posts them": a time stated with what is done or why, not a stall ("it can take up to 15 days").
    if (TIME_BOUND.test(text) || ACTS.some((move) => found.has(move)) || matches(rule("explains"), withoutTime))
      return true;
  }
  const hedge = HEDGE.exec(text);
  if (hedge) {
    const rest = text.slice(hedge.index + hedge[0].length);
    const acting =
      ACTS.some((move) => matches(rule(move), rest)) ||
      repIsDoing(tokensWithin(tokens, hedge.index + hedge[0].length, text.length), new Set());
    if (acting && !matches(rule("refuses_or_delays"), blank(text, HEDGE))) return true;
  }
  return false;
}

const REGRET = /\b(?:i'?m afraid|unfortunately|sadly|regrettably)\b/i;
const COPULA = /^(?:be|must|can|could|would|will|might|may|sound|feel|seem|look|have)$/;

/**
 * "Being charged for food you never received is frankly not okay", "Juggling shifts around your son's
 * appointments can't be easy": a gerund clause (what the customer went through) judged by the rep.
 */
function judgesTheSituation({ words, pos, lemmas }: Tokens): boolean {
  let g = 0;
  // After an opening "I'm so sorry," or "Oh,".
  const comma = words.indexOf(",");
  if (
    comma > 0 &&
    comma < 5 &&
    words.slice(0, comma).every((word) => /^(?:i'?m|i|'m|so|really|very|sorry|oh|honestly|look)$/.test(word))
  )
    g = comma + 1;
  // wink-nlp tags a capitalised gerund as a proper noun at times ("Juggling/PROPN").
  const gerund =
    ["VERB", "PROPN", "NOUN"].includes(pos[g] ?? "") &&
    /^[a-z]{3,}ing$/.test(words[g] ?? "") &&
    !/(?:thing|morning|evening|ceiling|building|spring)$/.test(words[g] ?? "");
  if (!gerund && words[g] !== "being") return false;
  // The judgement: a copula, then (after adverbs and "not") an adjective or a noun phrase.
  const verb = lemmas.findIndex((lemma, i) => i > g + 1 && pos[i] !== "VERB" && COPULA.test(lemma));
  const sense = lemmas.findIndex((lemma, i) => i > g + 1 && ["sound", "feel", "seem", "look"].includes(lemma));
  let i = verb >= 0 ? verb : sense;
  if (i < 0) return false;
  i += 1;
  let negated = false;
  while (["AUX", "PART", "ADV"].includes(pos[i] ?? "") || /^(?:not|n't|be|been|have)$/.test(words[i] ?? "")) {
    if (/^(?:not|n't|never)$/.test(words[i] ?? "")) negated = true;
    i += 1;
  }
  // "Checking the router is a good idea" judges a step, not what the customer went through.
  const predicate = words.slice(i, i + 3).join(" ");
  if (
    !negated &&
    /\b(?:good|great|best|fine|easy|simple|quick|idea|way|option|worth|helpful|useful|normal|common|usual|free)\b/.test(
      predicate,
    )
  )
    return false;
  return (
    pos[i] === "ADJ" ||
    (pos[i] === "DET" && /^(?:a|an)$/.test(words[i] ?? "")) ||
    /^(?:like|ok(?:ay)?|fine|right|acceptable)$/.test(words[i] ?? "")
  );
}

/** The promise as said, from its speaker to the end of its clause ("I'll cancel that for you now"). */
const promise = (verbs: string) =>
  new RegExp(
    String.raw`(?:\b(?:i|we)(?:'ll| will|'m|'re| am| are)\s+(?:(?:just|now|also)\s+)*)?\b(?:${verbs})\w*\b(?:(?!\band\b)[^,;.!?])*`,
    "i",
  );
/** Acts that put something right for the customer, by their verb ("book", "split", "waive", "set up"). */
const PUTS_RIGHT =
  /^(?:book|rebook|arrange|hold|reserve|split|spread|cut|reduce|lower|refund|replace|repair|waive|cover|pay|credit|restore|reinstate|unblock|backdate|extend|swap|deliver|courier|set|switch|move|reverse)$/;
/** Who offers or does it: the rep, in any tense or as an offer ("would you like me to", "would it help if I"). */
const REP_SUBJECT = /^(?:i|we|i'm|im|we're|i've|we've|i'll|we'll|me)$/;

/**
 * "Would you like me to set a spending cap?", "I can split it across six months", "I've booked a loss
 * adjuster for Thursday": the rep offering or doing an act that puts things right.
 */
function offersToPutRight({ words, pos, lemmas, negation }: Tokens, found: Set<RepMove>): boolean {
  if (found.has("retention_pitch") || found.has("transfers") || found.has("refuses_or_delays")) return false;
  if (words.includes("only")) return false;
  return lemmas.some((lemma, i) => {
    if (!PUTS_RIGHT.test(lemma) || pos[i] !== "VERB" || negation[i]) return false;
    if (lemma === "set" && words[i + 1] !== "up") return false;
    // "your booking", "the booking site": a noun wink-nlp tagged as a verb.
    if (["DET", "PRON", "ADJ", "VERB"].includes(pos[i - 1] ?? "") && !REP_SUBJECT.test(words[i - 1] ?? ""))
      return false;
    // "we cancelled the flight", "we pay the rest": what happened or how it works; "I've booked", "if I booked" offer.
    if (/ed$/.test(words[i] ?? "") && !/^(?:'ve|have|i've|we've|'d|if|i)$/.test(words[i - 1] ?? "")) return false;
    if (
      /^(?:we|i)$/.test(words[i - 1] ?? "") &&
      /s?$/.test(words[i] ?? "") &&
      lemma === words[i] &&
      words[i - 2] !== "if"
    )
      return false;
    // The rep within three words before the verb: "I can", "I'll just", "would you like me to".
    for (let j = i - 1; j >= Math.max(0, i - 4); j -= 1) if (REP_SUBJECT.test(words[j] ?? "")) return true;
    return false;
  });
}

const SELF_PROMISES: [RepMove, RegExp][] = [
  ["escalates", promise("escalat|rais|flag|mark|prioriti[sz]")],
  ["confirms_cancellation", promise("cancel|process|terminat|clos|disconnect|put (?:it|that|this) through")],
];

/** Verbs that are not an act on the customer's matter ("I'm trying", "I'm calling about", "I'm looking at it"). */
const NOT_AN_ACT =
  /^(?:go|try|hope|wonder|look|call|speak|talk|ask|say|tell|see|read|struggle|have|be|do|feel|think|understand|listen|wait|hold|get|come|leave|want|need|afraid|escalate|raise|flag|transfer|pass|put|run|work)$/;

/** "I'm chasing the assessor myself", "we're uploading your photos now": the rep doing it, now. */
function repIsDoing({ words, pos, lemmas, negation }: Tokens, found: Set<RepMove>): boolean {
  if (found.has("escalates") || found.has("transfers") || found.has("confirms_cancellation")) return false;
  return words.some((word, i) => {
    // wink-nlp reads "I'm" as one token at times, and "I" + "'m" at others.
    const verb = /^(?:i'm|im|we're)$/.test(word)
      ? i + 1
      : /^(?:i|we)$/.test(word) && lemmas[i + 1] === "be"
        ? i + 2
        : -1;
    let at = verb;
    while (at > 0 && /^(?:now|just|personally|also|already|currently)$/.test(words[at] ?? "")) at += 1;
    return (
      at > 0 &&
      pos[at] === "VERB" &&
      /ing$/.test(words[at] ?? "") &&
      !negation[at] &&
      !NOT_AN_ACT.test(lemmas[at] ?? "")
    );
  });
}

function movesOf(reading: Omit<SentenceReading, "moves">, tokens: Tokens): RepMove[] {
  const { text } = reading;
  const found = new Set<RepMove>();
  // The rules read the sentence without words used in another sense ("your credit file", "I'll be honest").
  const ruleText = maskOtherSenses(text.replace(/[‘’`´]/g, "'"), tokens);
  for (const move of REP_MOVES) {
    const rule = RULES[move];
    if (typeof rule === "function") continue;
    if (matches(rule as SentenceRule, ruleText)) found.add(move);
  }
  if (found.has("refuses_or_delays") && refusalWithdrawn(ruleText, tokens, found)) found.delete("refuses_or_delays");
  // "I'm afraid we don't compensate for time off": bad news with a no in it refuses.
  if (REGRET.test(text) && tokens.negation.some(Boolean) && !found.has("blames_customer"))
    found.add("refuses_or_delays");
  if (reading.question === null && judgesTheSituation(tokens)) found.add("acknowledges_impact");
  if (found.has("generic_empathy") && (found.has("acknowledges_impact") || empathyIsSpecific(text, tokens))) {
    found.delete("generic_empathy");
    found.add("acknowledges_impact");
  }
  if (!found.has("offers_remedy") && offersToPutRight(tokens, found)) found.add("offers_remedy");
  if (!found.has("commits_to_action") && repIsDoing(tokens, found)) found.add("commits_to_action");
  // "I'm escalating this to the manager", "I'll cancel that now": the promise is the escalation or the
  // cancellation itself; a commitment needs something more ("… and I'll call you by 3").
  for (const [move, verbs] of SELF_PROMISES)
    if (
      found.has(move) &&
      found.has("commits_to_action") &&
      !matches(rule("commits_to_action"), blank(ruleText, verbs))
    )
      found.delete("commits_to_action");
  // "What would it take to keep you with us?" presses for a reason; it pitches nothing.
  if (found.has("interrogates_reason") && reading.question !== null) found.delete("retention_pitch");
  if (reading.question !== null) found.add("asks_question");
  else if (PERFORMATIVE.test(text.replace(FILLER, ""))) found.delete("asks_question");
  // "I'll look into it": no owner-and-time promise, so a stall rather than a commitment.
  if (STALL.test(text)) found.delete("commits_to_action");
  // Sending the customer elsewhere, or a promise with a time, is not a refusal unless it says no.
  const saysNo =
    /\b(?:can'?t|cannot|unable|not (?:able|allowed|possible)|won'?t|only)\b/i.test(text) || POLICY_AS_REASON.test(text);
  if ((found.has("deflects_channel") || found.has("commits_to_action")) && !saysNo) found.delete("refuses_or_delays");
  // "I'll post you a letter": the rep does it for the customer; sending them elsewhere needs them to act.
  if (found.has("deflects_channel") && REP_ACTS.test(text) && !CUSTOMER_MUST_ACT.test(text) && !saysNo)
    found.delete("deflects_channel");
  if (reading.question === "open" && reading.about === "customer" && asksAboutExperience(text, found))
    found.add("asks_about_impact");
  if (reading.question === null && reflectsExperience(reading, tokens, found)) found.add("acknowledges_impact");
  // An explanation in jargon explains nothing to the customer (MOVES.md).
  if (found.has("uses_jargon")) found.delete("explains");
  if (found.has("asks_about_impact") && (found.has("interrogates_reason") || /^\s*why\b/i.test(text)))
    found.delete("asks_about_impact");
  if (reading.sarcastic) for (const move of KIND_MOVES) found.delete(move);
  if (reading.negated) {
    for (const [move, keyword] of Object.entries(PROMISE_WORDS) as [RepMove, RegExp][]) {
      if (found.has(move) && keywordsAllNegated(tokens, keyword)) found.delete(move);
    }
  }
  return REP_MOVES.filter((move) => found.has(move));
}

/** Over this many distinct moves in a turn of few sentences, the turn is a list, not speech. */
const MANY_MOVES = 5;

function unnaturalReason(sentences: SentenceReading[]): string | null {
  const parts = sentences.reduce((sum, sentence) => sum + sentence.parts, 0);
  const fragments = sentences.reduce((sum, sentence) => sum + sentence.fragments, 0);
  const listy = sentences.some((sentence) => sentence.fragments >= 5 && sentence.fragments >= 0.8 * sentence.parts);
  if ((parts >= 4 && fragments === parts) || listy) return "a list of fragments without a verb";
  const distinct = new Set(sentences.flatMap((sentence) => sentence.moves));
  distinct.delete("asks_question");
  const words = sentences.reduce((sum, sentence) => sum + sentence.text.split(/\s+/).length, 0);
  if (distinct.size >= MANY_MOVES && distinct.size > 2 * sentences.length && words < 8 * distinct.size)
    return "implausibly many moves at once";
  return null;
}

/** Reads one rep turn: sentences, their moves, and whether it reads as speech at all. */
export function readTurn(text: string): TurnReading {
  const sentences = splitSentences(text).map((sentence) => {
    const tokens = tokensOf(sentence);
    const reading = readSentence(sentence, tokens);
    return { ...reading, moves: movesOf(reading, tokens) };
  });
  const moves: DetectedMove[] = [];
  for (const move of REP_MOVES) {
    const rule = RULES[move];
    const quote =
      typeof rule === "function"
        ? rule(
            sentences.map((sentence) => sentence.text),
            text,
          )
        : sentences.find((sentence) => sentence.moves.includes(move))?.text;
    if (quote !== undefined) moves.push({ move, quote });
  }
  const unnatural = unnaturalReason(sentences);
  return { sentences, moves: unnatural ? [] : moves, unnatural, listed: moves };
}
