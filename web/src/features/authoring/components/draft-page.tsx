import { type FormEvent, useState } from "react";
import "./draft.css";
import { Link, useNavigate } from "react-router";
import { ErrorPanel } from "../../../components/ui/error-panel";
import { ApiRequestError } from "../../../lib/api-error";
import { useHealth } from "../../../lib/queries/health";
import { type DraftResult, lastDraft, useDraftFromDocument } from "../api/draft-from-document";
import { issuesOf } from "../api/save-source";

const ACCEPT = ".txt,.md,.markdown,.pdf,text/plain,text/markdown,application/pdf";

/** Opens one file of a draft in the editor, with the draft's checks beside it. */
export function useOpenDraft() {
  const navigate = useNavigate();
  return (draft: DraftResult, file: "persona" | "rubric") =>
    navigate(`/trainer/${file}s/new`, { state: { source: draft[file].source, draft, file } });
}

/** "Draft from a document": paste or upload, the model drafts, the checks run, the editor opens. */
export function DraftPage() {
  const health = useHealth();
  const [text, setText] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [previous, setPrevious] = useState(lastDraft);
  const draft = useDraftFromDocument();
  const openDraft = useOpenDraft();
  const noModel = health.data !== undefined && health.data.engine !== "model";
  const issues = issuesOf(draft.error);
  const kept = draft.error instanceof ApiRequestError && draft.error.code !== "network";

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const document = file ? { file } : { text };
    draft.mutate(document, {
      onSuccess: (result) => {
        setPrevious(result);
        openDraft(result, "rubric");
      },
    });
  };

  return (
    <div className="guided draft">
      <header className="page-head">
        <div>
          <p className="eyebrow">
            <Link to="/trainer">Trainer</Link> / Draft from a document
          </p>
          <h1>Draft a scenario from a document</h1>
          <p className="muted">
            Paste or upload a policy, a product sheet or a real call transcript (text, Markdown or PDF). The model
            drafts a customer, a rubric and the knowledge the rep may use; Parley checks the draft (lint, a rubric test
            and a persona suite) and opens it in the editor. Nothing is published until you save it there.
          </p>
        </div>
      </header>
      {noModel && (
        <div className="panel notice" role="note" data-testid="draft-needs-model">
          <p>
            Drafting needs a model endpoint: start Parley with <code>OPENAI_BASE_URL</code> or{" "}
            <code>OPENAI_API_KEY</code> set. Without one,{" "}
            <Link to="/trainer/personas/guided">answer a few questions</Link> instead: the guided form fills the
            template, offline lines included.
          </p>
        </div>
      )}
      <form className="panel guided__form" onSubmit={onSubmit} noValidate>
        <label className="draft__label" htmlFor="draft-text">
          Paste the document
        </label>
        <textarea
          id="draft-text"
          rows={10}
          value={text}
          disabled={file !== null}
          onChange={(e) => setText(e.target.value)}
          placeholder="Our refund policy: at most one credit, up to one month…"
        />
        <label className="draft__label" htmlFor="draft-file">
          Or upload a file (.txt, .md, .pdf; up to 5 MB, 40 pages)
        </label>
        <input id="draft-file" type="file" accept={ACCEPT} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        {draft.isPending && (
          <p className="save-note save-note--info" role="status" data-testid="draft-progress">
            Drafting with the model, then checking the draft (lint, rubric test, persona suite)… this takes a minute.
          </p>
        )}
        {draft.isError && (
          <div data-testid="draft-error">
            <ErrorPanel error={draft.error} title="Not drafted" />
            {issues.length > 0 && (
              <ul className="issues__list">
                {issues.map((issue, i) => (
                  <li key={i} className="issue">
                    <code className="issue__field">
                      {issue.file}:{issue.line} {issue.field}
                    </code>{" "}
                    <span className="issue__message">{issue.message}</span>
                  </li>
                ))}
              </ul>
            )}
            {kept && <p className="muted">Your document is still here: try again, or use the guided form.</p>}
          </div>
        )}
        <button
          type="submit"
          className="btn btn--primary"
          disabled={draft.isPending || noModel || (!file && text.trim() === "")}
        >
          {draft.isPending ? "Drafting…" : "Draft it"}
        </button>
      </form>
      {previous && !draft.isPending && (
        <section className="panel" aria-label="Last draft" data-testid="last-draft">
          <h2 className="panel__title">Last draft, from “{previous.document.name}”</h2>
          <p className="muted">Create the rubric first: the persona is graded on it.</p>
          <div className="actions">
            <button type="button" className="btn btn--secondary" onClick={() => openDraft(previous, "rubric")}>
              Open the rubric ({previous.rubric.id})
            </button>
            <button type="button" className="btn btn--secondary" onClick={() => openDraft(previous, "persona")}>
              Open the persona ({previous.persona.id})
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
