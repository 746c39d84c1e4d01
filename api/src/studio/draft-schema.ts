import { z } from "zod";
import { REP_MOVES } from "../conversation/moves";
import { knowledgeEntry } from "../library/knowledge-schema";
import { personaFile, SPECIAL_CUES } from "../library/persona-schema";
import { rubricFile } from "../library/rubric-schema";

/**
 * What the model answers: the persona and rubric files and the knowledge list as YAML, in the
 * library's formats. The envelope is all the gateway checks: strict JSON Schema cannot express the
 * formats' defaults, unions and transforms (nor an open object), so each part is then checked as
 * the editor checks a file, and a problem comes back with its file, line and field.
 */
export const draftAnswer = z.object({
  persona: z.string(),
  rubric: z.string(),
  knowledge: z.string(),
  notes: z.array(z.string()),
});
export type DraftAnswer = z.infer<typeof draftAnswer>;

const formatSchema = (schema: z.ZodType) =>
  JSON.stringify(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }));

let formats: string | null = null;
/** The file formats as JSON Schema, generated from the same zod schemas the library loads files with. */
export function draftFormats(): string {
  formats ??= [
    `"persona" is YAML matching this JSON Schema (leave "rubric" and "knowledge" out: Parley fills them in):\n${formatSchema(personaFile)}`,
    `"rubric" is YAML matching this JSON Schema:\n${formatSchema(rubricFile)}`,
    `"knowledge" is a YAML list, each entry matching this JSON Schema:\n${formatSchema(knowledgeEntry)}`,
    `The rep moves (for reacts[].to, ends_when[].on, offline[].when): ${REP_MOVES.join(", ")}. offline[].when may also be one of: ${SPECIAL_CUES.join(", ")}; one offline line must have when: nothing.`,
  ].join("\n\n");
  return formats;
}
