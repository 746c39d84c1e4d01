import { Hono } from "hono";
import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../auth/password-rules";
import { hashPassword } from "../auth/passwords";
import { type AuthEnv, canManageUsers, type Principal } from "../auth/principal";
import { LOCAL_USER_ID } from "../db/user-store";
import { publicUser, type UserStore } from "../db/user-store";
import { DomainError } from "../errors";
import { validate } from "./validate";

const role = z.enum(["learner", "trainer", "admin"]);
const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH);
const newUser = z.strictObject({
  name: z.string().trim().min(1).max(120),
  email: z.email().max(200),
  role,
  password,
  teamId: z.string().uuid().nullable().default(null),
});
const userPatch = z
  .strictObject({
    name: z.string().trim().min(1).max(120).optional(),
    role: role.optional(),
    teamId: z.string().uuid().nullable().optional(),
    disabled: z.boolean().optional(),
    password: password.optional(),
  })
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), {
    message: "give at least one of name, role, teamId, disabled or password",
  });
const idParam = z.object({ id: z.string().min(1).max(100) });
const teamBody = z.strictObject({ name: z.string().trim().min(1).max(120) });

function requireAdmin(principal: Principal) {
  if (!canManageUsers(principal)) throw new DomainError("forbidden", "Only admins manage users and teams.");
}

// Only local mode signs everyone in as the local user (accounts mode refuses it), so this is the mode.
function refuseInLocalMode(principal: Principal, what: string) {
  if (principal.id === LOCAL_USER_ID) {
    throw new DomainError(
      "local_mode",
      `Parley is in local mode (one person, this machine): ${what}. Start it with PARLEY_AUTH=accounts to have accounts.`,
    );
  }
}

/** An admin cannot lock themselves out: no disabling or demoting their own account. */
function refuseSelfLockout(principal: Principal, id: string, patch: { role?: string; disabled?: boolean }) {
  if (id !== principal.id) return;
  if (patch.disabled === true || (patch.role !== undefined && patch.role !== "admin")) {
    throw new DomainError(
      "self_lockout",
      "You cannot disable your own account or take away your own admin role; ask another admin.",
    );
  }
}

const userTokenParam = z.object({ id: z.string().min(1).max(100), tokenId: z.string().min(1).max(100) });

/** Users and teams (admins only; admins also list and revoke anyone's API tokens), and each user's own API tokens. */
export function userRoutes(users: UserStore) {
  const checkTeam = async (teamId: string | null | undefined) => {
    if (teamId && !(await users.teamIds()).has(teamId))
      throw new DomainError("unknown_team", `No team with id "${teamId}".`);
  };
  const checkTeamName = async (name: string, except?: string) => {
    const taken = (await users.listTeams()).some(
      (team) => team.id !== except && team.name.toLowerCase() === name.toLowerCase(),
    );
    if (taken) throw new DomainError("team_name_taken", `There is already a team called "${name}".`);
  };
  const existingUser = async (id: string) => {
    const user = id === LOCAL_USER_ID ? undefined : await users.get(id);
    if (!user) throw new DomainError("user_not_found", `No user with id "${id}".`);
    return user;
  };
  return new Hono<AuthEnv>()
    .get("/users", async (c) => {
      requireAdmin(c.var.principal);
      return c.json({ items: (await users.list()).map(publicUser) }, 200);
    })
    .get("/users/:id", validate("param", idParam), async (c) => {
      requireAdmin(c.var.principal);
      return c.json({ user: publicUser(await existingUser(c.req.valid("param").id)) }, 200);
    })
    .post("/users", validate("json", newUser), async (c) => {
      requireAdmin(c.var.principal);
      refuseInLocalMode(c.var.principal, "there are no other accounts to create");
      const body = c.req.valid("json");
      await checkTeam(body.teamId);
      if (await users.byEmail(body.email))
        throw new DomainError("email_taken", `An account for ${body.email} already exists.`);
      const user = await users.create({
        name: body.name,
        email: body.email,
        role: body.role,
        teamId: body.teamId,
        passwordHash: await hashPassword(body.password),
      });
      return c.json({ user: publicUser(user) }, 201);
    })
    .patch("/users/:id", validate("param", idParam), validate("json", userPatch), async (c) => {
      requireAdmin(c.var.principal);
      const { password: newPassword, ...rest } = c.req.valid("json");
      const id = c.req.valid("param").id;
      await existingUser(id);
      await checkTeam(rest.teamId);
      refuseSelfLockout(c.var.principal, id, rest);
      const user = await users.update(id, {
        ...rest,
        ...(newPassword ? { passwordHash: await hashPassword(newPassword) } : {}),
      });
      // A new password or a disabled account ends every browser session and revokes every API token
      // (a token made with a stolen cookie must not outlive the reset; re-enabling revives none).
      if (newPassword || rest.disabled) {
        await users.endSessionsOf(id);
        await users.revokeTokensOf(id);
      }
      return c.json({ user: publicUser(user ?? (await existingUser(id))) }, 200);
    })
    .get("/teams", async (c) => {
      requireAdmin(c.var.principal);
      return c.json({ items: await users.listTeams() }, 200);
    })
    .post("/teams", validate("json", teamBody), async (c) => {
      requireAdmin(c.var.principal);
      refuseInLocalMode(c.var.principal, "teams group accounts, and there are none");
      const { name } = c.req.valid("json");
      await checkTeamName(name);
      return c.json({ team: await users.createTeam(name) }, 201);
    })
    .patch("/teams/:id", validate("param", idParam), validate("json", teamBody), async (c) => {
      requireAdmin(c.var.principal);
      const id = c.req.valid("param").id;
      const { name } = c.req.valid("json");
      if (!(await users.teamIds()).has(id)) throw new DomainError("team_not_found", `No team with id "${id}".`);
      await checkTeamName(name, id);
      const team = await users.renameTeam(id, name);
      if (!team) throw new DomainError("team_not_found", `No team with id "${id}".`);
      return c.json({ team }, 200);
    })
    .get("/users/:id/tokens", validate("param", idParam), async (c) => {
      requireAdmin(c.var.principal);
      const id = c.req.valid("param").id;
      await existingUser(id);
      return c.json({ items: await users.listTokens(id) }, 200);
    })
    .delete("/users/:id/tokens/:tokenId", validate("param", userTokenParam), async (c) => {
      requireAdmin(c.var.principal);
      const { id, tokenId } = c.req.valid("param");
      await existingUser(id);
      if (!(await users.revokeToken(id, tokenId)))
        throw new DomainError("token_not_found", "That user has no such live token.");
      return c.json({ ok: true }, 200);
    })
    .get("/tokens", async (c) => c.json({ items: await users.listTokens(c.var.principal.id) }, 200))
    .post("/tokens", validate("json", z.strictObject({ name: z.string().trim().min(1).max(120) })), async (c) => {
      refuseInLocalMode(c.var.principal, "scripts on this machine need no token");
      // The token is shown this once; only its hash is kept.
      return c.json({ token: await users.createToken(c.var.principal.id, c.req.valid("json").name) }, 201);
    })
    .delete("/tokens/:id", validate("param", idParam), async (c) => {
      if (!(await users.revokeToken(c.var.principal.id, c.req.valid("param").id))) {
        throw new DomainError("token_not_found", "No such token of yours.");
      }
      return c.json({ ok: true }, 200);
    });
}
