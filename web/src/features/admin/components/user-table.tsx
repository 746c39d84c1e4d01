import { EmptyState } from "../../../components/ui/empty-state";
import type { Team } from "../api/get-teams";
import type { AdminUser } from "../api/get-users";
import { UserRow } from "./user-row";

interface UserTableProps {
  users: AdminUser[];
  teams: Team[];
  selfId: string;
  onSaved: (message: string) => void;
}

export function UserTable({ users, teams, selfId, onSaved }: UserTableProps) {
  return (
    <section className="panel" aria-labelledby="people-title">
      <h2 id="people-title" className="panel__title">
        People <span className="muted small">({users.length})</span>
      </h2>
      {users.length === 0 ? (
        <EmptyState title="No accounts yet">
          <p>Add the first person below.</p>
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table admin__users">
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col">Role</th>
                <th scope="col">Team</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            {users.map((user) => (
              <UserRow key={user.id} user={user} teams={teams} isSelf={user.id === selfId} onSaved={onSaved} />
            ))}
          </table>
        </div>
      )}
    </section>
  );
}
