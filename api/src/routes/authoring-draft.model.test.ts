import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { asAnswer, draftObjects, goodDraftAnswer, tinyPdf } from "../testing/draft-fixtures";
import { type FakeOpenAIServer, messageText, startFakeOpenAI } from "../testing/fake-openai-server";
import { startModelRuntime, startTestRuntime, type TestRuntime } from "../testing/test-runtime";
import type { DraftResult } from "../studio/draft-service";
import { errorOf, signIn } from "../testing/signed-in-client";

const POLICY = `# Card holds
A card is held when a payment looks like fraud. The rep lifts the hold once the customer confirms the payments.
At most one fee refund of up to $35. Never promise a same-day replacement card.`;

type ErrorBody = {
  error: {
    code: string;
    message: string;
    details?: {
      issues?: { file: string; line: number; field: string; message: string }[];
      document?: { name: string; chars: number };
    };
  };
};

let fake: FakeOpenAIServer;
let parley: TestRuntime;

beforeAll(async () => {
  fake = await startFakeOpenAI();
  parley = await startModelRuntime(fake.url);
});
afterAll(async () => {
  await parley?.close();
  await fake?.close();
});
beforeEach(() => fake.reset());

const draft = (body: unknown) => parley.json("POST", "/api/authoring/draft", body);
const upload = (bytes: Uint8Array, name: string) => {
  const form = new FormData();
  form.append("document", new File([bytes], name, { type: "application/pdf" }));
  return parley.app.request("/api/authoring/draft", { method: "POST", body: form });
};
// Every chat request here is a draft's: the checks run on the offline engines.
const draftRequests = () => fake.chatRequests();

