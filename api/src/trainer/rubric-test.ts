import { canPublish, type Principal } from "../auth/principal";
import type { Engine } from "../config";
import { invalidFile, type LibraryStore, parseSource } from "../db/library-store";
import { DomainError } from "../errors";
import type { Grader } from "../grading/grader";
import { CustomerLineFailed, playRubricTest } from "./rubric-test-run";
import type { Library, LibraryEntry } from "../library/load-library";
import type { Persona } from "../library/persona-schema";
import type { Rubric } from "../library/rubric-schema";
import { LlmError } from "../llm/errors";
import type { Limits } from "../practice/limits";
import type { PersonaEngine } from "../practice/persona-engine";
import { fittedScripts, type RubricTestScripts, shippedSuite, suiteScripts } from "./rubric-test-scripts";

export interface TestEngines {
  persona: PersonaEngine;
  grader: Grader;
}

export interface RubricTestDeps {
  library: LibraryStore;
  /** Offline engines always exist; the model engine only when one is configured. */
  engines: { offline: TestEngines; model: TestEngines | null };
  defaultEngine: Engine;
  limits: Limits;
  /** Where shipped separation suites live (evals/separation under the library root). */
  suitesDir: string;
  /** Charges a private session's model calls to a user until the returned function is called. */
  chargeTo?: (sessionId: string, userId: string) => () => void;
}

export interface RubricTestInput {
  rubricId: string;
  personaId: string;
  /** The editor's unsaved draft; without it, the latest saved version is tested. */
  rubricYaml?: string | undefined;
  engine?: Engine | undefined;
}

const modelDown = (what: "play the customer in" | "grade", detail: string) =>
  new DomainError(
    "model_unavailable",
    `The model could not ${what} the test calls (${detail}). Try again, or run the test offline.`,
  );

/**
 * "Test this rubric": plays a scripted strong rep and a scripted weak rep against a persona on a
 * private database (the separation suites' machinery), grades both with the rubric, and says per
 * criterion whether the strong call beat the weak one by the required margin.
 */
export function createRubricTester(deps: RubricTestDeps) {
  return async function testRubric(principal: Principal, input: RubricTestInput) {
    if (!canPublish(principal)) throw new DomainError("forbidden", "Only trainers and admins can test rubrics.");
    const engineName = input.engine ?? deps.defaultEngine;
    const engines = engineName === "model" ? deps.engines.model : deps.engines.offline;
    if (!engines)
      throw new DomainError(
        "model_not_configured",
        "No model endpoint is configured on this server; run the test offline.",
      );
    if (engineName === "model") await deps.limits.checkTokenBudget(principal);

    const persona = await deps.library.get("persona", input.personaId);
    const rubric = await resolveRubric(deps.library, input);
    const found = await shippedSuite(deps.suitesDir, persona.id, rubric.value.id);
    // A shipped suite is only trusted for the rubric it was written for, saved or drafted.
    const scripts: RubricTestScripts = found ? suiteScripts(found) : fittedScripts(persona.value, rubric.value);
    const difficulty = found?.suite.difficulty;

    const releases: (() => void)[] = [];
    try {
      const result = await playRubricTest({
        engines,
        library: await playerLibrary(deps.library, persona, rubric),
        persona: persona.value,
        rubric: rubric.value,
        rubricVersion: rubric.version ?? 0,
        scripts,
        difficulty,
        userId: principal.id,
        onStart: (sessionId) => {
          if (deps.chargeTo) releases.push(deps.chargeTo(sessionId, principal.id));
        },
      });
      const { model, ...rest } = result;
      return {
        persona: { id: persona.id, name: persona.value.name, version: persona.version },
        rubric: { id: rubric.value.id, name: rubric.value.name, version: rubric.version, scale: rubric.value.scale },
        engine: engineName,
        model,
        ...rest,
      };
    } catch (error) {
      if (error instanceof CustomerLineFailed) throw modelDown("play the customer in", error.message);
      if (error instanceof LlmError) throw modelDown("grade", error.message);
      throw error;
    } finally {
      for (const release of releases) release();
    }
  };
}

export type RubricTester = ReturnType<typeof createRubricTester>;
export type RubricTestResult = Awaited<ReturnType<RubricTester>>;

interface ResolvedRubric {
  value: Rubric;
  /** null: an unsaved draft. */
  version: number | null;
  source: string;
}

async function resolveRubric(library: LibraryStore, input: RubricTestInput): Promise<ResolvedRubric> {
  if (input.rubricYaml === undefined) {
    const saved = await library.get("rubric", input.rubricId);
    return { value: saved.value, version: saved.version, source: saved.source };
  }
  const parsed = parseSource.rubric(input.rubricYaml, `rubrics/${input.rubricId}.yaml`);
  if (!parsed.ok) throw invalidFile("rubric", parsed.issues);
  if (parsed.value.id !== input.rubricId) {
    throw new DomainError(
      "id_mismatch",
      `The draft's id "${parsed.value.id}" does not match "${input.rubricId}" in the URL.`,
    );
  }
  return { value: parsed.value, version: null, source: input.rubricYaml };
}

/**
 * The script player starts calls on the persona's own rubric, so that rubric must be in its
 * library too; a persona with none is given the tested one (the player's session rubric is never
 * used for the result: both calls are graded with the tested rubric below).
 */
async function playerLibrary(
  library: LibraryStore,
  persona: { id: string; value: Persona; source: string },
  tested: ResolvedRubric,
): Promise<Library> {
  const entry = <T>(value: T, folder: string, id: string, source: string): LibraryEntry<T> => ({
    value,
    file: `${folder}/${id}.yaml`,
    source,
  });
  const rubrics = [entry(tested.value, "rubrics", tested.value.id, tested.source)];
  const own = persona.value.rubric;
  if (own !== undefined && own !== tested.value.id) {
    const saved = await library.get("rubric", own);
    rubrics.push(entry(saved.value, "rubrics", saved.id, saved.source));
  }
  const source = own === undefined ? `${persona.source.trimEnd()}\nrubric: ${tested.value.id}\n` : persona.source;
  return { personas: [entry(persona.value, "personas", persona.id, source)], rubrics, issues: [] };
}
