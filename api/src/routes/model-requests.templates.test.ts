import { readFileSync } from "node:fs";
import path from "node:path";
import { Template } from "@huggingface/jinja";
import { beforeAll, describe, expect, it } from "vitest";
import { loadLibrary } from "../library/load-library";
import { CONVERSATION_START, fitChatTemplates } from "../llm/chat-shape";
import type { ChatMessage } from "../llm/gateway";
import { advance, initialState } from "../practice/director";
import { personaMessages } from "../practice/persona-prompt";
import { scriptedResponder } from "../testing/evals/scripted-responder";
import { type ChatRequestBody, type ChatResponder, messageText, startFakeOpenAI } from "../testing/fake-openai-server";
import { testPersona } from "../testing/fixtures";
import { readTurnEvents, REPO_ROOT, startModelRuntime } from "../testing/test-runtime";

// The Jinja chat templates open models ship (tools/extract-chat-templates.ts wrote them from
// @huggingface/ollama-utils): what vLLM, llama.cpp and LM Studio render Parley's requests with.
const { templates } = JSON.parse(readFileSync(path.join(REPO_ROOT, "api/src/testing/chat-templates.json"), "utf8")) as {
  templates: Record<string, string>;
};
/** Templates with no system role: the gateway folds the instructions into the first user message for them. */
const NO_SYSTEM_ROLE = new Set(["mistral:7b-instruct-fp16", "gemma2:2b"]);
/** What each template ends a prompt with to cue the model's answer. */
const LLAMA3_CUE = "<|start_header_id|>assistant<|end_header_id|>\n\n";
const ANSWER_CUE: Record<string, string> = {
  "llama3.1:8b": LLAMA3_CUE,
  "llama3.2:3b": LLAMA3_CUE,
  "qwen2.5:0.5b": "<|im_start|>assistant\n",
  "mistral:7b-instruct-fp16": " [/INST]",
  "gemma2:2b": "<start_of_turn>model\n",
  "phi3:3.8b": "<|assistant|>\n",
  "phi3.5:3.8b": "<|assistant|>\n",
};

function render(template: string, messages: ChatMessage[]): string {
  return new Template(template).render({ messages, bos_token: "<s>", eos_token: "</s>", add_generation_prompt: true });
}

/** Renders as the endpoint would; checks the prompt ends with the template's own cue for the model to answer. */
function renderForModel(name: string, messages: ChatMessage[]): string {
  const sent = fitChatTemplates(messages, NO_SYSTEM_ROLE.has(name) ? "user" : "system");
  const prompt = render(templates[name] ?? "", sent);
  expect(
    prompt.endsWith(ANSWER_CUE[name] ?? "(no cue known)"),
    `${name}: the prompt does not end with the answer cue`,
  ).toBe(true);
  return prompt;
}

const asMessages = (body: ChatRequestBody): ChatMessage[] =>
  body.messages.map((message) => ({ role: message.role as ChatMessage["role"], content: messageText(message) }));

/** Which of Parley's requests a body is, told by what it asks (a structured retry is marked so). */
function kindOf(body: ChatRequestBody): string {
  if (body.stream) return "persona reply";
  const text = body.messages.map(messageText).join("\n");
  const retry = /That answer could not be used/.test(text) ? " (retry)" : "";
  if (text.includes('"rep_said"')) return `move reading${retry}`;
  if (text.includes("Grade only the rep's turn")) return `turn judge with coaching${retry}`;
  if (text.includes("Grade the rep over the whole call")) return `call judge${retry}`;
  return "unknown";
}

const MODELS = Object.keys(templates);
const KINDS = ["persona reply", "move reading", "turn judge with coaching", "call judge"];

