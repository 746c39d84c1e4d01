import type { Principal } from "../auth/principal";
import type { LrsConfig } from "../config-xapi";
import type { AssignmentStore } from "../db/assignment-store";
import type { LibraryStore } from "../db/library-store";
import type { XapiStore } from "../db/xapi-store";
import type { CallStores } from "../practice/call-stores";
import { type DeliveryOutcome, putStatement } from "./lrs-client";
import { createOutbox } from "./outbox";
import { createRecorder } from "./recorder";
import { createStatementDownload, type DownloadQuery } from "./statement-download";
import { parleyIris } from "./vocabulary";
import { statementProblems } from "./validate-statement";
import { DomainError } from "../errors";

export interface XapiDeps {
  store: XapiStore;
  calls: Pick<CallStores, "sessions" | "results">;
  library: Pick<LibraryStore, "get">;
  assignments: Pick<AssignmentStore, "get">;
  homePage: string;
  /** null: statements are recorded (and downloadable) but not sent. */
  lrs: LrsConfig | null;
  /** A database-wide lock, so one process at a time feeds the LRS (`db.exclusive`). */
  exclusive: (work: () => Promise<void>) => Promise<void>;
  log: (line: string) => void;
  now?: () => number;
  /** In place of the HTTP PUT to the LRS (unit tests). */
  send?: (statement: { id: string }) => Promise<DeliveryOutcome>;
}

const SWEEP_WINDOW_MS = 7 * 86_400_000;
/** At most this many per request; the button may be pressed again for the rest. */
const REQUEUE_LIMIT = 5000;

/** xAPI: statements recorded from calls, kept for download, and delivered to the LRS through the outbox. */
export function createXapi(deps: XapiDeps) {
  const { lrs, log } = deps;
  const recorder = createRecorder({ ...deps, iris: parleyIris(deps.homePage) });
  const outbox = lrs
    ? createOutbox({
        store: deps.store,
        lrs,
        send: deps.send ?? ((statement) => putStatement(lrs, statement)),
        exclusive: deps.exclusive,
        log,
        ...(deps.now ? { now: deps.now } : {}),
      })
    : null;
  const pending = new Set<Promise<void>>();
  const download = createStatementDownload(deps.store);

  return {
    /**
     * A call started, was forked or was graded: record what it has earned and nudge the outbox.
     * Returns at once and never throws, so no turn or grading waits on (or fails with) xAPI.
     */
    callChanged(sessionId: string) {
      const work = recorder
        .recordCall(sessionId)
        .then((added) => {
          if (added > 0) outbox?.kick();
        })
        .catch((error: unknown) => log(`xapi: could not record statements for ${sessionId}: ${String(error)}`))
        .finally(() => pending.delete(work));
      pending.add(work);
    },
    download: (principal: Principal, query: DownloadQuery) => download(principal, query),
    /**
     * Records what calls of the last week are missing (the process stopped between a call's write
     * and its recording; calls made before xAPI was set up). The server runs it now and then.
     */
    async sweep() {
      const now = deps.now?.() ?? Date.now();
      let added = 0;
      for (const sessionId of await deps.store.callsMissingStatements(now - SWEEP_WINDOW_MS))
        added += await recorder.recordCall(sessionId);
      if (added > 0) outbox?.kick();
      return added;
    },
    /** Waits for the recordings under way, then runs an outbox pass (tests; shutdown). */
    async flush() {
      while (pending.size > 0) await Promise.all([...pending]);
      await outbox?.flush();
    },
    counts: () => deps.store.counts(),
    /** Admins: how many statements are pending, sent and parked, and whether an LRS is configured. */
    async outboxStatus(principal: Principal) {
      if (principal.role !== "admin") throw new DomainError("forbidden", "Only admins can see the xAPI outbox.");
      return { ...(await deps.store.counts()), sending: outbox !== null };
    },
    /**
     * An admin re-queues parked statements (the LRS refused them, and its fault is now mended):
     * each goes back to the outbox, due now, in its original order. A statement that breaks the
     * xAPI rules stays parked: sending it would only be refused again.
     */
    async requeueParked(principal: Principal) {
      if (principal.role !== "admin") throw new DomainError("forbidden", "Only admins can re-queue xAPI statements.");
      const parked = await deps.store.parked(REQUEUE_LIMIT);
      const valid = parked.filter((row) => statementProblems(row.statement).length === 0);
      const requeued = await deps.store.requeue(
        valid.map((row) => row.id),
        deps.now?.() ?? Date.now(),
      );
      if (requeued > 0) outbox?.kick();
      return { requeued, stillParked: (await deps.store.counts()).parked, sending: outbox !== null };
    },
    stop: () => outbox?.stop(),
  };
}

export type Xapi = ReturnType<typeof createXapi>;
