import { useEffect, useRef, useState } from "react";

type Copy = "idle" | "copied" | "failed";

/** The new token, this once: a copy button, and a plain warning that it will not be shown again. */
export function NewTokenReveal({ created, onDone }: { created: { name: string; token: string }; onDone: () => void }) {
  const [copy, setCopy] = useState<Copy>("idle");
  const heading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const copyToken = async () => {
    try {
      await navigator.clipboard.writeText(created.token);
      setCopy("copied");
    } catch {
      // No clipboard permission (or not a secure context): select it so Ctrl+C works.
      field.current?.select();
      setCopy("failed");
    }
  };

  return (
    <section className="panel panel--warn" aria-labelledby="token-reveal-title" data-testid="token-reveal">
      <h2 id="token-reveal-title" className="panel__title" ref={heading} tabIndex={-1}>
        Your new token “{created.name}”
      </h2>
      <p>
        <strong>Copy it now: Parley keeps only a fingerprint of it and cannot show it again.</strong> Anyone who has it
        can act as you, so keep it in a secret store, never in a file in git.
      </p>
      <div className="token-reveal__row">
        <label className="visually-hidden" htmlFor="new-token-value">
          Token
        </label>
        <input
          id="new-token-value"
          ref={field}
          className="token-reveal__value"
          type="text"
          readOnly
          value={created.token}
          onFocus={(event) => event.target.select()}
          spellCheck={false}
        />
        <button type="button" className="btn btn--primary" onClick={() => void copyToken()}>
          Copy
        </button>
      </div>
      <p role="status" className="small" aria-live="polite">
        {copy === "copied"
          ? "Copied to the clipboard."
          : copy === "failed"
            ? "Could not copy; the token is selected, press Ctrl+C (⌘C)."
            : ""}
      </p>
      <button type="button" className="btn btn--secondary" onClick={onDone}>
        I have copied it
      </button>
    </section>
  );
}
