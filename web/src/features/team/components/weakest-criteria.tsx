import { Link } from "react-router";
import { ErrorPanel } from "../../../components/ui/error-panel";
import { useAssignPractice } from "../api/assign-practice";
import type { TeamCriterion, TeamSummary } from "../api/get-team-summary";

const WEEK_MS = 7 * 86_400_000;

/**
 * One click: the criterion's scenarios as a practice path (the server orders it easy to hard) for
 * every learner in view, due in a week, three attempts each, the rubric's pass mark. "Customise"
 * opens the assign form with the same scenarios.
 */
function AssignPath({ criterion, learnerIds }: { criterion: TeamCriterion; learnerIds: string[] }) {
  const assign = useAssignPractice();
  const personas = criterion.scenarios.map((scenario) => scenario.personaId);
  const title = `Practise: ${criterion.name}`;
  if (assign.isSuccess)
    return (
      <p className="small" role="status">
        Assigned to {assign.data.learners} {assign.data.learners === 1 ? "learner" : "learners"}, due in a week.{" "}
        <Link to={`/assignments/${assign.data.assignment.id}`}>See who has done it</Link>
      </p>
    );
  return (
    <p className="small">
      <button
        type="button"
        className="btn btn--primary btn--small"
        disabled={assign.isPending || learnerIds.length === 0}
        onClick={() =>
          assign.mutate({
            kind: "practice",
            title,
            steps: personas.map((personaId) => ({ personaId })),
            attemptsAllowed: 3,
            dueAt: Date.now() + WEEK_MS,
            learnerIds,
          })
        }
      >
        Assign this practice
      </button>{" "}
      <Link to={`/assignments/new?${new URLSearchParams({ personas: personas.join(","), title }).toString()}`}>
        Customise…
      </Link>
      {assign.isError && <ErrorPanel error={assign.error} title="Could not assign it" />}
    </p>
  );
}

/** The criteria to train next, each with the scenarios that practise it. */
export function WeakestCriteria({ summary }: { summary: TeamSummary }) {
  const weakest = summary.weakest.flatMap((id) => summary.criteria.filter((criterion) => criterion.id === id));
  return (
    <section
      className="panel panel--warn team__weakest"
      aria-labelledby="team-weakest-title"
      data-testid="team-weakest"
    >
      <h2 id="team-weakest-title" className="panel__title">
        Where the team needs practice
      </h2>
      <p className="small" data-testid="weakest-rule">
        <strong>The rule:</strong> a criterion is flagged <em>weakest</em> when the team's average on it is below its
        rubric's pass mark (where one call's score would not pass), over at least {summary.minAttempts} scored attempts.
        Every criterion that meets this is flagged; none that does not.
      </p>
      {weakest.length === 0 ? (
        <p className="small">No criterion meets it now.</p>
      ) : (
        <ol className="team__weakest-list">
          {weakest.map((criterion) => (
            <li key={criterion.id}>
              <p>
                <strong>{criterion.name}</strong>: team average <strong>{criterion.mean}</strong>
                {criterion.scale ? ` of ${criterion.scale.max}` : ""} over {criterion.attempts} attempts (pass mark{" "}
                {criterion.passMark}).
              </p>
              {criterion.scenarios.length > 0 && (
                <p className="small">
                  Practise it with:{" "}
                  {criterion.scenarios.map((scenario, i) => (
                    <span key={scenario.personaId}>
                      {i > 0 && ", "}
                      <Link to={`/practice/${scenario.personaId}`}>{scenario.name}</Link>
                    </span>
                  ))}
                </p>
              )}
              {criterion.scenarios.length > 0 && (
                <AssignPath criterion={criterion} learnerIds={summary.learners.map((learner) => learner.id)} />
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
