import { compilePattern } from "../library/rubric-schema";

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** "waive" -> waive, waives, waived, waiving; "apply" -> applies, applied, applying; "credit" -> credits, credited. */
function wordForms(word: string): string {
  const lower = word.toLowerCase();
  if (!/^[a-z]{3,}$/.test(lower)) return escape(lower);
  if (lower.endsWith("y")) return `${escape(lower.slice(0, -1))}(?:y|ies|ied|ying)`;
  const stem = lower.endsWith("e") ? lower.slice(0, -1) : lower;
  return `${escape(stem)}(?:e|es|ed|ing|s|d|ings)?`;
}

/**
 * Where a knowledge entry's `mentions` pattern occurs in a sentence (the index of the first
 * match), or -1. A plain phrase matches any form of its words ("waive the fee" also matches
 * "waiving the fees"); a `/regex/` matches as written.
 */
export function mentionAt(sentence: string, pattern: string): number {
  const regex = compilePattern(pattern);
  if (regex) {
    const words = regex.find(sentence);
    return words === null ? -1 : sentence.indexOf(words);
  }
  const words = pattern.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return -1;
  // Literal words joined by spaces and a fixed set of endings: linear, whatever the phrase.
  const forms = new RegExp(`\\b${words.map(wordForms).join("\\s+")}\\b`, "i");
  return forms.exec(sentence.replace(/[\u2018\u2019]/g, "'"))?.index ?? -1;
}
