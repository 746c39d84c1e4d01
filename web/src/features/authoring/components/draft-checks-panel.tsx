import type { DraftResult } from "../api/draft-from-document";
import { useOpenDraft } from "./draft-page";

interface DraftChecksPanelProps {
  draft: DraftResult;
  /** The file of the draft open in the editor. */
  file: "persona" | "rubric";
}

/** The checks Parley ran on a model's draft before showing it: lint, the rubric test, a persona suite. */
export function DraftChecksPanel({ draft, file }: DraftChecksPanelProps) {
  const openDraft = useOpenDraft();
  const other = file === "persona" ? "rubric" : "persona";
  const { lint, rubricTest, personaSuite } = draft.checks;
  return (
    <section className="panel draft-checks" aria-labelledby="draft-checks-title" data-testid="draft-checks">
      <h2 id="draft-checks-title" className="panel__title">
        Checks on this draft
      </h2>
      <p className="small muted">
        Drafted by the model from “{draft.document.name}”
        {draft.document.pages ? ` (${draft.document.pages} page${draft.document.pages === 1 ? "" : "s"})` : ""}
        {draft.repaired ? "; its first answer had problems and was repaired once" : ""}. Checked offline; not saved.
      </p>
      {draft.cut && (
        <p className="notice small" data-testid="draft-cut">
          Only the first {draft.cut.usedChars.toLocaleString()} of {draft.cut.totalChars.toLocaleString()} characters
          were drafted from: the model's context ({draft.cut.contextTokens.toLocaleString()} tokens) holds no more.
        </p>
      )}
      <p className="small">
        {file === "rubric"
          ? "Create this rubric first: the persona is graded on it. "
          : `Create the drafted rubric (${draft.rubric.id}) first: until then this persona names a rubric that does not exist. `}
        <button type="button" className="btn btn--small btn--secondary" onClick={() => openDraft(draft, other)}>
          Open the drafted {other}
        </button>
      </p>

      <h3 className="draft-checks__head">Lint</h3>
      {lint.length === 0 ? (
        <p className="ok small">✓ No warnings</p>
      ) : (
        <ul className="draft-checks__list small" data-testid="draft-lint">
          {lint.map((issue, i) => (
            <li key={i}>
              <code>
                {issue.file}:{issue.line} {issue.field}
              </code>{" "}
              {issue.message}
            </li>
          ))}
        </ul>
      )}

      <h3 className="draft-checks__head">Rubric test</h3>
      {"error" in rubricTest ? (
        <p className="bad small">Could not run: {rubricTest.error}</p>
      ) : (
        <div className="small" data-testid="draft-rubric-test">
          <p>
            {rubricTest.separated} of {rubricTest.criteria.length} criteria separate a strong rep from a weak one
            (strong {rubricTest.strong.overall ?? "–"}, weak {rubricTest.weak.overall ?? "–"}).
          </p>
          <ul className="draft-checks__list">
            {rubricTest.criteria.map((criterion) => (
              <li key={criterion.id}>
                <span className={criterion.separated ? "ok" : "bad"}>{criterion.separated ? "✓" : "✗"}</span>{" "}
                {criterion.name}: {criterion.strong.score ?? "–"} vs {criterion.weak.score ?? "–"}
              </li>
            ))}
          </ul>
        </div>
      )}

      <h3 className="draft-checks__head">Persona suite</h3>
      {"error" in personaSuite ? (
        <p className="bad small">Could not run: {personaSuite.error}</p>
      ) : (
        <div className="small" data-testid="draft-persona-suite">
          <p>
            {personaSuite.passed} of {personaSuite.scripts.length} scripts pass (save it as{" "}
            <code>{personaSuite.file}</code> for <code>parley eval</code>).
          </p>
          <ul className="draft-checks__list">
            {personaSuite.scripts.map((script) => (
              <li key={script.id}>
                <span className={script.passed ? "ok" : "bad"}>{script.passed ? "✓" : "✗"}</span> {script.id}: mood{" "}
                {script.startMood} → {script.endMood}
                {script.outcome ? `, ends ${script.outcome}` : ""}
                {script.problems.length > 0 ? ` (${script.problems.join("; ")})` : ""}
              </li>
            ))}
          </ul>
          <details>
            <summary>Suite YAML</summary>
            <pre className="draft-checks__source">{personaSuite.source}</pre>
          </details>
        </div>
      )}

      {draft.notes.length > 0 && (
        <>
          <h3 className="draft-checks__head">The model's notes</h3>
          <ul className="draft-checks__list small">
            {draft.notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
