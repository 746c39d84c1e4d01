import { type FormEvent, useRef, useState } from "react";
import { FormField, focusFirstInvalid } from "../../../components/ui/form-field";
import { errorMessage } from "../../../lib/api-error";
import { fieldErrors } from "../../../lib/field-errors";
import { MIN_PASSWORD_LENGTH } from "../../../lib/password-rules";
import type { AdminUser } from "../api/get-users";
import { useUpdateUser } from "../api/update-user";

/** A new password for someone who forgot theirs; their open sessions end (the API does that). */
export function ResetPasswordForm({
  id,
  user,
  onDone,
}: {
  id: string;
  user: AdminUser;
  onDone: (changed: boolean) => void;
}) {
  const update = useUpdateUser();
  const [password, setPassword] = useState("");
  const errors = fieldErrors(update.error);
  const form = useRef<HTMLFormElement>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.mutate(
      { id: user.id, patch: { password } },
      { onSuccess: () => onDone(true), onError: () => focusFirstInvalid(form.current) },
    );
  };

  return (
    <form
      ref={form}
      id={id}
      className="admin__inline-form"
      onSubmit={submit}
      noValidate
      aria-label={`New password for ${user.name}`}
    >
      <FormField
        id={`${id}-password`}
        label={`New password for ${user.name}`}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. Give it to them in person or by another safe channel.`}
        error={errors.password}
      >
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="new-password"
            value={password}
            autoFocus
            onChange={(event) => setPassword(event.target.value)}
          />
        )}
      </FormField>
      {update.isError && !errors.password && (
        <p className="field__error" role="alert">
          {errorMessage(update.error)}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="btn btn--small btn--primary" disabled={update.isPending}>
          {update.isPending ? "Saving…" : "Set password"}
        </button>
        <button type="button" className="btn btn--small btn--ghost" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
