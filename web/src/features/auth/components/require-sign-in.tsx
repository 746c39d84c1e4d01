import { Navigate, Outlet, useLocation } from "react-router";
import { Loading } from "../../../components/ui/loading";
import { useHealth } from "../../../lib/queries/health";
import { useMe } from "../../../lib/queries/me";
import { signInPath } from "../api/return-path";

/**
 * In accounts mode with nobody signed in (or a session that just expired: any 401 clears `me`),
 * sends the user to sign in, remembering where they were. Local mode passes straight through.
 */
export function RequireSignIn() {
  const health = useHealth();
  const me = useMe();
  const { pathname, search } = useLocation();
  // Only the first answer is waited for. After a failed /me, every page that mounts useMe asks again
  // (status back to pending): unmounting the pages for that would remount them, ask again, and loop.
  if (health.isPending || (me.isPending && !me.isFetched)) return <Loading label="Starting Parley…" />;
  if (health.data?.auth === "accounts" && me.data === null)
    return <Navigate to={signInPath(pathname + search)} replace />;
  // Server unreachable or another failure: the pages say so in their own words.
  return <Outlet />;
}
