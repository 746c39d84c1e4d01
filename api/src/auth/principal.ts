export type Role = "learner" | "trainer" | "admin";

/** Who is making a request. In local mode, the single local user (an admin). */
export interface Principal {
  id: string;
  name: string;
  role: Role;
  teamId: string | null;
}

/** Hono's context variables for every authenticated route. */
export type AuthEnv = { Variables: { principal: Principal } };

export interface Owner {
  userId: string;
  teamId: string | null;
}

/** Learners see their own calls; trainers also their team's; admins everyone's. */
export function canRead(principal: Principal, owner: Owner): boolean {
  if (principal.role === "admin" || owner.userId === principal.id) return true;
  return principal.role === "trainer" && principal.teamId !== null && owner.teamId === principal.teamId;
}

/** A call is changed (turns, end, fork) only by the person practising it. */
export const canChange = (principal: Principal, owner: Owner) => owner.userId === principal.id;

export const canPublish = (principal: Principal) => principal.role === "trainer" || principal.role === "admin";

export const canManageUsers = (principal: Principal) => principal.role === "admin";
