import type { RubricTestResult } from "../api/test-rubric";

type Call = RubricTestResult["strong"];

const OUTCOME: Record<string, string> = { hung_up: "the customer hung up" };

/** A played test call, collapsed until asked for. */
export function TestTranscript({ title, call }: { title: string; call: Call }) {
  const ending = call.outcome ? `, ended: ${OUTCOME[call.outcome] ?? call.outcome.replaceAll("_", " ")}` : "";
  const unsent = call.unsent > 0 ? `, ${call.unsent} scripted line${call.unsent === 1 ? "" : "s"} never said` : "";
  return (
    <details className="test-call">
      <summary>
        {title} ({call.transcript.length} turns{ending}
        {unsent})
      </summary>
      <ol className="test-call__turns">
        {call.transcript.map((turn) => (
          <li key={turn.index} className={`test-call__turn test-call__turn--${turn.role}`} value={turn.index}>
            <span className="test-call__who">{turn.role === "rep" ? "Rep" : "Customer"}</span> {turn.text}
          </li>
        ))}
      </ol>
    </details>
  );
}
