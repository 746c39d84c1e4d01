import { heardPrefix } from "./heard-prefix";

/** How one sentence's playback ended: only "ended" means the rep heard all of it. */
export type LineOutcome = "ended" | "stopped" | "refused" | "failed";

/**
 * How far the sentences of a reply have got: `done` have been dealt with (played or not), and the
 * first `heard` of them were played to the end. `heard` stops growing at the first sentence that
 * was not (autoplay refused, audio failed), since what was heard must be a prefix of the reply.
 */
export interface LineProgress {
  done: number;
  heard: number;
}

export const noProgress: LineProgress = { done: 0, heard: 0 };

export const lineFinished = (progress: LineProgress, outcome: LineOutcome): LineProgress => ({
  done: progress.done + 1,
  heard: outcome === "ended" && progress.heard === progress.done ? progress.heard + 1 : progress.heard,
});

/** The words heard when the rep cut in, `fraction` (0..1) being how far the sentence playing now had got. */
export const heardSoFar = (lines: readonly string[], progress: LineProgress, fraction: number): string =>
  heardPrefix(lines, progress.heard, progress.heard === progress.done ? fraction : 0);
