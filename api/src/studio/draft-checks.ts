import type { Grader } from "../grading/grader";
import type { Library, LibraryEntry } from "../library/load-library";
import type { Persona } from "../library/persona-schema";
import type { Rubric } from "../library/rubric-schema";
import type { FileIssue } from "../library/yaml-file";
import type { PersonaEngine } from "../practice/persona-engine";
import { playRubricTest } from "../trainer/rubric-test-run";
import { fittedScripts } from "../trainer/rubric-test-scripts";
import { draftPersonaSuite, runDraftPersonaSuite } from "./draft-persona-suite";

export interface DraftCheckEngines {
  persona: PersonaEngine;
  grader: Grader;
}

interface DraftFile<T> {
  id: string;
  file: string;
  source: string;
  value: T;
}

export interface DraftToCheck {
  persona: DraftFile<Persona>;
  rubric: DraftFile<Rubric>;
  /** Lint warnings of the two files (their errors were repaired or refused before). */
  warnings: FileIssue[];
  /** Whether saving would make a new version of a persona or rubric that already exists. */
  replaces: { persona: boolean; rubric: boolean };
}

const failure = (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) });

/**
 * What the trainer sees beside the draft, before anything is saved: lint (as the editor and
 * `parley lint` check files), "Test this rubric" with scripts fitted to the drafted persona, and a
 * persona suite written for the draft. All run on the given (offline) engines, on a private database.
 */
export async function checkDraft(engines: DraftCheckEngines, draft: DraftToCheck) {
  const lint = [...draft.warnings];
  for (const kind of ["persona", "rubric"] as const)
    if (draft.replaces[kind])
      lint.push({
        file: draft[kind].file,
        line: 1,
        field: "id",
        message: `a ${kind} "${draft[kind].id}" exists already: saving this draft makes a new version of it. Change the id to add a new ${kind}.`,
      });
  const entry = <T>(file: DraftFile<T>): LibraryEntry<T> => ({
    value: file.value,
    file: file.file,
    source: file.source,
  });
  const library: Library = { personas: [entry(draft.persona)], rubrics: [entry(draft.rubric)], issues: [] };
  const scripts = fittedScripts(draft.persona.value, draft.rubric.value);
  const rubricTest = await playRubricTest({
    engines,
    library,
    persona: draft.persona.value,
    rubric: draft.rubric.value,
    rubricVersion: 0,
    scripts,
    difficulty: undefined,
    userId: null,
  }).then((result) => ({ ...result, engine: engines.grader.engine, criteriaCount: result.criteria.length }), failure);
  const suite = draftPersonaSuite(draft.persona.value, scripts);
  const personaSuite = await runDraftPersonaSuite(library, engines, suite).catch(failure);
  return { lint, rubricTest, personaSuite };
}
