import type { FileIssue } from "../api/library-kind";

interface IssueListProps {
  id: string;
  issues: FileIssue[];
  onGoTo: (line: number) => void;
  /** Warnings do not stop a save: the file works, probably not as meant. */
  tone?: "problem" | "warning";
}

/** Every problem (or warning) with its line; each jumps to that line in the editor. */
export function IssueList({ id, issues, onGoTo, tone = "problem" }: IssueListProps) {
  if (issues.length === 0) return null;
  const count = issues.length === 1 ? `1 ${tone}` : `${issues.length} ${tone}s`;
  return (
    <div id={id} className={`issues issues--${tone}`} role={tone === "problem" ? "alert" : "status"}>
      <p className="issues__title">
        {count} {tone === "problem" ? "to fix before this can be saved" : "(it can be saved; check these are meant)"}
      </p>
      <ul className="issues__list">
        {issues.map((issue, i) => (
          <li key={`${issue.line}-${issue.field}-${i}`}>
            <button
              type="button"
              className="issue"
              onClick={() => onGoTo(issue.line)}
              data-testid={tone === "problem" ? "issue" : "warning"}
            >
              <span className="issue__line">Line {issue.line}</span>
              {issue.field && <code className="issue__field">{issue.field}</code>}
              <span className="issue__message">{issue.message}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
