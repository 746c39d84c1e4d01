import type { Tokens } from "./tokens";

/**
 * An escalation read by who does what (session 17, second round): the rep sends the case (not the customer: that transfers)
 * up to someone or raises its level, whatever the noun — "I'm raising this to a Severity 1 incident", "I'm
 * passing this to our second-line team", "I'm raising this as a priority complaint", "I'll raise a complaint on
 * your behalf". The phrase rules read the names of senior people ("manager", "supervisor"); this reads the act.
 */

/** Acts that put a case in front of someone or at a level: raise, flag, refer, escalate. */
const RAISE = /^(?:raise|flag|refer|escalate)$/;
/** Acts that only move a case: they escalate when it goes to someone senior or to a team that decides. */
const MOVE = /^(?:pass|send|hand|forward|take|put)$/;
/** The case, not the customer. */
const CASE = /^(?:this|it|that|case|complaint|claim|file|ticket|query|issue|matter|request|appeal|problem|fault)$/;
/** Someone above the rep or a line above theirs; not any team ("the billing team" takes a handoff). */
const SENIOR =
  /^(?:manager|supervisor|lead|leader|senior|head|director|officer|specialist|analyst|second-line|third-line|escalations?|complaints|expert|consultant|nurse|doctor|underwriter|assessor|adjuster)$/;
/** A level a case is raised to or as: "a priority complaint", "a Severity 1 incident", "urgent". */
const LEVEL = /^(?:complaint|priority|incident|urgent|emergency|severity|escalation)$/;

function repActs({ words, pos }: Tokens, verb: number): boolean {
  let s = verb - 1;
  while (s >= 0 && (/^(?:AUX|ADV|PART)$/.test(pos[s] ?? "") || /^(?:going|to|gonna)$/.test(words[s] ?? ""))) s -= 1;
  return /^(?:i|we)$/.test(words[s] ?? "") || (words[s] === "me" && words[s - 1] === "let");
}

/** Whether the rep sends the case up to someone or raises it to (or as) a level. */
export function escalatesTheCase(tokens: Tokens): boolean {
  const { words, lemmas, pos, negation } = tokens;
  return words.some((_, v) => {
    const lemma = lemmas[v] ?? "";
    if (pos[v] !== "VERB" || negation[v] || !(RAISE.test(lemma) || MOVE.test(lemma)) || !repActs(tokens, v))
      return false;
    // "I'll raise a formal complaint on your behalf": the complaint itself raised.
    if (lemma === "raise" && /^(?:a|an)$/.test(words[v + 1] ?? "")) {
      const object = words.slice(v + 2, v + 4);
      return object.includes("complaint");
    }
    let o = v + 1;
    while (/^(?:your|the|this|that|our)$/.test(words[o] ?? "") && o > v && CASE.test(words[o + 1] ?? "")) o += 1;
    if (!CASE.test(words[o] ?? "")) return false;
    let p = o + 1;
    if (/^(?:up|over|on|through|thru)$/.test(words[p] ?? "")) p += 1;
    if (!/^(?:to|with|as)$/.test(words[p] ?? "")) return false;
    // The noun phrase it goes to: up to its head, before the clause or the next verb.
    let end = p + 1;
    const inPhrase = (i: number) =>
      !/^(?:PUNCT|VERB|AUX|SCONJ|CCONJ)$/.test(pos[i] ?? "") || (words[i] === "-" && pos[i + 1] === "NOUN");
    while (end < words.length && inPhrase(end) && words[end] !== "who") end += 1;
    // "second - line" as the tagger splits it is "second-line".
    const target = words
      .slice(p + 1, end)
      .join(" ")
      .replace(/ - /g, "-")
      .split(" ");
    if (target.some((word) => LEVEL.test(word))) return RAISE.test(lemma);
    return target.some((word) => SENIOR.test(word));
  });
}

/** Acts by which the rep brings someone senior in: "I'll get my manager", "let me ask my supervisor", "sending it to…". */
const BRING_IN =
  /^(?:get|ask|call|ring|phone|fetch|bring|pass|send|hand|put|transfer|refer|flag|raise|escalate|speak|talk|involve|loop|check|forward|grab|pull)$/;

/**
 * "The manager's not on shift till seven", "fees go through the practice manager's system": in a sentence that
 * refuses, a senior person named with no act of the rep's that brings them in is the refusal's reason or its
 * absent party, not an escalation (session 17, second round).
 */
export function seniorOnlyNamed(tokens: Tokens): boolean {
  const { words, lemmas, pos } = tokens;
  if (words.some((word) => /^(?:escalat|priorit|urgent)/.test(word))) return false;
  // "I'm crediting half and sending the rest to my manager": a second act sharing the rep as its subject.
  const shared = (v: number) => words[v - 1] === "and" && words.slice(0, v).some((word) => /^(?:i|we)$/.test(word));
  return !words.some(
    (_, v) => pos[v] === "VERB" && BRING_IN.test(lemmas[v] ?? "") && (repActs(tokens, v) || shared(v)),
  );
}
