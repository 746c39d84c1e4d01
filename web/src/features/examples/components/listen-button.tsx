import { useEffect, useRef, useState } from "react";
import { ErrorPanel } from "../../../components/ui/error-panel";
import { type ListenEngine, type ListenTurn, listen } from "../utils/listen";

/** Plays the whole example, one voice per speaker; a second press stops it. */
export function ListenButton({
  exampleId,
  turns,
  onTurn,
}: {
  exampleId: string;
  turns: ListenTurn[];
  onTurn: (index: number | null) => void;
}) {
  const [playing, setPlaying] = useState(false);
  const [engine, setEngine] = useState<ListenEngine | null>(null);
  const [error, setError] = useState<unknown>(null);
  const stop = useRef<AbortController | null>(null);
  useEffect(() => () => stop.current?.abort(), []);

  const start = () => {
    const controller = new AbortController();
    stop.current = controller;
    setPlaying(true);
    setError(null);
    listen(exampleId, turns, controller.signal, (index, used) => {
      setEngine(used);
      onTurn(index);
    })
      .catch((caught: unknown) => setError(caught))
      .finally(() => {
        setPlaying(false);
        onTurn(null);
      });
  };

  return (
    <div className="example-listen">
      <button
        type="button"
        className="btn btn--primary"
        onClick={() => (playing ? stop.current?.abort() : start())}
        aria-pressed={playing}
      >
        {playing ? "Stop" : "Listen"}
      </button>
      {engine && (
        <span className="muted small" data-testid="listen-engine">
          {engine === "model" ? "Voices from the speech model" : "Your browser's voices (offline)"}
        </span>
      )}
      {error !== null && <ErrorPanel error={error} title="Could not play the example" />}
    </div>
  );
}
