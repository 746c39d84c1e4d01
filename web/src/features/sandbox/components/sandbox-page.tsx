import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { ErrorPanel } from "../../../components/ui/error-panel";
import { queryKeys } from "../../../lib/query-client";
import { fetchSessionDetail } from "../../../lib/queries/session";
import { fullPersona, type PersonaDetail } from "../../../lib/queries/library";
import type { SessionDetail } from "../../../lib/queries/session";
import { useStartSandbox } from "../api/start-sandbox";
import { SandboxCall } from "./sandbox-call";

type Difficulty = "easy" | "medium" | "hard";

/** Try a saved persona version as a trainer, watching the director's state change turn by turn. */
export function SandboxPage({ detail, fallbackRubric }: { detail: PersonaDetail; fallbackRubric: string | undefined }) {
  const { persona } = detail;
  // The sandbox is a trainer's page: the director panel shows the whole file.
  const full = fullPersona(detail);
  const queryClient = useQueryClient();
  const start = useStartSandbox();
  const [difficulty, setDifficulty] = useState<Difficulty>(persona.difficulty);
  const [call, setCall] = useState<SessionDetail | null>(null);
  const rubricId = persona.rubric ?? fallbackRubric;

  const begin = () => {
    if (!rubricId) return;
    start.mutate(
      { personaId: persona.id, personaVersion: detail.version, rubricId, difficulty },
      {
        onSuccess: async ({ session }) => {
          setCall(
            await queryClient.fetchQuery({
              queryKey: queryKeys.session(session.id),
              queryFn: () => fetchSessionDetail(session.id),
            }),
          );
        },
      },
    );
  };

  return (
    <div className="sandbox">
      <header className="page-head">
        <div>
          <p className="eyebrow">
            <Link to="/trainer">Trainer</Link> / sandbox
          </p>
          <h1>
            Try {persona.name} <span className="muted">v{detail.version}</span>
          </h1>
          <p className="muted">Talk to the persona as a rep would, and watch what the director makes of each turn.</p>
        </div>
        <div className="actions">
          <label className="inline-field">
            Difficulty
            <select value={difficulty} onChange={(event) => setDifficulty(event.target.value as Difficulty)}>
              <option value="easy">easy</option>
              <option value="medium">medium</option>
              <option value="hard">hard</option>
            </select>
          </label>
          <button type="button" className="btn btn--primary" onClick={begin} disabled={start.isPending || !rubricId}>
            {call ? "Start again" : "Start a sandbox call"}
          </button>
          <Link className="btn btn--ghost" to={`/trainer/personas/${persona.id}`}>
            Edit persona
          </Link>
        </div>
      </header>
      {!rubricId && <p className="notice">Add a rubric before trying this persona.</p>}
      {start.isError && <ErrorPanel error={start.error} title="The sandbox call could not start" />}
      {call && full ? (
        <SandboxCall key={call.session.id} start={call} persona={full} />
      ) : (
        <p className="empty-state">
          Choose a difficulty and start a call. Sandbox calls are in exam mode and are not scored.
        </p>
      )}
    </div>
  );
}
