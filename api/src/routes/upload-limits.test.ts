import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestRuntime, type TestRuntime } from "../testing/test-runtime";

/** Issue 20: the shared multipart limit answers with the code of what the route uploads. */
interface ErrorBody {
  error: { code: string; message: string };
}

let parley: TestRuntime;
beforeAll(async () => {
  parley = await startTestRuntime();
});
afterAll(() => parley.close());

/** A multipart body over the app-wide upload limit (a recording's 10,000,000 bytes + 64 KiB). */
const oversized = (field: string, name: string, type: string) => {
  const form = new FormData();
  form.append(field, new File([new Uint8Array(10_200_000)], name, { type }));
  return form;
};

describe("a multipart upload over the byte limit", () => {
  it("a document sent to be drafted from is refused 413 document_too_large, naming a document", async () => {
    const response = await parley.app.request("/api/authoring/draft", {
      method: "POST",
      body: oversized("document", "policy.pdf", "application/pdf"),
    });
    expect(response.status).toBe(413);
    const { error } = (await response.json()) as ErrorBody;
    expect(error.code).toBe("document_too_large");
    expect(error.message).toMatch(/a document/);
    expect(error.message).not.toMatch(/recording/);
  });

  it("a spoken turn is still refused 413 audio_too_large, naming a recording", async () => {
    const started = await parley.json("POST", "/api/sessions", { personaId: "cancel-after-outages", mode: "exam" });
    const { session } = (await started.json()) as { session: { id: string } };
    const response = await parley.app.request(`/api/sessions/${session.id}/turns`, {
      method: "POST",
      body: oversized("audio", "turn.wav", "audio/wav"),
    });
    expect(response.status).toBe(413);
    const { error } = (await response.json()) as ErrorBody;
    expect(error.code).toBe("audio_too_large");
    expect(error.message).toMatch(/a recording/);
  });
});
