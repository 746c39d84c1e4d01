import { type RefObject, useEffect } from "react";

/** Keeps a scrolling log at its newest line whenever `deps` change (a new turn, a streamed word, a tip). */
export function useStickToBottom(ref: RefObject<HTMLElement | null>, deps: readonly unknown[]) {
  useEffect(() => {
    const element = ref.current;
    if (element) element.scrollTop = element.scrollHeight;
    // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what should scroll the log
  }, deps);
}
