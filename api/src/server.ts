import type { AddressInfo } from "node:net";
import { createAdaptorServer } from "@hono/node-server";
import { askForFirstAdmin } from "./auth/ask-admin";
import { ConfigError, describeDatabase, readConfig } from "./config";
import { detectMoves } from "./conversation/detect-moves";
import { loadLanguageModel } from "./conversation/read-turn";
import { createRuntime } from "./runtime";

/** A rep line of the common kinds (sorry, impact, an offer, a question), read once the server listens. */
const RULES_WARM_UP_LINE =
  "I'm so sorry about the outages, that must have been awful for your work. I can cancel today, or credit you a month: how has it affected you?";

/** How long a shutdown waits for turns in flight (a model reply streams in seconds). */
const DRAIN_MS = 30_000;

async function main() {
  const config = readConfig();
  const runtime = await createRuntime(config, { log: (line) => console.warn(line) });
  // The offline reader's language model (wink-nlp), loaded now so no rep's first turn waits for it.
  console.log(`Language model (wink-eng-lite-web-model) loaded in ${Math.round(loadLanguageModel())} ms`);
  if (await runtime.needsAdmin()) {
    const admin = await askForFirstAdmin();
    if (!admin) {
      console.error(
        "Parley has no admin account. For the first start, set PARLEY_ADMIN_EMAIL and PARLEY_ADMIN_PASSWORD (12+ characters), or start it in a terminal to be asked.",
      );
      process.exit(1);
    }
    await runtime.createAdmin(admin);
    console.log(`Created the admin account ${admin.email}.`);
  }
  const server = createAdaptorServer({ fetch: runtime.app.fetch });
  server.on("error", (error: NodeJS.ErrnoException) => {
    console.error(listenFailure(error, config.host, config.port));
    void runtime.close().finally(() => process.exit(1));
  });
  // Node's default accept queue (511) overflows when hundreds of reps connect at once (BENCHMARKS.md).
  server.listen({ port: config.port, host: config.host, backlog: 4096 }, () => {
    const info = server.address() as AddressInfo;
    const engine = config.engine === "model" ? `model (${config.model.baseURL ?? "api.openai.com"})` : "offline";
    console.log(
      `Parley listening on http://${info.address}:${info.port}  engine: ${engine}  db: ${describeDatabase(config)}`,
    );
    if (config.auth.mode === "local")
      console.log(
        "Local mode: one user, no sign-in, reachable from this machine only (PARLEY_AUTH=accounts to serve a team).",
      );
    // The move rules' first reading in a process compiles them (~140 ms of CPU, BENCHMARKS.md 6f): done
    // here, after listening (start-up is not delayed), so it never stalls the first graded turn's calls.
    setImmediate(() => {
      const started = performance.now();
      detectMoves(RULES_WARM_UP_LINE);
      console.log(`Move rules ready in ${Math.round(performance.now() - started)} ms`);
    });
  });
  // "Due soon" notifications come from the clock, not from a request: check every 15 minutes.
  const sweep = () =>
    runtime.sweepProgramme().catch((error: unknown) => console.warn(`programme sweep: ${String(error)}`));
  void sweep();
  const sweeper = setInterval(sweep, 15 * 60_000);
  sweeper.unref();
  // SIGTERM (a deploy, a scale-down): take no new turns, let the ones streaming finish, then exit.
  // With PARLEY_DRAIN_NOTICE_MS, first keep listening that long with /api/ready answering 503, so a
  // load balancer's health check takes this replica out before it stops accepting connections.
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    clearInterval(sweeper);
    runtime.drain();
    const noticeMs = signal === "SIGTERM" ? config.drainNoticeMs : 0;
    if (noticeMs > 0) console.log(`Draining: /api/ready answers 503 for ${noticeMs} ms, then listening stops.`);
    setTimeout(() => closeWhenDone(), noticeMs);
  };
  const closeWhenDone = () => {
    const cut = setTimeout(() => {
      console.error(`Shutting down: turns still streaming after ${DRAIN_MS / 1000} s were cut off.`);
      void runtime.close().finally(() => process.exit(1));
    }, DRAIN_MS);
    cut.unref();
    // Stops listening and closes idle connections; the callback runs once the last response is done.
    server.close(() => {
      clearTimeout(cut);
      void runtime.close().finally(() => process.exit(0));
    });
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
/** Why the server could not listen, in words an operator can act on (not a stack). */
function listenFailure(error: NodeJS.ErrnoException, host: string, port: number): string {
  if (error.code === "EADDRINUSE")
    return `Port ${port} on ${host} is already in use (is another Parley running?). Stop it, or start this one with PORT=<another port>.`;
  if (error.code === "EACCES")
    return `Not allowed to listen on ${host}:${port} (ports below 1024 need privileges); choose PORT=8787 or another above 1024.`;
  if (error.code === "EADDRNOTAVAIL")
    return `HOST=${host} is not an address of this machine; use 127.0.0.1 or 0.0.0.0.`;
  return `Parley could not listen on ${host}:${port}: ${error.message}`;
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error instanceof Error ? error.message : error);
  process.exit(1);
});
