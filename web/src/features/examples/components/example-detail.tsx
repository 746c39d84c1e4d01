import { Link } from "react-router";
import { Badge, PassBadge } from "../../../components/ui/badge";
import { QueryView } from "../../../components/ui/query-view";
import { usePersona } from "../../../lib/queries/library";
import { type Example, useExample } from "../api/get-example";
import { ExampleEditForm } from "./example-edit-form";
import { ListenButton } from "./listen-button";
import { useState } from "react";
import "./examples.css";

/** One example: the annotated transcript (notes beside the turns), the grader's scorecard, and Listen. */
export function ExampleDetail({ id }: { id: string }) {
  const example = useExample(id);
  return (
    <QueryView query={example} loading="Loading the example…" errorTitle="Could not load this example">
      {(data) => <ExampleView example={data} />}
    </QueryView>
  );
}

function ExampleView({ example }: { example: Example }) {
  const persona = usePersona(example.personaId);
  const customer = persona.data?.persona.name ?? "Customer";
  const [speaking, setSpeaking] = useState<number | null>(null);
  const [editing, setEditing] = useState(false);
  if (editing)
    return (
      <div className="example-detail">
        <ExampleEditForm example={example} customer={customer} onDone={() => setEditing(false)} />
      </div>
    );
  return (
    <div className="example-detail">
      <p>
        <Link to="/examples">← All examples</Link>
      </p>
      <header className="example-detail__head">
        <Badge tone={example.quality === "good" ? "good" : "bad"}>
          {example.quality === "good" ? "Done well" : "Done poorly"}
        </Badge>
        <h1>{example.title}</h1>
        <p className="muted small">
          {customer} · graded with {example.rubricId} v{example.rubricVersion}
          {example.source === "shipped" ? " · Parley library" : ""}
        </p>
        {example.summary && <p className="lead">{example.summary}</p>}
        <div className="example-detail__actions">
          <ListenButton exampleId={example.id} turns={example.turns} onTurn={setSpeaking} />
          {example.editable && (
            <button type="button" className="btn" onClick={() => setEditing(true)}>
              Edit
            </button>
          )}
        </div>
      </header>
      <div className="example-detail__body">
        <section className="panel" aria-labelledby="example-transcript">
          <h2 id="example-transcript" className="panel__title">
            Transcript and notes
          </h2>
          <ol className="example-turns">
            {example.turns.map((turn) => (
              <li
                key={turn.index}
                className={`example-turn example-turn--${turn.role}${speaking === turn.index ? " example-turn--speaking" : ""}`}
                data-testid={`example-turn-${turn.index}`}
              >
                <div className="example-turn__line">
                  <span className="example-turn__who">{turn.role === "rep" ? "Rep" : customer}</span>
                  <p>{turn.text}</p>
                </div>
                {turn.note && (
                  <aside className="example-turn__note" aria-label="Trainer's note">
                    {turn.note}
                  </aside>
                )}
              </li>
            ))}
          </ol>
        </section>
        <section className="panel" aria-labelledby="example-scorecard" data-testid="example-scorecard">
          <h2 id="example-scorecard" className="panel__title">
            Scorecard
          </h2>
          <p>
            Overall <strong>{example.scorecard.overall?.toFixed(2) ?? "—"}</strong> of pass mark{" "}
            {example.scorecard.threshold} <PassBadge passed={example.scorecard.passed} />
          </p>
          <table className="example-criteria">
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                <th scope="col">Score</th>
              </tr>
            </thead>
            <tbody>
              {example.scorecard.criteria.map((criterion) => (
                <tr key={criterion.id}>
                  <th scope="row">
                    {criterion.name}
                    <span className="muted small example-criteria__why">{criterion.rationale}</span>
                  </th>
                  <td>
                    {criterion.score ?? "—"} {criterion.passed === false && <Badge tone="bad">below</Badge>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </div>
  );
}
