import { type FormEvent, useState } from "react";
import { ErrorPanel } from "../../../components/ui/error-panel";
import type { Review } from "../api/get-review";
import { useAddOverride } from "../api/review-actions";

/** A reviewer's score for one criterion; the reason is required (the learner reads it). */
export function OverrideForm({ sessionId, review }: { sessionId: string; review: Review }) {
  const add = useAddOverride(sessionId);
  const [criterionId, setCriterionId] = useState(review.criteria[0]?.id ?? "");
  const [score, setScore] = useState("");
  const [reason, setReason] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      { criterionId, score: Number(score), reason },
      {
        onSuccess: () => {
          setScore("");
          setReason("");
        },
      },
    );
  };
  const { min, max } = review.scale;
  return (
    <form className="review-form" onSubmit={submit} aria-label="Change a score">
      <div className="review-form__row">
        <label className="review-form__field">
          <span>Criterion</span>
          <select value={criterionId} onChange={(event) => setCriterionId(event.target.value)}>
            {review.criteria.map((criterion) => (
              <option key={criterion.id} value={criterion.id}>
                {criterion.name}
              </option>
            ))}
          </select>
        </label>
        <label className="review-form__field review-form__field--narrow">
          <span>
            Score ({min}–{max})
          </span>
          <input
            type="number"
            min={min}
            max={max}
            step={1}
            required
            value={score}
            onChange={(event) => setScore(event.target.value)}
          />
        </label>
      </div>
      <label className="review-form__field">
        <span>Reason (the learner reads it)</span>
        <textarea
          rows={2}
          required
          maxLength={2000}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </label>
      {add.isError && <ErrorPanel error={add.error} title="Could not change the score" />}
      <button type="submit" className="btn btn--primary btn--small" disabled={add.isPending}>
        Save score
      </button>
    </form>
  );
}
