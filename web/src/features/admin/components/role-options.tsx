import type { Role } from "../api/get-users";
import type { Team } from "../api/get-teams";

export const ROLES: { value: Role; label: string }[] = [
  { value: "learner", label: "Learner" },
  { value: "trainer", label: "Trainer" },
  { value: "admin", label: "Admin" },
];

export const roleOptions = () =>
  ROLES.map((role) => (
    <option key={role.value} value={role.value}>
      {role.label}
    </option>
  ));

/** "No team" is the empty value; the API takes `null`. */
export const teamOptions = (teams: Team[]) => [
  <option key="" value="">
    No team
  </option>,
  ...teams.map((team) => (
    <option key={team.id} value={team.id}>
      {team.name}
    </option>
  )),
];

export const teamIdOf = (value: string): string | null => (value === "" ? null : value);
