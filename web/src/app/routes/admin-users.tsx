import { AdminPage } from "../../features/admin/components/admin-page";
import { usePageTitle } from "../../lib/use-page-title";

export function AdminUsersRoute() {
  usePageTitle("Users and teams");
  return <AdminPage />;
}
