import { Link } from "react-router";
import type { TeamSummary } from "../api/get-team-summary";

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
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
