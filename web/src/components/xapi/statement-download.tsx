import { useId, useState } from "react";
import { fetchStatements, saveJson } from "../../lib/xapi-statements";
import { ErrorPanel } from "../ui/error-panel";
import { FormField } from "../ui/form-field";
import "./statement-download.css";

export interface DownloadableLearner {
  id: string;
  name: string;
}

interface StatementDownloadProps {
  /** Whose statements may be picked; absent: `self`'s own only. */
  learners?: DownloadableLearner[] | undefined;
  /** The signed-in user, when the statements are their own (no id in local mode). */
  self?: DownloadableLearner | { id?: undefined; name: string } | undefined;
  /** What this panel's statements are, under its title. */
  lead: string;
}

const isoDay = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;

const daysAgo = (days: number) => {
  const date = new Date();
  date.setDate(date.getDate() - days);
  return isoDay(date);
};

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || "learner";

type Outcome =
  { kind: "saved"; count: number; fileName: string } | { kind: "empty"; who: string; from: string; to: string } | null;

/** Downloads a learner's xAPI statements for a date range as one JSON file (an xAPI StatementResult). */
export function StatementDownload({ learners, self, lead }: StatementDownloadProps) {
  const id = useId();
  const [learnerId, setLearnerId] = useState("");
  const [from, setFrom] = useState(() => daysAgo(30));
  const [to, setTo] = useState(() => isoDay(new Date()));
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [error, setError] = useState<unknown>(null);
  const [fieldErrors, setFieldErrors] = useState<{ learner?: string; to?: string }>({});

  const picked = learners ? learners.find((learner) => learner.id === learnerId) : self;

  async function download() {
    const problems = {
      ...(!picked ? { learner: "Pick a learner." } : {}),
      ...(!from || !to
        ? { to: "Give both dates." }
        : from > to
          ? { to: "The last day must not be before the first." }
          : {}),
    };
    setFieldErrors(problems);
    setOutcome(null);
    setError(null);
    if (!picked || problems.learner || problems.to) return;
    setBusy(true);
    try {
      const result = await fetchStatements({ learner: picked.id, from, to });
      if (result.statements.length === 0) setOutcome({ kind: "empty", who: picked.name, from, to });
      else {
        const fileName = `parley-xapi-${slug(picked.name)}-${from}-to-${to}.json`;
        saveJson(fileName, result);
        setOutcome({ kind: "saved", count: result.statements.length, fileName });
      }
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid="xapi-download">
      <h2 id={`${id}-title`} className="panel__title">
        Download xAPI statements
      </h2>
      <p className="small muted">{lead}</p>
      <form
        className="xapi-download__form"
        onSubmit={(event) => {
          event.preventDefault();
          void download();
        }}
      >
        {learners && (
          <FormField id={`${id}-learner`} label="Learner" error={fieldErrors.learner}>
            {(control) => (
              <select {...control} value={learnerId} onChange={(event) => setLearnerId(event.target.value)}>
                <option value="">Pick a learner…</option>
                {learners.map((learner) => (
                  <option key={learner.id} value={learner.id}>
                    {learner.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        <FormField id={`${id}-from`} label="First day">
          {(control) => (
            <input {...control} type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
          )}
        </FormField>
        <FormField id={`${id}-to`} label="Last day (included)" error={fieldErrors.to}>
          {(control) => <input {...control} type="date" value={to} onChange={(event) => setTo(event.target.value)} />}
        </FormField>
        <p>
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {busy ? "Preparing…" : "Download statements"}
          </button>
        </p>
      </form>
      <div role="status" aria-live="polite" className="small">
        {outcome?.kind === "saved" && (
          <p data-testid="xapi-download-saved">
            Saved {outcome.count} statement{outcome.count === 1 ? "" : "s"} as <code>{outcome.fileName}</code>.
          </p>
        )}
        {outcome?.kind === "empty" && (
          <p data-testid="xapi-download-empty">
            No statements for {outcome.who} from {outcome.from} to {outcome.to}: nothing to download. Statements are
            made from practice calls (not sandbox calls); try a wider range.
          </p>
        )}
      </div>
      {error !== null && <ErrorPanel error={error} title="Could not download the statements" />}
    </section>
  );
}
