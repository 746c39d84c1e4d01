import { type FormEvent, useRef, useState } from "react";
import { ApiRequestError, errorMessage } from "../../../lib/api-error";
import { useSignIn } from "../api/sign-in";

/** Email and password; a refusal is announced and leaves focus on the password to try again. */
/** Signing in stores the user in the `me` query; the page then moves on. */
export function SignInForm() {
  const signIn = useSignIn();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const passwordInput = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    signIn.mutate(
      { email: email.trim(), password },
      {
        onError: () => {
          setPassword("");
          passwordInput.current?.focus();
        },
      },
    );
  };

  const error = signIn.error;
  const refused = error instanceof ApiRequestError && error.code === "invalid_credentials";
  return (
    <form className="sign-in__form" onSubmit={submit} aria-describedby={error ? "sign-in-error" : undefined}>
      {error && (
        <div id="sign-in-error" className="panel panel--error sign-in__error" role="alert" data-testid="sign-in-error">
          <p className="panel__title">{refused ? "Wrong email or password" : "Could not sign in"}</p>
          <p>{errorMessage(error)}</p>
        </div>
      )}
      <div className="field">
        <label htmlFor="sign-in-email">Email</label>
        <input
          id="sign-in-email"
          type="email"
          name="email"
          autoComplete="username"
          required
          autoFocus
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          aria-invalid={refused || undefined}
        />
      </div>
      <div className="field">
        <label htmlFor="sign-in-password">Password</label>
        <input
          id="sign-in-password"
          ref={passwordInput}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          aria-invalid={refused || undefined}
        />
      </div>
      <button type="submit" className="btn btn--primary btn--large sign-in__submit" disabled={signIn.isPending}>
        {signIn.isPending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
