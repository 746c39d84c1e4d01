import { type FormEvent, useState } from "react";
import { ErrorPanel } from "../../../components/ui/error-panel";
import { type ThreadKind, usePost } from "../api/thread";

/** Longest post the server accepts (api/src/routes/discussion.ts). */
export const MAX_POST_CHARS = 2000;

interface PostFormProps {
  kind: ThreadKind;
  refId: string;
  /** The team whose thread it is, when an admin names one. */
  teamId?: string | undefined;
  label: string;
  parentId?: string;
  submitLabel: string;
  onDone?: () => void;
}

/** Write a post or a reply: plain text, @handle to mention a teammate. */
export function PostForm({ kind, refId, teamId, label, parentId, submitLabel, onDone }: PostFormProps) {
  const post = usePost(kind, refId, teamId);
  const [text, setText] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    post.mutate(parentId ? { text, parentId } : { text }, {
      onSuccess: () => {
        setText("");
        onDone?.();
      },
    });
  };
  return (
    <form className="discussion-form" onSubmit={submit}>
      <label className="discussion-form__field">
        <span>{label}</span>
        <textarea
          rows={parentId ? 2 : 3}
          required
          maxLength={MAX_POST_CHARS}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      {post.isError && <ErrorPanel error={post.error} title="Could not post" />}
      <button type="submit" className="btn btn--primary btn--small" disabled={post.isPending}>
        {submitLabel}
      </button>
    </form>
  );
}
