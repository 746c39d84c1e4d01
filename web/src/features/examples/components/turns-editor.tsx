import { FormField } from "../../../components/ui/form-field";

export interface DraftTurn {
  /** A stable key for React: positions change as turns are removed. */
  key: number;
  role: "customer" | "rep";
  text: string;
  note: string;
}

let nextKey = 0;
export const draftTurn = (role: DraftTurn["role"]): DraftTurn => ({ key: nextKey++, role, text: "", note: "" });

/** The other speaker: a new turn answers the last one. */
const after = (turns: DraftTurn[]): DraftTurn["role"] => (turns.at(-1)?.role === "customer" ? "rep" : "customer");

interface TurnsEditorProps {
  turns: DraftTurn[];
  onChange: (turns: DraftTurn[]) => void;
  /** The API's messages by field (`turns`, `turns.2.text`, `turns.2.note`). */
  errors: Record<string, string>;
}

/** Customer and rep lines, alternating as they are added, each with the trainer's note beside it. */
export function TurnsEditor({ turns, onChange, errors }: TurnsEditorProps) {
  const change = (key: number, patch: Partial<DraftTurn>) =>
    onChange(turns.map((turn) => (turn.key === key ? { ...turn, ...patch } : turn)));
  return (
    <fieldset className="turns-editor" aria-describedby={errors.turns ? "turns-error" : undefined}>
      <legend>The call, line by line</legend>
      {errors.turns && (
        <p id="turns-error" className="field__error" data-testid="turns-error">
          {errors.turns}
        </p>
      )}
      <ol className="turns-editor__list">
        {turns.map((turn, index) => {
          const who = turn.role === "rep" ? "Rep" : "Customer";
          return (
            <li
              key={turn.key}
              className={`turns-editor__turn turns-editor__turn--${turn.role}`}
              data-testid="draft-turn"
            >
              <div className="turns-editor__head">
                <label className="inline-field">
                  <span className="visually-hidden">Turn {index + 1} is said by</span>
                  <select
                    value={turn.role}
                    onChange={(event) => change(turn.key, { role: event.target.value as DraftTurn["role"] })}
                  >
                    <option value="customer">Customer</option>
                    <option value="rep">Rep</option>
                  </select>
                </label>
                <button
                  type="button"
                  className="btn btn--ghost btn--small"
                  onClick={() => onChange(turns.filter((other) => other.key !== turn.key))}
                >
                  Remove turn {index + 1}
                </button>
              </div>
              <FormField
                id={`turn-${index}-text`}
                label={`${who}'s line (turn ${index + 1})`}
                error={errors[`turns.${index}.text`] ?? errors[`turns.${index}.role`]}
              >
                {(control) => (
                  <textarea
                    {...control}
                    rows={3}
                    maxLength={4000}
                    value={turn.text}
                    onChange={(event) => change(turn.key, { text: event.target.value })}
                  />
                )}
              </FormField>
              <FormField
                id={`turn-${index}-note`}
                label={`Note on turn ${index + 1} (optional)`}
                error={errors[`turns.${index}.note`]}
              >
                {(control) => (
                  <textarea
                    {...control}
                    rows={2}
                    maxLength={2000}
                    value={turn.note}
                    onChange={(event) => change(turn.key, { note: event.target.value })}
                  />
                )}
              </FormField>
            </li>
          );
        })}
      </ol>
      <button type="button" className="btn btn--small" onClick={() => onChange([...turns, draftTurn(after(turns))])}>
        Add a {after(turns)} line
      </button>
    </fieldset>
  );
}
