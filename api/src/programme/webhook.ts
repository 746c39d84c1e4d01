import { createHmac } from "node:crypto";

export interface WebhookConfig {
  url: string;
  secret: string;
  /** Tries after the first (each after a doubling wait). */
  retries: number;
  /** The first wait between tries; doubles each time. */
  backoffMs: number;
  timeoutMs: number;
}

/** An event Parley sends to the configured webhook. */
export interface WebhookEvent {
  id: string;
  type: string;
  occurredAt: string;
  [key: string]: unknown;
}

export type SendEvent = (event: WebhookEvent) => void;

/** `sha256=` + HMAC-SHA256(secret, `${timestamp}.${body}`) in hex: what a receiver recomputes to trust a delivery. */
export function signature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends events to the webhook in the background: `send` returns at once, so no request ever waits
 * on the receiver. A delivery is retried on a network error, a timeout, 429 or 5xx; other answers
 * are final. Each try is signed afresh (X-Parley-Timestamp, X-Parley-Signature); the event id in
 * the body lets the receiver drop duplicates. `settled` resolves when every send so far is done.
 */
export function createWebhook(config: WebhookConfig, log: (line: string) => void = () => {}) {
  const pending = new Set<Promise<void>>();

  async function deliver(event: WebhookEvent) {
    const body = JSON.stringify(event);
    for (let attempt = 0; attempt <= config.retries; attempt++) {
      if (attempt > 0) await wait(config.backoffMs * 2 ** (attempt - 1));
      const timestamp = String(Math.floor(Date.now() / 1000));
      try {
        const response = await fetch(config.url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "x-parley-event": event.type,
            "x-parley-timestamp": timestamp,
            "x-parley-signature": signature(config.secret, timestamp, body),
          },
          body,
          signal: AbortSignal.timeout(config.timeoutMs),
        });
        await response.body?.cancel();
        if (response.ok) return;
        if (response.status !== 429 && response.status < 500) {
          log(`webhook: ${event.type} ${event.id} refused with ${response.status}; not retried`);
          return;
        }
        log(`webhook: ${event.type} ${event.id} answered ${response.status} (try ${attempt + 1})`);
      } catch (error) {
        log(`webhook: ${event.type} ${event.id} failed (try ${attempt + 1}): ${(error as Error).message}`);
      }
    }
    log(`webhook: ${event.type} ${event.id} given up after ${config.retries + 1} tries`);
  }

  return {
    send(event: WebhookEvent) {
      const delivery = deliver(event).finally(() => pending.delete(delivery));
      pending.add(delivery);
    },
    settled: async () => {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}

export type Webhook = ReturnType<typeof createWebhook>;
