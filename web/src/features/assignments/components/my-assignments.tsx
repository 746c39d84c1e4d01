import { useNavigate } from "react-router";
import { Link } from "react-router";
import { Badge } from "../../../components/ui/badge";
import { EmptyState } from "../../../components/ui/empty-state";
import { ErrorPanel } from "../../../components/ui/error-panel";
import type { AssignmentItem } from "../api/get-assignments";
import { useStartAttempt } from "../api/start-attempt";
import { dueDate, StatusBadge } from "./status-badge";

/** A learner's assignments: what to do, by when, how it stands, and the button that starts the next call. */
export function MyAssignments({ items, userId }: { items: AssignmentItem[]; userId: string }) {
  if (items.length === 0)
    return (
      <EmptyState title="No assignments">
        <p>When a trainer assigns you a scenario, it shows here with its due date and the score it needs.</p>
      </EmptyState>
    );
  return (
    <ul className="assignments" data-testid="my-assignments">
      {items.map((item) => {
        const mine = item.learners.find((entry) => entry.learner.id === userId) ?? item.learners[0];
        return mine ? <AssignmentCard key={item.assignment.id} item={item} progress={mine.progress} /> : null;
      })}
    </ul>
  );
}

function AssignmentCard({
  item,
  progress,
}: {
  item: AssignmentItem;
  progress: AssignmentItem["learners"][number]["progress"];
}) {
  const { assignment } = item;
  const start = useStartAttempt(assignment.id);
  const navigate = useNavigate();
  const certification = assignment.kind === "certification";
  const canStart = progress.status !== "failed" && !(certification && progress.status === "passed");
  const next = progress.nextStep === null ? null : assignment.steps[progress.nextStep];
  return (
    <li className="panel assignment-card" data-testid="assignment-card">
      <div className="panel__head">
        <h2 className="panel__title">
          <Link to={`/assignments/${assignment.id}`}>{assignment.title}</Link>
        </h2>
        <StatusBadge status={progress.status} late={progress.late} />
      </div>
      <p className="small">
        {certification ? <Badge tone="warn">Certification</Badge> : <Badge tone="info">Practice</Badge>} Due{" "}
        <strong>{dueDate(assignment.dueAt)}</strong> · needs{" "}
        {assignment.requiredScore === null ? "the rubric's pass mark" : `${assignment.requiredScore} or more`} ·{" "}
        {progress.attemptsUsed} of {assignment.attemptsAllowed * assignment.steps.length} attempts used
      </p>
      {assignment.skills.length > 0 && (
        <p className="small muted" data-testid="my-assignment-skills">
          {assignment.skill ? "Assigned for the skill" : "Practises"}:{" "}
          {assignment.skills.map((skill) => skill.name).join(", ")}
        </p>
      )}
      <ol className="assignment-steps">
        {assignment.steps.map((step, index) => (
          <li key={index}>
            {step.personaName} <span className="muted">({step.difficulty})</span>
            {progress.steps[index]?.passedBy ? " ✓" : ""}
          </li>
        ))}
      </ol>
      {certification && (
        <p className="small">
          Exam mode: no tips during the call, no retry from a turn, graded once. Passing earns a certificate.
        </p>
      )}
      {assignment.note && <p className="small">{assignment.note}</p>}
      {start.isError && <ErrorPanel error={start.error} title="Could not start the call" />}
      {canStart && next && (
        <button
          type="button"
          className="btn btn--primary"
          disabled={start.isPending}
          onClick={() =>
            start.mutate(undefined, { onSuccess: ({ sessionId }) => void navigate(`/sessions/${sessionId}`) })
          }
        >
          {progress.steps[progress.nextStep ?? 0]?.inProgress ? "Continue" : "Start"}: {next.personaName}
        </button>
      )}
    </li>
  );
}
