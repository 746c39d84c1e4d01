import type { Engine } from "../../config";
import type { Scorecard } from "../../grading/types";
import type { Transcript } from "../../conversation/transcript";
import type { EvalEngines } from "../eval-engines";
import { type PlayedCall, type ScriptPlayer, sendLines } from "../../trainer/play-script";
import { type ServerClient, ServerError } from "./server-client";

interface Started {
  session: { id: string };
  mood: number;
}

/**
 * A suite's engines on a Parley server: grading by `POST /api/grade` against the server's own
 * rubric of that id, scripted calls through the sessions API as sandbox calls (kept out of
 * everyone's history), each abandoned once played. The server's judge of character is not exposed, so persona turns are
 * checked by rule only.
 */
export function serverEngines(client: ServerClient, engine: Engine): EvalEngines {
  const play: ScriptPlayer = async ({ personaId, difficulty, lines }) => {
    const started = await client.json<Started>("POST", "/api/sessions", {
      personaId,
      mode: "exam",
      sandbox: true,
      ...(difficulty ? { difficulty } : {}),
    });
    const id = started.session.id;
    let sent: Awaited<ReturnType<typeof sendLines>>;
    let stored: { turns: { index: number; role: "customer" | "rep"; text: string }[] };
    try {
      sent = await sendLines(started.mood, lines, (line) => client.turn(id, line));
      stored = await client.json("GET", `/api/sessions/${id}`);
    } finally {
      // The call is the suite's, not a rep's: it is abandoned (no scorecard, no open call left behind),
      // unless the customer ended it already.
      await client.json("POST", `/api/sessions/${id}/abandon`).catch((error: unknown) => {
        if (!(error instanceof ServerError && error.status === 409)) throw error;
      });
    }
    const transcript: Transcript = stored.turns
      .filter((turn) => turn.text !== "")
      .map(({ index, role, text }) => ({ index, role, text }));
    return { transcript, ...sent } satisfies PlayedCall;
  };
  return {
    engine,
    score: async ({ rubric, transcript }) =>
      (
        await client.json<{ scorecard: Scorecard }>("POST", "/api/grade", {
          rubricId: rubric.id,
          transcript: transcript.map(({ index, role, text }) => ({ index, role, text })),
        })
      ).scorecard,
    openPlayer: async () => Object.assign(play, { close: async () => {} }),
    judge: null,
  };
}
