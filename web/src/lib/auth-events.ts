/**
 * The one place that hears "your session is gone": any API response of 401 `unauthenticated`
 * (see toApiError) calls `reportUnauthenticated`, and the query client marks the user signed
 * out, which sends them to the sign-in page (RequireSignIn) with a way back.
 */
type Listener = () => void;
const listeners = new Set<Listener>();

export function onUnauthenticated(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportUnauthenticated(): void {
  for (const listener of listeners) listener();
}
