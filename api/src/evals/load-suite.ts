import { readFile } from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import type { Library } from "../library/load-library";
import type { Persona } from "../library/persona-schema";
import type { Rubric } from "../library/rubric-schema";
import { type FileIssue, formatIssue, parseYamlWithSchema } from "../library/yaml-file";
import type { Transcript } from "../conversation/transcript";
import { type GradingSuite, gradingSuite, gradingSuiteFor } from "../library/suites/grading-suite";
import { type PersonaSuite, personaSuite } from "../library/suites/persona-suite";
import { type RobustnessSuite, robustnessSuite } from "../library/suites/robustness-suite";
import { criterionMargins, type SeparationSuite, separationSuite } from "../library/suites/separation-suite";
import { turnList } from "../library/suites/suite-common";

/** A suite that cannot run as written; the message names the file and line. */
export class SuiteError extends Error {}

export type LoadedSuite =
  | { kind: "grading"; file: string; suite: GradingSuite; rubric: Rubric; transcripts: Map<string, Transcript> }
  | { kind: "persona"; file: string; suite: PersonaSuite; persona: Persona }
  | { kind: "separation"; file: string; suite: SeparationSuite; persona: Persona; rubric: Rubric }
  | { kind: "robustness"; file: string; suite: RobustnessSuite; rubric: Rubric };

const KINDS = ["grading", "persona", "separation", "robustness"] as const;

/** Reads, validates and resolves one suite file against the library. */
export async function loadSuite(file: string, library: Library): Promise<LoadedSuite> {
  const shown = path.relative(process.cwd(), file) || file;
  const source = await readFile(file, "utf8");
  const kind = /^kind:\s*["']?([a-z]+)/m.exec(source)?.[1];
  const parse = <S extends z.ZodType>(schema: S): z.infer<S> => {
    const parsed = parseYamlWithSchema(source, shown, schema);
    if (!parsed.ok) throw new SuiteError(parsed.issues.map(formatIssue).join("\n"));
    return parsed.value;
  };
  const rubricNamed = (id: string) => find(library.rubrics, id, "rubric", shown, source, "rubrics/");
  const personaNamed = (id: string) => find(library.personas, id, "persona", shown, source, "personas/");

  switch (kind) {
    case "grading": {
      const written = rubricNamed(parse(gradingSuite).rubric);
      const suite = parse(gradingSuiteFor(written));
      const rubric = { ...written, criteria: inOrder(written.criteria, suite.criteria_order, suite.bootstrap.seed) };
      const transcripts = new Map<string, Transcript>();
      for (const item of suite.items) {
        const turns =
          item.transcript ?? (await transcriptFile(path.resolve(path.dirname(file), item.file ?? ""), shown));
        transcripts.set(
          item.id,
          turns.map((turn, index) => ({ index, role: turn.role, text: turn.text })),
        );
      }
      return { kind, file: shown, suite, rubric, transcripts };
    }
    case "persona": {
      const suite = parse(personaSuite);
      return { kind, file: shown, suite, persona: personaNamed(suite.persona) };
    }
    case "separation": {
      const suite = parse(separationSuite);
      const rubric = rubricNamed(suite.rubric);
      const ids = new Set(rubric.criteria.map((criterion) => criterion.id));
      const unknown = criterionMargins(suite).filter(([id]) => !ids.has(id));
      if (unknown.length > 0)
        throw new SuiteError(
          `${shown}:${lineOf(source, "criteria")}: criteria ${unknown.map(([id]) => `"${id}"`).join(", ")} not in ${rubric.id}`,
        );
      return { kind, file: shown, suite, persona: personaNamed(suite.persona), rubric };
    }
    case "robustness": {
      const suite = parse(robustnessSuite);
      return { kind, file: shown, suite, rubric: rubricNamed(suite.rubric) };
    }
    default:
      throw new SuiteError(
        `${shown}:${lineOf(source, "kind")}: kind must be one of ${KINDS.join(", ")} (found "${kind ?? ""}")`,
      );
  }
}

async function transcriptFile(file: string, suiteFile: string) {
  let source: string;
  try {
    source = await readFile(file, "utf8");
  } catch {
    throw new SuiteError(`${suiteFile}: cannot read transcript file ${path.relative(process.cwd(), file)}`);
  }
  const parsed = parseYamlWithSchema(source, path.relative(process.cwd(), file), turnList);
  if (!parsed.ok) throw new SuiteError(parsed.issues.map((issue: FileIssue) => formatIssue(issue)).join("\n"));
  return parsed.value;
}

function find<T extends { id: string }>(
  entries: { value: T }[],
  id: string,
  what: string,
  file: string,
  source: string,
  folder: string,
): T {
  const found = entries.find((entry) => entry.value.id === id)?.value;
  if (!found) throw new SuiteError(`${file}:${lineOf(source, what)}: ${what} "${id}" is not in ${folder}`);
  return found;
}

function lineOf(source: string, key: string): number {
  const index = source.split("\n").findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? 1 : index + 1;
}

/** The criteria in the suite's order: as written, reversed, or a seeded shuffle that differs from the written order. */
export function inOrder<T>(criteria: T[], order: "as_written" | "reversed" | "shuffled", seed: number): T[] {
  if (order === "as_written") return criteria;
  if (order === "reversed") return [...criteria].reverse();
  const shuffled = [...criteria];
  let state = seed >>> 0 || 1;
  const next = () => {
    // xorshift32: a fixed seed gives the same order on every machine.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j] as T, shuffled[i] as T];
  }
  // A shuffle that happens to land on the written order probes nothing: rotate it by one.
  return shuffled.every((item, i) => item === criteria[i]) ? [...criteria.slice(1), ...criteria.slice(0, 1)] : shuffled;
}
