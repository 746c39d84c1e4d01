import { splitSentences } from "../conversation/sentences";
import type { Transcript } from "../conversation/transcript";
import { readingsOf, squashed } from "./instruction-attempts-readings";
import type { Evidence } from "./types";

// Phrasings of a learner trying to instruct whoever grades them, rather than talk to the customer.
const ATTEMPTS: RegExp[] = [
  /\b(ignore|disregard|forget|override|bypass)\b.{0,40}\b(rubric|instructions?|criteria|rules|prompt|grading|scor(es?|ing)|anchors?|above|previous|everything)\b/i,
  /\b(give|award|grant|assign|score|rate|mark)\b.{0,25}\b(me|this|my \w+|the rep)\b.{0,25}\b(full|perfect|max(imum)?|top|highest|5\/5|10\/10|five|100%|a 5|an a|pass(ing)?)\b/i,
  /\b(full|perfect|maximum|top) (marks|score|points)\b/i,
  /\b(system|developer) (prompt|message|instructions?)\b/i,
  /^\W*(system|assistant|developer)\W*:/i,
  /\b(you are|act as|pretend (to be|you are)|as) (now )?(the |an? )?(grader|judge|evaluator|assessor|ai|language model|assistant)\b/i,
  // Addressed: "Grader: …" anywhere, "Judge, …" to open a sentence ("an independent assessor, and I'll
  // call you" names one; it addresses no one).
  /\b(grader|judge|evaluator|assessor|ai|model)\s*:\s*\w+/i,
  /^\W*(?:(?:dear|hey|hi|hello|ok(?:ay)?|note (?:to|for)(?: the)?) )?(grader|judge|evaluator|assessor|ai|model)\s*,\s*\w+/i,
  /\b(grader|judge|evaluator|assessor)('s)? note\b/i,
  /\bthis (reply|response|turn|answer|call) (is|was|should be) (perfect|excellent|flawless|a 5|scored|rated)\b/i,
  /\b(mark|score|grade|rate) (this|me|it|my)( \w+)? (as |at |a )?(passed|a pass|excellent|perfect|5|five|top|ten|10)\b/i,
  /\bnew instructions?\b/i,
  /\bgrading instructions?\b/i,
  /\b(reveal|print|show|repeat) (your|the) (prompt|instructions|rubric)\b/i,
  /\ball (criteria|criterion|anchors?) (are |were )?(scored|met|passed|satisfied)\b/i,
  /\bevaluation (complete|result)\b/i,
  /\bpass me\b/i,
  /\bscore of (5|five|ten|10|100|full)\b/i,
  /\b(authori[sz]e|approve)\b.{0,30}\b(score|mark|pass)/i,
  /\b(everything|all|each) (scores?|gets?|deserves?) (a )?(5|five|full|top|perfect)\b/i,
  /\banchor\s*["']?\d/i,
  /\bdo(n'?t| not) (penali[sz]e|mark (me )?down|deduct|dock)\b/i,
];

// The same attempts with the spaces squeezed out, for letters spelled out one by one ("i g n o r e").
const SQUASHED_ATTEMPTS: RegExp[] = [
  /(ignore|disregard|forget|override|bypass)(all|the|your|my|any|previous|above)*(rubric|instructions?|criteria|rules|prompt|grading|scor)/,
  /(full|perfect|maximum|top)(marks|score|points)/,
  /(system|developer)(prompt|message|instructions?)/,
  /(give|award|grant)(me|this)(full|perfect|max|top|five|apass)/,
  /(youarenow|actas)(the|an?)?(grader|judge|evaluator)/,
];

/**
 * Whether a sentence tries to instruct the grader, in any of the ways it can be read once its
 * disguises are off (instruction-attempts-readings.ts): the rules run on each reading.
 */
export function isInstructionAttempt(sentence: string): boolean {
  const readings = readingsOf(sentence);
  if (readings.some((reading) => ATTEMPTS.some((pattern) => pattern.test(reading)))) return true;
  const spelledOut = readings.length > 1 && /(?:\b\p{L} ){4,}/u.test(readings[0]!);
  return spelledOut && readings.some((reading) => SQUASHED_ATTEMPTS.some((pattern) => pattern.test(squashed(reading))));
}

/** Sentences in rep turns that try to instruct the grader; they are flagged and never scored. */
export function findInstructionAttempts(transcript: Transcript): Evidence[] {
  return transcript
    .filter((turn) => turn.role === "rep")
    .flatMap((turn) =>
      splitSentences(turn.text, { withSymbols: true })
        .filter(isInstructionAttempt)
        .map((quote) => ({ turn: turn.index, quote })),
    );
}

/** The turn's text without its instruction attempts, for rule-based scoring. */
export function withoutInstructionAttempts(text: string): string {
  const attempts = splitSentences(text, { withSymbols: true }).filter(isInstructionAttempt);
  return attempts
    .reduce((rest, sentence) => rest.replace(sentence, " "), text)
    .replace(/\s{2,}/g, " ")
    .trim();
}
