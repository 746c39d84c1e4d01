import { z } from "zod";
import { slug } from "../../library/common-schema";
import { type FileIssue, type FileParseResult, lineOfPath, parseYamlWithSchema } from "../../library/yaml-file";
import type { ExampleTurn, Quality } from "./example-types";

/** The most turns an example may hold (a written one, a marked call, or a file). */
export const MAX_EXAMPLE_TURNS = 80;
export const MAX_NOTE_CHARS = 2000;

const line = z.string().trim().min(1, "must not be empty").max(4000);
const note = z.string().trim().min(1, "must not be empty").max(MAX_NOTE_CHARS);

/** One line of a shipped example: `customer: …` or `rep: …`, and an optional `note` beside it. */
const fileTurn = z
  .strictObject({ customer: line.optional(), rep: line.optional(), note: note.optional() })
  .refine((turn) => (turn.customer === undefined) !== (turn.rep === undefined), {
    message: "give exactly one of customer or rep",
  });

/** A shipped example: `examples/<name>.yaml` (examples/README.md). */
export const exampleFile = z.strictObject({
  title: z.string().trim().min(1).max(200),
  persona: slug,
  quality: z.enum(["good", "poor"]),
  summary: z.string().trim().min(1).max(MAX_NOTE_CHARS).optional(),
  turns: z
    .array(fileTurn)
    .min(2, "an example needs at least two turns")
    .max(MAX_EXAMPLE_TURNS)
    .refine((turns) => turns.some((turn) => turn.rep !== undefined), { message: "needs at least one rep turn" }),
});

export interface ParsedExample {
  id: string;
  file: string;
  title: string;
  personaId: string;
  quality: Quality;
  summary: string | null;
  turns: ExampleTurn[];
}

/** Parses one example file; problems carry file, line and field. */
export function parseExampleFile(source: string, file: string, id: string): FileParseResult<ParsedExample> {
  const parsed = parseYamlWithSchema(source, file, exampleFile);
  if (!parsed.ok) return parsed;
  const { value } = parsed;
  return {
    ok: true,
    value: {
      id,
      file,
      title: value.title,
      personaId: value.persona,
      quality: value.quality,
      summary: value.summary ?? null,
      turns: value.turns.map((turn, index) => ({
        index,
        role: turn.rep !== undefined ? "rep" : "customer",
        text: turn.rep ?? turn.customer ?? "",
        note: turn.note ?? null,
      })),
    },
  };
}

/** A problem found after parsing (an unknown persona, a grade that contradicts the label), at its field's line. */
export const issueAt = (source: string, file: string, field: (string | number)[], message: string): FileIssue => ({
  file,
  line: lineOfPath(source, field),
  field: field.join("."),
  message,
});
