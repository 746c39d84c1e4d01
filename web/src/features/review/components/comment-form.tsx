import { type FormEvent, useState } from "react";
import { ErrorPanel } from "../../../components/ui/error-panel";
import { useAddComment } from "../api/review-actions";

interface CommentFormProps {
  sessionId: string;
  /** null: a comment on the call as a whole. */
  turnIndex: number | null;
  label: string;
  onDone?: () => void;
}

export function CommentForm({ sessionId, turnIndex, label, onDone }: CommentFormProps) {
  const add = useAddComment(sessionId);
  const [text, setText] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      { turnIndex, text },
      {
        onSuccess: () => {
          setText("");
          onDone?.();
        },
      },
    );
  };
  return (
    <form className="review-form" onSubmit={submit}>
      <label className="review-form__field">
        <span>{label}</span>
        <textarea rows={2} required maxLength={4000} value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      {add.isError && <ErrorPanel error={add.error} title="Could not save the comment" />}
      <button type="submit" className="btn btn--primary btn--small" disabled={add.isPending}>
        Add comment
      </button>
    </form>
  );
}
