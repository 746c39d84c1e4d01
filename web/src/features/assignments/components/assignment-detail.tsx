import { QueryView } from "../../../components/ui/query-view";
import { useAssignment } from "../api/get-assignment";
import { dueDate, StatusBadge } from "./status-badge";

/** One assignment: its steps and rules, and every learner's status and attempts (a learner sees only their own). */
export function AssignmentDetail({ id }: { id: string }) {
  const detail = useAssignment(id);
  return (
    <QueryView query={detail} loading="Loading the assignment…" errorTitle="Could not load the assignment">
      {({ assignment, learners }) => (
        <>
          <section className="panel">
            <h2 className="panel__title">{assignment.title}</h2>
            <p className="small">
              {assignment.kind === "certification" ? "Certification" : "Practice"} · due {dueDate(assignment.dueAt)} ·{" "}
              {assignment.attemptsAllowed} attempts per step · needs{" "}
              {assignment.requiredScore === null ? "the rubric's pass mark" : assignment.requiredScore}
            </p>
            {assignment.skill ? (
              <p className="small" data-testid="assignment-skills">
                Practises: <strong>{assignment.skill.name}</strong> (the skill it was assigned for)
              </p>
            ) : (
              assignment.skills.length > 0 && (
                <p className="small" data-testid="assignment-skills">
                  Practises: {assignment.skills.map((skill) => skill.name).join(", ")}
                </p>
              )
            )}
            <ol className="assignment-steps">
              {assignment.steps.map((step, index) => (
                <li key={index}>
                  {step.personaName} ({step.difficulty}) — {step.rubricName}
                </li>
              ))}
            </ol>
          </section>
          <div className="table-wrap">
            <table className="table" data-testid="assignment-learners">
              <thead>
                <tr>
                  <th>Learner</th>
                  <th>Status</th>
                  {assignment.steps.map((step, index) => (
                    <th key={index}>Step {index + 1}: attempts, best</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {learners.map(({ learner, progress }) => (
                  <tr key={learner.id}>
                    <td>{learner.name}</td>
                    <td>
                      <StatusBadge status={progress.status} late={progress.late} />
                    </td>
                    {progress.steps.map((step, index) => (
                      <td key={index}>
                        {step.attempts} of {assignment.attemptsAllowed} attempts, best {step.best ?? "–"}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </QueryView>
  );
}
