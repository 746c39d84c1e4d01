import path from "node:path";
import type { FakeModelConfig } from "./fake-protocol";
import type { FakeModel } from "./processes";
import type { Report } from "./report";

export interface BenchOptions {
  quick: boolean;
  /** The fake model's latency before every answer, ms. */
  latencyMs: number;
  /** The fake model's pause before each streamed word, ms. */
  chunkDelayMs: number;
  replyWords: number;
  /** The voice phase's fake transcription time and speech time to first byte, ms. */
  sttMs: number;
  ttsMs: number;
  /** Simultaneous sessions for the concurrency phase. */
  levels: number[];
  /** Turns each session posts in the concurrency phase. */
  turnsPerSession: number;
  /** One more concurrency run with sessions paced like people: `thinkMs` between a session's turns. */
  paced: { sessions: number; thinkMs: number } | null;
  /** Phases to run (all when null). */
  only: Set<string> | null;
  /** Update BENCHMARKS.md's results block. */
  write: boolean;
  /** Write CPU profiles of the server under load to reports/profiles. */
  cpuProf: boolean;
  /** The database of the replicas phase. */
  db: "sqlite" | "postgres";
  /** Replica counts the replicas phase compares (the first is the baseline of its ratios). */
  replicas: number[];
  /** Back-to-back sessions of the replicas phase (its paced run is `paced`). */
  replicaSessions: number;
  /** Where the temporary databases go. */
  dbRoot: string | undefined;
}

export interface Context {
  options: BenchOptions;
  report: Report;
  fake: FakeModel;
  /** The fake model's setting for this run (phases change only `recordMessages` and `moves`). */
  model: FakeModelConfig;
  /** A fresh, not yet existing database path. */
  newDbPath: (label: string) => string;
  /** Node flags for a server started under `label`: CPU profiling into reports/profiles/<label> with --cpu-prof. */
  nodeFlags: (label: string) => string[];
  log: (line: string) => void;
}

export const PROFILE_DIR = path.join("reports", "profiles");
