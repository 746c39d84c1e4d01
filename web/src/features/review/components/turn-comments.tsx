import { useState } from "react";
import { useReview } from "../api/get-review";
import { CommentForm } from "./comment-form";
import { ReviewByline } from "./review-entry";

/** A reviewer's comments beside one turn of the transcript, and (for reviewers) a way to add one. */
export function TurnComments({ sessionId, turnIndex }: { sessionId: string; turnIndex: number }) {
  const review = useReview(sessionId);
  const [writing, setWriting] = useState(false);
  if (!review.data) return null;
  const comments = review.data.comments.filter((comment) => comment.turnIndex === turnIndex);
  if (comments.length === 0 && !review.data.canReview) return null;
  return (
    <div className="turn-comments" data-testid={`turn-comments-${turnIndex}`}>
      {comments.map((comment) => (
        <div key={comment.id} className="review-note">
          <p className="review-note__text">{comment.text}</p>
          <ReviewByline name={comment.author.name} at={comment.createdAt} />
        </div>
      ))}
      {review.data.canReview &&
        (writing ? (
          <CommentForm
            sessionId={sessionId}
            turnIndex={turnIndex}
            label="Comment on this turn"
            onDone={() => setWriting(false)}
          />
        ) : (
          <button type="button" className="btn btn--ghost btn--small" onClick={() => setWriting(true)}>
            Comment
          </button>
        ))}
    </div>
  );
}
