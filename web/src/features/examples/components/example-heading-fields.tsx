import { FormField } from "../../../components/ui/form-field";
import { QualityField } from "./quality-field";

export interface ExampleHeading {
  title: string;
  quality: "good" | "poor";
  summary: string;
}

/**
 * Title, good or poor, and summary: the fields an example has above its turns, the same when it is
 * written and when it is edited. `idPrefix` keeps the two forms' field ids apart.
 */
export function ExampleHeadingFields({
  idPrefix,
  value,
  onChange,
  errors,
}: {
  idPrefix: string;
  value: ExampleHeading;
  onChange: (heading: ExampleHeading) => void;
  errors: Record<string, string | undefined>;
}) {
  return (
    <>
      <FormField id={`${idPrefix}-title`} label="Title" error={errors.title}>
        {(control) => (
          <input
            {...control}
            type="text"
            maxLength={200}
            value={value.title}
            onChange={(event) => onChange({ ...value, title: event.target.value })}
          />
        )}
      </FormField>
      <QualityField
        value={value.quality}
        onChange={(quality) => onChange({ ...value, quality })}
        error={errors.quality}
      />
      <FormField id={`${idPrefix}-summary`} label="What it shows (optional)" error={errors.summary}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            maxLength={2000}
            value={value.summary}
            onChange={(event) => onChange({ ...value, summary: event.target.value })}
          />
        )}
      </FormField>
    </>
  );
}
