import type { AssignmentRow, AssignmentStore, Person } from "../db/assignment-store";
import type { LibraryStore } from "../db/library-store";
import type { NotificationKind, NotificationStore } from "../db/notification-store";
import { learnerProgress } from "./assignment-status";
import { certificateSteps } from "./certificate-steps";
import type { SendEvent } from "./webhook";

/** "Due soon": within two days of the due date, not yet passed, failed or overdue. */
export const DUE_SOON_MS = 2 * 86_400_000;

const day = (at: number) => new Date(at).toISOString().slice(0, 10);

function messageFor(kind: NotificationKind, row: AssignmentRow) {
  const what = row.kind === "certification" ? "certification" : "assignment";
  if (kind === "assigned") return `New ${what}: "${row.title}", due ${day(row.dueAt)}.`;
  if (kind === "due_soon") return `"${row.title}" is due ${day(row.dueAt)}.`;
  return row.kind === "certification"
    ? `You passed the certification "${row.title}": your certificate is ready.`
    : `You passed "${row.title}".`;
}

/**
 * Notifications follow the derived status: `reconcile` adds what a learner's calls now call for
 * (passed, due soon; a passed certification's certificate), at most once each, so running it again
 * (after every graded call, on reading, on the server's sweep) changes nothing. Every new
 * notification also goes to the webhook, if one is configured.
 */
export function createNotifier(deps: {
  assignments: AssignmentStore;
  notifications: NotificationStore;
  library: LibraryStore;
  send: SendEvent | null;
  now?: () => number;
}) {
  const { assignments, notifications, send, now = Date.now } = deps;

  async function notify(kind: NotificationKind, row: AssignmentRow, learner: Pick<Person, "id" | "name">, extra = {}) {
    const added = await notifications.add({
      userId: learner.id,
      assignmentId: row.id,
      kind,
      message: messageFor(kind, row),
    });
    if (!added || !send) return;
    send({
      id: added.id,
      type: `assignment.${kind}`,
      occurredAt: new Date(added.createdAt).toISOString(),
      learner: { id: learner.id, name: learner.name },
      assignment: { id: row.id, title: row.title, kind: row.kind, dueAt: new Date(row.dueAt).toISOString() },
      ...extra,
    });
  }

  async function reconcile(userId: string) {
    const rows = await assignments.list({ kind: "learner", userId });
    if (rows.length === 0) return;
    const [learner] = await assignments.people([userId]);
    if (!learner) return;
    const since = Math.min(...rows.map((row) => row.createdAt));
    const calls = await assignments.callsOf([userId], since);
    const at = now();
    for (const row of rows) {
      const progress = learnerProgress(row, calls, at);
      if (progress.status === "passed") {
        let certificateId: string | undefined;
        if (row.kind === "certification") {
          const issued = await notifications.issueCertificate({
            userId,
            assignmentId: row.id,
            steps: await certificateSteps(deps.library, row, progress),
            issuedAt: progress.passedAt ?? at,
          });
          certificateId = issued?.id;
        }
        await notify("passed", row, learner, certificateId ? { certificateId } : {});
      } else if (
        (progress.status === "not_started" || progress.status === "in_progress") &&
        row.dueAt - at <= DUE_SOON_MS
      ) {
        await notify("due_soon", row, learner);
      }
    }
  }

  return {
    async assigned(row: AssignmentRow, learners: Person[]) {
      for (const learner of learners) await notify("assigned", row, learner);
      if (row.dueAt - now() <= DUE_SOON_MS) for (const learner of learners) await notify("due_soon", row, learner);
    },
    reconcile,
    /** Every learner with an assignment not yet past due: what the server runs now and then, for "due soon". */
    async sweep() {
      const open = await assignments.dueAfter(now());
      const learners = new Set<string>();
      for (const row of open) for (const learner of await assignments.learners(row.id)) learners.add(learner.id);
      for (const userId of learners) await reconcile(userId);
    },
  };
}

export type Notifier = ReturnType<typeof createNotifier>;
