import { z } from "zod";
import type { Criterion } from "../library/rubric-schema";

const quote = z.object({ turn: z.number().int(), quote: z.string() });

/** One criterion's verdict, in the order the judge writes it: evidence, analysis, then the label. */
export interface Verdict {
  evidence: { turn: number; quote: string }[];
  analysis: string;
  anchor: string;
}

export interface JudgeAnswer {
  criteria: Record<string, Verdict>;
  instruction_attempts: { turn: number; quote: string }[];
}

export interface TurnJudgeAnswer extends JudgeAnswer {
  tip: string;
  better_reply: string;
}

/**
 * "4", 4, "4.0", "Level 4", "level 4: names the impact" all mean anchor 4. Strict `json_schema`
 * holds the model to the enum; in `json_object` or prompt-only mode it may decorate the label.
 */
export function normaliseLevel(value: unknown): unknown {
  if (typeof value === "number" && Number.isInteger(value)) return String(value);
  if (typeof value !== "string") return value;
  const match = /^\s*(?:level|anchor|score)?\s*[:#]?\s*(\d+)(?:\.0+)?(?!\d|\.\d)/i.exec(value);
  return match ? String(Number(match[1])) : value.trim();
}

/**
 * Criteria keyed by id, matched without regard to case or spacing; an answer that lists them as
 * `[{ id, ... }]` (the old shape) is taken too.
 */
function keyedById(ids: string[]) {
  const byLower = new Map(ids.map((id) => [id.toLowerCase(), id]));
  return (value: unknown): unknown => {
    const entries: [string, unknown][] = Array.isArray(value)
      ? value.flatMap((item) =>
          typeof item === "object" && item !== null && typeof (item as { id?: unknown }).id === "string"
            ? [[(item as { id: string }).id, item] as [string, unknown]]
            : [],
        )
      : typeof value === "object" && value !== null
        ? Object.entries(value)
        : [];
    if (entries.length === 0) return value;
    return Object.fromEntries(entries.map(([key, verdict]) => [byLower.get(key.trim().toLowerCase()) ?? key, verdict]));
  };
}

function verdictSchema(criterion: Criterion) {
  const levels = Object.keys(criterion.anchors).sort((a, b) => Number(a) - Number(b));
  return z.object({
    evidence: z.array(quote),
    analysis: z.string(),
    anchor: z.preprocess(normaliseLevel, z.enum(levels as [string, ...string[]])),
  });
}

// One schema object per set of criteria, so the gateway converts it to JSON Schema once.
const cache = new Map<string, z.ZodType>();

/**
 * The judge's answer schema for exactly these criteria: an object keyed by criterion id, every one
 * required, each verdict's anchor an enum of that criterion's own levels (written last, after the
 * evidence and the analysis, so the label follows the reasoning). `coaching` adds the turn's tip
 * and rewrite.
 */
export function judgeSchema(criteria: Criterion[], coaching: boolean): z.ZodType<JudgeAnswer | TurnJudgeAnswer> {
  const key = JSON.stringify([coaching, criteria.map((criterion) => [criterion.id, Object.keys(criterion.anchors)])]);
  const known = cache.get(key);
  if (known) return known as z.ZodType<JudgeAnswer | TurnJudgeAnswer>;
  const verdicts = z.preprocess(
    keyedById(criteria.map((criterion) => criterion.id)),
    z.object(Object.fromEntries(criteria.map((criterion) => [criterion.id, verdictSchema(criterion)]))),
  );
  const base = z.object({ criteria: verdicts, instruction_attempts: z.array(quote) });
  const schema = coaching ? base.extend({ tip: z.string(), better_reply: z.string() }) : base;
  if (cache.size >= 200) cache.clear();
  cache.set(key, schema);
  return schema as unknown as z.ZodType<JudgeAnswer | TurnJudgeAnswer>;
}
