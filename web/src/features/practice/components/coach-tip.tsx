import type { TurnFeedback } from "../../../lib/live-call";
import { formatScore } from "../../../lib/labels";
import type { RubricView as Rubric } from "../../../lib/queries/library";

/** Coach-mode feedback on one rep turn, shown beside that turn. */
export function CoachTip({ feedback, rubric }: { feedback: TurnFeedback; rubric: Rubric }) {
  const name = (id: string) => rubric.criteria.find((criterion) => criterion.id === id)?.name ?? id;
  const { max } = rubric.scale;
  return (
    <aside className="tip" aria-label={`Coaching on turn ${feedback.turn}`} data-testid={`tip-${feedback.turn}`}>
      <p className="tip__title">Coach</p>
      <p className="tip__text">{feedback.tip}</p>
      {feedback.betterReply && <p className="tip__better">Try: “{feedback.betterReply}”</p>}
      {feedback.criteria.length > 0 && (
        <ul className="tip__scores">
          {feedback.criteria.map((criterion) => (
            <li
              key={criterion.id}
              className={criterion.flags.includes("met_earlier") ? "score-chip" : scoreClass(criterion.score, max)}
            >
              <span>{name(criterion.id)}</span>
              {criterion.flags.includes("not_applicable") ? (
                <strong>not needed here</strong>
              ) : criterion.flags.includes("met_earlier") ? (
                <strong title="The call keeps your best reply on this; an earlier one met it">met earlier</strong>
              ) : (
                <strong>
                  {formatScore(criterion.score)}/{max}
                </strong>
              )}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}

function scoreClass(score: number | null, max: number): string {
  if (score === null) return "score-chip";
  const ratio = score / max;
  return `score-chip score-chip--${ratio >= 0.75 ? "good" : ratio >= 0.5 ? "ok" : "low"}`;
}
