import { Link } from "react-router";
import { DifficultyBadge } from "../../../components/ui/badge";
import { EmptyState } from "../../../components/ui/empty-state";
import { QueryView } from "../../../components/ui/query-view";
import { usePersonas, useRubrics } from "../../../lib/queries/library";

/** The trainer's home: every persona and rubric, to edit or try. */
export function LibraryIndex() {
  const personas = usePersonas();
  const rubrics = useRubrics();
  return (
    <div className="library">
      <section className="panel" aria-labelledby="personas-title">
        <div className="panel__head">
          <h2 id="personas-title" className="panel__title">
            Personas
          </h2>
          <Link className="btn btn--small btn--primary" to="/trainer/personas/new">
            New persona
          </Link>
        </div>
        <QueryView query={personas} loading="Loading personas…">
          {({ items }) =>
            items.length === 0 ? (
              <EmptyState title="No personas" />
            ) : (
              <ul className="rows">
                {items.map((item) => (
                  <li key={item.id} className="row">
                    <div>
                      <p className="row__title">
                        {item.name} <DifficultyBadge difficulty={item.difficulty} />
                      </p>
                      <p className="muted small">
                        {item.id} · v{item.version} · graded on {item.rubric ?? "no default rubric"}
                      </p>
                    </div>
                    <div className="row__actions">
                      <Link className="btn btn--small btn--secondary" to={`/trainer/personas/${item.id}`} aria-label={`Edit ${item.name}`}>
                        Edit
                      </Link>
                      <Link className="btn btn--small btn--ghost" to={`/trainer/personas/${item.id}/sandbox`} aria-label={`Try ${item.name} in the sandbox`}>
                        Sandbox
                      </Link>
                    </div>
                  </li>
                ))}
              </ul>
            )
          }
        </QueryView>
      </section>
      <section className="panel" aria-labelledby="rubrics-title">
        <div className="panel__head">
          <h2 id="rubrics-title" className="panel__title">
            Rubrics
          </h2>
          <Link className="btn btn--small btn--primary" to="/trainer/rubrics/new">
            New rubric
          </Link>
        </div>
        <QueryView query={rubrics} loading="Loading rubrics…">
          {({ items }) =>
            items.length === 0 ? (
              <EmptyState title="No rubrics" />
            ) : (
              <ul className="rows">
                {items.map((item) => (
                  <li key={item.id} className="row">
                    <div>
                      <p className="row__title">{item.name}</p>
                      <p className="muted small">
                        {item.id} · v{item.version}
                      </p>
                    </div>
                    <div className="row__actions">
                      <Link className="btn btn--small btn--secondary" to={`/trainer/rubrics/${item.id}`} aria-label={`Edit ${item.name}`}>
                        Edit
                      </Link>
                    </div>
                  </li>
                ))}
              </ul>
            )
          }
        </QueryView>
      </section>
    </div>
  );
}
