import { useTurnName } from "./turn-names";

interface EvidenceLinkProps {
  turn: number;
  quote: string;
  onJump: (turn: number) => void;
}

/** A quote from the transcript that jumps to, and highlights, the turn it came from. */
export function EvidenceLink({ turn, quote, onJump }: EvidenceLinkProps) {
  const turnName = useTurnName();
  return (
    <a
      className="evidence"
      href={`#turn-${turn}`}
      data-turn={turn}
      onClick={(event) => {
        event.preventDefault();
        onJump(turn);
      }}
    >
      <q>{quote}</q> <span className="evidence__turn">{turnName(turn)}</span>
    </a>
  );
}
