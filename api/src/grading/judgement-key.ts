import { createHash } from "node:crypto";
import type { Transcript } from "../conversation/transcript";
import type { KnowledgeEntry } from "../library/knowledge-schema";
import type { Criterion, Rubric } from "../library/rubric-schema";

export interface JudgementKeyParts {
  /** The judge's request text, or the prompt version (a number) when the grader cannot say it. */
  prompt: string | number;
  kind: "turn" | "call";
  model: string;
  scale: Rubric["scale"];
  criteria: Criterion[];
  transcript: Transcript;
  turn: number | null;
  sample: number;
  knowledge: KnowledgeEntry[];
}

/** A loaded rubric's criteria never change: each one's JSON is written once, not on every graded turn. */
const criterionJson = new WeakMap<Criterion, string>();

function jsonOf(criterion: Criterion): string {
  let json = criterionJson.get(criterion);
  if (json === undefined) {
    json = JSON.stringify(criterion);
    criterionJson.set(criterion, json);
  }
  return json;
}

/**
 * The judgement cache's key: the SHA-256 (hex) of `JSON.stringify` of the parts in this order, with
 * the transcript reduced to index, role and text. The hash is fed the same bytes piece by piece
 * (each criterion's JSON kept per loaded criterion) instead of one string built for it, so the keys
 * of judgements stored before stay valid (`judgement-key.test.ts` holds it to the one-string form).
 */
export function judgementKey(parts: JudgementKeyParts): string {
  const hash = createHash("sha256");
  hash.update(`{"prompt":${JSON.stringify(parts.prompt)},"kind":${JSON.stringify(parts.kind)}`);
  hash.update(`,"model":${JSON.stringify(parts.model)},"scale":${JSON.stringify(parts.scale)},"criteria":[`);
  parts.criteria.forEach((criterion, i) => hash.update(i === 0 ? jsonOf(criterion) : `,${jsonOf(criterion)}`));
  const transcript = parts.transcript.map(({ index, role, text }) => ({ index, role, text }));
  hash.update(`],"transcript":${JSON.stringify(transcript)},"turn":${JSON.stringify(parts.turn)}`);
  hash.update(`,"sample":${JSON.stringify(parts.sample)},"knowledge":${JSON.stringify(parts.knowledge)}}`);
  return hash.digest("hex");
}
