import type { Principal } from "../../auth/principal";
import type { DiscussionStore, PostRow } from "../../db/discussion-store";
import type { LibraryStore } from "../../db/library-store";
import { DomainError } from "../../errors";
import { type DiscussionAccess, scenarioThread, type Thread } from "./access";
import { mentionedMembers } from "./mentions";

const postNotFound = (id: string) => new DomainError("post_not_found", `No post with id "${id}" in this thread.`);

/** Where a thread is shown in the web app: a mention's notification links there. */
const linkOf = (thread: Thread) =>
  thread.kind === "scenario" ? `/discussion/scenarios/${thread.ref}` : `/discussion/calls/${thread.ref}`;

/** Threads per scenario and per shared call: posts, one level of replies, a pinned answer, mentions. */
export function createThreads(deps: { store: DiscussionStore; library: LibraryStore; access: DiscussionAccess }) {
  const { store, library, access } = deps;

  async function resolve(principal: Principal, kind: Thread["kind"], ref: string, teamId?: string) {
    if (kind === "call") return (await access.sharedCall(principal, ref)).thread;
    const team = await access.teamOf(principal, teamId);
    await library.get("persona", ref); // persona_not_found for a scenario that does not exist
    return scenarioThread(ref, team);
  }

  /** A post and its thread, if this principal may see that thread. */
  async function postOf(principal: Principal, id: string) {
    const post = await store.post(id);
    if (!post || post.deletedAt !== null) throw postNotFound(id);
    const thread = await resolve(principal, post.kind, post.ref, post.teamId ?? undefined).catch(() => {
      throw postNotFound(id);
    });
    if (thread.key !== post.thread) throw postNotFound(id);
    return { post, thread };
  }

  async function view(principal: Principal, thread: Thread) {
    const { rows, pin } = await store.thread(thread.key);
    const moderator = access.moderates(principal, thread);
    const shape = ({ post, author }: { post: PostRow; author: string }) => ({
      id: post.id,
      parentId: post.parentId,
      author: { id: post.authorId, name: author },
      text: post.text,
      createdAt: post.createdAt,
      editedAt: post.editedAt,
      deleted: post.deletedAt !== null,
      pinned: pin?.postId === post.id,
      canEdit: post.deletedAt === null && post.authorId === principal.id,
      canDelete: post.deletedAt === null && (post.authorId === principal.id || moderator),
    });
    const replies = new Map<string, ReturnType<typeof shape>[]>();
    for (const row of rows)
      if (row.post.parentId !== null)
        replies.set(row.post.parentId, [...(replies.get(row.post.parentId) ?? []), shape(row)]);
    const posts = rows
      .filter((row) => row.post.parentId === null)
      .map((row) => ({ ...shape(row), replies: replies.get(row.post.id) ?? [] }))
      // A deleted post with no replies left to hold in place is not shown at all.
      .filter((post) => !post.deleted || post.replies.length > 0);
    return {
      kind: thread.kind,
      ref: thread.ref,
      teamId: thread.teamId,
      canPin: moderator,
      pinnedPostId: pin?.postId ?? null,
      posts,
    };
  }

  async function notifyMentions(principal: Principal, thread: Thread, post: PostRow) {
    if (thread.teamId === null) return [];
    const members = await store.members(thread.teamId);
    const mentioned = mentionedMembers(post.text, members, principal.id);
    const what = thread.kind === "scenario" ? "a scenario's discussion" : "the discussion of a shared call";
    for (const member of mentioned)
      await store.notify({
        userId: member.id,
        postId: post.id,
        link: linkOf(thread),
        message: `${principal.name} mentioned you in ${what}.`,
      });
    return mentioned.map(({ id, name }) => ({ id, name }));
  }

  return {
    async read(principal: Principal, kind: Thread["kind"], ref: string, teamId?: string) {
      return view(principal, await resolve(principal, kind, ref, teamId));
    },

    async post(
      principal: Principal,
      at: { kind: Thread["kind"]; ref: string; teamId?: string },
      input: { text: string; parentId?: string | null },
    ) {
      const thread = await resolve(principal, at.kind, at.ref, at.teamId);
      let parentId: string | null = null;
      if (input.parentId) {
        const parent = await store.post(input.parentId);
        if (!parent || parent.thread !== thread.key || parent.deletedAt !== null) throw postNotFound(input.parentId);
        // Replies are one level deep: a reply to a reply joins its post's replies.
        parentId = parent.parentId ?? parent.id;
      }
      const post = await store.addPost({
        thread: thread.key,
        kind: thread.kind,
        ref: thread.ref,
        teamId: thread.teamId,
        parentId,
        authorId: principal.id,
        text: input.text,
      });
      const mentioned = await notifyMentions(principal, thread, post);
      return { postId: post.id, mentioned, thread: await view(principal, thread) };
    },

    /** The author edits their own post; people newly mentioned are told (once per post). */
    async edit(principal: Principal, id: string, text: string) {
      const { post, thread } = await postOf(principal, id);
      if (post.authorId !== principal.id) throw new DomainError("forbidden", "Only the author can edit a post.");
      await store.editPost(id, text);
      const mentioned = await notifyMentions(principal, thread, { ...post, text });
      return { postId: id, mentioned, thread: await view(principal, thread) };
    },

    /** The author, a trainer of the team or an admin deletes a post; its replies stay. */
    async remove(principal: Principal, id: string) {
      const { post, thread } = await postOf(principal, id);
      if (post.authorId !== principal.id && !access.moderates(principal, thread))
        throw new DomainError("forbidden", "Only the author, a trainer of the team or an admin can delete a post.");
      await store.deletePost(id, principal.id);
      return { thread: await view(principal, thread) };
    },

    /** A trainer of the team (or an admin) pins one post as the answer, or unpins (null). */
    async pin(principal: Principal, at: { kind: Thread["kind"]; ref: string; teamId?: string }, postId: string | null) {
      const thread = await resolve(principal, at.kind, at.ref, at.teamId);
      if (!access.moderates(principal, thread))
        throw new DomainError("forbidden", "Only a trainer of the team or an admin can pin an answer.");
      if (postId !== null) {
        const post = await store.post(postId);
        if (!post || post.thread !== thread.key || post.deletedAt !== null) throw postNotFound(postId);
      }
      await store.pin(thread.key, postId, principal.id);
      return { thread: await view(principal, thread) };
    },
  };
}

export type Threads = ReturnType<typeof createThreads>;
