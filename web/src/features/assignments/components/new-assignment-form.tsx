import { type FormEvent, useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { ErrorPanel } from "../../../components/ui/error-panel";
import { FormField } from "../../../components/ui/form-field";
import { fieldErrors } from "../../../lib/field-errors";
import { usePersonas } from "../../../lib/queries/library";
import { useAssignees } from "../api/get-assignees";
import { useCreateAssignment } from "../api/create-assignment";

const WEEK_MS = 7 * 86_400_000;
const dateInput = (at: number) => new Date(at).toISOString().slice(0, 10);

/**
 * Assign a scenario or a path (the server orders it easy to hard). `?personas=a,b&title=…` pre-fills
 * it, as the Team view's weakest criteria link here to customise.
 */
export function NewAssignmentForm() {
  const [params] = useSearchParams();
  const personas = usePersonas();
  const assignees = useAssignees();
  const create = useCreateAssignment();
  const navigate = useNavigate();
  const [title, setTitle] = useState(params.get("title") ?? "");
  const [kind, setKind] = useState<"practice" | "certification">("practice");
  const [chosen, setChosen] = useState<string[]>((params.get("personas") ?? "").split(",").filter(Boolean));
  const [requiredScore, setRequiredScore] = useState("");
  const [attempts, setAttempts] = useState("3");
  const [due, setDue] = useState(dateInput(Date.now() + WEEK_MS));
  const [learners, setLearners] = useState<string[] | null>(null);
  const errors = fieldErrors(create.error);
  const everyone = assignees.data?.learners ?? [];
  const picked = learners ?? everyone.map((learner) => learner.id);
  const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        ...(title.trim() ? { title: title.trim() } : {}),
        kind,
        steps: chosen.map((personaId) => ({ personaId })),
        requiredScore: requiredScore === "" ? null : Number(requiredScore),
        attemptsAllowed: Number(attempts),
        // The end of the chosen day, in the trainer's time zone.
        dueAt: new Date(`${due}T23:59:59`).getTime(),
        learnerIds: picked,
      },
      { onSuccess: ({ assignment }) => void navigate(`/assignments/${assignment.id}`) },
    );
  };

  return (
    <form className="panel form" onSubmit={submit} noValidate data-testid="new-assignment">
      <FormField id="title" label="Title" hint="Optional: the first scenario's name otherwise." error={errors.title}>
        {(control) => <input {...control} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </FormField>
      <fieldset className="field">
        <legend>Kind</legend>
        <label className="inline-field">
          <input type="radio" checked={kind === "practice"} onChange={() => setKind("practice")} /> Practice (coach
          mode, tips during the call)
        </label>
        <label className="inline-field">
          <input type="radio" checked={kind === "certification"} onChange={() => setKind("certification")} />{" "}
          Certification (exam mode, no retry from a turn, graded once, certificate on passing)
        </label>
      </fieldset>
      <fieldset className="field">
        <legend>Scenarios (a path runs easy to hard)</legend>
        {errors.steps && <p className="field__error">{errors.steps}</p>}
        {(personas.data?.items ?? []).map((persona) => (
          <label key={persona.id} className="inline-field">
            <input
              type="checkbox"
              checked={chosen.includes(persona.id)}
              onChange={() => setChosen((list) => toggle(list, persona.id))}
            />{" "}
            {persona.name} <span className="muted">({persona.difficulty ?? "medium"})</span>
          </label>
        ))}
      </fieldset>
      <FormField id="due" label="Due" error={errors.dueAt}>
        {(control) => <input {...control} type="date" value={due} onChange={(e) => setDue(e.target.value)} />}
      </FormField>
      <FormField
        id="required-score"
        label="Required score"
        hint="Blank: the rubric's own pass mark."
        error={errors.requiredScore}
      >
        {(control) => (
          <input
            {...control}
            type="number"
            step="0.1"
            value={requiredScore}
            onChange={(e) => setRequiredScore(e.target.value)}
          />
        )}
      </FormField>
      <FormField id="attempts" label="Attempts allowed per scenario" error={errors.attemptsAllowed}>
        {(control) => (
          <input
            {...control}
            type="number"
            min="1"
            max="20"
            value={attempts}
            onChange={(e) => setAttempts(e.target.value)}
          />
        )}
      </FormField>
      {assignees.data?.mode === "accounts" && (
        <fieldset className="field">
          <legend>Learners</legend>
          {errors.learnerIds && <p className="field__error">{errors.learnerIds}</p>}
          {everyone.map((learner) => (
            <label key={learner.id} className="inline-field">
              <input
                type="checkbox"
                checked={picked.includes(learner.id)}
                onChange={() => setLearners(toggle(picked, learner.id))}
              />{" "}
              {learner.name}
            </label>
          ))}
        </fieldset>
      )}
      {create.isError && Object.keys(errors).length === 0 && (
        <ErrorPanel error={create.error} title="Could not assign it" />
      )}
      <button type="submit" className="btn btn--primary" disabled={create.isPending || chosen.length === 0}>
        Assign
      </button>
    </form>
  );
}
