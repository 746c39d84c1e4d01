import type { RepMove } from "./moves";

/**
 * Whether a rep's question asks about the customer's experience (asks_about_impact): an open question
 * about what they lived through, a closed one about how it left them, or a toll still being paid by
 * whoever pays it. Used by read-turn.ts after the phrase rules.
 */

export interface QuestionReading {
  text: string;
  question: "open" | "closed" | null;
  about: "customer" | "company" | null;
}

/** What the customer lived through or felt: the matter of an impact question or a reflection. */
const EXPERIENCE =
  /\b(?:worr\w*|affect\w*|impact\w*|mean[st]?|meant|cost\w*|hit|feel\w*|felt|cop(?:e|ing)|manag\w*|deal(?:ing)? with|struggl\w*|stress\w*|hurt|los[et]\w*|miss\w*|upset\w*|scar\w*|fright\w*|effect|hardest|worst|toll|left you|put you)\b/i;
/** Whose account, which number, what reason: administration or a reason to leave, not the customer's experience. */
const ADMIN =
  /\b(?:account|number|reference|postcode|address|email address|date of birth|name|reason|why|plan|package|deal|offer|price)\b/i;

/** How it left the customer feeling: the matter a closed question can still ask about ("Has this bill left you worried?"). */
const FEELING_TOLL =
  /\b(?:(?:left|leaving|leaves|made|making|got|getting|kept|keeping) you (?:\w+ )?(?:worried|anxious|stressed|upset|frightened|scared|shaken|out of pocket|short|struggling|stuck)|(?:affect|impact|disrupt|hurt|worr|stress|upset|frighten|scar)\w* (?:you|your \w+))\b/i;
/** A toll still being paid, said of whoever pays it: "What is the dead line costing the bakery?" */
const ONGOING_TOLL = /\b(?:costing|affecting|hurting|impacting|disrupting|doing to)\b/i;

/**
 * What the customer is up against, with themselves as the subject: "Is there a deadline you're up
 * against?", "What deadline are you working to?" (the stakes of the problem for them; "Is there a deadline
 * for the claim?" asks about a rule).
 */
const STAKE = /\b(?:deadlines?|due dates?|cut-?offs?|time pressure)\b/i;
const CUSTOMER_ACTS =
  /\byou(?:['’]re| are|['’]ve| have| had|['’]ll| will)?\s+(?:\w+\s+)?(?:up against|working|work|under|facing|face|got|have|need|trying|on)\b|\b(?:are|do|did|have|will) you\b/i;

export function asksAboutExperience(reading: QuestionReading, found: Set<RepMove>): boolean {
  if (found.has("interrogates_reason") || found.has("retention_pitch") || found.has("superiority_pitch")) return false;
  const { text, question, about } = reading;
  if (ADMIN.test(text)) return false;
  if (question !== null && STAKE.test(text) && CUSTOMER_ACTS.test(text)) return true;
  if (question === "open")
    return about === "customer" ? EXPERIENCE.test(text) : about === null && ONGOING_TOLL.test(text);
  return question === "closed" && about === "customer" && FEELING_TOLL.test(text);
}
