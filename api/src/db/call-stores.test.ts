import { afterEach, beforeEach, expect, it, vi } from "vitest";
import type { Scorecard, TurnFeedback } from "../grading/types";
import { createCallStores } from "../practice/call-stores";
import { describeEachDialect, openFreshDatabase, TEST_CALL } from "../testing/databases";
import { createBudgetStore } from "./budget-store";
import { type Db, exec } from "./database";
import { createJudgementCache } from "./judgement-cache";
import { createTeamCalls } from "./team-calls";
import type { StoredTurn } from "./turn-store";
import { createModelCallLog, recordModelCall } from "./usage-store";
import { createUserStore, LOCAL_USER_ID } from "./user-store";

// The stores a call lives in, on each database: the same calls give the same answers.

const call = TEST_CALL;
const line = (role: StoredTurn["role"], text: string): Omit<StoredTurn, "index"> =>
  ({
    role,
    text,
    at: Date.now(),
    engine: null,
    model: null,
    state: role === "customer" ? { mood: 0.2, moves: ["apology"] } : null,
    change: null,
    quality: null,
  }) as Omit<StoredTurn, "index">;
const card = (overall: number, score: number) =>
  ({
    overall,
    passed: overall >= 3,
    rubric: { id: "retention-call", version: 1 },
    engine: "offline",
    model: null,
    criteria: [{ id: "empathy", name: "Empathy", score }],
    createdAt: Date.now(),
  }) as unknown as Scorecard;
const note = (turn: number, tip: string) => ({ turn, tip, engine: "offline", model: null }) as unknown as TurnFeedback;

