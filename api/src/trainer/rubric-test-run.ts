import { createScriptPlayer, type PlayedCall } from "./play-script";
import type { Grader } from "../grading/grader";
import { scoreTranscript } from "../grading/score-transcript";
import type { Evidence, Scorecard } from "../grading/types";
import { createUsageMeter } from "../grading/usage";
import type { Difficulty } from "../library/common-schema";
import type { Library } from "../library/load-library";
import type { Persona } from "../library/persona-schema";
import type { Rubric } from "../library/rubric-schema";
import type { PersonaEngine } from "../practice/persona-engine";
import type { RubricTestScripts } from "./rubric-test-scripts";

interface Side {
  score: number | null;
  evidence: Evidence[];
  rationale: string;
}

export interface RubricTestRun {
  engines: { persona: PersonaEngine; grader: Grader };
  /** The player's library: the persona (naming its rubric) and the rubrics it needs. */
  library: Library;
  persona: Persona;
  rubric: Rubric;
  rubricVersion: number;
  scripts: RubricTestScripts;
  difficulty: Difficulty | undefined;
  userId: string | null;
  onStart?: (sessionId: string) => void;
}

/** A line's error is worded for a learner mid-call ("send another turn"); only its code is kept. */
export class CustomerLineFailed extends Error {}

/**
 * Plays the strong and the weak scripted rep against the persona, grades both calls with the
 * rubric, and says per criterion whether the strong call beat the weak one by the margin. Used by
 * "Test this rubric" (saved or edited rubrics) and by drafting (a persona and rubric not yet saved).
 */
export async function playRubricTest(run: RubricTestRun) {
  const { engines, persona, rubric, scripts } = run;
  const player = await createScriptPlayer(run.library, engines);
  let strong: PlayedCall;
  let weak: PlayedCall;
  let strongCard: Scorecard;
  let weakCard: Scorecard;
  try {
    const play = (lines: string[]) =>
      player({
        personaId: persona.id,
        difficulty: run.difficulty,
        lines,
        ...(run.onStart ? { onStart: run.onStart } : {}),
      });
    strong = await play(scripts.strong);
    weak = await play(scripts.weak);
    const failed = [...strong.lines, ...weak.lines].find((line) => line.error !== null);
    if (failed) throw new CustomerLineFailed(failed.error?.split(":")[0] ?? "model error");
    const grade = (call: PlayedCall) =>
      scoreTranscript(
        {
          grader: engines.grader,
          cache: null,
          sessionId: null,
          userId: run.userId,
          personaId: persona.id,
          meter: createUsageMeter(),
        },
        { rubric, rubricVersion: run.rubricVersion, persona: null, reveal: null, transcript: call.transcript },
      );
    strongCard = await grade(strong);
    weakCard = await grade(weak);
  } finally {
    await player.close();
  }

  const sideOf = (card: Scorecard, id: string): Side => {
    const result = card.criteria.find((criterion) => criterion.id === id);
    return { score: result?.score ?? null, evidence: result?.evidence ?? [], rationale: result?.rationale ?? "" };
  };
  const criteria = rubric.criteria.map((criterion) => {
    const margin = scripts.margins.get(criterion.id) ?? scripts.margin;
    const high = sideOf(strongCard, criterion.id);
    const low = sideOf(weakCard, criterion.id);
    const gap = high.score === null || low.score === null ? null : high.score - low.score;
    return {
      id: criterion.id,
      name: criterion.name,
      critical: criterion.critical,
      margin,
      /** Named by the shipped suite, so `parley eval` gates on it too. */
      inSuite: scripts.margins.has(criterion.id),
      strong: high,
      weak: low,
      gap,
      separated: gap === null ? null : gap >= margin - 1e-9,
    };
  });
  const call = (played: PlayedCall, card: Scorecard) => ({
    overall: card.overall,
    passed: card.passed,
    outcome: played.outcome,
    unsent: played.unsent,
    transcript: played.transcript.map(({ index, role, text }) => ({ index, role, text })),
  });
  return {
    model: engines.grader.model,
    scripts: scripts.source,
    criteria,
    separated: criteria.filter((criterion) => criterion.separated === true).length,
    strong: call(strong, strongCard),
    weak: call(weak, weakCard),
  };
}
