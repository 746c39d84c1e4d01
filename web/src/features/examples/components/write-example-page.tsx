import { type FormEvent, useRef, useState } from "react";
import { Link, useNavigate } from "react-router";
import { EmptyState } from "../../../components/ui/empty-state";
import { ErrorPanel } from "../../../components/ui/error-panel";
import { FormField, focusFirstInvalid } from "../../../components/ui/form-field";
import { usePersonas } from "../../../lib/queries/library";
import { useMe } from "../../../lib/queries/me";
import { useWriteExample, type WriteInput } from "../api/write-example";
import { exampleFormErrors } from "../utils/example-form-errors";
import { QualityField } from "./quality-field";
import { type DraftTurn, draftTurn, TurnsEditor } from "./turns-editor";
import "./examples.css";

/**
 * "Write an example", for trainers and admins: a scenario, a title, good or poor, a summary, and the
 * call line by line with a note per line. The server grades it on save; a refusal is shown beside
 * the fields it names, and nothing typed is lost.
 */
export function WriteExamplePage() {
  const role = useMe().data?.user.role;
  const personas = usePersonas();
  const write = useWriteExample();
  const navigate = useNavigate();
  const form = useRef<HTMLFormElement>(null);
  const [personaId, setPersonaId] = useState("");
  const [title, setTitle] = useState("");
  const [quality, setQuality] = useState<"good" | "poor">("good");
  const [summary, setSummary] = useState("");
  const [turns, setTurns] = useState<DraftTurn[]>(() => [draftTurn("customer"), draftTurn("rep")]);
  if (role !== "trainer" && role !== "admin")
    return (
      <EmptyState title="Only trainers write examples">
        <p>
          <Link to="/examples">Read the examples</Link> instead.
        </p>
      </EmptyState>
    );
  const errors = write.isError ? exampleFormErrors(write.error) : {};
  const unplaced = write.isError && Object.keys(errors).length === 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: WriteInput = {
      personaId,
      title,
      quality,
      ...(summary.trim() ? { summary } : {}),
      turns: turns.map(({ role: who, text, note }) => ({ role: who, text, ...(note.trim() ? { note } : {}) })),
    };
    write.mutate(input, {
      onSuccess: (example) => void navigate(`/examples/${encodeURIComponent(example.id)}`),
      onError: () => focusFirstInvalid(form.current),
    });
  };

  return (
    <form ref={form} className="panel write-example" onSubmit={submit} noValidate aria-label="Write an example">
      <p className="small muted">
        Learners of your team see it with the grader's scorecard, which is worked out when you save.
      </p>
      <FormField id="example-scenario" label="Scenario" error={errors.personaId}>
        {(control) => (
          <select {...control} value={personaId} onChange={(event) => setPersonaId(event.target.value)}>
            <option value="">Pick a scenario…</option>
            {(personas.data?.items ?? []).map((persona) => (
              <option key={persona.id} value={persona.id}>
                {persona.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="example-title" label="Title" error={errors.title}>
        {(control) => (
          <input
            {...control}
            type="text"
            maxLength={200}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
          />
        )}
      </FormField>
      <QualityField value={quality} onChange={setQuality} error={errors.quality} />
      <FormField id="example-summary" label="What it shows (optional)" error={errors.summary}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            maxLength={2000}
            value={summary}
            onChange={(event) => setSummary(event.target.value)}
          />
        )}
      </FormField>
      <TurnsEditor turns={turns} onChange={setTurns} errors={errors} />
      {unplaced && <ErrorPanel error={write.error} title="Could not save the example" />}
      {write.isError && !unplaced && (
        <p className="field__error" role="alert">
          Not saved: see the fields marked above.
        </p>
      )}
      <div className="write-example__actions">
        <button type="submit" className="btn btn--primary" disabled={write.isPending}>
          {write.isPending ? "Grading and saving…" : "Save example"}
        </button>
        <Link to="/examples">Cancel</Link>
      </div>
    </form>
  );
}
