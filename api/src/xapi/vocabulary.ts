// The xAPI terms Parley uses. Verbs and activity types are ADL's (the xAPI vocabulary registry);
// Parley's own IRIs (activities, extensions) live under `<homePage>/xapi/`.

export const XAPI_VERSION = "1.0.3";

/** ADL's verbs, by Parley's name for them. */
export const VERBS = {
  attempted: "http://adlnet.gov/expapi/verbs/attempted",
  completed: "http://adlnet.gov/expapi/verbs/completed",
  passed: "http://adlnet.gov/expapi/verbs/passed",
  failed: "http://adlnet.gov/expapi/verbs/failed",
  scored: "http://adlnet.gov/expapi/verbs/scored",
} as const;

export type VerbName = keyof typeof VERBS;

/** ADL activity types: a practice call is a simulation; a rubric an assessment; a certification a course. */
export const ACTIVITY_TYPES = {
  simulation: "http://adlnet.gov/expapi/activities/simulation",
  assessment: "http://adlnet.gov/expapi/activities/assessment",
  course: "http://adlnet.gov/expapi/activities/course",
} as const;

/** Parley's IRIs under one namespace, `<homePage>/xapi`. */
export function parleyIris(homePage: string) {
  const ns = `${homePage.replace(/\/+$/, "")}/xapi`;
  const segment = (value: string) => encodeURIComponent(value);
  const extension = (name: string) => `${ns}/extensions/${name}`;
  return {
    homePage: homePage.replace(/\/+$/, ""),
    scenario: (personaId: string, rubricId: string) => `${ns}/scenarios/${segment(personaId)}/${segment(rubricId)}`,
    rubric: (rubricId: string) => `${ns}/rubrics/${segment(rubricId)}`,
    assignment: (assignmentId: string) => `${ns}/assignments/${segment(assignmentId)}`,
    extensions: {
      criteria: extension("criteria"),
      requiredScore: extension("required-score"),
      outcome: extension("outcome"),
      personaVersion: extension("persona-version"),
      rubricVersion: extension("rubric-version"),
      difficulty: extension("difficulty"),
      mode: extension("mode"),
      engine: extension("engine"),
      model: extension("model"),
      certification: extension("certification"),
      forkedFrom: extension("forked-from"),
    },
  };
}

export type ParleyIris = ReturnType<typeof parleyIris>;
