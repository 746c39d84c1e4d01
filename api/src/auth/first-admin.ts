import type { UserStore } from "../db/user-store";
import { hashPassword, MIN_PASSWORD_LENGTH } from "./passwords";

/** Creates the first admin account. There is never a default password. */
export async function createFirstAdmin(users: UserStore, admin: { email: string; password: string; name?: string }) {
  if (admin.password.length < MIN_PASSWORD_LENGTH)
    throw new Error(`the admin password must be at least ${MIN_PASSWORD_LENGTH} characters`);
  if (!/^[^\s@]+@[^\s@]+$/.test(admin.email)) throw new Error(`"${admin.email}" is not an email address`);
  const existing = await users.byEmail(admin.email);
  if (existing) return users.update(existing.id, { role: "admin", disabled: false });
  return users.create({
    name: admin.name ?? admin.email.split("@")[0] ?? "Admin",
    email: admin.email,
    role: "admin",
    passwordHash: await hashPassword(admin.password),
    teamId: null,
  });
}
