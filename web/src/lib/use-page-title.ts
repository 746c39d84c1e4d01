import { useEffect } from "react";

/** Sets the document title, which screen readers announce on navigation. */
export function usePageTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} · Parley` : "Parley";
  }, [title]);
}
