import { parseArgs } from "node:util";
import { ConfigError } from "../config";
import { evalCommand } from "./eval-command";
import { gradeCommand, UsageError } from "./grade-command";
import { lintCommand } from "./lint-command";

/**
 * Everything the CLI takes from the process, so it can run in-process (tests) as well as from
 * `api/src/cli.ts` (the process edge, which passes the real process).
 *
 * Relative paths (arguments, `--root`, `PARLEY_DB`) are not in here: the commands hand them to
 * node's fs and to the library, suite and recording loaders, which resolve them against
 * `process.cwd()`; callers that need another folder pass absolute paths.
 */
export interface CliIo {
  /** Writes one line of output; the newline is added. */
  stdout(line: string): void;
  /** Writes text to stderr as is: errors (with their own newline) and the eval progress line. */
  stderr(text: string): void;
  /** Whether stderr is a terminal: `parley eval` then draws a live progress line on it. */
  stderrIsTTY: boolean;
  /**
   * The environment the configuration is read from (`parseConfig`): PARLEY_DB, PARLEY_ENGINE,
   * OPENAI_*, PARLEY_*_MODEL, PARLEY_TOKEN for `eval --server`, ... At the edge: `process.env`.
   */
  env: Readonly<Record<string, string | undefined>>;
}

export const USAGE = `Usage: parley <command> [options]

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

/**
 * Runs one `parley` command line and returns its exit code: 0 and 1 as the command decides,
 * 2 for bad input (an unknown command, a bad option, a UsageError or ConfigError, printed as
 * "parley: message") and for an unexpected error (printed with its stack). Never exits the process.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    const expected =
      error instanceof UsageError ||
      error instanceof ConfigError ||
      (error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"));
    const message =
      error instanceof Error ? (expected ? error.message : (error.stack ?? error.message)) : String(error);
    io.stderr(`parley: ${message}\n`);
    return 2;
  }
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  const print = (line: string) => io.stdout(line);
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
      return gradeCommand(
        { transcriptFile, rubricFile: values.rubric, engine: values.engine, json: values.json, env: io.env },
        print,
      );
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
      const progress = io.stderrIsTTY ? (line: string) => io.stderr(`\r\x1b[2K${line}`) : undefined;
      const code = await evalCommand(
        { ...evalValues, store: !noStore, paths, repeat: Number(values.repeat), progress, env: io.env },
        print,
      );
      if (progress) io.stderr("\r\x1b[2K");
      return code;
    }
    case undefined:
    case "help":
    case "--help":
      print(USAGE);
      return command === undefined ? 1 : 0;
    default:
      io.stderr(`parley: unknown command "${command}"\n\n${USAGE}\n`);
      return 2;
  }
}
