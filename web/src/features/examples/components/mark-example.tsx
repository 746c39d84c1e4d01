import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { ErrorPanel } from "../../../components/ui/error-panel";
import { useMe } from "../../../lib/queries/me";
import { useMarkExample } from "../api/mark-example";
import "./examples.css";

/**
 * "Mark as example" on a graded call, for trainers and admins: a title, good or poor, a summary.
 * The server copies the call without the learner's name; notes per turn are added on the example.
 */
export function MarkAsExample({ sessionId, defaultTitle }: { sessionId: string; defaultTitle: string }) {
  const role = useMe().data?.user.role;
  const mark = useMarkExample();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(defaultTitle);
  const [quality, setQuality] = useState<"good" | "poor">("good");
  const [summary, setSummary] = useState("");
  if (role !== "trainer" && role !== "admin") return null;
  if (mark.data)
    return (
      <p className="panel small" data-testid="marked-example">
        Marked as an example: <Link to={`/examples/${encodeURIComponent(mark.data.id)}`}>{mark.data.title}</Link>
      </p>
    );
  if (!open)
    return (
      <button type="button" className="btn btn--small" onClick={() => setOpen(true)}>
        Mark as example
      </button>
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mark.mutate({ sessionId, title, quality, ...(summary.trim() ? { summary } : {}) });
  };
  return (
    <form className="panel mark-example" onSubmit={submit} aria-label="Mark as example">
      <h2 className="panel__title">Mark as example</h2>
      <p className="small muted">Learners see a copy of this call and its scorecard, without the learner's name.</p>
      <label>
        <span>Title</span>
        <input required maxLength={200} value={title} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <fieldset>
        <legend>This call shows it done</legend>
        <label>
          <input type="radio" checked={quality === "good"} onChange={() => setQuality("good")} /> well
        </label>
        <label>
          <input type="radio" checked={quality === "poor"} onChange={() => setQuality("poor")} /> poorly
        </label>
      </fieldset>
      <label>
        <span>What it shows (optional)</span>
        <textarea rows={2} maxLength={2000} value={summary} onChange={(event) => setSummary(event.target.value)} />
      </label>
      {mark.isError && <ErrorPanel error={mark.error} title="Could not mark this call" />}
      <button type="submit" className="btn btn--primary btn--small" disabled={mark.isPending}>
        Save example
      </button>
    </form>
  );
}
