import { stringify } from "yaml";
import type { Grader } from "../grading/grader";
import type { Library } from "../library/load-library";
import type { Persona } from "../library/persona-schema";
import { findRuleBreaks } from "../library/suites/persona-rules";
import { lineText, type MoodDirection, type PersonaSuite, personaSuite } from "../library/suites/persona-suite";
import type { PersonaEngine } from "../practice/persona-engine";
import { createScriptPlayer } from "../trainer/play-script";
import type { RubricTestScripts } from "../trainer/rubric-test-scripts";

/**
 * A persona suite for a drafted persona (the format of evals/persona/*.yaml): the rubric test's
 * strong rep must calm the customer, the weak rep must not. Returned as YAML too, to be saved
 * beside the scenario and run by `parley eval` once it is published.
 */
export function draftPersonaSuite(persona: Persona, scripts: RubricTestScripts): PersonaSuite {
  return personaSuite.parse({
    kind: "persona",
    id: persona.id,
    description: `Drafted with ${persona.name}: a strong rep calms the customer, a weak one does not.`,
    persona: persona.id,
    scripts: [
      { id: "strong-rep-calms", rep: scripts.strong, expect: { mood: "down" } },
      { id: "weak-rep-does-not-calm", rep: scripts.weak, expect: { mood: "not_down" } },
    ],
  });
}

const MOOD_WORDS: Record<MoodDirection, string> = {
  down: "fall",
  up: "rise",
  same: "stay the same",
  not_up: "not rise",
  not_down: "not fall",
};

function moved(direction: MoodDirection, before: number, after: number): boolean {
  if (direction === "down") return after < before;
  if (direction === "up") return after > before;
  if (direction === "same") return after === before;
  if (direction === "not_up") return after <= before;
  return after >= before;
}

/** Plays each script against the draft (a private database) and checks mood, ending and character rules. */
export async function runDraftPersonaSuite(
  library: Library,
  engines: { persona: PersonaEngine; grader: Grader },
  suite: PersonaSuite,
) {
  const player = await createScriptPlayer(library, engines);
  try {
    const scripts = [];
    for (const script of suite.scripts) {
      const played = await player({
        personaId: suite.persona,
        difficulty: suite.difficulty,
        lines: script.rep.map(lineText),
      });
      const problems: string[] = [];
      const want = script.expect.mood;
      if (want && !moved(want, played.startMood, played.endMood))
        problems.push(`mood should ${MOOD_WORDS[want]} (${played.startMood} → ${played.endMood})`);
      for (const line of played.lines) {
        if (line.error) problems.push(`a customer reply failed: ${line.error}`);
        for (const broken of findRuleBreaks(line.reply ?? ""))
          problems.push(`the customer broke character (${broken.rule}): "${broken.quote}"`);
      }
      scripts.push({
        id: script.id,
        passed: problems.length === 0,
        problems,
        startMood: played.startMood,
        endMood: played.endMood,
        outcome: played.outcome,
        turns: played.transcript.map(({ role, text }) => ({ role, text })),
      });
    }
    return {
      id: suite.id,
      file: `evals/persona/${suite.id}.yaml`,
      source: stringify(suite, { lineWidth: 0 }),
      passed: scripts.filter((script) => script.passed).length,
      scripts,
    };
  } finally {
    await player.close();
  }
}
