import type { Persona } from "./persona-schema";
import type { Rubric } from "./rubric-schema";
import { languageName, offlineSupports } from "./language";

/**
 * What the Practise page browses, filters and searches: learner-safe metadata only. Skills are the
 * persona's own tags plus its rubric's criteria (their short `skill` label, else their name).
 */
export function scenarioCard(persona: Persona, rubric: Rubric | undefined) {
  const fromRubric = (rubric?.criteria ?? []).map((criterion) => criterion.skill ?? criterion.name);
  return {
    name: persona.name,
    summary: persona.summary,
    difficulty: persona.difficulty,
    rubric: persona.rubric ?? null,
    industry: persona.industry ?? null,
    situation: persona.situation ?? null,
    skills: uniqueIgnoringCase([...persona.skills, ...fromRubric]),
    brief: persona.goals.stated,
    knowledge: persona.knowledge.length,
    language: persona.language,
    languageName: languageName(persona.language),
    /** False when only a model engine can play it (the offline engine speaks English only). */
    offlineReady: offlineSupports(persona.language) && (rubric === undefined || offlineSupports(rubric.language)),
  };
}
export type ScenarioCard = ReturnType<typeof scenarioCard>;

function uniqueIgnoringCase(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    return !seen.has(key) && seen.add(key);
  });
}
