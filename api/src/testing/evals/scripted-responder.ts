import { z } from "zod";
import { nearestAnchor } from "../../grading/anchors";
import type { Library } from "../../library/load-library";
import { createOfflineGrader } from "../../offline/offline-grader";
import { detectMoves } from "../../conversation/detect-moves";
import type { Transcript } from "../../conversation/transcript";
import {
  type ChatRequestBody,
  type ChatResponder,
  type FakeReply,
  lastUserMessage,
  messageText,
} from "../fake-openai-server";
import { findRuleBreaks } from "../../library/suites/persona-rules";

/** Model names the scripted fake answers as, so no recording can pass for a real model's output. */
export const FAKE_JUDGE_MODEL = "fake-scripted-judge";
export const FAKE_PERSONA_MODEL = "fake-scripted-persona";

/** Fixed, so the endpoint in every recording key is the same on every machine. */
export const FAKE_RECORDING_PORT = 18_787;

/** The environment a replay of the shipped recordings needs (no key: replay never calls out). */
export const SHIPPED_REPLAY_ENV = {
  OPENAI_BASE_URL: `http://127.0.0.1:${FAKE_RECORDING_PORT}/v1`,
  PARLEY_GRADER_MODEL: FAKE_JUDGE_MODEL,
  PARLEY_PERSONA_MODEL: FAKE_PERSONA_MODEL,
};

const judgeRequest = z.object({
  task: z.string(),
  rubric: z.object({ name: z.string(), criteria: z.array(z.object({ id: z.string() })) }),
  transcript: z.array(z.object({ turn: z.number(), speaker: z.enum(["customer", "rep"]), text: z.string() })),
});
const movesRequest = z.object({ rep_said: z.string() });
const characterRequest = z.object({
  call: z.array(z.object({ turn: z.number(), text: z.string() })),
  judge_turn: z.number(),
});

/**
 * A scripted stand-in for a model, served by the fake OpenAI-compatible server when recordings are
 * made for Parley's own tests. It answers through the real HTTP path, but its "judgement" is the
 * offline engine's rule-based scoring, its persona lines come from the persona file, and its
 * in-character verdict is the rule checks. Replaying it tests the model path's plumbing (request
 * building, record keys, parsing, aggregation), never a model's quality.
 */
export function scriptedResponder(library: Library): ChatResponder {
  const grader = createOfflineGrader();
  return async (body: ChatRequestBody): Promise<FakeReply> => {
    const schema = body.response_format?.json_schema?.name;
    const json = () => JSON.parse(lastUserMessage(body)) as unknown;
    if (schema === "judgement") {
      const request = judgeRequest.parse(json());
      const rubric = library.rubrics.find((entry) => entry.value.name === request.rubric.name)?.value;
      if (!rubric) return { kind: "error", status: 400, message: `unknown rubric ${request.rubric.name}` };
      const wanted = new Set(request.rubric.criteria.map((criterion) => criterion.id));
      const criteria = rubric.criteria.filter((criterion) => wanted.has(criterion.id));
      const transcript: Transcript = request.transcript.map((turn) => ({
        index: turn.turn,
        role: turn.speaker,
        text: turn.text,
      }));
      const turn = /turn (\d+)/.exec(request.task);
      const input = { rubric, criteria, transcript, sessionId: null, sample: 0 };
      const judged = turn
        ? await grader.judgeTurn({ ...input, turnIndex: Number(turn[1]) })
        : await grader.judgeCall(input);
      const verdicts = Object.fromEntries(
        judged.criteria.map((result) => {
          const criterion = criteria.find((entry) => entry.id === result.id);
          // A model judge scores every turn: a turn the offline grader leaves out gets the starting point.
          const skipped = result.flags.includes("not_applicable")
            ? (criterion?.signals.baseline ?? rubric.scale.min + 1)
            : null;
          const score = result.score ?? skipped;
          const level = criterion && score !== null ? nearestAnchor(criterion, score).level : 0;
          return [result.id, { evidence: result.evidence, analysis: result.rationale, anchor: String(level) }];
        }),
      );
      return {
        kind: "json",
        value: { criteria: verdicts, instruction_attempts: [], ...(turn ? { tip: "", better_reply: "" } : {}) },
      };
    }
    if (schema === "moves") {
      const request = movesRequest.parse(json());
      const found = detectMoves(request.rep_said).filter(
        (item, i, all) => all.findIndex((other) => other.move === item.move) === i,
      );
      // Answers either shape of the move-reading schema: bare moves, or moves with the words that show them.
      const withQuotes = JSON.stringify(body.response_format?.json_schema?.schema ?? {}).includes('"quote"');
      return {
        kind: "json",
        value: { moves: found.map((item) => (withQuotes ? { move: item.move, quote: item.quote } : item.move)) },
      };
    }
    if (schema === "character_verdict") {
      const request = characterRequest.parse(json());
      const text = request.call.find((turn) => turn.turn === request.judge_turn)?.text ?? "";
      const broken = findRuleBreaks(text);
      return {
        kind: "json",
        value: {
          reason: broken.length > 0 ? `rule break: ${broken[0]?.quote}` : "no rule broken",
          in_character: broken.length === 0,
        },
      };
    }
    return { kind: "text", content: personaLine(library, body) };
  };
}

/** The persona's first unused `nothing` line, or its ending line when the director's note ends the call. */
function personaLine(library: Library, body: ChatRequestBody): string {
  const system = messageText(body.messages[0] ?? { role: "system" });
  const persona = library.personas.find((entry) => system.includes(`You are ${entry.value.name},`))?.value;
  if (!persona) return "Sorry, could you say that again?";
  const note = messageText(body.messages.at(-1) ?? { role: "system" });
  const said = new Set(body.messages.filter((message) => message.role === "assistant").map(messageText));
  const outcome =
    /outcome: ([a-z ]+)\./.exec(note)?.[1]?.replaceAll(" ", "_") ?? (/hang up/.test(note) ? "hung_up" : null);
  const lines = outcome
    ? (persona.endings[outcome] ?? [])
    : persona.offline.filter((entry) => entry.when === "nothing").flatMap((entry) => entry.say);
  return lines.find((line) => !said.has(line)) ?? lines[0] ?? "Okay.";
}
