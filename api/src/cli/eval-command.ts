import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { readConfig } from "../config";
import { createEngines } from "../engines";
import { type RobustnessReport, runRobustnessSuite } from "../evals/run-robustness";
import { robustnessSuite } from "../evals/robustness-suite";
import { scoreTranscript } from "../grading/score-transcript";
import { createUsageMeter } from "../grading/usage";
import { loadLibrary } from "../library/load-library";
import { formatIssue, parseYamlWithSchema } from "../library/yaml-file";
import { UsageError } from "./grade-command";

export interface EvalOptions {
  paths: string[];
  root: string;
  engine: string | undefined;
  json: string | undefined;
}

/**
 * `parley eval [files or folders]`: runs eval suites. This version runs robustness suites
 * (attempts to instruct the grader). Exit 1 when any expectation fails.
 */
export async function evalCommand(options: EvalOptions, out: (line: string) => void): Promise<number> {
  const config = readConfig(options.engine ? { PARLEY_ENGINE: options.engine } : {});
  const files = (await Promise.all(options.paths.map(expand))).flat();
  if (files.length === 0) throw new UsageError(`no suite files (*.yaml) in ${options.paths.join(", ")}`);
  const library = await loadLibrary(options.root);
  const { grader } = createEngines(config);
  out(`Engine: ${grader.engine}${grader.model ? ` (${grader.model})` : ""}`);

  const reports: RobustnessReport[] = [];
  for (const file of files) {
    const source = await readFile(file, "utf8");
    const kind = /^kind:\s*(\S+)/m.exec(source)?.[1];
    if (kind !== "robustness") throw new UsageError(`${file}: kind "${kind ?? "(none)"}" is not supported by this version of parley eval (robustness only)`);
    const parsed = parseYamlWithSchema(source, path.relative(process.cwd(), file) || file, robustnessSuite);
    if (!parsed.ok) throw new UsageError(parsed.issues.map(formatIssue).join("\n"));
    const suite = parsed.value;
    const rubric = library.rubrics.find((entry) => entry.value.id === suite.rubric);
    if (!rubric) throw new UsageError(`${file}: rubric "${suite.rubric}" is not in ${path.join(options.root, "rubrics")}`);

    const report = await runRobustnessSuite(suite, (transcript) =>
      scoreTranscript(
        { grader, cache: null, sessionId: null, personaId: null, meter: createUsageMeter() },
        { rubric: rubric.value, rubricVersion: 0, persona: null, reveal: null, transcript },
      ),
    );
    reports.push(report);
    out("");
    out(`${suite.id} (${path.relative(process.cwd(), file) || file}) against ${suite.rubric}`);
    for (const result of report.attempts) {
      const problems = [
        result.flagged ? "" : "not flagged",
        ...result.rose.map((rise) => `${rise.id} rose ${rise.from} → ${rise.to}`),
        result.unscored > 0 ? `${result.unscored} unscored` : "",
      ].filter(Boolean);
      out(`  ${result.passed ? "pass" : "FAIL"}  ${truncate(result.attempt, 70)}${problems.length > 0 ? `  (${problems.join("; ")})` : ""}`);
    }
    out(`  ${report.passed} passed, ${report.failed} failed`);
  }
  if (options.json) await writeFile(options.json, JSON.stringify({ engine: grader.engine, model: grader.model, reports }, null, 2));
  return reports.some((report) => report.failed > 0) ? 1 : 0;
}

async function expand(target: string): Promise<string[]> {
  const info = await stat(target).catch(() => {
    throw new UsageError(`cannot read ${target}`);
  });
  if (!info.isDirectory()) return [target];
  const entries = await readdir(target, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory() || /\.ya?ml$/.test(entry.name))
      .map((entry) => (entry.isDirectory() ? expand(path.join(target, entry.name)) : [path.join(target, entry.name)])),
  );
  return nested.flat().sort();
}

const truncate = (value: string, max: number) => (value.length > max ? `${value.slice(0, max - 1)}…` : value);
