import { readFile } from "node:fs/promises";
import path from "node:path";
import { REP_MOVES, MOVE_DESCRIPTIONS } from "../conversation/moves";
import { SPECIAL_CUES } from "./persona-schema";

/** The format documents the editor links to: the READMEs beside the shipped files. */
export const FORMAT_DOCS = { persona: "personas/README.md", rubric: "rubrics/README.md" } as const;
export type FormatDoc = keyof typeof FORMAT_DOCS;

export async function readFormatDoc(libraryRoot: string, doc: FormatDoc): Promise<string | null> {
  try {
    return await readFile(path.join(libraryRoot, FORMAT_DOCS[doc]), "utf8");
  } catch {
    return null;
  }
}

const CUE_MEANINGS: Record<(typeof SPECIAL_CUES)[number], string> = {
  nothing: "The rep's turn has no move Parley recognises (every persona needs a line for this).",
  interrupts: "Said first, talking over a rep turn that runs on too long.",
  losing_patience: "Said once, when the customer's patience runs low.",
  farewell: "The customer's goodbye after the rep's closing turn, once the call has its outcome.",
};

/** The words persona and rubric files are written in, each with its one-line meaning. */
export const vocabulary = () => ({
  moves: REP_MOVES.map((id) => ({ id, meaning: MOVE_DESCRIPTIONS[id] })),
  cues: SPECIAL_CUES.map((id) => ({ id, meaning: CUE_MEANINGS[id] })),
});
