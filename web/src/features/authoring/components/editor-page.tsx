import { type ReactNode, useRef, useState } from "react";
import { Link, useNavigate } from "react-router";
import { ErrorPanel } from "../../../components/ui/error-panel";
import type { LibraryDetail } from "../../../lib/queries/library";
import { KIND_LABEL, type LibraryKind } from "../api/library-kind";
import { declaredId, issuesOf, useSaveSource } from "../api/save-source";
import { useLiveValidation, type Validation } from "../api/validate-source";
import { IssueList } from "./issue-list";
import { type SourceEditorHandle, SourceEditor } from "./source-editor";
import { VersionList } from "./version-list";
import { ReferencePanel } from "./reference-panel";
import { LiveSourcePanel } from "./live-source-panel";

type SaveNote = { tone: "good" | "info" | "bad"; text: string } | null;

/** Edit a persona or rubric as YAML: problems at their line while typing, Save makes a new version. */
interface EditorPageProps {
  kind: LibraryKind;
  /** Version 0 is a new file, not saved yet. */
  detail: LibraryDetail;
  name: string;
  /** Ids already in use, so a new file cannot silently become a version of another one. */
  takenIds?: string[];
  /** Tools shown under the editor that work on the current draft (the route composes them: "Test this rubric"). */
  below?: (draft: string) => ReactNode;
  /** What a new file started from, when not a copy of another file (the guided form). */
  intro?: string;
  /** Shown first beside the editor (a model draft's checks). */
  aside?: ReactNode;
}

export function EditorPage({ kind, detail: shown, name, takenIds = [], below, intro, aside }: EditorPageProps) {
  // Trainers and admins (who reach the editor) always get the source; a learner's view has none.
  const detail = { ...shown, source: shown.source ?? "" };
  const label = KIND_LABEL[kind];
  const [draft, setDraft] = useState(detail.source);
  const [note, setNote] = useState<SaveNote>(null);
  const editor = useRef<SourceEditorHandle>(null);
  const validation = useLiveValidation(kind, draft);
  const isNew = detail.version === 0;
  const save = useSaveSource(kind, isNew ? undefined : detail.id);
  const navigate = useNavigate();

  const refused = save.isError ? issuesOf(save.error) : [];
  const liveIssues = validation.result?.issues ?? [];
  // A refused save's issues are the truth for the draft it refused, until the draft changes.
  const refusedNow = refused.length > 0 && save.variables === draft;
  const issues = refusedNow ? refused : liveIssues;
  const warnings = refusedNow ? [] : (validation.result?.warnings ?? []);
  const dirty = draft !== detail.source;
  const basePath = `/trainer/${kind}/${detail.id}`;
  const latest = detail.versions[0]?.version ?? detail.version;

  const onSave = () => {
    setNote(null);
    const id = declaredId(draft);
    if (isNew && id && takenIds.includes(id)) {
      setNote({ tone: "bad", text: `The id "${id}" is already used by another ${label}: choose a new one.` });
      return;
    }
    save.mutate(draft, {
      // Bring the first problem into view (the caret may be hundreds of lines away).
      onError: (error) => {
        const first = issuesOf(error)[0];
        if (first) editor.current?.revealLine(first.line);
      },
      onSuccess: (body) =>
        isNew
          ? navigate(`/trainer/${kind}/${body.id}`)
          : setNote(
              body.created
                ? { tone: "good", text: `Saved as version ${body.version}.` }
                : { tone: "info", text: `No changes: version ${body.version} already has this content.` },
            ),
    });
  };

  return (
    <div className="editor">
      <header className="page-head">
        <div>
          <p className="eyebrow">
            <Link to="/trainer">Trainer</Link> / {label}
          </p>
          <h1>
            {isNew ? (
              `New ${label}`
            ) : (
              <>
                {name} <span className="muted">v{detail.version}</span>
              </>
            )}
          </h1>
          {isNew && (
            <p className="muted">{intro ?? `Started from a copy of “${name}”. Change its id and make it yours.`}</p>
          )}
          {!isNew && detail.version !== latest && (
            <p className="notice">
              You are looking at version {detail.version}. Saving it makes it the newest version ({latest + 1}).
            </p>
          )}
        </div>
        <div className="actions">
          {kind === "personas" && !isNew && (
            <Link className="btn btn--secondary" to={`/trainer/personas/${detail.id}/sandbox`}>
              Try in the sandbox
            </Link>
          )}
          <button type="button" className="btn btn--primary" onClick={onSave} disabled={save.isPending}>
            {save.isPending ? "Saving…" : isNew ? `Create ${label}` : "Save new version"}
          </button>
        </div>
      </header>

      <div className="editor__grid">
        <section className="editor__main" aria-label={`${label} file`}>
          <p className="editor__status" role="status" data-testid="editor-status">
            <ValidationStatus
              validation={validation}
              dirty={dirty}
              refused={refusedNow ? refused.length : 0}
              warnings={warnings.length}
            />
          </p>
          {note && (
            <p className={`save-note save-note--${note.tone}`} role="status" data-testid="save-note">
              {note.text}
            </p>
          )}
          {save.isError && refused.length === 0 && <ErrorPanel error={save.error} title="Not saved" />}
          {save.isError && refused.length > 0 && (
            <p className="save-note save-note--bad" role="alert">
              Not saved: fix the {refused.length === 1 ? "problem" : `${refused.length} problems`} marked in the file.
            </p>
          )}
          <IssueList id="editor-issues" issues={issues} onGoTo={(line) => editor.current?.goToLine(line)} />
          <IssueList
            id="editor-warnings"
            tone="warning"
            issues={warnings}
            onGoTo={(line) => editor.current?.goToLine(line)}
          />
          <SourceEditor
            ref={editor}
            value={draft}
            onChange={(value) => {
              setDraft(value);
              setNote(null);
            }}
            issues={issues}
            label={isNew ? `${label} YAML for a new file` : `${label} YAML for ${detail.id}`}
            describedBy="editor-issues"
          />
        </section>
        <aside className="editor__side">
          {aside}
          {!isNew && <VersionList detail={detail} basePath={basePath} />}
          <LiveSourcePanel kind={kind} detail={detail} isNew={isNew} />
          <ReferencePanel />
        </aside>
      </div>
      {!isNew && below?.(draft)}
    </div>
  );
}

interface StatusProps {
  validation: Validation;
  dirty: boolean;
  refused: number;
  warnings: number;
}

function ValidationStatus({ validation, dirty, refused, warnings }: StatusProps) {
  const edits = dirty ? "Unsaved changes. " : "";
  const problems = (count: number) => (
    <span className="bad">
      {edits}✗ {count} problem{count === 1 ? "" : "s"}
    </span>
  );
  if (refused > 0) return problems(refused);
  if (validation.checking) return <>{edits}Checking…</>;
  if (validation.failure)
    return (
      <>
        {edits}Could not check the file: {validation.failure}
      </>
    );
  if (!validation.result) return <>{edits}</>;
  return validation.result.valid ? (
    <span className="ok">
      {edits}✓ Valid{warnings > 0 ? ` · ${warnings} warning${warnings === 1 ? "" : "s"}` : ""}
    </span>
  ) : (
    problems(validation.result.issues.length)
  );
}
