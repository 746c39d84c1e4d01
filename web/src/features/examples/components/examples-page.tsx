import { useMemo } from "react";
import { Link, useSearchParams } from "react-router";
import { Badge, PassBadge } from "../../../components/ui/badge";
import { EmptyState } from "../../../components/ui/empty-state";
import { QueryView } from "../../../components/ui/query-view";
import { usePersonas } from "../../../lib/queries/library";
import { type ExampleSummary, useExamples } from "../api/get-examples";
import "./examples.css";

const QUALITIES = ["good", "poor"] as const;

/** Browse examples by scenario, criterion and quality; the filters live in the address, so a link keeps them. */
export function ExamplesPage() {
  const [params, setParams] = useSearchParams();
  const scenario = params.get("scenario") ?? "";
  const criterion = params.get("criterion") ?? "";
  const qualityParam = params.get("quality");
  const quality = QUALITIES.find((q) => q === qualityParam);
  const examples = useExamples({ scenario, criterion, quality });
  const everything = useExamples({});
  const personas = usePersonas();
  const names = useMemo(
    () => new Map((personas.data?.items ?? []).map((persona) => [persona.id, persona.name])),
    [personas.data],
  );
  const criteria = useMemo(() => {
    const seen = new Map<string, string>();
    for (const example of everything.data ?? []) for (const c of example.criteria) seen.set(c.id, c.name);
    return [...seen].sort((a, b) => a[1].localeCompare(b[1]));
  }, [everything.data]);
  const scenarios = useMemo(
    () => [...new Set((everything.data ?? []).map((example) => example.personaId))].sort(),
    [everything.data],
  );
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <>
      <form className="panel examples-filters" aria-label="Filter examples" onSubmit={(e) => e.preventDefault()}>
        <label>
          <span>Scenario</span>
          <select value={scenario} onChange={(event) => set("scenario", event.target.value)}>
            <option value="">All scenarios</option>
            {scenarios.map((id) => (
              <option key={id} value={id}>
                {names.get(id) ?? id}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Criterion</span>
          <select value={criterion} onChange={(event) => set("criterion", event.target.value)}>
            <option value="">All criteria</option>
            {criteria.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Done</span>
          <select value={quality ?? ""} onChange={(event) => set("quality", event.target.value)}>
            <option value="">Well or poorly</option>
            <option value="good">Well (good examples)</option>
            <option value="poor">Poorly (poor examples)</option>
          </select>
        </label>
      </form>
      <QueryView query={examples} loading="Loading examples…" errorTitle="Could not load the examples">
        {(items) =>
          items.length === 0 ? (
            <EmptyState title="No example matches">Try another scenario, criterion or quality.</EmptyState>
          ) : (
            <ul className="examples-list" data-testid="examples-list">
              {items.map((example) => (
                <ExampleCard key={example.id} example={example} customer={names.get(example.personaId)} />
              ))}
            </ul>
          )
        }
      </QueryView>
    </>
  );
}

function ExampleCard({ example, customer }: { example: ExampleSummary; customer: string | undefined }) {
  return (
    <li className="panel example-card" data-testid="example-card">
      <div className="example-card__head">
        <Badge tone={example.quality === "good" ? "good" : "bad"}>
          {example.quality === "good" ? "Done well" : "Done poorly"}
        </Badge>
        <h2 className="panel__title">
          <Link to={`/examples/${encodeURIComponent(example.id)}`}>{example.title}</Link>
        </h2>
      </div>
      <p className="small muted">
        {customer ?? example.personaId} · {example.turns} turns ·{" "}
        {example.notes === 1 ? "1 note" : `${example.notes} notes`} ·{" "}
        {example.source === "shipped" ? "Parley library" : "your team"}
      </p>
      {example.summary && <p className="small">{example.summary}</p>}
      <p className="small">
        Overall {example.overall?.toFixed(2) ?? "—"} <PassBadge passed={example.passed} />
        {example.criterion && (
          <span className="example-card__criterion">
            {" "}
            · {example.criterion.name}: {example.criterion.score ?? "—"}
          </span>
        )}
      </p>
    </li>
  );
}
