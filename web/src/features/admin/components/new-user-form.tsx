import { type FormEvent, useRef, useState } from "react";
import { ErrorPanel } from "../../../components/ui/error-panel";
import { FormField, focusFirstInvalid } from "../../../components/ui/form-field";
import { fieldErrors } from "../../../lib/field-errors";
import { MIN_PASSWORD_LENGTH } from "../../../lib/password-rules";
import { useCreateUser } from "../api/create-user";
import type { Team } from "../api/get-teams";
import type { Role } from "../api/get-users";
import { roleOptions, teamIdOf, teamOptions } from "./role-options";

const EMPTY = { name: "", email: "", password: "", role: "learner" as Role, team: "" };

/** A new account. The server checks every rule; its messages appear at their fields. */
export function NewUserForm({ teams, onSaved }: { teams: Team[]; onSaved: (message: string) => void }) {
  const create = useCreateUser();
  const [values, setValues] = useState(EMPTY);
  const form = useRef<HTMLFormElement>(null);
  const name = useRef<HTMLInputElement>(null);
  const errors = fieldErrors(create.error, { email_taken: "email", unknown_team: "teamId" });
  const set = (key: keyof typeof EMPTY) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: event.target.value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const user = {
      name: values.name,
      email: values.email.trim(),
      password: values.password,
      role: values.role,
      teamId: teamIdOf(values.team),
    };
    create.mutate(user, {
      onSuccess: () => {
        onSaved(`Added ${user.name} (${user.email}). Give them their password; they sign in with their email.`);
        setValues(EMPTY);
        create.reset();
        name.current?.focus();
      },
      onError: () => focusFirstInvalid(form.current),
    });
  };

  return (
    <section className="panel" aria-labelledby="new-user-title">
      <h2 id="new-user-title" className="panel__title">
        Add a person
      </h2>
      <form ref={form} onSubmit={submit} noValidate data-testid="new-user-form">
        {create.isError && Object.keys(errors).length === 0 && (
          <ErrorPanel error={create.error} title="Could not add this person" />
        )}
        <FormField id="new-user-name" label="Name" error={errors.name}>
          {(control) => (
            <input {...control} ref={name} type="text" autoComplete="off" value={values.name} onChange={set("name")} />
          )}
        </FormField>
        <FormField id="new-user-email" label="Email" hint="They sign in with it." error={errors.email}>
          {(control) => (
            <input {...control} type="email" autoComplete="off" value={values.email} onChange={set("email")} />
          )}
        </FormField>
        <FormField
          id="new-user-password"
          label="Password"
          hint={`At least ${MIN_PASSWORD_LENGTH} characters. Give it to them yourself; Parley never emails it.`}
          error={errors.password}
        >
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="new-password"
              value={values.password}
              onChange={set("password")}
            />
          )}
        </FormField>
        <div className="admin__pair">
          <FormField
            id="new-user-role"
            label="Role"
            hint="Trainers edit personas and rubrics and see their team's calls."
            error={errors.role}
          >
            {(control) => (
              <select {...control} value={values.role} onChange={set("role")}>
                {roleOptions()}
              </select>
            )}
          </FormField>
          <FormField id="new-user-team" label="Team" error={errors.teamId}>
            {(control) => (
              <select {...control} value={values.team} onChange={set("team")}>
                {teamOptions(teams)}
              </select>
            )}
          </FormField>
        </div>
        <button type="submit" className="btn btn--primary" disabled={create.isPending}>
          {create.isPending ? "Adding…" : "Add person"}
        </button>
      </form>
    </section>
  );
}
