import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../testing/test-runtime";

const run = promisify(execFile);
const CLI = path.join(REPO_ROOT, "api/bin/parley.js");

/** `parley ARGS` as a child process through the npm bin: the one test of the process edge (api/src/cli.ts). */
async function parley(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

// Every command's behaviour is tested in-process through runCli (run-cli.test.ts and the *-command tests).
describe("the parley process", () => {
  it("prints to stdout, reads its environment, and exits with runCli's code", async () => {
    const [lint, badEnv] = await Promise.all([
      parley(["lint"]),
      // The environment reaches the config from process.env; the error goes to stderr with exit code 2.
      parley(["grade", "t.json", "--rubric", "r.yaml"], { PARLEY_ENGINE: "gpt" }),
    ]);
    // The shipped library lints clean: no problems, and warnings only for the non-English scenarios (model engine only).
    expect(lint).toMatchObject({ code: 0, stderr: "" });
    expect(lint.stdout).toMatch(/(^|\n)26 personas, 7 rubrics valid; 0 problems; 4 warnings\n$/);
    expect(lint.stdout.split("\n").filter((line) => line.includes("warning:"))).toEqual(
      expect.arrayContaining([expect.stringMatching(/warning: language needs a model engine/)]),
    );
    expect(
      lint.stdout.split("\n").filter((line) => line.includes("warning:") && !line.includes("warning: language")),
    ).toEqual([]);
    expect(badEnv).toEqual({
      code: 2,
      stdout: "",
      stderr: 'parley: Invalid environment:\n  PARLEY_ENGINE="gpt": must be auto, offline or model\n',
    });
    // `parley lint` grades the shipped examples too: seconds more on a loaded machine.
  }, 60_000);
});
