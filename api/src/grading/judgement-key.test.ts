import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loadLibrary } from "../library/load-library";
import { REPO_ROOT } from "../testing/test-runtime";
import { type JudgementKeyParts, judgementKey } from "./judgement-key";

const library = await loadLibrary(REPO_ROOT);

/** The key as it was first written: one JSON string of every part, hashed (stored keys rest on it). */
function oneStringKey(parts: JudgementKeyParts): string {
  return createHash("sha256")
    .update(
      JSON.stringify({
        prompt: parts.prompt,
        kind: parts.kind,
        model: parts.model,
        scale: parts.scale,
        criteria: parts.criteria,
        transcript: parts.transcript.map(({ index, role, text }) => ({ index, role, text })),
        turn: parts.turn,
        sample: parts.sample,
        knowledge: parts.knowledge,
      }),
    )
    .digest("hex");
}

describe("judgementKey", () => {
  const transcript = [
    { index: 0, role: "customer" as const, text: 'Yeah, hi. I want to cancel. "Today."' },
    { index: 1, role: "rep" as const, text: "I'm sorry — three outages\nin a month\\ is a lot. Ünïcode 🙂", extra: 1 },
  ];

  it("is the hash of the parts as one JSON string, for every shipped rubric", () => {
    for (const { value: rubric } of library.rubrics) {
      const turnCriteria = rubric.criteria.filter((criterion) => criterion.scope === "turn");
      for (const criteria of [rubric.criteria, turnCriteria, turnCriteria.slice(1)]) {
        const parts: JudgementKeyParts = {
          prompt: JSON.stringify({ model: "m", messages: [{ role: "user", content: 'say "hi"\n' }] }),
          kind: "turn",
          model: "gpt-4o-mini",
          scale: rubric.scale,
          criteria,
          transcript,
          turn: 1,
          sample: 0,
          knowledge: [],
        };
        expect(judgementKey(parts)).toBe(oneStringKey(parts));
        // Twice: the second reads each criterion's JSON kept from the first.
        expect(judgementKey(parts)).toBe(oneStringKey(parts));
      }
    }
  });

  it("differs with each part, and holds for a call with no turn, knowledge, no criteria and a later sample", () => {
    const rubric = library.rubrics[0]!.value;
    const base: JudgementKeyParts = {
      prompt: "judge-v1",
      kind: "call",
      model: "m",
      scale: rubric.scale,
      criteria: rubric.criteria,
      transcript,
      turn: null,
      sample: 2,
      knowledge: [{ id: "refunds", title: "Refunds", text: "Refunds take 5 days." }] as JudgementKeyParts["knowledge"],
    };
    const variants: JudgementKeyParts[] = [
      base,
      { ...base, criteria: [] },
      { ...base, prompt: "judge-v2" },
      { ...base, prompt: 7 },
      { ...base, kind: "turn", turn: 1 },
      { ...base, model: "other" },
      { ...base, scale: { min: 0, max: 4 } },
      { ...base, transcript: transcript.slice(0, 1) },
      { ...base, sample: 0 },
      { ...base, knowledge: [] },
    ];
    const keys = variants.map((parts) => {
      const key = judgementKey(parts);
      expect(key).toBe(oneStringKey(parts));
      return key;
    });
    expect(new Set(keys).size).toBe(variants.length);
  });
});
