import { readFile } from "node:fs/promises";

/** Pronunciations by word, from a CMU-style dictionary ("word PH ON ES", alternates as "word(2) ..."). */
export type Pronunciations = Map<string, string[]>;

export async function readPronunciations(file: string): Promise<Pronunciations> {
  const dictionary: Pronunciations = new Map();
  for (const line of (await readFile(file, "utf8")).split("\n")) {
    const space = line.indexOf(" ");
    if (space <= 0) continue;
    const word = line.slice(0, space).replace(/\(\d+\)$/, "");
    const list = dictionary.get(word) ?? [];
    list.push(line.slice(space + 1).trim());
    dictionary.set(word, list);
  }
  return dictionary;
}

/** The dictionary lines for just these words, so the recogniser loads a few KB instead of 3 MB. */
export function dictionaryFor(words: Iterable<string>, pronunciations: Pronunciations): string {
  const lines: string[] = [];
  for (const word of [...new Set(words)].sort()) {
    (pronunciations.get(word) ?? []).forEach((phones, i) =>
      lines.push(`${i === 0 ? word : `${word}(${i + 1})`} ${phones}`),
    );
  }
  return `${lines.join("\n")}\n`;
}
