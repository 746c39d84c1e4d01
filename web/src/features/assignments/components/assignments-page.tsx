import { Link } from "react-router";
import { QueryView } from "../../../components/ui/query-view";
import { useMe } from "../../../lib/queries/me";
import { useAssignments } from "../api/get-assignments";
import { CertificateList } from "./certificate-list";
import { MyAssignments } from "./my-assignments";
import { TeamAssignments } from "./team-assignments";

/**
 * Learners (and the single local user, whose plans are assigned to themself) see "My assignments";
 * trainers and admins see their team's assignments with each status counted.
 */
export function AssignmentsPage() {
  const me = useMe().data;
  const assignments = useAssignments();
  if (!me) return null;
  const mine = me.user.role === "learner" || me.mode === "local";
  return (
    <>
      {me.user.role !== "learner" && (
        <p>
          <Link className="btn btn--primary" to="/assignments/new">
            {me.mode === "local" ? "Plan practice" : "Assign"}
          </Link>
        </p>
      )}
      <QueryView query={assignments} loading="Loading assignments…" errorTitle="Could not load assignments">
        {({ items }) =>
          mine ? <MyAssignments items={items} userId={me.user.id} /> : <TeamAssignments items={items} />
        }
      </QueryView>
      <CertificateList />
    </>
  );
}
