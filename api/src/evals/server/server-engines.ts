import type { Engine } from "../../config";
import type { Scorecard } from "../../grading/types";
import type { Transcript } from "../../practice/transcript";
import type { EvalEngines } from "../eval-engines";
import type { LineResult, PlayedCall, ScriptPlayer } from "../play-script";
import type { ServerClient } from "./server-client";

interface Started {
  session: { id: string };
  mood: number;
}

/**
 * A suite's engines on a Parley server: grading by `POST /api/grade` against the server's own
 * rubric of that id, scripted calls through the sessions API as sandbox calls (kept out of
 * everyone's history). The server's judge of character is not exposed, so persona turns are
 * checked by rule only.
 */
export function serverEngines(client: ServerClient, engine: Engine): EvalEngines {
  const play: ScriptPlayer = async ({ personaId, difficulty, lines }) => {
    const started = await client.json<Started>("POST", "/api/sessions", { personaId, mode: "exam", sandbox: true, ...(difficulty ? { difficulty } : {}) });
    const id = started.session.id;
    let mood = started.mood;
    let ended = false;
    let outcome: string | null = null;
    let sent = 0;
    const results: LineResult[] = [];
    for (const line of lines) {
      if (ended) break;
      sent += 1;
      const result: LineResult = { line, reply: null, replyTurn: null, moodBefore: mood, moodAfter: mood, error: null };
      for (const event of await client.turn(id, line)) {
        if (event.type === "persona") {
          result.reply = event.turn.text;
          result.replyTurn = event.turn.index;
          result.moodAfter = event.mood;
          mood = event.mood;
          ended = event.ended;
          outcome = event.outcome;
        } else if (event.type === "error") {
          result.error = `${event.code}: ${event.message}`;
        }
      }
      results.push(result);
    }
    const stored = await client.json<{ turns: { index: number; role: "customer" | "rep"; text: string }[] }>("GET", `/api/sessions/${id}`);
    const transcript: Transcript = stored.turns.filter((turn) => turn.text !== "").map(({ index, role, text }) => ({ index, role, text }));
    return { transcript, startMood: started.mood, endMood: mood, lines: results, unsent: lines.length - sent, ended, outcome } satisfies PlayedCall;
  };
  return {
    engine,
    score: async ({ rubric, transcript }) =>
      (await client.json<{ scorecard: Scorecard }>("POST", "/api/grade", { rubricId: rubric.id, transcript: transcript.map(({ index, role, text }) => ({ index, role, text })) })).scorecard,
    openPlayer: () => Object.assign(play, { close: () => {} }),
    judge: null,
  };
}
