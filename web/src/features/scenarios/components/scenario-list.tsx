import { EmptyState } from "../../../components/ui/empty-state";
import { QueryView } from "../../../components/ui/query-view";
import { usePersonas, useRubrics } from "../../../lib/queries/library";
import { PersonaCard } from "./persona-card";

/** The scenario picker: one card per persona, with the rubric it is graded on. */
export function ScenarioList() {
  const personas = usePersonas();
  const rubrics = useRubrics();
  const rubricName = (id: string | null) => rubrics.data?.items.find((rubric) => rubric.id === id)?.name ?? id;
  return (
    <QueryView query={personas} loading="Loading scenarios…" errorTitle="Could not load the scenarios">
      {({ items }) =>
        items.length === 0 ? (
          <EmptyState title="No scenarios yet">
            <p>
              Add a persona file under <code>personas/</code> or write one in the <a href="/trainer">trainer</a>.
            </p>
          </EmptyState>
        ) : (
          <ul className="card-grid" aria-label="Scenarios">
            {items.map((persona) => (
              <li key={persona.id}>
                <PersonaCard persona={persona} rubricName={rubricName(persona.rubric)} />
              </li>
            ))}
          </ul>
        )
      }
    </QueryView>
  );
}
