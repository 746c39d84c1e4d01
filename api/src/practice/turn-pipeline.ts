import type { Principal } from "../auth/principal";
import type { SessionRow } from "../db/session-store";
import type { TurnLease } from "../db/turn-locks";
import type { StoredTurn } from "../db/turn-store";
import { DomainError } from "../errors";
import { cutAtHeard } from "../voice/barge-in";
import { checkCanTranscribe, type SpokenTurnRequest } from "../voice/spoken-turn";
import type { TurnVoice } from "../voice/turn-voice";
import { createAnswerTurn } from "./answer-turn";
import type { PracticeDeps } from "./practice-deps";
import type { SessionAccess } from "./session-access";
import { hearStoredTurn, storeSpokenTurn } from "./spoken-turn";
import type { TurnEvent } from "./turn-events";

/** A rep turn as it arrives: typed words, or a recording (with the rep's own words, when they corrected them). */
export type TurnInput =
  { kind: "text"; text: string; heard?: string | null } | ({ kind: "spoken" } & SpokenTurnRequest);

/**
 * The turn pipeline: check, take the call's turn lease, store the rep's turn before any model call,
 * then (spoken turns) hear it, and answer. The lease is taken and released here only (renewed in
 * the background meanwhile): released when the turn is refused after it was taken, or when its
 * events have all been produced.
 */
export function createTurnPipeline(deps: PracticeDeps, access: SessionAccess) {
  const { stores, limits, persona, voice = null } = deps;
  const answerTurn = createAnswerTurn(deps, access);

  /** Checks a rep may take a turn now and takes the session's turn lock; returns the session. */
  async function claimTurn(
    principal: Principal,
    id: string,
  ): Promise<{ row: SessionRow; lease: TurnLease; releaseRate: () => void }> {
    const row = await access.require(principal, id, "change");
    const releaseRate = await limits.claimTurn(principal);
    try {
      await access.checkBudget(principal, persona.engine);
      const ended = () => new DomainError("session_ended", "This call has ended; fork it to try again.");
      if (row.status !== "active") throw ended();
      const lease = await stores.locks.lock(id);
      if (!lease) {
        if ((await stores.sessions.get(id))?.status !== "active") throw ended();
        throw new DomainError("turn_in_progress", "The customer is still answering the previous turn.");
      }
      return { row, lease, releaseRate };
    } catch (error) {
      releaseRate();
      throw error;
    }
  }

  /**
   * Barge-in: the customer's latest turn becomes the words the rep heard before cutting in, and the
   * reply as written is kept beside it. Runs under the turn lock, before the rep's turn is stored;
   * a `heard` that does not begin that reply is refused and changes nothing.
   */
  async function keepWhatWasHeard(id: string, heard: string | null): Promise<void> {
    if (heard === null) return;
    const latest = (await stores.turns.turns(id)).at(-1);
    // The rep can only cut in on the customer's reply to their last turn; when that reply failed,
    // the last turn is the rep's and an earlier, answered line must stay as it was.
    if (latest?.role !== "customer") {
      throw new DomainError(
        "invalid_heard",
        "The customer's last reply was not stored (it failed), so there is nothing to cut; send the turn without heard.",
      );
    }
    const cut = cutAtHeard(latest.quality?.interruption?.fullText ?? latest.text, heard);
    if (!cut) return;
    const quality = latest.quality ?? { attempts: 0, rejected: [], repaired: false };
    await stores.turns.cutTurn(id, latest.index, {
      text: cut.text,
      quality: { ...quality, interruption: cut.interruption },
    });
  }

  type Stored =
    | { kind: "text"; turn: StoredTurn }
    | { kind: "spoken"; spoken: { stored: StoredTurn; record: TurnVoice }; request: SpokenTurnRequest };

  async function storeRepTurn(id: string, input: TurnInput): Promise<Stored> {
    if (input.kind === "text") {
      const turn = await stores.turns.appendTurn(id, {
        role: "rep",
        text: input.text,
        at: Date.now(),
        engine: null,
        model: null,
        state: null,
        change: null,
        quality: null,
      });
      return { kind: "text", turn };
    }
    // Checked before the lock was taken; `voice` is set.
    const spoken = await storeSpokenTurn({ voice: voice!, turns: stores.turns }, id, input);
    return { kind: "spoken", spoken, request: input };
  }

  async function* events(row: SessionRow, stored: Stored, lease: TurnLease): AsyncIterable<TurnEvent> {
    const writeModelCalls = deps.modelCalls?.hold(row.id);
    try {
      const repTurn =
        stored.kind === "text"
          ? stored.turn
          : yield* hearStoredTurn({ voice: voice!, turns: stores.turns }, row.id, stored.spoken, stored.request, {
              userId: row.userId,
              scenario: {
                personaId: row.personaId,
                rubricId: row.rubricId,
                language: (await deps.library.get("persona", row.personaId, row.personaVersion)).value.language,
              },
            });
      if (repTurn) yield* answerTurn(row, repTurn);
    } finally {
      // Before the lease goes: the next turn's budget check counts these calls.
      await writeModelCalls?.();
      await lease.release();
    }
  }

  return {
    /**
     * Stores the rep's turn, then returns the events of the customer's answer. Everything a client
     * can get wrong is checked before the turn is stored; nothing after that throws.
     */
    async take(principal: Principal, id: string, input: TurnInput): Promise<AsyncIterable<TurnEvent>> {
      if (input.kind === "spoken") {
        if (!voice)
          throw new DomainError("voice_unavailable", "Voice mode is not set up on this server; send { text } instead.");
        checkCanTranscribe(voice, input);
      }
      const { row, lease, releaseRate } = await claimTurn(principal, id);
      let stored: Stored;
      try {
        await keepWhatWasHeard(id, input.heard ?? null);
        stored = await storeRepTurn(id, input);
      } catch (error) {
        await lease.release();
        throw error;
      } finally {
        // Stored, the turn counts in the store's rows; refused, it does not count at all.
        releaseRate();
      }
      return events(row, stored, lease);
    },
  };
}

export type TurnPipeline = ReturnType<typeof createTurnPipeline>;
