/**
 * Prompt size per persona turn as the call grows (turns 1, 10, 40), and how much of each request
 * repeats the previous one from the start (what provider prompt caching can reuse).
 *
 * Measured in-process: the real model persona engine builds its messages and a
 * recording gateway keeps them. In-process because the director ends any real call long before
 * turn 40 (patience runs out), and because message building is what is measured, not timing.
 * The server-run turns phase checks the same prefix property on the wire.
 */
import { loadLibrary } from "../../api/src/library/load-library";
import type { RepMove } from "../../api/src/conversation/moves";
import { LlmError } from "../../api/src/llm/errors";
import type { ChatMessage, LlmGateway } from "../../api/src/llm/gateway";
import { advance, initialState, type PersonaState, type TurnChange } from "../../api/src/practice/director";
import { createModelPersonaEngine } from "../../api/src/practice/model-persona";
import type { Context } from "../context";
import type { RecordedMessage } from "../fake-protocol";
import { REPO_ROOT } from "../processes";
import { fmt } from "../report";
import { PERSONA_ID, transcriptOf } from "../script";
import { commonPrefixTokens, promptTokens } from "../tokens";

const TURNS = [1, 10, 40];
/** OpenAI caches prompts of at least this many tokens (in 128-token steps beyond it). */
const CACHE_MINIMUM = 1024;

type Purpose = "persona.moves" | "persona.reply";

export async function promptsPhase(ctx: Context) {
  const library = await loadLibrary(REPO_ROOT);
  const persona = library.personas.find((entry) => entry.value.id === PERSONA_ID)?.value;
  if (!persona) throw new Error(`the library has no ${PERSONA_ID} persona`);

  let recorded: { purpose: string; messages: ChatMessage[] }[] = [];
  const gateway: LlmGateway = {
    async *streamChat(context, messages) {
      recorded.push({ purpose: context.purpose, messages });
      yield "Fine.";
    },
    async structured(context, messages) {
      recorded.push({ purpose: context.purpose, messages });
      throw new LlmError("bad_output", "recording only");
    },
  };
  const engine = createModelPersonaEngine(gateway, "gpt-4o-mini");

  /** The requests the engines make for rep turn `k` (the k-th customer reply) of a call. */
  const requestsAt = async (k: number): Promise<Record<Purpose, RecordedMessage[]>> => {
    const transcript = transcriptOf(2 * k); // customer opening, then rep / customer ..., ending with rep turn k
    // The director's verdict on k rep turns in which nothing helpful was read.
    const nothing = { moves: [] as RepMove[] };
    let state: PersonaState = initialState(persona);
    let change: TurnChange | null = null;
    for (let turn = 0; turn < k; turn++) ({ state, change } = advance(persona, "hard", state, nothing));
    if (!change) throw new Error("no director verdict");
    state = { ...state, outcome: null }; // a call still going, whatever patience says
    change = { ...change, outcome: null };
    recorded = [];
    await engine.readMoves({ sessionId: "bench", persona, transcript });
    for await (const _ of engine.speak({
      sessionId: "bench",
      persona,
      difficulty: "hard",
      transcript,
      state,
      change,
    })) {
      // drain
    }
    const find = (purpose: Purpose) => recorded.find((call) => call.purpose === purpose)?.messages ?? [];
    return { "persona.moves": find("persona.moves"), "persona.reply": find("persona.reply") };
  };

  const rows: string[][] = [];
  const checks: string[] = [];
  for (const k of TURNS) {
    const now = await requestsAt(k);
    const before = k > 1 ? await requestsAt(k - 1) : null;
    for (const purpose of ["persona.reply", "persona.moves"] as const) {
      const messages = now[purpose];
      if (messages.length === 0) continue;
      const total = promptTokens(messages);
      const shared = before ? commonPrefixTokens(before[purpose], messages) : null;
      rows.push([
        purpose,
        String(k),
        String(messages.length),
        String(total),
        shared === null ? "first turn" : String(shared),
        shared === null ? "n/a" : `${fmt((shared / total) * 100, 0)}%`,
        total >= CACHE_MINIMUM ? "yes" : "no",
      ]);
    }
    const reply = now["persona.reply"];
    const last = reply.at(-1);
    const ordered =
      reply[0]?.role === "system" &&
      last?.role === "system" &&
      last.content.startsWith("Director's note") &&
      reply.slice(1, -1).every((m) => m.role === "user" || m.role === "assistant");
    checks.push(
      `turn ${k}: persona request is system prompt, ${reply.length - 2} transcript messages, director's note last: ${ordered ? "yes" : "NO"}`,
    );
  }

  ctx.report.section(
    `Persona prompt size per turn as the call grows (persona ${PERSONA_ID}, in-process)`,
    [
      "request",
      "rep turn",
      "messages",
      "prompt tokens",
      "prefix shared with the turn before (tokens)",
      "share",
      `≥ ${CACHE_MINIMUM} tokens (cacheable)`,
    ],
    rows,
    [
      "Tokens are gpt-4o-mini's (o200k) with chat framing. Turn k's transcript is the opening line, then k rep turns and k-1 customer replies.",
      "Shared prefix: tokens from the start of the request that are identical to the same request one turn earlier; providers bill those as cached when the prompt is long enough.",
      ...checks,
    ],
  );
  const reply = rows.filter((row) => row[0] === "persona.reply");
  ctx.report.row(
    "persona reply prompt at turns 1 / 10 / 40",
    "tokens",
    { n: reply.length, median: null, p95: null },
    null,
    reply.map((row) => row[3]).join(" / "),
  );
  ctx.report.raw.prompts = rows;
  ctx.log(`prompts: persona reply ${reply.map((row) => row[3]).join(" / ")} tokens at turns ${TURNS.join(" / ")}`);
}
