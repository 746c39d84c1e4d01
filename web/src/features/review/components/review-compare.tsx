import { PassBadge } from "../../../components/ui/badge";
import { formatScore } from "../../../lib/labels";
import type { Review } from "../api/get-review";

/** The grader's overall and the reviewed one, side by side; the grader's stays visible after review. */
export function ReviewCompare({ review }: { review: Review }) {
  const { grader, reviewed, scale } = review;
  return (
    <div className="review-compare" data-testid="review-compare">
      <div className="review-compare__box">
        <p className="eyebrow">Grader</p>
        <p className="review-compare__score">
          {formatScore(grader.overall, 2)} <span className="muted">/ {scale.max}</span>
        </p>
        <PassBadge passed={grader.passed} />
      </div>
      <div className={`review-compare__box${reviewed.changed ? " review-compare__box--reviewed" : ""}`}>
        <p className="eyebrow">Reviewed result</p>
        {reviewed.changed ? (
          <>
            <p className="review-compare__score" data-testid="reviewed-overall">
              {formatScore(reviewed.overall, 2)} <span className="muted">/ {scale.max}</span>
            </p>
            <PassBadge passed={reviewed.passed} />
          </>
        ) : (
          <p className="muted small">No score changed by a reviewer: the grader&apos;s result stands.</p>
        )}
      </div>
    </div>
  );
}
