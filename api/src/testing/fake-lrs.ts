import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { isDeepStrictEqual } from "node:util";
import { statementProblems } from "../xapi/validate-statement";

export const LRS_USER = "parley-key";
export const LRS_PASSWORD = "parley-secret";

/**
 * A local Learning Record Store on 127.0.0.1 that does what the xAPI 1.0.3 statement resource
 * does with `PUT /xapi/statements?statementId=`: checks basic auth and the version header,
 * refuses an invalid statement (400), stores a new id (204), treats the same statement again as a
 * no-op (204) and a different one under a stored id as a conflict (409). `down()` stops listening
 * (connections are refused) and `up()` comes back on the same port; `refuse` answers chosen ids
 * with a status of the test's choosing.
 */
export async function startFakeLrs() {
  const stored: { id: string; statement: Record<string, unknown> }[] = [];
  const requests: { id: string; status: number }[] = [];
  const refuse = new Map<string, number>();
  let port = 0;
  let server: Server | null = null;

  function answer(request: IncomingMessage, response: ServerResponse, body: string) {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const id = url.searchParams.get("statementId") ?? "";
    const reply = (status: number, text = "") => {
      requests.push({ id, status });
      response.writeHead(status, { "content-type": "text/plain", "x-experience-api-version": "1.0.3" }).end(text);
    };
    const auth = Buffer.from(`${LRS_USER}:${LRS_PASSWORD}`).toString("base64");
    if (request.headers.authorization !== `Basic ${auth}`) return reply(401, "bad credentials");
    if (request.method !== "PUT" || url.pathname !== "/xapi/statements") return reply(404, "no such resource");
    if (request.headers["x-experience-api-version"] !== "1.0.3") return reply(400, "X-Experience-API-Version missing");
    const refused = refuse.get(id);
    if (refused) return reply(refused, `refused ${id} as the test asked`);
    let statement: Record<string, unknown>;
    try {
      statement = JSON.parse(body) as Record<string, unknown>;
    } catch {
      return reply(400, "not JSON");
    }
    const problems = statementProblems(statement);
    if (problems.length > 0) return reply(400, problems.join("; "));
    if (statement.id !== id) return reply(400, "statementId does not match the statement's id");
    const existing = stored.find((entry) => entry.id === id);
    if (existing) return reply(isDeepStrictEqual(existing.statement, statement) ? 204 : 409, "");
    stored.push({ id, statement });
    return reply(204);
  }

  async function up() {
    server = createServer((request, response) => {
      let body = "";
      request.setEncoding("utf8");
      request.on("data", (chunk: string) => (body += chunk));
      request.on("end", () => answer(request, response, body));
    });
    const listening = server;
    await new Promise<void>((resolve) => listening.listen(port, "127.0.0.1", resolve));
    port = (listening.address() as AddressInfo).port;
  }

  async function down() {
    const closing = server;
    server = null;
    if (!closing) return;
    closing.closeAllConnections();
    await new Promise<void>((resolve) => closing.close(() => resolve()));
  }

  await up();
  return {
    endpoint: `http://127.0.0.1:${port}/xapi/`,
    /** Statements stored, in the order they arrived (each id once). */
    stored,
    /** Every PUT answered, with its status (repeats included). */
    requests,
    refuse,
    up,
    down,
    close: down,
  };
}

export type FakeLrs = Awaited<ReturnType<typeof startFakeLrs>>;
