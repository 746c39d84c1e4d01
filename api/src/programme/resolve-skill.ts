import type { LibraryStore } from "../db/library-store";
import { DomainError } from "../errors";
import { skillId, skillOf } from "../library/skills";
import type { AssignmentStep } from "./assignment-types";

/**
 * The skill an assignment is made for, as its rubrics spell it: given as a label or an id, it must be
 * one that some step's rubric scores (`skill_not_in_path`, naming the field, otherwise).
 */
export async function resolveSkill(
  library: LibraryStore,
  steps: AssignmentStep[],
  skill: string | undefined,
): Promise<string | null> {
  if (skill === undefined) return null;
  const wanted = skillId(skill);
  const scored: string[] = [];
  for (const rubricId of new Set(steps.map((step) => step.rubricId)))
    for (const criterion of (await library.get("rubric", rubricId)).value.criteria) {
      const label = skillOf(criterion);
      if (skillId(label) === wanted) return label;
      if (!scored.includes(label)) scored.push(label);
    }
  const message = `no rubric of this path scores "${skill}"; it scores ${scored.map((label) => `"${label}"`).join(", ")}`;
  throw new DomainError("skill_not_in_path", `skill: ${message}`, { issues: [{ field: "skill", message }] });
}
