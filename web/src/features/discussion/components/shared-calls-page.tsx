import { Link } from "react-router";
import { DifficultyBadge, PassBadge } from "../../../components/ui/badge";
import { EmptyState } from "../../../components/ui/empty-state";
import { QueryView } from "../../../components/ui/query-view";
import { formatScore } from "../../../lib/labels";
import { useSharedCalls } from "../api/sharing";
import { TeamPicker, useTeamChoice } from "./team-picker";
import "./discussion.css";

/**
 * The calls the team shared to discuss, newest first. An admin (in no team) picks whose list to
 * read (`?team=`); everyone else sees their own team's.
 */
export function SharedCallsPage() {
  const choice = useTeamChoice();
  const shared = useSharedCalls(choice.teamId, choice.ready);
  if (choice.noTeams)
    return (
      <EmptyState title="No teams yet">
        <p>Calls are shared within a team, and there are no teams yet: make one on the Admin page.</p>
      </EmptyState>
    );
  return (
    <>
      {choice.picks && (
        <div className="shared-calls__team" data-testid="shared-calls-team">
          <TeamPicker choice={choice} />
        </div>
      )}
      <QueryView query={shared} loading="Loading shared calls…" errorTitle="Could not load shared calls">
        {({ local, items }) =>
          local ? (
            <EmptyState title="Sharing needs accounts">
              <p>
                In local mode there is no team to share calls with. Each scenario still has a discussion: open a
                scenario on the Practise page to keep notes on how you would handle it.
              </p>
            </EmptyState>
          ) : items.length === 0 ? (
            <EmptyState title="No shared calls yet">
              {choice.picks ? (
                <p>Nobody in this team has shared a call yet.</p>
              ) : (
                <p>
                  Share one of your graded calls from its scorecard (&ldquo;Share with my team&rdquo;) to ask your team
                  how they would handle it.
                </p>
              )}
            </EmptyState>
          ) : (
            <section className="panel" aria-label="Shared calls">
              <ul className="shared-calls" data-testid="shared-calls">
                {items.map((item) => (
                  <li key={item.sessionId} className="shared-calls__item">
                    <div className="shared-calls__who">
                      <Link to={`/discussion/calls/${item.sessionId}`} className="shared-calls__title">
                        {item.personaName}
                      </Link>
                      <p className="small muted">
                        {item.mine ? "You" : item.learner.name} · shared {new Date(item.sharedAt).toLocaleDateString()}
                      </p>
                    </div>
                    <div className="shared-calls__score">
                      <DifficultyBadge difficulty={item.difficulty} />
                      <span className="shared-calls__overall">{formatScore(item.overall, 1)}</span>
                      <PassBadge passed={item.passed} />
                    </div>
                  </li>
                ))}
              </ul>
            </section>
          )
        }
      </QueryView>
    </>
  );
}
