import { HANG_UP, type LineCue, type MoodBand, type Persona } from "../library/persona-schema";
import { moodBand } from "../practice/director";
import type { PersonaEngine, PersonaTurnInput } from "../practice/persona-engine";
import { latestRepText } from "../conversation/transcript";
import type { RepMove } from "../conversation/moves";
import { readByRules } from "../conversation/detect-moves";
import { streamWords } from "./stream-words";

const FALLBACK_ENDINGS: Record<string, string> = {
  [HANG_UP]: "I'm done with this. Goodbye.",
};
const FALLBACK_ENDING = "Alright. That's all I needed. Bye.";

/** Scripted customer: reads moves with rules and answers from the persona file's lines. */
export function createOfflinePersonaEngine(): PersonaEngine {
  return {
    engine: "offline",
    model: null,
    async readMoves({ transcript }) {
      return { ...readByRules(latestRepText(transcript)), degraded: null };
    },
    speak(input) {
      return streamWords(chooseLine(input));
    },
  };
}

const DEFAULT_INTERRUPTION = "Look, I don't need the whole speech.";
const DEFAULT_LOSING_PATIENCE = "This is going nowhere. Can I speak to a supervisor?";

/**
 * The customer's reply: a line for the move that moved them most (or for no move), said over the
 * rep when they ran on, with a warning when patience runs low. Lines are not repeated while
 * alternatives remain, and may quote the rep ({quote}) or a promise they made ({promise}).
 */
export function chooseLine({ persona, state, change, transcript }: PersonaTurnInput): string {
  const previous = transcript.filter((turn) => turn.role === "customer").map((turn) => turn.text);
  const band = moodBand(persona, state.mood);
  const promise = state.promises.at(-1)?.quote;
  const pick = (lines: string[], quote?: string) => pickFresh(usable(lines, quote, promise), previous);

  if (state.outcome) {
    const endings = persona.endings[state.outcome] ?? [FALLBACK_ENDINGS[state.outcome] ?? FALLBACK_ENDING];
    return pick(endings) ?? FALLBACK_ENDING;
  }
  const weight = (move: RepMove) =>
    Math.abs(change.reactions.filter((r) => r.move === move).reduce((sum, r) => sum + r.mood, 0));
  const ranked = [...change.moves].sort((a, b) => weight(b) - weight(a));
  let reply: string | undefined;
  for (const move of ranked) {
    reply = pick(linesFor(persona, move, band), change.quotes[move]);
    if (reply) break;
  }
  reply ??= pick(linesFor(persona, "nothing", band)) ?? pick(linesFor(persona, "nothing", null)) ?? FALLBACK_ENDING;

  const parts = [reply];
  if (change.interrupted) parts.unshift(pick(linesFor(persona, "interrupts", band)) ?? DEFAULT_INTERRUPTION);
  if (change.losingPatience) parts.push(pick(linesFor(persona, "losing_patience", null)) ?? DEFAULT_LOSING_PATIENCE);
  return parts.join(" ");
}

function linesFor(persona: Persona, when: LineCue, band: MoodBand | null): string[] {
  return persona.offline
    .filter((entry) => entry.when === when)
    .filter((entry) => {
      if (band === null || entry.mood === undefined) return true;
      return Array.isArray(entry.mood) ? entry.mood.includes(band) : entry.mood === band;
    })
    .flatMap((entry) => entry.say);
}

/** Lines with their {quote} and {promise} filled in; lines whose placeholder has nothing to fill are dropped. */
function usable(
  lines: string[],
  quote: string | undefined,
  promise: string | undefined,
): { template: string; text: string }[] {
  const short = (words: string | undefined) => words?.trim().replace(/[.!?]+$/, "");
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

/** The first line not yet said in this call; once all are used, the one said longest ago. */
function pickFresh(lines: { template: string; text: string }[], previous: string[]): string | undefined {
  const lastSaid = (template: string) => {
    const fixed = template.split(/\{(?:quote|promise)\}/).filter((part) => part.trim() !== "");
    return previous.findLastIndex((text) => fixed.every((part) => text.includes(part)));
  };
  const ranked = lines.map((line) => ({ line, at: lastSaid(line.template) })).sort((a, b) => a.at - b.at);
  return ranked[0]?.line.text;
}
