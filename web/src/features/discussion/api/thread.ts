import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";

const threads = api.discussion.threads[":kind"][":ref"];
export type ThreadKind = "scenario" | "call";
export type Thread = InferResponseType<typeof threads.$get, 200>["thread"];
export type Post = Omit<Thread["posts"][number], "replies">;

/** `teamId`: whose thread an admin reads (admins are in no team); others leave it out and get their own team's. */
export const threadKey = (kind: ThreadKind, ref: string, teamId?: string) =>
  ["discussion", "thread", kind, ref, teamId ?? "own"] as const;
const teamQuery = (teamId: string | undefined) => (teamId ? { teamId } : {});

/** How often an open thread asks for new posts; react-query pauses it while the tab is hidden. */
export const THREAD_REFRESH_MS = 15_000;

/** A scenario's thread (the signed-in person's team's, or the team an admin names) or a shared call's. */
export const useThread = (kind: ThreadKind, ref: string, teamId?: string, enabled = true) =>
  useQuery({
    queryKey: threadKey(kind, ref, teamId),
    queryFn: async () => (await unwrap(threads.$get({ param: { kind, ref }, query: teamQuery(teamId) }))).thread,
    staleTime: 0,
    retry: false,
    enabled,
    refetchInterval: THREAD_REFRESH_MS,
    refetchIntervalInBackground: false,
  });

/** Every change answers with the whole thread, which replaces the cached one. */
function useThreadAction<Input>(
  kind: ThreadKind,
  ref: string,
  teamId: string | undefined,
  send: (input: Input) => Promise<{ thread: Thread }>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: ({ thread }) => queryClient.setQueryData(threadKey(kind, ref, teamId), thread),
  });
}

export const usePost = (kind: ThreadKind, ref: string, teamId?: string) =>
  useThreadAction(kind, ref, teamId, (json: { text: string; parentId?: string }) =>
    unwrap(threads.posts.$post({ param: { kind, ref }, query: teamQuery(teamId), json })),
  );

export const usePin = (kind: ThreadKind, ref: string, teamId?: string) =>
  useThreadAction(kind, ref, teamId, (postId: string | null) =>
    unwrap(threads.pin.$put({ param: { kind, ref }, query: teamQuery(teamId), json: { postId } })),
  );

export const useEditPost = (kind: ThreadKind, ref: string, teamId?: string) =>
  useThreadAction(kind, ref, teamId, ({ id, text }: { id: string; text: string }) =>
    unwrap(api.discussion.posts[":id"].$patch({ param: { id }, json: { text } })),
  );

export const useDeletePost = (kind: ThreadKind, ref: string, teamId?: string) =>
  useThreadAction(kind, ref, teamId, (id: string) => unwrap(api.discussion.posts[":id"].$delete({ param: { id } })));

/** Who can be mentioned (handles), for the hint under the form. */
export const useMembers = (teamId?: string, enabled = true) =>
  useQuery({
    queryKey: ["discussion", "members", teamId ?? "own"],
    queryFn: () => unwrap(api.discussion.members.$get({ query: teamQuery(teamId) })),
    enabled,
    staleTime: 60_000,
    retry: false,
  });
