import type { ReactNode } from "react";
import "./form-field.css";

interface ControlProps {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
}

interface FormFieldProps {
  id: string;
  label: string;
  hint?: string;
  /** The server's (or the form's) message for this field; read out with the field. */
  error?: string;
  children: (control: ControlProps) => ReactNode;
}

/** A label, the control, a hint and an error tied to the control for screen readers. */
export function FormField({ id, label, hint, error, children }: FormFieldProps) {
  const described = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, "aria-describedby": described || undefined, "aria-invalid": error ? true : undefined })}
      {hint && (
        <p id={`${id}-hint`} className="muted small field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error" data-testid={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** After a refused submit, moves focus to the first field marked invalid (once it has rendered). */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
