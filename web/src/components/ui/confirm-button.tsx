import { type ReactNode, useState } from "react";

interface ConfirmButtonProps {
  /** The button's label before it is confirmed. */
  children: ReactNode;
  /** The question asked in its place, e.g. "End the call and score it?" */
  question: string;
  /** The confirming button's label. */
  confirmLabel: string;
  onConfirm: () => void;
  disabled?: boolean;
  className?: string;
}

/** A button that asks once, in place, before it acts (no browser dialog): Cancel puts it back. */
export function ConfirmButton({
  children,
  question,
  confirmLabel,
  onConfirm,
  disabled = false,
  className = "btn",
}: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" className={className} onClick={() => setAsking(true)} disabled={disabled}>
        {children}
      </button>
    );
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span className="confirm__question">{question}</span>
      <button
        type="button"
        className={className}
        disabled={disabled}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" className="btn btn--ghost" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}
