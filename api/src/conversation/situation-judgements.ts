import { judgesTheSituation } from "./clause-deeds";
import { matches } from "./move-rules";
import { EMPATHY_CUE } from "./call-move-rules";
import { rule } from "./clause-deeds";
import { tokensWhere, tokensWithin, type Tokens } from "./tokens";
import { isSpecific } from "./specificity";

/**
 * What the customer went through, judged by the rep, where clause-deeds' reading (a gerund that opens the
 * sentence) does not reach (session 16, issue 14 item 7):
 * - a gerund clause after an opening phrase or another clause: "With two kids at home, being without
 *   hot water for a week is awful", "…, and losing that routine is a real loss for him";
 * - a gerund with its own subject: "your staff not being paid on Friday is serious";
 * - judged against what they paid or asked for: "paying for a service that never arrives is not what
 *   you signed up for".
 * A "because" inside the judged subject is part of the situation, not an account of it: "having to dip
 * into your savings because a bill jumped overnight is a real blow" acknowledges; it does not explain.
 */

const GERUND = /^(?:being|[a-z]{3,}ing)$/;
const end = ({ starts, values }: Tokens) => (starts.at(-1) ?? 0) + (values.at(-1) ?? "").length;

/** Token indexes where a clause may open: the start, after a comma, semicolon or dash, after ", and". */
function clauseStarts({ words }: Tokens): number[] {
  const out = [0];
  words.forEach((word, i) => {
    if (!/^(?:,|;|—|–|:)$/.test(word)) return;
    // ", so switching would be a step backwards": what a choice would lead to, not what they went through.
    if (words[i + 1] !== "so") out.push(/^(?:and|but)$/.test(words[i + 1] ?? "") ? i + 2 : i + 1);
  });
  return out;
}

/** "Your staff not being paid…", "his parcel going missing…": the gerund after a possessive subject. */
function gerundAfterOwner({ words, pos }: Tokens, at: number): number {
  if (!/^(?:your|his|her|their)$/.test(words[at] ?? "")) return at;
  let i = at + 1;
  while (/^(?:NOUN|PROPN|ADJ)$/.test(pos[i] ?? "")) i += 1;
  if (i === at + 1) return at;
  while (/^(?:not|never|still|just)$/.test(words[i] ?? "")) i += 1;
  return GERUND.test(words[i] ?? "") ? i : at;
}

/** "…is not what you signed up for", "…isn't what you paid for": judged against what they expected. */
const NOT_WHAT_THEY_EXPECTED = /^(?:is|was)$/;
function notWhatTheyExpected(tokens: Tokens): boolean {
  const { words, pos } = tokens;
  if (!GERUND.test(words[0] ?? "") || !/^(?:VERB|PROPN|NOUN)$/.test(pos[0] ?? "")) return false;
  return words.some(
    (word, i) =>
      NOT_WHAT_THEY_EXPECTED.test(word) &&
      /^(?:not|n't)$/.test(words[i + 1] ?? "") &&
      words[i + 2] === "what" &&
      words[i + 3] === "you",
  );
}

/** Verbs that say what a situation takes from them: "…eats into your margins", "…costs you a day's takings". */
const TOLL_VERB = /^(?:eat|cost|drain|ruin|wreck|hurt|hit|disrupt|upend|derail|swallow)$/;
/** "Paying for nine seats nobody uses eats into a small firm's margins": a gerund subject and a verb of toll. */
function takesItsToll(tokens: Tokens): boolean {
  const { words, pos, lemmas } = tokens;
  if (!GERUND.test(words[0] ?? "")) return false;
  return lemmas.some(
    (lemma, i) =>
      i > 2 &&
      TOLL_VERB.test(lemma) &&
      /[^s]s$|ed$/.test(words[i] ?? "") &&
      /^(?:VERB|NOUN)$/.test(pos[i] ?? "") &&
      // Not a noun after its determiner or a preposition ("the hits", "for the cost"): a particle may precede it.
      !/^(?:PRON|DET)$/.test(pos[i - 1] ?? "") &&
      !(pos[i - 1] === "ADP" && !/^(?:down|up|out|off|over)$/.test(words[i - 1] ?? "")),
  );
}

/** The token span [from, to) of the judged situation: from its gerund to the verb that judges it, or null. */
export function judgedSituation(tokens: Tokens): [number, number] | null {
  for (const at of clauseStarts(tokens)) {
    const from = gerundAfterOwner(tokens, at);
    const clause = tokensWithin(tokens, tokens.starts[from] ?? end(tokens), end(tokens));
    if (clause.words.length < 3) continue;
    if (!judgesTheSituation(clause) && !notWhatTheyExpected(clause) && !takesItsToll(clause)) continue;
    const verb = clause.words.findIndex(
      (word, i) =>
        i > 1 && (/^(?:is|was|are|were|can|must|could|would)$/.test(word) || TOLL_VERB.test(clause.lemmas[i] ?? "")),
    );
    const span: [number, number] = [from, verb > 0 ? from + verb : tokens.words.length];
    // "…, dealing with all this is frustrating" is stock; the situation named is this customer's.
    if (isSpecific(tokensWhere(tokens, (i) => i >= span[0] && i < span[1]))) return span;
  }
  return null;
}

/** Whether the sentence's only account is a "because" inside the situation it judges. */
export function reasonInsideTheSituation(tokens: Tokens, ruleText: string): boolean {
  const { words, starts } = tokens;
  let span = judgedSituation(tokens);
  if (!span && judgesTheSituation(tokens)) {
    const verb = words.findIndex((word, i) => i > 1 && /^(?:is|was|are|were|can|must|could|would)$/.test(word));
    span = [0, verb > 0 ? verb : words.length];
  }
  if (!span) return false;
  const from = starts[span[0]] ?? 0;
  const to = starts[span[1]] ?? ruleText.length;
  const inside = ruleText.slice(from, to);
  const outside = ruleText.slice(0, from) + " ".repeat(to - from) + ruleText.slice(to);
  return matches(rule("explains"), inside) && !matches(rule("explains"), outside);
}

/** People a situation can befall, or sympathy for them. */
const SOMEONE = /^(?:you|your|yours|yourself|he|she|him|her|his|we|us|our|i|me|my)$/;

/**
 * "The first two calls logged the fault but nobody passed it on, which is why nothing moved": an account
 * that names no one the problem befell, with no word of sympathy or judgement, tells what happened; what
 * it counts is the case's history, not what the customer went through.
 */
export function accountOfNoOne({ words }: Tokens, ruleText: string): boolean {
  return !words.some((word) => SOMEONE.test(word)) && !matches(EMPATHY_CUE, ruleText) && !JUDGES.test(ruleText);
}
const JUDGES =
  /\b(?:sorry|apologi[sz]e|awful|terrible|unacceptable|not (?:good enough|right|fair|ok(?:ay)?)|should(?:n'?t| never| not))\b/i;
