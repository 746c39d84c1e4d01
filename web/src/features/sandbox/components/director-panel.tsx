import { MoodMeter } from "../../../components/call/mood-meter";
import { moveLabel, outcomeLabel } from "../../../lib/labels";
import type { Persona } from "../../../lib/queries/library";
import type { SessionDetail } from "../../../lib/queries/session";

interface DirectorPanelProps {
  persona: Persona;
  mood: number;
  moodDelta: number | null;
  lastMoves: string[];
  state: SessionDetail["state"] | undefined;
  /** The server's view for trainers: patience left, promises held, conditions met and when. */
  live: SessionDetail["live"] | undefined;
  outcome: string | null;
}

/** The director's live state, for trainers: mood, moves heard, patience, and how close each ending is. */
export function DirectorPanel({ persona, mood, moodDelta, lastMoves, state, live, outcome }: DirectorPanelProps) {
  const heard = new Set(state?.movesSoFar ?? []);
  const metAt = new Map<string, number | null>();
  for (const route of live?.goals.routes ?? [])
    for (const c of route.conditions) metAt.set(`${route.outcome}:${c.move}`, c.metAtTurn);
  return (
    <aside className="director" aria-label="Director state" data-testid="director">
      <MoodMeter
        mood={mood}
        min={persona.mood.min}
        max={persona.mood.max}
        hangupAt={persona.mood.hangup_at}
        delta={moodDelta}
        name={persona.name.split(" ")[0] ?? persona.name}
      />
      <dl className="facts">
        <dt>Outcome</dt>
        <dd data-testid="director-outcome">{outcome ? outcomeLabel(outcome) : "none yet"}</dd>
        <dt>Rep turns</dt>
        <dd>{state?.repTurns ?? 0}</dd>
        <dt>Turns that did not help</dt>
        <dd>{state?.unproductiveTurns ?? 0}</dd>
        {live && (
          <>
            <dt>Patience left</dt>
            <dd data-testid="patience-left">{live.patienceLeft} turns</dd>
          </>
        )}
        <dt>Turns at hang-up mood</dt>
        <dd>{state?.turnsAtLimit ?? 0}</dd>
      </dl>
      <h3 className="small-title">Heard this turn</h3>
      <MoveChips moves={lastMoves} empty="No move recognised." />
      <h3 className="small-title">Moves so far</h3>
      <MoveChips moves={state?.movesSoFar ?? []} empty="None yet." testId="moves-so-far" />
      <h3 className="small-title">Endings and their conditions</h3>
      <ul className="endings">
        {persona.ends_when.map((rule) => (
          <li key={`${rule.outcome}-${rule.on}`}>
            <strong>{moveLabel(rule.outcome)}</strong> on <em>{moveLabel(rule.on)}</em>
            {(rule.after ?? []).length > 0 && (
              <>
                {" "}
                after{" "}
                {(rule.after ?? []).map((move) => {
                  const turn = metAt.get(`${rule.outcome}:${move}`);
                  const met = heard.has(move);
                  return (
                    <span key={move} className={met ? "met" : "unmet"}>
                      {met ? "✓" : "○"} {moveLabel(move)}
                      {met && turn !== undefined && turn !== null ? ` (turn ${turn})` : ""}{" "}
                    </span>
                  );
                })}
              </>
            )}
            {rule.mood_at_most !== undefined && <span className="muted"> (mood at most {rule.mood_at_most})</span>}
          </li>
        ))}
        <li>
          <strong>Hangs up</strong> at mood {persona.mood.hangup_at} or when patience runs out
        </li>
      </ul>
      {live && live.promises.length > 0 && (
        <>
          <h3 className="small-title">Promises the customer will hold the rep to</h3>
          <ul className="bullets small" data-testid="promises">
            {live.promises.map((promise) => (
              <li key={`${promise.turn}-${promise.quote}`}>
                “{promise.quote}” <span className="muted">turn {promise.turn}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 className="small-title">Hidden goal</h3>
      <p className="small">{persona.goals.hidden}</p>
    </aside>
  );
}

function MoveChips({ moves, empty, testId }: { moves: string[]; empty: string; testId?: string }) {
  if (moves.length === 0) return <p className="muted small">{empty}</p>;
  return (
    <ul className="chips" data-testid={testId}>
      {moves.map((move) => (
        <li key={move} className="chip">
          {moveLabel(move)}
        </li>
      ))}
    </ul>
  );
}
