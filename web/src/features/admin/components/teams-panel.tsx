import { type FormEvent, useRef, useState } from "react";
import { EmptyState } from "../../../components/ui/empty-state";
import { FormField, focusFirstInvalid } from "../../../components/ui/form-field";
import { errorMessage } from "../../../lib/api-error";
import { fieldErrors } from "../../../lib/field-errors";
import type { Team } from "../api/get-teams";
import type { AdminUser } from "../api/get-users";
import { useSaveTeam } from "../api/save-team";

interface TeamsPanelProps {
  teams: Team[];
  users: AdminUser[];
  onSaved: (message: string) => void;
}

/** Teams: how many people each has, rename in place, add a new one. */
export function TeamsPanel({ teams, users, onSaved }: TeamsPanelProps) {
  const members = (teamId: string) => users.filter((user) => user.teamId === teamId).length;
  return (
    <section className="panel" aria-labelledby="teams-title">
      <h2 id="teams-title" className="panel__title">
        Teams
      </h2>
      <p className="muted small">A trainer sees the calls of the people in their team.</p>
      {teams.length === 0 ? (
        <EmptyState title="No teams yet" />
      ) : (
        <ul className="rows" aria-label="Teams">
          {teams.map((team) => (
            <TeamRow key={team.id} team={team} members={members(team.id)} onSaved={onSaved} />
          ))}
        </ul>
      )}
      <TeamNameForm
        id="new-team"
        label="New team"
        submitLabel="Add team"
        onSaved={(name) => onSaved(`Added the team ${name}.`)}
      />
    </section>
  );
}

function TeamRow({ team, members, onSaved }: { team: Team; members: number; onSaved: (message: string) => void }) {
  const [renaming, setRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const close = () => {
    setRenaming(false);
    requestAnimationFrame(() => renameButton.current?.focus());
  };
  if (renaming) {
    return (
      <li className="row admin__team-edit">
        <TeamNameForm
          id={`team-${team.id}`}
          label={`New name for ${team.name}`}
          submitLabel="Save"
          team={team}
          onSaved={(name) => {
            onSaved(`Renamed ${team.name} to ${name}.`);
            close();
          }}
          onCancel={close}
        />
      </li>
    );
  }
  return (
    <li className="row">
      <div>
        <p className="row__title">{team.name}</p>
        <p className="muted small">{members === 1 ? "1 person" : `${members} people`}</p>
      </div>
      <button
        ref={renameButton}
        type="button"
        className="btn btn--small btn--secondary"
        onClick={() => setRenaming(true)}
      >
        Rename<span className="visually-hidden"> {team.name}</span>
      </button>
    </li>
  );
}

interface TeamNameFormProps {
  id: string;
  label: string;
  submitLabel: string;
  team?: Team;
  onSaved: (name: string) => void;
  onCancel?: () => void;
}

function TeamNameForm({ id, label, submitLabel, team, onSaved, onCancel }: TeamNameFormProps) {
  const save = useSaveTeam();
  const [name, setName] = useState(team?.name ?? "");
  const form = useRef<HTMLFormElement>(null);
  const errors = fieldErrors(save.error, { team_name_taken: "name" });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(
      { id: team?.id, name },
      {
        onSuccess: ({ team: saved }) => {
          onSaved(saved.name);
          setName("");
          save.reset();
        },
        onError: () => focusFirstInvalid(form.current),
      },
    );
  };
  return (
    <form ref={form} className="admin__inline-form" onSubmit={submit} noValidate>
      <FormField
        id={`${id}-name`}
        label={label}
        error={errors.name ?? (save.isError ? errorMessage(save.error) : undefined)}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="off"
            autoFocus={team !== undefined}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        )}
      </FormField>
      <div className="actions">
        <button
          type="submit"
          className={team ? "btn btn--small btn--primary" : "btn btn--secondary"}
          disabled={save.isPending}
        >
          {save.isPending ? "Saving…" : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="btn btn--small btn--ghost" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
