/** Good or poor: what the example shows, as the trainer judges it (beside the grader's scorecard). */
export function QualityField({
  value,
  onChange,
  error,
}: {
  value: "good" | "poor";
  onChange: (quality: "good" | "poor") => void;
  error?: string | undefined;
}) {
  return (
    <fieldset className="field quality-field" aria-describedby={error ? "example-quality-error" : undefined}>
      <legend>This call shows it done</legend>
      <label>
        <input type="radio" name="example-quality" checked={value === "good"} onChange={() => onChange("good")} /> well
        (good)
      </label>
      <label>
        <input type="radio" name="example-quality" checked={value === "poor"} onChange={() => onChange("poor")} />{" "}
        poorly (poor)
      </label>
      {error && (
        <p id="example-quality-error" className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
