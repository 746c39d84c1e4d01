import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { lineText } from "../library/suites/persona-suite";
import { criterionMargins, type SeparationSuite, separationSuite } from "../library/suites/separation-suite";
import type { Persona } from "../library/persona-schema";
import { parseYamlWithSchema } from "../library/yaml-file";

/** The two scripted reps a rubric is tested with, and where they came from. */
export interface RubricTestScripts {
  source: { kind: "suite"; id: string; file: string } | { kind: "generic" };
  strong: string[];
  weak: string[];
  /** Criterion id -> the margin a shipped suite asks for; criteria not named use `margin`. */
  margins: Map<string, number>;
  margin: number;
}

const DEFAULT_MARGIN = 1;

/**
 * A shipped separation suite for this persona and rubric, when there is one: its scripts were
 * written for that customer and tuned so each line lands (evals/separation/*.yaml), so a test of
 * that pairing means the same as `parley eval`. Unreadable suites are skipped: they fail in eval.
 */
export async function shippedSuite(
  dir: string,
  personaId: string,
  rubricId: string,
): Promise<{ suite: SeparationSuite; file: string } | null> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).sort();
  } catch {
    return null;
  }
  for (const name of names) {
    const file = path.join(dir, name);
    const parsed = parseYamlWithSchema(await readFile(file, "utf8"), name, separationSuite);
    if (parsed.ok && parsed.value.persona === personaId && parsed.value.rubric === rubricId)
      return { suite: parsed.value, file: `evals/separation/${name}` };
  }
  return null;
}

export function suiteScripts(found: { suite: SeparationSuite; file: string }): RubricTestScripts {
  return {
    source: { kind: "suite", id: found.suite.id, file: found.file },
    strong: found.suite.strong.map(lineText),
    weak: found.suite.weak.map(lineText),
    margins: new Map(criterionMargins(found.suite)),
    margin: found.suite.margin,
  };
}

/**
 * Generic reps for a persona no suite covers (a new persona, or a draft rubric). Each line is
 * written to carry rep moves from api/src/conversation/moves.ts that both engines recognise, so the
 * strong rep shows the moves rubrics reward (acknowledges_impact, asks_about_impact, explains,
 * checks_understanding, offers_remedy, commits_to_action) and the weak rep the ones they punish
 * (retention_pitch, tells_customer_to_calm_down, refuses_or_delays, transfers, blames_customer,
 * uses_jargon). Only the customer's name and whether the call can end in a cancellation come
 * from the persona: generic lines cannot know a situation's details, which is why a shipped suite
 * is preferred when one exists.
 */
export function genericScripts(persona: Persona): RubricTestScripts {
  const first = persona.name.split(/\s+/)[0] ?? persona.name;
  const canCancel = persona.ends_when.some((rule) => rule.on === "confirms_cancellation");
  const strong = [
    `Hi ${first}, I'm Sam. I'm so sorry, that sounds really frustrating, and I want to put it right for you today.`,
    "How has all this affected you so far?",
    "Here's what happened, in plain words: the fault was on our side, which is why you were let down. Does that make sense so far?",
    "I'll put a credit on your account today, and I'll call you back by 3pm to confirm everything is sorted. What else is on your mind?",
    ...(canCancel
      ? ["And if you'd still rather cancel, I'll process the cancellation for you right now, no transfer."]
      : []),
  ];
  const weak = [
    "Okay. Before you go, have you heard about our new bundle deal? It's a great upgrade.",
    "Please calm down.",
    "I can't do anything about that today, it's policy. You'll need to call back later.",
    "That's not our problem, you should have read the terms. Your MRC was prorated per the billing cycle.",
    "Let me transfer you to another department.",
  ];
  return { source: { kind: "generic" }, strong, weak, margins: new Map(), margin: DEFAULT_MARGIN };
}
