import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { lineText } from "../library/suites/persona-suite";
import { criterionMargins, type SeparationSuite, separationSuite } from "../library/suites/separation-suite";
import type { Persona } from "../library/persona-schema";
import type { Rubric } from "../library/rubric-schema";
import { splitSentences } from "../conversation/sentences";
import { parseYamlWithSchema } from "../library/yaml-file";

/** The two scripted reps a rubric is tested with, and where they came from. */
export interface RubricTestScripts {
  /** `fitted`: written from this persona and this rubric's exemplars (`exemplars` of them used). */
  source: { kind: "suite"; id: string; file: string } | { kind: "fitted"; exemplars: number };
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

const MAX_EXEMPLARS = 3;

/**
 * The rubric's own exemplar replies at one end of its scale: those written for this persona first,
 * then those written for no persona in particular (never another persona's: a hotel rubric's
 * exemplar for the spa guest does not fit the overbooked one).
 */
function exemplars(rubric: Rubric, personaId: string, score: number): string[] {
  const all = rubric.criteria.flatMap((c) => c.examples.filter((ex) => ex.score === score));
  const mine = all.filter((ex) => ex.persona === personaId);
  const anyone = all.filter((ex) => ex.persona === undefined);
  return [...new Set([...mine, ...anyone].map((ex) => ex.reply))].slice(0, MAX_EXEMPLARS);
}

/**
 * Reps for a persona no shipped suite covers (a new persona, or a draft rubric), fitted to the
 * situation: the strong rep names what the customer said in their own opening line and uses the
 * rubric's top exemplars (for this persona first); the weak rep uses its bottom exemplars. The rest
 * are lines that carry rep moves both engines recognise (api/src/conversation/moves.ts), written
 * to fit any industry: no credits on an account, no telecom words.
 */
export function fittedScripts(persona: Persona, rubric: Rubric): RubricTestScripts {
  const first = persona.name.split(/\s+/)[0] ?? persona.name;
  const canCancel = persona.ends_when.some((rule) => rule.on === "confirms_cancellation");
  const complaint = (splitSentences(persona.opening).find((s) => !s.trim().endsWith("?")) ?? "").trim();
  const top = exemplars(rubric, persona.id, rubric.scale.max);
  const bottom = exemplars(rubric, persona.id, rubric.scale.min);
  const strong = [
    `Hi ${first}, I'm Sam. I'm so sorry, that sounds really frustrating, and I want to put it right for you today.`,
    ...(complaint
      ? [`You said "${complaint.replace(/"/g, "'")}" That should not have happened to you. How has it affected you?`]
      : ["How has all this affected you so far?"]),
    ...top,
    "Here's what happened, in plain words: the mistake was on our side, which is why you were let down. Does that make sense so far?",
    "I'll sort this out for you now, and I'll call you back by 3pm today to confirm it's done. What else is on your mind?",
    ...(canCancel
      ? ["And if you'd still rather cancel, I'll process the cancellation for you right now, no transfer."]
      : []),
  ];
  const weak = [
    "Okay. Before you go, have you heard about our special offer? It's a great upgrade.",
    ...bottom,
    "Please calm down.",
    "I can't do anything about that today, it's policy. You'll need to call back later.",
    "That's not our problem, you should have read the terms and conditions.",
    "Let me transfer you to another department.",
  ];
  return {
    source: { kind: "fitted", exemplars: top.length + bottom.length },
    strong,
    weak,
    margins: new Map(),
    margin: DEFAULT_MARGIN,
  };
}
