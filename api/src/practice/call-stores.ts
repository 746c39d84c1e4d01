import type { Db } from "../db/client";
import { createResultStore, type ResultStore } from "../db/result-store";
import { createSessionStore, type SessionStore } from "../db/session-store";
import { createTurnLocks, type LeaseSettings, type TurnLocks } from "../db/turn-locks";
import { createTurnStore, type TurnStore } from "../db/turn-store";

/** The stores a call lives in: the session row, its turns, its turn lock, and what grading left. */
export interface CallStores {
  sessions: SessionStore;
  turns: TurnStore;
  locks: TurnLocks;
  results: ResultStore;
}

export function createCallStores(db: Db, lease?: LeaseSettings, log?: (line: string) => void): CallStores {
  return {
    sessions: createSessionStore(db),
    turns: createTurnStore(db),
    locks: createTurnLocks(db, lease, log),
    results: createResultStore(db),
  };
}
