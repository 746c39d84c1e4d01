import { describe, expect, it } from "vitest";
import type { Transcript } from "../conversation/transcript";
import { scriptedGateway } from "../testing/scripted-gateway";
import { testRubric } from "../testing/fixtures";
import { gradeTranscript } from "./grade-transcript";
import { createModelGrader, criteriaForSample } from "./model-grader";
import { createUsageMeter } from "./usage";

const transcript: Transcript = [
  { index: 0, role: "customer", text: "I want to cancel." },
  { index: 1, role: "rep", text: "I'm so sorry, three outages is awful." },
];

describe("samples of the model judge", () => {
  it("list the criteria in a different order each, so k samples are k different requests", async () => {
    const base = testRubric();
    // Three call-scope criteria, so the call judge has an order to vary.
    const rubric = testRubric({
      samples: 3,
      criteria: [0, 1, 2].map((n) => ({ ...base.criteria[0], id: `criterion-${n}`, scope: "conversation" })),
    });
    const gateway = scriptedGateway({
      chat: () => "",
      structured: (call) => {
        const request = JSON.parse(call.messages.at(-1)?.content ?? "{}") as { rubric: { criteria: { id: string }[] } };
        return {
          criteria: Object.fromEntries(
            request.rubric.criteria.map((criterion) => [criterion.id, { evidence: [], analysis: "ok", anchor: "3" }]),
          ),
          instruction_attempts: [],
          tip: "",
          better_reply: "",
        };
      },
    });
    const grader = createModelGrader(gateway, "judge");
    await gradeTranscript(
      { grader, cache: null, sessionId: null, userId: null, personaId: null, meter: createUsageMeter() },
      rubric,
      transcript,
    );
    const callRequests = gateway.calls
      .filter((call) => call.purpose === "grade.call")
      .map((call) => call.messages.at(-1)?.content);
    expect(callRequests).toHaveLength(3);
    expect(new Set(callRequests).size).toBe(3);
  });

  it("rotate the criteria, keeping every one", () => {
    const criteria = testRubric().criteria;
    expect(criteriaForSample(criteria, 0)).toEqual(criteria);
    const second = criteriaForSample(criteria, 1);
    expect(second[0]).toEqual(criteria[1]);
    expect([...second].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...criteria].sort((a, b) => a.id.localeCompare(b.id)),
    );
  });
});

describe("the turn judge's request", () => {
  it("is the request its cache fingerprint names, and is built again for anything that changes it", async () => {
    const rubric = testRubric();
    const criteria = rubric.criteria.filter((criterion) => criterion.scope === "turn");
    const gateway = scriptedGateway({
      chat: () => "",
      structured: () => ({
        criteria: Object.fromEntries(
          criteria.map((criterion) => [criterion.id, { evidence: [], analysis: "ok", anchor: "3" }]),
        ),
        instruction_attempts: [],
        tip: "",
        better_reply: "",
      }),
    });
    const grader = createModelGrader(gateway, "judge");
    const input = { rubric, criteria, transcript, turnIndex: 1, sessionId: "s1", sample: 0 };
    const sent = async (changes: Partial<typeof input> = {}) => {
      const asked = { ...input, ...changes };
      const fingerprint = JSON.parse(grader.requestFingerprint!("turn", { ...asked, sessionId: null })) as {
        messages: unknown;
      };
      await grader.judgeTurn(asked);
      const messages = gateway.calls.at(-1)?.messages;
      expect(messages).toEqual(fingerprint.messages);
      return JSON.stringify(messages);
    };
    const first = await sent();
    expect(await sent()).toBe(first);
    const edited: Transcript = [transcript[0]!, { ...transcript[1]!, text: "Okay. Anything else?" }];
    const other = await sent({ transcript: edited });
    expect(other).not.toBe(first);
    expect(other).toContain("Anything else?");
    await sent({ sample: 1 });
  });
});
