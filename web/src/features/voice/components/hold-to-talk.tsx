import { type Ref, useEffect, useId, useRef, useState } from "react";

interface HoldToTalkProps {
  onStart: () => void;
  onEnd: () => void;
  holding: boolean;
  /** The microphone is off or the server cannot take spoken turns. */
  disabled: boolean;
  /** Why a turn cannot start just now (still focusable, with the reason read out), else null. */
  blocked: string | null;
  ref?: Ref<HTMLButtonElement>;
}

// Space talks only when focus is nowhere in particular (or on this button): on any other control it does that control's job.
const spaceIsFree = (target: EventTarget | null, button: HTMLButtonElement | null) =>
  target === null || target === document.body || target === document.documentElement || target === button;

/**
 * A button held to talk: pointer (main button), or the Space key while focus is on the page
 * itself or this button. Enter, or a screen reader's click, starts a turn and a second one ends it.
 */
export function HoldToTalk({ onStart, onEnd, holding, disabled, blocked, ref }: HoldToTalkProps) {
  const handlers = useRef({ onStart, onEnd, holding });
  handlers.current = { onStart, onEnd, holding };
  const button = useRef<HTMLButtonElement | null>(null);
  // A click that follows a pointer press is that press's; any other click (keyboard, assistive tech) toggles.
  const pressed = useRef(false);
  const [toggled, setToggled] = useState(false);
  const reasonId = useId();
  const start = () => {
    if (blocked === null) onStart();
  };

  useEffect(() => {
    if (!holding) setToggled(false);
  }, [holding]);

  useEffect(() => {
    if (disabled) return;
    const down = (event: KeyboardEvent) => {
      if (event.code !== "Space" || !spaceIsFree(event.target, button.current)) return;
      event.preventDefault();
      if (!event.repeat) handlers.current.onStart();
    };
    const up = (event: KeyboardEvent) => {
      if (event.code !== "Space" || !spaceIsFree(event.target, button.current)) return;
      event.preventDefault();
      handlers.current.onEnd();
    };
    // The key or button may be let go in another window: no keyup or pointerup ever arrives.
    const blur = () => {
      if (handlers.current.holding) handlers.current.onEnd();
    };
    window.addEventListener("keydown", down);
    window.addEventListener("keyup", up);
    window.addEventListener("blur", blur);
    return () => {
      window.removeEventListener("keydown", down);
      window.removeEventListener("keyup", up);
      window.removeEventListener("blur", blur);
    };
  }, [disabled]);

  return (
    <>
      <button
        ref={(node) => {
          button.current = node;
          if (typeof ref === "function") ref(node);
          else if (ref) ref.current = node;
        }}
        type="button"
        className={`btn btn--primary hold${holding ? " is-holding" : ""}`}
        aria-pressed={holding}
        aria-keyshortcuts="Space"
        aria-disabled={blocked !== null || undefined}
        aria-describedby={blocked === null ? undefined : reasonId}
        disabled={disabled}
        // Looks like a disabled button while it is one in all but focus.
        style={blocked === null ? undefined : { opacity: 0.55, cursor: "not-allowed" }}
        onPointerDown={(event) => {
          if (event.button !== 0) return;
          pressed.current = true;
          event.currentTarget.setPointerCapture(event.pointerId);
          start();
        }}
        onPointerUp={(event) => event.button === 0 && onEnd()}
        onPointerCancel={() => {
          pressed.current = false;
          onEnd();
        }}
        onClick={() => {
          if (pressed.current) {
            pressed.current = false;
            return;
          }
          if (holding) return onEnd();
          setToggled(true);
          start();
        }}
        // Space is handled above; this stops it from also "clicking" the button.
        onKeyDown={(event) => {
          pressed.current = false;
          if (event.key === " ") event.preventDefault();
        }}
      >
        {holding ? (toggled ? "Stop and send" : "Release to send") : "Hold to talk"}
      </button>
      {blocked !== null && (
        <span id={reasonId} className="visually-hidden">
          {blocked}
        </span>
      )}
    </>
  );
}
