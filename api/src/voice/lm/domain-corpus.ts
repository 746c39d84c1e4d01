import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { splitSentences } from "../../conversation/sentences";
import type { CallScenario } from "../transcriber";

/** Where spoken lines live in Parley's files: persona lines, exemplar replies, transcripts, eval scripts. */
const SPEECH_KEYS = new Set([
  "opening",
  "say",
  "reply",
  "text",
  "attempts",
  "strong",
  "weak",
  "rep",
  "phrases",
  "must_include",
]);
const FOLDERS = ["personas", "rubrics", "evals"];

export const SERVICE_PHRASES = path.join(path.dirname(fileURLToPath(import.meta.url)), "service-phrases.txt");

function spokenStrings(value: unknown, inSpeech: boolean, out: string[]) {
  if (typeof value === "string") {
    if (inSpeech && !/^\/.*\/[a-z]*$/.test(value)) out.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) spokenStrings(item, inSpeech, out);
  } else if (value !== null && typeof value === "object") {
    // A pattern's label (`{ pattern, label }`) names the signal for a scorecard; nobody says it.
    for (const [key, child] of Object.entries(value))
      if (key !== "label") spokenStrings(child, inSpeech || SPEECH_KEYS.has(key), out);
  }
}

async function yamlFiles(dir: string): Promise<string[]> {
  let entries: import("node:fs").Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const nested = await Promise.all(
    entries
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) return yamlFiles(full);
        return Promise.resolve(/\.ya?ml$/.test(entry.name) ? [full] : []);
      }),
  );
  return nested.flat();
}

/**
 * The sentences the offline recogniser's language model learns from: every spoken line in the
 * library's YAML files (persona lines, rubric exemplars and phrases, eval transcripts and scripts)
 * and Parley's list of common service phrases. Files that do not parse are skipped. With a
 * scenario, only its own files: a model of the whole library thins out as the library grows (at 17
 * scenarios "affected your work" was heard as "affected you and wear it").
 */
export async function domainSentences(libraryRoot: string, scenario: CallScenario | null = null): Promise<string[]> {
  const files = (await Promise.all(FOLDERS.map((folder) => yamlFiles(path.join(libraryRoot, folder))))).flat();
  const scoped = scenario ? files.filter((file) => aboutScenario(libraryRoot, file, scenario)) : files;
  // A persona with no file of its own (written in the web editor) is heard with the whole library's words.
  const hasPersonaFile = scoped.some((file) => path.relative(libraryRoot, file).startsWith(`personas${path.sep}`));
  const lines: string[] = [];
  for (const file of hasPersonaFile ? scoped : files) {
    try {
      spokenStrings(parse(await readFile(file, "utf8")), false, lines);
    } catch {
      // a broken file is reported by `parley lint`, not here
    }
  }
  const phrases = (await readFile(SERVICE_PHRASES, "utf8"))
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"));
  return [...lines, ...phrases].flatMap((line) => splitSentences(line));
}

/** The scenario's own files: its persona, its rubric, and the suites named after either. */
function aboutScenario(libraryRoot: string, file: string, { personaId, rubricId }: CallScenario): boolean {
  const [folder] = path.relative(libraryRoot, file).split(path.sep);
  const name = path.basename(file).replace(/\.ya?ml$/, "");
  if (folder === "personas") return name === personaId;
  if (folder === "rubrics") return name === rubricId;
  return name === personaId || name === rubricId || name.startsWith(`${personaId}-`);
}
