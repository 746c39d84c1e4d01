import { parse } from "yaml";
import { closestName } from "./closest-name";
import { parsePersona, parseRubric } from "./load-library";
import type { Persona } from "./persona-schema";
import { compilePattern, type Rubric } from "./rubric-schema";
import { type FileIssue, lineOfPath } from "./yaml-file";
import { languageMismatch, offlineRefusal } from "./language";

/** What a file may refer to: the rubric ids in the library it will be published to. */
export interface LibraryContext {
  rubricIds: readonly string[];
  /** Each rubric's language, by id: a persona must share its rubric's language. */
  rubricLanguages?: Readonly<Record<string, string>>;
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
  const at = (path: (string | number)[], field: string, message: string): FileIssue => ({
    file,
    line: lineOfPath(source, path),
    field,
    message,
  });
  const parsed = parsePersona(source, file);
  // The rubric is checked even when other fields are wrong, so every problem shows at once.
  const rubric = parsed.ok ? parsed.value.rubric : rubricNamedIn(source);
  const references: FileIssue[] = [];
  if (typeof rubric === "string" && !context.rubricIds.includes(rubric)) {
    const near = closestName(rubric, context.rubricIds);
    const known = context.rubricIds.length > 0 ? context.rubricIds.join(", ") : "none yet";
    references.push(
      at(
        ["rubric"],
        "rubric",
        `"${rubric}" is not a rubric.${near ? ` Did you mean "${near}"?` : ""} The rubrics are: ${known}.`,
      ),
    );
  }
  if (!parsed.ok) {
    const sorted = [...parsed.issues, ...references].sort((a, b) => a.line - b.line);
    return { value: null, errors: sorted, warnings: [] };
  }
  const persona = parsed.value;
  const errors = references;
  const rubricLanguage = persona.rubric === undefined ? undefined : context.rubricLanguages?.[persona.rubric];
  const mismatch =
    persona.rubric && rubricLanguage
      ? languageMismatch(persona, { id: persona.rubric, language: rubricLanguage })
      : null;
  if (mismatch) errors.push(at(["language"], "language", mismatch));
  const warnings: FileIssue[] = [];
  const offline = offlineRefusal("This persona", persona.language);
  if (offline) warnings.push(at(["language"], "language", `needs a model engine: ${offline}`));
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

function rubricNamedIn(source: string): unknown {
  try {
    const data: unknown = parse(source, { maxAliasCount: 50 });
    return data !== null && typeof data === "object" && "rubric" in data ? data.rubric : undefined;
  } catch {
    return undefined;
  }
}

export function checkRubric(source: string, file: string): CheckedFile<Rubric> {
  const parsed = parseRubric(source, file);
  if (!parsed.ok) return { value: null, errors: parsed.issues, warnings: [] };
  const warnings: FileIssue[] = [];
  parsed.value.criteria.forEach((criterion, i) => {
    if (criterion.skill === undefined)
      warnings.push({
        file,
        line: lineOfPath(source, ["criteria", i]),
        field: `criteria.${i}`,
        message: `criterion "${criterion.id}" has no skill: history and the team view list it under its name. Add skill: with a label the other rubrics use.`,
      });
    const places: [string[], (string | number)[]][] = [
      [criterion.signals.good.phrases, ["signals", "good", "phrases"]],
      [criterion.signals.bad.phrases, ["signals", "bad", "phrases"]],
      [criterion.signals.mild.phrases, ["signals", "mild", "phrases"]],
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
  const offline = offlineRefusal("This rubric", parsed.value.language);
  if (offline)
    warnings.push({
      file,
      line: lineOfPath(source, ["language"]),
      field: "language",
      message: `needs a model engine: ${offline}`,
    });
  return { value: parsed.value, errors: [], warnings };
}
