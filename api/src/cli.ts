import { parseArgs } from "node:util";
import { lintCommand } from "./cli/lint-command";

const USAGE = `Usage: parley <command> [options]

Commands:
  lint [--root DIR]   validate every file in personas/ and rubrics/ (exit 1 on any problem)
  help                show this message`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const print = (line: string) => process.stdout.write(`${line}\n`);
  switch (command) {
    case "lint": {
      const { values } = parseArgs({ args: rest, options: { root: { type: "string", default: "." } } });
      return lintCommand(values.root, print);
    }
    case undefined:
    case "help":
    case "--help":
      print(USAGE);
      return command === undefined ? 1 : 0;
    default:
      process.stderr.write(`parley: unknown command "${command}"\n\n${USAGE}\n`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`parley: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
