import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
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
      <LibrarySection kind="persona" title="Personas" query={personas}>
        {(item) => (
          <>
            <div>
              <p className="row__title">
                {item.name} <DifficultyBadge difficulty={item.difficulty} />
              </p>
              <p className="muted small">
                {item.id} · v{item.version} · graded on {item.rubric ?? "no default rubric"}
              </p>
            </div>
            <div className="row__actions">
              <EditLink kind="persona" item={item} />
              <Link
                className="btn btn--small btn--ghost"
                to={`/trainer/personas/${item.id}/sandbox`}
                aria-label={`Try ${item.name} in the sandbox`}
              >
                Sandbox
              </Link>
            </div>
          </>
        )}
      </LibrarySection>
      <LibrarySection kind="rubric" title="Rubrics" query={rubrics}>
        {(item) => (
          <>
            <div>
              <p className="row__title">{item.name}</p>
              <p className="muted small">
                {item.id} · v{item.version}
              </p>
            </div>
            <div className="row__actions">
              <EditLink kind="rubric" item={item} />
            </div>
          </>
        )}
      </LibrarySection>
    </div>
  );
}

type Item = { id: string; name: string };

function EditLink({ kind, item }: { kind: "persona" | "rubric"; item: Item }) {
  return (
    <Link
      className="btn btn--small btn--secondary"
      to={`/trainer/${kind}s/${item.id}`}
      aria-label={`Edit ${item.name}`}
    >
      Edit
    </Link>
  );
}

/** One list (personas or rubrics): heading, "New" link, loading/empty states, a row per item. */
function LibrarySection<T extends Item>({
  kind,
  title,
  query,
  children,
}: {
  kind: "persona" | "rubric";
  title: string;
  query: UseQueryResult<{ items: T[] }>;
  children: (item: T) => ReactNode;
}) {
  return (
    <section className="panel" aria-labelledby={`${kind}s-title`}>
      <div className="panel__head">
        <h2 id={`${kind}s-title`} className="panel__title">
          {title}
        </h2>
        <div className="actions">
          {kind === "persona" && (
            <>
              <Link className="btn btn--small btn--secondary" to="/trainer/draft">
                Draft from a document
              </Link>
              <Link className="btn btn--small btn--secondary" to="/trainer/personas/guided">
                New from a few questions
              </Link>
            </>
          )}
          <Link className="btn btn--small btn--primary" to={`/trainer/${kind}s/new`}>
            New {kind}
          </Link>
        </div>
      </div>
      <QueryView query={query} loading={`Loading ${kind}s…`}>
        {({ items }) =>
          items.length === 0 ? (
            <EmptyState title={`No ${kind}s`} />
          ) : (
            <ul className="rows">
              {items.map((item) => (
                <li key={item.id} className="row">
                  {children(item)}
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </section>
  );
}
