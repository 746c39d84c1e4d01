/**
 * CPU of Parley's model gateway alone, in this process: one structured call (a small JSON schema)
 * and one streamed 20-word reply per round, against the bench's fake model (its own process, no
 * latency). Five batches; prints ms of this process's CPU per round for each and their median.
 *
 *   node --import tsx bench/gateway-cpu.ts [rounds, default 300]
 */
import { z } from "zod";
import { createLlmGateway } from "../api/src/llm/gateway";
import { startFakeModel } from "./processes";
import { median } from "./stats";

const rounds = Number(process.argv[2] ?? 300);
const fake = await startFakeModel({ latencyMs: 0, chunkDelayMs: 0, replyWords: 20, moves: [], recordMessages: false });
const gateway = createLlmGateway({ baseURL: fake.url, apiKey: "bench", timeoutMs: 60_000, maxRetries: 0 });
const schema = z.object({ moves: z.array(z.string()) });
const messages = [
  { role: "system" as const, content: "You read the rep's moves. ".repeat(80) },
  { role: "user" as const, content: "The rep said hello there. ".repeat(20) },
];
const context = { model: "gpt-4o-mini", purpose: "persona.moves" };

async function round() {
  await gateway.structured(context, messages, schema, "moves");
  let reply = "";
  for await (const delta of gateway.streamChat({ ...context, purpose: "persona.reply" }, messages)) reply += delta;
  if (reply.length === 0) throw new Error("the fake streamed no reply");
}

for (let i = 0; i < 50; i++) await round(); // warm-up: JIT, connections
const batches: number[] = [];
for (let batch = 0; batch < 5; batch++) {
  const before = process.cpuUsage();
  for (let i = 0; i < rounds / 5; i++) await round();
  const { user, system } = process.cpuUsage(before);
  batches.push((user + system) / 1000 / (rounds / 5));
}
console.log(
  `gateway CPU ms per round (structured + 20-chunk stream): ${batches.map((ms) => ms.toFixed(2)).join(" ")}; median ${median(batches).toFixed(2)}`,
);
await fake.close();
