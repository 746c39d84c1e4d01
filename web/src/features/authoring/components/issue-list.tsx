import type { FileIssue } from "../api/library-kind";

interface IssueListProps {
  id: string;
  issues: FileIssue[];
  onGoTo: (line: number) => void;
}

/** Every problem with its line; each jumps to that line in the editor. */
export function IssueList({ id, issues, onGoTo }: IssueListProps) {
  if (issues.length === 0) return null;
  return (
    <div id={id} className="issues" role="alert">
      <p className="issues__title">
        {issues.length === 1 ? "1 problem" : `${issues.length} problems`} to fix before this can be saved
      </p>
      <ul className="issues__list">
        {issues.map((issue, i) => (
          <li key={`${issue.line}-${issue.field}-${i}`}>
            <button type="button" className="issue" onClick={() => onGoTo(issue.line)} data-testid="issue">
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
