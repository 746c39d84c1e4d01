import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";

const threads = api.discussion.threads[":kind"][":ref"];
export type ThreadKind = "scenario" | "call";
export type Thread = InferResponseType<typeof threads.$get, 200>["thread"];
export type Post = Omit<Thread["posts"][number], "replies">;

export const threadKey = (kind: ThreadKind, ref: string) => ["discussion", "thread", kind, ref] as const;

/** A scenario's thread (the signed-in person's team's) or a shared call's. */
export const useThread = (kind: ThreadKind, ref: string) =>
  useQuery({
    queryKey: threadKey(kind, ref),
    queryFn: async () => (await unwrap(threads.$get({ param: { kind, ref }, query: {} }))).thread,
    staleTime: 0,
    retry: false,
  });

/** Every change answers with the whole thread, which replaces the cached one. */
function useThreadAction<Input>(kind: ThreadKind, ref: string, send: (input: Input) => Promise<{ thread: Thread }>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: ({ thread }) => queryClient.setQueryData(threadKey(kind, ref), thread),
  });
}

export const usePost = (kind: ThreadKind, ref: string) =>
  useThreadAction(kind, ref, (json: { text: string; parentId?: string }) =>
    unwrap(threads.posts.$post({ param: { kind, ref }, query: {}, json })),
  );

export const usePin = (kind: ThreadKind, ref: string) =>
  useThreadAction(kind, ref, (postId: string | null) =>
    unwrap(threads.pin.$put({ param: { kind, ref }, query: {}, json: { postId } })),
  );

export const useEditPost = (kind: ThreadKind, ref: string) =>
  useThreadAction(kind, ref, ({ id, text }: { id: string; text: string }) =>
    unwrap(api.discussion.posts[":id"].$patch({ param: { id }, json: { text } })),
  );

export const useDeletePost = (kind: ThreadKind, ref: string) =>
  useThreadAction(kind, ref, (id: string) => unwrap(api.discussion.posts[":id"].$delete({ param: { id } })));

/** Who can be mentioned (handles), for the hint under the form. */
export const useMembers = () =>
  useQuery({
    queryKey: ["discussion", "members"],
    queryFn: () => unwrap(api.discussion.members.$get({ query: {} })),
    staleTime: 60_000,
    retry: false,
  });
