import type { TeamCriterion, TeamSummary } from "../api/get-team-summary";

/** Low scores warm, high scores green; the number is always printed, so colour is never the only signal. */
function shade(mean: number, scale: { min: number; max: number } | null): string {
  const { min, max } = scale ?? { min: 1, max: 5 };
  const share = Math.max(0, Math.min(1, (mean - min) / (max - min)));
  return `hsl(${Math.round(12 + share * 128)} 70% 86%)`;
}

/** Criteria down the side, learners across: each cell a learner's mean on that criterion. */
export function ScoreHeatmap({ summary }: { summary: TeamSummary }) {
  const weakest = new Set(summary.weakest);
  return (
    <div
      className="heatmap-wrap"
      tabIndex={0}
      role="region"
      aria-label="Scores per criterion and learner (scrolls sideways)"
    >
      <table className="heatmap" data-testid="team-criterion-heatmap">
        <caption className="visually-hidden">Mean score per criterion for each learner; attempts in brackets</caption>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            {summary.learners.map((learner) => (
              <th key={learner.id} scope="col">
                {learner.name}
              </th>
            ))}
            <th scope="col">Team</th>
          </tr>
        </thead>
        <tbody>
          {summary.criteria.map((criterion) => (
            <tr key={criterion.id} className={weakest.has(criterion.id) ? "heatmap__row--weak" : undefined}>
              <th scope="row">
                {criterion.name}
                {weakest.has(criterion.id) && <span className="badge badge--bad heatmap__flag">weakest</span>}
              </th>
              {summary.learners.map((learner) => (
                <Cell
                  key={learner.id}
                  criterion={criterion}
                  entry={criterion.byLearner.find((entry) => entry.learnerId === learner.id)}
                />
              ))}
              <Cell criterion={criterion} entry={{ mean: criterion.mean, attempts: criterion.attempts }} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Cell({
  criterion,
  entry,
}: {
  criterion: TeamCriterion;
  entry: { mean: number | null; attempts: number } | undefined;
}) {
  if (!entry || entry.mean === null) {
    return (
      <td className="heatmap__cell heatmap__cell--none">
        <span aria-label="no attempts">–</span>
      </td>
    );
  }
  return (
    <td className="heatmap__cell" style={{ background: shade(entry.mean, criterion.scale) }}>
      <strong>{entry.mean}</strong> <span className="heatmap__attempts">({entry.attempts})</span>
    </td>
  );
}
