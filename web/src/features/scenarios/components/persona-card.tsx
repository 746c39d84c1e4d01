import { Link } from "react-router";
import { DifficultyBadge } from "../../../components/ui/badge";
import type { LibraryItem } from "../../../lib/queries/library";
import { useHealth } from "../../../lib/queries/health";

const SKILLS_SHOWN = 4;

export function PersonaCard({ persona, rubricName }: { persona: LibraryItem; rubricName: string | null }) {
  const titleId = `persona-${persona.id}`;
  const where = [persona.industry, persona.situation].filter(Boolean).join(" · ");
  const more = persona.skills.length - SKILLS_SHOWN;
  const health = useHealth();
  const needsModel = !persona.offlineReady && health.data?.engine === "offline";
  return (
    <article className="card persona-card" aria-labelledby={titleId} data-testid={`scenario-${persona.id}`}>
      <header className="card__head">
        <div>
          {where && <p className="eyebrow persona-card__where">{where}</p>}
          <h2 id={titleId} className="card__title">
            {persona.name}
          </h2>
        </div>
        <DifficultyBadge difficulty={persona.difficulty} />
      </header>
      <p className="card__body">{persona.summary}</p>
      {persona.skills.length > 0 && (
        <ul className="chips persona-card__skills" aria-label="Skills practised">
          {persona.skills.slice(0, SKILLS_SHOWN).map((skill) => (
            <li key={skill} className="chip">
              {skill}
            </li>
          ))}
          {more > 0 && <li className="chip chip--more">+{more} more</li>}
        </ul>
      )}
      <p className="card__meta" data-testid="scenario-language">
        Language: <strong lang={persona.language}>{persona.languageName}</strong>
        {needsModel && (
          <>
            {" "}
            · <span className="persona-card__needs-model">needs a model engine (this server runs offline)</span>
          </>
        )}
      </p>
      <p className="card__meta">
        Graded on: <strong>{rubricName ?? "choose a rubric"}</strong>
        {persona.knowledge > 0 && <> · {persona.knowledge} policy notes</>}
      </p>
      <Link className="btn btn--primary card__action" to={`/practice/${persona.id}`} aria-describedby={titleId}>
        Prepare this call
      </Link>
    </article>
  );
}
