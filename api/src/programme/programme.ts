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
import type { ReviewStore } from "../db/review-store";
import type { CallStores } from "../practice/call-stores";
import { createReviews } from "./review/reviews";
import { createReviewExport } from "./review/review-export";
import type { DiscussionStore } from "../db/discussion-store";
import { createDiscussion } from "./discussion/discussion";
import { createExamples, type ExampleDeps } from "./examples/examples";

export interface ProgrammeDeps {
  assignments: AssignmentStore;
  notifications: NotificationStore;
  library: LibraryStore;
  sessions: Pick<SessionService, "start">;
  /** Human review: its store, and the calls it reads (session, turns, scorecard). */
  reviews: ReviewStore;
  /** Discussion threads, shared calls and mention notices. */
  discussion: DiscussionStore;
  calls: Pick<CallStores, "sessions" | "turns" | "results">;
  mode: AuthKind;
  /** The outgoing webhook, when one is configured. */
  send: SendEvent | null;
  /** The examples library: its store, the grader for written examples, the shipped ones, names to scrub. */
  examples: Pick<ExampleDeps, "store" | "grader" | "shipped" | "person" | "speaker" | "limits">;
  now?: () => number;
}

/** The training programme: assignments, their notifications, certificates, human review. */
export function createProgramme(deps: ProgrammeDeps) {
  const notifier = createNotifier({ ...deps, assignments: deps.assignments });
  const certificates = createCertificates(deps.notifications, deps.mode);
  const reviewDeps = { store: deps.reviews, calls: deps.calls, library: deps.library, mode: deps.mode };
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
    reviews: createReviews(reviewDeps),
    reviewExport: createReviewExport(reviewDeps),
    discussion: createDiscussion({ store: deps.discussion, calls: deps.calls, library: deps.library, mode: deps.mode }),
    examples: createExamples({ ...deps.examples, calls: deps.calls, library: deps.library, mode: deps.mode }),
    notifications: {
      /** Assignment notifications, "your call was reviewed" and "you were mentioned" notices, newest first. */
      async list(principal: Principal) {
        await notifier.reconcile(principal.id);
        const [assigned, reviewed, mentioned] = await Promise.all([
          deps.notifications.list(principal.id),
          deps.reviews.notices(principal.id),
          deps.discussion.notices(principal.id),
        ]);
        const items = [
          ...assigned.items.map((item) => ({ ...item, sessionId: null, link: `/assignments/${item.assignmentId}` })),
          ...reviewed.items.map((item) => ({
            ...item,
            kind: "reviewed" as const,
            assignmentId: null,
            link: `/sessions/${item.sessionId}/scorecard`,
          })),
          ...mentioned.items.map(({ postId: _post, ...item }) => ({
            ...item,
            kind: "mentioned" as const,
            assignmentId: null,
            sessionId: null,
          })),
        ].sort((a, b) => b.createdAt - a.createdAt);
        return { items: items.slice(0, 100), unread: assigned.unread + reviewed.unread + mentioned.unread };
      },
      markRead: async (principal: Principal, ids: string[] | "all") =>
        (await deps.notifications.markRead(principal.id, ids)) +
        (await deps.reviews.markNoticesRead(principal.id, ids)) +
        (await deps.discussion.markNoticesRead(principal.id, ids)),
    },
    /** After a learner's call is graded: their statuses may have changed. */
    callScored: (userId: string) => notifier.reconcile(userId),
    sweep: () => notifier.sweep(),
  };
}

export type Programme = ReturnType<typeof createProgramme>;
