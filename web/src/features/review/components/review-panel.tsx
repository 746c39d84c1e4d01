import { ErrorPanel } from "../../../components/ui/error-panel";
import { formatScore } from "../../../lib/labels";
import { type Review, useReview } from "../api/get-review";
import { useWithdrawOverride } from "../api/review-actions";
import { CommentForm } from "./comment-form";
import { OverrideForm } from "./override-form";
import { ReviewCompare } from "./review-compare";
import { ReviewByline } from "./review-entry";
import "./review.css";

/**
 * The human review of a graded call: grader and reviewer side by side per criterion and overall,
 * comments on the whole call, the history of changed scores; reviewers also change and withdraw
 * scores here. A learner whose call nobody reviewed sees nothing.
 */
export function ReviewPanel({ sessionId }: { sessionId: string }) {
  const review = useReview(sessionId);
  if (review.isError) return <ErrorPanel error={review.error} title="Could not load the review" />;
  if (!review.data) return null;
  const data = review.data;
  const empty = data.comments.length === 0 && data.overrides.length === 0;
  if (empty && !data.canReview) return null;
  return (
    <section className="panel review" aria-labelledby="review-title" data-testid="review-panel">
      <div className="panel__head">
        <h2 id="review-title" className="panel__title">
          {data.canReview ? "Review this call" : "Your trainer's review"}
        </h2>
      </div>
      <ReviewCompare review={data} />
      <CriteriaTable sessionId={sessionId} review={data} />
      {data.canReview && <OverrideForm sessionId={sessionId} review={data} />}
      <CallComments sessionId={sessionId} review={data} />
      <History review={data} />
    </section>
  );
}

function CriteriaTable({ sessionId, review }: { sessionId: string; review: Review }) {
  const withdraw = useWithdrawOverride(sessionId);
  const standing = new Map(review.overrides.filter((o) => o.standing).map((o) => [o.criterionId, o]));
  return (
    <div className="table-wrap">
      <table className="table review-table">
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">Grader</th>
            <th scope="col">Reviewer</th>
          </tr>
        </thead>
        <tbody>
          {review.criteria.map((criterion) => {
            const override = standing.get(criterion.id);
            return (
              <tr key={criterion.id} data-testid={`review-row-${criterion.id}`}>
                <th scope="row">{criterion.name}</th>
                <td data-label="Grader">{formatScore(criterion.graderScore, 1)}</td>
                <td data-label="Reviewer">
                  {override ? (
                    <div className="review-override">
                      <strong>{override.score}</strong>{" "}
                      <span className="review-override__reason">{override.reason}</span>
                      <ReviewByline name={override.author.name} at={override.createdAt} />
                      {review.canReview && (
                        <button
                          type="button"
                          className="btn btn--ghost btn--small"
                          disabled={withdraw.isPending}
                          onClick={() => withdraw.mutate(override.id)}
                        >
                          Withdraw
                        </button>
                      )}
                    </div>
                  ) : (
                    <span className="muted">not changed</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {withdraw.isError && <ErrorPanel error={withdraw.error} title="Could not withdraw the score" />}
    </div>
  );
}

function CallComments({ sessionId, review }: { sessionId: string; review: Review }) {
  const comments = review.comments.filter((comment) => comment.turnIndex === null);
  const onTurns = review.comments.length - comments.length;
  return (
    <div className="stack">
      <h3 className="small-title">Comments</h3>
      {onTurns > 0 && (
        <p className="muted small">
          {onTurns} comment{onTurns === 1 ? "" : "s"} beside the turns in the transcript.
        </p>
      )}
      {comments.map((comment) => (
        <div key={comment.id} className="review-note">
          <p className="review-note__text">{comment.text}</p>
          <ReviewByline name={comment.author.name} at={comment.createdAt} />
        </div>
      ))}
      {comments.length === 0 && onTurns === 0 && <p className="muted small">No comments yet.</p>}
      {review.canReview && <CommentForm sessionId={sessionId} turnIndex={null} label="Comment on the whole call" />}
    </div>
  );
}

function History({ review }: { review: Review }) {
  if (review.overrides.length === 0) return null;
  const names = new Map(review.criteria.map((criterion) => [criterion.id, criterion.name]));
  return (
    <details className="review-history">
      <summary>Every score change ({review.overrides.length})</summary>
      <ul>
        {[...review.overrides].reverse().map((override) => (
          <li key={override.id}>
            {names.get(override.criterionId) ?? override.criterionId}: <strong>{override.score}</strong> —{" "}
            {override.reason}
            <ReviewByline name={override.author.name} at={override.createdAt} />
            {override.withdrawn ? (
              <p className="muted small">Withdrawn by {override.withdrawn.by}</p>
            ) : (
              !override.standing && <p className="muted small">Replaced by a later score</p>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
