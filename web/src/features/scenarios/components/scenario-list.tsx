import { useRef } from "react";
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
  // The filter as last set, ahead of the render that shows it: a filter chosen right after "Clear
  // filters" (before the cleared address renders) must not bring the cleared ones back.
  const latest = useRef(filter);
  const seen = useRef(params.toString());
  if (seen.current !== params.toString()) {
    seen.current = params.toString();
    latest.current = filter;
  }
  const apply = (merged: ScenarioFilter) => {
    latest.current = merged;
    const search = new URLSearchParams();
    for (const key of KEYS) if (merged[key]) search.set(key, merged[key]);
    setParams(search, { replace: true });
  };
  const update = (next: Partial<ScenarioFilter>) => apply({ ...latest.current, ...next });
  const shown = filterScenarios(items, filter);
  return (
    <>
      <ScenarioFilters
        filter={filter}
        options={filterOptions(items)}
        shown={shown.length}
        total={items.length}
        onChange={update}
        onClear={() => apply({ ...NO_FILTER })}
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
