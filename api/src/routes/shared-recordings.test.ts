import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { describeEachDialect, freshDatabase } from "../testing/databases";
import { type ChatRequestBody, type FakeReply, startFakeOpenAI } from "../testing/fake-openai-server";
import { readTurnEvents, startModelRuntime, type TestRuntime } from "../testing/test-runtime";
import { timedTranscription } from "../voice/testing/timed-transcription";
import { wavBytes } from "../voice/testing/wav-bytes";

// Issue 20: replicas share no disk. On PostgreSQL a spoken turn's recording is kept in the
// database, so any replica plays it back; on SQLite (one process) it stays a file.
const scriptedModel = (body: ChatRequestBody): FakeReply =>
  body.response_format?.json_schema?.name === "moves"
    ? { kind: "json", value: { moves: [] } }
    : { kind: "text", content: "Fine. Go on." };

describeEachDialect("recordings across replicas", (dialect) => {
  it("plays a recording taken on one replica back from another (PostgreSQL), or keeps it a file (SQLite)", async () => {
    const fake = await startFakeOpenAI({ defaultChat: scriptedModel });
    const dir = mkdtempSync(path.join(tmpdir(), "parley-recordings-"));
    const { location, drop } =
      dialect === "postgres"
        ? await freshDatabase("postgres")
        : { location: path.join(dir, "parley.db"), drop: async () => {} };
    const database: Record<string, string> =
      dialect === "postgres" ? { DATABASE_URL: location } : { PARLEY_DB: location };
    const open: TestRuntime[] = [];
    try {
      // Each replica has its own audio directory, as on separate machines.
      const [a, b] = await Promise.all(
        ["a", "b"].map((name) =>
          startModelRuntime(fake.url, { ...database, PARLEY_AUDIO_DIR: path.join(dir, name, "audio") }),
        ),
      );
      open.push(a!, b!);
      const started = await a!.json("POST", "/api/sessions", { personaId: "cancel-after-outages", mode: "exam" });
      const { id } = ((await started.json()) as { session: { id: string } }).session;
      fake.enqueue("transcription", timedTranscription());
      const clip = wavBytes({ seconds: 2.4, tone: true });
      const form = new FormData();
      form.set("audio", new Blob([new Uint8Array(clip)], { type: "audio/wav" }), "recording.wav");
      const events = await readTurnEvents(
        await a!.app.request(`/api/sessions/${id}/turns`, { method: "POST", body: form }),
      );
      expect(events.map((event) => event.type)).toContain("persona");
      const { turns } = (await (await b!.app.request(`/api/sessions/${id}`)).json()) as {
        turns: { index: number; role: string }[];
      };
      const spoken = turns.find((turn) => turn.role === "rep")!;

      const onA = await a!.app.request(`/api/sessions/${id}/turns/${spoken.index}/audio`);
      expect(onA.status).toBe(200);
      expect(new Uint8Array(await onA.arrayBuffer())).toEqual(new Uint8Array(clip));
      const onB = await b!.app.request(`/api/sessions/${id}/turns/${spoken.index}/audio`);
      if (dialect === "postgres") {
        expect(onB.status).toBe(200);
        expect(new Uint8Array(await onB.arrayBuffer())).toEqual(new Uint8Array(clip));
        expect(readdirSync(dir).flatMap((name) => readdirSync(path.join(dir, name)))).not.toContain("audio");
      } else {
        expect(readdirSync(path.join(dir, "a", "audio"))).toEqual([id]);
      }
    } finally {
      for (const runtime of open) await runtime.close();
      await drop();
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
