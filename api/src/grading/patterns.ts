import { compilePattern } from "../library/rubric-schema";
import { boundedMemo } from "../conversation/bounded-memo";
import { splitSentences } from "../conversation/sentences";

const normalise = (value: string) => value.toLowerCase().replace(/[\u2018\u2019]/g, "'");

/**
 * Where a rubric pattern (a phrase, or `/regex/flags`) occurs in `text`: the sentence that
 * contains it, exactly as written, so it can be quoted as evidence. Null when absent.
 */
export function findPattern(text: string, pattern: string): string | null {
  const known = foundIn(text);
  let found = known.get(pattern);
  if (found === undefined) {
    if (known.size >= MAX_PATTERNS_PER_TEXT) known.clear();
    known.set(pattern, (found = locatePattern(text, pattern)));
  }
  return found;
}

/**
 * What each pattern found in a text, for the last 2,000 texts: every turn checks the rep's earlier
 * lines against the rubric's patterns again (the turn's checks, and each criterion twice when a
 * rewrite is checked), and each pattern costs a sentence split and a regex run per sentence.
 */
const foundIn = boundedMemo(2_000, (_text: string) => new Map<string, string | null>());
/** A rubric has tens of patterns; more than this for one text (drafts tried out) starts its entry over. */
const MAX_PATTERNS_PER_TEXT = 500;

function locatePattern(text: string, pattern: string): string | null {
  const regex = compilePattern(pattern);
  const matches = (candidate: string) =>
    regex ? regex.test(candidate) : normalise(candidate).includes(normalise(pattern));
  const sentence = splitSentences(text).find(matches);
  if (sentence) return sentence;
  if (regex) {
    return regex.find(text);
  }
  const at = normalise(text).indexOf(normalise(pattern));
  return at === -1 ? null : text.slice(at, at + pattern.length);
}

export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * How a scorecard names a rubric pattern: its label when it has one; a phrase as written; a regular
 * expression by the words it matched in `text`, or as "a listed pattern" when there are none
 * (never its source: trainers' regexes mean nothing to a learner).
 */
export function describePattern(pattern: string, labels: Readonly<Record<string, string>>, text?: string): string {
  const label = labels[pattern];
  if (label) return label;
  const regex = compilePattern(pattern);
  if (!regex) return `says "${pattern}"`;
  const words = text === undefined ? null : regex.find(text);
  return words ? `says "${words.length > 80 ? `${words.slice(0, 77)}…` : words}"` : "a listed pattern";
}
