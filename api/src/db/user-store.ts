import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, gt, isNull, lt, ne, or } from "drizzle-orm";
import type { Principal, Role } from "../auth/principal";
import { hashSecret, newSecret } from "../auth/tokens";
import type { Db } from "./client";
import { apiTokens, authSessions, teams, users } from "./schema";

const SESSION_DAYS = 14;

/** The one user of local mode (no sign-in); it owns every call practised there. */
export const LOCAL_USER_ID = "local";

type UserRow = typeof users.$inferSelect;
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
  return {
    ensureLocalUser() {
      db.insert(users)
        .values({ id: LOCAL_USER_ID, name: "Local user", role: "admin", createdAt: Date.now() })
        .onConflictDoNothing()
        .run();
    },

    hasAdmin(): boolean {
      return db
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.role, "admin"), eq(users.disabled, false)))
        .all()
        .some((row) => row.id !== LOCAL_USER_ID);
    },

    create(values: { name: string; email: string; role: Role; passwordHash: string; teamId: string | null }) {
      return db
        .insert(users)
        .values({ id: randomUUID(), ...values, email: values.email.toLowerCase(), createdAt: Date.now() })
        .returning()
        .get();
    },

    byEmail: (email: string) => db.select().from(users).where(eq(users.email, email.toLowerCase())).get(),
    get: (id: string) => db.select().from(users).where(eq(users.id, id)).get(),
    /** Accounts only: the local-mode user is not a person an admin manages. */
    list: () => db.select().from(users).where(ne(users.id, LOCAL_USER_ID)).orderBy(asc(users.name)).all(),

    update(id: string, values: Partial<Pick<UserRow, "name" | "role" | "teamId" | "disabled" | "passwordHash">>) {
      return db.update(users).set(values).where(eq(users.id, id)).returning().get();
    },

    teamIds: () =>
      new Set(
        db
          .select({ id: teams.id })
          .from(teams)
          .all()
          .map((row) => row.id),
      ),
    createTeam: (name: string) =>
      db.insert(teams).values({ id: randomUUID(), name, createdAt: Date.now() }).returning().get(),
    renameTeam: (id: string, name: string) => db.update(teams).set({ name }).where(eq(teams.id, id)).returning().get(),
    listTeams: () => db.select().from(teams).orderBy(asc(teams.name)).all(),

    /** Starts a browser session; returns the secret for the cookie. */
    startSession(userId: string): { secret: string; expiresAt: number } {
      const secret = newSecret("ps");
      const expiresAt = Date.now() + SESSION_DAYS * 86_400_000;
      db.delete(authSessions).where(lt(authSessions.expiresAt, Date.now())).run();
      db.insert(authSessions)
        .values({ tokenHash: hashSecret(secret), userId, expiresAt, createdAt: Date.now() })
        .run();
      return { secret, expiresAt };
    },

    endSession(secret: string) {
      db.delete(authSessions)
        .where(eq(authSessions.tokenHash, hashSecret(secret)))
        .run();
    },

    /** Signs a user out everywhere (after a password reset, so an old cookie stops working). */
    endSessionsOf(userId: string) {
      db.delete(authSessions).where(eq(authSessions.userId, userId)).run();
    },

    /**
     * The signed-in user behind a session cookie's secret (never an API token), if the session is
     * current and the user active.
     */
    resolveSession(secret: string): Principal | null {
      if (!secret.startsWith("ps_")) return null;
      const found = db
        .select({ user: users })
        .from(authSessions)
        .innerJoin(users, eq(users.id, authSessions.userId))
        .where(and(eq(authSessions.tokenHash, hashSecret(secret)), gt(authSessions.expiresAt, Date.now())))
        .get();
      return found && !found.user.disabled && found.user.id !== LOCAL_USER_ID ? principalOf(found.user) : null;
    },

    /** The user behind an API token (never a cookie secret): not revoked, not expired, user active. */
    resolveToken(secret: string): Principal | null {
      if (!secret.startsWith("pt_")) return null;
      const hash = hashSecret(secret);
      const now = Date.now();
      const found = db
        .select({ user: users, lastUsedAt: apiTokens.lastUsedAt })
        .from(apiTokens)
        .innerJoin(users, eq(users.id, apiTokens.userId))
        .where(
          and(
            eq(apiTokens.tokenHash, hash),
            isNull(apiTokens.revokedAt),
            or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
          ),
        )
        .get();
      // The local-mode user has no password: a token made for it must not open a server with accounts.
      if (!found || found.user.disabled || found.user.id === LOCAL_USER_ID) return null;
      // At most one write a minute per token: a script's every request must not write to disk.
      if (found.lastUsedAt !== null && found.lastUsedAt > now - 60_000) return principalOf(found.user);
      try {
        db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.tokenHash, hash)).run();
      } catch (error) {
        // A full disk must not lock every script out: last_used_at is a convenience, not a check.
        console.error(`Could not record an API token's last use: ${String(error)}`);
      }
      return principalOf(found.user);
    },

    /** Revokes every live token of a user (password reset, account disabled); re-enabling revives none. */
    revokeTokensOf(userId: string) {
      db.update(apiTokens)
        .set({ revokedAt: Date.now() })
        .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
        .run();
    },

    createToken(userId: string, name: string) {
      const secret = newSecret("pt");
      const row = db
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
        })
        .get();
      return { ...row, token: secret };
    },

    /** Newest first, revoked ones included (with when), so their owner can see what was cut off. */
    listTokens: (userId: string) =>
      db
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
        .orderBy(desc(apiTokens.createdAt))
        .all(),

    revokeToken(userId: string, id: string): boolean {
      return (
        db
          .update(apiTokens)
          .set({ revokedAt: Date.now() })
          .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
          .run().changes === 1
      );
    },

    principal: (id: string) => {
      const row = db.select().from(users).where(eq(users.id, id)).get();
      return row ? principalOf(row) : null;
    },
  };
}

export type UserStore = ReturnType<typeof createUserStore>;
