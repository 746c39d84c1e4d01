import type { DiscussionStore } from "../../db/discussion-store";
import type { LibraryStore } from "../../db/library-store";
import type { CallStores } from "../../practice/call-stores";
import type { AuthKind } from "../assignees";
import { createDiscussionAccess } from "./access";
import { createSharing } from "./sharing";
import { createThreads } from "./threads";

/** Discussion: threads per scenario and per shared call, and sharing calls with the team. */
export function createDiscussion(deps: {
  store: DiscussionStore;
  calls: Pick<CallStores, "sessions" | "turns" | "results">;
  library: LibraryStore;
  mode: AuthKind;
}) {
  const access = createDiscussionAccess(deps);
  return {
    threads: createThreads({ ...deps, access }),
    sharing: createSharing({ ...deps, access }),
  };
}

export type Discussion = ReturnType<typeof createDiscussion>;
