import { type ReactNode, useCallback, useState } from "react";
import { Link } from "react-router";
import type { PersonaView as Persona, RubricView as Rubric } from "../../../lib/queries/library";
import type { SessionDetail, SessionScorecard } from "../../../lib/queries/session";
import { Coaching } from "./coaching";
import { CriteriaChart } from "./criteria-chart";
import { CriterionCard } from "./criterion-card";
import { DeliverySection } from "./delivery-section";
import { GoalReveal } from "./goal-reveal";
import { ScoreSummary } from "./score-summary";
import { Transcript } from "./transcript";
import { TurnNames } from "./turn-names";
import { turnName } from "../../../lib/labels";

interface ScorecardViewProps {
  detail: SessionDetail;
  scorecard: SessionScorecard;
  persona: Persona;
  rubric: Rubric;
  /** What the page puts under the summary (the human review, when there is one). */
  review?: ReactNode;
  /** Notes the page puts beside a turn of the transcript (a reviewer's comments). */
  turnNotes?: (turnIndex: number) => ReactNode;
}

export function ScorecardView({ detail, scorecard, persona, rubric, review, turnNotes }: ScorecardViewProps) {
  const [highlighted, setHighlighted] = useState<number | null>(null);

  // Evidence and rewrites jump here: highlight the turn, bring it into view, and move focus to it.
  const jump = useCallback((turn: number) => {
    setHighlighted(turn);
    const element = document.getElementById(`turn-${turn}`);
    element?.scrollIntoView({ behavior: "smooth", block: "center" });
    element?.focus({ preventScroll: true });
  }, []);

  const turnNames = useCallback((index: number) => turnName(detail.turns, index), [detail.turns]);

  return (
    <TurnNames.Provider value={turnNames}>
      <div className="scorecard">
        <ScoreSummary
          detail={detail}
          scorecard={scorecard}
          personaName={persona.name}
          rubricName={rubric.name}
          max={rubric.scale.max}
          passMark={rubric.pass.overall}
        />
        {review}
        <div className="scorecard__grid">
          <div className="scorecard__main">
            <section className="panel" aria-labelledby="chart-title">
              <h2 id="chart-title" className="panel__title">
                Score per criterion
              </h2>
              <CriteriaChart scorecard={scorecard} min={rubric.scale.min} max={rubric.scale.max} />
              <p className="muted small">★ critical: must pass for the call to pass.</p>
            </section>
            <section aria-labelledby="criteria-title" className="stack">
              <h2 id="criteria-title" className="section-title">
                Each criterion, with the words it is based on
              </h2>
              {scorecard.criteria.map((criterion) => (
                <CriterionCard key={criterion.id} criterion={criterion} max={rubric.scale.max} onJump={jump} />
              ))}
            </section>
            {scorecard.delivery && (
              <DeliverySection sessionId={detail.session.id} delivery={scorecard.delivery} turns={detail.turns} />
            )}
            <Coaching scorecard={scorecard} onJump={jump} />
            <GoalReveal persona={persona} movesMade={detail.state.movesSoFar} reveal={scorecard.reveal} onJump={jump} />
          </div>
          <div className="scorecard__side">
            <Transcript
              detail={detail}
              customerName={persona.name}
              highlightedTurn={highlighted}
              turnNotes={turnNotes}
            />
            <p className="actions">
              <Link to={`/practice/${persona.id}`} className="btn btn--primary">
                Try the whole call again
              </Link>
              <Link to="/history" className="btn btn--ghost">
                Your history
              </Link>
            </p>
          </div>
        </div>
      </div>
    </TurnNames.Provider>
  );
}
