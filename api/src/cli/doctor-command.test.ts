import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runParley } from "../testing/cli-io";
import {
  type ChatRequestBody,
  type FakeOpenAIServer,
  type FakeReply,
  startFakeOpenAI,
} from "../testing/fake-openai-server";

let fake: FakeOpenAIServer;

/** An endpoint that chats, streams and answers JSON; `refuse` names the response format it rejects. */
const endpoint =
  (refuse: string | null = null) =>
  (body: ChatRequestBody): FakeReply => {
    const format = body.response_format?.type ?? null;
    if (refuse && format === refuse)
      return { kind: "error", status: 400, message: `response_format ${refuse} is not supported by this server` };
    const wantsJson = JSON.stringify(body.messages).includes("JSON");
    return wantsJson
      ? { kind: "json", value: { colour: "green", count: 2 } }
      : { kind: "text", content: "Hello there." };
  };

const env = () => ({
  OPENAI_BASE_URL: fake.url,
  PARLEY_PERSONA_MODEL: "persona-x",
  PARLEY_GRADER_MODEL: "judge-x",
  PARLEY_MODEL_TIMEOUT_MS: "2000",
});

beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

describe("parley doctor --model", () => {
  it("checks chat, streaming and every structured-output mode of each model, and says it works", async () => {
    fake.onChat(endpoint());
    const result = await runParley(["doctor", "--model"], env());
    expect(result.stdout).toMatch(/Model persona-x \(persona\)/);
    expect(result.stdout).toMatch(/Model judge-x \(judge\)/);
    expect(result.stdout).toMatch(/chat +ok +\d+ ms {2}replied "Hello there\."/);
    expect(result.stdout).toMatch(/streaming \(the customer's replies\) +ok .*first words after \d+ ms/);
    expect(result.stdout).toMatch(/structured: json_schema \(strict\) +ok/);
    expect(result.stdout).toMatch(/structured: schema in prompt only +ok/);
    expect(result.stdout).toMatch(/context length +not stated/);
    expect(result.stdout).toMatch(/judge-x: works; strict json_schema structured output\./);
    expect(result.code).toBe(0);
    // Each mode was really asked its own way.
    const formats = fake.chatRequests().map((body) => body.response_format?.type ?? (body.stream ? "stream" : "none"));
    expect(formats).toEqual(expect.arrayContaining(["json_schema", "json_object", "stream", "none"]));
  });

  it("reports an endpoint that refuses json_schema, and that Parley falls back by itself", async () => {
    fake.onChat(endpoint("json_schema"));
    const result = await runParley(["doctor", "--model"], env());
    expect(result.stdout).toMatch(/structured: json_schema \(strict\) +FAIL .*not supported/);
    expect(result.stdout).toMatch(/structured: json_object \+ schema in prompt +ok/);
    expect(result.stdout).toMatch(/judge-x: works; Parley falls back to json_object \+ schema in prompt by itself/);
    expect(result.code).toBe(0);
  });

  it("says a model that gives no valid structured answer will not work", async () => {
    fake.onChat((body) =>
      body.stream ? { kind: "text", content: "One two." } : { kind: "text", content: "Sure! Green, two." },
    );
    const result = await runParley(["doctor", "--model"], env());
    expect(result.stdout).toMatch(/judge-x: will not work: no structured-output mode gave a valid answer\./);
    expect(result.code).toBe(1);
  });

  it("says an endpoint that is down will not work, and why", async () => {
    const down = await startFakeOpenAI();
    const url = down.url;
    await down.close();
    const result = await runParley(["doctor", "--model"], { ...env(), OPENAI_BASE_URL: url });
    expect(result.stdout).toMatch(/chat +FAIL .*the model endpoint failed/);
    expect(result.stdout).toMatch(/persona-x: will not work: chat failed/);
    expect(result.code).toBe(1);
  });

  it("needs --model and an endpoint", async () => {
    expect((await runParley(["doctor"], env())).stderr).toMatch(/doctor needs --model/);
    const none = await runParley(["doctor", "--model"], {});
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no model endpoint: set OPENAI_BASE_URL/);
  });
});
