import { type FormEvent, useRef, useState } from "react";
import { Link, useNavigate } from "react-router";
import { FormField, focusFirstInvalid } from "../../../components/ui/form-field";
import { ErrorPanel } from "../../../components/ui/error-panel";
import { fieldErrors } from "../../../lib/field-errors";
import { useRubrics } from "../../../lib/queries/library";
import { type PersonaFormAnswers, usePersonaFromForm } from "../api/persona-from-form";

type TextKey = "customer" | "situation" | "wants" | "hidden" | "impact" | "opening" | "goodEnding" | "badEnding";

const QUESTIONS: { key: TextKey; label: string; hint: string; long?: boolean }[] = [
  { key: "situation", label: "The situation", hint: "One line: what happened before the call.", long: true },
  { key: "customer", label: "The customer's name", hint: "e.g. Priya Nair" },
  { key: "opening", label: "What they say first", hint: "Their opening line, in their words.", long: true },
  { key: "wants", label: "What they want", hint: "What they ask for, out loud.", long: true },
  {
    key: "hidden",
    label: "What they don't say",
    hint: "What would really settle it; they give way only once the rep has earned it.",
    long: true,
  },
  {
    key: "impact",
    label: "How it affected them",
    hint: "What they answer when the rep asks how this affected them.",
    long: true,
  },
  {
    key: "goodEnding",
    label: "A good ending: their last words",
    hint: "What they say when it is put right.",
    long: true,
  },
  { key: "badEnding", label: "A bad ending: their last words", hint: "What they say as they hang up.", long: true },
];

const slugOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48) || "new-persona";

/** A new persona without a model: plain questions fill the template, then the editor opens with it. */
export function GuidedForm() {
  const [answers, setAnswers] = useState<Record<TextKey, string>>({
    customer: "",
    situation: "",
    wants: "",
    hidden: "",
    impact: "",
    opening: "",
    goodEnding: "",
    badEnding: "",
  });
  const [policies, setPolicies] = useState("");
  const [difficulty, setDifficulty] = useState<"easy" | "medium" | "hard">("medium");
  const [rubric, setRubric] = useState("");
  const [id, setId] = useState("");
  const rubrics = useRubrics();
  const draft = usePersonaFromForm();
  const navigate = useNavigate();
  const form = useRef<HTMLFormElement>(null);
  const errors = fieldErrors(draft.error);
  // The refusal was for the answers as they were: an edit clears it (the next submit checks again).
  const edited = () => {
    if (draft.isError) draft.reset();
  };
  const scenarioId = id || slugOf(answers.situation || answers.customer);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const json: PersonaFormAnswers = {
      ...answers,
      id: scenarioId,
      difficulty,
      policies: policies
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean),
      ...(rubric ? { rubric } : {}),
    };
    draft.mutate(json, {
      onSuccess: (body) => navigate("/trainer/personas/new", { state: { source: body.source, from: "form" } }),
      onError: () => focusFirstInvalid(form.current),
    });
  };

  return (
    <div className="guided">
      <header className="page-head">
        <div>
          <p className="eyebrow">
            <Link to="/trainer">Trainer</Link> / New persona
          </p>
          <h1>New persona from a few questions</h1>
          <p className="muted">
            Answer in plain words. Parley fills a persona file, with the lines the offline customer needs, and opens it
            in the editor: nothing is published until you save it there.
          </p>
        </div>
      </header>
      <form ref={form} className="panel guided__form" onSubmit={onSubmit} onChange={edited} noValidate>
        {QUESTIONS.map((q) => (
          <FormField key={q.key} id={`guided-${q.key}`} label={q.label} hint={q.hint} error={errors[q.key]}>
            {(control) =>
              q.long ? (
                <textarea
                  {...control}
                  rows={2}
                  value={answers[q.key]}
                  onChange={(e) => setAnswers({ ...answers, [q.key]: e.target.value })}
                />
              ) : (
                <input
                  {...control}
                  type="text"
                  value={answers[q.key]}
                  onChange={(e) => setAnswers({ ...answers, [q.key]: e.target.value })}
                />
              )
            }
          </FormField>
        ))}
        <FormField
          id="guided-policies"
          label="Policies the rep must keep to"
          hint="One a line, with their limits: “At most one night refunded.”"
          error={errors.policies}
        >
          {(control) => (
            <textarea {...control} rows={3} value={policies} onChange={(e) => setPolicies(e.target.value)} />
          )}
        </FormField>
        <div className="guided__row">
          <FormField id="guided-difficulty" label="Difficulty" error={errors.difficulty}>
            {(control) => (
              <select
                {...control}
                value={difficulty}
                onChange={(e) => setDifficulty(e.target.value as typeof difficulty)}
              >
                <option value="easy">easy</option>
                <option value="medium">medium</option>
                <option value="hard">hard</option>
              </select>
            )}
          </FormField>
          <FormField id="guided-rubric" label="Graded on" error={errors.rubric}>
            {(control) => (
              <select {...control} value={rubric} onChange={(e) => setRubric(e.target.value)}>
                <option value="">(choose when starting a call)</option>
                {rubrics.data?.items.map((item) => (
                  <option key={item.id} value={item.id}>
                    {item.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField id="guided-id" label="File id" hint="Lowercase words and dashes." error={errors.id}>
            {(control) => (
              <input {...control} type="text" value={scenarioId} onChange={(e) => setId(slugOf(e.target.value))} />
            )}
          </FormField>
        </div>
        {draft.isError && Object.keys(errors).length === 0 && <ErrorPanel error={draft.error} title="Not drafted" />}
        {Object.keys(errors).length > 0 && (
          <p className="save-note save-note--bad" role="alert">
            Answer the questions marked above.
          </p>
        )}
        <button type="submit" className="btn btn--primary" disabled={draft.isPending}>
          {draft.isPending ? "Filling the template…" : "Open it in the editor"}
        </button>
      </form>
    </div>
  );
}
