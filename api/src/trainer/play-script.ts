import { openDatabase } from "../db/client";
import { createLibraryStore } from "../db/library-store";
import { createBudgetStore } from "../db/budget-store";
import { createUserStore, LOCAL_USER_ID } from "../db/user-store";
import type { Grader } from "../grading/grader";
import type { Difficulty } from "../library/common-schema";
import type { Library } from "../library/load-library";
import type { PersonaEngine } from "../practice/persona-engine";
import { createLimits } from "../practice/limits";
import { createThrottleStore } from "../db/throttle-store";
import { createCallStores } from "../practice/call-stores";
import { createPractice } from "../practice/practice";
import type { Transcript } from "../conversation/transcript";
import type { TurnEvent } from "../practice/turn-events";

/** What happened when one scripted rep line was sent. */
export interface LineResult {
  line: string;
  /** The customer's answer, or null when none came (the call had already ended, or an error). */
  reply: string | null;
  replyTurn: number | null;
  moodBefore: number;
  moodAfter: number;
  error: string | null;
}

export interface PlayedCall {
  transcript: Transcript;
  startMood: number;
  endMood: number;
  lines: LineResult[];
  /** Script lines never sent because the customer had already ended the call. */
  unsent: number;
  ended: boolean;
  outcome: string | null;
}

export type ScriptPlayer = (input: {
  personaId: string;
  difficulty: Difficulty | undefined;
  lines: string[];
  /** Told the private session's id before any line is sent (e.g. to charge its model calls to someone). */
  onStart?: (sessionId: string) => void;
}) => Promise<PlayedCall>;

/**
 * Plays scripted rep lines through the real session lifecycle (the same service the HTTP API
 * uses, on a private in-memory database), so a persona suite exercises exactly what a learner
 * meets: move reading, the director, the persona engine and its end conditions.
 */
export async function createScriptPlayer(
  library: Library,
  engines: { persona: PersonaEngine; grader: Grader },
): Promise<ScriptPlayer & { close: () => Promise<void> }> {
  const { db, close } = await openDatabase(":memory:");
  const libraryStore = createLibraryStore(db);
  const stores = createCallStores(db);
  const users = createUserStore(db);
  await users.ensureLocalUser();
  await libraryStore.sync(library);
  // A private, single-user database: no rate limit or token budget applies to a scripted call.
  const limits = createLimits(
    { turnsPerMinute: Number.MAX_SAFE_INTEGER, dailyTokensPerUser: 0, dailyTokensPerTeam: 0 },
    stores.turns,
    createBudgetStore(db),
    createThrottleStore(db),
  );
  const practice = createPractice({
    library: libraryStore,
    stores,
    persona: engines.persona,
    grader: engines.grader,
    judgements: null,
    limits,
  });
  const rep = await users.principal(LOCAL_USER_ID);
  if (!rep) throw new Error("the local user is missing");

  const play: ScriptPlayer = async ({ personaId, difficulty, lines, onStart }) => {
    const started = await practice.sessions.start(rep, { personaId, mode: "exam", difficulty });
    const id = started.session.id;
    onStart?.(id);
    const sent = await sendLines(started.mood, lines, (line) =>
      practice.turns.take(rep, id, { kind: "text", text: line }),
    );
    const transcript = (await practice.sessions.get(rep, id)).turns.map(({ index, role, text }) => ({
      index,
      role,
      text,
    }));
    return { transcript, ...sent };
  };
  return Object.assign(play, { close });
}

/**
 * Sends scripted lines to a started call one at a time, stopping once the customer ends it, and
 * records each answer with the mood before and after. `turn` sends one line and gives back the
 * answer's events; the caller reads the transcript afterwards.
 */
export async function sendLines(
  startMood: number,
  lines: string[],
  turn: (line: string) => AsyncIterable<TurnEvent> | Promise<AsyncIterable<TurnEvent> | TurnEvent[]>,
): Promise<Omit<PlayedCall, "transcript">> {
  let mood = startMood;
  let ended = false;
  let outcome: string | null = null;
  const results: LineResult[] = [];
  let sent = 0;
  for (const line of lines) {
    if (ended) break;
    sent += 1;
    const result: LineResult = { line, reply: null, replyTurn: null, moodBefore: mood, moodAfter: mood, error: null };
    for await (const event of await turn(line)) {
      if (event.type === "persona") {
        result.reply = event.turn.text;
        result.replyTurn = event.turn.index;
        result.moodAfter = event.mood;
        mood = event.mood;
        // A script stops once the customer has reached an outcome, before the rep's closing turn.
        ended = event.ended || event.closing;
        outcome = event.outcome;
      } else if (event.type === "error") {
        result.error = `${event.code}: ${event.message}`;
      }
    }
    results.push(result);
  }
  return { startMood, endMood: mood, lines: results, unsent: lines.length - sent, ended, outcome };
}
