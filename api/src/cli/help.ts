/** What `parley --help` and `parley <command> --help` print: options and exit codes per command. */

export const USAGE = `Usage: parley <command> [options]

Commands:
  lint     validate personas, rubrics and examples: the library, one folder or one file
  grade    grade one transcript against a rubric
  eval     run the eval suites (default: evals/), here or on a Parley server
  doctor   check the model endpoint (--model): chat, streaming, structured output, context
  migrate  apply pending database migrations (DATABASE_URL or PARLEY_DB) and exit
  help     show this message (parley help <command>: that command's options)

Options:
  --help, -h       show this message; after a command, that command's options and exit codes
  --version, -v    print Parley's version

Exit codes: 0 success, 1 a check failed (see each command), 2 bad input or an unexpected error.
Run "parley <command> --help" for a command's options.`;

export const COMMAND_HELP: Readonly<Record<"lint" | "grade" | "eval" | "doctor" | "migrate", string>> = {
  migrate: `Usage: parley migrate

Applies the pending migrations to the configured database and exits: PostgreSQL when DATABASE_URL
is set, else the SQLite file PARLEY_DB (default data/parley.db, created if missing). Run it once
before starting replicas; servers also migrate at start, so it is never required. On PostgreSQL it
takes the advisory lock a starting server takes, so running it beside live servers is safe.

Options:
  --help, -h    show this message

Exit codes: 0 the database is up to date, 1 it could not be reached or migrated, 2 bad options or environment.`,
  doctor: `Usage: parley doctor --model

Checks the model endpoint Parley is configured for (OPENAI_BASE_URL or OPENAI_API_KEY, and
PARLEY_PERSONA_MODEL and PARLEY_GRADER_MODEL): a chat reply, a streamed reply, each
structured-output mode (strict json_schema, json_object with the schema in the prompt, the prompt
alone), the context length when the endpoint's model list states it, and the latency of each;
then prints what to set.

Options:
  --model       check the model endpoint
  --help, -h    show this message

Exit codes: 0 every model works for Parley, 1 one does not, 2 no endpoint configured or bad options.
A model does not work when it is down, cannot chat or stream, or has no structured-output mode that
gives a valid answer.`,
  lint: `Usage: parley lint [FILE | FOLDER] [--root DIR]

Validates personas and rubrics and prints each problem as file:line: message, then each warning
(it works, but probably not as meant: a persona with no good ending, an unlabelled pattern).
FOLDER may hold personas/ and rubrics/ (default: .) or be one of them; FILE is one persona or
rubric, and a persona's rubric must exist in the library it belongs to. Shipped examples
(examples/*.yaml) are parsed and graded offline: a "good" one the grader fails, or a "poor" one it
passes, is a problem (examples/README.md).

Options:
  --root DIR    the library (holding personas/ and rubrics/) that a FILE's references are checked
                against (default: the folder above the file's personas/ or rubrics/, else .)
  --help, -h    show this message

Exit codes: 0 no problems (warnings allowed), 1 at least one problem, 2 bad options or no such path.`,
  grade: `Usage: parley grade TRANSCRIPT.json --rubric RUBRIC.yaml [--engine offline|model] [--json]

Grades a transcript (a JSON list of { role: "customer"|"rep", text }) against a rubric and prints
a readable scorecard.

Options:
  --rubric FILE            the rubric file (required)
  --engine offline|model   which grader runs (default: from the environment, offline without a model endpoint)
  --json                   print the scorecard as JSON
  --help, -h               show this message

Exit codes: 0 the transcript passes, 1 it fails, 2 bad input (a missing or malformed file, bad options).`,
  eval: `Usage: parley eval [FILES or FOLDERS] [options]

Runs eval suites (default: evals/) and prints agreement with the human scores. The run is stored
in the app's database (PARLEY_DB) for the Evals page; with --server the suites run on that Parley
server and the run is stored there (the sandbox calls it opens are abandoned when it ends).

Options:
  --engine offline|model    which engine runs (default: from the environment)
  --repeat N                run each case N times (default: 1)
  --baseline REPORT.json    compare with an earlier --json report
  --record | --replay       record the model's answers, or replay recorded ones (no model calls)
  --recordings DIR          where recordings are kept
  --json OUT                write the report as JSON
  --junit OUT               write a JUnit XML report
  --html OUT                write an HTML report
  --price IN,OUT            price per million input and output tokens, for the cost line
  --root DIR                the folder holding evals/, personas/ and rubrics/ (default: .)
  --label TEXT              a label for the stored run (e.g. a commit)
  --no-store                do not store the run
  --server URL              run on a Parley server (a trainer's or admin's API token)
  --token TOKEN             the API token for --server (default: PARLEY_TOKEN)
  --help, -h                show this message

Exit codes: 0 every check passed, 1 a check failed, 2 a broken suite, bad options, or a request
--replay has no recording for.`,
};
