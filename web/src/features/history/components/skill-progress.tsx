import { QueryView } from "../../../components/ui/query-view";
import { type SkillHistoryRow, useSkillHistory } from "../api/get-skill-history";

const percent = (value: number | null) => (value === null ? "–" : `${value}%`);

/** Change from the first call that scored a skill to the latest, in words and an arrow, never colour alone. */
function Trend({ row }: { row: SkillHistoryRow }) {
  if (row.first === null || row.latest === null || row.series.length < 2) return <span className="muted">–</span>;
  const change = Math.round((row.latest - row.first) * 10) / 10;
  if (change === 0) return <span>no change</span>;
  return <span>{change > 0 ? `▲ up ${change}` : `▼ down ${-change}`} points</span>;
}

/**
 * Progress per skill across every rubric: a skill's score is the mean of its criteria's scores,
 * each as a percentage of its rubric's scale, so "Next steps" on two rubrics is one row.
 */
export function SkillProgress() {
  const history = useSkillHistory();
  return (
    <section className="panel" aria-labelledby="skill-progress-title" data-testid="skill-progress">
      <h2 id="skill-progress-title" className="panel__title">
        Progress per skill
      </h2>
      <QueryView query={history} loading="Loading your skills…" errorTitle="Could not load your skills">
        {({ rows }) =>
          rows.length === 0 ? (
            <p className="muted">Finish a call to see your skills here.</p>
          ) : (
            <>
              <p className="small muted">
                Each score is a percentage of its rubric's scale (the lowest score 0%, the highest 100%); a skill's is
                the mean of the criteria that score it, in any rubric. Weakest first.
              </p>
              <div className="table-wrap">
                <table className="table" data-testid="skill-table">
                  <thead>
                    <tr>
                      <th scope="col">Skill</th>
                      <th scope="col">Latest call</th>
                      <th scope="col">Since your first</th>
                      <th scope="col">Average (pass mark)</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => (
                      <tr key={row.id} data-skill={row.id}>
                        <td data-label="Skill">
                          <details>
                            <summary className="skill-name">{row.name}</summary>
                            <ul className="small skill-criteria">
                              {row.criteria.map((criterion) => (
                                <li key={`${criterion.rubricId}/${criterion.id}`}>
                                  {criterion.name} <span className="muted">({criterion.rubricName})</span>:{" "}
                                  {criterion.mean} of {criterion.scale.max} over {criterion.attempts}{" "}
                                  {criterion.attempts === 1 ? "call" : "calls"}
                                </li>
                              ))}
                            </ul>
                          </details>
                        </td>
                        <td data-label="Latest call">{percent(row.latest)}</td>
                        <td data-label="Since your first">
                          <Trend row={row} />
                        </td>
                        <td data-label="Average (pass mark)">
                          {percent(row.mean)} ({percent(row.passMark)}) over {row.series.length}{" "}
                          {row.series.length === 1 ? "call" : "calls"}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )
        }
      </QueryView>
    </section>
  );
}
