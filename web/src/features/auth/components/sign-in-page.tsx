import { Navigate, useSearchParams } from "react-router";
import { Loading } from "../../../components/ui/loading";
import { useHealth } from "../../../lib/queries/health";
import { useMe } from "../../../lib/queries/me";
import { usePageTitle } from "../../../lib/use-page-title";
import { safeReturnPath } from "../api/return-path";
import { SignInForm } from "./sign-in-form";

/** The sign-in screen (accounts mode); afterwards, back to the page the user was on. */
export function SignInPage() {
  usePageTitle("Sign in");
  const health = useHealth();
  const me = useMe();
  const [params] = useSearchParams();
  const next = safeReturnPath(params.get("next"));

  if (health.isPending || me.isPending) return <Loading label="Starting Parley…" />;
  // Local mode has nobody to sign in; someone already signed in goes straight on.
  if (health.data?.auth === "local" || me.data) return <Navigate to={next} replace />;

  return (
    <main id="main" className="sign-in">
      <div className="sign-in__card panel">
        <p className="brand brand--on-light" aria-hidden="true">
          <span className="brand__mark" />
          Parley
        </p>
        <h1 className="sign-in__title">Sign in</h1>
        <p className="muted">Use the email and password your Parley admin gave you.</p>
        <SignInForm />
      </div>
    </main>
  );
}
