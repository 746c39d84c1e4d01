import { Link } from "react-router";
import { EmptyState } from "../../../components/ui/empty-state";
import { QueryView } from "../../../components/ui/query-view";
import { useNotifications } from "../api/get-notifications";
import { useMarkRead } from "../api/mark-read";

/** Assigned, due soon, passed: newest first; unread ones stand out until marked read. */
export function NotificationsPage() {
  const notifications = useNotifications();
  const markRead = useMarkRead();
  return (
    <QueryView query={notifications} loading="Loading notifications…" errorTitle="Could not load notifications">
      {({ items, unread }) =>
        items.length === 0 ? (
          <EmptyState title="No notifications">
            <p>
              You will hear here when work is assigned to you, when it is due soon, when you pass, when a trainer
              reviews your call, and when a teammate mentions you in a discussion.
            </p>
          </EmptyState>
        ) : (
          <section className="panel">
            <div className="panel__head">
              <h2 className="panel__title">{unread} unread</h2>
              {unread > 0 && (
                <button
                  type="button"
                  className="btn btn--secondary btn--small"
                  onClick={() => markRead.mutate(undefined)}
                >
                  Mark all read
                </button>
              )}
            </div>
            <ul className="notifications" data-testid="notifications">
              {items.map((note) => (
                <li key={note.id} className={note.readAt === null ? "is-unread" : undefined}>
                  <Link to={note.link} onClick={() => markRead.mutate([note.id])}>
                    {note.message}
                  </Link>
                  <span className="small muted"> · {new Date(note.createdAt).toLocaleString()}</span>
                </li>
              ))}
            </ul>
          </section>
        )
      }
    </QueryView>
  );
}
