import type { TeamSummary } from "../api/get-team-summary";
import { ScoreCell } from "./score-cell";

/** A rubric with no scale in the summary is read on the common 1 to 5. */
const DEFAULT_SCALE = { min: 1, max: 5 };

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
                <ScoreCell
                  key={learner.id}
                  scale={criterion.scale ?? DEFAULT_SCALE}
                  entry={criterion.byLearner.find((entry) => entry.learnerId === learner.id)}
                />
              ))}
              <ScoreCell
                scale={criterion.scale ?? DEFAULT_SCALE}
                entry={{ mean: criterion.mean, attempts: criterion.attempts }}
              />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
