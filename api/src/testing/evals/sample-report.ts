import path from "node:path";
import { parseConfig } from "../../config";
import { loadLibrary } from "../../library/load-library";
import { REPO_ROOT } from "../test-runtime";
import { loadSuite } from "../../evals/load-suite";
import type { RunReport } from "../../eval-runs/report-types";
import { runSuites } from "../../evals/run-suites";

const DEFAULT_SUITES = [
  "evals/grading/retention-call.yaml",
  "evals/persona/bill-went-up.yaml",
  "evals/separation/retention-call.yaml",
];

/** A real offline run report over a few shipped suites, for tests of storing and showing runs. */
export async function sampleRunReport(files: string[] = DEFAULT_SUITES): Promise<RunReport> {
  const library = await loadLibrary(REPO_ROOT);
  const suites = await Promise.all(files.map((file) => loadSuite(path.join(REPO_ROOT, file), library)));
  return runSuites({
    suites,
    library,
    config: parseConfig({ PARLEY_ENGINE: "offline", PARLEY_DB: ":memory:" }),
    mode: "live",
    repeat: 1,
    recordingsDir: path.join(REPO_ROOT, "evals/recordings"),
    baseline: null,
    price: null,
  });
}
