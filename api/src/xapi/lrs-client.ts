import type { LrsConfig } from "../config-xapi";
import { XAPI_VERSION } from "./vocabulary";

/** What became of one try: stored (or already held) by the LRS; try again later; or refused for good. */
export type DeliveryOutcome = { kind: "sent" } | { kind: "retry"; reason: string } | { kind: "park"; reason: string };

/**
 * The LRS answer's meaning for the outbox. 409: the LRS already holds a statement with this id
 * (sent before, maybe by a try whose answer was lost), so it counts as sent. 429, 408 and 5xx are
 * passing trouble; 401 and 403 are Parley's credentials, not the statement, so they wait for the
 * configuration to be fixed rather than park every statement. Any other 4xx is about the
 * statement itself: parked, with the LRS's reason.
 */
export function outcomeOf(status: number, body: string): DeliveryOutcome {
  if ((status >= 200 && status < 300) || status === 409) return { kind: "sent" };
  const reason = `LRS answered ${status}${body ? `: ${body.replace(/\s+/g, " ").slice(0, 300)}` : ""}`;
  if (status >= 400 && status < 500 && ![401, 403, 408, 429].includes(status)) return { kind: "park", reason };
  return { kind: "retry", reason };
}

/** PUTs one statement under its own id (`PUT <endpoint>/statements?statementId=`), so a repeat is a no-op. */
export async function putStatement(
  lrs: Pick<LrsConfig, "endpoint" | "username" | "password" | "timeoutMs">,
  statement: { id: string },
): Promise<DeliveryOutcome> {
  const url = `${lrs.endpoint}/statements?statementId=${encodeURIComponent(statement.id)}`;
  try {
    const response = await fetch(url, {
      method: "PUT",
      headers: {
        authorization: `Basic ${Buffer.from(`${lrs.username}:${lrs.password}`).toString("base64")}`,
        "content-type": "application/json",
        "x-experience-api-version": XAPI_VERSION,
      },
      body: JSON.stringify(statement),
      signal: AbortSignal.timeout(lrs.timeoutMs),
    });
    const body = response.ok ? (await response.body?.cancel(), "") : await response.text().catch(() => "");
    return outcomeOf(response.status, body);
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { kind: "retry", reason: `LRS unreachable: ${cause ?? (error as Error).message}` };
  }
}
