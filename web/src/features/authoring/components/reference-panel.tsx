import { Link } from "react-router";
import { useAuthoringReference } from "../api/reference";

/**
 * Beside the editor: every name a file may use (moves with their meanings, cues, rubric ids), and
 * the format docs one click away, so nothing is discovered through an error message.
 */
export function ReferencePanel() {
  const reference = useAuthoringReference();
  const data = reference.data;
  return (
    <section className="panel panel--flat reference" aria-labelledby="reference-title" data-testid="reference">
      <h2 id="reference-title" className="panel__title">
        Reference
      </h2>
      <p className="small">
        Format:{" "}
        <Link to="/trainer/docs/persona" target="_blank">
          persona files
        </Link>{" "}
        ·{" "}
        <Link to="/trainer/docs/rubric" target="_blank">
          rubric files
        </Link>
      </p>
      {reference.isError && <p className="small bad">Could not load the reference.</p>}
      {data && (
        <>
          <details className="reference__group">
            <summary>Rubrics ({data.rubrics.length})</summary>
            <ul className="reference__list">
              {data.rubrics.map((rubric) => (
                <li key={rubric.id}>
                  <code>{rubric.id}</code> <span className="muted">{rubric.name}</span>
                </li>
              ))}
            </ul>
          </details>
          <details className="reference__group">
            <summary>Moves ({data.moves.length})</summary>
            <p className="small muted">
              What a rep can do in a turn: for reacts, ends_when, offline lines and signals.
            </p>
            <ul className="reference__list">
              {data.moves.map((move) => (
                <li key={move.id}>
                  <code>{move.id}</code> <span className="muted">{move.meaning}</span>
                </li>
              ))}
            </ul>
          </details>
          <details className="reference__group">
            <summary>Offline line cues ({data.cues.length})</summary>
            <ul className="reference__list">
              {data.cues.map((cue) => (
                <li key={cue.id}>
                  <code>{cue.id}</code> <span className="muted">{cue.meaning}</span>
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
    </section>
  );
}
