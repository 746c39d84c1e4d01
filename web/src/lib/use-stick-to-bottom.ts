import { type RefObject, useEffect } from "react";

/** Keeps a scrolling log at its newest line whenever `deps` change (a new turn, a streamed word, a tip). */
export function useStickToBottom(ref: RefObject<HTMLElement | null>, deps: readonly unknown[]) {
  useEffect(() => {
    const element = ref.current;
    if (element) element.scrollTop = element.scrollHeight;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what should scroll the log
  }, deps);
}
