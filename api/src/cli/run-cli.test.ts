import { readFile, writeFile } from "node:fs/promises";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../testing/test-runtime";
import { COMMAND_OPTIONS, USAGE } from "./run-cli";
import { COMMAND_HELP } from "./help";
import { VERSION } from "../version";
import { runParley } from "../testing/cli-io";

describe("runCli", () => {
  afterEach(() => {
    // It returns the exit code and leaves the process alone.
    expect(process.exitCode).toBeUndefined();
  });

  it("exits 2 on an unknown command, with the usage on stderr", async () => {
    expect(await runParley(["bogus"])).toEqual({
      code: 2,
      stdout: "",
      stderr: `parley: unknown command "bogus"\n\n${USAGE}\n`,
    });
  });

  it.each([["help"], ["--help"]])("prints the usage and exits 0 for %s", async (command) => {
    expect(await runParley([command])).toEqual({ code: 0, stdout: `${USAGE}\n`, stderr: "" });
  });

  it.each([["--version"], ["-v"]])("prints the package version for %s", async (flag) => {
    const pkg = JSON.parse(await readFile(path.join(REPO_ROOT, "package.json"), "utf8")) as { version: string };
    expect(VERSION).toBe(pkg.version);
    expect(await runParley([flag])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
  });

  it("lists every command and both global flags in the usage", async () => {
    const { stdout } = await runParley(["--help"]);
    for (const word of ["lint", "grade", "eval", "--help", "--version", "Exit codes"]) expect(stdout).toContain(word);
  });

  it.each(Object.keys(COMMAND_OPTIONS) as (keyof typeof COMMAND_OPTIONS)[])(
    "%s --help lists each of its options and its exit codes, and runs nothing",
    async (command) => {
      for (const flag of ["--help", "-h"]) {
        const result = await runParley([command, flag]);
        expect(result).toEqual({ code: 0, stdout: `${COMMAND_HELP[command]}\n`, stderr: "" });
        for (const option of Object.keys(COMMAND_OPTIONS[command])) expect(result.stdout).toContain(`--${option}`);
        expect(result.stdout).toMatch(/Exit codes: 0 [^\n]+, 1 [^\n]+, 2 /);
      }
      // After other options too, and as `parley help <command>`.
      expect((await runParley([command, "--root", ".", "--help"])).stdout).toBe(`${COMMAND_HELP[command]}\n`);
      expect(await runParley(["help", command])).toEqual({ code: 0, stdout: `${COMMAND_HELP[command]}\n`, stderr: "" });
    },
  );

  it("exits 2 on help for something that is not a command", async () => {
    const result = await runParley(["help", "toString"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^parley: no help for "toString": not a command/);
  });

  it("prints the usage and exits 1 with no command", async () => {
    expect(await runParley([])).toEqual({ code: 1, stdout: `${USAGE}\n`, stderr: "" });
  });

  it.each([
    ["an unknown flag", ["lint", "--bogus"], /^parley: Unknown option '--bogus'[^\n]*\n$/],
    ["a flag without its value", ["eval", "--repeat"], /^parley: Option '--repeat <value>' argument missing\n$/],
    ["two paths to lint", ["lint", "a.yaml", "b.yaml"], /^parley: lint takes one file or folder\n$/],
    ["a path to lint that does not exist", ["lint", "extra"], /^parley: cannot read extra: no such file or folder\n$/],
  ])("exits 2 with 'parley: message' (no stack) on %s", async (_label, args, message) => {
    const result = await runParley(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(message);
  });

  it("exits 2 with 'parley: message' on a UsageError and a ConfigError", async () => {
    expect(await runParley(["grade", "t.json"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "parley: grade needs a transcript file and --rubric FILE\n",
    });
    expect(await runParley(["grade", "t.json", "--rubric", "r.yaml"], { PARLEY_ENGINE: "gpt" })).toEqual({
      code: 2,
      stdout: "",
      stderr: 'parley: Invalid environment:\n  PARLEY_ENGINE="gpt": must be auto, offline or model\n',
    });
  });

  it("exits 2 with the stack on an unexpected error", async () => {
    // A file where the library folder should be: readdir fails with ENOTDIR, which no command expects.
    const root = path.join(await mkdtemp(path.join(tmpdir(), "parley-cli-")), "a-file");
    await writeFile(root, "");
    const result = await runParley(["lint", "--root", root]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^parley: Error: ENOTDIR: not a directory[^\n]*\n +at /);
  });

  it("reads the configuration from io.env only", async () => {
    // The same command line: offline from one environment, refused by the config from another.
    const suite = path.join(REPO_ROOT, "evals/robustness/grader-injection.yaml");
    const offline = await runParley(["eval", suite, "--no-store"], { PARLEY_ENGINE: "offline" });
    expect(offline.code).toBe(0);
    expect(offline.stdout).toMatch(/^Engine: offline\n/);
    const model = await runParley(["eval", suite, "--no-store"], { PARLEY_ENGINE: "model" });
    expect(model).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "parley: Invalid environment:\n  PARLEY_ENGINE=model: set OPENAI_BASE_URL or OPENAI_API_KEY to point at a model endpoint\n",
    });
  });

  it("draws eval progress on stderr only when it is a terminal, and clears it at the end", async () => {
    const args = ["eval", path.join(REPO_ROOT, "evals/robustness/grader-injection.yaml"), "--no-store"];
    const piped = await runParley(args, { PARLEY_ENGINE: "offline" });
    expect(piped.stderr).toBe("");
    const tty = await runParley(args, { PARLEY_ENGINE: "offline" }, { stderrIsTTY: true });
    expect(tty.code).toBe(0);
    expect(tty.stdout).toBe(piped.stdout);
    expect(tty.stderr.startsWith("\r\x1b[2K")).toBe(true);
    expect(tty.stderr.length).toBeGreaterThan("\r\x1b[2K".length * 2);
    expect(tty.stderr.endsWith("\r\x1b[2K")).toBe(true);
  });
});
