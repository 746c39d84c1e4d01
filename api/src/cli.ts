// The process edge of the `parley` CLI: the real stdout, stderr and environment in, the exit code out.
// Everything else is runCli (api/src/cli/run-cli.ts), which tests call in-process.
import { runCli } from "./cli/run-cli";
import { processEnvironment } from "./config";

void runCli(process.argv.slice(2), {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: process.stderr.isTTY === true,
  env: processEnvironment(),
}).then((code) => {
  process.exitCode = code;
});
