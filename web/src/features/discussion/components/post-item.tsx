import { type FormEvent, useState } from "react";
import { ConfirmButton } from "../../../components/ui/confirm-button";
import { ErrorPanel } from "../../../components/ui/error-panel";
import { type Post, type ThreadKind, useDeletePost, useEditPost, usePin } from "../api/thread";
import { MAX_POST_CHARS, PostForm } from "./post-form";

interface PostItemProps {
  kind: ThreadKind;
  refId: string;
  /** The team whose thread it is, when an admin names one. */
  teamId?: string | undefined;
  post: Post;
  canPin: boolean;
  /** Top-level posts take replies; replies do not nest further. */
  replyable: boolean;
}

/** One post: its author, text (plain, escaped by React), and what the reader may do with it. */
export function PostItem({ kind, refId, teamId, post, canPin, replyable }: PostItemProps) {
  const [mode, setMode] = useState<"read" | "edit" | "reply">("read");
  const remove = useDeletePost(kind, refId, teamId);
  const pin = usePin(kind, refId, teamId);
  if (post.deleted) return <p className="discussion-post__deleted muted">This post was deleted.</p>;
  return (
    <article className={`discussion-post${post.pinned ? " is-pinned" : ""}`} data-testid="discussion-post">
      <header className="discussion-post__byline small">
        <strong>{post.author.name}</strong>
        <span className="muted"> · {new Date(post.createdAt).toLocaleString()}</span>
        {post.editedAt !== null && <span className="muted"> · edited</span>}
        {post.pinned && <span className="badge badge--good discussion-post__pin">Pinned answer</span>}
      </header>
      {mode === "edit" ? (
        <EditForm kind={kind} refId={refId} teamId={teamId} post={post} onDone={() => setMode("read")} />
      ) : (
        <p className="discussion-post__text">{post.text}</p>
      )}
      <div className="discussion-post__actions">
        {replyable && (
          <button
            type="button"
            className="btn btn--ghost btn--small"
            onClick={() => setMode(mode === "reply" ? "read" : "reply")}
          >
            Reply
          </button>
        )}
        {post.canEdit && mode !== "edit" && (
          <button type="button" className="btn btn--ghost btn--small" onClick={() => setMode("edit")}>
            Edit
          </button>
        )}
        {post.canDelete && (
          <ConfirmButton
            className="btn btn--ghost btn--small"
            question="Delete this post?"
            confirmLabel="Delete"
            onConfirm={() => remove.mutate(post.id)}
            disabled={remove.isPending}
          >
            Delete
          </ConfirmButton>
        )}
        {canPin && (
          <button
            type="button"
            className="btn btn--ghost btn--small"
            disabled={pin.isPending}
            onClick={() => pin.mutate(post.pinned ? null : post.id)}
          >
            {post.pinned ? "Unpin" : "Pin as answer"}
          </button>
        )}
      </div>
      {remove.isError && <ErrorPanel error={remove.error} title="Could not delete the post" />}
      {pin.isError && <ErrorPanel error={pin.error} title="Could not pin the post" />}
      {mode === "reply" && (
        <PostForm
          kind={kind}
          refId={refId}
          teamId={teamId}
          parentId={post.id}
          label={`Reply to ${post.author.name}`}
          submitLabel="Reply"
          onDone={() => setMode("read")}
        />
      )}
    </article>
  );
}

function EditForm({
  kind,
  refId,
  teamId,
  post,
  onDone,
}: {
  kind: ThreadKind;
  refId: string;
  teamId: string | undefined;
  post: Post;
  onDone: () => void;
}) {
  const edit = useEditPost(kind, refId, teamId);
  const [text, setText] = useState(post.text);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    edit.mutate({ id: post.id, text }, { onSuccess: onDone });
  };
  return (
    <form className="discussion-form" onSubmit={submit}>
      <label className="discussion-form__field">
        <span>Edit your post</span>
        <textarea
          rows={3}
          required
          maxLength={MAX_POST_CHARS}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      {edit.isError && <ErrorPanel error={edit.error} title="Could not save the post" />}
      <div className="discussion-post__actions">
        <button type="submit" className="btn btn--primary btn--small" disabled={edit.isPending}>
          Save
        </button>
        <button type="button" className="btn btn--ghost btn--small" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
