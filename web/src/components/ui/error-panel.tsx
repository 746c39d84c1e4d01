import { ApiRequestError, errorMessage } from "../../lib/api-error";

interface ErrorPanelProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

/** An error a person can act on: what went wrong, in the server's words, and a retry when it may help. */
export function ErrorPanel({ error, title = "Something went wrong", onRetry }: ErrorPanelProps) {
  const unreachable = error instanceof ApiRequestError && error.code === "network";
  return (
    <div className="panel panel--error" role="alert">
      <h2 className="panel__title">{unreachable ? "Cannot reach Parley's server" : title}</h2>
      <p>{errorMessage(error)}</p>
      {onRetry && (
        <button type="button" className="btn btn--secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
