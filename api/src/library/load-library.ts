import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import { type Persona, personaFile } from "./persona-schema";
import { type Rubric, rubricFile } from "./rubric-schema";
import { type FileIssue, parseYamlWithSchema } from "./yaml-file";

export interface LibraryEntry<T> {
  value: T;
  /** Path relative to the library root, as shown in errors (`personas/x.yaml`). */
  file: string;
  source: string;
}

export interface Library {
  personas: LibraryEntry<Persona>[];
  rubrics: LibraryEntry<Rubric>[];
  issues: FileIssue[];
}

export const parsePersona = (source: string, file: string) => parseYamlWithSchema(source, file, personaFile);
export const parseRubric = (source: string, file: string) => parseYamlWithSchema(source, file, rubricFile);

/** Reads every persona and rubric file under `root/personas` and `root/rubrics`. */
export async function loadLibrary(root: string): Promise<Library> {
  const personas = await loadFolder(root, "personas", personaFile);
  const rubrics = await loadFolder(root, "rubrics", rubricFile);
  const rubricIds = new Set(rubrics.entries.map((entry) => entry.value.id));
  const dangling = personas.entries
    .filter((entry) => entry.value.rubric !== undefined && !rubricIds.has(entry.value.rubric))
    .map((entry) => ({
      file: entry.file,
      line: lineOfKey(entry.source, "rubric"),
      field: "rubric",
      message: `"${entry.value.rubric}" is not a rubric in rubrics/`,
    }));
  return {
    personas: personas.entries,
    rubrics: rubrics.entries,
    issues: [...personas.issues, ...rubrics.issues, ...dangling],
  };
}

async function loadFolder<S extends z.ZodType<{ id: string }>>(root: string, folder: string, schema: S) {
  const entries: LibraryEntry<z.infer<S>>[] = [];
  const issues: FileIssue[] = [];
  const names = await listYaml(path.join(root, folder));
  const seen = new Map<string, string>();
  for (const name of names) {
    const file = `${folder}/${name}`;
    const source = await readFile(path.join(root, folder, name), "utf8");
    const parsed = parseYamlWithSchema(source, file, schema);
    if (!parsed.ok) {
      issues.push(...parsed.issues);
      continue;
    }
    const id = parsed.value.id;
    const expected = name.replace(/\.ya?ml$/, "");
    if (id !== expected) {
      issues.push({
        file,
        line: lineOfKey(source, "id"),
        field: "id",
        message: `"${id}" must match the file name "${expected}"`,
      });
      continue;
    }
    const other = seen.get(id);
    if (other) {
      issues.push({ file, line: lineOfKey(source, "id"), field: "id", message: `"${id}" is already used by ${other}` });
      continue;
    }
    seen.set(id, file);
    entries.push({ value: parsed.value, file, source });
  }
  return { entries, issues };
}

async function listYaml(dir: string): Promise<string[]> {
  try {
    const names = await readdir(dir);
    return names.filter((name) => /\.ya?ml$/.test(name)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

function lineOfKey(source: string, key: string): number {
  const index = source.split("\n").findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? 1 : index + 1;
}
