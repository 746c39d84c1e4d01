import { useState } from "react";
import { EmptyState } from "../../../components/ui/empty-state";
import { ErrorPanel } from "../../../components/ui/error-panel";
import { Loading } from "../../../components/ui/loading";
import { StatementDownload } from "../../../components/xapi/statement-download";
import { ApiRequestError } from "../../../lib/api-error";
import { useMe } from "../../../lib/queries/me";
import { useTeams } from "../api/get-teams";
import { useUsers } from "../api/get-users";
import { LocalModeNotice } from "./local-mode-notice";
import { NewUserForm } from "./new-user-form";
import { TeamsPanel } from "./teams-panel";
import { UserTable } from "./user-table";
import { XapiOutboxPanel } from "./xapi-outbox-panel";
import "./admin.css";

/** Admins: everyone's accounts (role, team, disabled, password reset), new accounts, and teams. */
export function AdminPage() {
  const me = useMe();
  const accounts = me.data?.mode === "accounts";
  const isAdmin = accounts && me.data?.user.role === "admin";
  const users = useUsers(isAdmin);
  const teams = useTeams(isAdmin);
  // One polite live region for "saved" messages, so a change made in a table row is announced.
  const [announcement, setAnnouncement] = useState("");

  let body;
  if (me.isPending) body = <Loading label="Loading…" />;
  // Before anything that reads `me`: a failed /me must not look like "local mode" or "not an admin".
  // (A failed background refetch keeps the last answer, so the page stays.)
  else if (me.isLoadingError)
    body = <ErrorPanel error={me.error} title="Could not check your account" onRetry={() => void me.refetch()} />;
  else if (me.data?.mode === "local") body = <LocalModeNotice />;
  else if (!isAdmin || isForbidden(users.error) || isForbidden(teams.error)) body = <AdminsOnly />;
  else if (users.isError || teams.isError) {
    body = (
      <ErrorPanel
        error={users.error ?? teams.error}
        title="Could not load users and teams"
        onRetry={() => void Promise.all([users.refetch(), teams.refetch()])}
      />
    );
  } else if (!users.data || !teams.data || !me.data) body = <Loading label="Loading users and teams…" />;
  else {
    body = (
      <>
        <UserTable
          users={users.data.items}
          teams={teams.data.items}
          selfId={me.data.user.id}
          onSaved={setAnnouncement}
        />
        <div className="admin__grid">
          <NewUserForm teams={teams.data.items} onSaved={setAnnouncement} />
          <TeamsPanel teams={teams.data.items} users={users.data.items} onSaved={setAnnouncement} />
        </div>
        <XapiOutboxPanel />
        <StatementDownload
          learners={users.data.items}
          lead="Anyone's practice calls as xAPI statements, e.g. to load into an LMS by hand: one JSON file per person and date range."
        />
      </>
    );
  }

  return (
    <>
      <header className="page-head">
        <div>
          <h1>Users and teams</h1>
          <p className="lead">Who can sign in, what they may do, and which team's trainer sees their calls.</p>
        </div>
      </header>
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="admin-status">
        {announcement}
      </p>
      {body}
    </>
  );
}

const isForbidden = (error: unknown) => error instanceof ApiRequestError && error.status === 403;

function AdminsOnly() {
  return (
    <EmptyState title="Only admins manage users">
      <p>Your account cannot see this page. Ask a Parley admin if you need an account changed.</p>
    </EmptyState>
  );
}
