import { useParams } from "react-router";
import { AssignmentDetail } from "../../features/assignments/components/assignment-detail";
import { AssignmentsPage } from "../../features/assignments/components/assignments-page";
import { NewAssignmentForm } from "../../features/assignments/components/new-assignment-form";
import { usePageTitle } from "../../lib/use-page-title";

export function AssignmentsRoute() {
  usePageTitle("Assignments");
  return (
    <>
      <header className="page-head">
        <div>
          <h1>Assignments</h1>
          <p className="lead">
            Scenarios to practise by a date, with the score they need; certifications and certificates.
          </p>
        </div>
      </header>
      <AssignmentsPage />
    </>
  );
}

export function NewAssignmentRoute() {
  usePageTitle("Assign");
  return (
    <>
      <header className="page-head">
        <h1>Assign practice</h1>
      </header>
      <NewAssignmentForm />
    </>
  );
}

export function AssignmentRoute() {
  usePageTitle("Assignment");
  const { id = "" } = useParams();
  return (
    <>
      <header className="page-head">
        <h1>Assignment</h1>
      </header>
      <AssignmentDetail id={id} />
    </>
  );
}
