import { useRef, useState } from "react";
import { Badge } from "../../../components/ui/badge";
import { errorMessage } from "../../../lib/api-error";
import type { Team } from "../api/get-teams";
import type { AdminUser } from "../api/get-users";
import { type UserPatch, useUpdateUser } from "../api/update-user";
import { ResetPasswordForm } from "./reset-password-form";
import { roleOptions, teamIdOf, teamOptions } from "./role-options";

interface UserRowProps {
  user: AdminUser;
  teams: Team[];
  isSelf: boolean;
  onSaved: (message: string) => void;
}

/** One person: role and team change as soon as they are picked; disable, enable, reset password. */
export function UserRow({ user, teams, isSelf, onSaved }: UserRowProps) {
  const update = useUpdateUser();
  const [resetting, setResetting] = useState(false);
  const resetButton = useRef<HTMLButtonElement>(null);
  const id = `user-${user.id}`;

  const save = (patch: UserPatch, saved: string) =>
    update.mutate({ id: user.id, patch }, { onSuccess: () => onSaved(`${user.name}: ${saved}.`) });

  const teamName = (teamId: string | null) => teams.find((team) => team.id === teamId)?.name ?? "no team";
  return (
    // A tbody per person keeps the row and its reset form and errors together.
    <tbody
      className={user.disabled ? "admin__user admin__user--disabled" : "admin__user"}
      data-testid={`user-row-${user.email}`}
    >
      <tr>
        <td data-label="Person">
          <span className="row__title">{user.name}</span> {isSelf && <Badge tone="info">you</Badge>}
          <br />
          <span className="muted small">{user.email}</span>
        </td>
        <td data-label="Role">
          <label className="visually-hidden" htmlFor={`${id}-role`}>
            Role for {user.name}
          </label>
          <select
            id={`${id}-role`}
            value={user.role}
            // Admins cannot demote themselves (the API refuses it too): it would lock them out.
            disabled={isSelf || update.isPending}
            aria-describedby={isSelf ? `${id}-self` : undefined}
            onChange={(event) =>
              save({ role: event.target.value as AdminUser["role"] }, `role is now ${event.target.value}`)
            }
          >
            {roleOptions()}
          </select>
        </td>
        <td data-label="Team">
          <label className="visually-hidden" htmlFor={`${id}-team`}>
            Team for {user.name}
          </label>
          <select
            id={`${id}-team`}
            value={user.teamId ?? ""}
            disabled={update.isPending}
            onChange={(event) =>
              save({ teamId: teamIdOf(event.target.value) }, `team is now ${teamName(teamIdOf(event.target.value))}`)
            }
          >
            {teamOptions(teams)}
          </select>
        </td>
        <td data-label="Status">
          {user.disabled ? <Badge tone="bad">Disabled</Badge> : <Badge tone="good">Active</Badge>}
        </td>
        <td>
          <div className="row__actions admin__actions">
            <button
              ref={resetButton}
              type="button"
              className="btn btn--small btn--secondary"
              aria-expanded={resetting}
              aria-controls={`${id}-reset`}
              onClick={() => setResetting((open) => !open)}
            >
              Reset password<span className="visually-hidden"> for {user.name}</span>
            </button>
            {!isSelf && (
              <button
                type="button"
                className={user.disabled ? "btn btn--small btn--secondary" : "btn btn--small btn--danger"}
                disabled={update.isPending}
                onClick={() =>
                  save(
                    { disabled: !user.disabled },
                    user.disabled ? "enabled, can sign in again" : "disabled and signed out",
                  )
                }
              >
                {user.disabled ? "Enable" : "Disable"}
                <span className="visually-hidden"> {user.name}</span>
              </button>
            )}
          </div>
          {isSelf && (
            <p id={`${id}-self`} className="muted small">
              Your own role and access are changed by another admin.
            </p>
          )}
        </td>
      </tr>
      {(resetting || update.isError) && (
        <tr className="admin__detail">
          <td colSpan={5}>
            {update.isError && (
              <p className="field__error" role="alert">
                Could not change {user.name}: {errorMessage(update.error)}
              </p>
            )}
            {resetting && (
              <ResetPasswordForm
                id={`${id}-reset`}
                user={user}
                onDone={(changed) => {
                  setResetting(false);
                  // The form (and the focus in it) goes away: back to the button that opened it.
                  requestAnimationFrame(() => resetButton.current?.focus());
                  if (changed) onSaved(`${user.name}: new password set; they were signed out everywhere.`);
                }}
              />
            )}
          </td>
        </tr>
      )}
    </tbody>
  );
}
