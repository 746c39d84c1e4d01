import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadLibrary } from "../library/load-library";
import { REPO_ROOT } from "../testing/test-runtime";
import { runParley } from "../testing/cli-io";

/** A copy of the shipped library with one file changed. */
async function libraryWith(file: string, change: (source: string) => string) {
  const root = await mkdtemp(path.join(tmpdir(), "parley-skills-"));
  await cp(path.join(REPO_ROOT, "personas"), path.join(root, "personas"), { recursive: true });
  await cp(path.join(REPO_ROOT, "rubrics"), path.join(root, "rubrics"), { recursive: true });
  const source = await readFile(path.join(root, file), "utf8");
  const changed = change(source);
  expect(changed).not.toBe(source);
  await writeFile(path.join(root, file), changed);
  return root;
}

describe("skills: one vocabulary across rubrics and personas", () => {
  it("every shipped criterion has a skill, and every persona tag is a criterion's skill", async () => {
    const library = await loadLibrary(REPO_ROOT);
    const criteria = library.rubrics.flatMap((entry) => entry.value.criteria);
    expect(criteria.filter((criterion) => criterion.skill === undefined).map((c) => c.id)).toEqual([]);
    const skills = new Set(criteria.map((criterion) => criterion.skill));
    const tags = library.personas.flatMap((entry) => entry.value.skills);
    expect(tags.filter((tag) => !skills.has(tag))).toEqual([]);
    // Shared: at least one skill is carried by criteria of several rubrics.
    expect(library.rubrics.filter((entry) => entry.value.criteria.some((c) => c.skill === "Next steps")).length).toBe(
      3,
    );
  });

  it("warns (exit 0) about a near-duplicate label, naming file, line and the spelling it resembles", async () => {
    const root = await libraryWith("rubrics/hardship-support.yaml", (s) =>
      s.replace("skill: Next steps", "skill: Next step"),
    );
    const result = await runParley(["lint", "--root", root]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /rubrics\/hardship-support\.yaml:\d+: warning: criteria\.3\.skill "Next step" looks like the skill "Next steps"/,
    );
    // The one warning besides the non-English files' "needs a model engine".
    expect(
      result.stdout.split("\n").filter((line) => line.includes("warning:") && !line.includes("warning: language")),
    ).toHaveLength(1);
    expect(result.stdout).toMatch(/0 problems; \d+ warnings\n$/);
  });

  it("warns about a criterion without a skill and a persona tag no criterion carries", async () => {
    const noSkill = await libraryWith("rubrics/discovery-call.yaml", (s) => s.replace(/\n {4}skill: Listening/, ""));
    const missing = await runParley(["lint", "--root", noSkill]);
    expect(missing.stdout).toMatch(
      /rubrics\/discovery-call\.yaml:\d+: warning: criteria\.1 criterion "reflects-before-pitching" has no skill/,
    );
    const stray = await libraryWith("personas/gym-cancel-moving.yaml", (s) =>
      s.replace("skills: [Honouring the request, Listening]", "skills: [Honouring the request, Retention]"),
    );
    const tagged = await runParley(["lint", "--root", stray]);
    expect(tagged.code).toBe(0);
    expect(tagged.stdout).toMatch(
      /personas\/gym-cancel-moving\.yaml:\d+: warning: skills\.1 "Retention" is not the skill of any rubric's criterion/,
    );
  });
});
