import { type ParseArgsConfig, parseArgs } from "node:util";
import { ConfigError } from "../config";
import { doctorCommand } from "./doctor-command";
import { evalCommand } from "./eval-command";
import { gradeCommand, UsageError } from "./grade-command";
import { lintCommand } from "./lint-command";
import { migrateCommand } from "./migrate-command";
import { COMMAND_HELP, USAGE } from "./help";
import { VERSION } from "../version";

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

export { USAGE } from "./help";

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

const HELP_FLAGS = new Set(["--help", "-h"]);

/** Each command's options (node:util parseArgs); its --help text lists every one of them. */
export const COMMAND_OPTIONS = {
  lint: { root: { type: "string" } },
  doctor: { model: { type: "boolean", default: false } },
  migrate: {},
  grade: { rubric: { type: "string" }, engine: { type: "string" }, json: { type: "boolean", default: false } },
  eval: {
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
} as const satisfies Record<keyof typeof COMMAND_HELP, ParseArgsConfig["options"]>;

const helpFor = (command: string | undefined): string | undefined =>
  command !== undefined && Object.hasOwn(COMMAND_HELP, command)
    ? COMMAND_HELP[command as keyof typeof COMMAND_HELP]
    : undefined;

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  const print = (line: string) => io.stdout(line);
  if (command === "--version" || command === "-v") {
    print(VERSION);
    return 0;
  }
  const commandHelp = helpFor(command);
  if (commandHelp !== undefined && rest.some((arg) => HELP_FLAGS.has(arg))) {
    print(commandHelp);
    return 0;
  }
  if (command === "help" && rest[0] !== undefined) {
    const topic = helpFor(rest[0]);
    if (topic === undefined) {
      io.stderr(`parley: no help for "${rest[0]}": not a command\n\n${USAGE}\n`);
      return 2;
    }
    print(topic);
    return 0;
  }
  switch (command) {
    case "lint": {
      const { values, positionals } = parseArgs({ args: rest, options: COMMAND_OPTIONS.lint, allowPositionals: true });
      if (positionals.length > 1) throw new UsageError("lint takes one file or folder");
      return lintCommand({ path: positionals[0], root: values.root }, print);
    }
    case "grade": {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: COMMAND_OPTIONS.grade,
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
        options: COMMAND_OPTIONS.eval,
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
    case "migrate": {
      parseArgs({ args: rest, options: COMMAND_OPTIONS.migrate });
      return migrateCommand({ env: io.env }, print);
    }
    case "doctor": {
      const { values } = parseArgs({ args: rest, options: COMMAND_OPTIONS.doctor });
      return doctorCommand({ model: values.model, env: io.env }, print);
    }
    case undefined:
    case "help":
    case "--help":
    case "-h":
      print(USAGE);
      return command === undefined ? 1 : 0;
    default:
      io.stderr(`parley: unknown command "${command}"\n\n${USAGE}\n`);
      return 2;
  }
}
