import { useState } from "react";
import { Link } from "react-router";
import { EmptyState } from "../../../components/ui/empty-state";
import { QueryView } from "../../../components/ui/query-view";
import { useSessions } from "../api/get-sessions";
import { progressByRubric } from "./progress";
import { ProgressChart } from "./progress-chart";
import { SessionTable } from "./session-table";
import { SkillProgress } from "./skill-progress";
import "./history.css";

interface Names {
  persona: (id: string) => string;
  rubric: (id: string) => string;
}

export function HistoryPage({ names }: { names: Names }) {
  const sessions = useSessions();
  return (
    <QueryView query={sessions} loading="Loading your calls…" errorTitle="Could not load your history">
      {({ items }) =>
        items.length === 0 ? (
          <EmptyState title="No calls yet">
            <p>Your calls and your progress per skill and criterion will show here.</p>
            <Link className="btn btn--primary" to="/">
              Practise a call
            </Link>
          </EmptyState>
        ) : (
          <>
            <SkillProgress />
            <Progress items={items} names={names} />
            <SessionTable items={items} names={names} />
          </>
        )
      }
    </QueryView>
  );
}

function Progress({ items, names }: { items: Parameters<typeof progressByRubric>[0]; names: Names }) {
  const groups = progressByRubric(items);
  const [chosen, setChosen] = useState<string | null>(null);
  const current = groups.find((group) => group.rubricId === chosen) ?? groups[0];
  return (
    <section className="panel" aria-labelledby="progress-title">
      <div className="panel__head">
        <h2 id="progress-title" className="panel__title">
          Progress per criterion
        </h2>
        {groups.length > 1 && (
          <label className="inline-field">
            Rubric
            <select value={current?.rubricId} onChange={(event) => setChosen(event.target.value)}>
              {groups.map((group) => (
                <option key={group.rubricId} value={group.rubricId}>
                  {names.rubric(group.rubricId)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {!current ? (
        <p className="muted">Finish a call to see your scores here.</p>
      ) : current.attempts.length < 2 ? (
        <>
          <p className="muted">One scored attempt on {names.rubric(current.rubricId)} so far: the chart needs two.</p>
          <ProgressChart progress={current} />
        </>
      ) : (
        <ProgressChart progress={current} />
      )}
    </section>
  );
}
