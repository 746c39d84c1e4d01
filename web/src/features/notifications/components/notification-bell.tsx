import { useEffect } from "react";
import { NavLink, useLocation } from "react-router";
import { useNotifications } from "../api/get-notifications";

/** The nav's link to the notifications, with the unread count as a badge (checked again on every page change). */
export function NotificationBell() {
  const notifications = useNotifications();
  const unread = notifications.data?.unread ?? 0;
  const { pathname } = useLocation();
  const { refetch } = notifications;
  useEffect(() => void refetch(), [pathname, refetch]);
  return (
    <NavLink
      to="/notifications"
      className="nav__link notification-bell"
      aria-label={unread > 0 ? `Inbox, ${unread} unread` : "Inbox"}
      data-testid="notification-bell"
    >
      Inbox
      {unread > 0 && (
        <span className="notification-bell__count" aria-hidden="true">
          {unread}
        </span>
      )}
    </NavLink>
  );
}
