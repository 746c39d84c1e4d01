import type { Tokens } from "./tokens";

/**
 * Questions that press for the customer's reasons, and ones that only look like it (session 16, issue
 * 14 item 7), read on questions only, by their structure: a cleft on what is wrong ("what is it about
 * the plan that…"), what would make the customer act ("what would make you want to leave…"), what they
 * don't like or what isn't working for them; and "why not…" / "why don't you…" over an act, which
 * suggests the act ("why don't you sit down", "why not upgrade") rather than asking why.
 */

/** What the customer would do, be made to do or decide: leave, stay, change their mind. */
const DECIDES =
  /^(?:leave|cancel|switch|go|move|stop|quit|end|close|change|decide|stay|renew|remain|reconsider|look|consider|want)$/;
/** Verbs of wanting and judging: "why don't you want to stay?" asks for a reason. */
const MINDS = /^(?:want|like|wish|think|feel|believe|trust|need|care|agree|see|love|enjoy|use)$/;

/** "What is it about the paper that…", "what is it that you don't like": a cleft over the customer's reason. */
function cleftOnReason({ words }: Tokens): boolean {
  const w = words.indexOf("what");
  if (w < 0) return false;
  let i = w + 1;
  if (words[i] === "exactly") i += 1;
  if (!/^(?:is|'s|was)$/.test(words[i] ?? "") || words[i + 1] !== "it") return false;
  const rest = words.slice(i + 2);
  const about = rest[0] === "about";
  const that = rest.indexOf("that");
  return (about || that === 0 || rest[0] === "you") && rest.some((word) => /^(?:you|your)$/.test(word));
}

/** "What would make you want to leave?", "what's made you decide to switch?". */
function whatMakesYou({ words, lemmas }: Tokens): boolean {
  return words.some((_, i) => {
    if (lemmas[i] !== "make" || words[i + 1] !== "you") return false;
    if (!words.slice(Math.max(0, i - 4), i).includes("what")) return false;
    let v = i + 2;
    if (words[v] === "want" && words[v + 1] === "to") v += 2;
    return DECIDES.test(lemmas[v] ?? "") || /^(?:unhappy|dissatisfied)$/.test(words[v] ?? "");
  });
}

/** "What isn't working for you?", "what don't you like about it?": the customer's dissatisfaction asked after. */
function whatDisliked({ words, lemmas }: Tokens): boolean {
  if (!words.includes("what")) return false;
  return words.some((word, i) => {
    if (!/^(?:not|n't)$/.test(word)) return false;
    // The "what" must ask this clause: "Have I got that right for what you need, and is there anything
    // that doesn't work for you?" checks the plan; its "what" belongs to another clause.
    const what = words.lastIndexOf("what", i);
    if (what < 0 || words.slice(what, i).some((between) => /^(?:,|;|and|but)$/.test(between))) return false;
    const next = lemmas[i + 1] ?? "";
    const forYou = /^(?:work|suit)$/.test(next) && words[i + 2] === "for" && words[i + 3] === "you";
    const youDislike = words[i + 1] === "you" && /^(?:like|enjoy|love|want)$/.test(lemmas[i + 2] ?? "");
    return forYou || youDislike;
  });
}

/** The customer's leaving, by its verb: "leave", "close the account", "look elsewhere", "go with someone else". */
const LEAVES = /^(?:leave|cancel|switch|close|end|quit|terminate|port)$/;
const ELSEWHERE = /^(?:elsewhere|somewhere|someone|another|other|else)$/;

/** A verb that asks what moved them: "what's brought this on?", "what's prompting it?", "what's behind it?". */
const MOVED = /^(?:bring|prompt|drive|push|lead|cause|trigger|spark|make|get)$/;

/** Whether the question asks for a reason: "why", "how come", "is there a reason", "what's behind", "what's pushing you". */
function asksWhy({ words, lemmas }: Tokens): boolean {
  if (words.includes("why") || words.join(" ").includes("how come")) return true;
  if (words.some((word) => /^reasons?$/.test(word))) return true;
  const what = words.indexOf("what");
  if (what < 0) return false;
  // "What's behind it?", "what's so bad that…?".
  if (words.slice(what + 1, what + 4).includes("behind")) return true;
  if (/\bwhat (?:is|'s) so (?:bad|wrong|terrible|awful)\b/.test(words.join(" "))) return true;
  return lemmas.some((lemma, i) => i > what && MOVED.test(lemma) && /^(?:you|this|that|it)$/.test(words[i + 1] ?? ""));
}

/** What the customer does or decides about staying: "you want to close the account", "your decision to go". */
function aboutLeaving({ words, lemmas }: Tokens): boolean {
  // "Why are you leaving?", "what's behind the decision to leave?": the customer's, or a decision named.
  const customer = words.some((word) => /^(?:you|your|decision)$/.test(word));
  if (words.join(" ").match(/\b(?:brought|bringing) (?:this|that|it) on\b/)) return true;
  if (!customer) return false;
  return lemmas.some((lemma, i) => {
    if (LEAVES.test(lemma)) return !/^(?:payment|card|the)$/.test(words[i - 1] ?? "") || lemma === "leave";
    // "…go elsewhere", "…looking somewhere else", "…you want to go".
    if (/^(?:go|look|shop|move)$/.test(lemma))
      return (
        ELSEWHERE.test(words[i + 1] ?? "") ||
        ELSEWHERE.test(words[i + 2] ?? "") ||
        (lemma === "go" &&
          words[i - 1] === "to" &&
          /^(?:want|wanting|decided|like|choose|chosen)$/.test(words[i - 2] ?? ""))
      );
    return /^(?:decision|decide|unhappy|dissatisfied)$/.test(lemma);
  });
}

/** A question that is only a reason asked for: "Why's that?", "Oh, how come?", "why is that, if you don't mind me asking?". */
function bareWhy({ words, pos }: Tokens): boolean {
  const mind = words.indexOf("if");
  const asked = words.slice(0, mind > 0 ? mind : words.length).filter((word, i) => pos[i] !== "PUNCT");
  const rest = asked.filter((word) => !/^(?:oh|so|and|ok|okay|right|well|sorry|but|may|can|i|ask)$/.test(word));
  return (
    rest.length > 0 &&
    rest.length <= 4 &&
    (rest.includes("why") || rest.join(" ").includes("how come")) &&
    rest.every((word) => /^(?:why|how|come|is|'s|that|so|now|exactly|then)$/.test(word))
  );
}

/**
 * "What could we have done differently?", "who are you switching to?", "is it something we've done?",
 * "what's the problem with staying?": what went wrong for them, or where they are going, asked after.
 */
const PROBES = [
  /\bwhat (?:could|can|should|might) (?:we|i) (?:have )?(?:done|do) (?:differently|better)\b/i,
  /\b(?:who|which \w+|where) (?:are|were|would) you (?:\w+ ){0,2}(?:switching|going|leaving|porting)(?: (?:\w+ ){0,2})?(?:to|with|instead)\b/i,
  /\bis it something (?:we|i)(?:'ve| have)? (?:done|did|said)\b/i,
  /\b(?:problem|issue|wrong) with (?:staying|us|being with us)\b/i,
];

/** Whether a question presses the customer for their reason in one of the forms above. */
export function pressesForReason(tokens: Tokens, text = ""): boolean {
  if (cleftOnReason(tokens) || whatMakesYou(tokens) || whatDisliked(tokens) || bareWhy(tokens)) return true;
  if (PROBES.some((probe) => probe.test(text))) return true;
  return asksWhy(tokens) && aboutLeaving(tokens);
}

/** "Why not let me move you…?", "why don't you sit down…?": a suggestion, not a question about reasons (a bare "Why not?" still asks). */
export function suggestsAnAct({ words, lemmas, pos }: Tokens): boolean {
  const w = words.indexOf("why");
  if (w < 0) return false;
  let v = -1;
  if (words[w + 1] === "not") v = w + 2;
  else if (words[w + 1] === "do" && words[w + 2] === "not" && /^(?:you|we)$/.test(words[w + 3] ?? "")) v = w + 4;
  if (v < 0 || pos[v] !== "VERB") return false;
  return !MINDS.test(lemmas[v] ?? "");
}
