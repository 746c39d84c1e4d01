import { Link } from "react-router";
import { EmptyState } from "../../../components/ui/empty-state";
import type { AssignmentItem } from "../api/get-assignments";
import { dueDate } from "./status-badge";

/** A trainer's view: each assignment with how many of its learners stand where. */
export function TeamAssignments({ items }: { items: AssignmentItem[] }) {
  if (items.length === 0)
    return (
      <EmptyState title="Nothing assigned yet">
        <p>Assign a scenario or a path of them here, or from the Team view's weakest criteria.</p>
      </EmptyState>
    );
  return (
    <div className="table-wrap">
      <table className="table" data-testid="team-assignments">
        <thead>
          <tr>
            <th>Assignment</th>
            <th>Due</th>
            <th>Not started</th>
            <th>In progress</th>
            <th>Passed</th>
            <th>Overdue</th>
            <th>Attempts used up</th>
          </tr>
        </thead>
        <tbody>
          {items.map(({ assignment, counts }) => (
            <tr key={assignment.id}>
              <td>
                <Link to={`/assignments/${assignment.id}`}>{assignment.title}</Link>
                <div className="small muted">{assignment.kind}</div>
              </td>
              <td>{dueDate(assignment.dueAt)}</td>
              <td>{counts.not_started}</td>
              <td>{counts.in_progress}</td>
              <td>{counts.passed}</td>
              <td>{counts.overdue}</td>
              <td>{counts.failed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
