import { realpathSync } from "node:fs";
import { REPO_ROOT } from "./test-runtime";
import { type CliIo, runCli } from "../cli/run-cli";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `parley ARGS` in this process with a capturing io: what it printed and its exit code, as a
 * child process would give them. `env` is the whole environment the CLI sees (nothing of this
 * process's leaks in); stderr is not a terminal unless `stderrIsTTY`.
 */
export async function runParley(
  args: string[],
  env: CliIo["env"] = {},
  options: { stderrIsTTY?: boolean } = {},
): Promise<CliResult> {
  // Relative paths (evals/..., the default --root .) resolve against the process's folder, as they
  // did against the child processes' cwd: the repository.
  if (realpathSync(process.cwd()) !== realpathSync(REPO_ROOT))
    throw new Error(`CLI tests run from the repository root (${REPO_ROOT}), not ${process.cwd()}`);
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    stdout: (line) => {
      stdout += `${line}\n`;
    },
    stderr: (text) => {
      stderr += text;
    },
    stderrIsTTY: options.stderrIsTTY ?? false,
    env,
  });
  return { code, stdout, stderr };
}
