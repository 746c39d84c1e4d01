import { Link } from "react-router";
import { useMe } from "../../../lib/queries/me";

/** "Write an example", for trainers and admins only (learners read examples). */
export function WriteExampleLink() {
  const role = useMe().data?.user.role;
  if (role !== "trainer" && role !== "admin") return null;
  return (
    <Link className="btn btn--primary" to="/examples/new">
      Write an example
    </Link>
  );
}
