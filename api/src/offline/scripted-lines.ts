import type { LineCue, MoodBand, Persona } from "../library/persona-schema";

/** A persona's scripted lines for a cue at a mood band (null: any band). */
export function linesFor(persona: Persona, when: LineCue, band: MoodBand | null): string[] {
  return persona.offline
    .filter((entry) => entry.when === when && fitsBand(entry.mood, band))
    .flatMap((entry) => entry.say);
}

/** A persona's answers on a topic: those for this mood band, else those for any band. */
export function answersFor(persona: Persona, topic: string, band: MoodBand): string[] {
  const onTopic = persona.answers.filter((entry) => entry.topic === topic);
  const atBand = onTopic.filter((entry) => entry.mood !== undefined && fitsBand(entry.mood, band));
  const anyBand = onTopic.filter((entry) => entry.mood === undefined);
  const chosen = atBand.length > 0 ? [...atBand, ...anyBand] : anyBand.length > 0 ? anyBand : onTopic;
  return chosen.flatMap((entry) => entry.say);
}

function fitsBand(mood: MoodBand | MoodBand[] | undefined, band: MoodBand | null): boolean {
  if (band === null || mood === undefined) return true;
  return Array.isArray(mood) ? mood.includes(band) : mood === band;
}

export interface Usable {
  template: string;
  text: string;
}

/** Lines with their {quote} and {promise} filled in; lines whose placeholder has nothing to fill are dropped. */
export function usable(lines: string[], quote: string | undefined, promise: string | undefined): Usable[] {
  const short = (words: string | undefined) => firstClause(words?.trim() ?? "").replace(/[.!?]+$/, "") || undefined;
  const fills: [string, string | undefined][] = [
    ["{quote}", short(quote)],
    ["{promise}", short(promise)],
  ];
  return lines.flatMap((template) => {
    let text = template;
    for (const [placeholder, value] of fills) {
      if (!text.includes(placeholder)) continue;
      if (!value) return [];
      text = text.replaceAll(placeholder, value);
    }
    return [{ template, text }];
  });
}

/** Customers echo a phrase, not a speech: a long sentence is quoted up to its first clause break. */
const QUOTE_WORDS = 14;
/** The rep's "Yes," or "Okay, so" before what they said: not what a customer repeats back. */
const LEAD_IN =
  /^(?:(?:yes|yeah|yep|okay|ok|sure|right|so|well|great|perfect|absolutely|of course|certainly)[,!]\s+)+/i;
function firstClause(said: string): string {
  const sentence = said.replace(LEAD_IN, "").replace(/^\p{Ll}/u, (c) => c.toUpperCase()) || said;
  if (sentence.split(/\s+/).length <= QUOTE_WORDS) return sentence;
  const clause = sentence.split(/[,;:—–]\s/)[0] ?? sentence;
  return clause.split(/\s+/).length <= QUOTE_WORDS + 4 ? clause : sentence;
}

/** The first line not yet said in this call; once all are used, the one said longest ago. */
export function pickFresh(lines: Usable[], previous: string[]): string | undefined {
  const lastSaid = (template: string) => {
    const fixed = template.split(/\{(?:quote|promise)\}/).filter((part) => part.trim() !== "");
    return previous.findLastIndex((text) => fixed.every((part) => text.includes(part)));
  };
  const ranked = lines.map((line) => ({ line, at: lastSaid(line.template) })).sort((a, b) => a.at - b.at);
  return ranked[0]?.line.text;
}
