import { type FormEvent, type Ref, useRef, useState } from "react";
import { FormField, focusFirstInvalid } from "../../../components/ui/form-field";
import { errorMessage } from "../../../lib/api-error";
import { fieldErrors } from "../../../lib/field-errors";
import { useCreateToken } from "../api/create-token";

interface NewTokenFormProps {
  onCreated: (created: { name: string; token: string }) => void;
  /** The Create token button, for the page to put focus back on once the new token is put away. */
  submitRef?: Ref<HTMLButtonElement>;
}

/** Names a new token (so its owner knows later what to revoke). */
export function NewTokenForm({ onCreated, submitRef }: NewTokenFormProps) {
  const create = useCreateToken();
  const [name, setName] = useState("");
  const form = useRef<HTMLFormElement>(null);
  const errors = fieldErrors(create.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate(name, {
      onSuccess: ({ token }) => {
        setName("");
        onCreated({ name: token.name, token: token.token });
      },
      onError: () => focusFirstInvalid(form.current),
    });
  };

  return (
    <section className="panel" aria-labelledby="new-token-title">
      <h2 id="new-token-title" className="panel__title">
        Create a token
      </h2>
      <form ref={form} className="token-form" onSubmit={submit} noValidate>
        <FormField
          id="new-token-name"
          label="What is it for?"
          hint="A name you will recognise, such as “CI eval job” or “my laptop”."
          error={errors.name ?? (create.isError ? errorMessage(create.error) : undefined)}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </FormField>
        <button ref={submitRef} type="submit" className="btn btn--primary" disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create token"}
        </button>
      </form>
    </section>
  );
}
