import { closestName } from "./closest-name";
import { parsePersona, parseRubric } from "./load-library";
import type { Persona } from "./persona-schema";
import { compilePattern, type Rubric } from "./rubric-schema";
import { type FileIssue, lineOfPath } from "./yaml-file";

/** What a file may refer to: the rubric ids in the library it will be published to. */
export interface LibraryContext {
  rubricIds: readonly string[];
}

/**
 * A file checked the way the editor, `parley lint` and publishing check it: `errors` (schema and
 * references; any one refuses the file) and `warnings` (it works, but probably not as meant).
 */
export interface CheckedFile<T> {
  value: T | null;
  errors: FileIssue[];
  warnings: FileIssue[];
}

export function checkPersona(source: string, file: string, context: LibraryContext): CheckedFile<Persona> {
  const parsed = parsePersona(source, file);
  if (!parsed.ok) return { value: null, errors: parsed.issues, warnings: [] };
  const persona = parsed.value;
  const at = (path: (string | number)[], field: string, message: string): FileIssue => ({
    file,
    line: lineOfPath(source, path),
    field,
    message,
  });
  const errors: FileIssue[] = [];
  if (persona.rubric !== undefined && !context.rubricIds.includes(persona.rubric)) {
    const near = closestName(persona.rubric, context.rubricIds);
    const known = context.rubricIds.length > 0 ? context.rubricIds.join(", ") : "none yet";
    errors.push(
      at(
        ["rubric"],
        "rubric",
        `"${persona.rubric}" is not a rubric.${near ? ` Did you mean "${near}"?` : ""} The rubrics are: ${known}.`,
      ),
    );
  }
  const warnings: FileIssue[] = [];
  if (persona.ends_when.length === 0)
    warnings.push(
      at(
        ["ends_when"],
        "ends_when",
        "has no good ending: only hanging up ends this call. Add a rule such as { outcome: resolved, on: offers_remedy, mood_at_most: 4 }.",
      ),
    );
  return { value: persona, errors, warnings };
}

export function checkRubric(source: string, file: string): CheckedFile<Rubric> {
  const parsed = parseRubric(source, file);
  if (!parsed.ok) return { value: null, errors: parsed.issues, warnings: [] };
  const warnings: FileIssue[] = [];
  parsed.value.criteria.forEach((criterion, i) => {
    const places: [string[], (string | number)[]][] = [
      [criterion.signals.good.phrases, ["signals", "good", "phrases"]],
      [criterion.signals.bad.phrases, ["signals", "bad", "phrases"]],
      ...criterion.checks.flatMap((check, j): [string[], (string | number)[]][] => [
        [check.must_include ?? [], ["checks", j, "must_include"]],
        [check.must_not_include ?? [], ["checks", j, "must_not_include"]],
      ]),
    ];
    for (const [patterns, path] of places)
      patterns.forEach((pattern, k) => {
        if (compilePattern(pattern) === null || criterion.labels[pattern]) return;
        const full = ["criteria", i, ...path, k];
        warnings.push({
          file,
          line: lineOfPath(source, full),
          field: full.join("."),
          message: `the pattern ${pattern} has no label, so scorecards show the words it matched. Write it as { pattern: '${pattern}', label: "asks …" } to name what the rep did.`,
        });
      });
  });
  return { value: parsed.value, errors: [], warnings };
}
