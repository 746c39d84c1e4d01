import { useId, useState } from "react";
import { ErrorPanel } from "../../../components/ui/error-panel";
import { Loading } from "../../../components/ui/loading";
import { ApiRequestError } from "../../../lib/api-error";
import { useHealth } from "../../../lib/queries/health";
import { usePersonas } from "../../../lib/queries/library";
import { type RubricTestRequest, useTestRubric } from "../api/test-rubric";
import { SeparationResult } from "./separation-result";
import "./rubric-test.css";

interface RubricTestPanelProps {
  rubricId: string;
  /** What is in the editor now; sent when it differs from the saved file. */
  draft: string;
  savedSource: string;
  savedVersion: number;
}

/** "Test this rubric": does it score a scripted strong rep above a scripted weak one, criterion by criterion? */
export function RubricTestPanel({ rubricId, draft, savedSource, savedVersion }: RubricTestPanelProps) {
  const ids = useId();
  const personas = usePersonas();
  const health = useHealth();
  const test = useTestRubric(rubricId);
  const [chosen, setChosen] = useState<string | null>(null);
  const [engine, setEngine] = useState<"offline" | "model">("model");
  const items = personas.data?.items ?? [];
  // Personas graded on this rubric by default come first: their separation suites may exist.
  const ordered = [
    ...items.filter((item) => item.rubric === rubricId),
    ...items.filter((item) => item.rubric !== rubricId),
  ];
  const personaId = chosen ?? ordered[0]?.id ?? "";
  const modelAvailable = health.data?.engine === "model";
  const usesDraft = draft !== savedSource;

  const run = () => {
    const request: RubricTestRequest = {
      personaId,
      ...(usesDraft ? { rubricYaml: draft } : {}),
      ...(modelAvailable ? { engine } : {}),
    };
    test.mutate(request);
  };
  const invalidDraft = test.error instanceof ApiRequestError && test.error.code === "invalid_rubric";

  return (
    <section className="panel rubric-test" aria-labelledby={`${ids}-title`} data-testid="rubric-test">
      <h2 id={`${ids}-title`} className="panel__title">
        Test this rubric
      </h2>
      <p className="small muted">
        Plays a scripted strong rep and a scripted weak rep against the customer you pick, grades both calls with this
        rubric, and shows whether each criterion scores the strong call higher by its margin. It tests{" "}
        {usesDraft ? <strong>your unsaved draft</strong> : <>version {savedVersion}</>}; nothing is saved.
      </p>
      <div className="rubric-test__form">
        <div className="field">
          <label htmlFor={`${ids}-persona`}>Customer</label>
          <select
            id={`${ids}-persona`}
            value={personaId}
            onChange={(event) => setChosen(event.target.value)}
            disabled={personas.isPending}
          >
            {ordered.map((item) => (
              <option key={item.id} value={item.id}>
                {item.name}
                {item.rubric === rubricId ? " (graded on this rubric)" : ""}
              </option>
            ))}
          </select>
        </div>
        {modelAvailable && (
          <div className="field">
            <label htmlFor={`${ids}-engine`}>Engine</label>
            <select
              id={`${ids}-engine`}
              value={engine}
              onChange={(event) => setEngine(event.target.value === "offline" ? "offline" : "model")}
            >
              <option value="model">Model ({health.data?.models.grader ?? "configured"})</option>
              <option value="offline">Offline (no model calls)</option>
            </select>
          </div>
        )}
        <button type="button" className="btn btn--primary" onClick={run} disabled={test.isPending || personaId === ""}>
          {test.isPending ? "Testing…" : "Run the test"}
        </button>
      </div>
      {personas.isError && (
        <ErrorPanel
          error={personas.error}
          title="Could not load the customers"
          onRetry={() => void personas.refetch()}
        />
      )}
      {test.isPending && <Loading label="Playing a strong and a weak rep, then grading both calls…" />}
      {test.isError && (
        <ErrorPanel
          error={test.error}
          title={invalidDraft ? "Fix the problems in the file first" : "The test did not run"}
          onRetry={invalidDraft ? undefined : run}
        />
      )}
      {test.data && !test.isPending && <SeparationResult result={test.data} />}
    </section>
  );
}
