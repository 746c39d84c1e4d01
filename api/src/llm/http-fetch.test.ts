import { createServer } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeOpenAIServer, startFakeOpenAI } from "../testing/fake-openai-server";
import { createChatFetch } from "./http-fetch";

// The fetch the SDK is given for chat completions must answer and fail as Node's fetch does, or the
// SDK's retries and timeouts would misread it (the gateway's own tests cover the SDK on top of it).

let fake: FakeOpenAIServer;
const chatFetch = createChatFetch();
const post = (body: unknown, init: RequestInit = {}) =>
  chatFetch(`${fake.url}/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: "Bearer test" },
    body: JSON.stringify(body),
    ...init,
  });

beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(() => fake?.close());
beforeEach(() => fake.reset());

describe("the chat completions fetch", () => {
  it("sends the request as given and reads a JSON answer", async () => {
    fake.enqueue("chat", { kind: "text", content: "Hello there." });
    const response = await post({ model: "m", messages: [{ role: "user", content: "hi" }] });
    expect(response.status).toBe(200);
    expect(response.ok).toBe(true);
    expect(response.headers.get("content-type")).toMatch(/json/);
    const answer = (await response.json()) as { choices: { message: { content: string } }[] };
    expect(answer.choices[0]?.message.content).toBe("Hello there.");
    const sent = fake.requests.at(-1)!;
    expect(sent.headers.authorization).toBe("Bearer test");
  });

  it("sends headers given as a Headers object (as the SDK gives them) the same way", async () => {
    fake.enqueue("chat", { kind: "text", content: "Hi." });
    const headers = new Headers({ "Content-Type": "application/json", Authorization: "Bearer as-headers" });
    headers.append("X-Stainless-Retry-Count", "0");
    const response = await post({ model: "m", messages: [{ role: "user", content: "hi" }] }, { headers });
    expect(response.status).toBe(200);
    const sent = fake.requests.at(-1)!;
    expect(sent.headers).toMatchObject({
      "content-type": "application/json",
      authorization: "Bearer as-headers",
      "x-stainless-retry-count": "0",
    });
  });

  it("gives a stream's body as byte chunks, in order", async () => {
    fake.enqueue("chat", { kind: "text", content: "One two three." });
    const response = await post({ model: "m", messages: [{ role: "user", content: "hi" }], stream: true });
    let text = "";
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      expect(chunk).toBeInstanceOf(Uint8Array);
      text += Buffer.from(chunk).toString("utf8");
    }
    expect(text).toContain("data: [DONE]");
    expect(text.match(/"content":"([^"]*)"/g)?.join("")).toMatch(/One.*two.*three/);
  });

  it("fails reading a stream cut off mid-way, after the chunks that came, as iterating Node's response does", async () => {
    fake.enqueue("chat", { kind: "cut", content: "One two three four five six.", afterChunks: 2 });
    const response = await post({ model: "m", messages: [{ role: "user", content: "hi" }], stream: true });
    let text = "";
    const read = async () => {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>)
        text += Buffer.from(chunk).toString("utf8");
    };
    await expect(read()).rejects.toMatchObject({ message: expect.stringMatching(/aborted|premature close/i) });
    expect(text).toContain("data: ");
    expect(text).not.toContain("[DONE]");
  });

  it("fails reading a JSON answer cut off mid-way", async () => {
    fake.enqueue("chat", { kind: "cut", content: "Hello there, a longer answer.", afterChunks: 1 });
    const response = await post({ model: "m", messages: [{ role: "user", content: "hi" }] });
    expect(response.status).toBe(200);
    await expect(response.json()).rejects.toMatchObject({ message: expect.stringMatching(/aborted|premature close/i) });
  });

  it("reads the same body as text in every chunking, multi-byte characters split across chunks included", async () => {
    const content = "Ünïcode 🙂 — ".repeat(400);
    fake.enqueue("chat", { kind: "text", content });
    const response = await post({ model: "m", messages: [{ role: "user", content: "hi" }] });
    const answer = (await response.json()) as { choices: { message: { content: string } }[] };
    expect(answer.choices[0]?.message.content).toBe(content);
  });

  it("closes the response when its reader stops early, and the next request still succeeds", async () => {
    fake.enqueue("chat", { kind: "text", content: "One two three four five six seven eight." });
    const response = await post({ model: "m", messages: [{ role: "user", content: "hi" }], stream: true });
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      expect(chunk.length).toBeGreaterThan(0);
      break;
    }
    fake.enqueue("chat", { kind: "text", content: "Again." });
    const again = await post({ model: "m", messages: [{ role: "user", content: "hi" }] });
    const answer = (await again.json()) as { choices: { message: { content: string } }[] };
    expect(answer.choices[0]?.message.content).toBe("Again.");
  });

  it("passes an error status through with its body", async () => {
    fake.enqueue("chat", { kind: "error", status: 429, message: "slow down" });
    const response = await post({ model: "m", messages: [{ role: "user", content: "hi" }] });
    expect(response.status).toBe(429);
    expect(response.ok).toBe(false);
    expect(await response.text()).toContain("slow down");
  });

  it("rejects with an AbortError when aborted while waiting, as fetch does", async () => {
    fake.enqueue("chat", { kind: "hang" });
    const controller = new AbortController();
    const pending = post({ model: "m", messages: [{ role: "user", content: "hi" }] }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
  });

  it("rejects a refused connection with fetch's TypeError and the cause", async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, "127.0.0.1", () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const failed = chatFetch(`http://127.0.0.1:${port}/v1/chat/completions`, { method: "POST", body: "{}" });
    await expect(failed).rejects.toBeInstanceOf(TypeError);
    await expect(failed).rejects.toMatchObject({ message: "fetch failed", cause: { code: "ECONNREFUSED" } });
  });
});
