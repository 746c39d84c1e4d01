import { readFile } from "node:fs/promises";
import { z } from "zod";
import { parseConfig } from "../config";
import { createEngines } from "../engines";
import { offlineRefusal } from "../library/language";
import { scoreTranscript } from "../grading/score-transcript";
import { transcriptSizeProblem } from "../grading/transcript-limits";
import type { Scorecard } from "../grading/types";
import { createUsageMeter } from "../grading/usage";
import { parseRubric } from "../library/load-library";
import { formatIssue } from "../library/yaml-file";
import type { Transcript } from "../conversation/transcript";

export interface GradeOptions {
  transcriptFile: string;
  rubricFile: string;
  engine: string | undefined;
  json: boolean;
  /** The environment the configuration is read from (`process.env` at the CLI's edge). */
  env: Readonly<Record<string, string | undefined>>;
}

const turnsInFile = z.array(
  z.strictObject({
    index: z.number().int().min(0).optional(),
    role: z.enum(["customer", "rep"], { error: 'must be "customer" or "rep"' }),
    text: z.string().trim().min(1, "must not be empty").max(20_000, "must be at most 20000 characters"),
  }),
);

/** Thrown for input a user must fix; the CLI prints it and exits 2. */
export class UsageError extends Error {}

/**
 * `parley grade transcript.json --rubric rubrics/x.yaml`: prints a scorecard.
 * Exit code: 0 when the call passes, 1 when it fails or cannot be decided.
 */
export async function gradeCommand(options: GradeOptions, out: (line: string) => void): Promise<number> {
  const config = parseConfig({ ...options.env, ...(options.engine ? { PARLEY_ENGINE: options.engine } : {}) });
  const rubricSource = await readInput(options.rubricFile);
  const rubric = parseRubric(rubricSource, options.rubricFile);
  if (!rubric.ok) throw new UsageError(rubric.issues.map(formatIssue).join("\n"));
  const transcript = parseTranscript(await readInput(options.transcriptFile), options.transcriptFile);

  const { grader } = createEngines(config);
  const refusal =
    grader.engine === "offline" ? offlineRefusal(`Rubric "${rubric.value.id}"`, rubric.value.language) : null;
  if (refusal) throw new UsageError(refusal);
  const card = await scoreTranscript(
    { grader, cache: null, sessionId: null, personaId: null, meter: createUsageMeter() },
    { rubric: rubric.value, rubricVersion: 0, persona: null, reveal: null, transcript },
  );
  if (options.json) out(JSON.stringify(card, null, 2));
  else for (const line of renderScorecard(card, rubric.value.name)) out(line);
  return card.passed === true ? 0 : 1;
}

async function readInput(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

function parseTranscript(source: string, file: string): Transcript {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    throw new UsageError(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  // Either a bare list of turns or { "transcript": [...] }, as POST /api/grade takes.
  const turns =
    data !== null && typeof data === "object" && !Array.isArray(data) && "transcript" in data ? data.transcript : data;
  const parsed = turnsInFile.safeParse(turns);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(
      `${file}: ${issue?.path.join(".") || "the file"} ${issue?.message ?? "is not a transcript"} (expected a list of { role, text } turns)`,
    );
  }
  const problem = transcriptSizeProblem(parsed.data);
  if (problem) throw new UsageError(`${file}: ${problem.message}`);
  return parsed.data.map((turn, position) => ({ index: turn.index ?? position, role: turn.role, text: turn.text }));
}

export function renderScorecard(card: Scorecard, rubricName: string): string[] {
  const verdict = card.passed === null ? "UNDECIDED" : card.passed ? "PASS" : "FAIL";
  const lines = [
    `${rubricName} — ${verdict}, overall ${card.overall ?? "n/a"} (pass mark ${card.threshold}) · ${card.engine}${card.model ? ` ${card.model}` : ""}`,
    "",
  ];
  for (const criterion of card.criteria) {
    const score = criterion.score === null ? "–" : String(criterion.score);
    const marks = [criterion.critical ? "critical" : "", ...criterion.flags].filter(Boolean).join(", ");
    lines.push(`  ${score.padStart(3)}  ${criterion.name}${marks ? `  [${marks}]` : ""}`);
    lines.push(`       ${criterion.rationale}`);
    for (const item of criterion.evidence.slice(0, 2)) lines.push(`       turn ${item.turn}: "${item.quote}"`);
  }
  const section = (title: string, items: string[]) => {
    if (items.length === 0) return;
    lines.push("", title);
    for (const item of items) lines.push(`  - ${item}`);
  };
  const quoted = (evidence: { turn: number; quote: string } | null) =>
    evidence ? ` (turn ${evidence.turn}: "${evidence.quote}")` : "";
  section(
    "Strengths",
    card.strengths.map((item) => `${item.text}${quoted(item.evidence)}`),
  );
  section(
    "To improve",
    card.improvements.map((item) => `${item.name}: ${item.text}${quoted(item.evidence)}`),
  );
  section(
    "Try this instead",
    card.rewrites.map((item) => `turn ${item.turn}: "${item.better}"`),
  );
  section(
    "Attempts to instruct the grader (earned nothing)",
    card.instructionAttempts.map((item) => `turn ${item.turn}: "${item.quote}"`),
  );
  if (card.usage.modelCalls > 0) {
    lines.push(
      "",
      `Model calls: ${card.usage.modelCalls}, tokens: ${card.usage.promptTokens} in / ${card.usage.completionTokens} out`,
    );
  }
  return lines;
}
