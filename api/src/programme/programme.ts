import type { Principal } from "../auth/principal";
import type { AssignmentStore } from "../db/assignment-store";
import type { LibraryStore } from "../db/library-store";
import type { NotificationStore } from "../db/notification-store";
import type { SessionService } from "../practice/session-service";
import type { AuthKind } from "./assignees";
import { createAssignments } from "./assignments";
import { createCertificates } from "./certificates";
import { createNotifier } from "./notifier";
import type { SendEvent } from "./webhook";

export interface ProgrammeDeps {
  assignments: AssignmentStore;
  notifications: NotificationStore;
  library: LibraryStore;
  sessions: Pick<SessionService, "start">;
  mode: AuthKind;
  /** The outgoing webhook, when one is configured. */
  send: SendEvent | null;
  now?: () => number;
}

/** The training programme: assignments, their notifications, certificates. */
export function createProgramme(deps: ProgrammeDeps) {
  const notifier = createNotifier({ ...deps, assignments: deps.assignments });
  const certificates = createCertificates(deps.notifications, deps.mode);
  return {
    assignments: createAssignments({ ...deps, store: deps.assignments, notifier }),
    certificates: {
      ...certificates,
      /** A learner's list is brought up to date first, in case a graded call's update has not run yet. */
      async list(principal: Principal) {
        if (principal.role === "learner" || deps.mode === "local") await notifier.reconcile(principal.id);
        return certificates.list(principal);
      },
    },
    notifications: {
      async list(principal: Principal) {
        await notifier.reconcile(principal.id);
        return deps.notifications.list(principal.id);
      },
      markRead: (principal: Principal, ids: string[] | "all") => deps.notifications.markRead(principal.id, ids),
    },
    /** After a learner's call is graded: their statuses may have changed. */
    callScored: (userId: string) => notifier.reconcile(userId),
    sweep: () => notifier.sweep(),
  };
}

export type Programme = ReturnType<typeof createProgramme>;
