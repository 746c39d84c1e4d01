import { formatDate } from "../../../lib/labels";

/** Who said it and when, under a comment or a reason. */
export function ReviewByline({ name, at }: { name: string; at: number }) {
  return (
    <p className="review-byline muted small">
      {name} · {formatDate(at)}
    </p>
  );
}
