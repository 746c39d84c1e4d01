import { Hono } from "hono";
import { z } from "zod";
import { hashPassword, MIN_PASSWORD_LENGTH } from "../auth/passwords";
import { type AuthEnv, canManageUsers, type Principal } from "../auth/principal";
import { publicUser, type UserStore } from "../db/user-store";
import { ApiError } from "../errors";
import { validate } from "./validate";

const role = z.enum(["learner", "trainer", "admin"]);
const password = z.string().min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`).max(1000);
const newUser = z.strictObject({
  name: z.string().trim().min(1).max(120),
  email: z.email().max(200),
  role,
  password,
  teamId: z.string().uuid().nullable().default(null),
});
const userPatch = z.strictObject({
  name: z.string().trim().min(1).max(120).optional(),
  role: role.optional(),
  teamId: z.string().uuid().nullable().optional(),
  disabled: z.boolean().optional(),
  password: password.optional(),
});
const idParam = z.object({ id: z.string().min(1).max(100) });

function requireAdmin(principal: Principal) {
  if (!canManageUsers(principal)) throw new ApiError(403, "forbidden", "Only admins manage users and teams.");
}

/** Users and teams (admins only), and each user's own API tokens. */
export function userRoutes(users: UserStore) {
  const checkTeam = (teamId: string | null | undefined) => {
    if (teamId && !users.teamIds().has(teamId)) throw new ApiError(400, "unknown_team", `No team with id "${teamId}".`);
  };
  return new Hono<AuthEnv>()
    .get("/users", (c) => {
      requireAdmin(c.var.principal);
      return c.json({ items: users.list().map(publicUser) }, 200);
    })
    .post("/users", validate("json", newUser), async (c) => {
      requireAdmin(c.var.principal);
      const body = c.req.valid("json");
      checkTeam(body.teamId);
      if (users.byEmail(body.email)) throw new ApiError(409, "email_taken", `An account for ${body.email} already exists.`);
      const user = users.create({ name: body.name, email: body.email, role: body.role, teamId: body.teamId, passwordHash: await hashPassword(body.password) });
      return c.json({ user: publicUser(user) }, 201);
    })
    .patch("/users/:id", validate("param", idParam), validate("json", userPatch), async (c) => {
      requireAdmin(c.var.principal);
      const { password: newPassword, ...rest } = c.req.valid("json");
      checkTeam(rest.teamId);
      const id = c.req.valid("param").id;
      if (!users.get(id)) throw new ApiError(404, "user_not_found", `No user with id "${id}".`);
      const user = users.update(id, { ...rest, ...(newPassword ? { passwordHash: await hashPassword(newPassword) } : {}) });
      return c.json({ user: user ? publicUser(user) : null }, 200);
    })
    .get("/teams", (c) => {
      requireAdmin(c.var.principal);
      return c.json({ items: users.listTeams() }, 200);
    })
    .post("/teams", validate("json", z.strictObject({ name: z.string().trim().min(1).max(120) })), (c) => {
      requireAdmin(c.var.principal);
      return c.json({ team: users.createTeam(c.req.valid("json").name) }, 201);
    })
    .get("/tokens", (c) => c.json({ items: users.listTokens(c.var.principal.id) }, 200))
    .post("/tokens", validate("json", z.strictObject({ name: z.string().trim().min(1).max(120) })), (c) =>
      // The token is shown this once; only its hash is kept.
      c.json({ token: users.createToken(c.var.principal.id, c.req.valid("json").name) }, 201),
    )
    .delete("/tokens/:id", validate("param", idParam), (c) => {
      if (!users.revokeToken(c.var.principal.id, c.req.valid("param").id)) {
        throw new ApiError(404, "token_not_found", "No such token of yours.");
      }
      return c.json({ ok: true }, 200);
    });
}
