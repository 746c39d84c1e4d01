import { type FormEvent, useState } from "react";
import { Link, useNavigate } from "react-router";
import { EngineBadge } from "../../../components/engine-badge";
import { DifficultyBadge } from "../../../components/ui/badge";
import { ErrorPanel } from "../../../components/ui/error-panel";
import type { PersonaView as Persona, RubricView as Rubric } from "../../../lib/queries/library";
import { useStartSession } from "../api/start-session";
import { RubricCriteria } from "./rubric-criteria";

type Mode = "coach" | "exam";
type Difficulty = "easy" | "medium" | "hard";

const MODES: { value: Mode; label: string; hint: string }[] = [
  { value: "coach", label: "Coach", hint: "A tip after each of your replies." },
  { value: "exam", label: "Exam", hint: "No tips until the scorecard at the end." },
];
const DIFFICULTIES: Difficulty[] = ["easy", "medium", "hard"];

/** Before the call: who is calling, what is graded, and the learner's choice of mode and difficulty. */
export function PreCall({
  persona,
  rubric,
  rubricVersion,
}: {
  persona: Persona;
  rubric: Rubric;
  rubricVersion: number;
}) {
  const navigate = useNavigate();
  const start = useStartSession();
  const [mode, setMode] = useState<Mode>("coach");
  const [difficulty, setDifficulty] = useState<Difficulty>(persona.difficulty);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    start.mutate(
      { personaId: persona.id, rubricId: rubric.id, rubricVersion, mode, difficulty },
      { onSuccess: ({ session }) => navigate(`/sessions/${session.id}`) },
    );
  };

  return (
    <div className="precall">
      <section className="panel precall__who" aria-labelledby="who-title">
        <p className="eyebrow">Incoming call</p>
        <h1 id="who-title">
          {persona.name} <DifficultyBadge difficulty={persona.difficulty} />
        </h1>
        <p className="lead">{persona.summary}</p>
        <p>
          <strong>What they say they want:</strong> {persona.goals.stated}
        </p>
        <p className="muted">They may want more than they say. You will see what at the end of the call.</p>
        <EngineBadge />

        <form className="precall__form" onSubmit={submit}>
          <fieldset>
            <legend>Mode</legend>
            {MODES.map((option) => (
              <label key={option.value} className="choice">
                <input
                  type="radio"
                  name="mode"
                  value={option.value}
                  checked={mode === option.value}
                  onChange={() => setMode(option.value)}
                />
                <span>
                  <strong>{option.label}</strong> <span className="muted">{option.hint}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Difficulty</legend>
            <div className="segmented">
              {DIFFICULTIES.map((level) => (
                <label key={level} className="segmented__option">
                  <input
                    type="radio"
                    name="difficulty"
                    value={level}
                    checked={difficulty === level}
                    onChange={() => setDifficulty(level)}
                  />
                  <span>{level}</span>
                </label>
              ))}
            </div>
            <p className="muted small">Harder customers lose patience sooner and take more to win over.</p>
          </fieldset>
          {start.isError && <ErrorPanel error={start.error} title="The call could not start" />}
          <div className="actions">
            <button type="submit" className="btn btn--primary btn--large" disabled={start.isPending}>
              {start.isPending ? "Connecting…" : "Start the call"}
            </button>
            <Link to="/" className="btn btn--ghost">
              Choose another scenario
            </Link>
          </div>
        </form>
      </section>
      <RubricCriteria rubric={rubric} />
    </div>
  );
}
