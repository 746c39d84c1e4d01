import { useEffect, useRef } from "react";

interface HoldToTalkProps {
  onStart: () => void;
  onEnd: () => void;
  holding: boolean;
  disabled: boolean;
}

const typingIn = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/** A button held to talk (pointer, or the Space key anywhere outside a text field). */
export function HoldToTalk({ onStart, onEnd, holding, disabled }: HoldToTalkProps) {
  const handlers = useRef({ onStart, onEnd });
  handlers.current = { onStart, onEnd };
  useEffect(() => {
    if (disabled) return;
    const down = (event: KeyboardEvent) => {
      if (event.code !== "Space" || typingIn(event.target)) return;
      event.preventDefault();
      if (!event.repeat) handlers.current.onStart();
    };
    const up = (event: KeyboardEvent) => {
      if (event.code !== "Space" || typingIn(event.target)) return;
      event.preventDefault();
      handlers.current.onEnd();
    };
    window.addEventListener("keydown", down);
    window.addEventListener("keyup", up);
    return () => {
      window.removeEventListener("keydown", down);
      window.removeEventListener("keyup", up);
    };
  }, [disabled]);

  return (
    <button
      type="button"
      className={`btn btn--primary hold${holding ? " is-holding" : ""}`}
      aria-pressed={holding}
      aria-keyshortcuts="Space"
      disabled={disabled}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        onStart();
      }}
      onPointerUp={onEnd}
      onPointerCancel={onEnd}
      // Space is handled above for the whole page; this stops it from also "clicking" the button.
      onKeyDown={(event) => event.key === " " && event.preventDefault()}
    >
      {holding ? "Release to send" : "Hold to talk"}
    </button>
  );
}
