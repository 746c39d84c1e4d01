import type { Tokens } from "./tokens";

/**
 * A hold that is part of an account of what happened, not a no said to the customer (session 17, second round): the
 * sentence is framed as the account ("What happened is…", "The delay is because…", "…, which is why nothing's
 * moved") and the act waits on someone or something else ("…and we can't sign it off until the insurer
 * accepts liability", "the floor can't be relaid until it's dried out"). The blind labels of DEV read these as
 * explanations. A hold on the rep's own step ("until we've completed the checks") or on the customer ("until you
 * send the form") still refuses, as does any refusal outside such a frame.
 */

const FILLERS = /^(?:so|well|ok(?:ay)?|right|basically|honestly|,)$/;

/** "What happened is…", "what's happened is…", "the delay is because…", "the reason is…". */
function framedAsAccount({ words, pos }: Tokens): boolean {
  let s = 0;
  while (FILLERS.test(words[s] ?? "")) s += 1;
  if (words[s] === "what") {
    let v = s + 1;
    // wink-nlp's normal form of "what's" is "what is".
    if (/^(?:'s|is|has|had)$/.test(words[v] ?? "")) v += 1;
    return /^(?:happened|happens)$/.test(words[v] ?? "") && /^(?:is|was)$/.test(words[v + 1] ?? "");
  }
  if (words[s] !== "the" || pos[s + 1] !== "NOUN") return false;
  // The subject may run to a compound ("the hold-up", "the install delay").
  let be = s + 2;
  while (be < s + 5 && !/^(?:is|was)$/.test(words[be] ?? "") && /^(?:NOUN|PUNCT|ADP)$/.test(pos[be] ?? "")) be += 1;
  return /^(?:is|was)$/.test(words[be] ?? "") && /^(?:because|down)$/.test(words[be + 1] ?? "");
}

/** "…, which is why nothing's been relaid": what the sentence told is given as the reason for the outcome. */
const WHICH_IS_WHY = /^(?:which|that)$/;
function closesWithItsOutcome({ words }: Tokens): boolean {
  return words.some(
    (word, i) => WHICH_IS_WHY.test(word) && /^(?:is|'s)$/.test(words[i + 1] ?? "") && words[i + 2] === "why",
  );
}

/** "…until the GP approves it", "…until they do", "…until it's dried out": someone or something else acts first. */
function waitsOnSomeoneElse({ words, pos }: Tokens): boolean {
  return words.some((word, i) => {
    if (!/^(?:until|till|untill)$/.test(word)) return false;
    let s = i + 1;
    while (/^(?:the|a|an|their|its|his|her|our|your)$/.test(words[s] ?? "") || pos[s] === "ADJ") s += 1;
    const subject = words[s] ?? "";
    if (/^(?:i|we|you)$/.test(subject)) return false;
    return /^(?:NOUN|PROPN)$/.test(pos[s] ?? "") || /^(?:they|it|he|she)$/.test(subject);
  });
}

/** Whether the sentence's refusal is an account's hold on someone else rather than a no to the customer. */
export function refusalIsTheAccount(tokens: Tokens): boolean {
  return (framedAsAccount(tokens) || closesWithItsOutcome(tokens)) && waitsOnSomeoneElse(tokens);
}
