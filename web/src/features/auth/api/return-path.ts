export const SIGN_IN_PATH = "/sign-in";

/** The sign-in address that brings the user back to `from` (a path with its query) afterwards. */
export function signInPath(from: string): string {
  const back = safeReturnPath(from);
  return back === "/" ? SIGN_IN_PATH : `${SIGN_IN_PATH}?next=${encodeURIComponent(back)}`;
}

/** Only a path on this site (never `//host` or a full URL), and never the sign-in page itself. */
export function safeReturnPath(next: string | null | undefined): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  if (next === SIGN_IN_PATH || next.startsWith(`${SIGN_IN_PATH}?`)) return "/";
  return next;
}
