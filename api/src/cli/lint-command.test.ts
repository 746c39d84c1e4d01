import { cp, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
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
    expect(result.stdout).toMatch(/26 personas, 7 rubrics valid; 0 problems; 4 warnings/);
  });

  it("accepts a non-English persona or rubric with a warning that it needs a model engine", async () => {
    const result = await lint(REPO_ROOT);
    expect(result.stdout).toContain(
      "personas/factura-luz-estimada-es.yaml:17: warning: language needs a model engine: This persona is in Spanish (es); the offline engine supports English only.",
    );
    expect(result.stdout).toContain(
      "rubrics/stoerung-kundenservice-de.yaml:7: warning: language needs a model engine: This rubric is in German (de)",
    );
  });

  it("refuses a persona whose language is not its rubric's, and a tag that is not BCP-47", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "parley-lint-"));
    await cp(path.join(REPO_ROOT, "rubrics"), path.join(root, "rubrics"), { recursive: true });
    await mkdir(path.join(root, "personas"));
    const spanish = await readFile(path.join(REPO_ROOT, "personas/factura-luz-estimada-es.yaml"), "utf8");
    await writeFile(
      path.join(root, "personas/factura-luz-estimada-es.yaml"),
      spanish.replace("rubric: atencion-reclamaciones-es", "rubric: service-recovery"),
    );
    await writeFile(
      path.join(root, "personas/bad-tag.yaml"),
      spanish.replace("id: factura-luz-estimada-es", "id: bad-tag").replace("language: es", "language: spanish!"),
    );
    const result = await lint(root);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'personas/factura-luz-estimada-es.yaml:17: language Persona "factura-luz-estimada-es" speaks Spanish (es) but rubric "service-recovery" judges in English (en): a persona and its rubric must share a language.',
    );
    expect(result.stdout).toMatch(/personas\/bad-tag\.yaml:17: language must be a BCP-47 language tag/);
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

describe("parley lint FILE", () => {
  const persona = (rubric: string, endsWhen = true) =>
    [
      "id: hotel-overbooked",
      "name: Priya",
      "summary: Arrives at midnight to find her room given away",
      `rubric: ${rubric}`,
      "background: Booked months ago.",
      "goals: { stated: A room tonight, hidden: Would take a partner hotel with a taxi paid }",
      "mood: { start: 6, hangup_at: 10 }",
      "reacts:",
      "  - { to: apologises, mood: -1 }",
      ...(endsWhen ? ["ends_when:", "  - { outcome: room_found, on: offers_remedy, mood_at_most: 5 }"] : []),
      'opening: "You gave my room away?"',
      "offline:",
      '  - { when: nothing, say: ["So what now?"] }',
      "",
    ].join("\n");

  async function library(files: Record<string, string>) {
    const root = await mkdtemp(path.join(tmpdir(), "parley-lint-file-"));
    await cp(path.join(REPO_ROOT, "rubrics"), path.join(root, "rubrics"), { recursive: true });
    await mkdir(path.join(root, "personas"));
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(root, name), text);
    return root;
  }

  it("checks one persona file, with its rubric looked up in the library it sits in", async () => {
    const root = await library({ "personas/hotel-overbooked.yaml": persona("service-recovery") });
    const result = await runParley(["lint", path.join(root, "personas/hotel-overbooked.yaml")]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/hotel-overbooked\.yaml: valid; 0 problems\n$/);
  });

  it("fails a persona naming a rubric that does not exist, listing the rubrics there are", async () => {
    const root = await library({ "personas/hotel-overbooked.yaml": persona("service-recovry") });
    const result = await runParley(["lint", path.join(root, "personas/hotel-overbooked.yaml")]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'hotel-overbooked.yaml:4: rubric "service-recovry" is not a rubric. Did you mean "service-recovery"? The rubrics are: atencion-reclamaciones-es, discovery-call, hardship-support, policy-service, retention-call, service-recovery, stoerung-kundenservice-de.',
    );
  });

  it("warns (and passes) for a persona with no good ending; lints one folder", async () => {
    const root = await library({ "personas/hotel-overbooked.yaml": persona("service-recovery", false) });
    const result = await runParley(["lint", path.join(root, "personas")]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("personas/hotel-overbooked.yaml:1: warning: ends_when has no good ending");
    expect(result.stdout).toMatch(/1 persona valid; 0 problems; 1 warning\n$/);
  });

  it("names the nearest move and lists every move for an unknown one", async () => {
    const text = persona("service-recovery").replace("to: apologises", "to: apologize");
    const root = await library({ "personas/hotel-overbooked.yaml": text });
    const result = await runParley(["lint", path.join(root, "personas/hotel-overbooked.yaml")]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /:9: reacts\.0\.to "apologize" is not a move\. Did you mean "apologises"\? The moves are: greets, .*, rambles\./,
    );
  });

  it("exits 2 for a path that does not exist", async () => {
    const result = await runParley(["lint", "no/such/file.yaml"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("cannot read no/such/file.yaml");
  });
});
