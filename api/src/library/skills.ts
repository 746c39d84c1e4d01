import type { Persona } from "./persona-schema";
import type { Rubric } from "./rubric-schema";
import type { FileIssue } from "./yaml-file";
import { lineOfPath } from "./yaml-file";

/**
 * Skills are the library's shared vocabulary: every criterion carries a `skill` label, and a skill
 * is one row wherever it appears (team view, history, assignments). Labels are free text, so a new
 * skill needs no code change; what keeps the vocabulary shared is `parley lint`, which warns about a
 * criterion without one, two labels that are near-duplicates ("Next step" / "Next steps") and a
 * persona tag that no rubric's criterion carries.
 */

/** A skill's id: its label in lower case, words joined by "-" ("Next steps" → "next-steps"). */
export function skillId(label: string): string {
  return label
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** A criterion's skill label; its name when it has none (the lint warns). */
export const skillOf = (criterion: { skill?: string | undefined; name: string }) => criterion.skill ?? criterion.name;

/** What two labels are compared by: words without case, punctuation or a plural "s", in any order. */
function nearKey(label: string): string {
  return skillId(label)
    .split("-")
    .map((word) => (word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word))
    .sort()
    .join(" ");
}

/** Labels that differ but mean the same skill, each paired with the first spelling seen. */
export function nearDuplicates(labels: readonly string[]): { label: string; same: string }[] {
  const first = new Map<string, string>();
  const found: { label: string; same: string }[] = [];
  for (const label of labels) {
    const key = nearKey(label);
    const seen = first.get(key);
    if (seen === undefined) first.set(key, label);
    else if (seen !== label && !found.some((pair) => pair.label === label)) found.push({ label, same: seen });
  }
  return found;
}

interface SourcedFile<T> {
  file: string;
  source: string;
  value: T;
}

/** The library-wide skill warnings `parley lint` adds to each file's own: near-duplicates and stray persona tags. */
export function skillWarnings(rubrics: SourcedFile<Rubric>[], personas: SourcedFile<Persona>[]): FileIssue[] {
  const warnings: FileIssue[] = [];
  const at = (entry: SourcedFile<unknown>, path: (string | number)[], message: string): FileIssue => ({
    file: entry.file,
    line: lineOfPath(entry.source, path),
    field: path.join("."),
    message,
  });
  const labels: { label: string; entry: SourcedFile<unknown>; path: (string | number)[] }[] = [];
  for (const entry of rubrics)
    entry.value.criteria.forEach((criterion, i) => {
      if (criterion.skill !== undefined) labels.push({ label: criterion.skill, entry, path: ["criteria", i, "skill"] });
    });
  const known = new Set(labels.map((item) => nearKey(item.label)));
  for (const entry of personas)
    entry.value.skills.forEach((label, i) => {
      labels.push({ label, entry, path: ["skills", i] });
      if (!known.has(nearKey(label)))
        warnings.push(
          at(
            entry,
            ["skills", i],
            `"${label}" is not the skill of any rubric's criterion, so the Practise filter lists a skill nothing scores. Use one of: ${[...new Set(labels.filter((item) => item.path[0] === "criteria").map((item) => item.label))].sort().join(", ")}.`,
          ),
        );
    });
  for (const { label, same } of nearDuplicates(labels.map((item) => item.label)))
    for (const item of labels.filter((candidate) => candidate.label === label))
      warnings.push(
        at(
          item.entry,
          item.path,
          `"${label}" looks like the skill "${same}": spell it the same, or it counts as another skill.`,
        ),
      );
  return warnings;
}
