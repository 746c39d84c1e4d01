import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Grader } from "../../grading/grader";
import type { Persona } from "../../library/persona-schema";
import type { Rubric } from "../../library/rubric-schema";
import type { LibraryStore } from "../../db/library-store";
import { type FileIssue, formatIssue } from "../../library/yaml-file";
import { issueAt, parseExampleFile } from "./example-file";
import type { Example } from "./example-types";
import { contradicts, gradeExample, type Versioned } from "./grade-example";

export const SHIPPED_FOLDER = "examples";
export const SHIPPED_PREFIX = "shipped-";

/** A scenario and its rubric as the grader should see them; null: no such persona. */
export type ScenarioResolver = (
  personaId: string,
) => Promise<{ persona: Versioned<Persona>; rubric: Versioned<Rubric> | null } | null>;

/**
 * Reads `root/examples/*.yaml` and grades each with `grader` (the offline one: a shipped example's
 * scorecard is what the offline grader really gives). A file that does not parse, names an unknown
 * scenario, or whose grade contradicts its label ("good" failed, "poor" passed) is an issue, not an example.
 */
export async function loadShippedExamples(root: string, resolve: ScenarioResolver, grader: Grader, only?: string) {
  const folder = path.join(root, SHIPPED_FOLDER);
  const names = await readdir(folder).catch(() => [] as string[]);
  const examples: Example[] = [];
  const issues: FileIssue[] = [];
  const files = names.filter((entry) => /\.ya?ml$/.test(entry) && (only === undefined || entry === only)).sort();
  for (const name of files) {
    const file = `${SHIPPED_FOLDER}/${name}`;
    const source = await readFile(path.join(folder, name), "utf8");
    const parsed = parseExampleFile(source, file, SHIPPED_PREFIX + name.replace(/\.ya?ml$/, ""));
    if (!parsed.ok) {
      issues.push(...parsed.issues);
      continue;
    }
    const example = parsed.value;
    const scenario = await resolve(example.personaId);
    if (!scenario || !scenario.rubric) {
      const why = scenario ? "names no default rubric" : "is not a persona in personas/";
      issues.push(issueAt(source, file, ["persona"], `"${example.personaId}" ${why}`));
      continue;
    }
    const scorecard = await gradeExample(grader, scenario.persona, scenario.rubric, example.turns, null);
    if (contradicts(example.quality, scorecard)) {
      issues.push(
        issueAt(
          source,
          file,
          ["quality"],
          `is "${example.quality}" but the offline grader ${scorecard.passed ? "passes" : "fails"} it ` +
            `(overall ${scorecard.overall ?? "unscored"}, pass mark ${scorecard.threshold}): fix the example's lines`,
        ),
      );
      continue;
    }
    examples.push({
      id: example.id,
      title: example.title,
      quality: example.quality,
      source: "shipped",
      personaId: example.personaId,
      personaVersion: scenario.persona.version,
      rubricId: scenario.rubric.value.id,
      rubricVersion: scenario.rubric.version,
      summary: example.summary,
      turns: example.turns,
      scorecard,
      teamId: null,
      createdAt: 0,
      updatedAt: 0,
    });
  }
  return { examples, issues, files: files.length };
}

/**
 * The shipped examples as the server serves them: loaded and graded once, on first use, against
 * the library's live persona and rubric versions. A file with a problem is left out and logged
 * (`parley lint` reports the same problem with its line).
 */
export function shippedExamples(
  root: string,
  library: Pick<LibraryStore, "get">,
  grader: Grader,
  log: (line: string) => void,
) {
  let loaded: Promise<Example[]> | null = null;
  const resolve: ScenarioResolver = async (personaId) => {
    const persona = await library.get("persona", personaId).catch(() => null);
    if (!persona) return null;
    const rubricId = persona.value.rubric;
    const rubric = rubricId === undefined ? null : await library.get("rubric", rubricId).catch(() => null);
    return { persona, rubric };
  };
  return () => {
    loaded ??= loadShippedExamples(root, resolve, grader).then(({ examples, issues }) => {
      for (const issue of issues) log(`examples: ${formatIssue(issue)}`);
      return examples;
    });
    return loaded;
  };
}
