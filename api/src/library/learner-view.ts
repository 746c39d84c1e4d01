import { learnerKnowledge } from "./knowledge-schema";
import type { Persona } from "./persona-schema";
import type { Rubric } from "./rubric-schema";

/**
 * What a learner may read of a persona before and during a call: who the customer is, what they
 * say they want, and how the mood meter runs. Never the hidden goal, background facts, reactions,
 * the routes to a good ending, the scripted lines or the source (issue 15, finding 4).
 */
export function learnerPersona(persona: Persona) {
  return {
    id: persona.id,
    name: persona.name,
    summary: persona.summary,
    rubric: persona.rubric,
    difficulty: persona.difficulty,
    language: persona.language,
    industry: persona.industry,
    situation: persona.situation,
    skills: persona.skills,
    voice: persona.voice,
    goals: { stated: persona.goals.stated },
    mood: persona.mood,
    opening: persona.opening,
    // What a rep would have on their screen: policies, offers and facts; never the hidden goal.
    knowledge: learnerKnowledge(persona.knowledge),
  };
}
export type LearnerPersona = ReturnType<typeof learnerPersona>;

/** What a learner may read of a rubric: criteria and their anchors; and the coaching tip; never signals, checks or exemplars. */
export function learnerRubric(rubric: Rubric) {
  return {
    id: rubric.id,
    name: rubric.name,
    description: rubric.description,
    language: rubric.language,
    scale: rubric.scale,
    pass: rubric.pass,
    criteria: rubric.criteria.map((criterion) => ({
      id: criterion.id,
      name: criterion.name,
      skill: criterion.skill,
      description: criterion.description,
      scope: criterion.scope,
      aggregate: criterion.aggregate,
      critical: criterion.critical,
      weight: criterion.weight,
      anchors: criterion.anchors,
      coaching: criterion.coaching,
    })),
  };
}
export type LearnerRubric = ReturnType<typeof learnerRubric>;
