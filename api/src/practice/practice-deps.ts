import type { SessionRow } from "../db/session-store";
import type { LibraryStore } from "../db/library-store";
import type { ModelCallLog } from "../db/usage-store";
import type { JudgementCache } from "../grading/grade-transcript";
import type { Grader } from "../grading/grader";
import type { VoiceService } from "../voice/voice-service";
import type { ScoringPool } from "../workers/scoring-pool";
import type { CallStores } from "./call-stores";
import type { Limits } from "./limits";
import type { PersonaEngine } from "./persona-engine";

/** What the practice services are built from; `createRuntime` wires the real ones, tests their own. */
export interface PracticeDeps {
  library: LibraryStore;
  stores: CallStores;
  /** Holds a turn's model-call records and writes them when it ends; without it they are written as reported. */
  modelCalls?: Pick<ModelCallLog, "hold"> | undefined;
  persona: PersonaEngine;
  grader: Grader;
  judgements: JudgementCache | null;
  limits: Limits;
  /** Voice mode (spoken turns, turn audio); without it, spoken turns are refused. */
  voice?: VoiceService | null;
  /** Long transcripts' scorecards off the main thread (the built-in offline grader only); without it all are computed here. */
  scoring?: Pick<ScoringPool, "score" | "takes"> | null;
  /** Told after a call's scorecard is saved (the training programme updates statuses); must not throw. */
  onScored?: ((session: SessionRow) => void) | undefined;
  /** Told after a call (not a sandbox call) starts or is forked (xAPI's "attempted"); must not throw. */
  onStarted?: ((session: SessionRow) => void) | undefined;
}
