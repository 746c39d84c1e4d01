import { type FormEvent, useState } from "react";

interface TranscriptReviewProps {
  recognised: string;
  onSend: (text: string) => void;
  onDiscard: () => void;
}

/** The rep's words as recognised, editable, before the spoken turn is sent. */
export function TranscriptReview({ recognised, onSend, onDiscard }: TranscriptReviewProps) {
  const [text, setText] = useState(recognised);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() !== "") onSend(text);
  };
  return (
    <form className="voice-review" onSubmit={submit} aria-label="Check your words before sending">
      <label htmlFor="voice-review-text" className="composer__label">
        What you said (correct it if it was misheard)
      </label>
      <textarea
        id="voice-review-text"
        rows={2}
        value={text}
        onChange={(event) => setText(event.target.value)}
        autoFocus
      />
      <div className="voice-review__actions">
        <button type="submit" className="btn btn--primary" disabled={text.trim() === ""}>
          Send
        </button>
        <button type="button" className="btn btn--secondary" onClick={onDiscard}>
          Discard
        </button>
      </div>
    </form>
  );
}
