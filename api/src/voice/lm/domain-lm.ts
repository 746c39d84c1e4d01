import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { buildArpa } from "./arpa";
import { domainSentences } from "./domain-corpus";
import type { CallScenario } from "../transcriber";
import { dictionaryFor, readPronunciations } from "./pronunciations";
import { speechWords } from "./speech-words";

/** Bump when the way the model is built changes, so cached files are rebuilt. */
const BUILDER_VERSION = 1;

export interface DomainLm {
  lmFile: string;
  dictFile: string;
  sentences: number;
  words: number;
  /** Words of the domain text with no pronunciation, so not in the model. */
  unknownWords: string[];
}

export interface DomainLmOptions {
  libraryRoot: string;
  /** Build from this scenario's files only (see domainSentences); null: the whole library. */
  scenario?: CallScenario | null;
  /** A CMU-style pronunciation dictionary (Debian's pocketsphinx-en-us ships one). */
  pronunciationFile: string;
  cacheDir: string;
}

/**
 * Builds (or reuses, keyed by a hash of its inputs) the offline recogniser's language model from
 * Parley's own domain text. A sentence is split where a word has no pronunciation, so every
 * n-gram is made of words the recogniser can say.
 */
export async function buildDomainLm(options: DomainLmOptions): Promise<DomainLm> {
  const lines = await domainSentences(options.libraryRoot, options.scenario ?? null);
  const pronunciations = await readPronunciations(options.pronunciationFile);
  const unknown = new Set<string>();
  const fragments: string[][] = [];
  for (const line of lines) {
    let fragment: string[] = [];
    for (const word of speechWords(line)) {
      if (pronunciations.has(word)) {
        fragment.push(word);
        continue;
      }
      unknown.add(word);
      if (fragment.length > 0) fragments.push(fragment);
      fragment = [];
    }
    if (fragment.length > 0) fragments.push(fragment);
  }
  const vocabulary = new Set(fragments.flat());
  const arpa = buildArpa(fragments);
  const dictionary = dictionaryFor(vocabulary, pronunciations);
  const hash = createHash("sha256").update(`${BUILDER_VERSION}\n${arpa}\n${dictionary}`).digest("hex").slice(0, 16);
  await mkdir(options.cacheDir, { recursive: true });
  const lmFile = path.join(options.cacheDir, `domain-${hash}.lm`);
  const dictFile = path.join(options.cacheDir, `domain-${hash}.dic`);
  await writeOnce(lmFile, arpa);
  await writeOnce(dictFile, dictionary);
  return { lmFile, dictFile, sentences: fragments.length, words: vocabulary.size, unknownWords: [...unknown].sort() };
}

/** Writes through a temporary name, so a reader never sees half a file. */
async function writeOnce(file: string, content: string) {
  if (existsSync(file)) return;
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, file);
}
