import type { SessionScorecard } from "../../../lib/queries/session";
import { EvidenceLink } from "./evidence-link";

/** Strengths, what to improve, and better replies for specific turns. */
export function Coaching({ scorecard, onJump }: { scorecard: SessionScorecard; onJump: (turn: number) => void }) {
  return (
    <section className="coaching" aria-labelledby="coaching-title">
      <h2 id="coaching-title" className="visually-hidden">
        Coaching
      </h2>
      <div className="panel panel--good">
        <h3 className="panel__title">What worked</h3>
        {scorecard.strengths.length === 0 ? (
          <p className="muted">Nothing stood out yet. The improvements show where to start.</p>
        ) : (
          <ul className="bullets">
            {scorecard.strengths.map((item, i) => (
              <HighlightItem key={i} item={item} onJump={onJump} />
            ))}
          </ul>
        )}
      </div>
      <div className="panel panel--warn">
        <h3 className="panel__title">What to work on</h3>
        {scorecard.improvements.length === 0 ? (
          <p className="muted">Nothing to add. Try a harder difficulty.</p>
        ) : (
          <ul className="bullets">
            {scorecard.improvements.map((item, i) => (
              <HighlightItem key={i} item={item} onJump={onJump} />
            ))}
          </ul>
        )}
      </div>
      {scorecard.rewrites.length > 0 && (
        <div className="panel rewrites">
          <h3 className="panel__title">Try saying it this way</h3>
          <ol className="rewrite-list">
            {scorecard.rewrites.map((rewrite) => (
              <li key={`${rewrite.turn}-${rewrite.better}`} className="rewrite">
                <p className="rewrite__was">
                  You said <EvidenceLink turn={rewrite.turn} quote={rewrite.original} onJump={onJump} />
                </p>
                <p className="rewrite__better">
                  <span className="rewrite__label">Better:</span> “{rewrite.better}”
                </p>
                <p className="muted small">{rewrite.why}</p>
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}

type Highlight = SessionScorecard["strengths"][number];

/** One strength or improvement: the criterion, what to keep or change, and the words it is about. */
function HighlightItem({ item, onJump }: { item: Highlight | string; onJump: (turn: number) => void }) {
  // Scorecards stored before highlights carried their criterion and evidence are plain sentences.
  if (typeof item === "string") return <li>{item}</li>;
  return (
    <li>
      {!item.text.startsWith(item.name) && <strong>{item.name}. </strong>}
      {item.text}
      {item.evidence && (
        <>
          {" "}
          <EvidenceLink turn={item.evidence.turn} quote={item.evidence.quote} onJump={onJump} />
        </>
      )}
    </li>
  );
}
