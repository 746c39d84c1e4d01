import type { Persona } from "../library/persona-schema";
import { splitSentences } from "../conversation/sentences";
import { parseNumber } from "../grading/amounts";
import { tokensOf } from "../conversation/tokens";

/**
 * A customer's closing line restates the deal ("Refund, the restaurant stopped, and you call me
 * tomorrow at five"). Written ahead of the call, it can name what this rep never said: a day, a
 * time, an amount, an offer. Such sentences are the customer inventing the rep's promises (issue 14
 * item 4), so they are dropped from the line; what is left still closes the call.
 */
const TIME =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|this (?:morning|afternoon|evening|week)|next week|\d{1,2}(?::\d\d)?\s?(?:am|pm)|(?:at|by|before) (?:noon|midday|\d{1,2}(?::\d\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) o'clock|within \w+ (?:hours?|days?))\b/gi;
const MONEY = /(?:[$£€]\s?\d[\d,]*(?:\.\d\d)?|\b\d[\d,]*(?:\.\d\d)? (?:dollars|pounds|euros)\b)/gi;

/** What a line names that the rep would have had to say: times, amounts, the scenario's offers. */
function specificsIn(sentence: string, offers: string[]): string[] {
  const lower = sentence.toLowerCase();
  return [
    ...[...sentence.matchAll(TIME)].map((match) => match[0].toLowerCase()),
    ...[...sentence.matchAll(MONEY)].map((match) => match[0].toLowerCase()),
    // "Night refunded" names the refund as much as "a refund" does.
    ...offers.filter((offer) => new RegExp(`\\b${escape(offer)}(?:s|es|ed|d|ing)?\\b`).test(lower)),
  ];
}

/** "Sixty a month", "£40 per week": an amount to pay over time, which the rep must have named. */
const RATE = /([£$€]?[\w,.-]+)\s+(?:a|per|each)\s+(?:month|week|fortnight)\b/gi;

function ratesIn(sentence: string): number[] {
  return [...sentence.matchAll(RATE)].flatMap((match) => {
    const value = parseNumber((match[1] ?? "").replace(/^[£$€]/, ""));
    return value === null || value < 2 ? [] : [value];
  });
}

/** Every number the rep said, in digits or words ("$60", "sixty", "sixty-five"). */
function numbersIn(text: string): Set<number> {
  const values = (text.match(/[\d,.]+|[a-z]+(?:-[a-z]+)?/gi) ?? []).map((token) =>
    parseNumber(token.replace(/[.,]$/, "")),
  );
  return new Set(values.filter((value): value is number => value !== null));
}

/** The scenario's offers and held-back terms, as the customer would name them. */
function offerWords(persona: Persona): string[] {
  const mentions = persona.knowledge
    .filter((entry) => entry.kind === "offer")
    .flatMap((entry) => entry.mentions.filter((mention) => !mention.startsWith("/")));
  return [...new Set([...mentions, ...persona.holds_back].map((words) => words.toLowerCase()))];
}

/**
 * The line without its sentences naming something the rep never said (null when nothing but such
 * sentences, or only "Okay.", would be left); `full` says whether it came through whole.
 */
export function backedByRep(
  line: string,
  repTexts: string[],
  persona: Persona,
): { text: string; full: boolean } | null {
  const said = repTexts.join("\n").toLowerCase();
  const offers = offerWords(persona);
  const sentences = splitSentences(line);
  const numbers = numbersIn(said);
  const kept = sentences.filter(
    (sentence) =>
      specificsIn(sentence, offers).every((item) => said.includes(item)) &&
      ratesIn(sentence).every((rate) => numbers.has(rate)),
  );
  if (kept.length === sentences.length) return { text: line, full: true };
  const substance = kept.filter((sentence) => !/^(?:okay|ok|right|alright|fine|good)[.!]?$/i.test(sentence.trim()));
  return substance.length === 0 ? null : { text: kept.join(" "), full: false };
}

/** A deal a customer could only be reacting to if the rep offered it: "half price", "20% off", "three months free". */
const DEAL =
  /\b(?:half[- ]price|half off|\d+\s?(?:%|percent) off|(?:a|one|two|three|four|six|twelve|\d+) (?:free )?months? free|(?:a |one )?free (?:month|year|upgrade)|discount)\b/gi;

/**
 * Whether a line reacts to a deal this rep never offered ("half price won't help" after "two
 * months free"): the customer would be answering a pitch from another call.
 */
export function namesUnofferedDeal(line: string, repTexts: string[]): boolean {
  const said = repTexts.join("\n").toLowerCase();
  return [...line.matchAll(DEAL)].some((match) => !said.includes(match[0].toLowerCase()));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Words that make a sentence more than an echo of the rep's words (a subject, a verb, a question word). */
const CLAUSE_WORD =
  /^(?:i|you|we|they|he|she|it|that|this|there|is|are|was|were|am|be|do|does|did|can|could|will|would|should|have|has|had|what|why|how|when|where|who|which|not)(?:'\w+)?$/;

/**
 * "Two payments abroad? No, that wasn't me.", "Okay. So it's the part.": a line that echoes or sums
 * up what the rep said (a short verbless question, a "So …" restatement) is written for the rep who
 * said it. When this rep said no such thing, those sentences go and the rest of the line still
 * answers; null when nothing of substance would be left.
 */
export function withoutUnsaidEcho(line: string, repText: string): string | null {
  const said = repText.toLowerCase();
  const numbers = numbersIn(said);
  // "Twenty-four hours?" echoes "24 hours": a number in words is backed by the same number in digits.
  const backed = (word: string) => {
    const number = parseNumber(word);
    return said.includes(word.replace(/(?:es|s|ed|ing)$/, "")) || (number !== null && numbers.has(number));
  };
  const sentences = splitSentences(line);
  const kept = sentences.filter((sentence) => {
    const words = sentence.toLowerCase().match(/[\p{L}\d'-]+/gu) ?? [];
    if (isEcho(sentence, words))
      return words.filter((word) => word.length >= 3 && !ECHO_FILLER.test(word)).every(backed);
    if (RESTATES.test(sentence) && words.length <= 12) {
      const { words: tokens, pos } = tokensOf(sentence);
      return tokens.filter((word, i) => pos[i] === "NOUN" && word.length >= 3).every(backed);
    }
    return true;
  });
  if (kept.length === sentences.length) return line;
  const substance = kept.join(" ").match(/[\p{L}\d'-]+/gu) ?? [];
  return substance.length <= 1 ? null : kept.join(" ");
}

const ECHO_FILLER = /^(?:and|the|but|for|so|again|another|any|all|just|then)$/;
/** "So it's the part.", "Oh, so someone's got my card details.": the customer summing up what they were told. */
const RESTATES =
  /^(?:(?:oh|okay|ok|right|wait),?\s+)?so\b(?! (?:what|when|how|why|who|where|is|are|can|will|do|does)\b)/i;

/** A short verbless question: "Two payments abroad?", "Final?" (not "Hello?", not "You'll do that now?"). */
function isEcho(sentence: string, words: string[]): boolean {
  const [only] = words;
  const interjection = words.length === 1 && only !== undefined && INTERJECTION.test(only);
  return /\?\s*$/.test(sentence) && words.length <= 5 && !interjection && !words.some((word) => CLAUSE_WORD.test(word));
}
/** One-word questions that echo nothing: "Hello?", "Seriously?", "Sorry?". */
const INTERJECTION =
  /^(?:hello|hi|sorry|pardon|really|seriously|honestly|well|right|okay|ok|yes|yeah|no|huh|eh|and|so|then|anyone|please)$/;
