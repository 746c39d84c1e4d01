import { Link } from "react-router";
import { TeamPage } from "../../features/team/components/team-page";
import { ReviewExportSettings } from "../../features/review/components/export-settings";
import { usePageTitle } from "../../lib/use-page-title";

export function TeamRoute() {
  usePageTitle("Team");
  return (
    <>
      <header className="page-head">
        <div>
          <h1>Team view</h1>
          <p className="lead">
            How your learners score on each skill (and the criteria under it), how that changes week by week, and where
            to train next.
          </p>
          <p>
            <Link to="/discussion">Shared calls</Link>: calls your learners shared to discuss.
          </p>
        </div>
      </header>
      {/* One column, one gap: the team's panels and the review export setting are spaced alike. */}
      <div className="panel-column">
        <TeamPage />
        <ReviewExportSettings />
      </div>
    </>
  );
}
