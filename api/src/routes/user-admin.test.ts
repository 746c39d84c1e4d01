import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, type Client, errorOf, signIn } from "../testing/signed-in-client";
import { startTestRuntime, type TestRuntime } from "../testing/test-runtime";

const ADMIN = { email: "admin@example.com", password: "correct horse battery" };
const PASSWORD = "long enough password";
type User = { id: string; name: string; email: string; role: string; teamId: string | null; disabled: boolean };

let parley: TestRuntime;
let admin: Client;
let adminId: string;
const teams = { north: "", south: "" };
const users: Record<"trainer" | "learner" | "rival", User> = {} as never;

async function createUser(key: keyof typeof users, role: string, teamId: string) {
  const body = { name: key, email: `${key}@example.com`, role, teamId, password: PASSWORD };
  users[key] = (await admin.json<{ user: User }>("POST", "/api/users", body)).user;
}

beforeAll(async () => {
  parley = await startTestRuntime({
    PARLEY_AUTH: "accounts",
    PARLEY_ADMIN_EMAIL: ADMIN.email,
    PARLEY_ADMIN_PASSWORD: ADMIN.password,
  });
  admin = await signIn(parley, ADMIN.email, ADMIN.password);
  adminId = (await admin.json<{ user: { id: string } }>("GET", "/api/auth/me")).user.id;
  teams.north = (await admin.json<{ team: { id: string } }>("POST", "/api/teams", { name: "North" })).team.id;
  teams.south = (await admin.json<{ team: { id: string } }>("POST", "/api/teams", { name: "South" })).team.id;
  await createUser("trainer", "trainer", teams.north);
  await createUser("learner", "learner", teams.north);
  await createUser("rival", "learner", teams.south);
});
afterAll(() => parley?.close());

describe("managing users and teams (admin)", () => {
  it("reads one user, with their team, never a password hash; an unknown id is a 404", async () => {
    const response = await admin.call("GET", `/api/users/${users.learner.id}`);
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(JSON.parse(body)).toMatchObject({
      user: { email: "learner@example.com", role: "learner", teamId: teams.north },
    });
    expect(body).not.toMatch(/scrypt|password/i);
    const missing = await admin.call("GET", "/api/users/no-such-user");
    expect(missing.status).toBe(404);
    expect((await errorOf(missing)).code).toBe("user_not_found");
  });

  it("does not list or change the local-mode user", async () => {
    const { items } = await admin.json<{ items: User[] }>("GET", "/api/users");
    expect(items.map((u) => u.id)).not.toContain("local");
    expect(items.map((u) => u.email)).toEqual(expect.arrayContaining(["admin@example.com", "learner@example.com"]));
    expect((await admin.call("PATCH", "/api/users/local", { password: "a brand new password" })).status).toBe(404);
  });

  it("renames a team; a name already used is refused with a clear error", async () => {
    const renamed = await admin.json<{ team: { name: string } }>("PATCH", `/api/teams/${teams.south}`, {
      name: "South West",
    });
    expect(renamed.team.name).toBe("South West");
    const taken = await admin.call("PATCH", `/api/teams/${teams.south}`, { name: "north" });
    expect(taken.status).toBe(409);
    expect((await errorOf(taken)).code).toBe("team_name_taken");
    expect((await admin.call("POST", "/api/teams", { name: "NORTH" })).status).toBe(409);
    expect((await admin.call("PATCH", "/api/teams/nope", { name: "X" })).status).toBe(404);
  });

  it("names each bad field of a new user", async () => {
    const response = await admin.call("POST", "/api/users", {
      name: "",
      email: "not an email",
      role: "boss",
      password: "short",
    });
    expect(response.status).toBe(400);
    const fields = (await errorOf(response)).details?.issues?.map((issue) => issue.field);
    expect(fields).toEqual(expect.arrayContaining(["name", "email", "role", "password"]));
  });

  it("refuses an empty change with 400, not a server error", async () => {
    const person = await admin.json<{ user: User }>("POST", "/api/users", {
      name: "Em",
      email: "em@example.com",
      role: "learner",
      password: PASSWORD,
    });
    const response = await admin.call("PATCH", `/api/users/${person.user.id}`, {});
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toMatch(/at least one of name, role, teamId, disabled or password/);
  });

  it("resets a password: the old one and the user's open sessions stop working", async () => {
    const person = await admin.json<{ user: User }>("POST", "/api/users", {
      name: "Pat",
      email: "pat@example.com",
      role: "learner",
      password: PASSWORD,
    });
    const pat = await signIn(parley, "pat@example.com", PASSWORD);
    const reset = await admin.call("PATCH", `/api/users/${person.user.id}`, { password: "a brand new password" });
    expect(reset.status).toBe(200);
    expect((await pat.call("GET", "/api/auth/me")).status).toBe(401);
    expect(
      (await anonymous(parley).call("POST", "/api/auth/login", { email: "pat@example.com", password: PASSWORD }))
        .status,
    ).toBe(401);
    await signIn(parley, "pat@example.com", "a brand new password");
  });

  it("moves a user to another team and changes their role", async () => {
    const person = await admin.json<{ user: User }>("POST", "/api/users", {
      name: "Mo",
      email: "mo@example.com",
      role: "learner",
      password: PASSWORD,
    });
    const moved = await admin.json<{ user: User }>("PATCH", `/api/users/${person.user.id}`, {
      teamId: teams.north,
      role: "trainer",
    });
    expect(moved.user).toMatchObject({ teamId: teams.north, role: "trainer" });
    const unknownTeam = await admin.call("PATCH", `/api/users/${person.user.id}`, {
      teamId: "9f8d4c1e-1111-4222-8333-444455556666",
    });
    expect(unknownTeam.status).toBe(400);
    expect((await errorOf(unknownTeam)).code).toBe("unknown_team");
  });

  it.each([
    ["disable", { disabled: true }],
    ["demote", { role: "trainer" }],
  ])("will not let an admin %s their own account", async (_label, patch) => {
    const response = await admin.call("PATCH", `/api/users/${adminId}`, patch);
    expect(response.status).toBe(409);
    expect((await errorOf(response)).code).toBe("self_lockout");
    expect((await admin.call("GET", "/api/auth/me")).status).toBe(200);
  });
});