describe("POST /api/authoring/draft (model engine, fake server)", () => {
  it("drafts a persona, rubric and knowledge, checks them (lint, rubric test, persona suite) and saves nothing", async () => {
    fake.enqueue("chat", { kind: "json", value: goodDraftAnswer() });
    const response = await draft({ name: "card-holds.md", text: POLICY });
    expect(response.status).toBe(200);
    const result = (await response.json()) as DraftResult;
    expect(result.repaired).toBe(false);
    expect(result.cut).toBeNull();
    expect(result.persona.file).toBe("personas/card-hold-draft.yaml");
    expect(result.persona.source).toMatch(/^id: card-hold-draft$/m);
    expect(result.persona.source).toMatch(/^rubric: card-hold-service$/m);
    // Named near the top, as in the shipped files, not after two hundred lines.
    expect(result.persona.source.split("\n").findIndex((line) => line.startsWith("rubric:"))).toBeLessThan(5);
    expect(result.persona.source).toContain("knowledge:");
    expect(result.rubric.source).toMatch(/^id: card-hold-service$/m);
    expect(result.notes[0]).toContain("24 hours");
    // The checks ran before the trainer sees anything.
    const { rubricTest, personaSuite, lint } = result.checks;
    expect(Array.isArray(lint)).toBe(true);
    if ("error" in rubricTest) throw new Error(rubricTest.error);
    expect(rubricTest.criteria.length).toBeGreaterThan(0);
    expect(rubricTest.strong.transcript.length).toBeGreaterThan(2);
    if ("error" in personaSuite) throw new Error(personaSuite.error);
    expect(personaSuite.scripts.map((s) => s.id)).toEqual(["strong-rep-calms", "weak-rep-does-not-calm"]);
    expect(personaSuite.source).toContain("kind: persona");
    // The document went to the model, with the formats' JSON Schema; nothing was published.
    const sent = draftRequests()[0]!;
    expect(messageText(sent.messages.at(-1)!)).toContain("Never promise a same-day replacement card");
    expect(messageText(sent.messages[0]!)).toContain('"hangup_at"');
    expect((await parley.json("GET", "/api/personas/card-hold-draft")).status).toBe(404);
    expect((await parley.json("GET", "/api/rubrics/card-hold-service")).status).toBe(404);
  });

  it("repairs a malformed draft once, telling the model the file, line and field of each problem", async () => {
    const broken = draftObjects();
    const reacts = broken.persona.reacts as { to: string }[];
    reacts[0]!.to = "apologizes";
    fake.enqueue("chat", { kind: "json", value: asAnswer(broken) }, { kind: "json", value: goodDraftAnswer() });
    const response = await draft({ text: POLICY });
    expect(response.status).toBe(200);
    const result = (await response.json()) as DraftResult;
    expect(result.repaired).toBe(true);
    const repair = messageText(draftRequests().at(-1)!.messages.at(-1)!);
    expect(repair).toContain("personas/card-hold-draft.yaml:");
    expect(repair).toContain('"apologizes" is not a move. Did you mean "apologises"?');
  });

  it("answers an invalid draft (still wrong after the repair) with every file and field problem, and keeps the document", async () => {
    const broken = draftObjects();
    (broken.persona.mood as Record<string, number>).start = 99;
    broken.rubric.criteria = [];
    fake.enqueue("chat", { kind: "json", value: asAnswer(broken) }, { kind: "json", value: asAnswer(broken) });
    const response = await draft({ name: "card-holds.md", text: POLICY });
    expect(response.status).toBe(422);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.code).toBe("draft_invalid");
    expect(body.error.message).toContain("after one repair");
    expect(body.error.message).toContain("Your document is kept");
    const issues = body.error.details?.issues ?? [];
    expect(
      issues.some((i) => i.file === "personas/card-hold-draft.yaml" && i.field.startsWith("mood.start") && i.line > 1),
    ).toBe(true);
    expect(issues.some((i) => i.file === "rubrics/card-hold-service.yaml" && i.field.startsWith("criteria"))).toBe(
      true,
    );
    expect(body.error.details?.document).toEqual({ name: "card-holds.md", chars: POLICY.length });
  });

  it("says so when the model fails, and keeps the document", async () => {
    fake.enqueue("chat", { kind: "error", status: 500, message: "upstream exploded" });
    const response = await draft({ name: "card-holds.md", text: POLICY });
    expect(response.status).toBe(503);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.code).toBe("model_unavailable");
    expect(body.error.message).toContain('could not draft from "card-holds.md"');
    expect(body.error.details?.document?.chars).toBe(POLICY.length);
  });

  it("reads a PDF's text layer (unpdf) and drafts from it", async () => {
    fake.enqueue("chat", { kind: "json", value: goodDraftAnswer() });
    const response = await upload(tinyPdf(["Card hold policy.", "At most one fee refund of up to $35."]), "policy.pdf");
    expect(response.status).toBe(200);
    const result = (await response.json()) as DraftResult;
    expect(result.document).toMatchObject({ name: "policy.pdf", kind: "pdf", pages: 1 });
    expect(messageText(draftRequests()[0]!.messages.at(-1)!)).toContain("At most one fee refund of up to $35.");
  });

  it("refuses a PDF with no text layer before any model call", async () => {
    const response = await upload(tinyPdf([]), "scan.pdf");
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.code).toBe("document_empty");
    expect(body.error.message).toContain('"scan.pdf" has no text layer');
    expect(draftRequests()).toHaveLength(0);
  });

  it("refuses a file that is not a PDF or text, and an empty paste", async () => {
    const binary = await upload(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2]), "policy.docx");
    expect(binary.status).toBe(415);
    expect(((await binary.json()) as ErrorBody).error.code).toBe("document_unsupported_type");
    const empty = await draft({ text: "   " });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as ErrorBody).error.code).toBe("document_empty");
  });

  it("cuts a document longer than the model's context, and says how much it used", async () => {
    const small = await startModelRuntime(fake.url, { PARLEY_MODEL_CONTEXT_TOKENS: "16000" });
    try {
      fake.enqueue("chat", { kind: "json", value: goodDraftAnswer() });
      const long = Array.from({ length: 2000 }, (_, i) => `Clause ${i}: a fee refund needs a manager's note.`).join(
        "\n",
      );
      const response = await small.json("POST", "/api/authoring/draft", { text: long });
      expect(response.status).toBe(200);
      const result = (await response.json()) as DraftResult;
      expect(result.cut).toMatchObject({ totalChars: long.length, contextTokens: 16000 });
      expect(result.cut!.usedChars).toBeLessThan(long.length);
      expect(messageText(draftRequests()[0]!.messages.at(-1)!)).toContain("its beginning only");
    } finally {
      await small.close();
    }
  });
});

describe("POST /api/authoring/draft with accounts", () => {
  it("refuses a learner before reading the document or calling the model", async () => {
    const ADMIN = { email: "admin@example.com", password: "correct horse battery" };
    const accounts = await startModelRuntime(fake.url, {
      PARLEY_AUTH: "accounts",
      PARLEY_ADMIN_EMAIL: ADMIN.email,
      PARLEY_ADMIN_PASSWORD: ADMIN.password,
    });
    try {
      const admin = await signIn(accounts, ADMIN.email, ADMIN.password);
      const created = await admin.call("POST", "/api/users", {
        name: "Lee",
        email: "lee@example.com",
        role: "learner",
        password: "long enough password",
      });
      expect(created.status).toBe(201);
      const learner = await signIn(accounts, "lee@example.com", "long enough password");
      const response = await learner.call("POST", "/api/authoring/draft", { text: POLICY });
      expect(response.status).toBe(403);
      expect((await errorOf(response)).code).toBe("forbidden");
      expect(draftRequests()).toHaveLength(0);
    } finally {
      await accounts.close();
    }
  });
});

describe("POST /api/authoring/draft without a model", () => {
  it("explains that drafting needs a model endpoint and points to the guided form", async () => {
    const offline = await startTestRuntime();
    try {
      const response = await offline.json("POST", "/api/authoring/draft", { text: POLICY });
      expect(response.status).toBe(400);
      const body = (await response.json()) as ErrorBody;
      expect(body.error.code).toBe("model_not_configured");
      expect(body.error.message).toContain("guided form");
    } finally {
      await offline.close();
    }
  });
});
