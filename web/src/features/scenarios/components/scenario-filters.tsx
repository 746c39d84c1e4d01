import { DIFFICULTIES, type ScenarioFilter } from "../utils/filter-scenarios";
import "./scenarios.css";

interface ScenarioFiltersProps {
  filter: ScenarioFilter;
  options: { industries: string[]; skills: string[] };
  shown: number;
  total: number;
  onChange: (next: Partial<ScenarioFilter>) => void;
  onClear: () => void;
}

/** Search and the three filters of the scenario library; the count says what they leave. */
export function ScenarioFilters({ filter, options, shown, total, onChange, onClear }: ScenarioFiltersProps) {
  const active = Object.values(filter).some(Boolean);
  return (
    <form className="library-filters" role="search" aria-label="Find a scenario" onSubmit={(e) => e.preventDefault()}>
      <div className="library-filters__search">
        <label htmlFor="scenario-search">Search</label>
        <input
          id="scenario-search"
          type="search"
          value={filter.query}
          placeholder="Name, situation or what they want"
          onChange={(event) => onChange({ query: event.target.value })}
        />
      </div>
      <Select
        id="scenario-industry"
        label="Industry"
        value={filter.industry}
        all="All industries"
        values={options.industries}
        onChange={(industry) => onChange({ industry })}
      />
      <Select
        id="scenario-skill"
        label="Skill"
        value={filter.skill}
        all="All skills"
        values={options.skills}
        onChange={(skill) => onChange({ skill })}
      />
      <Select
        id="scenario-difficulty"
        label="Difficulty"
        value={filter.difficulty}
        all="Any difficulty"
        values={DIFFICULTIES}
        onChange={(difficulty) => onChange({ difficulty })}
      />
      <p className="library-filters__count muted small" role="status" aria-live="polite">
        {shown === total ? `${total} scenarios` : `${shown} of ${total} scenarios`}
        {active && (
          <button type="button" className="btn btn--ghost btn--small" onClick={onClear}>
            Clear filters
          </button>
        )}
      </p>
    </form>
  );
}

function Select(props: {
  id: string;
  label: string;
  value: string;
  all: string;
  values: string[];
  onChange: (value: string) => void;
}) {
  return (
    <div className="library-filters__select">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        <option value="">{props.all}</option>
        {props.values.map((value) => (
          <option key={value} value={value}>
            {value}
          </option>
        ))}
      </select>
    </div>
  );
}
