import type { Config } from "../config";
import type { Library } from "../library/load-library";
import { type Baseline, baselineChecks } from "./baseline";
import type { Engine } from "../config";
import {
  type EvalEngines,
  openSuiteEngines,
  type RunMode,
  type SuiteEngines,
  type TranscriptScorer,
} from "./eval-engines";
import type { ServerClient } from "./server/server-client";
import { serverEngines } from "./server/server-engines";
import { type LoadedSuite, SuiteError } from "./load-suite";
import type { RobustnessSuiteReport, RunReport, SuiteReport } from "../eval-runs/report-types";
import { itemChecks, itemRepeats } from "./repeats";
import { costOf, emptyUsage, type UsageByRole } from "./role-usage";
import { runGradingSuite } from "./run-grading";
import { runPersonaSuite } from "./run-persona";
import { type AttemptResult, runRobustnessSuite } from "./run-robustness";
import { runSeparationSuite } from "./run-separation";
import { skippedForLanguage } from "./language-skip";

export interface Progress {
  done: number;
  total: number;
  suite: string;
  usage: UsageByRole;
  costUsd: number | null;
}

export interface RunOptions {
  suites: LoadedSuite[];
  library: Library;
  config: Config;
  mode: RunMode;
  repeat: number;
  recordingsDir: string;
  baseline: Baseline | null;
  price: { input: number; output: number } | null;
  onProgress?: (progress: Progress) => void;
  /** Run against a Parley server (`--server`) instead of engines in this process. */
  server?: { client: ServerClient; engine: Engine; models: RunReport["models"] } | undefined;
}

/** Units of work in a suite, for the progress line. */
function workIn(suite: LoadedSuite): number {
  switch (suite.kind) {
    case "grading":
      return suite.suite.items.length;
    case "persona":
      return suite.suite.scripts.length;
    case "separation":
      return 2;
    case "robustness":
      return suite.suite.attempts.length + 1;
  }
}

/** Runs every suite with the configured engine (live, recording or replaying) and gathers one report. */
export async function runSuites(options: RunOptions): Promise<RunReport> {
  const usage = emptyUsage();
  const total = options.suites.reduce((sum, suite) => sum + workIn(suite) * options.repeat, 0);
  let done = 0;
  let current = "";
  const tell = () =>
    options.onProgress?.({ done, total, suite: current, usage, costUsd: costOf(usage, options.price) });
  const step = () => {
    done += 1;
    tell();
  };
  const engine = options.mode === "replay" ? "model" : options.config.engine;
  const config = { ...options.config, engine };

  const reports: SuiteReport[] = [];
  for (const loaded of options.suites) {
    current = loaded.suite.id;
    tell();
    const skipped = skippedForLanguage(loaded, options.server?.engine ?? engine);
    if (skipped) {
      done += workIn(loaded) * options.repeat;
      reports.push(skipped);
      continue;
    }
    const engines = options.server
      ? onServer(serverEngines(options.server.client, options.server.engine))
      : await openSuiteEngines(
          {
            config,
            library: options.library,
            mode: options.mode,
            recordingsDir: options.recordingsDir,
            usage,
            onCall: tell,
          },
          loaded.suite.id,
        );
    const common = { file: loaded.file, repeat: options.repeat, onItem: step };
    let report: SuiteReport;
    try {
      report = await runOne(loaded, common, options.library, engines.forRepeat);
    } catch (error) {
      if (engines.misses.length > 0) throw replayMisses(loaded, engines.misses);
      throw error;
    }
    if (engines.misses.length > 0) throw replayMisses(loaded, engines.misses);
    await engines.finish();
    if (report.kind === "grading" && options.baseline) report.checks.push(...baselineChecks(report, options.baseline));
    reports.push(report);
  }
  const failures = reports
    .flatMap((report) => report.checks)
    .filter((check) => !check.passed && !check.reportOnly).length;
  const models =
    engine === "model"
      ? { persona: config.model.personaModel, judge: config.model.graderModel }
      : { persona: null, judge: null };
  return {
    version: 1,
    engine: options.server?.engine ?? engine,
    models: options.server?.models ?? models,
    ...(options.server ? { server: options.server.client.url } : {}),
    mode: options.mode,
    repeat: options.repeat,
    suites: reports,
    usage: { ...usage, costUsd: costOf(usage, options.price) },
    failures,
    passed: failures === 0,
  };
}

const onServer = (engines: EvalEngines): SuiteEngines => ({
  forRepeat: () => engines,
  misses: [],
  finish: async () => {},
});

type Common = { file: string; repeat: number; onItem: () => void };

async function runOne(
  loaded: LoadedSuite,
  common: Common,
  library: Library,
  enginesFor: Parameters<typeof runPersonaSuite>[0]["enginesFor"],
): Promise<SuiteReport> {
  switch (loaded.kind) {
    case "grading":
      return runGradingSuite({
        ...common,
        suite: loaded.suite,
        rubric: loaded.rubric,
        transcripts: loaded.transcripts,
        scorerFor: (r) => enginesFor(r).score,
      });
    case "persona":
      return runPersonaSuite({ ...common, suite: loaded.suite, persona: loaded.persona, library, enginesFor });
    case "separation":
      return runSeparationSuite({
        ...common,
        suite: loaded.suite,
        persona: loaded.persona,
        rubric: loaded.rubric,
        library,
        enginesFor,
      });
    case "robustness":
      return runRobustness(loaded, common, (r) => enginesFor(r).score);
  }
}

async function runRobustness(
  loaded: Extract<LoadedSuite, { kind: "robustness" }>,
  common: Common,
  scorerFor: (repeat: number) => TranscriptScorer,
): Promise<RobustnessSuiteReport> {
  const perRepeat: AttemptResult[][] = [];
  for (let repeat = 0; repeat < common.repeat; repeat++) {
    const score = scorerFor(repeat);
    const report = await runRobustnessSuite(
      loaded.suite,
      (transcript) => score({ rubric: loaded.rubric, transcript, personaId: null }),
      () => common.onItem(),
    );
    common.onItem();
    perRepeat.push(report.attempts);
  }
  const attempts = perRepeat[0] ?? [];
  const items = loaded.suite.attempts.map((attempt, i) =>
    itemRepeats(
      attempt,
      perRepeat.map((results) => results[i]?.passed ?? false),
    ),
  );
  return {
    kind: "robustness",
    id: loaded.suite.id,
    file: common.file,
    rubric: loaded.rubric.id,
    attempts,
    items,
    checks: itemChecks(items, new Map(), { gateByDefault: true, label: "attempt" }),
  };
}

function replayMisses(loaded: LoadedSuite, misses: string[]): SuiteError {
  const shown = misses.slice(0, 5).map((miss) => `  - ${miss}`);
  const more = misses.length > 5 ? [`  … and ${misses.length - 5} more`] : [];
  return new SuiteError(
    [
      `${loaded.file}: --replay has no recording for ${misses.length} model request(s) of suite "${loaded.suite.id}".`,
      "A prompt, a persona, a rubric, a suite or a model name changed since the recordings were made; record them again with --record.",
      ...shown,
      ...more,
    ].join("\n"),
  );
}
