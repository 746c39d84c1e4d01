import { Link } from "react-router";
import { usePageTitle } from "../../lib/use-page-title";

export function NotFoundRoute() {
  usePageTitle("Not found");
  return (
    <div className="empty-state">
      <h1>Nothing here</h1>
      <p>This address is not a page in Parley.</p>
      <Link className="btn btn--primary" to="/">
        Back to the scenarios
      </Link>
    </div>
  );
}
