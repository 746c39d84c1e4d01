import { cp, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../testing/test-runtime";
import { runParley } from "../testing/cli-io";

/** `parley lint --root ROOT` in this process. */
const lint = (root: string) => runParley(["lint", "--root", root]);

describe("parley lint", () => {
  it("passes the shipped personas and rubrics", async () => {
    const result = await lint(REPO_ROOT);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/4 personas, 3 rubrics valid; 0 problems/);
  });

  it("exits 1 and names file, line and field for a broken file", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "parley-lint-"));
    await cp(path.join(REPO_ROOT, "personas"), path.join(root, "personas"), { recursive: true });
    await writeFile(
      path.join(root, "personas/broken.yaml"),
      [
        "id: broken",
        "name: Broken",
        "summary: x",
        "background: x",
        "goals: { stated: a, hidden: b }",
        "mood:",
        "  start: 14",
        "  hangup_at: 10",
        "reacts: []",
        "opening: hi",
        "offline: []",
        "",
      ].join("\n"),
    );
    const result = await lint(root);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("personas/broken.yaml:7: mood.start must be between 0 and 10");
    expect(result.stdout).toContain("personas/broken.yaml:9: reacts needs at least one reaction");
  });
});
