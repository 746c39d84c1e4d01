import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { checkPersona, checkRubric } from "../library/authoring-checks";
import { loadLibrary } from "../library/load-library";
import { skillWarnings } from "../library/skills";
import { type FileIssue, formatIssue } from "../library/yaml-file";
import { UsageError } from "./grade-command";
import { lintExamples } from "./lint-examples";

const LIBRARY_FOLDERS = new Set(["personas", "rubrics", "examples"]);

/**
 * `parley lint [PATH]`: validates a library (a folder holding personas/ and rubrics/), one of those
 * folders, or one file; prints each problem and warning as file:line. Exit code 1 on any problem
 * (warnings alone pass). A persona's rubric must exist in the library's rubrics/ (`--root`, or the
 * folder above the file's personas/).
 */
export async function lintCommand(args: { path?: string; root?: string }, out: (line: string) => void) {
  const report = args.path === undefined ? await lintLibrary(args.root ?? ".") : await lintPath(args.path, args.root);
  for (const issue of report.errors) out(formatIssue(issue));
  for (const issue of report.warnings) out(formatIssue({ ...issue, field: `warning: ${issue.field}` }));
  if (report.examples) out(report.examples);
  const warned = report.warnings.length > 0 ? `; ${plural(report.warnings.length, "warning")}` : "";
  out(`${report.summary}; ${plural(report.errors.length, "problem")}${warned}`);
  return report.errors.length > 0 ? 1 : 0;
}

async function lintPath(target: string, root: string | undefined): Promise<LintReport> {
  const isFolder = await stat(target).then(
    (s) => s.isDirectory(),
    () => {
      throw new UsageError(`cannot read ${target}: no such file or folder`);
    },
  );
  const folder = path.basename(path.resolve(target));
  if (!isFolder) return lintFile(target, root ?? libraryRootOf(target));
  return LIBRARY_FOLDERS.has(folder)
    ? lintLibrary(root ?? path.dirname(path.resolve(target)), folder)
    : lintLibrary(target);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** `x/personas/a.yaml` belongs to the library `x`; a file anywhere else is checked against `.`. */
const libraryRootOf = (file: string) => {
  const folder = path.dirname(path.resolve(file));
  return LIBRARY_FOLDERS.has(path.basename(folder)) ? path.dirname(folder) : ".";
};

const libraryContext = (rubrics: { value: { id: string; language: string } }[]) => ({
  rubricIds: rubrics.map((entry) => entry.value.id),
  rubricLanguages: Object.fromEntries(rubrics.map((entry) => [entry.value.id, entry.value.language])),
});

interface LintReport {
  summary: string;
  /** How many shipped examples were graded, when the library has any. */
  examples?: string;
  errors: FileIssue[];
  warnings: FileIssue[];
}

async function lintLibrary(root: string, only?: string): Promise<LintReport> {
  const library = await loadLibrary(root);
  const context = libraryContext(library.rubrics);
  const checked = library.personas.map((e) => checkPersona(e.source, e.file, context));
  const warnings = [
    ...checked.flatMap((result) => result.warnings),
    ...library.rubrics.flatMap((e) => checkRubric(e.source, e.file).warnings),
    ...skillWarnings(library.rubrics, library.personas),
  ];
  const inScope = (issue: FileIssue) => only === undefined || issue.file.startsWith(`${only}/`);
  const counts = [
    only !== "rubrics" ? plural(library.personas.length, "persona") : "",
    only !== "personas" ? plural(library.rubrics.length, "rubric") : "",
  ].filter(Boolean);
  const examples = only === undefined || only === "examples" ? await lintExamples(root, library) : null;
  return {
    summary: `${counts.join(", ")} valid`,
    // Missing rubrics are already among the library's issues; the language check is not.
    errors: [
      ...library.issues,
      ...checked.flatMap((result) => result.errors.filter((issue) => issue.field === "language")),
    ]
      .filter(inScope)
      .concat(examples?.issues ?? []),
    warnings: warnings.filter(inScope),
    ...(examples?.line ? { examples: examples.line } : {}),
  };
}

async function lintFile(file: string, root: string): Promise<LintReport> {
  if (path.basename(path.dirname(path.resolve(file))) === "examples") {
    const examples = await lintExamples(root, await loadLibrary(root), path.basename(file));
    const errors = examples.issues;
    return { summary: `${file}: ${errors.length === 0 ? "valid" : "not valid"}`, errors, warnings: [] };
  }
  const source = await readFile(file, "utf8");
  // Which kind: the folder it is in, else its content (only rubrics have criteria).
  const folder = path.basename(path.dirname(path.resolve(file)));
  const isRubric = folder === "rubrics" || (folder !== "personas" && /^criteria\s*:/m.test(source));
  const checked = isRubric
    ? checkRubric(source, file)
    : checkPersona(source, file, libraryContext((await loadLibrary(root)).rubrics));
  const errors = [...checked.errors];
  const expected = path.basename(file).replace(/\.ya?ml$/, "");
  if (checked.value && checked.value.id !== expected)
    errors.push({
      file,
      line: 1,
      field: "id",
      message: `"${checked.value.id}" must match the file name "${expected}"`,
    });
  return { summary: `${file}: ${errors.length === 0 ? "valid" : "not valid"}`, errors, warnings: checked.warnings };
}