/** Plays a short model call and returns every request Parley sent, by kind. */
async function requestsOfACall(defaultChat: ChatResponder) {
  const fake = await startFakeOpenAI({ defaultChat });
  const parley = await startModelRuntime(fake.url);
  try {
    const started = await parley.json("POST", "/api/sessions", { personaId: "cancel-after-outages", mode: "coach" });
    const { session } = (await started.json()) as { session: { id: string } };
    for (const text of ["I'm so sorry about the outages, that sounds awful.", "How has this affected your work?"]) {
      await readTurnEvents(await parley.json("POST", `/api/sessions/${session.id}/turns`, { text }));
    }
    await parley.json("POST", `/api/sessions/${session.id}/end`);
    return fake.chatRequests().map((body) => ({ kind: kindOf(body), body, messages: asMessages(body) }));
  } finally {
    await parley.close();
    await fake.close();
  }
}

describe("every kind of model request, through the chat templates of common open models", () => {
  type Sent = Awaited<ReturnType<typeof requestsOfACall>>;
  let strict: Sent;
  let fallback: Sent;

  beforeAll(async () => {
    const library = await loadLibrary(REPO_ROOT);
    strict = await requestsOfACall(scriptedResponder(library));
    // An endpoint without json_schema whose first answers are not JSON: Parley asks with json_object
    // and the schema in the prompt, then once more showing the model what was wrong.
    fallback = await requestsOfACall((body) => {
      if (body.stream) return { kind: "text", content: "Go on." };
      if (body.response_format?.type === "json_schema")
        return { kind: "error", status: 400, message: "response_format json_schema is not supported" };
      return { kind: "text", content: "I think the rep did well." };
    });
  });

  it("sends persona replies, move readings, turn judgements with coaching and call judgements", () => {
    expect(new Set(strict.map((request) => request.kind))).toEqual(new Set(KINDS));
    expect(new Set(fallback.map((request) => request.kind))).toEqual(
      new Set([...KINDS, "move reading (retry)", "turn judge with coaching (retry)", "call judge (retry)"]),
    );
    expect(fallback.filter((request) => request.body.response_format?.type === "json_object").length).toBeGreaterThan(
      3,
    );
  });

  it("ends every request with a user message (Ollama's Llama 3.1 template cues an answer only after one)", () => {
    for (const request of [...strict, ...fallback]) expect(request.messages.at(-1)?.role, request.kind).toBe("user");
  });

  it.each(MODELS)("%s renders each of them, strict or falling back, with a generation prompt", (name) => {
    for (const request of [...strict, ...fallback]) renderForModel(name, request.messages);
  });

  it.each(MODELS)("%s puts the director's note after the rep's last words in a persona reply", (name) => {
    const persona = strict.filter((request) => request.kind === "persona reply").at(-1);
    expect(persona).toBeDefined();
    const prompt = renderForModel(name, persona?.messages ?? []);
    const repLine = prompt.lastIndexOf("How has this affected your work?");
    expect(repLine).toBeGreaterThan(0);
    expect(prompt.indexOf("[Director's note", repLine)).toBeGreaterThan(repLine);
  });
});

describe("the persona request's shape", () => {
  const persona = testPersona();
  const state = initialState(persona);
  const { change } = advance(persona, "medium", state, { moves: [], quotes: {}, words: 4, turn: 1 });
  const transcript = [
    { index: 0, role: "customer" as const, text: "I want to cancel." },
    { index: 1, role: "rep" as const, text: "Let me look." },
    // The customer's reply to turn 1 failed, so the rep spoke twice in a row.
    { index: 2, role: "rep" as const, text: "Are you still there?" },
  ];
  const messages = personaMessages(persona, "medium", transcript, state, change);

  it("opens with a user line, alternates roles, joins the rep's turns and ends on the rep's words with the note", () => {
    expect(messages.map((message) => message.role)).toEqual(["system", "user", "assistant", "user"]);
    expect(messages[1]?.content).not.toBe(CONVERSATION_START);
    expect(messages[3]?.content).toMatch(
      /^Let me look\.\nAre you still there\?\n\n\[Director's note, not said by the rep/,
    );
  });

  it.each(MODELS)("%s renders it", (name) => {
    expect(renderForModel(name, messages)).toContain("Are you still there?");
  });
});
