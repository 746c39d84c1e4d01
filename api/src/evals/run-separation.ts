import type { Library } from "../library/load-library";
import type { Persona } from "../library/persona-schema";
import type { Rubric } from "../library/rubric-schema";
import type { EvalEngines } from "./eval-engines";
import { lineText } from "../library/suites/persona-suite";
import type { Check, SeparationReport, SeparationRun } from "../eval-runs/report-types";
import { itemChecks, itemRepeats, round } from "./repeats";
import { criterionMargins, type SeparationSuite } from "../library/suites/separation-suite";

export interface SeparationRunInput {
  suite: SeparationSuite;
  file: string;
  persona: Persona;
  rubric: Rubric;
  library: Library;
  repeat: number;
  enginesFor: (repeat: number) => EvalEngines;
  onItem?: () => void;
}

/** Plays the strong and the weak rep against the persona, grades both, and compares per criterion. */
export async function runSeparationSuite(run: SeparationRunInput): Promise<SeparationReport> {
  const { suite, rubric } = run;
  const runs: SeparationRun[] = [];
  for (let repeat = 0; repeat < run.repeat; repeat++) {
    const engines = run.enginesFor(repeat);
    const player = await engines.openPlayer();
    try {
      const side = async (lines: SeparationSuite["strong"]) => {
        const played = await player({
          personaId: run.persona.id,
          difficulty: suite.difficulty,
          lines: lines.map(lineText),
        });
        const card = await engines.score({ rubric, transcript: played.transcript, personaId: run.persona.id });
        run.onItem?.();
        return {
          overall: card.overall,
          scores: Object.fromEntries(card.criteria.map((criterion) => [criterion.id, criterion.score])),
          transcript: played.transcript.map(({ role, text }) => ({ role, text })),
        };
      };
      runs.push({ repeat, strong: await side(suite.strong), weak: await side(suite.weak) });
    } finally {
      await player.close();
    }
  }

  const margins = criterionMargins(suite);
  const gapOf = (entry: SeparationRun, id: string) => {
    const strong = entry.strong.scores[id] ?? null;
    const weak = entry.weak.scores[id] ?? null;
    return strong === null || weak === null ? null : strong - weak;
  };
  const items = margins.map(([id, margin]) =>
    itemRepeats(
      id,
      runs.map((entry) => {
        const gap = gapOf(entry, id);
        return gap !== null && gap >= margin - 1e-9;
      }),
    ),
  );
  const first = runs[0];
  const criteria = margins.map(([id, margin]) => ({
    id,
    margin,
    strong: first?.strong.scores[id] ?? null,
    weak: first?.weak.scores[id] ?? null,
    gap: first ? gapOf(first, id) : null,
  }));
  const checks: Check[] = itemChecks(items, new Map(margins.map(([id]) => [id, suite])), {
    gateByDefault: true,
    label: "separates",
  }).map((check, i) => {
    const entry = criteria[i];
    const scores = entry
      ? ` · strong ${entry.strong ?? "–"}, weak ${entry.weak ?? "–"}, gap ${entry.gap === null ? "–" : round(entry.gap, 2)} (needs ${entry.margin})`
      : "";
    return { ...check, detail: `${check.detail}${scores}` };
  });
  return {
    kind: "separation",
    id: suite.id,
    file: run.file,
    persona: run.persona.id,
    rubric: rubric.id,
    criteria,
    runs,
    items,
    checks,
  };
}
