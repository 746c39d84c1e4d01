import { type FormEvent, useRef, useState } from "react";
import { ErrorPanel } from "../../../components/ui/error-panel";
import { FormField, focusFirstInvalid } from "../../../components/ui/form-field";
import { useEditExample } from "../api/edit-example";
import type { Example } from "../api/get-example";
import { exampleFormErrors } from "../utils/example-form-errors";
import { QualityField } from "./quality-field";
import "./examples.css";

const orNull = (text: string) => (text.trim() ? text : null);

/**
 * Edit mode of an example the caller may change: title, good or poor, summary and a note beside
 * each turn (the turns themselves are the call's, or were graded as written, so they stay). A
 * refusal shows beside the fields it names and keeps every change typed.
 */
export function ExampleEditForm({
  example,
  customer,
  onDone,
}: {
  example: Example;
  customer: string;
  onDone: () => void;
}) {
  const edit = useEditExample(example.id);
  const form = useRef<HTMLFormElement>(null);
  const [title, setTitle] = useState(example.title);
  const [quality, setQuality] = useState<"good" | "poor">(example.quality);
  const [summary, setSummary] = useState(example.summary ?? "");
  const [notes, setNotes] = useState(() => example.turns.map((turn) => turn.note ?? ""));
  const errors = edit.isError ? exampleFormErrors(edit.error) : {};
  const unplaced = edit.isError && Object.keys(errors).length === 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    edit.mutate(
      {
        title,
        quality,
        summary: orNull(summary),
        notes: example.turns.map((turn, position) => ({ turnIndex: turn.index, note: orNull(notes[position] ?? "") })),
      },
      { onSuccess: onDone, onError: () => focusFirstInvalid(form.current) },
    );
  };

  return (
    <form ref={form} className="panel example-edit" onSubmit={submit} noValidate aria-label="Edit this example">
      <h2 className="panel__title">Edit this example</h2>
      <FormField id="edit-title" label="Title" error={errors.title}>
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
      <FormField id="edit-summary" label="What it shows (optional)" error={errors.summary}>
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
      {errors.notes && <p className="field__error">{errors.notes}</p>}
      <ol className="example-turns">
        {example.turns.map((turn, position) => (
          <li key={turn.index} className={`example-turn example-turn--${turn.role}`}>
            <div className="example-turn__line">
              <span className="example-turn__who">{turn.role === "rep" ? "Rep" : customer}</span>
              <p>{turn.text}</p>
            </div>
            <FormField
              id={`edit-note-${position}`}
              label={`Note on turn ${position + 1}`}
              error={errors[`notes.${position}.note`]}
            >
              {(control) => (
                <textarea
                  {...control}
                  rows={2}
                  maxLength={2000}
                  value={notes[position] ?? ""}
                  onChange={(event) =>
                    setNotes((all) => all.map((note, at) => (at === position ? event.target.value : note)))
                  }
                />
              )}
            </FormField>
          </li>
        ))}
      </ol>
      {unplaced && <ErrorPanel error={edit.error} title="Could not save the changes" />}
      {edit.isError && !unplaced && (
        <p className="field__error" role="alert">
          Not saved: see the fields marked above.
        </p>
      )}
      <div className="write-example__actions">
        <button type="submit" className="btn btn--primary" disabled={edit.isPending}>
          Save changes
        </button>
        <button type="button" className="btn btn--ghost" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
