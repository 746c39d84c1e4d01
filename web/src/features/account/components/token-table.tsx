import { useRef, useState } from "react";
import { Badge } from "../../../components/ui/badge";
import { EmptyState } from "../../../components/ui/empty-state";
import { errorMessage } from "../../../lib/api-error";
import { formatDate } from "../../../lib/labels";
import type { ApiToken } from "../api/get-tokens";
import { useRevokeToken } from "../api/revoke-token";

export function TokenTable({ items, onRevoked }: { items: ApiToken[]; onRevoked: (name: string) => void }) {
  return (
    <section className="panel" aria-labelledby="tokens-title">
      <h2 id="tokens-title" className="panel__title">
        Your tokens
      </h2>
      {items.length === 0 ? (
        <EmptyState title="No tokens yet">
          <p>Create one above when a script needs to reach Parley as you.</p>
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((token) => (
                <TokenRow key={token.id} token={token} onRevoked={onRevoked} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/**
 * Revoking asks once more in place (no pop-up), since scripts using it stop at once. When the
 * question goes away, focus goes back to Revoke ("Keep it") or, once revoked and the button with
 * it, to the token's name, so a keyboard user stays on this row.
 */
function TokenRow({ token, onRevoked }: { token: ApiToken; onRevoked: (name: string) => void }) {
  const revoke = useRevokeToken();
  const [confirming, setConfirming] = useState(false);
  const revokeButton = useRef<HTMLButtonElement>(null);
  const name = useRef<HTMLSpanElement>(null);
  const keep = () => {
    setConfirming(false);
    requestAnimationFrame(() => revokeButton.current?.focus());
  };
  const revoked = () => {
    onRevoked(token.name);
    requestAnimationFrame(() => name.current?.focus());
  };
  return (
    <tr data-testid={`token-row-${token.name}`}>
      <td data-label="Name">
        <span ref={name} className="row__title" tabIndex={-1}>
          {token.name}
        </span>
      </td>
      <td data-label="Created">{formatDate(token.createdAt)}</td>
      <td data-label="Last used">
        {token.lastUsedAt ? formatDate(token.lastUsedAt) : <span className="muted">never</span>}
      </td>
      <td data-label="Status">
        {token.revokedAt ? (
          <>
            <Badge tone="neutral">Revoked</Badge> <span className="muted small">{formatDate(token.revokedAt)}</span>
          </>
        ) : (
          <Badge tone="good">Active</Badge>
        )}
      </td>
      <td>
        {!token.revokedAt &&
          (confirming ? (
            <div className="actions">
              <button
                type="button"
                className="btn btn--small btn--danger"
                disabled={revoke.isPending}
                autoFocus
                onClick={() => revoke.mutate(token.id, { onSuccess: revoked })}
              >
                {revoke.isPending ? "Revoking…" : "Yes, revoke"}
                <span className="visually-hidden"> {token.name}</span>
              </button>
              <button type="button" className="btn btn--small btn--ghost" onClick={keep}>
                Keep it
              </button>
            </div>
          ) : (
            <button
              ref={revokeButton}
              type="button"
              className="btn btn--small btn--secondary"
              onClick={() => setConfirming(true)}
            >
              Revoke<span className="visually-hidden"> {token.name}</span>
            </button>
          ))}
        {revoke.isError && (
          <p className="field__error" role="alert">
            {errorMessage(revoke.error)}
          </p>
        )}
      </td>
    </tr>
  );
}
