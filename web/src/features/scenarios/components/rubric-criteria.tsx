import { Badge } from "../../../components/ui/badge";
import type { RubricView as Rubric } from "../../../lib/queries/library";

/** What the learner will be graded on, in the rubric's own plain words: no hidden metrics. */
export function RubricCriteria({ rubric }: { rubric: Rubric }) {
  const { min, max } = rubric.scale;
  return (
    <section className="panel" aria-labelledby="criteria-title">
      <h2 id="criteria-title" className="panel__title">
        What you will be graded on
      </h2>
      <p className="muted">
        {rubric.name}. Each point is scored {min} to {max}; you pass with an average of {rubric.pass.overall}
        {rubric.pass.critical === "all" ? " and every critical point passed" : ""}.
      </p>
      <ol className="criteria-list">
        {rubric.criteria.map((criterion) => (
          <li key={criterion.id} className="criteria-list__item">
            <h3 className="criteria-list__name">
              {criterion.name} {criterion.critical && <Badge tone="bad">must pass</Badge>}
            </h3>
            <p>{criterion.description ?? criterion.coaching}</p>
            <details>
              <summary>What a {max} looks like</summary>
              <p>{criterion.anchors[String(max)]}</p>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
