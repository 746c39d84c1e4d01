import type { Tokens } from "./tokens";

/**
 * Blame as MOVES.md's second half, "the problem is not the company's" (session 17, second round): the fault or the matter
 * put with someone else and disowned in the same breath ("That's the courier's fault, not ours", "that's a
 * matter for the bodyshop, not for us"), a cleft that names someone else as the one at fault ("it's the
 * shipping company that's slow"), and the customer's own paperwork cited by what they did with it ("it was on
 * the consent form you signed", "it says so in the app" after a duty put to them).
 */

/** ", not ours", ", not for us", ", not on our side": the company set against whoever was named before. */
const DISOWNED = /,\s*not (?:for |with |on |at |down to )?(?:us|ours|me|mine|our (?:end|side|doing|problem|fault))\b/i;

/** Someone else named before the disowning: a noun or a name, and not the customer ("your bank's side, not ours" is polite-blame.ts's). */
function namesSomeoneElse({ words, pos }: Tokens, before: number): boolean {
  const named = words.slice(0, before);
  return (
    !named.some((word) => /^(?:you|your|yours)$/.test(word)) &&
    named.some((_, i) => /^(?:NOUN|PROPN)$/.test(pos[i] ?? ""))
  );
}

/** What is judged in a cleft about who is at fault: "…that's slow", "…who's to blame", "…that's the problem". */
const AT_FAULT =
  /^(?:slow|late|behind|responsible|wrong|faulty|delayed|(?:to )?blame|at fault|the (?:problem|issue|cause|hold-?up))$/;

/** "It's the shipping company that's slow", "it's the airline who's at fault": someone else named as the cause. */
function cleftOnSomeoneElse({ words, pos }: Tokens): boolean {
  for (let i = 0; i < words.length - 5; i += 1) {
    if (!/^(?:it|that)$/.test(words[i] ?? "") || !/^(?:is|'s|was)$/.test(words[i + 1] ?? "") || words[i + 2] !== "the")
      continue;
    let n = i + 3;
    while (/^(?:NOUN|PROPN|ADJ)$/.test(pos[n] ?? "")) n += 1;
    if (n === i + 3 || !/^(?:NOUN|PROPN)$/.test(pos[n - 1] ?? "")) continue;
    if (!/^(?:that|who)$/.test(words[n] ?? "") || !/^(?:is|'s|was|are|were)$/.test(words[n + 1] ?? "")) continue;
    const said = words.slice(n + 2, n + 4).join(" ");
    if (AT_FAULT.test(words[n + 2] ?? "") || AT_FAULT.test(said)) return true;
  }
  return false;
}

/** "It was on the consent form you signed", "it's in the terms that you accepted": their paperwork by their act. */
const SIGNED_PAPERS =
  /\b(?:it|that|this)(?:'s| is| was) (?:all |clearly |right |there )?(?:in|on) (?:the|your) (?:[\w-]+ ){0,2}[\w-]+ (?:that |which )?you (?:signed|received|accepted|agreed to|ticked|were (?:sent|given|emailed))\b/i;
/** "You need to skip before the cut-off, it says so in the app": a duty put to them, then the notice cited. */
const DUTY_THEN_NOTICE =
  /\byou (?:need to|have to|must|should|'ve got to|are supposed to)\b[^.?!]*,\s*(?:and )?it (?:says|said|tells you|told you) (?:so|that|as much) (?:on|in) (?:the|your|our) \w+/i;

/** "We don't have any control over that", "that's not in our control": the matter disowned. */
const NOT_OURS_TO_CONTROL =
  /\b(?:we|i) (?:don'?t|do not) have (?:any )?control over\b|\b(?:isn'?t|is not|'s not) (?:in|within) (?:our|my) control\b/i;

/** Whether the sentence puts the fault with someone else, or cites the customer's own paperwork by their act. */
export function blamesElsewhere(text: string, tokens: Tokens): boolean {
  if (/\b(?:not your fault|sorry|apologi[sz]e)\b/i.test(text)) return false;
  if (SIGNED_PAPERS.test(text) || DUTY_THEN_NOTICE.test(text) || NOT_OURS_TO_CONTROL.test(text)) return true;
  if (cleftOnSomeoneElse(tokens)) return true;
  const disowned = DISOWNED.exec(text);
  if (!disowned) return false;
  const before = tokens.starts.findIndex((start) => start >= disowned.index);
  return namesSomeoneElse(tokens, before < 0 ? tokens.words.length : before);
}
