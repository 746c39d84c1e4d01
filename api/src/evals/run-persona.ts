import type { Library } from "../library/load-library";
import type { Persona } from "../library/persona-schema";
import type { EvalEngines } from "./eval-engines";
import { findRuleBreaks } from "../library/suites/persona-rules";
import {
  lineMood,
  lineText,
  type MoodDirection,
  type PersonaScript,
  type PersonaSuite,
} from "../library/suites/persona-suite";
import type { PlayedCall } from "../trainer/play-script";
import type { PersonaReport, PersonaScriptRun, PersonaTurnResult } from "../eval-runs/report-types";
import { itemChecks, itemRepeats, repeatFigures, thresholdChecks } from "./repeats";

export interface PersonaRun {
  suite: PersonaSuite;
  file: string;
  persona: Persona;
  library: Library;
  repeat: number;
  enginesFor: (repeat: number) => EvalEngines;
  onItem?: () => void;
}

const MOOD_WORDS: Record<MoodDirection, string> = {
  down: "fall",
  up: "rise",
  same: "stay the same",
  not_up: "not rise",
  not_down: "not fall",
};

export function moodMoved(direction: MoodDirection, before: number, after: number): boolean {
  switch (direction) {
    case "down":
      return after < before;
    case "up":
      return after > before;
    case "same":
      return after === before;
    case "not_up":
      return after <= before;
    case "not_down":
      return after >= before;
  }
}

/** Replays each script against the persona and checks its behaviour by rule and, with a model, by a judge. */
export async function runPersonaSuite(run: PersonaRun): Promise<PersonaReport> {
  const runs: PersonaScriptRun[] = [];
  for (let repeat = 0; repeat < run.repeat; repeat++) {
    const engines = run.enginesFor(repeat);
    const player = await engines.openPlayer();
    try {
      for (const script of run.suite.scripts) {
        const played = await player({
          personaId: run.persona.id,
          difficulty: run.suite.difficulty,
          lines: script.rep.map(lineText),
        });
        const turns = await judgeTurns(played, run.persona, engines);
        runs.push({ script: script.id, repeat, ...verdict(script, played, turns), turns });
        run.onItem?.();
      }
    } finally {
      await player.close();
    }
  }
  const judged = runs.flatMap((entry) => entry.turns).filter((turn) => turn.inCharacter !== null);
  const replies = runs.flatMap((entry) => entry.turns).filter((turn) => turn.reply !== null);
  const anyJudge = run.enginesFor(0).judge !== null;
  const roleAdherence =
    anyJudge && judged.length > 0 ? judged.filter((turn) => turn.inCharacter).length / judged.length : null;
  const items = run.suite.scripts.map((script) =>
    itemRepeats(
      script.id,
      runs.filter((entry) => entry.script === script.id).map((entry) => entry.passed),
    ),
  );
  const figures = { ...repeatFigures(items), ...(anyJudge ? { role_adherence: roleAdherence } : {}) };
  const rules = anyJudge
    ? run.suite.thresholds
    : run.suite.thresholds.filter((rule) => rule.metric !== "role_adherence");
  return {
    kind: "persona",
    id: run.suite.id,
    file: run.file,
    persona: run.persona.id,
    roleAdherence,
    judgedTurns: judged.length,
    unjudgedTurns: anyJudge ? replies.length - judged.length : 0,
    runs,
    items,
    checks: [
      ...thresholdChecks(rules, figures),
      ...itemChecks(items, new Map(run.suite.scripts.map((s) => [s.id, s])), { gateByDefault: true, label: "script" }),
    ],
  };
}

async function judgeTurns(played: PlayedCall, persona: Persona, engines: EvalEngines): Promise<PersonaTurnResult[]> {
  const results: PersonaTurnResult[] = [];
  for (const line of played.lines) {
    const base = {
      turn: line.replyTurn ?? -1,
      line: line.line,
      reply: line.reply,
      moodBefore: line.moodBefore,
      moodAfter: line.moodAfter,
      ruleBreaks: line.reply === null ? [] : findRuleBreaks(line.reply).map((item) => `${item.rule}: "${item.quote}"`),
    };
    if (line.reply === null || line.replyTurn === null || !engines.judge) {
      results.push({ ...base, inCharacter: null, verdict: line.error });
      continue;
    }
    const judged = await engines.judge(persona, played.transcript, line.replyTurn);
    results.push({ ...base, inCharacter: judged.inCharacter, verdict: judged.reason });
  }
  return results;
}

/** Every expectation of the script, and the rules on every customer turn. */
function verdict(script: PersonaScript, played: PlayedCall, turns: PersonaTurnResult[]) {
  const problems: string[] = [];
  for (const [position, turn] of turns.entries()) {
    const where = `line ${position + 1}`;
    if (turn.reply === null) problems.push(`${where}: no customer reply (${turn.verdict ?? "none"})`);
    for (const broken of turn.ruleBreaks) problems.push(`${where}: ${broken}`);
    if (turn.inCharacter === false) problems.push(`${where}: judged out of character (${turn.verdict})`);
    const wanted = lineMood(script.rep[position] ?? "");
    if (wanted && turn.reply !== null && !moodMoved(wanted, turn.moodBefore, turn.moodAfter))
      problems.push(`${where}: mood should ${MOOD_WORDS[wanted]}, went ${turn.moodBefore} → ${turn.moodAfter}`);
  }
  const { expect } = script;
  if (expect.mood && !moodMoved(expect.mood, played.startMood, played.endMood))
    problems.push(`mood should ${MOOD_WORDS[expect.mood]} over the call, went ${played.startMood} → ${played.endMood}`);
  const mustEnd = expect.outcome !== undefined ? true : expect.ends;
  if (mustEnd === true && !played.ended) problems.push("the call should have ended, but is still open");
  if (mustEnd === false && played.ended)
    problems.push(`the call should still be open, but ended (${played.outcome}) with ${played.unsent} line(s) unsent`);
  if (expect.outcome !== undefined && played.ended && played.outcome !== expect.outcome)
    problems.push(`outcome should be ${expect.outcome}, was ${played.outcome}`);
  return {
    passed: problems.length === 0,
    problems,
    startMood: played.startMood,
    endMood: played.endMood,
    ended: played.ended,
    outcome: played.outcome,
  };
}
