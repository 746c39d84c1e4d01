import { useSearchParams } from "react-router";
import { useMe } from "../../../lib/queries/me";
import { useDiscussionTeams } from "../api/teams";

export interface TeamChoice {
  /** Whether this person picks a team (an admin with accounts: admins are in no team). */
  picks: boolean;
  /** The team to ask for (`teamId`); undefined for everyone else, who gets their own team's. */
  teamId: string | undefined;
  /** False while an admin's team list is loading: hold the query until a team is known. */
  ready: boolean;
  /** An admin, and there are no teams at all. */
  noTeams: boolean;
  teams: { id: string; name: string }[];
  choose: (teamId: string) => void;
}

/**
 * Whose team's discussion an admin reads: `?team=` in the address keeps the choice; else their own
 * team, else the first by name. Anyone else reads their own team's, whatever the address says (the
 * API refuses another team's, `team_not_found`).
 */
export function useTeamChoice(enabled = true): TeamChoice {
  const me = useMe().data;
  const picks = enabled && me?.mode === "accounts" && me.user.role === "admin";
  const teamsQuery = useDiscussionTeams(picks);
  const [params, setParams] = useSearchParams();
  const teams = teamsQuery.data ?? [];
  const asked = params.get("team");
  const picked = teams.find((team) => team.id === asked) ?? teams.find((team) => team.id === me?.user.teamId);
  const teamId = picks ? (picked ?? teams[0])?.id : undefined;
  return {
    picks,
    teamId,
    ready: !picks || teamId !== undefined,
    noTeams: picks && teamsQuery.data?.length === 0,
    teams,
    choose: (next) => {
      const search = new URLSearchParams(params);
      search.set("team", next);
      setParams(search, { replace: true });
    },
  };
}

/** The Team select an admin picks with; nothing for anyone else. */
export function TeamPicker({ choice }: { choice: TeamChoice }) {
  if (!choice.picks || choice.teams.length === 0) return null;
  return (
    <label className="inline-field">
      Team
      <select value={choice.teamId} onChange={(event) => choice.choose(event.target.value)}>
        {choice.teams.map((team) => (
          <option key={team.id} value={team.id}>
            {team.name}
          </option>
        ))}
      </select>
    </label>
  );
}
