import { serve } from "@hono/node-server";
import { ConfigError, readConfig } from "./config";
import { createRuntime } from "./runtime";

async function main() {
  const config = readConfig();
  const runtime = await createRuntime(config, (line) => console.warn(line));
  const server = serve({ fetch: runtime.app.fetch, port: config.port, hostname: config.host }, (info) => {
    const engine = config.engine === "model" ? `model (${config.model.baseURL ?? "api.openai.com"})` : "offline";
    console.log(`Parley listening on http://${info.address}:${info.port}  engine: ${engine}  db: ${config.dbPath}`);
  });
  const stop = () => {
    server.close();
    runtime.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
