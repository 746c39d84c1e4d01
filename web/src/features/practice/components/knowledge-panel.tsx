import { useState } from "react";
import type { PersonaView } from "../../../lib/queries/library";

type Entry = PersonaView["knowledge"][number];

const KIND_LABEL: Record<Entry["kind"], string> = { policy: "Policy", offer: "Offer", fact: "Fact" };
const WIDE = "(min-width: 901px)";

const fold = (text: string) => text.toLowerCase();

/**
 * What a rep would have on their screen for this call: the scenario's policies, offers and facts
 * with their limits, searchable. Open beside the call at laptop width, folded above it on a phone.
 */
export function KnowledgePanel({ entries }: { entries: Entry[] }) {
  const [query, setQuery] = useState("");
  const [open] = useState(() => typeof window === "undefined" || window.matchMedia(WIDE).matches);
  if (entries.length === 0) return null;
  const words = fold(query).split(/\s+/).filter(Boolean);
  const shown = entries.filter((entry) => {
    const text = fold(`${KIND_LABEL[entry.kind]} ${entry.title} ${entry.text}`);
    return words.every((word) => text.includes(word));
  });
  return (
    <details className="panel knowledge" open={open} data-testid="knowledge-panel">
      <summary className="knowledge__summary">
        <h2 className="panel__title knowledge__title">Policies and offers</h2>
        <span className="muted small">{entries.length} notes</span>
      </summary>
      <label htmlFor="knowledge-search" className="visually-hidden">
        Search policies and offers
      </label>
      <input
        id="knowledge-search"
        type="search"
        className="knowledge__search"
        placeholder="Search: credit, refund, fee…"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {shown.length === 0 ? (
        <p className="muted small" role="status">
          Nothing matches "{query}".
        </p>
      ) : (
        <ul className="knowledge__list" aria-label="Policies, offers and facts">
          {shown.map((entry) => (
            <li key={entry.id} className={`knowledge__item knowledge__item--${entry.kind}`}>
              <p className="knowledge__head">
                <span className="knowledge__kind">{KIND_LABEL[entry.kind]}</span> <strong>{entry.title}</strong>
              </p>
              <p className="knowledge__text">{entry.text}</p>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
