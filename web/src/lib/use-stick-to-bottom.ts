import { type RefObject, useEffect } from "react";

/**
 * Keeps a call's newest line in view whenever `deps` change (a new turn, a streamed word, a tip).
 * Where the log scrolls inside its own box (wide screens) it scrolls that box; where it does not
 * (phone width: the page scrolls, the reply box is pinned to the bottom) it scrolls the page so the
 * log's end sits just above the pinned reply box.
 */
export function useStickToBottom(ref: RefObject<HTMLElement | null>, deps: readonly unknown[]) {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const scrollsItself = getComputedStyle(element).overflowY !== "visible";
    if (scrollsItself) element.scrollTop = element.scrollHeight;
    else {
      const overlap = element.getBoundingClientRect().bottom - (window.innerHeight - composerHeight() - 8);
      if (overlap > 0) window.scrollBy(0, overlap);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what should scroll the log
  }, deps);
}

function composerHeight(): number {
  return document.querySelector(".composer")?.getBoundingClientRect().height ?? 0;
}
