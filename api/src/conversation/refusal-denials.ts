import type { Tokens } from "./tokens";
import { clauses, opensClause, verbAfter } from "./clause-spans";

/**
 * Refusals in forms the readings before session 17, second round missed, each a form any request can be refused in:
 * - the customer denied what they asked for: "you can't get a refund on a used ticket", "you won't be able to
 *   get your deposit back" (obstruction-deeds.ts reads the customer only as the one barred from an act);
 * - a rule of the house in the present passive of the company's act: "refunds aren't given after 30 days"
 *   (not what went wrong, in the past: "the refund wasn't processed");
 * - what the company gives, limited with "only" by the thing itself: "the discount only applies to new customers";
 * - "that's not an option", "it's not mine to change";
 * - the wait put to the customer: "it'll be another two weeks at least", "I'll need you to wait for…", the person
 *   needed off until a day.
 */

/** What a customer asks to have: a remedy or their money. */
const WANTED =
  /^(?:refund|refunds|money|deposit|credit|compensation|replacement|discount|voucher|exchange|reimbursement|cash|fee|fees|payment)$/;
/** The company's acts, in the participle a rule of the house is told in. */
const GIVEN =
  /^(?:given|offered|issued|provided|refunded|honoured|honored|exchanged|reimbursed|granted|paid|returned|credited|waived|backdated|transferred)$/;

function deniedInClause(tokens: Tokens, [from, to]: [number, number]): boolean {
  const { words, lemmas, pos } = tokens;
  for (let s = from; s < to; s += 1) {
    const word = words[s] ?? "";
    const { chain, verb } = verbAfter(tokens, s + 1, to);
    if (verb < 0 || !chain.some((w) => /^(?:not|never)$/.test(w))) continue;
    // "Did you not get…": a question's inverted subject.
    if (pos[s - 1] === "AUX") continue;
    if (word === "you") {
      // "You can't get a refund", "you won't be able to get your deposit back"; not "you can't get through".
      const able = chain.includes("can") || (chain.includes("be") && words[verb] === "able");
      const act = words[verb] === "able" ? verb + 2 : verb;
      if (!able || !/^(?:get|have|receive|claim)$/.test(lemmas[act] ?? "")) continue;
      const object = words.slice(act + 1, Math.min(act + 4, to));
      if (object.some((w) => WANTED.test(w))) return true;
      continue;
    }
    // "Refunds aren't given after 30 days": a plural thing as the subject, the present, the company's act in the passive.
    const thing = pos[s] === "NOUN" || (s === 0 && pos[s] === "PROPN");
    if (!thing || !/s$/.test(word) || !opensClause(words, pos, s)) continue;
    const present = chain.some((w) => /^(?:are|is)$/.test(w)) && !chain.some((w) => /^(?:been|was|were)$/.test(w));
    if (present && GIVEN.test(words[verb] ?? "")) return true;
  }
  return false;
}

const FORMS: RegExp[] = [
  // "The discount only applies to new customers", "refunds only apply in the first 30 days".
  /\b(?:discount|offer|deal|refund|refunds|credit|voucher|warranty|guarantee|cover|price|rate|promotion|exchange|exchanges|returns?)s? only (?:apply|applies|count|counts)\b/i,
  // "That's not an option", "that isn't an option for us".
  /\b(?:that|this|it)(?:'s| is) not (?:an? )?(?:option|possibility)\b|\b(?:that|this|it) (?:isn'?t|is not) (?:an? )?(?:option|possibility)\b/i,
  // "It's not mine to change", "the rule isn't ours to bend".
  /\b(?:isn'?t|is not|'s not|not) (?:mine|ours|my call|our call) to\b/i,
  // "It'll be another two weeks at least", "that'll be another month".
  /\b(?:it|that|this)(?:'ll| will) be another (?:\d+|a|one|two|three|four|five|six|few|couple of) ?(?:more )?(?:days?|weeks?|months?|fortnight)\b/i,
  // "I'll need you to wait for the report", "I have to ask you to wait".
  /\b(?:need|ask|have to ask|going to have to ask) you to (?:wait|hold off|be patient)\b/i,
  // "The charge has to stay", "the fee will still be charged", "you'd be charged the full amount regardless".
  /\b(?:fee|charge|price|penalty|cost|rate|bill)s? (?:has to|have to|must|will|'ll|would) (?:still )?(?:stay|stand|remain)\b|\b(?:will|'ll|would|'d) still be (?:charged|billed|payable|due)\b|\b(?:charged|billed|payable|due)\b[^.?!]*\bregardless\b/i,
  // "There isn't any flexibility on that", "there's no one available to come out".
  /\bthere(?:'s| is) no (?:flexibility|leeway|discretion|wiggle room|movement)\b|\bthere (?:isn'?t|is not) (?:any )?(?:flexibility|leeway|discretion|wiggle room|movement)\b|\b(?:there(?:'s| is) )?(?:no one|nobody|no-one) (?:available|free)\b/i,
  // "Those are the rules, I'm afraid", "that's the terms": the rule given as the end of the matter.
  /\b(?:that'?s|those are|these are|them'?s) (?:just |simply )?the (?:rules|terms|conditions|regulations)\b/i,
  // "We need the original receipt before we can do anything": the act held on a requirement.
  /\bbefore (?:i|we) can (?!continue\b|help you\b)\w+/i,
  // "Not without a receipt", "only if you return it unopened": the act held on a condition the customer has not met.
  /^\W*(?:no,?\s+|sorry,?\s+)?not without\b|^\W*(?:\w+,?\s+)?only if you\b/i,
  // "It's too late to change the order", "you've missed the window for that".
  /\btoo late (?:to|for) (?:change|cancel|amend|refund|return|stop|add|remove|move|get|do|make|claim|that|this|it)\b|\bmissed the (?:window|deadline|cut-?off)\b/i,
  // "That's a no, I'm afraid", "afraid not".
  /\b(?:it'?s|that'?s|it is|that is|the answer'?s) (?:a )?(?:firm |hard |definite )?no\b(?! (?:problem|worries|bother|trouble|charge|fee|cost|need)\b)|^\W*afraid not\b/i,
  // "We're not obliged to refund it", "I'm not required to…".
  /\b(?:we'?re|we are|i'?m|i am) not (?:obliged|obligated|required|under any obligation) to\b/i,
  // "We'd only be able to do that after the contract ends": the act put off until a condition.
  /\b(?:we|i)(?:'d| would) only be able to\b[^.?!]*\b(?:after|once|when|if|from)\b/i,
  // "It's going to take a bit longer", "I'll have to call you back on that", "maybe next week".
  /\btake (?:a (?:bit|little|while) |much |a lot |quite a bit |even |a few days )?longer\b|\b(?:i|we)(?:'ll| will) have to (?:call|get back to|come back to|ring) you\b|^\W*maybe (?:next|later|tomorrow|in a)\b/i,
  // "They're off until Tuesday", "she's away till the 3rd": the person needed is away until later.
  /\b(?:is|are|'s|'re) (?:off|away|out of (?:the )?office|on (?:leave|holiday|annual leave)) (?:until|till)\b/i,
];

/** Whether the sentence refuses or puts off in one of the forms above. */
export function refusesByDenial(text: string, tokens: Tokens): boolean {
  if (FORMS.some((form) => form.test(text))) return true;
  return clauses(tokens).some((range) => deniedInClause(tokens, range));
}
