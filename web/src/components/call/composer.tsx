import { type FormEvent, type KeyboardEvent, useState } from "react";

interface ComposerProps {
  onSend: (text: string) => void;
  disabled: boolean;
  /** Why the box is disabled, shown in place of the hint. */
  disabledReason?: string;
  maxChars?: number;
}

/** The rep's reply box: Enter sends, Shift+Enter starts a new line. */
export function Composer({ onSend, disabled, disabledReason, maxChars = 4000 }: ComposerProps) {
  const [text, setText] = useState("");
  const trimmed = text.trim();
  const tooLong = trimmed.length > maxChars;

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (disabled || trimmed === "" || tooLong) return;
    onSend(trimmed);
    setText("");
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) submit(event);
  };

  return (
    <form className="composer" onSubmit={submit} aria-label="Reply to the customer">
      <label htmlFor="reply" className="composer__label">
        Your reply
      </label>
      <div className="composer__row">
        <textarea
          id="reply"
          name="reply"
          rows={2}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          disabled={disabled && disabledReason !== undefined}
          aria-describedby="reply-hint"
          aria-invalid={tooLong || undefined}
          placeholder={disabledReason ?? "Type what you would say…"}
        />
        <button type="submit" className="btn btn--primary" disabled={disabled || trimmed === "" || tooLong}>
          Send
        </button>
      </div>
      <p id="reply-hint" className={`composer__hint${tooLong ? " composer__hint--error" : ""}`}>
        {tooLong
          ? `Too long: ${trimmed.length} of ${maxChars} characters.`
          : (disabledReason ?? "Enter to send · Shift+Enter for a new line")}
      </p>
    </form>
  );
}
