import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runParley } from "../testing/cli-io";
import { REPO_ROOT } from "../testing/test-runtime";

/** A copy of the library with the shipped examples, to break one file at a time. */
async function library() {
  const root = await mkdtemp(path.join(tmpdir(), "parley-lint-examples-"));
  for (const folder of ["personas", "rubrics", "examples"])
    await cp(path.join(REPO_ROOT, folder), path.join(root, folder), { recursive: true });
  return root;
}

describe("parley lint: shipped examples", () => {
  it("grades every shipped example as labelled", async () => {
    const result = await runParley(["lint", "--root", REPO_ROOT]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/(\d+) of \1 example file\(s\) graded as labelled/);
  });

  it("names file, line and field for a broken example, an unknown scenario and a label the grader contradicts", async () => {
    const root = await library();
    await writeFile(
      path.join(root, "examples/broken.yaml"),
      [
        "title: Broken",
        "persona: bill-went-up",
        "quality: great",
        "turns:",
        "  - customer: hi",
        "    rep: hello",
        "",
      ].join("\n"),
    );
    await writeFile(
      path.join(root, "examples/nobody.yaml"),
      [
        "title: Nobody",
        "persona: no-such-persona",
        "quality: good",
        "turns:",
        "  - customer: hi",
        "  - rep: hello",
        "",
      ].join("\n"),
    );
    // A poor call labelled good: the offline grader fails it, so the file is a problem, not an example.
    const poor = await readFile(path.join(root, "examples/bill-went-up-poor.yaml"), "utf8");
    await writeFile(path.join(root, "examples/bill-went-up-poor.yaml"), poor.replace("quality: poor", "quality: good"));
    const result = await runParley(["lint", "--root", root]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('examples/broken.yaml:3: quality Invalid option: expected one of "good"|"poor"');
    expect(result.stdout).toContain("examples/broken.yaml:5: turns.0 give exactly one of customer or rep");
    expect(result.stdout).toContain('examples/nobody.yaml:2: persona "no-such-persona" is not a persona in personas/');
    expect(result.stdout).toMatch(
      /examples\/bill-went-up-poor\.yaml:3: quality is "good" but the offline grader fails it/,
    );

    const one = await runParley(["lint", path.join(root, "examples/nobody.yaml"), "--root", root]);
    expect(one.code).toBe(1);
    expect(one.stdout).toContain("not valid; 1 problem");
  });
});
