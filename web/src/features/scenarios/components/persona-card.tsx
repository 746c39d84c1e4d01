import { Link } from "react-router";
import { DifficultyBadge } from "../../../components/ui/badge";
import type { LibraryItem } from "../../../lib/queries/library";

export function PersonaCard({ persona, rubricName }: { persona: LibraryItem; rubricName: string | null }) {
  const titleId = `persona-${persona.id}`;
  return (
    <article className="card persona-card" aria-labelledby={titleId}>
      <header className="card__head">
        <h2 id={titleId} className="card__title">
          {persona.name}
        </h2>
        <DifficultyBadge difficulty={persona.difficulty} />
      </header>
      <p className="card__body">{persona.summary}</p>
      <p className="card__meta">
        Graded on: <strong>{rubricName ?? "choose a rubric"}</strong>
      </p>
      <Link className="btn btn--primary card__action" to={`/practice/${persona.id}`} aria-describedby={titleId}>
        Prepare this call
      </Link>
    </article>
  );
}
