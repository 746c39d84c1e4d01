import { compilePattern } from "../library/rubric-schema";
import { splitSentences } from "../conversation/sentences";

const normalise = (value: string) => value.toLowerCase().replace(/[\u2018\u2019]/g, "'");

/**
 * Where a rubric pattern (a phrase, or `/regex/flags`) occurs in `text`: the sentence that
 * contains it, exactly as written, so it can be quoted as evidence. Null when absent.
 */
export function findPattern(text: string, pattern: string): string | null {
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
