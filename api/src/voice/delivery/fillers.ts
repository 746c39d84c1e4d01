/**
 * Filler words in what the rep said. Hesitation sounds always count; "like", "you know" and
 * "I mean" count only where they carry no meaning. The rules look at the neighbouring words and
 * at commas, so they also work on recogniser output, which has no punctuation (there the
 * neighbours alone decide, and ambiguous cases are not counted).
 */
const HESITATIONS = new Map(
  Object.entries({
    um: "um",
    umm: "um",
    uhm: "um",
    uh: "uh",
    uhh: "uh",
    er: "er",
    erm: "er",
    ah: "ah",
    hmm: "hmm",
    mm: "hmm",
    eh: "eh",
  }),
);
/** "like" after these is a verb or a comparison: "I'd like", "looks like", "just like", "something like". */
const LIKE_MEANT_AFTER = new Set([
  "i",
  "you",
  "we",
  "they",
  "he",
  "she",
  "who",
  "would",
  "i'd",
  "you'd",
  "we'd",
  "they'd",
  "do",
  "don't",
  "didn't",
  "does",
  "doesn't",
  "feel",
  "feels",
  "felt",
  "look",
  "looks",
  "looked",
  "sound",
  "sounds",
  "sounded",
  "seem",
  "seems",
  "just",
  "more",
  "less",
  "much",
  "something",
  "anything",
  "nothing",
  "not",
  "really",
  "what",
  "things",
  "people",
  "someone",
  "anyone",
]);
/** Filler "like" is typically followed by one of these: "it's like I ...", "and like, so ...". */
const LIKE_FILLER_BEFORE = new Set([
  "i",
  "we",
  "it's",
  "i'm",
  "so",
  "um",
  "uh",
  "totally",
  "really",
  "literally",
  "just",
  "basically",
]);
/** "you know" before these is a real question or statement: "you know what", "you know the". */
const KNOW_MEANT_BEFORE = new Set([
  "what",
  "how",
  "where",
  "when",
  "why",
  "if",
  "whether",
  "that",
  "the",
  "about",
  "him",
  "her",
  "them",
  "this",
  "your",
  "my",
  "our",
  "who",
  "which",
  "a",
  "an",
]);
/** "you know" after these is part of a sentence: "do you know", "as you know", "let you know". */
const KNOW_MEANT_AFTER = new Set([
  "do",
  "did",
  "don't",
  "didn't",
  "if",
  "would",
  "as",
  "will",
  "can",
  "could",
  "let",
  "when",
  "should",
]);
/** "I mean" before these means something: "I mean it", "I mean that". */
const MEAN_MEANT_BEFORE = new Set([
  "it",
  "that",
  "this",
  "what",
  "to",
  "the",
  "you",
  "no",
  "every",
  "business",
  "him",
  "her",
  "them",
]);

interface Token {
  word: string;
  /** Punctuation (comma, dash, full stop ...) right before or after the word; the text's start counts. */
  breakBefore: boolean;
  breakAfter: boolean;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let pendingBreak = true;
  const normalised = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  for (const match of normalised.matchAll(/([a-z]+(?:'[a-z]+)*)|([,;:.!?\u2014\u2013]+|\s-\s|\.\.\.)/g)) {
    if (match[2]) {
      pendingBreak = true;
      const last = tokens.at(-1);
      if (last) last.breakAfter = true;
      continue;
    }
    tokens.push({ word: match[1] ?? "", breakBefore: pendingBreak, breakAfter: false });
    pendingBreak = false;
  }
  return tokens;
}

function likeIsFiller(
  before: Token | undefined,
  like: Token,
  next: Token | undefined,
  afterNext: Token | undefined,
): boolean {
  if (before && !like.breakBefore && LIKE_MEANT_AFTER.has(before.word)) return false;
  if (next?.word === "i" && afterNext?.word === "said") return false; // "like I said"
  if (like.breakAfter || (before && HESITATIONS.has(before.word))) return true;
  return next !== undefined && LIKE_FILLER_BEFORE.has(next.word);
}

function youKnowIsFiller(before: Token | undefined, you: Token, know: Token, after: Token | undefined): boolean {
  if (before && !you.breakBefore && KNOW_MEANT_AFTER.has(before.word)) return false;
  return know.breakAfter || after === undefined || !KNOW_MEANT_BEFORE.has(after.word);
}

/** Every filler found, in order, by the name it is counted under ("um", "like", "you know" ...). */
export function findFillers(text: string): string[] {
  const tokens = tokenize(text);
  const found: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const [before, next, afterNext] = [tokens[i - 1], tokens[i + 1], tokens[i + 2]];
    const hesitation = HESITATIONS.get(token.word);
    if (hesitation) {
      found.push(hesitation);
    } else if (token.word === "like") {
      if (likeIsFiller(before, token, next, afterNext)) found.push("like");
    } else if (token.word === "you" && next?.word === "know") {
      if (youKnowIsFiller(before, token, next, afterNext)) found.push("you know");
      i++;
    } else if (token.word === "i" && next?.word === "mean") {
      const clauseStart = token.breakBefore;
      if (clauseStart && (next.breakAfter || (afterNext !== undefined && !MEAN_MEANT_BEFORE.has(afterNext.word))))
        found.push("i mean");
      i++;
    }
  }
  return found;
}
