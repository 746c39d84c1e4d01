import type { RepMove } from "../library/moves";
import { HANG_UP, type MoodBand, type Persona } from "../library/persona-schema";
import { moodBand } from "../practice/director";
import type { PersonaEngine, PersonaTurnInput } from "../practice/persona-engine";
import type { Transcript } from "../practice/transcript";
import { detectMoves } from "./detect-moves";
import { streamWords } from "./stream-words";

const FALLBACK_ENDINGS: Record<string, string> = {
  [HANG_UP]: "I'm done with this. Goodbye.",
};
const FALLBACK_ENDING = "Alright. That's all I needed. Bye.";

/** The rep's words since the customer last spoke (a failed turn can leave two in a row). */
export function latestRepText(transcript: Transcript): string {
  const lines: string[] = [];
  for (let i = transcript.length - 1; i >= 0; i--) {
    const turn = transcript[i];
    if (!turn || turn.role !== "rep") break;
    lines.unshift(turn.text);
  }
  return lines.join("\n");
}

/** Scripted customer: reads moves with rules and answers from the persona file's lines. */
export function createOfflinePersonaEngine(): PersonaEngine {
  return {
    engine: "offline",
    model: null,
    async readMoves({ transcript }) {
      return { moves: detectMoves(latestRepText(transcript)).map((found) => found.move), degraded: null };
    },
    speak(input) {
      return streamWords(chooseLine(input));
    },
  };
}

export function chooseLine({ persona, state, change, transcript }: PersonaTurnInput): string {
  const said = new Set(transcript.filter((turn) => turn.role === "customer").map((turn) => turn.text));
  const turnNumber = transcript.filter((turn) => turn.role === "customer").length;
  if (state.outcome) {
    const endings = persona.endings[state.outcome] ?? [FALLBACK_ENDINGS[state.outcome] ?? FALLBACK_ENDING];
    return pickFresh(endings, said, turnNumber);
  }
  const band = moodBand(persona, state.mood);
  const weight = (move: RepMove) => Math.abs(change.reactions.filter((r) => r.move === move).reduce((sum, r) => sum + r.mood, 0));
  const ranked = [...change.moves].sort((a, b) => weight(b) - weight(a));
  for (const move of ranked) {
    const lines = linesFor(persona, move, band);
    if (lines.length > 0) return pickFresh(lines, said, turnNumber);
  }
  const neutral = linesFor(persona, "nothing", band);
  return pickFresh(neutral.length > 0 ? neutral : linesFor(persona, "nothing", null), said, turnNumber);
}

function linesFor(persona: Persona, when: RepMove | "nothing", band: MoodBand | null): string[] {
  return persona.offline
    .filter((entry) => entry.when === when)
    .filter((entry) => {
      if (band === null || entry.mood === undefined) return true;
      return Array.isArray(entry.mood) ? entry.mood.includes(band) : entry.mood === band;
    })
    .flatMap((entry) => entry.say);
}

/** The first line not yet said in this call; once all are used, rotate so repeats are spread out. */
function pickFresh(lines: string[], said: Set<string>, turnNumber: number): string {
  const fresh = lines.find((line) => !said.has(line));
  return fresh ?? lines[turnNumber % lines.length] ?? FALLBACK_ENDING;
}
