import { useTurnName } from "./turn-names";
import { moveLabel, outcomeLabel } from "../../../lib/labels";
import type { PersonaView as Persona } from "../../../lib/queries/library";
import type { SessionScorecard } from "../../../lib/queries/session";

type Reveal = NonNullable<SessionScorecard["reveal"]>;

interface GoalRevealProps {
  persona: Persona;
  movesMade: string[];
  /** The grader's reveal (with the turn each condition was met); older scorecards have none. */
  reveal: Reveal | null | undefined;
  onJump: (turn: number) => void;
}

/** The debrief: what the customer really wanted, and which of the moves that unlock it the rep made. */
export function GoalReveal({ persona, movesMade, reveal, onJump }: GoalRevealProps) {
  const turnName = useTurnName();
  const made = new Set(movesMade);
  const routes =
    reveal?.routes ??
    (persona.ends_when ?? []).map((rule) => ({
      outcome: rule.outcome,
      conditions: [...new Set([...(rule.after ?? []), rule.on])].map((move) => ({
        move,
        metAtTurn: made.has(move) ? -1 : null,
      })),
      uncovered: false,
    }));
  return (
    <section className="panel reveal" aria-labelledby="reveal-title">
      <h2 id="reveal-title" className="panel__title">
        What {persona.name} really wanted
      </h2>
      <dl className="reveal__goals">
        <dt>Said</dt>
        <dd>{reveal?.stated ?? persona.goals.stated}</dd>
        <dt>Hidden</dt>
        <dd data-testid="hidden-goal">
          {reveal?.hidden ?? ("hidden" in persona.goals ? String(persona.goals.hidden) : "—")}
        </dd>
      </dl>
      {routes.length > 0 && (
        <div className="reveal__paths">
          <h3 className="small-title">The ways this call could end well</h3>
          {routes.map((route) => (
            <div key={route.outcome} className="reveal__path">
              <p className="small">
                <strong>{outcomeLabel(route.outcome)}</strong> needs:
              </p>
              <ol className="steps">
                {route.conditions.map(({ move, metAtTurn }) => (
                  <li key={move} className={metAtTurn !== null ? "steps__done" : "steps__missed"}>
                    <span aria-hidden="true">{metAtTurn !== null ? "✓" : "✗"}</span> {moveLabel(move)}
                    {metAtTurn !== null && metAtTurn >= 0 ? (
                      <>
                        {" "}
                        <a
                          href={`#turn-${metAtTurn}`}
                          className="evidence__turn"
                          onClick={(event) => {
                            event.preventDefault();
                            onJump(metAtTurn);
                          }}
                        >
                          you did this in {turnName(metAtTurn)}
                        </a>
                      </>
                    ) : (
                      <span className="visually-hidden">{metAtTurn !== null ? " (you did this)" : " (missed)"}</span>
                    )}
                  </li>
                ))}
              </ol>
            </div>
          ))}
        </div>
      )}
      <h3 className="small-title">Every move you made</h3>
      {movesMade.length === 0 ? (
        <p className="muted small">None recognised.</p>
      ) : (
        <ul className="chips" data-testid="moves-made">
          {movesMade.map((move) => (
            <li key={move} className="chip">
              {moveLabel(move)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
