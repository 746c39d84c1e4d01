import pLimit from "p-limit";
import { DomainError } from "../errors";

/**
 * Where failed sign-ins are counted. The server keeps them in the database (db/throttle-store.ts),
 * so the backoff holds whichever replica a sign-in reaches; the memory store is for unit tests.
 */
export interface AttemptStore {
  get(key: string): Promise<{ failures: number; lastAt: number } | undefined>;
  fail(key: string, at: number): Promise<void>;
  clear(key: string): Promise<void>;
}

export function memoryAttemptStore(): AttemptStore {
  const entries = new Map<string, { failures: number; lastAt: number }>();
  return {
    get: async (key) => entries.get(key),
    async fail(key, at) {
      const entry = entries.get(key);
      entries.set(key, { failures: (entry?.failures ?? 0) + 1, lastAt: at });
    },
    clear: async (key) => void entries.delete(key),
  };
}

export interface ThrottleSettings {
  /** Wrong passwords allowed per account (and per address, ×4) before backoff starts. */
  freeFailures: number;
  /** The first wait after the free failures; it doubles with each further failure. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Password hashes computed at once (scrypt uses 32 MiB and a thread-pool thread each). */
  concurrentHashes: number;
  /** Sign-ins from one address waiting or being checked at once; more answer 429 at once. */
  pendingPerAddress: number;
}

export const DEFAULT_THROTTLE: ThrottleSettings = {
  freeFailures: 5,
  baseDelayMs: 1_000,
  maxDelayMs: 15 * 60_000,
  concurrentHashes: 2,
  pendingPerAddress: 4,
};

/**
 * Sign-in throttling per account and per address: a few free wrong passwords, then exponential
 * backoff answered with 429 `rate_limited` and `retryAfterSeconds`, before any password is hashed.
 * A few attempts per address may wait at once (more answer 429 at once), and at most
 * `concurrentHashes` overall, so a flood cannot fill the thread pool and stall other users. Those
 * two are per process on purpose: they guard this process's thread pool, not an account.
 */
export function createLoginThrottle(
  settings: ThrottleSettings = DEFAULT_THROTTLE,
  store: AttemptStore = memoryAttemptStore(),
  now = () => Date.now(),
) {
  const hashing = pLimit(settings.concurrentHashes);
  const pending = new Map<string, number>();
  const keys = (email: string, address: string) => [
    { key: `account:${email.toLowerCase()}`, free: settings.freeFailures },
    { key: `address:${address}`, free: settings.freeFailures * 4 },
  ];
  const waitFor = async (key: string, free: number) => {
    const entry = await store.get(key);
    if (!entry || entry.failures < free) return 0;
    const delay = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** (entry.failures - free));
    return Math.max(0, entry.lastAt + delay - now());
  };
  const refuse = (ms: number, why: string): never => {
    const retryAfterSeconds = Math.max(1, Math.ceil(ms / 1000));
    throw new DomainError("rate_limited", `${why} Try again in ${retryAfterSeconds} s.`, { retryAfterSeconds });
  };

  return {
    /** Runs `verify` (the password check) unless throttled; counts a failure when it says false. */
    async attempt<T extends { ok: boolean }>(email: string, address: string, verify: () => Promise<T>): Promise<T> {
      for (const { key, free } of keys(email, address)) {
        const wait = await waitFor(key, free);
        if (wait > 0) refuse(wait, "Too many wrong passwords.");
      }
      const inFlight = pending.get(address) ?? 0;
      if (inFlight >= settings.pendingPerAddress) refuse(1000, "Too many sign-ins from this address at once.");
      pending.set(address, inFlight + 1);
      try {
        const result = await hashing(verify);
        const at = now();
        if (result.ok) await store.clear(`account:${email.toLowerCase()}`);
        else for (const { key } of keys(email, address)) await store.fail(key, at);
        return result;
      } finally {
        const left = (pending.get(address) ?? 1) - 1;
        if (left > 0) pending.set(address, left);
        else pending.delete(address);
      }
    },
  };
}
export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
