import { NavLink } from "react-router";
import { useMe } from "../../../lib/queries/me";
import { useSignOut } from "../api/sign-out";

const ROLE_LABEL = { learner: "Learner", trainer: "Trainer", admin: "Admin" } as const;

/** Who is signed in, and a way out; in local mode, a plain marker that there are no accounts. */
export function UserMenu() {
  const me = useMe();
  const signOut = useSignOut();
  if (!me.data) return null;
  if (me.data.mode === "local") {
    return (
      <p className="user-menu user-menu--local" data-testid="local-mode" title="Single user, this machine only">
        Local mode<span className="visually-hidden"> — single user, this machine only</span>
      </p>
    );
  }
  const { name, role } = me.data.user;
  return (
    <div className="user-menu" data-testid="user-menu">
      <p className="user-menu__who">
        <span className="visually-hidden">Signed in as </span>
        <strong className="user-menu__name">{name}</strong> <span className="user-menu__role">{ROLE_LABEL[role]}</span>
      </p>
      <NavLink to="/account/tokens" className="user-menu__link">
        API tokens
      </NavLink>
      <button
        type="button"
        className="btn btn--small user-menu__out"
        disabled={signOut.isPending}
        onClick={() => signOut.mutate()}
      >
        {signOut.isPending ? "Signing out…" : "Sign out"}
      </button>
    </div>
  );
}
