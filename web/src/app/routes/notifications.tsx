import { NotificationsPage } from "../../features/notifications/components/notifications-page";
import { usePageTitle } from "../../lib/use-page-title";

export function NotificationsRoute() {
  usePageTitle("Notifications");
  return (
    <>
      <header className="page-head">
        <h1>Notifications</h1>
      </header>
      <NotificationsPage />
    </>
  );
}
