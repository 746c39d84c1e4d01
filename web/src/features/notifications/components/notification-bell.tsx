import { NavLink } from "react-router";
import { useNotifications } from "../api/get-notifications";

/** The nav's link to the notifications, with the unread count as a badge. */
export function NotificationBell() {
  const unread = useNotifications().data?.unread ?? 0;
  return (
    <NavLink
      to="/notifications"
      className="nav__link notification-bell"
      aria-label={unread > 0 ? `Notifications, ${unread} unread` : "Notifications"}
      data-testid="notification-bell"
    >
      Notifications
      {unread > 0 && (
        <span className="notification-bell__count" aria-hidden="true">
          {unread}
        </span>
      )}
    </NavLink>
  );
}
