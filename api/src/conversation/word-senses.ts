import type { Tokens } from "./tokens";

/**
 * Words the phrase rules would read in the wrong sense, found by their parts of speech and
 * blanked out (spaces of the same length, so offsets and quotes still line up) before the rules
 * read the sentence:
 * - "credit" that is the customer's standing or part of a compound ("a mark on your credit
 *   file", "your credit score") is not a credit given;
 * - "I'll be straight with you", "let me be honest": a way of speaking, not a promise to act;
 * - "priority picking", "the Priority Services Register": a service's name, not escalating;
 * - "being told there's no room", "you were told we'd call back": what the customer was told or
 *   found out, put back to them, is not the rep refusing or promising it now;
 * - "I'll say that up front": saying it, not offering anything;
 * - "taken down for upgrade work", "network upgrade works": the company's engineering, not an upgrade sold.
 */

const POSSESSIVE = /^(?:your|his|her|their|my)$/;
/** What follows a credit that is given: "your credit of $20", "your credit for the outage". */
const GIVEN_AFTER = /^(?:of|for|on|to|from|will|has|is|'s|was|should)$/;
/** Compounds that are still a credit given. */
const GIVEN_COMPOUND = /^(?:note|voucher|memo|request|claim|application)s?$/;

function otherCredit(tokens: Tokens, i: number): boolean {
  const { words, pos } = tokens;
  if (!/^credits?$/.test(words[i] ?? "") || pos[i] !== "NOUN") return false;
  const next = words[i + 1] ?? "";
  const nextPos = pos[i + 1] ?? "PUNCT";
  if (nextPos === "NOUN" && !GIVEN_COMPOUND.test(next)) return true;
  return POSSESSIVE.test(words[i - 1] ?? "") && !GIVEN_AFTER.test(next) && nextPos !== "NUM";
}

/** "be" + an adjective that ends its clause (or "with you"/"about it" does): "I'll be honest, ...". */
function mannerOfSpeaking(tokens: Tokens, i: number): { from: number; to: number } | null {
  const { words, pos, lemmas } = tokens;
  if (words[i] !== "be") return null;
  const before = lemmas[i - 1] ?? "";
  if (!["will", "me", "to", "shall"].includes(before)) return null;
  let j = i + 1;
  while (pos[j] === "ADV") j += 1;
  // "…not going to be possible": whether it can be done, not how the rep speaks.
  if (
    pos[j] !== "ADJ" ||
    /^(?:possible|impossible|able|available|allowed|eligible|necessary|ready)$/.test(words[j] ?? "")
  )
    return null;
  let end = j;
  if (words[end + 1] === "with" || words[end + 1] === "about") end += 2;
  const after = pos[end + 1] ?? "PUNCT";
  if (after !== "PUNCT" && after !== "CCONJ" && after !== "SCONJ") return null;
  // From the speaker: "I'll", "let me", "I want to".
  let from = i - 1;
  while (from > 0 && ["PRON", "AUX", "VERB", "PART"].includes(pos[from - 1] ?? "") && pos[from - 1] !== "PUNCT")
    from -= 1;
  return { from, to: end };
}

/** "Priority picking", "the Priority Services Register": a service's name, not raising a case's priority. */
function priorityAsName({ words, pos }: Tokens, i: number): boolean {
  return words[i] === "priority" && ["NOUN", "PROPN", "VERB", "ADJ"].includes(pos[i + 1] ?? "PUNCT");
}

/** "Upgrade work", "upgrade works", "the upgrade programme": engineering on the network, not a plan sold. */
function upgradeAsEngineering({ words }: Tokens, i: number): boolean {
  return (
    /^upgrades?$/.test(words[i] ?? "") &&
    /^(?:work|works|engineering|programme|program|project)$/.test(words[i + 1] ?? "")
  );
}

/** The sentence with words in another sense blanked; the same string when there are none. */
export function maskOtherSenses(text: string, tokens: Tokens): string {
  const spans: { from: number; to: number }[] = [];
  tokens.words.forEach((_, i) => {
    if (otherCredit(tokens, i) || priorityAsName(tokens, i) || upgradeAsEngineering(tokens, i))
      spans.push({ from: i, to: i });
    const manner = mannerOfSpeaking(tokens, i);
    if (manner) spans.push(manner);
  });
  const reported = maskSpeechAbout(text);
  if (spans.length === 0) return reported;
  let masked = reported;
  for (const { from, to } of spans) {
    const start = tokens.starts[from] ?? 0;
    const end = (tokens.starts[to] ?? 0) + (tokens.values[to] ?? "").length;
    masked = masked.slice(0, start) + " ".repeat(end - start) + masked.slice(end);
  }
  return masked;
}

/** Finding it out, or being told it: the customer's side of a report ("to be told there's no room"). */
const REPORTED =
  /\b(?:(?:being|be|been|get|got|getting|were|was) told|find(?:ing)? out|found out|(?:the|your|our) \w+ (?:said|told you))(?: that)? /gi;
/** Where the report ends: its clause, or the verb of the sentence it is the subject of ("… is the last thing"). */
const REPORT_END =
  /\s+(?:is|was|isn'?t|wasn'?t|must|would|has)\s+(?:the|a|an|not|so|just|really|never|awful|hard|horrible|terrible|be|have|been)\b|\s+(?:and|but) (?:i|we)\b|[,;:.!?—–]|$/i;
/** The rep or the company reporting what they were told ("I've been told we have no rooms") still says it. */
const SPEAKER_BEFORE = /\b(?:i|we|i've|we've|i'm|we're|i've been|we've been|i was|we were)\s*$/i;

/** "I'll say that up front", "let me say this first": saying it, not offering anything. */
const SAYING =
  /\b(?:I'll|I will|let me|I want to|I'd like to) (?:just )?say (?:that|this|it)? ?(?:up ?front|first|now|straight away|plainly|clearly|right away|at the start)\b/gi;

/** The sentence without what the customer was told and what the rep only says they are saying. */
function maskSpeechAbout(text: string): string {
  let masked = blank(text, SAYING);
  for (const match of text.matchAll(REPORTED)) {
    const start = match.index + match[0].length;
    if (SPEAKER_BEFORE.test(text.slice(Math.max(0, match.index - 14), match.index))) continue;
    const end = start + (REPORT_END.exec(text.slice(start))?.index ?? text.length - start);
    masked = masked.slice(0, start) + " ".repeat(end - start) + masked.slice(end);
  }
  return masked;
}

/** `text` with every match of `pattern` blanked (same length). */
export function blank(text: string, pattern: RegExp): string {
  return text.replace(new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`), (match) =>
    " ".repeat(match.length),
  );
}
