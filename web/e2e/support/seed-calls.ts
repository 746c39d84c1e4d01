import { expect } from "vitest";

/** A rep who acknowledges, asks about the impact, then makes one offer: passes the retention rubric offline. */
export const GOOD_LINES = [
  "Hi Dana, I'm Sam. I'm so sorry, three outages in a month is not acceptable, and losing a client call because of us sounds awful.",
  "How have the outages affected your work this month?",
  "I can put a full month's credit on your account and send a technician out this week. Would that help?",
];

/** A rep who pitches, tells her to calm down and transfers her: fails it. */
export const BAD_LINES = [
  "Before you go, have you heard about our new bundle deal?",
  "Please calm down.",
  "Let me transfer you to another department.",
];

/** The API as one signed-in person (cookie kept), for seeding calls the way the web app makes them. */
export async function apiAs(url: string, email: string, password: string) {
  const login = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  expect(login.status).toBe(200);
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  return async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { "content-type": "application/json", cookie },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: text.startsWith("{") ? (JSON.parse(text) as Record<string, unknown>) : text,
    };
  };
}
export type Api = Awaited<ReturnType<typeof apiAs>>;

/** One offline exam call with Dana, played and ended through the API; its session id. */
export async function playCall(api: Api, lines: readonly string[]): Promise<string> {
  const started = await api("POST", "/api/sessions", { personaId: "cancel-after-outages", mode: "exam" });
  expect(started.status).toBe(201);
  const id = (started.body as { session: { id: string } }).session.id;
  for (const text of lines) {
    const turn = await api("POST", `/api/sessions/${id}/turns`, { text });
    if (turn.status !== 200 || String(turn.body).includes('"ended":true')) break;
  }
  expect((await api("POST", `/api/sessions/${id}/end`)).status).toBe(200);
  return id;
}
