import { Link } from "react-router";
import { EmptyState } from "../../../components/ui/empty-state";
import { QueryView } from "../../../components/ui/query-view";
import { StatementDownload } from "../../../components/xapi/statement-download";
import { useMe } from "../../../lib/queries/me";
import { useTeamLearners } from "../api/get-team-learners";
import { useTeamSummary } from "../api/get-team-summary";
import { ScoreHeatmap } from "./score-heatmap";
import { SkillHeatmap } from "./skill-heatmap";
import { TrendChart } from "./trend-chart";
import { WeakestSkills } from "./weakest-skills";
import "./team.css";

/**
 * Where a team is weak: scores per skill (criteria underneath) across learners and weeks, and what to
 * practise. Its panels are items of the page's `.panel-column` (the route's), so one gap spaces them all.
 */
export function TeamPage() {
  const user = useMe().data?.user;
  // A trainer sees their own team's learners only (admins see everyone): with no team, there is nothing to show yet.
  const teamless = user?.role === "trainer" && user.teamId === null;
  const summary = useTeamSummary(!teamless);
  const learners = useTeamLearners(!teamless);
  if (teamless) return <NoTeam />;
  return (
    <>
      <QueryView query={summary} loading="Loading the team's scores…" errorTitle="Could not load the team view">
        {(data) =>
          data.calls === 0 ? (
            <EmptyState title="No scored calls yet">
              <p>
                When learners finish calls, their scores per criterion appear here. Sandbox calls are never counted.{" "}
                <Link to="/">Pick a scenario</Link> to try one.
              </p>
            </EmptyState>
          ) : (
            <>
              <p className="muted small team__count">
                {data.calls} scored call{data.calls === 1 ? "" : "s"} by {data.learners.length} learner
                {data.learners.length === 1 ? "" : "s"}, over {data.weeks.length} week
                {data.weeks.length === 1 ? "" : "s"}.
              </p>
              <WeakestSkills summary={data} />
              <section className="panel" aria-labelledby="team-heatmap-title">
                <h2 id="team-heatmap-title" className="panel__title">
                  Scores per skill and learner
                </h2>
                <SkillHeatmap summary={data} />
              </section>
              <section className="panel" aria-labelledby="team-trend-title">
                <h2 id="team-trend-title" className="panel__title">
                  Team average per skill, week by week
                </h2>
                <TrendChart summary={data} />
              </section>
              <details className="panel" data-testid="team-criteria">
                <summary className="panel__title">Scores per criterion and learner (each rubric's own scale)</summary>
                <ScoreHeatmap summary={data} />
              </details>
            </>
          )
        }
      </QueryView>
      {learners.data && learners.data.length > 0 && (
        <StatementDownload
          learners={learners.data}
          lead="A learner's practice calls as xAPI statements (attempted, completed, scored, passed or failed), for your LMS: one JSON file per learner and date range."
        />
      )}
    </>
  );
}

function NoTeam() {
  return (
    <EmptyState title="You are not in a team yet">
      <p>
        The team view shows the calls of the learners in your team. Ask a Parley admin to put you in a team; until then
        there is nothing to show here.
      </p>
    </EmptyState>
  );
}
