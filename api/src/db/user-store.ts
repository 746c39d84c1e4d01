import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, gt, isNull, lt, ne, or } from "drizzle-orm";
import type { Principal, Role } from "../auth/principal";
import { hashSecret, newSecret } from "../auth/tokens";
import { type Db, single, type Tables } from "./database";

const SESSION_DAYS = 14;

/** The one user of local mode (no sign-in); it owns every call practised there. */
export const LOCAL_USER_ID = "local";

type UserRow = Tables["users"]["$inferSelect"];
const principalOf = (row: UserRow): Principal => ({ id: row.id, name: row.name, role: row.role, teamId: row.teamId });

/** A user as the API shows it: never the password hash. */
export const publicUser = (row: UserRow) => ({
  id: row.id,
  name: row.name,
  email: row.email,
  role: row.role,
  teamId: row.teamId,
  disabled: row.disabled,
  createdAt: row.createdAt,
});

/** `tokenDays`: how long a new API token works (PARLEY_TOKEN_DAYS). */
export function createUserStore(db: Db, tokenDays = 90) {
  const { orm } = db;
  const { apiTokens, authSessions, teams, users } = db.tables;
  const getUser = async (id: string) => (await orm.select().from(users).where(eq(users.id, id)))[0];

  return {
    async ensureLocalUser(): Promise<void> {
      await orm
        .insert(users)
        .values({ id: LOCAL_USER_ID, name: "Local user", role: "admin", createdAt: Date.now() })
        .onConflictDoNothing();
    },

    async hasAdmin(): Promise<boolean> {
      const admins = await orm
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.role, "admin"), eq(users.disabled, false)));
      return admins.some((row) => row.id !== LOCAL_USER_ID);
    },

    async create(values: { name: string; email: string; role: Role; passwordHash: string; teamId: string | null }) {
      const rows = await orm
        .insert(users)
        .values({ id: randomUUID(), ...values, email: values.email.toLowerCase(), createdAt: Date.now() })
        .returning();
      return single(rows, "creating a user");
    },

    byEmail: async (email: string) => (await orm.select().from(users).where(eq(users.email, email.toLowerCase())))[0],
    get: getUser,
    /** Accounts only: the local-mode user is not a person an admin manages. */
    list: async () => orm.select().from(users).where(ne(users.id, LOCAL_USER_ID)).orderBy(asc(users.name)),

    async update(
      id: string,
      values: Partial<Pick<UserRow, "name" | "role" | "teamId" | "disabled" | "passwordHash">>,
    ): Promise<UserRow | undefined> {
      return (await orm.update(users).set(values).where(eq(users.id, id)).returning())[0];
    },

    teamIds: async () => new Set((await orm.select({ id: teams.id }).from(teams)).map((row) => row.id)),
    createTeam: async (name: string) =>
      single(
        await orm.insert(teams).values({ id: randomUUID(), name, createdAt: Date.now() }).returning(),
        "creating a team",
      ),
    renameTeam: async (id: string, name: string) =>
      (await orm.update(teams).set({ name }).where(eq(teams.id, id)).returning())[0],
    listTeams: async () => orm.select().from(teams).orderBy(asc(teams.name)),

    /** Starts a browser session; returns the secret for the cookie. */
    async startSession(userId: string): Promise<{ secret: string; expiresAt: number }> {
      const secret = newSecret("ps");
      const expiresAt = Date.now() + SESSION_DAYS * 86_400_000;
      await orm.delete(authSessions).where(lt(authSessions.expiresAt, Date.now()));
      await orm
        .insert(authSessions)
        .values({ tokenHash: hashSecret(secret), userId, expiresAt, createdAt: Date.now() });
      return { secret, expiresAt };
    },

    async endSession(secret: string): Promise<void> {
      await orm.delete(authSessions).where(eq(authSessions.tokenHash, hashSecret(secret)));
    },

    /** Signs a user out everywhere (after a password reset, so an old cookie stops working). */
    async endSessionsOf(userId: string): Promise<void> {
      await orm.delete(authSessions).where(eq(authSessions.userId, userId));
    },

    /**
     * The signed-in user behind a session cookie's secret (never an API token), if the session is
     * current and the user active.
     */
    async resolveSession(secret: string): Promise<Principal | null> {
      if (!secret.startsWith("ps_")) return null;
      const [found] = await orm
        .select({ user: users })
        .from(authSessions)
        .innerJoin(users, eq(users.id, authSessions.userId))
        .where(and(eq(authSessions.tokenHash, hashSecret(secret)), gt(authSessions.expiresAt, Date.now())));
      return found && !found.user.disabled && found.user.id !== LOCAL_USER_ID ? principalOf(found.user) : null;
    },

    /** The user behind an API token (never a cookie secret): not revoked, not expired, user active. */
    async resolveToken(secret: string): Promise<Principal | null> {
      if (!secret.startsWith("pt_")) return null;
      const hash = hashSecret(secret);
      const now = Date.now();
      const [found] = await orm
        .select({ user: users, lastUsedAt: apiTokens.lastUsedAt })
        .from(apiTokens)
        .innerJoin(users, eq(users.id, apiTokens.userId))
        .where(
          and(
            eq(apiTokens.tokenHash, hash),
            isNull(apiTokens.revokedAt),
            or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
          ),
        );
      // The local-mode user has no password: a token made for it must not open a server with accounts.
      if (!found || found.user.disabled || found.user.id === LOCAL_USER_ID) return null;
      // At most one write a minute per token: a script's every request must not write to disk.
      if (found.lastUsedAt !== null && found.lastUsedAt > now - 60_000) return principalOf(found.user);
      try {
        await orm.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.tokenHash, hash));
      } catch (error) {
        // A full disk must not lock every script out: last_used_at is a convenience, not a check.
        console.error(`Could not record an API token's last use: ${String(error)}`);
      }
      return principalOf(found.user);
    },

    /** Revokes every live token of a user (password reset, account disabled); re-enabling revives none. */
    async revokeTokensOf(userId: string): Promise<void> {
      await orm
        .update(apiTokens)
        .set({ revokedAt: Date.now() })
        .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)));
    },

    async createToken(userId: string, name: string) {
      const secret = newSecret("pt");
      const rows = await orm
        .insert(apiTokens)
        .values({
          id: randomUUID(),
          userId,
          name,
          tokenHash: hashSecret(secret),
          createdAt: Date.now(),
          expiresAt: Date.now() + tokenDays * 86_400_000,
        })
        .returning({
          id: apiTokens.id,
          name: apiTokens.name,
          createdAt: apiTokens.createdAt,
          expiresAt: apiTokens.expiresAt,
        });
      return { ...single(rows, "creating a token"), token: secret };
    },

    /** Newest first, revoked ones included (with when), so their owner can see what was cut off. */
    listTokens: async (userId: string) =>
      orm
        .select({
          id: apiTokens.id,
          name: apiTokens.name,
          createdAt: apiTokens.createdAt,
          lastUsedAt: apiTokens.lastUsedAt,
          revokedAt: apiTokens.revokedAt,
          expiresAt: apiTokens.expiresAt,
        })
        .from(apiTokens)
        .where(eq(apiTokens.userId, userId))
        .orderBy(desc(apiTokens.createdAt)),

    async revokeToken(userId: string, id: string): Promise<boolean> {
      const revoked = await orm
        .update(apiTokens)
        .set({ revokedAt: Date.now() })
        .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
        .returning({ id: apiTokens.id });
      return revoked.length === 1;
    },

    async principal(id: string): Promise<Principal | null> {
      const row = await getUser(id);
      return row ? principalOf(row) : null;
    },
  };
}

export type UserStore = ReturnType<typeof createUserStore>;