describeEachDialect("the call stores", (dialect) => {
  let db: Db;
  let close: () => Promise<void>;
  let stores: ReturnType<typeof createCallStores>;
  beforeEach(async () => {
    ({ db, close } = await openFreshDatabase(dialect));
    stores = createCallStores(db);
    await createUserStore(db).ensureLocalUser();
  });
  afterEach(() => close());

  it("creates a call with its opening turns, reads it back, and appends turns at the next index", async () => {
    const row = await stores.sessions.create(call, [line("customer", "I want to cancel.")]);
    expect(await stores.sessions.get(row.id)).toEqual(row);
    expect(row).toMatchObject({ status: "active", sandbox: false, turnLockedAt: null, endedAt: null });
    expect(await stores.sessions.owner(row.id)).toEqual({ userId: LOCAL_USER_ID, teamId: null });
    expect(await stores.sessions.get("no-such-call")).toBeUndefined();

    const rep = await stores.turns.appendTurn(row.id, line("rep", "I'm sorry."));
    const reply = await stores.turns.appendTurn(row.id, line("customer", "Fine."));
    expect([rep.index, reply.index]).toEqual([1, 2]);
    const turns = await stores.turns.turns(row.id);
    expect(turns.map((turn) => [turn.index, turn.role, turn.text])).toEqual([
      [0, "customer", "I want to cancel."],
      [1, "rep", "I'm sorry."],
      [2, "customer", "Fine."],
    ]);
    expect(turns[0]?.state).toEqual({ mood: 0.2, moves: ["apology"] });
    // Another call's turns start at 0 again.
    const other = await stores.sessions.create(call, []);
    expect((await stores.turns.appendTurn(other.id, line("rep", "Hello"))).index).toBe(0);
  });

  it("fills in a spoken turn, cuts only customer turns, and counts recent rep turns", async () => {
    const row = await stores.sessions.create(call, [line("customer", "Hello, I want to cancel today.")]);
    const spoken = await stores.turns.appendTurn(row.id, { ...line("rep", ""), audioPath: "a/b.webm" });
    const voice = { format: "webm", durationMs: 1200 } as never;
    const filled = await stores.turns.updateSpokenTurn(row.id, spoken.index, { text: "Sorry to hear that", voice });
    expect(filled).toMatchObject({ text: "Sorry to hear that", voice, audioPath: "a/b.webm" });
    await expect(stores.turns.updateSpokenTurn(row.id, 99, { text: "x", voice })).rejects.toThrow(/no turn 99/);

    const quality = { attempts: 1, rejected: [], repaired: false };
    await stores.turns.cutTurn(row.id, 0, { text: "Hello,", quality });
    await stores.turns.cutTurn(row.id, 1, { text: "never", quality });
    const turns = await stores.turns.turns(row.id);
    expect(turns.map((turn) => turn.text)).toEqual(["Hello,", "Sorry to hear that"]);
    expect(turns[0]?.quality).toEqual(quality);

    expect(await stores.turns.repTurnsSince(LOCAL_USER_ID, Date.now() - 60_000)).toBe(1);
    expect(await stores.turns.repTurnsSince(LOCAL_USER_ID, Date.now() + 1)).toBe(0);
    expect(await stores.sessions.abandon(row.id)).toBe(true);
    expect(await stores.turns.repTurnsSince(LOCAL_USER_ID, Date.now() - 60_000)).toBe(0);
  });

  it("keeps the first feedback per turn and the first scorecard, and forks a call with what came before", async () => {
    const row = await stores.sessions.create(call, [line("customer", "Cancel it.")]);
    await stores.turns.appendTurn(row.id, line("rep", "Sorry."));
    await stores.turns.appendTurn(row.id, line("customer", "Hm."));
    await stores.turns.appendTurn(row.id, line("rep", "Let me help."));
    await stores.results.saveFeedback(row.id, note(3, "later"));
    await stores.results.saveFeedback(row.id, note(1, "first"));
    await stores.results.saveFeedback(row.id, note(1, "again"));
    expect((await stores.results.feedback(row.id)).map((item) => [item.turn, item.tip])).toEqual([
      [1, "first"],
      [3, "later"],
    ]);

    const fork = await stores.sessions.fork(row, 3);
    expect(fork).toMatchObject({ forkedFrom: row.id, forkedAtTurn: 3, status: "active" });
    expect((await stores.turns.turns(fork.id)).map((turn) => turn.text)).toEqual(["Cancel it.", "Sorry.", "Hm."]);
    expect((await stores.results.feedback(fork.id)).map((item) => item.turn)).toEqual([1]);

    expect(await stores.results.scorecard(row.id)).toBeNull();
    await stores.results.saveScorecard(row.id, card(3.5, 4));
    await stores.results.saveScorecard(row.id, card(1, 1));
    expect((await stores.results.scorecard(row.id))?.overall).toBe(3.5);
  });

  it("lists calls by scope with their scorecard summary, leaving out sandbox and abandoned calls", async () => {
    const users = createUserStore(db);
    const team = await users.createTeam("North");
    const ann = await users.create({
      name: "Ann",
      email: "ann@x.test",
      role: "learner",
      passwordHash: "h",
      teamId: team.id,
    });
    const tom = await users.create({
      name: "Tom",
      email: "tom@x.test",
      role: "trainer",
      passwordHash: "h",
      teamId: team.id,
    });
    const annCall = await stores.sessions.create({ ...call, userId: ann.id }, []);
    await stores.results.saveScorecard(annCall.id, card(4, 4));
    const localCall = await stores.sessions.create(call, []);
    await stores.sessions.create({ ...call, userId: ann.id, sandbox: true }, []);
    const dropped = await stores.sessions.create({ ...call, userId: ann.id }, []);
    await stores.sessions.abandon(dropped.id);

    const ids = async (scope: Parameters<typeof stores.sessions.list>[0]) =>
      (await stores.sessions.list(scope)).map((item) => item.id);
    expect(await ids({ kind: "own", userId: ann.id })).toEqual([annCall.id]);
    expect(await ids({ kind: "team", userId: tom.id, teamId: team.id })).toEqual([annCall.id]);
    expect((await ids({ kind: "all" })).sort()).toEqual([annCall.id, localCall.id].sort());
    const [listed] = await stores.sessions.list({ kind: "own", userId: ann.id });
    expect(listed?.scorecard).toEqual({
      overall: 4,
      passed: true,
      criteria: [{ id: "empathy", name: "Empathy", score: 4 }],
    });

    const calls = createTeamCalls(db);
    const scored = await calls.scoredCalls({ kind: "team-learners", teamId: team.id });
    expect(scored).toEqual([
      expect.objectContaining({
        userId: ann.id,
        userName: "Ann",
        criteria: [{ id: "empathy", name: "Empathy", score: 4 }],
      }),
    ]);
    expect(await calls.scoredCalls({ kind: "all" })).toHaveLength(1);
  });

  it("records model calls, sums today's tokens per user and team, and caches judgements", async () => {
    const users = createUserStore(db);
    const team = await users.createTeam("South");
    const ann = await users.create({
      name: "Ann",
      email: "ann@y.test",
      role: "learner",
      passwordHash: "h",
      teamId: team.id,
    });
    const base = { sessionId: null, purpose: "persona.reply", model: "m", latencyMs: 5, ok: true, error: null };
    await recordModelCall(db, { ...base, userId: ann.id, promptTokens: 100, completionTokens: 20 });
    await recordModelCall(db, { ...base, userId: ann.id, promptTokens: 5, completionTokens: null });
    await recordModelCall(db, { ...base, userId: LOCAL_USER_ID, promptTokens: 1000, completionTokens: 1 });
    const budgets = createBudgetStore(db);
    expect(await budgets.userTokensToday(ann.id)).toBe(125);
    expect(await budgets.teamTokensToday(team.id)).toBe(125);
    expect(await budgets.userTokensToday(ann.id, Date.now() + 86_400_000)).toBe(0);
    expect(await budgets.userTokensToday("nobody")).toBe(0);

    const cache = createJudgementCache(db);
    expect(await cache.get("k")).toBeNull();
    await cache.set("k", "m", { criteria: [{ id: "a", score: 3 }] });
    await cache.set("k", "m", { criteria: [] });
    expect(await cache.get("k")).toEqual({ criteria: [{ id: "a", score: 3 }] });
  });

  it("holds a turn's model-call records until it ends, then writes them all charged to the session's owner", async () => {
    const owners: string[] = [];
    const log = createModelCallLog(db, async (sessionId) => {
      owners.push(sessionId);
      return sessionId === "s1" ? "owner-1" : null;
    });
    const rows = async () =>
      (await db.orm.select().from(db.tables.modelCalls)).map((row) => [row.sessionId, row.purpose, row.userId]);
    const base = { model: "m", promptTokens: 3, completionTokens: 1, latencyMs: 5, ok: true, error: null };

    const flush = log.hold("s1");
    for (let i = 0; i < 10; i++) log.record({ ...base, sessionId: "s1", purpose: `call ${i}` });
    log.record({ ...base, sessionId: "s2", purpose: "other call" });
    log.record({ ...base, sessionId: null, userId: "lee", purpose: "pasted" });
    await vi.waitFor(async () => expect(await rows()).toHaveLength(2));
    expect(await rows()).toEqual(
      expect.arrayContaining([
        ["s2", "other call", null],
        [null, "pasted", "lee"],
      ]),
    );
    expect(await rows()).toHaveLength(2);

    await flush();
    expect(await rows()).toHaveLength(12);
    expect((await rows()).filter(([session]) => session === "s1")).toEqual(
      Array.from({ length: 10 }, (_, i) => ["s1", `call ${i}`, "owner-1"]),
    );
    expect(owners.filter((id) => id === "s1")).toHaveLength(1);

    log.record({ ...base, sessionId: "s1", purpose: "after the turn" });
    await vi.waitFor(async () => expect(await rows()).toHaveLength(13));
  });

  it("runs a transaction's writes together: a body that throws leaves nothing behind", async () => {
    const { teams } = db.tables;
    const failed = db.transaction(function* (tx) {
      yield* exec(tx.insert(teams).values({ id: "t1", name: "Kept?", createdAt: 1 }));
      throw new Error("changed my mind");
    });
    await expect(failed).rejects.toThrow("changed my mind");
    const kept = await db.transaction(function* (tx) {
      yield* exec(tx.insert(teams).values({ id: "t2", name: "Kept", createdAt: 1 }));
      return yield* exec(tx.select().from(teams));
    });
    expect(kept.map((team) => team.id)).toEqual(["t2"]);
    expect((await db.orm.select().from(teams)).map((team) => team.id)).toEqual(["t2"]);
  });
});
