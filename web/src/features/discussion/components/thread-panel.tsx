import { ErrorPanel } from "../../../components/ui/error-panel";
import { ApiRequestError } from "../../../lib/api-error";
import { type ThreadKind, useMembers, useThread } from "../api/thread";
import { PostForm } from "./post-form";
import { PostItem } from "./post-item";
import { TeamPicker, useTeamChoice } from "./team-picker";
import "./discussion.css";

interface ThreadPanelProps {
  kind: ThreadKind;
  refId: string;
  title: string;
}

/**
 * A thread: the pinned answer first, then posts oldest first, each with its replies; a form to ask.
 * It refreshes while open (paused in a hidden tab). An admin, in no team, picks whose scenario thread
 * to read and moderate (`?team=` in the address keeps the choice; their own team, or the first by name, otherwise).
 */
export function ThreadPanel({ kind, refId, title }: ThreadPanelProps) {
  const choice = useTeamChoice(kind === "scenario");
  const { teamId, ready } = choice;
  const thread = useThread(kind, refId, teamId, ready);
  const members = useMembers(teamId, ready);
  const headingId = `thread-${kind}-title`;
  if (choice.noTeams)
    return (
      <section className="panel discussion" data-testid="thread-panel">
        <h2 className="panel__title">{title}</h2>
        <p className="muted">
          Discussion happens within a team, and there are no teams yet: make one on the Admin page.
        </p>
      </section>
    );
  if (thread.isError) {
    const noTeam = thread.error instanceof ApiRequestError && thread.error.code === "no_team";
    if (noTeam)
      return (
        <section className="panel discussion" data-testid="thread-panel">
          <h2 className="panel__title">{title}</h2>
          <p className="muted">{thread.error.message}</p>
        </section>
      );
    return <ErrorPanel error={thread.error} title="Could not load the discussion" />;
  }
  if (!thread.data) return null;
  const data = thread.data;
  const pinned = data.posts.flatMap((post) => [post, ...post.replies]).find((post) => post.pinned);
  const handles = (members.data?.members ?? []).flatMap((member) => (member.handle ? [`@${member.handle}`] : []));
  return (
    <section className="panel discussion" aria-labelledby={headingId} data-testid="thread-panel">
      <div className="panel__head">
        <h2 id={headingId} className="panel__title">
          {title}
        </h2>
        <TeamPicker choice={choice} />
      </div>
      {pinned && (
        <div className="discussion__pinned" data-testid="pinned-answer">
          <p className="small">
            <strong>Pinned answer</strong> <span className="muted">by {pinned.author.name}</span>
          </p>
          <p className="discussion-post__text">{pinned.text}</p>
        </div>
      )}
      {data.posts.length === 0 && <p className="muted">No posts yet. How would you handle this call?</p>}
      <ol className="discussion__posts">
        {data.posts.map((post) => (
          <li key={post.id}>
            <PostItem kind={kind} refId={refId} teamId={teamId} post={post} canPin={data.canPin} replyable />
            {post.replies.length > 0 && (
              <ol className="discussion__replies">
                {post.replies.map((reply) => (
                  <li key={reply.id}>
                    <PostItem
                      kind={kind}
                      refId={refId}
                      teamId={teamId}
                      post={reply}
                      canPin={data.canPin}
                      replyable={false}
                    />
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
      <PostForm kind={kind} refId={refId} teamId={teamId} label="How would you handle this?" submitLabel="Post" />
      {handles.length > 0 && (
        <p className="small muted discussion__handles">Mention a teammate to notify them: {handles.join(", ")}</p>
      )}
    </section>
  );
}
