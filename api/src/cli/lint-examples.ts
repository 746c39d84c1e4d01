import type { Library } from "../library/load-library";
import { createOfflineGrader } from "../offline/offline-grader";
import { loadShippedExamples } from "../programme/examples/shipped-examples";

/**
 * The shipped examples of a library (`examples/*.yaml`), parsed and graded offline as the server
 * grades them: a file that does not parse, names an unknown scenario, or whose grade contradicts
 * its label is a problem with its file and line. `only`: one file name in examples/.
 */
export async function lintExamples(root: string, library: Library, only?: string) {
  const resolve = async (personaId: string) => {
    const persona = library.personas.find((entry) => entry.value.id === personaId)?.value;
    if (!persona) return null;
    const rubric = library.rubrics.find((entry) => entry.value.id === persona.rubric)?.value;
    // A version changes no grade; the server grades against the live ones.
    return { persona: { value: persona, version: 1 }, rubric: rubric ? { value: rubric, version: 1 } : null };
  };
  const loaded = await loadShippedExamples(root, resolve, createOfflineGrader(), only);
  const good = loaded.examples.filter((example) => example.quality === "good").length;
  return {
    issues: loaded.issues,
    line:
      loaded.files === 0
        ? null
        : `${loaded.examples.length} of ${loaded.files} example file(s) graded as labelled (${good} good, ${loaded.examples.length - good} poor)`,
  };
}
