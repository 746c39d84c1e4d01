import { useSearchParams } from "react-router";
import { EmptyState } from "../../../components/ui/empty-state";
import { QueryView } from "../../../components/ui/query-view";
import { type LibraryItem, usePersonas, useRubrics } from "../../../lib/queries/library";
import { filterOptions, filterScenarios, NO_FILTER, type ScenarioFilter } from "../utils/filter-scenarios";
import { PersonaCard } from "./persona-card";
import { ScenarioFilters } from "./scenario-filters";

const KEYS = Object.keys(NO_FILTER) as (keyof ScenarioFilter)[];

/** The scenario library: search and filters (kept in the address, so a filtered list can be shared), then one card per persona. */
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
          <Library items={items} rubricName={rubricName} />
        )
      }
    </QueryView>
  );
}

function Library({ items, rubricName }: { items: LibraryItem[]; rubricName: (id: string | null) => string | null }) {
  const [params, setParams] = useSearchParams();
  const filter: ScenarioFilter = { ...NO_FILTER };
  for (const key of KEYS) filter[key] = params.get(key) ?? "";
  // Merged into the address as it is when the change lands, not as this render saw it: a filter chosen
  // right after "Clear filters" must not bring the cleared ones back.
  const update = (next: Partial<ScenarioFilter>) =>
    setParams(
      (current) => {
        const search = new URLSearchParams();
        for (const key of KEYS) {
          const value = next[key] ?? current.get(key) ?? "";
          if (value) search.set(key, value);
        }
        return search;
      },
      { replace: true },
    );
  const shown = filterScenarios(items, filter);
  return (
    <>
      <ScenarioFilters
        filter={filter}
        options={filterOptions(items)}
        shown={shown.length}
        total={items.length}
        onChange={update}
        onClear={() => setParams(new URLSearchParams(), { replace: true })}
      />
      {shown.length === 0 ? (
        <EmptyState title="No scenario matches">
          <p>Try fewer words or another filter.</p>
        </EmptyState>
      ) : (
        <ul className="card-grid" aria-label="Scenarios">
          {shown.map((persona) => (
            <li key={persona.id}>
              <PersonaCard persona={persona} rubricName={rubricName(persona.rubric)} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
