import { parseArgs } from "node:util";
import { ConfigError } from "./config";
import { evalCommand } from "./cli/eval-command";
import { gradeCommand, UsageError } from "./cli/grade-command";
import { lintCommand } from "./cli/lint-command";

const USAGE = `Usage: parley <command> [options]

Commands:
  lint [--root DIR]   validate every file in personas/ and rubrics/ (exit 1 on any problem)
  grade TRANSCRIPT.json --rubric RUBRIC.yaml [--engine offline|model] [--json]
                      grade a transcript (a JSON list of { role: "customer"|"rep", text });
                      exit 0 when it passes, 1 when it fails, 2 on bad input
  eval [FILES or FOLDERS] [--engine offline|model] [--repeat N] [--baseline REPORT.json]
       [--record | --replay] [--recordings DIR] [--json OUT] [--junit OUT] [--html OUT]
       [--price IN,OUT] [--root DIR] [--label TEXT] [--no-store]
       [--server URL [--token TOKEN]]
                      run eval suites (default: evals/); exit 1 when any check fails,
                      2 on a broken suite or a request --replay has no recording for.
                      The run is stored in the app's database (PARLEY_DB) for the Evals
                      page; with --server (token from --token or PARLEY_TOKEN) the suites
                      run on that Parley server and the run is stored there
  help                show this message`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const print = (line: string) => process.stdout.write(`${line}\n`);
  switch (command) {
    case "lint": {
      const { values } = parseArgs({ args: rest, options: { root: { type: "string", default: "." } } });
      return lintCommand(values.root, print);
    }
    case "grade": {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { rubric: { type: "string" }, engine: { type: "string" }, json: { type: "boolean", default: false } },
      });
      const [transcriptFile] = positionals;
      if (!transcriptFile || !values.rubric) throw new UsageError("grade needs a transcript file and --rubric FILE");
      return gradeCommand({ transcriptFile, rubricFile: values.rubric, engine: values.engine, json: values.json }, print);
    }
    case "eval": {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          engine: { type: "string" },
          root: { type: "string", default: "." },
          repeat: { type: "string", default: "1" },
          baseline: { type: "string" },
          record: { type: "boolean", default: false },
          replay: { type: "boolean", default: false },
          recordings: { type: "string" },
          json: { type: "string" },
          junit: { type: "string" },
          html: { type: "string" },
          price: { type: "string" },
          label: { type: "string" },
          "no-store": { type: "boolean", default: false },
          server: { type: "string" },
          token: { type: "string" },
        },
      });
      const { "no-store": noStore, ...evalValues } = values;
      const paths = positionals.length > 0 ? positionals : [`${values.root}/evals`];
      const progress = process.stderr.isTTY ? (line: string) => process.stderr.write(`\r\x1b[2K${line}`) : undefined;
      const code = await evalCommand({ ...evalValues, store: !noStore, paths, repeat: Number(values.repeat), progress }, print);
      if (progress) process.stderr.write("\r\x1b[2K");
      return code;
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
    const expected =
      error instanceof UsageError ||
      error instanceof ConfigError ||
      (error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"));
    const message = error instanceof Error ? (expected ? error.message : (error.stack ?? error.message)) : String(error);
    process.stderr.write(`parley: ${message}\n`);
    process.exitCode = 2;
  },

);
