import { canChange, canRead, type Principal } from "../auth/principal";
import type { Engine } from "../config";
import type { SessionRow } from "../db/session-store";
import type { StoredTurn } from "../db/turn-store";
import { DomainError, notFound } from "../errors";
import { initialState, type PersonaState } from "./director";
import type { PracticeDeps } from "./practice-deps";

/** Who may read or change a call, whether a model call fits the budget, and where the customer's mood stands. */
export function createSessionAccess({ stores, library, limits }: Pick<PracticeDeps, "stores" | "library" | "limits">) {
  return {
    /** The session, if this principal may see it (and change it, when asked); others' calls are not found. */
    async require(principal: Principal, id: string, need: "read" | "change"): Promise<SessionRow> {
      const [row, owner] = await Promise.all([stores.sessions.get(id), stores.sessions.owner(id)]);
      if (!row || !owner || !canRead(principal, owner)) throw notFound("session", id);
      if (need === "change" && !canChange(principal, owner)) {
        throw new DomainError("forbidden", "Only the person practising this call can change it.");
      }
      return row;
    },

    /** Model calls cost tokens; the offline engine does not, so budgets apply only to the model engine. */
    async checkBudget(principal: Principal, engine: Engine): Promise<void> {
      if (engine === "model") await limits.checkTokenBudget(principal);
    },

    /** The customer's state after the latest customer turn (the persona's start before any). */
    async currentState(row: SessionRow, turns: StoredTurn[]): Promise<PersonaState> {
      const last = [...turns].reverse().find((turn) => turn.role === "customer" && turn.state);
      return last?.state ?? initialState((await library.get("persona", row.personaId, row.personaVersion)).value);
    },
  };
}

export type SessionAccess = ReturnType<typeof createSessionAccess>;