describe("isolation: trainers and learners are not admins", () => {
  const newUser = { name: "X", email: "x@example.com", role: "admin", password: PASSWORD };
  it.each([
    ["list users", "GET", "/api/users", undefined],
    ["read a user", "GET", "/api/users/{learner}", undefined],
    ["create a user", "POST", "/api/users", newUser],
    ["promote a user", "PATCH", "/api/users/{learner}", { role: "admin" }],
    ["list teams", "GET", "/api/teams", undefined],
    ["create a team", "POST", "/api/teams", { name: "Trainer's own" }],
    ["rename a team", "PATCH", "/api/teams/{north}", { name: "Renamed" }],
  ])("a trainer cannot %s", async (_label, method, template, body) => {
    const trainer = await signIn(parley, "trainer@example.com", PASSWORD);
    const url = template.replace("{learner}", users.learner.id).replace("{north}", teams.north);
    const response = await trainer.call(method, url, body);
    expect(response.status).toBe(403);
    expect((await errorOf(response)).code).toBe("forbidden");
    expect((await admin.json<{ user: User }>("GET", `/api/users/${users.learner.id}`)).user.role).toBe("learner");
    expect(
      (await admin.json<{ items: { name: string }[] }>("GET", "/api/teams")).items.map((t) => t.name),
    ).not.toContain("Renamed");
  });

  it("a trainer sees their own team's calls but not another team's", async () => {
    const learner = await signIn(parley, "learner@example.com", PASSWORD);
    const rival = await signIn(parley, "rival@example.com", PASSWORD);
    const trainer = await signIn(parley, "trainer@example.com", PASSWORD);
    const start = async (who: Client) =>
      (await who.json<{ session: { id: string } }>("POST", "/api/sessions", { personaId: "cancel-after-outages" }))
        .session.id;
    const ownTeam = await start(learner);
    const otherTeam = await start(rival);

    expect((await trainer.call("GET", `/api/sessions/${ownTeam}`)).status).toBe(200);
    const hidden = await trainer.call("GET", `/api/sessions/${otherTeam}`);
    expect(hidden.status).toBe(404);
    expect((await trainer.call("POST", "/api/grade", { sessionId: otherTeam })).status).toBe(404);
    const listed = (await trainer.json<{ items: { id: string }[] }>("GET", "/api/sessions")).items.map(
      (item) => item.id,
    );
    expect(listed).toContain(ownTeam);
    expect(listed).not.toContain(otherTeam);
  });

  it("a user sees and revokes only their own API tokens", async () => {
    const learner = await signIn(parley, "learner@example.com", PASSWORD);
    const rival = await signIn(parley, "rival@example.com", PASSWORD);
    const { token } = await learner.json<{ token: { id: string } }>("POST", "/api/tokens", { name: "laptop" });
    expect((await rival.json<{ items: { id: string }[] }>("GET", "/api/tokens")).items.map((t) => t.id)).not.toContain(
      token.id,
    );
    expect((await rival.call("DELETE", `/api/tokens/${token.id}`)).status).toBe(404);
    expect((await learner.call("DELETE", `/api/tokens/${token.id}`)).status).toBe(200);
    const mine = await learner.json<{ items: { id: string; revokedAt: number | null }[] }>("GET", "/api/tokens");
    expect(mine.items.find((t) => t.id === token.id)?.revokedAt).toEqual(expect.any(Number));
  });
});

describe("local mode", () => {
  it("has no accounts to manage and needs no tokens, and a token of the local user never opens an accounts server", async () => {
    const local = await startTestRuntime();
    for (const [url, body] of [
      ["/api/users", { name: "X", email: "x@example.com", role: "learner", password: PASSWORD }],
      ["/api/teams", { name: "X" }],
      ["/api/tokens", { name: "X" }],
    ] as const) {
      const response = await local.json("POST", url, body);
      expect(response.status).toBe(400);
      expect((await errorOf(response)).code).toBe("local_mode");
    }
    expect(await (await local.json("GET", "/api/users")).json()).toEqual({ items: [] });
    await local.close();

    // A token stored for the local user (say, from an older version) is refused once accounts are on.
    const { createUserStore } = await import("../db/user-store");
    const { token } = await createUserStore(parley.db).createToken("local", "old");
    const response = await parley.app.request("/api/auth/me", { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(401);
  });
});
