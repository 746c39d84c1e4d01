import type { ReactNode } from "react";

export interface ChatTurn {
  index: number;
  role: "customer" | "rep";
  text: string;
  pending?: boolean;
}

interface ChatLogProps {
  turns: ChatTurn[];
  customerName: string;
  /** Who the rep is called ("You" on one's own call; a teammate's name on a shared call). */
  repName?: string;
  /** The customer's reply while it streams in. */
  streaming?: string | null;
  highlightedTurn?: number | null;
  /** Rendered beside a turn: coach tips, "retry from here" ... */
  aside?: (turn: ChatTurn) => ReactNode;
  label?: string;
  /** "stacked" puts asides under their turn (narrow columns, the scorecard). */
  layout?: "beside" | "stacked";
}

/** The call as a chat. Each turn has id `turn-N` so scorecard evidence can link to it. */
export function ChatLog({
  turns,
  customerName,
  repName = "You",
  streaming,
  highlightedTurn,
  aside,
  label = "Call transcript",
  layout = "beside",
}: ChatLogProps) {
  return (
    <div role="log" aria-label={label}>
      <ol className={`chat chat--${layout}`}>
        {turns.map((turn) => {
          const side = aside?.(turn);
          const highlighted = highlightedTurn === turn.index;
          return (
            <li
              key={turn.index}
              id={`turn-${turn.index}`}
              tabIndex={-1}
              data-turn={turn.index}
              className={`chat__row chat__row--${turn.role}${highlighted ? " is-highlighted" : ""}${side ? " has-aside" : ""}`}
              aria-current={highlighted ? "true" : undefined}
            >
              <div className={`bubble bubble--${turn.role}${turn.pending ? " bubble--pending" : ""}`}>
                <span className="bubble__who">
                  {turn.role === "rep" ? repName : customerName}
                  {turn.role === "rep" && (
                    <span className="bubble__turn">
                      {" "}
                      · reply {turns.filter((other) => other.role === "rep" && other.index <= turn.index).length}
                    </span>
                  )}
                </span>
                {turn.pending && turn.text === "" ? (
                  // A spoken turn before its words are recognised.
                  <p className="bubble__text bubble__text--waiting">Transcribing…</p>
                ) : (
                  <p className="bubble__text">{turn.text}</p>
                )}
              </div>
              {side && <div className="chat__aside">{side}</div>}
            </li>
          );
        })}
        {streaming !== undefined && streaming !== null && (
          <li className="chat__row chat__row--customer" aria-hidden="true" data-testid="streaming">
            <div className="bubble bubble--customer bubble--streaming">
              <span className="bubble__who">{customerName}</span>
              <p className="bubble__text">
                {streaming}
                <span className="typing" />
              </p>
            </div>
          </li>
        )}
      </ol>
    </div>
  );
}
